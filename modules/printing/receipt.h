// What a receipt says, independent of how it is printed: the receipt for a submitted case and the notice
// of the county's decision. ReceiptData holds only what may be printed (the ID number already masked), and
// receiptBlocks() lays it out once so the thermal and the A4 receipts say exactly the same thing.
#pragma once

#include "core/casedata.h"
#include "core/casestate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bianmin {

class ReceiptCode;
class WorkingDayCalendar;

enum class ReceiptKind {
    Submission, ///< 受理回执: proof the case exists, promised date, how to ask about it
    Decision,   ///< 办理结果通知: the county approved, rejected or needs more materials
};

/** What the composition (CLI, kiosk) knows that the case does not: from config and the service catalogue. */
struct ReceiptInputs
{
    QString centerName;          ///< config kiosk.name
    QString centerPhone;         ///< config kiosk.phone
    QString serviceName;         ///< catalogue name of the service; the service id when unknown
    int promisedWorkingDays = 0; ///< catalogue promise; 0 = no promised date printed
    QString clerkName;           ///< display name of the submitting clerk, if known (else the staff id)
    QString language = QStringLiteral("zh"); ///< "zh" or "en": printed documents have a fixed language
    QDateTime printedAt;         ///< now; shown on reprints
    bool reprint = false;        ///< a later print of the same receipt (marked 补打 on paper)
};

struct ReceiptData
{
    ReceiptKind kind = ReceiptKind::Submission;
    QString language = QStringLiteral("zh");
    QString centerName;
    QString centerPhone;
    QString serviceName;
    QString caseId;
    QString caseNumber;        ///< "3F2B-91AC"
    QDateTime submittedAt;
    QDateTime printedAt;
    bool reprint = false;
    QString applicantName;
    QString maskedIdNumber;    ///< "500242********1234"; the full number never enters this struct
    bool agentSubmitted = false;
    QString clerk;             ///< name or staff id when agentSubmitted
    CaseState state = CaseState::Submitted;
    int promisedWorkingDays = 0;
    QDate promisedDate;        ///< invalid when no promise
    QString countyMessage;     ///< the county's words with a decision
    QString lookup;            ///< QR payload (ReceiptCode::lookupString)
    QString verificationCode;  ///< "K7QM2X9D"
};

/** Builds the printable data for a committed case. Errors: receipt.no_decision for a Decision notice of a
 *  case the county has not decided (approved, rejected, needs materials, completed). */
Result<ReceiptData> makeReceipt(const CaseRecord &record, const ReceiptInputs &inputs, ReceiptKind kind,
                                const WorkingDayCalendar &calendar, const ReceiptCode &code);

/** One element of the laid-out receipt, top to bottom. */
struct ReceiptBlock
{
    enum Type {
        Title,     ///< the center's name: as large as the paper allows
        Heading,   ///< "受理回执" / "办理结果通知"
        Mark,      ///< "补打 REPRINT": reverse-printed attention line
        Field,     ///< label: value; without a label, a continuation line of the field above
        Highlight, ///< label: value printed large (the promised date, the decision)
        Rule,      ///< a separating line
        Paragraph, ///< running text
        Qr,        ///< the QR code of `text`
        Caption,   ///< a centered small line
    };
    Type type;
    QString label;
    QString text;
};

QList<ReceiptBlock> receiptBlocks(const ReceiptData &data);

/** "2026年11月23日 09:30" (zh) or "2026-11-23 09:30" (en). */
QString receiptDateTime(const QDateTime &t, const QString &language);
QString receiptDate(QDate d, const QString &language);

} // namespace bianmin
