// QML module Bianmin.Auth 1.0: the logged-in staff member of the kiosk. It ends after auth.idle.timeout
// seconds without a touch (checked once a second against the injected Clock) and emits `ended`, on which
// the kiosk clears the screen and returns to the villager start page.
//
//   AuthController.session.active / staffId / displayName / role / secondsLeft
//   AuthController.session.can("case.decide")        // the permission table (permissions.h names)
//   Connections { target: AuthController.session; function onEnded(reason) { stack.clear() } }
//   AuthController.session.watchInput(window)         // any touch, click or key in the window resets the idle time
#pragma once

#include "auth/staffdirectory.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace bianmin {

class Clock;

class StaffSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StaffSession is AuthController.session")
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY activeChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY activeChanged)
    Q_PROPERTY(QString role READ role NOTIFY activeChanged)
    Q_PROPERTY(int idleTimeout READ idleTimeout WRITE setIdleTimeout NOTIFY idleTimeoutChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    StaffSession(const Clock &clock, int idleTimeoutSeconds, QObject *parent = nullptr);

    /** Starts (or replaces) the session for an account that has just proved its PIN. */
    void start(const StaffAccount &account);
    const StaffAccount &account() const { return m_account; }

    bool isActive() const { return m_active; }
    QString staffId() const { return m_active ? m_account.id : QString(); }
    QString displayName() const { return m_active ? m_account.displayName : QString(); }
    QString role() const { return m_active ? roleName(m_account.role) : QString(); }
    int idleTimeout() const { return m_idleTimeout; }
    void setIdleTimeout(int seconds);
    int secondsLeft() const;

    bool can(Permission permission) const { return m_active && m_account.can(permission); }
    /** auth.no_session when nobody is logged in, auth.forbidden when the role may not. */
    Status require(Permission permission) const;

    /** True if the session is active and its role allows the permission named as in permissions.h. */
    Q_INVOKABLE bool can(const QString &permission) const;
    /** The staff member is still there: restarts the idle time. */
    Q_INVOKABLE void touch();
    /** Logs out ("logout"). */
    Q_INVOKABLE void end() { finish(QStringLiteral("logout")); }
    /** Ends the session when the idle time has passed; true if it ended now. The timer calls it every
     *  second; tests with a ManualClock call it directly. */
    Q_INVOKABLE bool checkIdle();
    /** Touches on every mouse, touch and key event reaching `target` (the kiosk's window). */
    Q_INVOKABLE void watchInput(QObject *target);

    /** Ends the session with a reason: "logout", "idle", "disabled". */
    void finish(const QString &reason);

Q_SIGNALS:
    void activeChanged();
    void idleTimeoutChanged();
    void secondsLeftChanged();
    void started();
    /** The session is over: clear every screen that showed staff or personal data. */
    void ended(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Clock &m_clock;
    int m_idleTimeout;
    bool m_active = false;
    StaffAccount m_account;
    QDateTime m_lastActivity;
    int m_lastSecondsLeft = 0;
    QTimer m_timer;
    QPointer<QObject> m_watched;
};

} // namespace bianmin
