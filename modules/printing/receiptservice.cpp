#include "receiptservice.h"

#include "store/datastore.h"

#include <QJsonObject>

namespace bianmin {

namespace {
const QString kPrint = QStringLiteral("receipt.print");
const QString kReprint = QStringLiteral("receipt.reprint");
} // namespace

QString receiptKindName(ReceiptKind kind)
{
    return kind == ReceiptKind::Decision ? QStringLiteral("decision") : QStringLiteral("submission");
}

ReceiptService::ReceiptService(DataStore &store, WorkingDayCalendar calendar)
    : m_store(store), m_calendar(std::move(calendar))
{
}

ReceiptCode ReceiptService::code() const
{
    const KeyRing &keys = m_store.keys();
    return ReceiptCode([&keys](const QByteArray &purpose, const QByteArray &message) {
        return keys.mac(purpose, message);
    });
}

Result<ReceiptData> ReceiptService::prepare(const QString &caseId, ReceiptKind kind, const QString &language)
{
    auto record = m_store.cases().get(caseId);
    if (!record)
        return record.error();
    const CaseRecord &c = record.value();

    ReceiptInputs in;
    in.language = language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh");
    in.centerName = m_store.config().value(QStringLiteral("kiosk.name"));
    in.centerPhone = m_store.config().value(QStringLiteral("kiosk.phone"));
    const ServiceInfo service = m_lookup ? m_lookup(c.serviceId, in.language) : ServiceInfo();
    in.serviceName = service.name.isEmpty() ? c.serviceId : service.name;
    // Without a catalogue entry, a case may carry its own promise (imported cases, services since removed).
    in.promisedWorkingDays = service.promisedDays >= 0 ? service.promisedDays
                                                       : c.fields.value(QStringLiteral("promised_days")).toInt(0);
    if (c.channel == QLatin1String("agent") && m_clerks)
        in.clerkName = m_clerks(c.agent.staffId);
    in.printedAt = m_store.clock().now();

    auto entries = m_store.audit().entriesFor(caseId);
    if (!entries)
        return entries.error();
    for (const AuditEntry &e : entries.value()) {
        if ((e.action == kPrint || e.action == kReprint)
            && e.details.value(QStringLiteral("kind")).toString() == receiptKindName(kind))
            in.reprint = true;
    }
    return makeReceipt(c, in, kind, m_calendar, code());
}

Status ReceiptService::recordPrinted(const ReceiptData &data, const QString &staffId, const QString &target,
                                     int widthMm)
{
    QJsonObject details{{QStringLiteral("kind"), receiptKindName(data.kind)},
                        {QStringLiteral("target"), target}};
    if (widthMm > 0)
        details.insert(QStringLiteral("width"), widthMm);
    const QString actor = staffId.isEmpty() ? QStringLiteral("system") : staffId;
    return m_store.database().transaction([&]() -> Status {
        return m_store.audit().append(actor, data.reprint ? kReprint : kPrint, data.caseId, details);
    });
}

Result<QString> ReceiptService::verifyLookup(const QString &lookup) const
{
    return code().verify(lookup);
}

} // namespace bianmin
