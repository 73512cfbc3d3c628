#include "approvalcontroller.h"

#include "staffsession.h"

#include "auth/staffdirectory.h"
#include "core/ids.h"
#include "core/residentid.h"
#include "store/casestore.h"

#include <QJsonArray>
#include <QVariantMap>

namespace bianmin {

ApprovalController::ApprovalController(CaseWorkflow &workflow, StaffSession &session, QObject *parent)
    : QObject(parent), m_workflow(workflow), m_session(session)
{
    connect(&m_session, &StaffSession::started, this, &ApprovalController::refresh);
    connect(&m_session, &StaffSession::ended, this, [this] { clear(); });
}

void ApprovalController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    if (m_session.isActive())
        refresh();
}

bool ApprovalController::report(const Error &error)
{
    if (error.code != m_error.code || error.message != m_error.message) {
        m_error = error;
        Q_EMIT errorChanged();
    }
    return error.code.isEmpty();
}

void ApprovalController::clear()
{
    m_cases.clear();
    m_returned.clear();
    Q_EMIT casesChanged();
    report(Error());
}

QVariantMap ApprovalController::row(const CaseRecord &record, const QHash<QString, QString> &names) const
{
    const QString clerk = record.agent.staffId;
    const auto policy = m_workflow.policy(record.serviceId);
    const QString caseNumber = caseNumberOf(record.id);
    return {{QStringLiteral("caseId"), record.id},
            {QStringLiteral("caseNumber"), caseNumber},
            {QStringLiteral("serviceId"), record.serviceId},
            {QStringLiteral("serviceName"), policy ? policy->name(m_language) : record.serviceId},
            {QStringLiteral("applicantName"), record.applicant.name},
            {QStringLiteral("idNumberMasked"), maskIdNumber(record.applicant.idNumber)},
            {QStringLiteral("submittedAt"), record.submittedAt},
            {QStringLiteral("channel"), record.channel},
            {QStringLiteral("clerk"), clerk},
            {QStringLiteral("clerkName"), names.value(clerk, clerk)},
            {QStringLiteral("state"), caseStateName(record.state)}};
}

QHash<QString, QString> ApprovalController::staffNames() const
{
    QHash<QString, QString> names;
    const auto staff = m_directory ? m_directory->list() : Result<QList<StaffAccount>>(QList<StaffAccount>());
    if (!staff)
        return names;
    QHash<QString, int> uses;
    for (const StaffAccount &a : *staff)
        ++uses[a.displayName];
    const bool english = m_language.startsWith(QLatin1String("en"));
    for (const StaffAccount &a : *staff) {
        if (a.displayName.isEmpty())
            names.insert(a.id, a.id);
        else if (uses.value(a.displayName) > 1) // two 张主任: the id tells them apart
            names.insert(a.id, english ? QStringLiteral("%1 (%2)").arg(a.displayName, a.id)
                                       : QStringLiteral("%1（%2）").arg(a.displayName, a.id));
        else
            names.insert(a.id, a.displayName);
    }
    return names;
}

void ApprovalController::refresh()
{
    m_cases.clear();
    m_returned.clear();
    if (m_session.can(Permission::DecideApproval)) {
        const StaffAccount &me = m_session.account();
        const auto pending = m_workflow.awaitingApproval(&me);
        if (!pending) {
            report(pending.error());
        } else {
            const QHash<QString, QString> names = pending->isEmpty() ? QHash<QString, QString>() : staffNames();
            for (const PendingApproval &p : *pending) {
                QVariantMap r = row(p.record, names);
                r.insert(QStringLiteral("step"), p.step.id);
                r.insert(QStringLiteral("stepName"), p.step.name(m_language));
                r.insert(QStringLiteral("stepNumber"), p.stepNumber);
                r.insert(QStringLiteral("stepCount"), p.stepCount);
                m_cases << r;
            }
        }
    }
    if (m_session.can(Permission::ResubmitCase)) {
        // A clerk sees what was sent back to them; a supervisor sees everyone's.
        const QString clerk = m_session.account().role == Role::Clerk ? m_session.staffId() : QString();
        const auto back = m_workflow.returnedToClerk(clerk);
        if (back) {
            const QHash<QString, QString> names = back->isEmpty() ? QHash<QString, QString>() : staffNames();
            for (const CaseRecord &c : *back) {
                QVariantMap r = row(c, names);
                const Approval &last = c.approvals.constLast();
                r.insert(QStringLiteral("rejectedBy"), last.staffId);
                r.insert(QStringLiteral("rejectedByName"), names.value(last.staffId, last.staffId));
                r.insert(QStringLiteral("rejectedAt"), last.at);
                r.insert(QStringLiteral("step"), last.step);
                r.insert(QStringLiteral("note"), last.note);
                m_returned << r;
            }
        } else {
            report(back.error());
        }
    }
    Q_EMIT casesChanged();
}

