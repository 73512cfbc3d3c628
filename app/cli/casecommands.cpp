// case submit | import | list | show: entering cases headless and reading them back. Every output shows
// ID numbers masked (first 6 + ******** + last 4); names stay in full because only staff run this.
#include "cataloguecommands.h"
#include "cli.h"
#include "staffcli.h"
#include "submission.h"

#include "core/canonicaljson.h"
#include "core/clock.h"
#include "core/ids.h"
#include "core/residentid.h"
#include "store/datastore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <utility>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::CaseCommands", text);
}

Error refuse(const char *code, const QString &message)
{
    return Error(QString::fromLatin1(code), message);
}

// Members a submit file may hold. Anything else is most likely a typo ("feilds") that would otherwise
// silently drop the applicant's answers, so it is refused.
const QStringList kTopMembers = {QStringLiteral("id"),      QStringLiteral("service_id"),
                                 QStringLiteral("form_version"), QStringLiteral("channel"),
                                 QStringLiteral("agent"),   QStringLiteral("applicant"),
                                 QStringLiteral("fields"),  QStringLiteral("attachments")};
const QStringList kApplicantMembers = {QStringLiteral("name"), QStringLiteral("id_type"),
                                       QStringLiteral("id_number"), QStringLiteral("phone"),
                                       QStringLiteral("address")};

Status checkStrings(const QJsonObject &o, const QStringList &members, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!members.contains(it.key()))
            return refuse("case.unknown_member", tr("unknown member \"%1\" in %2").arg(it.key(), where));
        if (!it.value().isString() && !it.value().isNull())
            return refuse("case.bad_type", tr("%1.%2 must be a string").arg(where, it.key()));
    }
    return {};
}

// Mainland mobile numbers (11 digits from 13x to 19x) and landlines with their area code (0 + 2-3 digits
// + 7-8 digits); spaces, dashes and a +86 prefix are tolerated and dropped.
QString normalizePhone(const QString &typed)
{
    QString digits;
    for (const QChar c : normalizeResidentId(typed)) // also folds full-width digits
        if (c != QLatin1Char('-') && c != QLatin1Char('(') && c != QLatin1Char(')'))
            digits.append(c);
    if (digits.startsWith(QLatin1String("+86")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits.remove(0, 2);
    static const QRegularExpression valid(QStringLiteral("^(1[3-9]\\d{9}|0\\d{9,11})$"));
    return valid.match(digits).hasMatch() ? digits : QString();
}

QJsonObject maskedApplicant(const Applicant &a)
{
    QJsonObject o = a.toJson();
    o.insert(QStringLiteral("id_number"), maskIdNumber(a.idNumber));
    return o;
}

QJsonObject listItem(const CaseRecord &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("state"), caseStateName(c.state)},
                       {QStringLiteral("service_id"), c.serviceId},
                       {QStringLiteral("channel"), c.channel},
                       {QStringLiteral("submitted_at"), toRfc3339(c.submittedAt)},
                       {QStringLiteral("applicant"),
                        QJsonObject{{QStringLiteral("name"), c.applicant.name},
                                    {QStringLiteral("id_type"), c.applicant.idType},
                                    {QStringLiteral("id_number"), maskIdNumber(c.applicant.idNumber)}}}};
}

// Splits the input on '\n' by itself: QIODevice::readLine() treats a NUL byte as the end of the line, so a
// binary line would be silently taken for a blank one instead of being refused.
class LineReader
{
public:
    explicit LineReader(QIODevice &device) : m_device(device) {}
    bool next(QByteArray &line)
    {
        for (;;) {
            if (const qsizetype nl = m_buffer.indexOf('\n', m_scanned); nl >= 0) {
                line = m_buffer.left(nl);
                m_buffer.remove(0, nl + 1);
                m_scanned = 0;
                return true;
            }
            m_scanned = m_buffer.size();
            const QByteArray chunk = m_device.read(64 * 1024);
            if (chunk.isEmpty()) { // a QFile read blocks on a pipe, so empty means end of input (or error)
                if (m_buffer.isEmpty())
                    return false;
                line = std::exchange(m_buffer, {});
                m_scanned = 0;
                return true;
            }
            m_buffer += chunk;
        }
    }

private:
    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_scanned = 0;
};

