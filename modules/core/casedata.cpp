#include "casedata.h"

#include "canonicaljson.h"
#include "clock.h"
#include "sha256.h"

#include <QJsonArray>

namespace bianmin {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QJsonObject Applicant::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("id_type"), idType},
                       {QStringLiteral("id_number"), idNumber},
                       {QStringLiteral("phone"), phone},
                       {QStringLiteral("address"), address}};
}

Applicant Applicant::fromJson(const QJsonObject &o)
{
    Applicant a;
    a.name = str(o, "name").trimmed();
    if (o.contains(QLatin1String("id_type")))
        a.idType = str(o, "id_type");
    a.idNumber = str(o, "id_number").trimmed();
    a.phone = str(o, "phone").trimmed();
    a.address = str(o, "address").trimmed();
    return a;
}

namespace {

void key(QByteArray &out, const char *name)
{
    if (out.size() > 1 && !out.endsWith('{') && !out.endsWith('['))
        out += ',';
    out += '"';
    out += name; // plain ASCII keys: canonical as they are
    out += "\":";
}

void member(QByteArray &out, const char *name, const QJsonValue &value)
{
    key(out, name);
    out += canonicalJson(value);
}

void member(QByteArray &out, const char *name, const QString &value)
{
    key(out, name);
    appendCanonicalString(out, value);
}

void member(QByteArray &out, const char *name, qint64 value)
{
    key(out, name);
    // canonicalJson writes integral numbers below 2^53 as plain integers; beyond that, as it does.
    if (value > -9007199254740992LL && value < 9007199254740992LL)
        out += QByteArray::number(value);
    else
        out += canonicalJson(QJsonValue(value));
}

// The members below are written directly in canonical (sorted) key order, the same bytes canonicalJson()
// gives for the QJsonObjects toEnvelope() builds (tst_casestore compares them), without building those.
void writeApplicant(QByteArray &out, const Applicant &a)
{
    out += '{';
    member(out, "address", a.address);
    member(out, "id_number", a.idNumber);
    member(out, "id_type", a.idType);
    member(out, "name", a.name);
    member(out, "phone", a.phone);
    out += '}';
}

void writeAgent(QByteArray &out, const AgentInfo &agent)
{
    out += "{\"consent\":{";
    member(out, "at", toRfc3339(agent.consent.at));
    if (!agent.consent.blob.isEmpty())
        member(out, "blob", agent.consent.blob);
    member(out, "method", agent.consent.method);
    out += '}';
    member(out, "staff_id", agent.staffId);
    out += '}';
}

void writeApprovals(QByteArray &out, const QList<Approval> &approvals)
{
    out += '[';
    for (qsizetype i = 0; i < approvals.size(); ++i) {
        const Approval &a = approvals.at(i);
        out += i ? ",{" : "{";
        member(out, "at", toRfc3339(a.at));
        member(out, "decision", a.decision);
        member(out, "note", a.note);
        member(out, "staff_id", a.staffId);
        member(out, "step", a.step);
        out += '}';
    }
    out += ']';
}

void writeAttachments(QByteArray &out, const QList<Attachment> &attachments)
{
    out += '[';
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const Attachment &a = attachments.at(i);
        out += i ? ",{" : "{";
        member(out, "bytes", a.bytes);
        member(out, "kind", a.kind);
        member(out, "mime", a.mime);
        member(out, "sha256", a.sha256);
        out += '}';
    }
    out += ']';
}

} // namespace

QByteArray CaseRecord::canonicalEnvelope(QString *hashOut) const
{
    // Top-level members in canonical (sorted) order; content_hash goes between channel and created_at.
    QByteArray head("{");
    head.reserve(1024);
    if (channel == QLatin1String("agent")) {
        key(head, "agent");
        writeAgent(head, agent);
    }
    key(head, "applicant");
    writeApplicant(head, applicant);
    key(head, "approvals");
    writeApprovals(head, approvals);
    key(head, "attachments");
    writeAttachments(head, attachments);
    member(head, "channel", channel);
    QByteArray tail("{");
    tail.reserve(2048);
    member(tail, "created_at", toRfc3339(createdAt));
    member(tail, "fields", QJsonValue(fields));
    member(tail, "form_version", qint64(formVersion));
    member(tail, "id", id);
    member(tail, "kiosk_id", kioskId);
    member(tail, "service_id", serviceId);
    member(tail, "submitted_at", toRfc3339(submittedAt));
    tail += '}';
    const QByteArrayView rest = QByteArrayView(tail).sliced(1); // without its "{"
    QByteArray withoutHash = head;
    withoutHash += ',';
    withoutHash += rest;
    const QString hash = sha256Hex(withoutHash);
    if (hashOut)
        *hashOut = hash;
    QByteArray out;
    out.reserve(head.size() + rest.size() + 84);
    out += head;
    out += ",\"content_hash\":\"";
    out += hash.toLatin1();
    out += "\",";
    out += rest;
    return out;
}

