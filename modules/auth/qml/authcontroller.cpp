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

AuthController::Outcome AuthController::done(const Status &status)
{
    return {status ? Error() : status.error(), std::nullopt};
}

void AuthController::setWorker(StaffDirectory *writer, QObject *context)
{
    m_writer = writer;
    m_context = context;
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

void AuthController::refuse(const QString &action, const Error &error)
{
    report(error);
    Q_EMIT finished(action, false);
}

void AuthController::run(const QString &action, Work work)
{
    if (!m_context || !m_writer) {
        finish(action, work(m_staff));
        return;
    }
    if (m_pending++ == 0)
        Q_EMIT busyChanged();
    // The worker thread stops before this controller goes (setWorker), so `this` is alive for the answer.
    QMetaObject::invokeMethod(m_context, [this, action, work, writer = m_writer] {
        const Outcome outcome = work(*writer);
        QMetaObject::invokeMethod(this, [this, action, outcome] {
            if (--m_pending == 0)
                Q_EMIT busyChanged();
            finish(action, outcome);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void AuthController::finish(const QString &action, const Outcome &outcome)
{
    const bool ok = outcome.error.code.isEmpty();
    if (action == QLatin1String("login")) {
        m_attemptsLeft = -1;
        m_lockedMinutesLeft = 0;
        if (!ok && outcome.account) {
            // The numbers for the message, from the account as read back after the failed attempt's commit.
            const QDateTime at = m_clock.now();
            if (outcome.account->isLocked(at))
                m_lockedMinutesLeft = int((at.secsTo(outcome.account->lockedUntil) + 59) / 60);
            else
                m_attemptsLeft = qMax(0, m_staff.policy().lockoutAttempts - outcome.account->failedAttempts);
        }
        Q_EMIT errorChanged();
    }
    if (ok && action != QLatin1String("login"))
        Q_EMIT staffChanged();
    if (ok && outcome.account)
        m_session.start(*outcome.account);
    report(ok ? Status() : Status(outcome.error));
    Q_EMIT finished(action, ok);
}

bool AuthController::needsFirstSupervisor() const
{
    const auto has = m_staff.hasSupervisor();
    return has.ok() && !*has;
}

void AuthController::login(const QString &staffId, const QString &pin)
{
    run(QStringLiteral("login"), [id = staffId.trimmed(), pin](StaffDirectory &staff) -> Outcome {
        const auto account = staff.verifyPin(id, pin);
        if (account)
            return {Error(), *account};
        const auto after = staff.get(id);
        return {account.error(), after ? std::optional<StaffAccount>(*after) : std::nullopt};
    });
}

void AuthController::createFirstSupervisor(const QString &staffId, const QString &name, const QString &pin)
{
    StaffAccount a;
    a.id = staffId.trimmed();
    a.displayName = name;
    a.role = Role::Supervisor;
    const Error exists(QStringLiteral("auth.forbidden"), tr("a supervisor already exists; ask them to add your account"));
    // Asked again where the account is written, so two first-run screens cannot both make one.
    run(QStringLiteral("createFirstSupervisor"), [a, pin, exists](StaffDirectory &staff) -> Outcome {
        const auto has = staff.hasSupervisor();
        if (!has)
            return {has.error(), std::nullopt};
        if (*has)
            return {exists, std::nullopt};
        const auto added = staff.add(a, pin, QStringLiteral("first-run"));
        if (!added)
            return {added.error(), std::nullopt};
        return {Error(), *added};
    });
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

void AuthController::addStaff(const QString &staffId, const QString &name, const QString &role, const QString &pin,
                              const QStringList &steps)
{
    const QString action = QStringLiteral("addStaff");
    m_session.touch();
    if (const Status allowed = m_session.require(Permission::ManageStaff); !allowed)
        return refuse(action, allowed.error());
    const auto r = roleFromName(role);
    if (!r)
        return refuse(action, Error(QStringLiteral("auth.bad_role"),
                                    tr("unknown role \"%1\"; one of: %2").arg(role, allRoleNames().join(QStringLiteral(", ")))));
    StaffAccount a;
    a.id = staffId.trimmed();
    a.displayName = name;
    a.role = *r;
    a.steps = steps;
    run(action, [a, pin, actor = m_session.staffId()](StaffDirectory &staff) -> Outcome {
        const auto added = staff.add(a, pin, actor);
        return done(added ? Status() : Status(added.error()));
    });
}

void AuthController::setStaffDisabled(const QString &staffId, bool disabled)
{
    const QString action = QStringLiteral("setStaffDisabled");
    m_session.touch();
    if (const Status allowed = m_session.require(Permission::ManageStaff); !allowed)
        return refuse(action, allowed.error());
    if (disabled && staffId.compare(m_session.staffId(), Qt::CaseInsensitive) == 0)
        return refuse(action, Error(QStringLiteral("auth.self"), tr("you cannot disable your own account")));
    run(action, [staffId, disabled, actor = m_session.staffId()](StaffDirectory &staff) {
        return done(staff.setDisabled(staffId, disabled, actor));
    });
}

void AuthController::resetPin(const QString &staffId, const QString &pin)
{
    const QString action = QStringLiteral("resetPin");
    m_session.touch();
    if (const Status allowed = m_session.require(Permission::ManageStaff); !allowed)
        return refuse(action, allowed.error());
    run(action, [staffId, pin, actor = m_session.staffId()](StaffDirectory &staff) {
        return done(staff.resetPin(staffId, pin, actor));
    });
}

void AuthController::setStaffSteps(const QString &staffId, const QStringList &steps)
{
    const QString action = QStringLiteral("setStaffSteps");
    m_session.touch();
    if (const Status allowed = m_session.require(Permission::ManageStaff); !allowed)
        return refuse(action, allowed.error());
    run(action, [staffId, steps, actor = m_session.staffId()](StaffDirectory &staff) {
        return done(staff.setSteps(staffId, steps, actor));
    });
}

} // namespace bianmin
