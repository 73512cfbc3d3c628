// The QML side of Bianmin.Auth and Bianmin.Workflow as the kiosk pages use it: a QML document calls the
// controllers the application publishes (login, the approver's list, approve, "Where is my case?") and
// reacts to the session's `ended` signal, on a real kiosk.db.
#include "../auth/authtesthelpers.h"

#include "approvalcontroller.h"
#include "authcontroller.h"
#include "caselookupcontroller.h"
#include "submissioncontroller.h"
#include "workflow/caselookup.h"
#include "workflow/caseworkflow.h"
#include "workflow/submissionservice.h"

#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>

using namespace bianmin;
using namespace bianmin::test;

namespace {

/** A clerk 李代办 (li) and three approvers: 王主任 (wang) and two called 张主任 (zhang1, zhang2), all PIN 111111. */
bool addNamedStaff(Kiosk &k)
{
    const QList<std::pair<StaffAccount, QString>> people{
        {account(QStringLiteral("li"), Role::Clerk), QStringLiteral("李代办")},
        {account(QStringLiteral("zhang1"), Role::Approver), QStringLiteral("张主任")},
        {account(QStringLiteral("zhang2"), Role::Approver), QStringLiteral("张主任")}, // the same name twice
        {account(QStringLiteral("wang"), Role::Approver), QStringLiteral("王主任")}};
    for (auto [person, name] : people) {
        person.displayName = name;
        if (!k.staff->add(person, QStringLiteral("111111"), QStringLiteral("t")).ok())
            return false;
    }
    return true;
}

} // namespace

class TestWorkflowQml : public QObject
{
    Q_OBJECT
private slots:
    void pagesDriveTheControllers()
    {
        QTemporaryDir tmp;
        ManualClock clock(testStart());
        Kiosk k(tmp.filePath(QStringLiteral("k")), clock);
        QVERIFY(k.init());
        QVERIFY(k.staff->add(account(QStringLiteral("li"), Role::Clerk), QStringLiteral("111111"), QStringLiteral("t")).ok());
        QVERIFY(k.staff->add(account(QStringLiteral("cun"), Role::Approver), QStringLiteral("222222"), QStringLiteral("t")).ok());
        ServicePolicy policy;
        policy.serviceId = QStringLiteral("old_age_allowance");
        policy.nameZh = QStringLiteral("高龄津贴");
        policy.agentAllowed = true;
        policy.chain = {ApprovalChainStep{QStringLiteral("village_committee"), QStringLiteral("village_approver"),
                                          QStringLiteral("村委会评议"), QStringLiteral("Village committee review")}};
        const ServicePolicyLookup policies = policyLookup({policy});

        // What main.cpp does: build the services, publish the controllers.
        AuthController auth(*k.staff, clock);
        SubmissionService submissions(*k.store, policies);
        CaseWorkflow workflow(*k.store, policies);
        CaseLookup lookup(k.store->cases(), policies);
        SubmissionController submission(submissions, *auth.session());
        ApprovalController approvals(workflow, *auth.session());
        CaseLookupController whereIsMyCase(lookup);
        QQmlEngine engine;
        engine.rootContext()->setContextProperty(QStringLiteral("Auth"), &auth);
        engine.rootContext()->setContextProperty(QStringLiteral("Submission"), &submission);
        engine.rootContext()->setContextProperty(QStringLiteral("Approvals"), &approvals);
        engine.rootContext()->setContextProperty(QStringLiteral("CaseLookup"), &whereIsMyCase);

        QQmlComponent page(&engine);
        page.setData(R"(
            import QtQuick
            QtObject {
                property string screen: "start"
                property var log: []
                property Connections onEnd: Connections {
                    target: Auth.session
                    function onEnded(reason) { screen = "cleared:" + reason }
                }
                function clerkSubmits() {
                    Auth.login("li", "111111") // without a worker: done before it returns
                    if (!Auth.session.active) return "login: " + Auth.errorCode
                    screen = "clerk"
                    var form = { service_id: "old_age_allowance",
                                 applicant: { name: "向桂芝", id_number: "11010519491231002X" }, fields: {} }
                    if (Submission.submit(form, "agent", ""))
                        return "submitted without consent"
                    var noConsent = Submission.errorCode
                    if (!Submission.submit(form, "agent", "id_card")) return "submit: " + Submission.errorString
                    return noConsent + " " + Submission.lastState
                }
                function approverDecides() {
                    Auth.login("cun", "222222")
                    if (!Auth.session.active) return "login: " + Auth.errorCode
                    if (Approvals.cases.length !== 1) return "cases: " + Approvals.cases.length
                    var row = Approvals.cases[0]
                    var d = Approvals.details(row.caseId)
                    if (d.consent.method !== "id_card") return "consent: " + d.consent.method
                    Approvals.approve(row.caseId, row.step, "同意")
                    if (Approvals.errorString !== "") return "approve: " + Approvals.errorString
                    return row.stepName + " " + row.idNumberMasked + " " + Approvals.cases.length
                }
                function villagerAsks() {
                    if (!CaseLookup.lookupIdNumber("11010519491231002x")) return CaseLookup.errorCode
                    var r = CaseLookup.results[0]
                    return r.maskedName + " " + r.maskedIdNumber + " " + r.state + " " + r.stateLabel
                }
            }
        )", QUrl(QStringLiteral("qrc:/test/Page.qml")));
        std::unique_ptr<QObject> root(page.create());
        QVERIFY2(root, qPrintable(page.errorString()));

        QVariant result;
        QVERIFY(QMetaObject::invokeMethod(root.get(), "clerkSubmits", Q_RETURN_ARG(QVariant, result)));
        QCOMPARE(result.toString(), QStringLiteral("workflow.consent_required awaiting_approval"));

        // The clerk walks away: the idle check ends the session and the page clears itself.
        clock.advanceSeconds(k.staff->policy().idleTimeoutSeconds);
        QVERIFY(auth.session()->checkIdle());
        QCOMPARE(root->property("screen").toString(), QStringLiteral("cleared:idle"));

        QVERIFY(QMetaObject::invokeMethod(root.get(), "approverDecides", Q_RETURN_ARG(QVariant, result)));
        QCOMPARE(result.toString(), QStringLiteral("村委会评议 110105********002X 0"));
        auth.logout();
        QVERIFY(approvals.cases().isEmpty()); // nothing left on screen after logout

        QVERIFY(QMetaObject::invokeMethod(root.get(), "villagerAsks", Q_RETURN_ARG(QVariant, result)));
        QCOMPARE(result.toString(), QStringLiteral("向** 110105********002X queued 等待上报县里"));
    }

