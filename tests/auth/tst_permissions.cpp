// The role × permission table: every combination, against the policy written out here independently
// (issue 6: clerks submit, approvers decide, supervisors manage people and exceptions, technicians
// configure and diagnose and never see personal data).
#include "auth/permissions.h"
#include "auth/staffdirectory.h"

#include <QtTest>

using namespace bianmin;

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void table_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<bool>("allowed");
        const QHash<QString, QStringList> allowed = {
            {QStringLiteral("clerk"), {"case.submit_agent", "case.view", "case.resubmit"}},
            {QStringLiteral("approver"), {"case.view", "case.decide"}},
            {QStringLiteral("supervisor"),
             {"case.submit_agent", "case.view", "case.resubmit", "case.handle_refused", "receipt.reprint",
              "staff.manage", "sync.run", "audit.verify"}},
            {QStringLiteral("technician"), {"kiosk.configure", "kiosk.diagnostics", "sync.run", "audit.verify"}},
        };
        const QStringList permissions = {"case.submit_agent", "case.view",      "case.decide",
                                         "case.resubmit",     "case.handle_refused", "receipt.reprint",
                                         "staff.manage",      "kiosk.configure", "kiosk.diagnostics",
                                         "sync.run",          "audit.verify"};
        QCOMPARE(permissions.size(), allPermissions().size()); // a new permission must be added here too
        QCOMPARE(allRoleNames(), QStringList({"clerk", "approver", "supervisor", "technician"}));
        for (const QString &role : allRoleNames())
            for (const QString &p : permissions)
                QTest::addRow("%s × %s", qPrintable(role), qPrintable(p)) << role << p << allowed[role].contains(p);
    }
    void table()
    {
        QFETCH(QString, role);
        QFETCH(QString, permission);
        QFETCH(bool, allowed);
        const auto r = roleFromName(role);
        const auto p = permissionFromName(permission);
        QVERIFY(r && p);
        QCOMPARE(roleAllows(*r, *p), allowed);
        const Status s = checkPermission(*r, *p);
        QCOMPARE(s.ok(), allowed);
        if (!allowed) {
            QCOMPARE(s.error().code, QStringLiteral("auth.forbidden"));
            QVERIFY(s.error().message.contains(role));
        }
        // A disabled account may do nothing at all.
        StaffAccount a;
        a.role = *r;
        QCOMPARE(a.can(*p), allowed);
        a.disabled = true;
        QVERIFY(!a.can(*p));
    }
    void technicianNeverSeesPersonalData()
    {
        QVERIFY(!roleAllows(Role::Technician, Permission::ViewPersonalData));
        QVERIFY(!roleAllows(Role::Technician, Permission::DecideApproval));
        QVERIFY(!roleAllows(Role::Technician, Permission::SubmitForVillager));
    }
    void perStepRights()
    {
        StaffAccount village;
        village.role = Role::Approver;
        village.steps = {QStringLiteral("village_approver")};
        QVERIFY(village.mayDecideStep(QStringLiteral("village_committee"), QStringLiteral("village_approver")));
        QVERIFY(!village.mayDecideStep(QStringLiteral("town_civil_affairs"), QStringLiteral("town_approver")));
        StaffAccount any;
        any.role = Role::Approver;
        QVERIFY(any.mayDecideStep(QStringLiteral("town_civil_affairs"), QStringLiteral("town_approver")));
        any.role = Role::Supervisor; // supervisors manage exceptions but never sign off a step
        QVERIFY(!any.mayDecideStep(QStringLiteral("town_civil_affairs"), QStringLiteral("town_approver")));
    }
    void roleNamesRoundTrip()
    {
        for (Role r : allRoles())
            QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
        QCOMPARE(roleFromName(QStringLiteral("Supervisor")), std::optional<Role>(Role::Supervisor));
        QVERIFY(!roleFromName(QStringLiteral("admin")));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
