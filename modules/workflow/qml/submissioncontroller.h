// QML module Bianmin.Workflow 1.0: the kiosk's confirmation page hands the finished form here. Self-service
// when nobody is logged in; an agent submission for the logged-in clerk, which needs the villager's
// consent: the ID card read at the kiosk, or a signature drawn on the screen (stored encrypted first).
//
//   Submission.storeSignature(canvas.toDataURL("image/png"))   // → sha256, or "" with errorString
//   Submission.submit(form.caseJson(), "self")                 // a villager alone
//   Submission.submit(form.caseJson(), "agent", "id_card")     // clerk logged in, card was read
//   Submission.submit(form.caseJson(), "agent", "signature", sha256)
//   → true: Submission.lastCaseId, Submission.lastState ("awaiting_approval" | "queued");
//     false: Submission.errorString / errorCode (workflow.consent_required, workflow.agent_not_allowed, ...)
//   Submission.initialState(serviceId)   // what a submission of this service will become
#pragma once

#include "workflow/submissionservice.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace bianmin {

class StaffSession;

class SubmissionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SubmissionController is provided by the application")
    Q_PROPERTY(QString lastCaseId READ lastCaseId NOTIFY submitted)
    Q_PROPERTY(QString lastState READ lastState NOTIFY submitted)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)

public:
    SubmissionController(SubmissionService &service, StaffSession &session, QObject *parent = nullptr);

    QString lastCaseId() const { return m_lastCaseId; }
    QString lastState() const { return m_lastState; }
    QString errorString() const { return m_error.message; }
    QString errorCode() const { return m_error.code; }

    /** `caseJson`: FormController.caseJson() (service_id, applicant, fields, attachments...). */
    Q_INVOKABLE bool submit(const QVariantMap &caseJson, const QString &channel, const QString &consentMethod = {},
                            const QString &signatureSha256 = {});
    /** A "data:image/png;base64,..." URL (Canvas.toDataURL) or raw base64 PNG; returns the sha256. */
    Q_INVOKABLE QString storeSignature(const QString &dataUrl);
    Q_INVOKABLE QString initialState(const QString &serviceId) const;

Q_SIGNALS:
    void submitted(const QString &caseId);
    void errorChanged();

private:
    bool report(const Error &error);
    SubmissionService &m_service;
    StaffSession &m_session;
    QString m_lastCaseId;
    QString m_lastState;
    Error m_error;
};

} // namespace bianmin
