// Receipts for cases in a data directory: reads the committed case (a case that is not committed has no
// receipt), fills in the center from config and the service from a look-up the composition provides
// (cataloguelookup.h makes it from the forms module's catalogue), signs the QR code with the kiosk
// key, and writes the audit entry naming who printed or reprinted. Use it on the thread that owns the
// DataStore; the printing itself (receiptjob.h) can then run anywhere.
#pragma once

#include "receipt.h"
#include "receiptcode.h"
#include "workingdays.h"

#include <functional>

namespace bianmin {

class DataStore;

/** What the catalogue says about a service, in the receipt's language. */
struct ServiceInfo
{
    QString name;          ///< empty: the service id is printed
    int promisedDays = -1; ///< working days; -1 unknown (then the case's "promised_days" field, if any)
};
using ServiceLookup = std::function<ServiceInfo(const QString &serviceId, const QString &language)>;

class ReceiptService
{
public:
    explicit ReceiptService(DataStore &store, WorkingDayCalendar calendar = WorkingDayCalendar::builtIn());

    void setServiceLookup(ServiceLookup lookup) { m_lookup = std::move(lookup); }
    /** Clerk display names for "代办员代办：李明"; the staff id is printed when it returns empty. */
    void setClerkLookup(std::function<QString(const QString &staffId)> lookup) { m_clerks = std::move(lookup); }

    /** The receipt as it would print now. `reprint` is set when this receipt (same kind) was printed
     *  before, according to the audit log. Errors: the store's (store.not_found ...), receipt.no_decision. */
    Result<ReceiptData> prepare(const QString &caseId, ReceiptKind kind = ReceiptKind::Submission,
                                const QString &language = QStringLiteral("zh"));

    /** Appends receipt.print (first time) or receipt.reprint, with actor `staffId` ("system" when empty)
     *  and details {kind, target, width}, in its own transaction. */
    Status recordPrinted(const ReceiptData &data, const QString &staffId, const QString &target, int widthMm = 0);

    /** Checks a scanned or typed QR look-up string against this kiosk's key; returns the case id. */
    Result<QString> verifyLookup(const QString &lookup) const;

    ReceiptCode code() const;

private:
    DataStore &m_store;
    WorkingDayCalendar m_calendar;
    ServiceLookup m_lookup;
    std::function<QString(const QString &)> m_clerks;
};

QString receiptKindName(ReceiptKind kind); ///< "submission" | "decision"

} // namespace bianmin
