// QML module Bianmin.Workflow 1.0: the kiosk's confirmation page hands the finished form here. Self-service
// when nobody is logged in; an agent submission for the logged-in clerk, which needs the villager's
// consent: the ID card read at the kiosk, or a signature drawn on the screen (stored encrypted first).
//
//   Submission.storeSignature(canvas.toDataURL("image/png"))   // → signatureStored(sha256), or
//                                                              //   signatureStored("") with errorString; the
//                                                              //   kiosk stores it on its staff thread (setWorker)
//   Submission.submit(form.caseJson(), "self")                 // a villager alone
//   Submission.submit(form.caseJson(), "agent", "id_card")     // clerk logged in, card was read
//   Submission.submit(form.caseJson(), "agent", "signature", sha256)
//   → true: Submission.lastCaseId, Submission.lastState ("awaiting_approval" | "queued");
//     false: Submission.errorString / errorCode (workflow.consent_required, workflow.agent_not_allowed, ...)
//   Submission.initialState(serviceId)   // what a submission of this service will become
#pragma once

#include "workflow/submissionservice.h"

#include <QObject>
#include <QPointer>
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
    /** A signature is being stored. */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    SubmissionController(SubmissionService &service, StaffSession &session, QObject *parent = nullptr);

    QString lastCaseId() const { return m_lastCaseId; }
    QString lastState() const { return m_lastState; }
    QString errorString() const { return m_error.message; }
    QString errorCode() const { return m_error.code; }
    bool busy() const { return m_pending > 0; }

    /** Signatures are stored (an encrypted blob, a synchronous commit) on `context`'s thread through
     *  `writer`, a service over that thread's own connection; stop that thread before destroying this. */
    void setWorker(SubmissionService *writer, QObject *context);

    /** `caseJson`: FormController.caseJson() (service_id, applicant, fields, attachments...). */
    Q_INVOKABLE bool submit(const QVariantMap &caseJson, const QString &channel, const QString &consentMethod = {},
                            const QString &signatureSha256 = {});
    /** A "data:image/png;base64,..." URL (Canvas.toDataURL) or raw base64 PNG; then one
     *  signatureStored(sha256) once the blob's commit returned ("" when it failed: errorString). Without a
     *  worker, before the call returns. */
    Q_INVOKABLE void storeSignature(const QString &dataUrl);
    Q_INVOKABLE QString initialState(const QString &serviceId) const;

Q_SIGNALS:
    void submitted(const QString &caseId);
    void errorChanged();
    void busyChanged();
    void signatureStored(const QString &sha256);

private:
    bool report(const Error &error);
    void signatureDone(const Result<QString> &sha);
    SubmissionService &m_service;
    SubmissionService *m_writer = nullptr;
    QPointer<QObject> m_context;
    int m_pending = 0;
    StaffSession &m_session;
    QString m_lastCaseId;
    QString m_lastState;
    Error m_error;
};

} // namespace bianmin
