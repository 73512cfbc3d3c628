// QML module Bianmin.Auth 1.0: staff login and staff management for the kiosk's staff pages. The
// application (main.cpp) creates one AuthController over the store's StaffDirectory and publishes it
// (e.g. qmlRegisterSingletonInstance("Bianmin.Auth", 1, 0, "Auth", controller)); QML never creates one.
//
// The PIN checks and staff changes answer with finished(action, ok): the kiosk runs them on its staff
// store thread (setWorker), because a PIN hash takes ≈ 60 ms and each change is a synchronous commit, and
// the UI must not wait for either; `busy` is true meanwhile. Without a worker they run before the call
// returns (tests, tools), finished() included.
//
//   Auth.needsFirstSupervisor                         // true on a fresh kiosk: show the first-run page
//   Auth.createFirstSupervisor("admin", "张主任", "123456")
//   Auth.login(staffId, pin)                          // then finished("login", ok); not ok:
//                                                     //   Auth.errorString / Auth.errorCode
//                                                     //   (auth.wrong_pin, auth.locked, auth.disabled, ...)
//   Auth.session                                      // StaffSession: active, role, can(), ended(reason)
//   Auth.logout()
//   Auth.staffList()                                  // [{id, name, role, disabled, locked, lockedUntil, steps}]
//   Auth.addStaff(id, name, role, pin, steps)         // supervisor only, like the three below
//   Auth.setStaffDisabled(id, true); Auth.resetPin(id, pin); Auth.setStaffSteps(id, ["village_committee"])
#pragma once

#include "staffsession.h"

#include <functional>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace bianmin {

class StaffDirectory;

class AuthController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AuthController is provided by the application")
    Q_PROPERTY(bianmin::StaffSession *session READ session CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(bool needsFirstSupervisor READ needsFirstSupervisor NOTIFY staffChanged)
    Q_PROPERTY(QStringList roles READ roles CONSTANT)
    /** After a failed login: wrong PINs left before the account locks (-1 unknown), and whole minutes
     *  until a locked account opens again (0 when not locked), for the login page's message. */
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY errorChanged)
    Q_PROPERTY(int lockedMinutesLeft READ lockedMinutesLeft NOTIFY errorChanged)
    /** A PIN check or staff change is under way (the pages disable their buttons and say so). */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    AuthController(StaffDirectory &staff, const Clock &clock, QObject *parent = nullptr);

    StaffSession *session() { return &m_session; }
    StaffDirectory &directory() { return m_staff; }
    QString errorString() const { return m_error.message; }
    QString errorCode() const { return m_error.code; }
    bool needsFirstSupervisor() const;
    QStringList roles() const { return allRoleNames(); }
    int attemptsLeft() const { return m_attemptsLeft; }
    int lockedMinutesLeft() const { return m_lockedMinutesLeft; }
    bool busy() const { return m_pending > 0; }

    /** PIN checks and staff changes run on `context`'s thread with `writer`, a directory over that thread's
     *  own connection to the same data directory; the reads (staffList, needsFirstSupervisor) stay here.
     *  Both must outlive every request sent, i.e. stop that thread before destroying this controller. */
    void setWorker(StaffDirectory *writer, QObject *context);

    // Each of these ends with exactly one finished(<its name>, ok).
    Q_INVOKABLE void login(const QString &staffId, const QString &pin);
    Q_INVOKABLE void logout() { m_session.end(); }
    /** Only while no enabled supervisor exists (first run); the new supervisor is logged in. */
    Q_INVOKABLE void createFirstSupervisor(const QString &staffId, const QString &name, const QString &pin);

    Q_INVOKABLE QVariantList staffList();
    Q_INVOKABLE void addStaff(const QString &staffId, const QString &name, const QString &role, const QString &pin,
                              const QStringList &steps = {});
    Q_INVOKABLE void setStaffDisabled(const QString &staffId, bool disabled);
    Q_INVOKABLE void resetPin(const QString &staffId, const QString &pin);
    Q_INVOKABLE void setStaffSteps(const QString &staffId, const QStringList &steps);

Q_SIGNALS:
    void errorChanged();
    void staffChanged();
    void busyChanged();
    /** `action`: "login", "createFirstSupervisor", "addStaff", "setStaffDisabled", "resetPin" or
     *  "setStaffSteps"; emitted after the commit returned (and the session started, for the first two). */
    void finished(const QString &action, bool ok);

private:
    /** What a request hands back from the directory's thread. */
    struct Outcome
    {
        Error error; ///< empty code: done
        /** Logged in (login, first supervisor), or read back after a failed login (for the message). */
        std::optional<StaffAccount> account;
    };
    static Outcome done(const Status &status);
    using Work = std::function<Outcome(StaffDirectory &)>;
    /** Runs `work` on the worker (or here without one), then finish() here. */
    void run(const QString &action, Work work);
    void finish(const QString &action, const Outcome &outcome);
    bool report(const Status &status);
    /** A request refused before it started (no permission, bad role): still one finished(). */
    void refuse(const QString &action, const Error &error);
    StaffDirectory &m_staff;
    StaffDirectory *m_writer = nullptr;
    QPointer<QObject> m_context;
    const Clock &m_clock;
    StaffSession m_session;
    Error m_error;
    int m_attemptsLeft = -1;
    int m_lockedMinutesLeft = 0;
    int m_pending = 0;
};

} // namespace bianmin
