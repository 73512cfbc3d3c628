// The staff session of the kiosk: it ends by itself after the idle timeout (and the screen is told to
// clear), a touch keeps it alive, and the AuthController's login, first-run and staff pages obey the
// permission table.
#include "authtesthelpers.h"

#include "authcontroller.h"
#include "staffsession.h"

#include <QMouseEvent>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

using namespace bianmin;
using namespace bianmin::test;

namespace {

/** Runs one request of the controller and returns the `ok` of the one finished() it ends with (at once
 *  without a worker; waited for with one). */
bool ok(AuthController &auth, const std::function<void()> &request)
{
    QSignalSpy finished(&auth, &AuthController::finished);
    request();
    if (finished.isEmpty() && !finished.wait(10000))
        return false;
    return finished.size() == 1 && finished.first().at(1).toBool();
}

} // namespace

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
        QVERIFY(!ok(auth, [&] { auth.login(QStringLiteral("boss"), QStringLiteral("123456")); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.unknown_staff"));

        QVERIFY(!ok(auth, [&] { auth.createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("1234")); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.bad_pin"));
        QVERIFY(ok(auth, [&] { auth.createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("123456")); }));
        QVERIFY(!auth.needsFirstSupervisor());
        QVERIFY(auth.session()->isActive());
        QCOMPARE(auth.session()->role(), QStringLiteral("supervisor"));
        // The first-run path is closed once a supervisor exists.
        QVERIFY(!ok(auth, [&] { auth.createFirstSupervisor(QStringLiteral("boss2"), QStringLiteral("x"), QStringLiteral("123456")); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.forbidden"));

        QVERIFY(ok(auth, [&] { auth.addStaff(QStringLiteral("clerk1"), QStringLiteral("李代办"), QStringLiteral("clerk"), QStringLiteral("111111")); }));
        QVERIFY(!ok(auth, [&] { auth.addStaff(QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("admin"), QStringLiteral("111111")); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.bad_role"));
        QCOMPARE(auth.staffList().size(), 2);
        QVERIFY(!ok(auth, [&] { auth.setStaffDisabled(QStringLiteral("boss"), true); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.self"));

        // A clerk may not manage staff.
        QSignalSpy ended(auth.session(), &StaffSession::ended);
        QVERIFY(ok(auth, [&] { auth.login(QStringLiteral("clerk1"), QStringLiteral("111111")); }));
        QCOMPARE(ended.size(), 1); // the supervisor's session ended when the clerk logged in
        QVERIFY(auth.staffList().isEmpty());
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.forbidden"));
        QVERIFY(!ok(auth, [&] { auth.resetPin(QStringLiteral("boss"), QStringLiteral("000000")); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.forbidden"));
        auth.logout();
        QVERIFY(!auth.session()->isActive());
        QVERIFY(!ok(auth, [&] { auth.login(QStringLiteral("clerk1"), QStringLiteral("222222")); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.wrong_pin"));
    }

    void loginSaysAttemptsAndMinutesLeft()
    {
        // The login page's message needs the numbers: wrong PINs left, then the minutes of the lock.
        ManualClock clock(testStart());
        Kiosk k(m_tmp.filePath(QStringLiteral("k%1").arg(++m_n)), clock);
        QVERIFY(k.init());
        AuthController auth(*k.staff, clock);
        QVERIFY(ok(auth, [&] { auth.createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("123456")); }));
        QVERIFY(ok(auth, [&] { auth.addStaff(QStringLiteral("clerk1"), QStringLiteral("李代办"), QStringLiteral("clerk"), QStringLiteral("111111")); }));
        auth.logout();
        for (int left = 4; left >= 1; --left) {
            QVERIFY(!ok(auth, [&] { auth.login(QStringLiteral("clerk1"), QStringLiteral("999999")); }));
            QCOMPARE(auth.errorCode(), QStringLiteral("auth.wrong_pin"));
            QCOMPARE(auth.attemptsLeft(), left);
            QCOMPARE(auth.lockedMinutesLeft(), 0);
        }
        QVERIFY(!ok(auth, [&] { auth.login(QStringLiteral("clerk1"), QStringLiteral("999999")); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.locked"));
        QCOMPARE(auth.lockedMinutesLeft(), 15);
        clock.advanceSeconds(10 * 60 + 1);
        QVERIFY(!ok(auth, [&] { auth.login(QStringLiteral("clerk1"), QStringLiteral("111111")); }));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.locked"));
        QCOMPARE(auth.lockedMinutesLeft(), 5); // 4 min 59 s, rounded up
        clock.advanceSeconds(5 * 60);
        QVERIFY(ok(auth, [&] { auth.login(QStringLiteral("clerk1"), QStringLiteral("111111")); }));
        QCOMPARE(auth.lockedMinutesLeft(), 0);
    }

    void workerThreadChecksAndCommitsWhileTheUiRuns()
    {
        // The kiosk's way: the directory that hashes and commits is another connection on another thread.
        // While it works the controller is busy, the caller's event loop keeps running (a 1 ms timer
        // ticks), and nothing counts as done before the answer: no session, no finished().
        ManualClock clock(testStart());
        Kiosk k(m_tmp.filePath(QStringLiteral("k%1").arg(++m_n)), clock);
        QVERIFY(k.init());
        {
            AuthController setup(*k.staff, clock);
            QVERIFY(ok(setup, [&] { setup.createFirstSupervisor(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("123456")); }));
            QVERIFY(ok(setup, [&] { setup.addStaff(QStringLiteral("clerk1"), QStringLiteral("李代办"), QStringLiteral("clerk"), QStringLiteral("111111")); }));
        }
        QThread thread;
        QObject context;
        context.moveToThread(&thread);
        thread.start();
        Kiosk worker(k.dir.root(), clock);
        bool opened = false;
        QMetaObject::invokeMethod(&context, [&] { opened = worker.open(); }, Qt::BlockingQueuedConnection);
        QVERIFY(opened);
        auto stop = qScopeGuard([&] {
            QMetaObject::invokeMethod(&context, [&] { worker.close(); context.moveToThread(qApp->thread()); },
                                      Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        });

        AuthController auth(*k.staff, clock);
        auth.setWorker(worker.staff.get(), &context);
        QSignalSpy finished(&auth, &AuthController::finished);
        QSignalSpy busy(&auth, &AuthController::busyChanged);
        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start();

        // The worker is held up first, so the in-between state can be looked at for as long as needed.
        QSemaphore hold;
        QMetaObject::invokeMethod(&context, [&] { hold.tryAcquire(1, 10000); }, Qt::QueuedConnection);
        auth.login(QStringLiteral("clerk1"), QStringLiteral("111111"));
        QVERIFY(auth.busy());
        QCOMPARE(busy.size(), 1);
        QTRY_VERIFY(ticks >= 5); // the UI thread is free while the check waits
        QVERIFY(finished.isEmpty());
        QVERIFY(!auth.session()->isActive());
        hold.release();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first(), (QVariantList{QStringLiteral("login"), true}));
        QVERIFY(!auth.busy());
        QCOMPARE(busy.size(), 2);
        QVERIFY(auth.session()->isActive());
        QCOMPARE(auth.session()->staffId(), QStringLiteral("clerk1"));

        // A wrong PIN: counted on the worker, the numbers for the message read back there.
        auth.logout();
        finished.clear();
        auth.login(QStringLiteral("clerk1"), QStringLiteral("999999"));
        QVERIFY(auth.busy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first(), (QVariantList{QStringLiteral("login"), false}));
        QCOMPARE(auth.errorCode(), QStringLiteral("auth.wrong_pin"));
        QCOMPARE(auth.attemptsLeft(), 4);
        QVERIFY(!auth.session()->isActive());

        // A commit that fails (the worker's connection made read-only) says why and changes nothing.
        QVERIFY(ok(auth, [&] { auth.login(QStringLiteral("boss"), QStringLiteral("123456")); }));
        QMetaObject::invokeMethod(&context, [&] {
            QSqlQuery(worker.store->database().sql()).exec(QStringLiteral("PRAGMA query_only = ON"));
        }, Qt::BlockingQueuedConnection);
        QSignalSpy staffChanged(&auth, &AuthController::staffChanged);
        QVERIFY(!ok(auth, [&] { auth.resetPin(QStringLiteral("clerk1"), QStringLiteral("222222")); }));
        QVERIFY(!auth.errorString().isEmpty());
        QVERIFY(staffChanged.isEmpty());
        QVERIFY(k.staff->verifyPin(QStringLiteral("clerk1"), QStringLiteral("111111")).ok());
    }
};

QTEST_MAIN(TestStaffSession)
#include "tst_staffsession.moc"
