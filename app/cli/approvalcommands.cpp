// case approve | reject | resubmit and case list --awaiting-approval: the offline approval chain from the
// command line, with the same rules as the kiosk's approver pages (modules/workflow). Deciding needs the
// approver's own PIN on standard input; five wrong PINs lock the account like at the kiosk.
// Also the workflow's part of `case submit`/`case import`: the initial state from the service's chain.
#include "cli.h"
#include "staffcli.h"

#include "core/clock.h"
#include "core/ids.h"
#include "core/residentid.h"
#include "store/datastore.h"
#include "workflow/caseworkflow.h"
#include "workflow/submissionservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::ApprovalCommands", text);
}

QString caseIdArgument(const Options &opts)
{
    return opts.positional.size() == 1 ? opts.positional.first().toLower() : QString();
}

QJsonObject decisionJson(const CaseRecord &r)
{
    const Approval &last = r.approvals.constLast();
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("state"), caseStateName(r.state)},
                       {QStringLiteral("step"), last.step},
                       {QStringLiteral("decision"), last.decision},
                       {QStringLiteral("staff_id"), last.staffId},
                       {QStringLiteral("at"), toRfc3339(last.at)}};
}

int decide(Context &ctx, const QStringList &args, bool approve)
{
    const auto opts = parseOptions(args, {QStringLiteral("--step"), QStringLiteral("--staff"), QStringLiteral("--note")},
                                   {QStringLiteral("--pin-stdin")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1 || !opts->has(QStringLiteral("--step")) || !opts->has(QStringLiteral("--staff"))
        || !opts->has(QStringLiteral("--pin-stdin")) || (!approve && !opts->has(QStringLiteral("--note"))))
        return ctx.usage(approve ? tr("usage: bianmin case approve ID --step S --staff STAFF_ID --pin-stdin [--note TEXT]")
                                 : tr("usage: bianmin case reject ID --step S --staff STAFF_ID --pin-stdin --note TEXT"));
    const QString id = caseIdArgument(*opts);
    if (!isValidId(id))
        return ctx.fail(Error(QStringLiteral("case.bad_id"), tr("\"%1\" is not a case id (a lowercase UUID)").arg(id)));
    auto scope = openStaffScope(ctx);
    if (!scope)
        return ctx.fail(scope.error());
    DataStore &store = *scope->store;
    StaffDirectory &staff = *scope->staff;
    const auto policies = cataloguePolicies(ctx.dataDir);
    if (!policies)
        return ctx.fail(policies.error());
    const auto who = authenticate(*opts, staff);
    if (!who)
        return ctx.fail(who.error());
    CaseWorkflow workflow(store, *policies);
    const QString step = opts->value(QStringLiteral("--step"));
    const QString note = opts->value(QStringLiteral("--note"));
    const auto decided = approve ? workflow.approve(id, step, *who, note) : workflow.reject(id, step, *who, note);
    if (!decided)
        return ctx.fail(decided.error());
    if (ctx.json) {
        ctx.printJson(decisionJson(*decided));
    } else if (decided->state == CaseState::Queued) {
        ctx.out << tr("%1: step %2 approved by %3; fully approved, queued for the county")
                       .arg(id, step, who->id) << "\n";
    } else if (decided->state == CaseState::Rejected) {
        ctx.out << tr("%1: step %2 rejected by %3; returned to the clerk").arg(id, step, who->id) << "\n";
    } else {
        const auto progress = approvalProgress(*decided, workflow.policy(decided->serviceId)->chain);
        ctx.out << tr("%1: step %2 approved by %3; next step: %4")
                       .arg(id, step, who->id, progress.pending ? progress.pending->id : QString()) << "\n";
    }
    return Ok;
}

int resubmit(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--staff"), QStringLiteral("--note")},
                                   {QStringLiteral("--pin-stdin")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1 || !opts->has(QStringLiteral("--staff")) || !opts->has(QStringLiteral("--pin-stdin")))
        return ctx.usage(tr("usage: bianmin case resubmit ID --staff STAFF_ID --pin-stdin [--note TEXT]"));
    const QString id = caseIdArgument(*opts);
    if (!isValidId(id))
        return ctx.fail(Error(QStringLiteral("case.bad_id"), tr("\"%1\" is not a case id (a lowercase UUID)").arg(id)));
    auto scope = openStaffScope(ctx);
    if (!scope)
        return ctx.fail(scope.error());
    DataStore &store = *scope->store;
    StaffDirectory &staff = *scope->staff;
    const auto policies = cataloguePolicies(ctx.dataDir);
    if (!policies)
        return ctx.fail(policies.error());
    const auto who = authenticate(*opts, staff);
    if (!who)
        return ctx.fail(who.error());
    const auto done = CaseWorkflow(store, *policies).resubmit(id, *who, opts->value(QStringLiteral("--note")));
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("state"), caseStateName(done->state)}});
    else
        ctx.out << tr("%1 resubmitted by %2; now %3").arg(id, who->id, caseStateName(done->state)) << "\n";
    return Ok;
}

} // namespace

