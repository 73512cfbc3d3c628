// Offline approval chains on a real kiosk.db: every service of the shipped catalogue walked through its
// chain by approvers with per-step rights, an audit entry per step, rejection back to the clerk and
// resubmission, consent rules for agent submissions, and two sessions (two database connections, two
// threads) approving the same step at once: exactly one wins, the other is told who did.
#include "../auth/authtesthelpers.h"

#include "forms/catalogue.h"
#include "store/auditlog.h"
#include "workflow/cataloguepolicy.h"
#include "workflow/caseworkflow.h"
#include "workflow/submissionservice.h"

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <latch>

using namespace bianmin;
using namespace bianmin::test;

namespace {

CaseRecord applicantCase(const QString &serviceId, const QString &idNumber = QStringLiteral("11010519491231002X"))
{
    CaseRecord r;
    r.serviceId = serviceId;
    r.applicant.name = QStringLiteral("王小明");
    r.applicant.idNumber = idNumber;
    r.applicant.phone = QStringLiteral("13800138000");
    r.fields.insert(QStringLiteral("note"), QStringLiteral("test"));
    return r;
}

CaseRecord agentCase(const QString &serviceId, const QString &method = QStringLiteral("id_card"))
{
    CaseRecord r = applicantCase(serviceId);
    r.channel = QStringLiteral("agent");
    r.agent.consent.method = method;
    return r;
}

ServicePolicy twoStepPolicy(bool agentAllowed = true)
{
    ServicePolicy p;
    p.serviceId = QStringLiteral("two_step");
    p.nameZh = QStringLiteral("两级审核");
    p.agentAllowed = agentAllowed;
    p.chain = {ApprovalChainStep{QStringLiteral("village_committee"), QStringLiteral("village_approver"),
                                 QStringLiteral("村委会"), QStringLiteral("Village")},
               ApprovalChainStep{QStringLiteral("town_civil_affairs"), QStringLiteral("town_approver"),
                                 QStringLiteral("乡镇民政"), QStringLiteral("Town")}};
    return p;
}

ServicePolicyLookup testPolicies()
{
    ServicePolicy direct;
    direct.serviceId = QStringLiteral("direct");
    direct.agentAllowed = true;
    ServicePolicy inPerson = twoStepPolicy(false);
    inPerson.serviceId = QStringLiteral("in_person_only");
    return policyLookup({twoStepPolicy(), direct, inPerson});
}

QString errorOf(const auto &result)
{
    return result.ok() ? QString() : result.error().code;
}

} // namespace

class TestCaseWorkflow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    ManualClock m_clock{testStart()};

    std::unique_ptr<Kiosk> freshKiosk()
    {
        auto k = std::make_unique<Kiosk>(m_tmp.filePath(QStringLiteral("k%1").arg(++m_n)), m_clock);
        if (!k->init())
            return nullptr;
        for (const auto &[id, role, steps] :
             QList<std::tuple<QString, Role, QStringList>>{{QStringLiteral("c1"), Role::Clerk, {}},
                                                           {QStringLiteral("boss"), Role::Supervisor, {}},
                                                           {QStringLiteral("tech"), Role::Technician, {}},
                                                           {QStringLiteral("v1"), Role::Approver, {QStringLiteral("village_approver")}},
                                                           {QStringLiteral("v2"), Role::Approver, {QStringLiteral("village_approver")}},
                                                           {QStringLiteral("t1"), Role::Approver, {QStringLiteral("town_approver")}}}) {
            if (!k->staff->add(account(id, role, steps), QStringLiteral("123456"), QStringLiteral("test")).ok())
                return nullptr;
        }
        return k;
    }
    std::map<QString, StaffAccount> m_accounts; // stable addresses for the calls that take a pointer
    const StaffAccount &staff(Kiosk &k, const QString &id) { return m_accounts[id] = k.staff->get(id).value(); }

