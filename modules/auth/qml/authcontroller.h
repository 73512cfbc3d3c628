// QML module Bianmin.Auth 1.0: staff login and staff management for the kiosk's staff pages. The
// application (main.cpp) creates one AuthController over the store's StaffDirectory and publishes it
// (e.g. qmlRegisterSingletonInstance("Bianmin.Auth", 1, 0, "Auth", controller)); QML never creates one.
//
//   Auth.needsFirstSupervisor                         // true on a fresh kiosk: show the first-run page
//   Auth.createFirstSupervisor("admin", "张主任", "123456")
//   Auth.login(staffId, pin)                          // false: Auth.errorString / Auth.errorCode
//                                                     //   (auth.wrong_pin, auth.locked, auth.disabled, ...)
//   Auth.session                                      // StaffSession: active, role, can(), ended(reason)
//   Auth.logout()
//   Auth.staffList()                                  // [{id, name, role, disabled, locked, lockedUntil, steps}]
//   Auth.addStaff(id, name, role, pin, steps)         // supervisor only, like the three below
//   Auth.setStaffDisabled(id, true); Auth.resetPin(id, pin); Auth.setStaffSteps(id, ["village_committee"])
#pragma once

#include "staffsession.h"

#include <QObject>
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

    Q_INVOKABLE bool login(const QString &staffId, const QString &pin);
    Q_INVOKABLE void logout() { m_session.end(); }
    /** Only while no enabled supervisor exists (first run); the new supervisor is logged in. */
    Q_INVOKABLE bool createFirstSupervisor(const QString &staffId, const QString &name, const QString &pin);

    Q_INVOKABLE QVariantList staffList();
    Q_INVOKABLE bool addStaff(const QString &staffId, const QString &name, const QString &role, const QString &pin,
                              const QStringList &steps = {});
    Q_INVOKABLE bool setStaffDisabled(const QString &staffId, bool disabled);
    Q_INVOKABLE bool resetPin(const QString &staffId, const QString &pin);
    Q_INVOKABLE bool setStaffSteps(const QString &staffId, const QStringList &steps);

Q_SIGNALS:
    void errorChanged();
    void staffChanged();

private:
    bool report(const Status &status);
    StaffDirectory &m_staff;
    const Clock &m_clock;
    StaffSession m_session;
    Error m_error;
    int m_attemptsLeft = -1;
    int m_lockedMinutesLeft = 0;
};

} // namespace bianmin
