#include "caselookupcontroller.h"

#include <QVariantMap>

namespace bianmin {

CaseLookupController::CaseLookupController(CaseLookup &lookup, QObject *parent) : QObject(parent), m_lookup(lookup) {}

void CaseLookupController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

QVariantMap CaseLookupController::toVariant(const PublicCaseView &v)
{
    return {{QStringLiteral("caseId"), v.caseId},
            {QStringLiteral("caseNumber"), v.caseNumber},
            {QStringLiteral("serviceId"), v.serviceId},
            {QStringLiteral("serviceName"), v.serviceName},
            {QStringLiteral("state"), caseStateName(v.state)},
            {QStringLiteral("stateLabel"), v.stateLabel},
            {QStringLiteral("submittedAt"), v.submittedAt},
            {QStringLiteral("updatedAt"), v.updatedAt},
            {QStringLiteral("countyMessage"), v.countyMessage},
            {QStringLiteral("maskedName"), v.maskedName},
            {QStringLiteral("maskedIdNumber"), v.maskedIdNumber}};
}

bool CaseLookupController::show(const Result<QList<PublicCaseView>> &found)
{
    m_results.clear();
    m_error = found ? Error() : found.error();
    if (found)
        for (const PublicCaseView &v : *found)
            m_results << toVariant(v);
    Q_EMIT resultsChanged();
    return found.ok();
}

bool CaseLookupController::lookupIdNumber(const QString &idNumber)
{
    return show(m_lookup.byIdNumber(idNumber, m_language));
}

bool CaseLookupController::lookupReceipt(const QString &scanned)
{
    return show(m_lookup.byReceipt(scanned, m_language));
}

void CaseLookupController::clear()
{
    m_results.clear();
    m_error = Error();
    Q_EMIT resultsChanged();
}

} // namespace bianmin
