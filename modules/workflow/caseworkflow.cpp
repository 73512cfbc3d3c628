#include "caseworkflow.h"

#include "core/clock.h"
#include "store/datastore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bianmin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::CaseWorkflow", text);
}

QString when(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString decisionWord(const QString &decision)
{
    return decision == QLatin1String("reject") ? tr("rejected") : tr("approved");
}

} // namespace

ApprovalProgress approvalProgress(const CaseRecord &record, const QList<ApprovalChainStep> &chain)
{
    ApprovalProgress p;
    qsizetype start = 0;
    for (qsizetype i = 0; i < record.approvals.size(); ++i)
        if (record.approvals.at(i).decision == QLatin1String("reject"))
            start = i + 1;
    // A case that is rejected right now shows its last round (which ends with the rejection).
    if (record.state == CaseState::Rejected && start > 0) {
        qsizetype prev = 0;
        for (qsizetype i = 0; i + 1 < start; ++i)
            if (record.approvals.at(i).decision == QLatin1String("reject"))
                prev = i + 1;
        p.round = record.approvals.mid(prev, start - prev);
    } else {
        p.round = record.approvals.mid(start);
    }
    for (const ApprovalChainStep &step : chain) {
        bool approved = false;
        for (const Approval &a : p.round)
            approved = approved || (a.step == step.id && a.decision == QLatin1String("approve"));
        if (!approved) {
            if (!p.pending)
                p.pending = step;
            ++p.stepsLeft;
        }
    }
    return p;
}

CaseWorkflow::CaseWorkflow(DataStore &store, ServicePolicyLookup policies)
    : m_store(store), m_policies(std::move(policies))
{
}

std::optional<ServicePolicy> CaseWorkflow::policy(const QString &serviceId) const
{
    return m_policies ? m_policies(serviceId) : std::nullopt;
}

Result<CaseRecord> CaseWorkflow::caseRecord(const QString &caseId) const
{
    auto record = m_store.cases().get(caseId);
    if (!record && record.error().code != QLatin1String("store.not_found"))
        return record.error();
    if (!record)
        return Error(QStringLiteral("workflow.unknown_case"), tr("no case with id %1").arg(caseId));
    return record;
}

Result<CaseRecord> CaseWorkflow::approve(const QString &caseId, const QString &stepId, const StaffAccount &approver,
                                         const QString &note)
{
    return decide(caseId, stepId, approver, QStringLiteral("approve"), note);
}

Result<CaseRecord> CaseWorkflow::reject(const QString &caseId, const QString &stepId, const StaffAccount &approver,
                                        const QString &note)
{
    if (note.trimmed().isEmpty())
        return Error(QStringLiteral("workflow.note_required"),
                     tr("say why the case is rejected (--note): the clerk and the villager need to know"));
    return decide(caseId, stepId, approver, QStringLiteral("reject"), note);
}

Result<CaseRecord> CaseWorkflow::decide(const QString &caseId, const QString &stepId, const StaffAccount &approver,
                                        const QString &decision, const QString &note)
{
    if (const Status allowed = checkPermission(approver.role, Permission::DecideApproval); !allowed)
        return allowed.error();
    if (approver.disabled)
        return Error(QStringLiteral("auth.disabled"), tr("staff account %1 is disabled").arg(approver.id));

    std::optional<CaseRecord> decided;
    const Status s = m_store.database().transaction([&]() -> Status {
        // Read inside BEGIN IMMEDIATE: no other connection can decide this case until we commit.
        auto current = caseRecord(caseId);
        if (!current)
            return current.error();
        CaseRecord record = *current;
        const auto service = policy(record.serviceId);
        if (!service)
            return Error(QStringLiteral("workflow.unknown_service"),
                         tr("the catalogue has no service %1; the case cannot be decided").arg(record.serviceId));
        const ApprovalChainStep *step = service->step(stepId);
        if (!step)
            return Error(QStringLiteral("workflow.unknown_step"),
                         tr("service %1 has no approval step \"%2\"").arg(record.serviceId, stepId));
        const ApprovalProgress progress = approvalProgress(record, service->chain);

        // Somebody else got there first: name them.
        for (const Approval &a : progress.round) {
            if (a.step == stepId)
                return Error(QStringLiteral("workflow.already_decided"),
                             tr("step %1 of case %2 was already decided: %3 by %4 at %5")
                                 .arg(stepId, caseId, decisionWord(a.decision), a.staffId, when(a.at)));
        }
        if (record.state != CaseState::AwaitingApproval) {
            if (!record.approvals.isEmpty()) {
                const Approval &last = record.approvals.constLast();
                return Error(QStringLiteral("workflow.already_decided"),
                             tr("case %1 was already decided: step %2 %3 by %4 at %5; it is now %6")
                                 .arg(caseId, last.step, decisionWord(last.decision), last.staffId, when(last.at),
                                      caseStateName(record.state)));
            }
            return nextState(record.state, decision == QLatin1String("reject") ? CaseAction::Reject
                                                                               : CaseAction::Approve)
                .error();
        }
        if (!progress.pending || progress.pending->id != stepId)
            return Error(QStringLiteral("workflow.wrong_step"),
                         tr("case %1 waits for step %2 first").arg(caseId, progress.pending ? progress.pending->id
                                                                                            : QString()));
        if (!approver.mayDecideStep(step->id, step->role))
            return Error(QStringLiteral("auth.forbidden"),
                         tr("%1 may not decide the step %2").arg(approver.id, step->id));
        if (record.channel == QLatin1String("agent") && record.agent.staffId == approver.id)
            return Error(QStringLiteral("auth.forbidden"), tr("nobody may approve a case they submitted"));

        const CaseAction action = decision == QLatin1String("reject") ? CaseAction::Reject : CaseAction::Approve;
        const auto to = nextState(record.state, action, {progress.stepsLeft - 1, false});
        if (!to)
            return to.error();
        const CaseState from = record.state;
        record.approvals.append(Approval{stepId, approver.id, decision, m_store.clock().now(), note.trimmed()});
        record.state = *to;
        // The note stays in the (encrypted) case; the audit entry names who, when, from, to and the step.
        if (const Status t = m_store.cases().transition(
                record, from, approver.id, QStringLiteral("case.") + decision,
                QJsonObject{{QStringLiteral("step"), stepId}, {QStringLiteral("decision"), decision}});
            !t)
            return t;
        decided = record;
        return {};
    });
    if (!s) {
        if (s.error().code == QLatin1String("store.state_changed"))
            return Error(QStringLiteral("workflow.already_decided"),
                         tr("case %1 was decided by someone else at the same moment; reload it").arg(caseId));
        return s.error();
    }
    auto stored = m_store.cases().get(caseId);
    return stored ? stored : Result<CaseRecord>(*decided);
}