QStringList CaseRecord::blobHashes() const
{
    QStringList hashes;
    for (const Attachment &a : attachments)
        hashes << a.sha256;
    if (channel == QLatin1String("agent") && !agent.consent.blob.isEmpty())
        hashes << agent.consent.blob;
    hashes.removeDuplicates();
    return hashes;
}

QJsonObject CaseRecord::toEnvelope() const
{
    QJsonObject env{{QStringLiteral("id"), id},
                    {QStringLiteral("kiosk_id"), kioskId},
                    {QStringLiteral("service_id"), serviceId},
                    {QStringLiteral("form_version"), formVersion},
                    {QStringLiteral("created_at"), toRfc3339(createdAt)},
                    {QStringLiteral("submitted_at"), toRfc3339(submittedAt)},
                    {QStringLiteral("channel"), channel},
                    {QStringLiteral("applicant"), applicant.toJson()},
                    {QStringLiteral("fields"), fields}};
    if (channel == QLatin1String("agent")) {
        QJsonObject consent{{QStringLiteral("method"), agent.consent.method},
                            {QStringLiteral("at"), toRfc3339(agent.consent.at)}};
        if (!agent.consent.blob.isEmpty())
            consent.insert(QStringLiteral("blob"), agent.consent.blob);
        env.insert(QStringLiteral("agent"),
                   QJsonObject{{QStringLiteral("staff_id"), agent.staffId}, {QStringLiteral("consent"), consent}});
    }
    QJsonArray approvalsJson;
    for (const Approval &a : approvals)
        approvalsJson.append(QJsonObject{{QStringLiteral("step"), a.step},
                                         {QStringLiteral("staff_id"), a.staffId},
                                         {QStringLiteral("decision"), a.decision},
                                         {QStringLiteral("at"), toRfc3339(a.at)},
                                         {QStringLiteral("note"), a.note}});
    env.insert(QStringLiteral("approvals"), approvalsJson);
    QJsonArray attachmentsJson;
    for (const Attachment &a : attachments)
        attachmentsJson.append(QJsonObject{{QStringLiteral("sha256"), a.sha256},
                                           {QStringLiteral("kind"), a.kind},
                                           {QStringLiteral("mime"), a.mime},
                                           {QStringLiteral("bytes"), a.bytes}});
    env.insert(QStringLiteral("attachments"), attachmentsJson);
    env.insert(QStringLiteral("content_hash"), contentHash(env));
    return env;
}

Result<CaseRecord> CaseRecord::fromJson(const QJsonObject &o)
{
    CaseRecord c;
    c.id = str(o, "id");
    c.kioskId = str(o, "kiosk_id");
    c.serviceId = str(o, "service_id").trimmed();
    if (c.serviceId.isEmpty())
        return Error(QStringLiteral("case.missing_service"), QStringLiteral("the case has no service_id"));
    const QJsonValue applicant = o.value(QLatin1String("applicant"));
    if (!applicant.isObject())
        return Error(QStringLiteral("case.missing_applicant"),
                     QStringLiteral("the case has no applicant object"));
    c.applicant = Applicant::fromJson(applicant.toObject());
    const QJsonValue fields = o.value(QLatin1String("fields"));
    if (!fields.isUndefined() && !fields.isObject())
        return Error(QStringLiteral("case.bad_fields"), QStringLiteral("\"fields\" must be a JSON object"));
    c.fields = fields.toObject();
    c.formVersion = o.value(QLatin1String("form_version")).toInt(0);
    c.createdAt = fromRfc3339(str(o, "created_at"));
    c.submittedAt = fromRfc3339(str(o, "submitted_at"));
    if (o.contains(QLatin1String("channel")))
        c.channel = str(o, "channel");
    if (c.channel != QLatin1String("self") && c.channel != QLatin1String("agent"))
        return Error(QStringLiteral("case.bad_channel"),
                     QStringLiteral("\"channel\" must be \"self\" or \"agent\", not \"%1\"").arg(c.channel));
    const QJsonObject agent = o.value(QLatin1String("agent")).toObject();
    c.agent.staffId = str(agent, "staff_id");
    const QJsonObject consent = agent.value(QLatin1String("consent")).toObject();
    c.agent.consent.method = str(consent, "method");
    c.agent.consent.at = fromRfc3339(str(consent, "at"));
    c.agent.consent.blob = str(consent, "blob");
    for (const QJsonValue &v : o.value(QLatin1String("approvals")).toArray()) {
        const QJsonObject a = v.toObject();
        c.approvals.append(Approval{str(a, "step"), str(a, "staff_id"), str(a, "decision"),
                                    fromRfc3339(str(a, "at")), str(a, "note")});
    }
    for (const QJsonValue &v : o.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        c.attachments.append(Attachment{str(a, "sha256"), str(a, "kind"), str(a, "mime"),
                                        static_cast<qint64>(a.value(QLatin1String("bytes")).toDouble())});
    }
    return c;
}

} // namespace bianmin