    void returnedCasesNameTheApprover()
    {
        QTemporaryDir tmp;
        ManualClock clock(testStart());
        Kiosk k(tmp.filePath(QStringLiteral("k")), clock);
        QVERIFY(k.init());
        QVERIFY(addNamedStaff(k));
        ServicePolicy policy;
        policy.serviceId = QStringLiteral("old_age_allowance");
        policy.agentAllowed = true;
        policy.chain = {ApprovalChainStep{QStringLiteral("village_committee"), QStringLiteral("village_approver"),
                                          QStringLiteral("村委会评议"), QStringLiteral("Village committee review")}};
        const ServicePolicyLookup policies = policyLookup({policy});
        SubmissionService submissions(*k.store, policies);
        CaseWorkflow workflow(*k.store, policies);
        const StaffAccount clerk = k.staff->get(QStringLiteral("li")).value();
        QHash<QString, QString> rejectedBy; // case id -> approver id
        for (const QString &approver : {QStringLiteral("zhang1"), QStringLiteral("wang")}) {
            CaseRecord c;
            c.serviceId = policy.serviceId;
            c.applicant.name = QStringLiteral("王小明");
            c.applicant.idNumber = QStringLiteral("11010519491231002X");
            c.channel = QStringLiteral("agent");
            c.agent.consent.method = QStringLiteral("id_card");
            const auto submitted = submissions.submit(c, &clerk);
            QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().message));
            QVERIFY(workflow.reject(submitted->id, QStringLiteral("village_committee"),
                                    k.staff->get(approver).value(), QStringLiteral("缺户口本")).ok());
            rejectedBy.insert(submitted->id, approver);
        }

        AuthController auth(*k.staff, clock);
        ApprovalController approvals(workflow, *auth.session());
        approvals.setStaffDirectory(k.staff.get());
        auth.login(QStringLiteral("li"), QStringLiteral("111111"));
        QVERIFY(auth.session()->isActive());
        QCOMPARE(approvals.returned().size(), 2);
        for (const QVariant &v : approvals.returned()) {
            const QVariantMap row = v.toMap();
            const QString approver = rejectedBy.value(row.value(QStringLiteral("caseId")).toString());
            QCOMPARE(row.value(QStringLiteral("rejectedBy")).toString(), approver);
            // 王主任 is the only one of that name; the two 张主任 need their ids beside the name.
            QCOMPARE(row.value(QStringLiteral("rejectedByName")).toString(),
                     approver == QLatin1String("wang") ? QStringLiteral("王主任") : QStringLiteral("张主任（zhang1）"));
        }
        approvals.setLanguage(QStringLiteral("en"));
        for (const QVariant &v : approvals.returned()) {
            if (v.toMap().value(QStringLiteral("rejectedBy")).toString() == QLatin1String("zhang1"))
                QCOMPARE(v.toMap().value(QStringLiteral("rejectedByName")).toString(), QStringLiteral("张主任 (zhang1)"));
        }
    }

    void approverSeesTheClerkAndTheDecisionsByName()
    {
        QTemporaryDir tmp;
        ManualClock clock(testStart());
        Kiosk k(tmp.filePath(QStringLiteral("k")), clock);
        QVERIFY(k.init());
        QVERIFY(addNamedStaff(k));
        ServicePolicy policy;
        policy.serviceId = QStringLiteral("old_age_allowance");
        policy.agentAllowed = true;
        policy.chain = {ApprovalChainStep{QStringLiteral("village_committee"), QStringLiteral("village_approver"),
                                          QStringLiteral("村委会评议"), QStringLiteral("Village committee review")},
                        ApprovalChainStep{QStringLiteral("town_review"), QStringLiteral("town_approver"),
                                          QStringLiteral("乡镇审核"), QStringLiteral("Town review")}};
        const ServicePolicyLookup policies = policyLookup({policy});
        SubmissionService submissions(*k.store, policies);
        CaseWorkflow workflow(*k.store, policies);
        CaseRecord c;
        c.serviceId = policy.serviceId;
        c.applicant.name = QStringLiteral("王小明");
        c.applicant.idNumber = QStringLiteral("11010519491231002X");
        c.channel = QStringLiteral("agent");
        c.agent.consent.method = QStringLiteral("id_card");
        const StaffAccount clerk = k.staff->get(QStringLiteral("li")).value();
        const auto submitted = submissions.submit(c, &clerk);
        QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().message));
        QVERIFY(workflow.approve(submitted->id, QStringLiteral("village_committee"),
                                 k.staff->get(QStringLiteral("zhang1")).value(), QStringLiteral("情况属实")).ok());

        // 王主任 decides the second step: the queue names the clerk, the review page the first approver.
        AuthController auth(*k.staff, clock);
        ApprovalController approvals(workflow, *auth.session());
        approvals.setStaffDirectory(k.staff.get());
        auth.login(QStringLiteral("wang"), QStringLiteral("111111"));
        QVERIFY(auth.session()->isActive());
        QCOMPARE(approvals.cases().size(), 1);
        const QVariantMap queued = approvals.cases().constFirst().toMap();
        QCOMPARE(queued.value(QStringLiteral("clerk")).toString(), QStringLiteral("li"));
        QCOMPARE(queued.value(QStringLiteral("clerkName")).toString(), QStringLiteral("李代办"));
        QVariantMap details = approvals.details(submitted->id);
        QCOMPARE(details.value(QStringLiteral("clerkName")).toString(), QStringLiteral("李代办"));
        QVariantList decisions = details.value(QStringLiteral("approvals")).toList();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.constFirst().toMap().value(QStringLiteral("staffId")).toString(), QStringLiteral("zhang1"));
        // Two 张主任: the id beside the name says which one approved.
        QCOMPARE(decisions.constFirst().toMap().value(QStringLiteral("staffName")).toString(), QStringLiteral("张主任（zhang1）"));
        QCOMPARE(decisions.constFirst().toMap().value(QStringLiteral("stepName")).toString(), QStringLiteral("村委会评议"));
        approvals.setLanguage(QStringLiteral("en"));
        decisions = approvals.details(submitted->id).value(QStringLiteral("approvals")).toList();
        QCOMPARE(decisions.constFirst().toMap().value(QStringLiteral("staffName")).toString(), QStringLiteral("张主任 (zhang1)"));
        QCOMPARE(decisions.constFirst().toMap().value(QStringLiteral("stepName")).toString(), QStringLiteral("Village committee review"));

        // Without a directory (or for someone it does not know) the id is all there is to show.
        ApprovalController anonymous(workflow, *auth.session());
        anonymous.refresh();
        QCOMPARE(anonymous.cases().constFirst().toMap().value(QStringLiteral("clerkName")).toString(), QStringLiteral("li"));
    }
};

QTEST_MAIN(TestWorkflowQml)
#include "tst_workflow_qml.moc"
