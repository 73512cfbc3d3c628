#include "caselookup.h"

#include "casestatemachine.h"

#include "core/ids.h"
#include "core/residentid.h"
#include "store/casestore.h"

#include <QCoreApplication>

namespace bianmin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::CaseLookup", text);
}

} // namespace

CaseLookup::CaseLookup(const CaseStore &cases, ServicePolicyLookup policies, ReceiptVerifier verifier)
    : m_cases(cases), m_policies(std::move(policies)), m_verifier(std::move(verifier))
{
}

QString CaseLookup::stateLabel(CaseState state, const QString &language)
{
    // Both languages here rather than through tr(): the public screen switches language per villager.
    const bool en = language.startsWith(QLatin1String("en"));
    const auto pick = [en](const char *zh, const char *english) {
        return en ? QString::fromLatin1(english) : QString::fromUtf8(zh);
    };
    switch (state) {
    case CaseState::Draft: return pick("草稿", "Draft");
    case CaseState::Submitted: return pick("已提交", "Submitted");
    case CaseState::AwaitingApproval: return pick("等待本地审核", "Waiting for local approval");
    case CaseState::Queued: return pick("等待上报县里", "Waiting to be sent to the county");
    case CaseState::Uploaded: return pick("已上报县里", "Sent to the county");
    case CaseState::Received: return pick("县里已受理", "Received by the county");
    case CaseState::InReview: return pick("县里审核中", "Being reviewed by the county");
    case CaseState::Approved: return pick("已批准", "Approved");
    case CaseState::Rejected: return pick("未通过", "Not approved");
    case CaseState::NeedsMaterials: return pick("需要补充材料", "More documents needed");
    case CaseState::Completed: return pick("已办结", "Completed");
    case CaseState::Refused: return pick("工作人员处理中", "Being handled by staff");
    }
    return {};
}

PublicCaseView CaseLookup::view(const CaseRecord &record, const QString &language) const
{
    PublicCaseView v;
    v.caseId = record.id;
    v.caseNumber = caseNumberOf(record.id);
    v.serviceId = record.serviceId;
    const auto policy = m_policies ? m_policies(record.serviceId) : std::nullopt;
    v.serviceName = policy ? policy->name(language) : record.serviceId;
    v.state = record.state;
    v.stateLabel = stateLabel(record.state, language);
    if (isLocallyRejected(record))
        v.stateLabel = language.startsWith(QLatin1String("en")) ? QStringLiteral("Returned to the clerk")
                                                                : QStringLiteral("已退回代办员");
    v.submittedAt = record.submittedAt;
    v.updatedAt = record.updatedAt;
    // Only what the county said to the applicant; a refusal's technical reason is for staff.
    if (record.state != CaseState::Refused)
        v.countyMessage = record.countyMessage;
    v.maskedName = maskName(record.applicant.name);
    v.maskedIdNumber = maskIdNumber(record.applicant.idNumber);
    return v;
}

Result<QList<PublicCaseView>> CaseLookup::byIdNumber(const QString &idNumber, const QString &language) const
{
    const QString normalized = normalizeResidentId(idNumber);
    const ResidentIdInfo info = parseResidentId(normalized);
    if (!info.wellFormed || !info.checkDigitOk)
        return Error(QStringLiteral("lookup.bad_id_number"),
                     tr("that is not a valid ID number; please check it or read the ID card"));
    CaseFilter filter;
    filter.idNumber = normalized;
    filter.limit = 200;
    const auto cases = m_cases.list(filter);
    if (!cases)
        return cases.error();
    QList<CaseRecord> sorted = *cases;
    std::sort(sorted.begin(), sorted.end(),
              [](const CaseRecord &a, const CaseRecord &b) { return a.submittedAt > b.submittedAt; });
    QList<PublicCaseView> views;
    for (const CaseRecord &r : sorted)
        if (r.state != CaseState::Draft)
            views << view(r, language);
    return views;
}

Result<QList<PublicCaseView>> CaseLookup::byReceipt(const QString &scanned, const QString &language) const
{
    QString caseId = scanned.trimmed().toLower();
    if (!isValidId(caseId)) {
        if (!m_verifier)
            return Error(QStringLiteral("receipt.malformed"), tr("that is not a receipt code"));
        const auto verified = m_verifier(scanned.trimmed());
        if (!verified)
            return verified.error();
        caseId = *verified;
    }
    const auto record = m_cases.get(caseId);
    if (!record)
        return Error(QStringLiteral("lookup.not_found"), tr("no case of this receipt is stored on this kiosk"));
    const auto all = byIdNumber(record->applicant.idNumber, language);
    if (all && !all->isEmpty())
        return all;
    // Not a resident ID number (another id type): the receipt's own case.
    return QList<PublicCaseView>{view(*record, language)};
}

} // namespace bianmin