int caseSubmit(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--case")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (!opts->values.contains(QStringLiteral("--case")) || !opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin case submit --case FILE.json (- for standard input)"));
    const auto input = readInput(opts->value(QStringLiteral("--case")));
    if (!input)
        return ctx.fail(input.error());
    // Malformed input is refused before the data directory is even opened.
    if (const auto parsed = parseSubmission(*input); !parsed)
        return ctx.fail(parsed.error());
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const auto stored = submitCase(**store, *input);
    if (!stored)
        return ctx.fail(stored.error());
    // Only now, after COMMIT returned, is the id printed: a printed id is a durable case.
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), stored->id},
                                  {QStringLiteral("state"), caseStateName(stored->state)}});
    else
        ctx.out << stored->id << "\n";
    ctx.out.flush();
    return Ok;
}

int caseImport(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {}, {QStringLiteral("--ids")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1)
        return ctx.usage(tr("usage: bianmin case import FILE.jsonl [--ids] (- for standard input)"));
    const QString path = opts->positional.first();
    const bool printIds = opts->has(QStringLiteral("--ids"));

    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return ctx.fail(refuse("cli.unreadable", tr("cannot read %1: %2").arg(path, file.errorString())));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());

    int stored = 0;
    qint64 lineNumber = 0;
    QJsonArray refused;
    QJsonArray ids;
    QList<QPair<qint64, QString>> refusedText;
    std::optional<Error> fatal;
    LineReader reader(file);
    QByteArray line;
    while (reader.next(line)) {
        ++lineNumber;
        if (line.trimmed().isEmpty())
            continue;
        auto record = parseSubmission(line);
        Status valid = record ? validateSubmission(*record, **store) : Status(record.error());
        if (valid && !record->id.isEmpty() && (*store)->cases().get(record->id).ok())
            valid = refuse("case.duplicate_id", tr("a case with id %1 is already stored").arg(record->id));
        if (!valid) {
            refused.append(QJsonObject{{QStringLiteral("line"), lineNumber},
                                       {QStringLiteral("code"), valid.error().code},
                                       {QStringLiteral("reason"), valid.error().message}});
            refusedText.append({lineNumber, valid.error().message});
            continue;
        }
        // A failure here is the store's (disk full, read-only, damaged): later lines would fail the same
        // way, so the import stops and says where.
        const auto result = storeSubmission(**store, *record, submitActor(*record));
        if (!result) {
            fatal = result.error().context(tr("line %1").arg(lineNumber));
            break;
        }
        ++stored;
        if (printIds && ctx.json) {
            ids.append(QJsonObject{{QStringLiteral("line"), lineNumber}, {QStringLiteral("id"), result->id}});
        } else if (printIds) {
            // Printed and flushed right after the commit returned: a crash never loses a printed id.
            ctx.out << lineNumber << " " << result->id << "\n";
            ctx.out.flush();
        }
    }

    if (ctx.json) {
        QJsonObject summary{{QStringLiteral("stored"), stored}, {QStringLiteral("refused"), refused}};
        if (printIds)
            summary.insert(QStringLiteral("ids"), ids);
        if (fatal)
            summary.insert(QStringLiteral("stopped_at_line"), lineNumber);
        ctx.printJson(summary);
    } else {
        ctx.out << tr("stored %1 case(s)").arg(stored) << "\n";
        for (const auto &[n, reason] : refusedText)
            ctx.out << tr("line %1 refused: %2").arg(n).arg(reason) << "\n";
    }
    ctx.out.flush();
    if (fatal)
        return ctx.fail(fatal->context(tr("import stopped after storing %1 case(s)").arg(stored)));
    if (!refused.isEmpty())
        return ctx.fail(refuse("case.import_refused",
                               tr("%1 line(s) refused, %2 case(s) stored").arg(refused.size()).arg(stored)));
    return Ok;
}

