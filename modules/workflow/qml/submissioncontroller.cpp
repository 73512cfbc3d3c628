#include "submissioncontroller.h"

#include "staffsession.h"

#include <QJsonObject>

namespace bianmin {

SubmissionController::SubmissionController(SubmissionService &service, StaffSession &session, QObject *parent)
    : QObject(parent), m_service(service), m_session(session)
{
}

bool SubmissionController::report(const Error &error)
{
    if (error.code != m_error.code || error.message != m_error.message) {
        m_error = error;
        Q_EMIT errorChanged();
    }
    return error.code.isEmpty();
}

bool SubmissionController::submit(const QVariantMap &caseJson, const QString &channel, const QString &consentMethod,
                                  const QString &signatureSha256)
{
    auto record = CaseRecord::fromJson(QJsonObject::fromVariantMap(caseJson));
    if (!record)
        return report(record.error());
    record->channel = channel;
    const StaffAccount *clerk = nullptr;
    if (channel == QLatin1String("agent")) {
        m_session.touch();
        if (!m_session.isActive())
            return report(Error(QStringLiteral("workflow.agent_required"),
                                tr("a clerk must be logged in to submit for a villager")));
        clerk = &m_session.account();
        record->agent.staffId = clerk->id;
        record->agent.consent.method = consentMethod;
        record->agent.consent.blob = consentMethod == QLatin1String("signature") ? signatureSha256 : QString();
    } else {
        record->agent = AgentInfo();
    }
    const auto stored = m_service.submit(*record, clerk);
    if (!stored)
        return report(stored.error());
    m_lastCaseId = stored->id;
    m_lastState = caseStateName(stored->state);
    report(Error());
    Q_EMIT submitted(m_lastCaseId);
    return true;
}

void SubmissionController::setWorker(SubmissionService *writer, QObject *context)
{
    m_writer = writer;
    m_context = context;
}

void SubmissionController::storeSignature(const QString &dataUrl)
{
    QString base64 = dataUrl;
    if (const qsizetype comma = base64.indexOf(QLatin1Char(',')); base64.startsWith(QLatin1String("data:")) && comma > 0)
        base64 = base64.mid(comma + 1);
    const QByteArray png = QByteArray::fromBase64(base64.toLatin1());
    if (!m_context || !m_writer) {
        signatureDone(m_service.storeSignature(png));
        return;
    }
    if (m_pending++ == 0)
        Q_EMIT busyChanged();
    // The worker thread stops before this controller goes (setWorker), so `this` is alive for the answer.
    QMetaObject::invokeMethod(m_context, [this, png, writer = m_writer] {
        const Result<QString> sha = writer->storeSignature(png);
        QMetaObject::invokeMethod(this, [this, sha] {
            if (--m_pending == 0)
                Q_EMIT busyChanged();
            signatureDone(sha);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SubmissionController::signatureDone(const Result<QString> &sha)
{
    report(sha ? Error() : sha.error());
    Q_EMIT signatureStored(sha ? *sha : QString());
}

QString SubmissionController::initialState(const QString &serviceId) const
{
    return caseStateName(m_service.initialState(serviceId));
}

} // namespace bianmin