Result<CaseRecord> CaseWorkflow::resubmit(const QString &caseId, const StaffAccount &staff, const QString &note)
{
    if (staff.disabled)
        return Error(QStringLiteral("auth.disabled"), tr("staff account %1 is disabled").arg(staff.id));
    std::optional<CaseRecord> done;
    const Status s = m_store.database().transaction([&]() -> Status {
        auto current = caseRecord(caseId);
        if (!current)
            return current.error();
        CaseRecord record = *current;
        const Permission needed =
            record.state == CaseState::Refused ? Permission::HandleRefusedCase : Permission::ResubmitCase;
        if (const Status allowed = checkPermission(staff.role, needed); !allowed)
            return allowed;
        const auto service = policy(record.serviceId);
        if (!service)
            return Error(QStringLiteral("workflow.unknown_service"),
                         tr("the catalogue has no service %1").arg(record.serviceId));
        const CaseState from = record.state;
        const auto to = nextState(from, CaseAction::Resubmit,
                                  {int(service->chain.size()), isLocallyRejected(record)});
        if (!to)
            return to.error();
        record.state = *to;
        if (from == CaseState::Refused)
            record.countyMessage.clear();
        QJsonObject details{{QStringLiteral("resubmit"), true}};
        if (!note.trimmed().isEmpty())
            details.insert(QStringLiteral("has_note"), true);
        if (const Status t = m_store.cases().transition(record, from, staff.id, QStringLiteral("case.resubmit"), details);
            !t)
            return t;
        done = record;
        return {};
    });
    if (!s)
        return s.error();
    auto stored = m_store.cases().get(caseId);
    return stored ? stored : Result<CaseRecord>(*done);
}

Result<QList<PendingApproval>> CaseWorkflow::awaitingApproval(const StaffAccount *approver) const
{
    CaseFilter filter;
    filter.state = CaseState::AwaitingApproval;
    filter.limit = 100000;
    const auto cases = m_store.cases().list(filter);
    if (!cases)
        return cases.error();
    QList<PendingApproval> result;
    for (const CaseRecord &record : *cases) {
        const auto service = policy(record.serviceId);
        if (!service)
            continue;
        const ApprovalProgress progress = approvalProgress(record, service->chain);
        if (!progress.pending)
            continue;
        if (approver && !approver->mayDecideStep(progress.pending->id, progress.pending->role))
            continue;
        PendingApproval item;
        item.record = record;
        item.step = *progress.pending;
        item.stepCount = int(service->chain.size());
        for (int i = 0; i < service->chain.size(); ++i)
            if (service->chain.at(i).id == item.step.id)
                item.stepNumber = i + 1;
        result << item;
    }
    std::sort(result.begin(), result.end(), [](const PendingApproval &a, const PendingApproval &b) {
        return a.record.submittedAt < b.record.submittedAt; // oldest first: villagers waiting longest
    });
    return result;
}

Result<QList<CaseRecord>> CaseWorkflow::returnedToClerk(const QString &clerkId) const
{
    CaseFilter filter;
    filter.state = CaseState::Rejected;
    filter.staffId = clerkId;
    filter.limit = 100000;
    const auto cases = m_store.cases().list(filter);
    if (!cases)
        return cases.error();
    QList<CaseRecord> result;
    for (const CaseRecord &r : *cases)
        if (isLocallyRejected(r))
            result << r;
    return result;
}

} // namespace bianmin