QVariantMap ApprovalController::details(const QString &caseId)
{
    m_session.touch();
    if (const Status s = m_session.require(Permission::ViewPersonalData); !s) {
        report(s.error());
        return {};
    }
    const auto record = m_workflow.caseRecord(caseId);
    if (!record) {
        report(record.error());
        return {};
    }
    const QHash<QString, QString> names = staffNames();
    QVariantMap d = row(*record, names);
    d.insert(QStringLiteral("phone"), record->applicant.phone);
    d.insert(QStringLiteral("address"), record->applicant.address);
    d.insert(QStringLiteral("fields"), record->fields.toVariantMap());
    QVariantList attachments;
    for (const Attachment &a : record->attachments)
        attachments << QVariantMap{{QStringLiteral("sha256"), a.sha256},
                                   {QStringLiteral("kind"), a.kind},
                                   {QStringLiteral("mime"), a.mime},
                                   {QStringLiteral("bytes"), a.bytes}};
    d.insert(QStringLiteral("attachments"), attachments);
    const auto policy = m_workflow.policy(record->serviceId);
    auto stepName = [&policy, this](const QString &step) {
        if (policy)
            for (const ApprovalChainStep &s : policy->chain)
                if (s.id == step)
                    return s.name(m_language);
        return step; // a step the catalogue no longer has
    };
    QVariantList approvals;
    for (const Approval &a : record->approvals)
        approvals << QVariantMap{{QStringLiteral("step"), a.step},
                                 {QStringLiteral("stepName"), stepName(a.step)},
                                 {QStringLiteral("staffId"), a.staffId},
                                 {QStringLiteral("staffName"), names.value(a.staffId, a.staffId)},
                                 {QStringLiteral("decision"), a.decision},
                                 {QStringLiteral("at"), a.at},
                                 {QStringLiteral("note"), a.note}};
    d.insert(QStringLiteral("approvals"), approvals);
    d.insert(QStringLiteral("consent"), QVariantMap{{QStringLiteral("method"), record->agent.consent.method},
                                                    {QStringLiteral("at"), record->agent.consent.at},
                                                    {QStringLiteral("blob"), record->agent.consent.blob}});
    report(Error());
    return d;
}

void ApprovalController::setWorker(CaseWorkflow *writer, QObject *context)
{
    m_writer = writer;
    m_context = context;
}

void ApprovalController::run(const QString &action, const QString &caseId, Work work)
{
    if (!m_context || !m_writer) {
        finish(action, caseId, work(m_workflow));
        return;
    }
    if (m_pending++ == 0)
        Q_EMIT busyChanged();
    // The worker thread stops before this controller goes (setWorker), so `this` is alive for the answer.
    QMetaObject::invokeMethod(m_context, [this, action, caseId, work, writer = m_writer] {
        const Error error = work(*writer);
        QMetaObject::invokeMethod(this, [this, action, caseId, error] {
            if (--m_pending == 0)
                Q_EMIT busyChanged();
            finish(action, caseId, error);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ApprovalController::finish(const QString &action, const QString &caseId, const Error &error)
{
    refresh();
    Q_EMIT finished(action, caseId, report(error));
}

void ApprovalController::approve(const QString &caseId, const QString &step, const QString &note)
{
    const QString action = QStringLiteral("approve");
    m_session.touch();
    if (const Status s = m_session.require(Permission::DecideApproval); !s) {
        report(s.error());
        Q_EMIT finished(action, caseId, false);
        return;
    }
    run(action, caseId, [caseId, step, me = m_session.account(), note](CaseWorkflow &workflow) {
        const auto r = workflow.approve(caseId, step, me, note);
        return r ? Error() : r.error();
    });
}

void ApprovalController::reject(const QString &caseId, const QString &step, const QString &note)
{
    const QString action = QStringLiteral("reject");
    m_session.touch();
    if (const Status s = m_session.require(Permission::DecideApproval); !s) {
        report(s.error());
        Q_EMIT finished(action, caseId, false);
        return;
    }
    run(action, caseId, [caseId, step, me = m_session.account(), note](CaseWorkflow &workflow) {
        const auto r = workflow.reject(caseId, step, me, note);
        return r ? Error() : r.error();
    });
}

void ApprovalController::resubmit(const QString &caseId, const QString &note)
{
    const QString action = QStringLiteral("resubmit");
    m_session.touch();
    if (!m_session.isActive()) {
        report(m_session.require(Permission::ResubmitCase).error());
        Q_EMIT finished(action, caseId, false);
        return;
    }
    run(action, caseId, [caseId, me = m_session.account(), note](CaseWorkflow &workflow) {
        const auto r = workflow.resubmit(caseId, me, note);
        return r ? Error() : r.error();
    });
}

} // namespace bianmin