int caseListAwaitingApproval(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--staff")}, {QStringLiteral("--awaiting-approval")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (!opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin case list --awaiting-approval [--staff STAFF_ID]"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const auto policies = cataloguePolicies(ctx.dataDir);
    if (!policies)
        return ctx.fail(policies.error());
    CaseWorkflow workflow(**store, *policies);

    // An approver sees the cases waiting for a step they may decide; anyone else with --staff sees the
    // waiting cases they submitted themselves.
    std::optional<StaffAccount> who;
    if (opts->has(QStringLiteral("--staff"))) {
        auto staff = openStaff(**store);
        if (!staff)
            return ctx.fail(staff.error());
        const auto account = (*staff)->get(opts->value(QStringLiteral("--staff")));
        if (!account)
            return ctx.fail(account.error());
        who = *account;
    }
    const bool asApprover = who && who->role == Role::Approver;
    const auto pending = workflow.awaitingApproval(asApprover ? &*who : nullptr);
    if (!pending)
        return ctx.fail(pending.error());
    QList<PendingApproval> rows;
    for (const PendingApproval &p : *pending)
        if (!who || asApprover || p.record.agent.staffId.compare(who->id, Qt::CaseInsensitive) == 0)
            rows << p;

    if (ctx.json) {
        QJsonArray a;
        for (const PendingApproval &p : rows)
            a.append(QJsonObject{{QStringLiteral("id"), p.record.id},
                                 {QStringLiteral("state"), caseStateName(p.record.state)},
                                 {QStringLiteral("service_id"), p.record.serviceId},
                                 {QStringLiteral("step"), p.step.id},
                                 {QStringLiteral("step_role"), p.step.role},
                                 {QStringLiteral("step_number"), p.stepNumber},
                                 {QStringLiteral("step_count"), p.stepCount},
                                 {QStringLiteral("channel"), p.record.channel},
                                 {QStringLiteral("clerk"), p.record.agent.staffId},
                                 {QStringLiteral("submitted_at"), toRfc3339(p.record.submittedAt)},
                                 {QStringLiteral("applicant"),
                                  QJsonObject{{QStringLiteral("name"), p.record.applicant.name},
                                              {QStringLiteral("id_type"), p.record.applicant.idType},
                                              {QStringLiteral("id_number"), maskIdNumber(p.record.applicant.idNumber)}}}});
        ctx.printJson(a);
        return Ok;
    }
    for (const PendingApproval &p : rows)
        ctx.out << p.record.id << "  " << p.record.serviceId << "  "
                << QStringLiteral("%1 (%2/%3)").arg(p.step.id).arg(p.stepNumber).arg(p.stepCount) << "  "
                << toRfc3339(p.record.submittedAt) << "  " << p.record.applicant.name << "  "
                << maskIdNumber(p.record.applicant.idNumber) << "\n";
    ctx.out << tr("%1 case(s) awaiting approval").arg(rows.size()) << "\n";
    return Ok;
}

namespace {

// The catalogue is read once per process and data directory: `case import` and `bench submit` store
// thousands of cases in one run.
Result<ServicePolicyLookup> submissionPolicies(DataStore &store)
{
    static QHash<QString, ServicePolicyLookup> cache;
    const QString dir = store.dataDir().root();
    if (!cache.contains(dir)) {
        auto policies = cataloguePolicies(dir, /*lenient=*/true);
        if (!policies)
            return policies.error();
        cache.insert(dir, *policies);
    }
    return cache.value(dir);
}

// The clerk an agent-submitted case names; nullopt for self-service.
Result<std::optional<StaffAccount>> namedClerk(DataStore &store, const CaseRecord &record)
{
    if (record.channel != QLatin1String("agent"))
        return std::optional<StaffAccount>();
    auto staff = openStaff(store);
    if (!staff)
        return staff.error();
    const auto clerk = (*staff)->get(record.agent.staffId);
    if (!clerk)
        return clerk.error();
    return std::optional<StaffAccount>(*clerk);
}

} // namespace

Status checkWorkflow(CaseRecord &record, DataStore &store)
{
    const auto policies = submissionPolicies(store);
    if (!policies)
        return policies.error();
    const auto clerk = namedClerk(store, record);
    if (!clerk)
        return clerk.error();
    return SubmissionService(store, *policies).check(record, clerk->has_value() ? &**clerk : nullptr);
}

Result<CaseRecord> storeSubmission(DataStore &store, const CaseRecord &record, const QString &actor)
{
    const auto policies = submissionPolicies(store);
    if (!policies)
        return policies.error();
    const auto clerk = namedClerk(store, record);
    if (!clerk)
        return clerk.error();
    return SubmissionService(store, *policies).submit(record, clerk->has_value() ? &**clerk : nullptr, actor);
}

QList<Command> approvalCommands()
{
    return {
        {{QStringLiteral("case"), QStringLiteral("approve")},
         QStringLiteral("case approve ID --step S --staff ID --pin-stdin [--note T]"),
         tr("approve an approval step; the last one queues the case for the county"),
         [](Context &ctx, const QStringList &args) { return decide(ctx, args, true); }},
        {{QStringLiteral("case"), QStringLiteral("reject")},
         QStringLiteral("case reject ID --step S --staff ID --pin-stdin --note T"),
         tr("reject an approval step; the case returns to the clerk with the note"),
         [](Context &ctx, const QStringList &args) { return decide(ctx, args, false); }},
        {{QStringLiteral("case"), QStringLiteral("resubmit")},
         QStringLiteral("case resubmit ID --staff ID --pin-stdin [--note T]"),
         tr("send a rejected (clerk) or refused (supervisor) case through its chain again"),
         resubmit},
        {{QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--awaiting-approval")},
         QStringLiteral("case list --awaiting-approval [--staff ID]"),
         tr("cases waiting for a local approval step (an approver's: the steps they may decide)"),
         caseListAwaitingApproval},
    };
}

} // namespace bianmin::cli
