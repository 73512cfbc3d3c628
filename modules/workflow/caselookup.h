// "Where is my case?" for villagers at the public screen: by ID number (read from the card or typed,
// matched through the store's blind index) or by the QR code on a receipt, returning that person's cases
// with their state and the county's latest message, and nothing on screen that a bystander could misuse:
// names and ID numbers masked, approvers' notes (meant for the clerk) left out.
#pragma once

#include "servicepolicy.h"

#include "core/casestate.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace bianmin {

class CaseStore;
struct CaseRecord;

struct PublicCaseView
{
    QString caseId;
    QString caseNumber;       ///< "3F2B-91AC": the first 8 hex digits of the id, what people say on the phone
    QString serviceId;
    QString serviceName;      ///< in the requested language, the id when the catalogue does not know it
    CaseState state = CaseState::Submitted;
    QString stateLabel;       ///< "等待审批" / "Waiting for local approval"
    QDateTime submittedAt;
    QDateTime updatedAt;
    QString countyMessage;    ///< the county's latest message ("" if none)
    QString maskedName;       ///< "张*"
    QString maskedIdNumber;   ///< "500242********1234"
};

/** Turns a scanned receipt QR string into a case id (the printing module's ReceiptCode::verify);
 *  errors receipt.malformed / receipt.forged. */
using ReceiptVerifier = std::function<Result<QString>(const QString &scanned)>;

class CaseLookup
{
public:
    /** Without a verifier, a receipt look-up accepts only a plain case id. */
    CaseLookup(const CaseStore &cases, ServicePolicyLookup policies = {}, ReceiptVerifier verifier = {});

    /** Errors: lookup.bad_id_number. An empty list when the person has no case here. Newest first. */
    Result<QList<PublicCaseView>> byIdNumber(const QString &idNumber, const QString &language = {}) const;
    /** The QR string of a receipt (or a case id): the cases of the person that case belongs to.
     *  Errors: receipt.malformed, receipt.forged, lookup.not_found. */
    Result<QList<PublicCaseView>> byReceipt(const QString &scanned, const QString &language = {}) const;

    PublicCaseView view(const CaseRecord &record, const QString &language) const;
    /** The label a villager reads for a state. */
    static QString stateLabel(CaseState state, const QString &language);

private:
    const CaseStore &m_cases;
    ServicePolicyLookup m_policies;
    ReceiptVerifier m_verifier;
};

} // namespace bianmin
