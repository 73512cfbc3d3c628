// QML module Bianmin.Workflow 1.0: the approver's and the clerk's case lists on the staff pages. Uses the
// logged-in StaffSession (Bianmin.Auth) for who is acting; refreshes itself when the session starts or
// ends, and forgets every case when it ends so nothing stays on screen for the next person.
//
//   Approvals.cases        // waiting for a step this approver may decide, oldest first:
//                          // [{caseId, caseNumber, serviceId, serviceName, step, stepName, stepNumber,
//                          //   stepCount, applicantName, idNumberMasked, submittedAt, clerk (staff id),
//                          //   clerkName, channel}]
//   Approvals.details(caseId)   // {…the row…, phone, address, fields, attachments: [{sha256, kind, mime,
//                               //  bytes}], approvals: [{step, stepName, staffId, staffName, decision, at,
//                               //  note}], consent}
//   Approvals.approve(caseId, step, note) / Approvals.reject(caseId, step, note)
//   Approvals.returned     // the clerk's cases an approver sent back, with the note (clerk, supervisor):
//                          // the row plus {rejectedBy (staff id), rejectedByName, rejectedAt, step, note}
//   Approvals.resubmit(caseId, note)
//   → finished(action, caseId, ok) once the decision's commit returned (not ok: errorString / errorCode,
//     e.g. workflow.already_decided); `busy` meanwhile. The kiosk commits on its staff store thread
//     (setWorker) so the UI never waits for the synchronous commit; without a worker it happens before
//     the call returns.
#pragma once

#include "workflow/caseworkflow.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace bianmin {

class StaffDirectory;
class StaffSession;

class ApprovalController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ApprovalController is provided by the application")
    Q_PROPERTY(QVariantList cases READ cases NOTIFY casesChanged)
    Q_PROPERTY(QVariantList returned READ returned NOTIFY casesChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** A decision is being committed (the review page disables its buttons until finished()). */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    ApprovalController(CaseWorkflow &workflow, StaffSession &session, QObject *parent = nullptr);

    QVariantList cases() const { return m_cases; }
    QVariantList returned() const { return m_returned; }
    QString errorString() const { return m_error.message; }
    QString errorCode() const { return m_error.code; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool busy() const { return m_pending > 0; }

    /** Decisions are committed on `context`'s thread through `writer`, a workflow over that thread's own
     *  connection to the same data directory; the lists and details are still read here. Both must
     *  outlive every decision sent, i.e. stop that thread before destroying this controller. */
    void setWorker(CaseWorkflow *writer, QObject *context);
    /** Names the staff on the pages (`clerkName`, `rejectedByName`, a decision's `staffName`): the display
     *  name, with the staff id beside it where two people share that name; the id alone for someone the
     *  directory does not know. Read on this thread; without a directory the id is the name. */
    void setStaffDirectory(const StaffDirectory *directory) { m_directory = directory; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE QVariantMap details(const QString &caseId);
    // Each ends with exactly one finished(<its name>, caseId, ok), after the lists were read again.
    Q_INVOKABLE void approve(const QString &caseId, const QString &step, const QString &note = {});
    Q_INVOKABLE void reject(const QString &caseId, const QString &step, const QString &note);
    Q_INVOKABLE void resubmit(const QString &caseId, const QString &note = {});

Q_SIGNALS:
    void casesChanged();
    void errorChanged();
    void languageChanged();
    void busyChanged();
    void finished(const QString &action, const QString &caseId, bool ok);

private:
    using Work = std::function<Error(CaseWorkflow &)>;
    /** Runs `work` on the worker (or here without one), then finish() here. */
    void run(const QString &action, const QString &caseId, Work work);
    void finish(const QString &action, const QString &caseId, const Error &error);
    bool report(const Error &error);
    bool ok() { return report(Error()); }
    void clear();
    /** The case as the lists show it; `names` (staffNames()) names its clerk. */
    QVariantMap row(const CaseRecord &record, const QHash<QString, QString> &names) const;
    /** staff id -> what the pages call them (setStaffDirectory), for one refresh or one details(). */
    QHash<QString, QString> staffNames() const;
    CaseWorkflow &m_workflow;
    CaseWorkflow *m_writer = nullptr;
    QPointer<QObject> m_context;
    int m_pending = 0;
    StaffSession &m_session;
    const StaffDirectory *m_directory = nullptr;
    QVariantList m_cases;
    QVariantList m_returned;
    Error m_error;
    QString m_language = QStringLiteral("zh_CN");
};

} // namespace bianmin