int caseList(Context &ctx, const QStringList &args)
{
    if (args.contains(QStringLiteral("--awaiting-approval"))) // the approval chain's view (approvalcommands.cpp)
        return caseListAwaitingApproval(ctx, args);
    const auto opts = parseOptions(args, {QStringLiteral("--state"), QStringLiteral("--service"),
                                          QStringLiteral("--id-number"), QStringLiteral("--limit")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (!opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin case list [--state S] [--service ID] [--id-number N] [--limit N]"));
    CaseFilter filter;
    if (opts->has(QStringLiteral("--state"))) {
        filter.state = caseStateFromName(opts->value(QStringLiteral("--state")));
        if (!filter.state)
            return ctx.usage(tr("unknown state \"%1\"; one of: %2")
                                 .arg(opts->value(QStringLiteral("--state")),
                                      allCaseStateNames().join(QStringLiteral(", "))));
    }
    filter.serviceId = opts->value(QStringLiteral("--service"));
    if (opts->has(QStringLiteral("--id-number")))
        filter.idNumber = normalizeResidentId(opts->value(QStringLiteral("--id-number")));
    filter.limit = std::numeric_limits<int>::max();
    if (opts->has(QStringLiteral("--limit"))) {
        bool ok = false;
        filter.limit = opts->value(QStringLiteral("--limit")).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return ctx.usage(tr("--limit needs a positive number"));
    }
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const auto cases = (*store)->cases().list(filter);
    if (!cases)
        return ctx.fail(cases.error());
    if (ctx.json) {
        QJsonArray a;
        for (const CaseRecord &c : *cases)
            a.append(listItem(c));
        ctx.printJson(a);
        return Ok;
    }
    for (const CaseRecord &c : *cases)
        ctx.out << c.id << "  " << caseStateName(c.state).leftJustified(17) << " " << c.serviceId << "  "
                << toRfc3339(c.submittedAt) << "  " << c.applicant.name << "  "
                << maskIdNumber(c.applicant.idNumber) << "\n";
    ctx.out << tr("%1 case(s)").arg(cases->size()) << "\n";
    return Ok;
}

int caseShow(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1)
        return ctx.usage(tr("usage: bianmin case show ID"));
    const QString id = opts->positional.first().toLower();
    if (!isValidId(id))
        return ctx.fail(refuse("case.bad_id", tr("\"%1\" is not a case id (a lowercase UUID)").arg(id)));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const auto c = (*store)->cases().get(id);
    if (!c)
        return ctx.fail(c.error());
    const auto history = (*store)->audit().entriesFor(id);
    if (!history)
        return ctx.fail(history.error());

    QJsonObject o = c->toEnvelope();
    o.insert(QStringLiteral("applicant"), maskedApplicant(c->applicant));
    o.insert(QStringLiteral("state"), caseStateName(c->state));
    o.insert(QStringLiteral("county_ref"), c->countyRef);
    o.insert(QStringLiteral("county_message"), c->countyMessage);
    o.insert(QStringLiteral("updated_at"), c->updatedAt.isValid() ? toRfc3339(c->updatedAt) : QString());
    QJsonArray events;
    for (const AuditEntry &e : *history)
        events.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                  {QStringLiteral("at"), toRfc3339(e.at)},
                                  {QStringLiteral("actor"), e.actor},
                                  {QStringLiteral("action"), e.action},
                                  {QStringLiteral("details"), e.details}});
    o.insert(QStringLiteral("history"), events);
    if (ctx.json) {
        ctx.printJson(o);
        return Ok;
    }

    QTextStream &out = ctx.out;
    const auto row = [&out](const QString &label, const QString &value) {
        out << (label + QLatin1Char(':')).leftJustified(16) << value << "\n";
    };
    row(tr("id"), c->id);
    row(tr("state"), caseStateName(c->state));
    row(tr("service"), QStringLiteral("%1 (form version %2)").arg(c->serviceId).arg(c->formVersion));
    row(tr("kiosk"), c->kioskId);
    row(tr("submitted"), toRfc3339(c->submittedAt));
    row(tr("channel"), c->channel == QLatin1String("agent")
                           ? QStringLiteral("agent %1 (consent: %2)").arg(c->agent.staffId, c->agent.consent.method)
                           : c->channel);
    row(tr("name"), c->applicant.name);
    row(tr("id number"), QStringLiteral("%1 (%2)").arg(maskIdNumber(c->applicant.idNumber), c->applicant.idType));
    if (!c->applicant.phone.isEmpty())
        row(tr("phone"), c->applicant.phone);
    if (!c->applicant.address.isEmpty())
        row(tr("address"), c->applicant.address);
    if (!c->countyRef.isEmpty())
        row(tr("county ref"), c->countyRef);
    if (!c->countyMessage.isEmpty())
        row(tr("county says"), c->countyMessage);
    row(tr("fields"), QString::fromUtf8(QJsonDocument(c->fields).toJson(QJsonDocument::Compact)));
    for (const Attachment &a : c->attachments)
        row(tr("attachment"), QStringLiteral("%1 %2 %3 bytes %4").arg(a.kind, a.mime).arg(a.bytes).arg(a.sha256));
    for (const Approval &a : c->approvals)
        row(tr("approval"), QStringLiteral("%1 %2 by %3 at %4 %5")
                                .arg(a.step, a.decision, a.staffId, toRfc3339(a.at), a.note));
    for (const AuditEntry &e : *history)
        row(tr("history"), QStringLiteral("#%1 %2 %3 by %4").arg(e.seq).arg(toRfc3339(e.at), e.action, e.actor));
    return Ok;
}

} // namespace

