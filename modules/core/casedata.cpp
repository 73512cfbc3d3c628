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

QJsonObject agentJson(const AgentInfo &agent)
{
    QJsonObject consent{{QStringLiteral("method"), agent.consent.method},
                        {QStringLiteral("at"), toRfc3339(agent.consent.at)}};
    if (!agent.consent.blob.isEmpty())
        consent.insert(QStringLiteral("blob"), agent.consent.blob);
    return QJsonObject{{QStringLiteral("staff_id"), agent.staffId}, {QStringLiteral("consent"), consent}};
}

QJsonArray approvalsJson(const QList<Approval> &approvals)
{
    QJsonArray out;
    for (const Approval &a : approvals)
        out.append(QJsonObject{{QStringLiteral("step"), a.step},
                               {QStringLiteral("staff_id"), a.staffId},
                               {QStringLiteral("decision"), a.decision},
                               {QStringLiteral("at"), toRfc3339(a.at)},
                               {QStringLiteral("note"), a.note}});
    return out;
}

QJsonArray attachmentsJson(const QList<Attachment> &attachments)
{
    QJsonArray out;
    for (const Attachment &a : attachments)
        out.append(QJsonObject{{QStringLiteral("sha256"), a.sha256},
                               {QStringLiteral("kind"), a.kind},
                               {QStringLiteral("mime"), a.mime},
                               {QStringLiteral("bytes"), a.bytes}});
    return out;
}

void member(QByteArray &out, const char *key, const QJsonValue &value)
{
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += key; // plain ASCII keys: canonical as they are
    out += "\":";
    out += canonicalJson(value);
}

} // namespace

QByteArray CaseRecord::canonicalEnvelope(QString *hashOut) const
{
    // Top-level members in canonical (sorted) order; content_hash goes between channel and created_at.
    QByteArray head("{");
    if (channel == QLatin1String("agent"))
        member(head, "agent", agentJson(agent));
    member(head, "applicant", applicant.toJson());
    member(head, "approvals", approvalsJson(approvals));
    member(head, "attachments", attachmentsJson(attachments));
    member(head, "channel", channel);
    QByteArray tail("{");
    member(tail, "created_at", toRfc3339(createdAt));
    member(tail, "fields", fields);
    member(tail, "form_version", formVersion);
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