private slots:
    void walkEveryCatalogueService_data()
    {
        QTest::addColumn<QString>("serviceId");
        const auto catalogue = Catalogue::loadBuiltin();
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.ok() ? QString() : catalogue.error().message));
        QVERIFY(catalogue->services().size() >= 9);
        int withChain = 0;
        for (const ServiceDefinition &s : catalogue->services()) {
            QTest::newRow(qPrintable(s.id)) << s.id;
            withChain += s.approvalChain.isEmpty() ? 0 : 1;
        }
        QVERIFY(withChain >= 3); // the walk below really exercises chains
    }
    void walkEveryCatalogueService()
    {
        QFETCH(QString, serviceId);
        auto k = freshKiosk();
        QVERIFY(k);
        const Catalogue catalogue = Catalogue::loadBuiltin().value();
        const ServiceDefinition *service = catalogue.service(serviceId);
        QVERIFY(service);
        const ServicePolicyLookup policies = cataloguePolicyLookup(catalogue);

        // One approver per step role of this service, each allowed only that role.
        for (const ApprovalStep &step : service->approvalChain)
            if (!k->staff->get(QStringLiteral("a_") + step.role).ok())
                QVERIFY(k->staff->add(account(QStringLiteral("a_") + step.role, Role::Approver, {step.role}),
                                      QStringLiteral("123456"), QStringLiteral("test")).ok());

        SubmissionService submission(*k->store, policies);
        CaseWorkflow workflow(*k->store, policies);
        const StaffAccount clerk = staff(*k, QStringLiteral("c1"));
        const int outboxBefore = k->store->cases().outboxSize().value();
        auto stored = service->agentAllowed ? submission.submit(agentCase(serviceId), &clerk)
                                            : submission.submit(applicantCase(serviceId), nullptr);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        const QString id = stored->id;
        QCOMPARE(stored->state, service->approvalChain.isEmpty() ? CaseState::Queued : CaseState::AwaitingApproval);

        for (qsizetype i = 0; i < service->approvalChain.size(); ++i) {
            const ApprovalStep &step = service->approvalChain.at(i);
            const StaffAccount approver = staff(*k, QStringLiteral("a_") + step.role);
            QCOMPARE(k->store->cases().outboxSize().value(), outboxBefore); // not queued before the last step

            // The approver sees the case at this step; the clerk and a technician cannot decide it.
            const auto mine = workflow.awaitingApproval(&approver);
            QVERIFY(mine.ok());
            QCOMPARE(mine->size(), 1);
            QCOMPARE(mine->first().step.id, step.id);
            QCOMPARE(mine->first().stepNumber, int(i + 1));
            QCOMPARE(errorOf(workflow.approve(id, step.id, clerk)), QStringLiteral("auth.forbidden"));
            QCOMPARE(errorOf(workflow.approve(id, step.id, staff(*k, QStringLiteral("tech")))), QStringLiteral("auth.forbidden"));
            QCOMPARE(errorOf(workflow.approve(id, step.id, staff(*k, QStringLiteral("boss")))), QStringLiteral("auth.forbidden"));
            // A later step cannot be decided before this one.
            if (i + 1 < service->approvalChain.size()) {
                const ApprovalStep &later = service->approvalChain.at(i + 1);
                const StaffAccount laterApprover = staff(*k, QStringLiteral("a_") + later.role);
                if (later.role != step.role)
                    QCOMPARE(errorOf(workflow.approve(id, later.id, laterApprover)), QStringLiteral("workflow.wrong_step"));
            }

            m_clock.advanceSeconds(60);
            const auto approved = workflow.approve(id, step.id, approver, QStringLiteral("核实无误"));
            QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
            const bool last = i + 1 == service->approvalChain.size();
            QCOMPARE(approved->state, last ? CaseState::Queued : CaseState::AwaitingApproval);
            QCOMPARE(approved->approvals.size(), i + 1);
            QCOMPARE(approved->approvals.last().staffId, approver.id);
            QCOMPARE(approved->approvals.last().note, QStringLiteral("核实无误"));

            // The audit entry of this step: who, when, from, to.
            const auto history = k->store->audit().entriesFor(id);
            QVERIFY(history.ok());
            const AuditEntry &e = history->last();
            QCOMPARE(e.action, QStringLiteral("case.approve"));
            QCOMPARE(e.actor, approver.id);
            QCOMPARE(e.at, m_clock.now());
            QCOMPARE(e.details.value(QStringLiteral("from")).toString(), QStringLiteral("awaiting_approval"));
            QCOMPARE(e.details.value(QStringLiteral("to")).toString(),
                     last ? QStringLiteral("queued") : QStringLiteral("awaiting_approval"));
            QCOMPARE(e.details.value(QStringLiteral("step")).toString(), step.id);
        }

        // Fully approved: in the sync queue, with the approvals in the envelope the county will get.
        const CaseRecord done = k->store->cases().get(id).value();
        QCOMPARE(done.state, CaseState::Queued);
        QCOMPARE(k->store->cases().outboxSize().value(), outboxBefore + 1);
        const QJsonArray approvals = done.toEnvelope().value(QStringLiteral("approvals")).toArray();
        QCOMPARE(approvals.size(), service->approvalChain.size());
        const auto history = k->store->audit().entriesFor(id);
        QCOMPARE(history->size(), 1 + service->approvalChain.size()); // submit + one per step
        QCOMPARE(history->first().actor, service->agentAllowed ? QStringLiteral("c1") : QStringLiteral("villager"));
        QVERIFY(k->store->audit().verify()->intact());
        QVERIFY(workflow.awaitingApproval()->isEmpty());
    }

    void rejectReturnsToClerkWithNote()
    {
        auto k = freshKiosk();
        QVERIFY(k);
        SubmissionService submission(*k->store, testPolicies());
        CaseWorkflow workflow(*k->store, testPolicies());
        const StaffAccount clerk = staff(*k, QStringLiteral("c1"));
        const StaffAccount v1 = staff(*k, QStringLiteral("v1"));
        const StaffAccount t1 = staff(*k, QStringLiteral("t1"));
        const QString id = submission.submit(agentCase(QStringLiteral("two_step")), &clerk)->id;
        QVERIFY(workflow.approve(id, QStringLiteral("village_committee"), v1).ok());
        // t1 may not decide the village step, v1 may not decide the town step.
        QCOMPARE(errorOf(workflow.approve(id, QStringLiteral("town_civil_affairs"), v1)), QStringLiteral("auth.forbidden"));
        QCOMPARE(errorOf(workflow.reject(id, QStringLiteral("town_civil_affairs"), t1, QStringLiteral(" "))),
                 QStringLiteral("workflow.note_required"));
        QCOMPARE(errorOf(workflow.approve(id, QStringLiteral("no_such_step"), t1)), QStringLiteral("workflow.unknown_step"));
        const auto rejected = workflow.reject(id, QStringLiteral("town_civil_affairs"), t1, QStringLiteral("缺少户口本复印件"));
        QVERIFY(rejected.ok());
        QCOMPARE(rejected->state, CaseState::Rejected);
        QCOMPARE(k->store->cases().outboxSize().value(), 0);

        const auto back = workflow.returnedToClerk(QStringLiteral("c1"));
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first().approvals.last().note, QStringLiteral("缺少户口本复印件"));
        QVERIFY(workflow.returnedToClerk(QStringLiteral("someone_else"))->isEmpty());

        // Decided already: a second decision names who decided.
        const auto again = workflow.approve(id, QStringLiteral("town_civil_affairs"), t1);
        QCOMPARE(errorOf(again), QStringLiteral("workflow.already_decided"));
        QVERIFY(again.error().message.contains(QStringLiteral("t1")));

        // The approver cannot resubmit; the clerk can, and the chain starts again from the first step.
        QCOMPARE(errorOf(workflow.resubmit(id, v1)), QStringLiteral("auth.forbidden"));
        const auto resubmitted = workflow.resubmit(id, clerk, QStringLiteral("已补充"));
        QVERIFY2(resubmitted.ok(), qPrintable(resubmitted.ok() ? QString() : resubmitted.error().message));
        QCOMPARE(resubmitted->state, CaseState::AwaitingApproval);
        QCOMPARE(workflow.awaitingApproval(&v1)->size(), 1);
        QVERIFY(workflow.awaitingApproval(&t1)->isEmpty());
        QVERIFY(workflow.approve(id, QStringLiteral("village_committee"), v1).ok());
        const auto queued = workflow.approve(id, QStringLiteral("town_civil_affairs"), t1);
        QVERIFY(queued.ok());
        QCOMPARE(queued->state, CaseState::Queued);
        QCOMPARE(queued->approvals.size(), 4); // approve, reject, approve, approve: the whole history
        QCOMPARE(errorOf(workflow.resubmit(id, clerk)), QStringLiteral("workflow.illegal_transition"));

        QStringList actions;
        for (const AuditEntry &e : k->store->audit().entriesFor(id).value())
            actions << e.action;
        QCOMPARE(actions, QStringList({"case.submit", "case.approve", "case.reject", "case.resubmit", "case.approve",
                                       "case.approve"}));
    }

    void refusedCaseIsForTheSupervisor()
    {
        auto k = freshKiosk();
        QVERIFY(k);
        SubmissionService submission(*k->store, testPolicies());
        CaseWorkflow workflow(*k->store, testPolicies());
        const StaffAccount clerk = staff(*k, QStringLiteral("c1"));
        const QString id = submission.submit(agentCase(QStringLiteral("direct")), &clerk)->id;
        QVERIFY(k->store->cases().markRefused(id, QStringLiteral("invalid"), QStringLiteral("bad field")).ok());
        QCOMPARE(errorOf(workflow.resubmit(id, clerk)), QStringLiteral("auth.forbidden"));
        const auto again = workflow.resubmit(id, staff(*k, QStringLiteral("boss")));
        QVERIFY(again.ok());
        QCOMPARE(again->state, CaseState::Queued);
    }

    void consentAndChannelRules()
    {
        auto k = freshKiosk();
        QVERIFY(k);
        SubmissionService submission(*k->store, testPolicies());
        const StaffAccount clerk = staff(*k, QStringLiteral("c1"));

        QCOMPARE(errorOf(submission.submit(agentCase(QStringLiteral("direct"), QString()), &clerk)),
                 QStringLiteral("workflow.consent_required"));
        QCOMPARE(errorOf(submission.submit(agentCase(QStringLiteral("direct"), QStringLiteral("nod")), &clerk)),
                 QStringLiteral("workflow.consent_required"));
        QCOMPARE(errorOf(submission.submit(agentCase(QStringLiteral("direct")), nullptr)),
                 QStringLiteral("workflow.agent_required"));
        QCOMPARE(errorOf(submission.submit(agentCase(QStringLiteral("direct")), &staff(*k, QStringLiteral("v1")))),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(errorOf(submission.submit(agentCase(QStringLiteral("direct")), &staff(*k, QStringLiteral("tech")))),
                 QStringLiteral("auth.forbidden"));
        QCOMPARE(errorOf(submission.submit(agentCase(QStringLiteral("in_person_only")), &clerk)),
                 QStringLiteral("workflow.agent_not_allowed"));
        QCOMPARE(errorOf(submission.submit(applicantCase(QStringLiteral("nonexistent")), nullptr)),
                 QStringLiteral("workflow.unknown_service"));
        CaseRecord selfWithAgent = applicantCase(QStringLiteral("direct"));
        selfWithAgent.agent.staffId = QStringLiteral("c1");
        QCOMPARE(errorOf(submission.submit(selfWithAgent, nullptr)), QStringLiteral("workflow.bad_channel"));
        CaseRecord impostor = agentCase(QStringLiteral("direct"));
        impostor.agent.staffId = QStringLiteral("boss");
        QCOMPARE(errorOf(submission.submit(impostor, &clerk)), QStringLiteral("workflow.agent_mismatch"));
        StaffAccount disabled = clerk;
        disabled.disabled = true;
        QCOMPARE(errorOf(submission.submit(agentCase(QStringLiteral("direct")), &disabled)), QStringLiteral("auth.disabled"));

        // A signature: only once the image is stored (encrypted) on this kiosk.
        QImage sig(200, 80, QImage::Format_RGB32);
        sig.fill(Qt::white);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(sig.save(&buffer, "PNG"));
        CaseRecord signedCase = agentCase(QStringLiteral("direct"), QStringLiteral("signature"));
        signedCase.agent.consent.blob = QString(64, QLatin1Char('a'));
        QCOMPARE(errorOf(submission.submit(signedCase, &clerk)), QStringLiteral("workflow.consent_blob_missing"));
        QCOMPARE(errorOf(submission.storeSignature("not a png")), QStringLiteral("workflow.bad_signature"));
        const auto sha = submission.storeSignature(png);
        QVERIFY(sha.ok());
        signedCase.agent.consent.blob = *sha;
        const auto stored = submission.submit(signedCase, &clerk);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QCOMPARE(stored->agent.staffId, QStringLiteral("c1"));
        QCOMPARE(stored->agent.consent.method, QStringLiteral("signature"));
        QCOMPARE(stored->agent.consent.at, m_clock.now());
        QCOMPARE(k->store->blobs().get(*sha).value(), png);
        QSqlQuery raw(k->store->database().sql());
        QVERIFY(raw.exec(QStringLiteral("SELECT sealed FROM blobs")));
        QVERIFY(raw.next());
        QVERIFY(!raw.value(0).toByteArray().contains(png.mid(0, 16))); // sealed, not the PNG

        // With an ID card read: the same, without a blob; the envelope names the clerk and the consent.
        const auto byCard = submission.submit(agentCase(QStringLiteral("two_step")), &clerk);
        QVERIFY(byCard.ok());
        QCOMPARE(byCard->state, CaseState::AwaitingApproval);
        const QJsonObject agent = byCard->toEnvelope().value(QStringLiteral("agent")).toObject();
        QCOMPARE(agent.value(QStringLiteral("staff_id")).toString(), QStringLiteral("c1"));
        QCOMPARE(agent.value(QStringLiteral("consent")).toObject().value(QStringLiteral("method")).toString(),
                 QStringLiteral("id_card"));
        // Self-service needs no consent and no clerk.
        QCOMPARE(submission.submit(applicantCase(QStringLiteral("direct")), nullptr)->state, CaseState::Queued);
    }

    void secondSessionIsToldWhoDecided()
    {
        auto k = freshKiosk();
        QVERIFY(k);
        const StaffAccount clerk = staff(*k, QStringLiteral("c1"));
        const QString id = SubmissionService(*k->store, testPolicies()).submit(agentCase(QStringLiteral("two_step")), &clerk)->id;
        // Session A: another connection to the same kiosk.db, opened before B decides.
        Kiosk other(k->dir.root(), m_clock);
        QVERIFY(other.open());
        CaseWorkflow a(*other.store, testPolicies());
        CaseWorkflow b(*k->store, testPolicies());
        QCOMPARE(a.awaitingApproval(&staff(*k, QStringLiteral("v1")))->size(), 1); // A sees it waiting
        QVERIFY(b.approve(id, QStringLiteral("village_committee"), staff(*k, QStringLiteral("v2"))).ok());
        const auto late = a.approve(id, QStringLiteral("village_committee"), other.staff->get(QStringLiteral("v1")).value());
        QCOMPARE(errorOf(late), QStringLiteral("workflow.already_decided"));
        QVERIFY2(late.error().message.contains(QStringLiteral("by v2")), qPrintable(late.error().message));
        QCOMPARE(k->store->cases().get(id)->approvals.size(), 1);
    }

    void concurrentApprovalExactlyOneWins()
    {
        auto k = freshKiosk();
        QVERIFY(k);
        const StaffAccount clerk = staff(*k, QStringLiteral("c1"));
        const StaffAccount v1 = staff(*k, QStringLiteral("v1"));
        const StaffAccount v2 = staff(*k, QStringLiteral("v2"));
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids << SubmissionService(*k->store, testPolicies()).submit(agentCase(QStringLiteral("two_step")), &clerk)->id;
        const QString root = k->dir.root();

        for (const QString &id : ids) {
            std::latch start(2);
            QString outcome[2];
            QString message[2];
            const StaffAccount who[2] = {v1, v2};
            QList<QThread *> threads;
            for (int t = 0; t < 2; ++t) {
                threads << QThread::create([&, t] {
                    // Each session: its own connection, opened in its own thread.
                    Kiosk session(root, m_clock);
                    if (!session.open()) {
                        outcome[t] = QStringLiteral("open failed");
                        start.count_down();
                        return;
                    }
                    CaseWorkflow workflow(*session.store, testPolicies());
                    start.arrive_and_wait();
                    const auto r = workflow.approve(id, QStringLiteral("village_committee"), who[t]);
                    outcome[t] = r.ok() ? QStringLiteral("ok") : r.error().code;
                    message[t] = r.ok() ? QString() : r.error().message;
                });
                threads.last()->start();
            }
            for (QThread *t : threads) {
                QVERIFY(t->wait(30000));
                delete t;
            }
            QCOMPARE(int(outcome[0] == QLatin1String("ok")) + int(outcome[1] == QLatin1String("ok")), 1);
            const int loser = outcome[0] == QLatin1String("ok") ? 1 : 0;
            QCOMPARE(outcome[loser], QStringLiteral("workflow.already_decided"));
            QVERIFY2(message[loser].contains(who[1 - loser].id), qPrintable(message[loser]));
            const CaseRecord r = k->store->cases().get(id).value();
            QCOMPARE(r.approvals.size(), 1);
            QCOMPARE(r.approvals.first().staffId, who[1 - loser].id);
        }
        QVERIFY(k->store->audit().verify()->intact());
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_caseworkflow.moc"
