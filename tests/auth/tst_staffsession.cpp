// The staff session of the kiosk: it ends by itself after the idle timeout (and the screen is told to
// clear), a touch keeps it alive, and the AuthController's login, first-run and staff pages obey the
// permission table.
#include "authtesthelpers.h"

#include "authcontroller.h"
#include "staffsession.h"

#include <QMouseEvent>
#include <QSignalSpy>

using namespace bianmin;
using namespace bianmin::test;

class TestStaffSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_n = 0;

private slots:
    void endsAfterIdleTimeout()
    {
        ManualClock clock(testStart());
        StaffSession session(clock, 300);
        QSignalSpy ended(&session, &StaffSession::ended);
        session.start(account(QStringLiteral("c1"), Role::Clerk));
        QVERIFY(session.isActive());
        QCOMPARE(session.staffId(), QStringLiteral("c1"));
        QVERIFY(session.can(QStringLiteral("case.submit_agent")));
        QVERIFY(!session.can(QStringLiteral("case.decide")));

        clock.advanceSeconds(299);
        QVERIFY(!session.checkIdle());
        QCOMPARE(session.secondsLeft(), 1);
        session.touch(); // the clerk is still working
        clock.advanceSeconds(299);
        QVERIFY(!session.checkIdle());
        QVERIFY(ended.isEmpty());
        clock.advanceSeconds(1);
        QVERIFY(session.checkIdle());
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().toString(), QStringLiteral("idle"));
        QVERIFY(!session.isActive());
        QCOMPARE(session.staffId(), QString()); // nothing of the staff member left for the next person
        QVERIFY(!session.can(QStringLiteral("case.submit_agent")));
        QCOMPARE(session.require(Permission::SubmitForVillager).error().code, QStringLiteral("auth.no_session"));
    }

    void timerEndsRealSession()
    {
        SystemClock clock;
        StaffSession session(clock, 1);
        QSignalSpy ended(&session, &StaffSession::ended);
        session.start(account(QStringLiteral("c1"), Role::Clerk));
        QVERIFY(ended.wait(5000)); // the session's own once-a-second check, no test code calling it
        QCOMPARE(ended.first().first().toString(), QStringLiteral("idle"));
    }

    void inputEventsTouch()
    {
        ManualClock clock(testStart());
        StaffSession session(clock, 60);
        QObject window;
        session.watchInput(&window);
        session.start(account(QStringLiteral("c1"), Role::Clerk));
        clock.advanceSeconds(50);
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(1, 1), QPointF(1, 1), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &press);
        clock.advanceSeconds(50);
        QVERIFY(!session.checkIdle());
        clock.advanceSeconds(11);
        QVERIFY(session.checkIdle());
    }

    void controllerLoginAndStaffPages()
    {
        ManualClock clock(testStart());
        Kiosk k(m_tmp.filePath(QStringLiteral("k%1").arg(++m_n)), clock);
        QVERIFY(k.init());
        AuthController auth(*k.staff, clock);
        QVERIFY(auth.needsFirstSupervisor());
        QVERIFY(!auth.login(QStringLiteral("boss"), QStringLiteral("123456")));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.unknown_staff"));

        QVERIFY(!auth.createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("1234")));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.bad_pin"));
        QVERIFY(auth.createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("123456")));
        QVERIFY(!auth.needsFirstSupervisor());
        QVERIFY(auth.session()->isActive());
        QCOMPARE(auth.session()->role(), QStringLiteral("supervisor"));
        // The first-run path is closed once a supervisor exists.
        QVERIFY(!auth.createFirstSupervisor(QStringLiteral("boss2"), QStringLiteral("x"), QStringLiteral("123456")));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.forbidden"));

        QVERIFY(auth.addStaff(QStringLiteral("clerk1"), QStringLiteral("李代办"), QStringLiteral("clerk"),
                              QStringLiteral("111111")));
        QVERIFY(!auth.addStaff(QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("admin"), QStringLiteral("111111")));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.bad_role"));
        QCOMPARE(auth.staffList().size(), 2);
        QVERIFY(!auth.setStaffDisabled(QStringLiteral("boss"), true));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.self"));

        // A clerk may not manage staff.
        QSignalSpy ended(auth.session(), &StaffSession::ended);
        QVERIFY(auth.login(QStringLiteral("clerk1"), QStringLiteral("111111")));
        QCOMPARE(ended.size(), 1); // the supervisor's session ended when the clerk logged in
        QVERIFY(auth.staffList().isEmpty());
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.forbidden"));
        QVERIFY(!auth.resetPin(QStringLiteral("boss"), QStringLiteral("000000")));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.forbidden"));
        auth.logout();
        QVERIFY(!auth.session()->isActive());
        QVERIFY(!auth.login(QStringLiteral("clerk1"), QStringLiteral("222222")));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.wrong_pin"));
    }

    void loginSaysAttemptsAndMinutesLeft()
    {
        // The login page's message needs the numbers: wrong PINs left, then the minutes of the lock.
        ManualClock clock(testStart());
        Kiosk k(m_tmp.filePath(QStringLiteral("k%1").arg(++m_n)), clock);
        QVERIFY(k.init());
        AuthController auth(*k.staff, clock);
        QVERIFY(auth.createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("123456")));
        QVERIFY(auth.addStaff(QStringLiteral("clerk1"), QStringLiteral("李代办"), QStringLiteral("clerk"),
                              QStringLiteral("111111")));
        auth.logout();
        for (int left = 4; left >= 1; --left) {
            QVERIFY(!auth.login(QStringLiteral("clerk1"), QStringLiteral("999999")));
            QCOMPARE(auth.errorCode(), QStringLiteral("auth.wrong_pin"));
            QCOMPARE(auth.attemptsLeft(), left);
            QCOMPARE(auth.lockedMinutesLeft(), 0);
        }
        QVERIFY(!auth.login(QStringLiteral("clerk1"), QStringLiteral("999999")));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.locked"));
        QCOMPARE(auth.lockedMinutesLeft(), 15);
        clock.advanceSeconds(10 * 60 + 1);
        QVERIFY(!auth.login(QStringLiteral("clerk1"), QStringLiteral("111111")));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.locked"));
        QCOMPARE(auth.lockedMinutesLeft(), 5); // 4 min 59 s, rounded up
        clock.advanceSeconds(5 * 60);
        QVERIFY(auth.login(QStringLiteral("clerk1"), QStringLiteral("111111")));
        QCOMPARE(auth.lockedMinutesLeft(), 0);
    }
};

QTEST_MAIN(TestStaffSession)
#include "tst_staffsession.moc"
