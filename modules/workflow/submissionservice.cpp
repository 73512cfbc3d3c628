#include "submissionservice.h"

#include "casestatemachine.h"

#include "core/clock.h"
#include "store/datastore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bianmin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::SubmissionService", text);
}

Error refuse(const char *code, const QString &message)
{
    return Error(QString::fromLatin1(code), message);
}

} // namespace

SubmissionService::SubmissionService(DataStore &store, ServicePolicyLookup policies)
    : m_store(store), m_policies(std::move(policies))
{
}

CaseState SubmissionService::initialState(const QString &serviceId) const
{
    const auto policy = m_policies ? m_policies(serviceId) : std::nullopt;
    const int steps = policy ? int(policy->chain.size()) : 0;
    return nextState(CaseState::Draft, CaseAction::Submit, {steps, false}).value();
}

Status SubmissionService::check(CaseRecord &record, const StaffAccount *clerk) const
{
    std::optional<ServicePolicy> policy;
    if (m_policies) {
        policy = m_policies(record.serviceId);
        if (!policy)
            return refuse("workflow.unknown_service",
                          tr("the catalogue has no service \"%1\"").arg(record.serviceId));
    }

    if (record.channel == QLatin1String("self")) {
        // A villager alone: nobody's consent to record, no clerk to name.
        if (!record.agent.staffId.isEmpty() || !record.agent.consent.method.isEmpty())
            return refuse("workflow.bad_channel",
                          tr("a self-service case has no agent; use channel \"agent\" for a clerk's submission"));
        return {};
    }
    if (record.channel != QLatin1String("agent"))
        return refuse("workflow.bad_channel",
                      tr("channel must be \"self\" or \"agent\", not \"%1\"").arg(record.channel));

    if (!policy || !policy->agentAllowed)
        return refuse("workflow.agent_not_allowed",
                      tr("service \"%1\" must be applied for by the villager in person, not by a clerk")
                          .arg(record.serviceId));
    if (!clerk)
        return refuse("workflow.agent_required", tr("an agent-submitted case needs the clerk's staff id"));
    if (clerk->disabled)
        return refuse("auth.disabled", tr("staff account %1 is disabled").arg(clerk->id));
    if (const Status allowed = checkPermission(clerk->role, Permission::SubmitForVillager); !allowed)
        return allowed;
    if (!record.agent.staffId.isEmpty() && record.agent.staffId.compare(clerk->id, Qt::CaseInsensitive) != 0)
        return refuse("workflow.agent_mismatch",
                      tr("the case names clerk %1 but was submitted by %2").arg(record.agent.staffId, clerk->id));
    record.agent.staffId = clerk->id;

    Consent &consent = record.agent.consent;
    if (consent.method == QLatin1String("id_card")) {
        consent.blob.clear();
    } else if (consent.method == QLatin1String("signature")) {
        static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
        if (!sha256.match(consent.blob).hasMatch())
            return refuse("workflow.consent_required",
                          tr("a signature consent needs the sha256 of the stored signature image"));
        if (!m_store.blobs().contains(consent.blob))
            return refuse("workflow.consent_blob_missing",
                          tr("the villager's signature %1 is not stored on this kiosk").arg(consent.blob));
    } else {
        return refuse("workflow.consent_required",
                      tr("a clerk may submit for a villager only with their consent on record: the ID card read "
                         "at the kiosk (id_card) or a signature on the screen (signature)"));
    }
    if (!consent.at.isValid())
        consent.at = m_store.clock().now();
    return {};
}

Result<CaseRecord> SubmissionService::submit(CaseRecord record, const StaffAccount *clerk, const QString &actor)
{
    if (const Status s = check(record, clerk); !s)
        return s.error();
    const QString who = !actor.isEmpty()                              ? actor
                      : record.channel == QLatin1String("agent") ? record.agent.staffId
                                                                  : QStringLiteral("villager");
    return m_store.cases().submit(record, initialState(record.serviceId), who);
}

Result<QString> SubmissionService::storeSignature(const QByteArray &png)
{
    if (!png.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return refuse("workflow.bad_signature", tr("the signature is not a PNG image"));
    return m_store.blobs().put(png, QStringLiteral("image/png"));
}

} // namespace bianmin
