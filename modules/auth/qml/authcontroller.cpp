#include "authcontroller.h"

#include "auth/staffdirectory.h"
#include "core/clock.h"

#include <QVariantMap>

namespace bianmin {

AuthController::AuthController(StaffDirectory &staff, const Clock &clock, QObject *parent)
    : QObject(parent), m_staff(staff), m_clock(clock),
      m_session(clock, staff.policy().idleTimeoutSeconds, this)
{
}

bool AuthController::report(const Status &status)
{
    const Error e = status ? Error() : status.error();
    if (e.code != m_error.code || e.message != m_error.message) {
        m_error = e;
        Q_EMIT errorChanged();
    }
    return status.ok();
}

bool AuthController::needsFirstSupervisor() const
{
    const auto has = m_staff.hasSupervisor();
    return has.ok() && !*has;
}

bool AuthController::login(const QString &staffId, const QString &pin)
{
    const auto account = m_staff.verifyPin(staffId.trimmed(), pin);
    m_attemptsLeft = -1;
    m_lockedMinutesLeft = 0;
    if (!account) {
        // The numbers for the message, read back after the failed attempt was committed.
        if (const auto now = m_staff.get(staffId.trimmed())) {
            const QDateTime at = m_clock.now();
            if (now->isLocked(at))
                m_lockedMinutesLeft = int((at.secsTo(now->lockedUntil) + 59) / 60);
            else
                m_attemptsLeft = qMax(0, m_staff.policy().lockoutAttempts - now->failedAttempts);
        }
        Q_EMIT errorChanged();
        return report(account.error());
    }
    m_session.start(*account);
    return report({});
}

bool AuthController::createFirstSupervisor(const QString &staffId, const QString &name, const QString &pin)
{
    if (!needsFirstSupervisor())
        return report(Error(QStringLiteral("auth.forbidden"),
                            tr("a supervisor already exists; ask them to add your account")));
    StaffAccount a;
    a.id = staffId.trimmed();
    a.displayName = name;
    a.role = Role::Supervisor;
    const auto added = m_staff.add(a, pin, QStringLiteral("first-run"));
    if (!added)
        return report(added.error());
    Q_EMIT staffChanged();
    m_session.start(*added);
    return report({});
}

QVariantList AuthController::staffList()
{
    QVariantList rows;
    if (!report(m_session.require(Permission::ManageStaff)))
        return rows;
    const auto all = m_staff.list();
    if (!report(all.ok() ? Status() : Status(all.error())))
        return rows;
    const QDateTime now = m_clock.now();
    for (const StaffAccount &a : *all)
        rows << QVariantMap{{QStringLiteral("id"), a.id},
                            {QStringLiteral("name"), a.displayName},
                            {QStringLiteral("role"), roleName(a.role)},
                            {QStringLiteral("disabled"), a.disabled},
                            {QStringLiteral("locked"), a.isLocked(now)},
                            {QStringLiteral("lockedUntil"), a.isLocked(now) ? a.lockedUntil : QDateTime()},
                            {QStringLiteral("steps"), a.steps}};
    return rows;
}

bool AuthController::addStaff(const QString &staffId, const QString &name, const QString &role, const QString &pin,
                              const QStringList &steps)
{
    m_session.touch();
    if (!report(m_session.require(Permission::ManageStaff)))
        return false;
    const auto r = roleFromName(role);
    if (!r)
        return report(Error(QStringLiteral("auth.bad_role"),
                            tr("unknown role \"%1\"; one of: %2").arg(role, allRoleNames().join(QStringLiteral(", ")))));
    StaffAccount a;
    a.id = staffId.trimmed();
    a.displayName = name;
    a.role = *r;
    a.steps = steps;
    const auto added = m_staff.add(a, pin, m_session.staffId());
    if (added)
        Q_EMIT staffChanged();
    return report(added.ok() ? Status() : Status(added.error()));
}

bool AuthController::setStaffDisabled(const QString &staffId, bool disabled)
{
    m_session.touch();
    if (!report(m_session.require(Permission::ManageStaff)))
        return false;
    if (disabled && staffId.compare(m_session.staffId(), Qt::CaseInsensitive) == 0)
        return report(Error(QStringLiteral("auth.self"), tr("you cannot disable your own account")));
    const bool ok = report(m_staff.setDisabled(staffId, disabled, m_session.staffId()));
    if (ok)
        Q_EMIT staffChanged();
    return ok;
}

bool AuthController::resetPin(const QString &staffId, const QString &pin)
{
    m_session.touch();
    if (!report(m_session.require(Permission::ManageStaff)))
        return false;
    const bool ok = report(m_staff.resetPin(staffId, pin, m_session.staffId()));
    if (ok)
        Q_EMIT staffChanged();
    return ok;
}

bool AuthController::setStaffSteps(const QString &staffId, const QStringList &steps)
{
    m_session.touch();
    if (!report(m_session.require(Permission::ManageStaff)))
        return false;
    const bool ok = report(m_staff.setSteps(staffId, steps, m_session.staffId()));
    if (ok)
        Q_EMIT staffChanged();
    return ok;
}

} // namespace bianmin