Result<CaseRecord> parseSubmission(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse("case.malformed_json", tr("not valid JSON: %1 at offset %2")
                                                 .arg(parseError.errorString())
                                                 .arg(parseError.offset));
    if (!doc.isObject())
        return refuse("case.not_object", tr("a case must be a JSON object"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!kTopMembers.contains(it.key()))
            return refuse("case.unknown_member", tr("unknown member \"%1\" in the case").arg(it.key()));
    for (const char *member : {"id", "service_id", "channel"})
        if (o.contains(QLatin1String(member)) && !o.value(QLatin1String(member)).isString())
            return refuse("case.bad_type", tr("\"%1\" must be a string").arg(QLatin1String(member)));
    if (o.contains(QLatin1String("applicant"))) {
        if (!o.value(QLatin1String("applicant")).isObject())
            return refuse("case.missing_applicant", tr("\"applicant\" must be a JSON object"));
        if (const Status s = checkStrings(o.value(QLatin1String("applicant")).toObject(), kApplicantMembers,
                                          QStringLiteral("applicant"));
            !s)
            return s.error();
    }
    if (o.contains(QLatin1String("form_version")) && !o.value(QLatin1String("form_version")).isDouble())
        return refuse("case.bad_type", tr("\"form_version\" must be a number"));
    if (o.contains(QLatin1String("attachments")) && !o.value(QLatin1String("attachments")).isArray())
        return refuse("case.bad_type", tr("\"attachments\" must be an array"));
    if (o.contains(QLatin1String("agent")) && !o.value(QLatin1String("agent")).isObject())
        return refuse("case.bad_type", tr("\"agent\" must be a JSON object"));
    return CaseRecord::fromJson(o);
}

Status validateSubmission(CaseRecord &record, DataStore &store)
{
    if (!record.id.isEmpty() && !isValidId(record.id))
        return refuse("case.bad_id", tr("\"id\" must be a lowercase UUID"));
    if (record.serviceId.isEmpty())
        return refuse("case.missing_service", tr("the case has no service_id"));
    if (const Status form = validateCaseForm(record, store.dataDir().root(), store.clock().now().date()); !form)
        return form; // every failing field of the service's form, listed (cataloguecommands.cpp)
    if (record.formVersion <= 0)
        record.formVersion = 1;

    Applicant &a = record.applicant;
    if (a.name.isEmpty())
        return refuse("case.missing_name", tr("applicant.name is missing"));
    if (a.idType.isEmpty())
        a.idType = QStringLiteral("resident_id");
    if (a.idNumber.isEmpty())
        return refuse("case.missing_id_number", tr("applicant.id_number is missing"));
    if (a.idType == QLatin1String("resident_id")) {
        // The messages say what is wrong without repeating the number: they end up in logs and terminals.
        const QString normalized = normalizeResidentId(a.idNumber);
        const ResidentIdInfo info = parseResidentId(normalized);
        if (!info.wellFormed)
            return refuse("idnumber.malformed",
                          tr("applicant.id_number is not a resident ID number (18 characters: 17 digits and a "
                             "digit or X, with a real birth date)"));
        if (!info.checkDigitOk)
            return refuse("idnumber.checksum",
                          tr("applicant.id_number has a wrong check digit (mistyped?)"));
        a.idNumber = normalized;
    }
    if (!a.phone.isEmpty()) {
        const QString phone = normalizePhone(a.phone);
        if (phone.isEmpty())
            return refuse("case.bad_phone", tr("applicant.phone is not a mobile (11 digits) or landline number "
                                               "with area code"));
        a.phone = phone;
    }

    if (record.channel == QLatin1String("agent")) {
        if (record.agent.staffId.isEmpty())
            return refuse("case.missing_agent", tr("an agent-submitted case needs agent.staff_id"));
        const QString method = record.agent.consent.method;
        if (method != QLatin1String("id_card") && method != QLatin1String("signature"))
            return refuse("case.missing_consent",
                          tr("an agent-submitted case needs agent.consent.method \"id_card\" or \"signature\""));
    }

    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    static const QStringList kinds = {QStringLiteral("id_photo"), QStringLiteral("document"),
                                      QStringLiteral("signature")};
    for (const Attachment &att : record.attachments) {
        if (!sha256.match(att.sha256).hasMatch())
            return refuse("case.bad_attachment", tr("attachment sha256 must be 64 lowercase hex digits"));
        if (!kinds.contains(att.kind))
            return refuse("case.bad_attachment",
                          tr("attachment kind must be id_photo, document or signature, not \"%1\"").arg(att.kind));
        // A case pointing at bytes the kiosk does not hold could never be uploaded.
        if (!store.blobs().contains(att.sha256))
            return refuse("case.missing_blob", tr("attachment %1 is not stored on this kiosk").arg(att.sha256));
    }

    // Form validation against the service catalogue (issue: forms) goes here.
    return checkWorkflow(record, store); // channel, clerk and consent rules (approvalcommands.cpp)
}

Result<CaseRecord> submitCase(DataStore &store, const QByteArray &json)
{
    auto record = parseSubmission(json);
    if (!record)
        return record.error();
    if (const Status valid = validateSubmission(*record, store); !valid)
        return valid.error();
    return storeSubmission(store, *record, submitActor(*record)); // workflow: initial state from the chain
}

QString submitActor(const CaseRecord &record)
{
    return record.channel == QLatin1String("agent") && !record.agent.staffId.isEmpty() ? record.agent.staffId
                                                                                      : QStringLiteral("cli");
}

QList<Command> caseCommands()
{
    return {
        {{QStringLiteral("case"), QStringLiteral("submit")},
         QStringLiteral("case submit --case FILE.json|-"),
         tr("validate and store one case; prints its id after the commit"),
         caseSubmit},
        {{QStringLiteral("case"), QStringLiteral("import")},
         QStringLiteral("case import FILE.jsonl|- [--ids]"),
         tr("store one case per line; reports refused lines (exit 1 if any)"),
         caseImport},
        {{QStringLiteral("case"), QStringLiteral("list")},
         QStringLiteral("case list [--state S] [--service ID] [--id-number N] [--limit N]"),
         tr("list cases, ID numbers masked"),
         caseList},
        {{QStringLiteral("case"), QStringLiteral("show")},
         QStringLiteral("case show ID"),
         tr("one case in full with its history, ID number masked"),
         caseShow},
    };
}

} // namespace bianmin::cli
