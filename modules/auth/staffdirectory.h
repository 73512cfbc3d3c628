// The kiosk's staff accounts in kiosk.db (tables of component "auth", migrated by this class): who they
// are, their role, PIN and optional password hashes, and the lockout state. The lockout is a database row,
// not memory, so restarting the kiosk or the CLI does not reset the count of wrong PINs.
#pragma once

#include "permissions.h"
#include "secrethash.h"

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace bianmin {

class AuditLog;
class Clock;
class Config;
class Database;
class DataStore;

struct StaffAccount
{
    QString id;           ///< what staff type at the login: letters, digits, '.', '_', '-', at most 32
    QString displayName;
    Role role = Role::Clerk;
    bool disabled = false;
    /** Approvers only: the approval steps they may decide, by step id or step role (e.g.
     *  "village_committee" or "village_approver"); empty = every step. */
    QStringList steps;
    bool hasPassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;   ///< invalid when not locked
    QDateTime createdAt;

    bool isLocked(const QDateTime &now) const { return lockedUntil.isValid() && lockedUntil > now; }
    bool can(Permission p) const { return !disabled && roleAllows(role, p); }
    /** May this account decide an approval step with this id and role (DecideApproval + per-step rights)? */
    bool mayDecideStep(const QString &stepId, const QString &stepRole) const;
};

/** auth.lockout.attempts, auth.lockout.minutes, auth.idle.timeout from config.json. */
struct AuthPolicy
{
    int lockoutAttempts = 5;
    int lockoutMinutes = 15;
    int idleTimeoutSeconds = 300;

    static AuthPolicy fromConfig(const Config &config);
};

class StaffDirectory
{
public:
    StaffDirectory(Database &db, const QByteArray &pepper, const Clock &clock, AuditLog &audit,
                   AuthPolicy policy = {});

    /** The directory of an opened data directory, policy from its config, tables migrated: what the CLI
     *  and the kiosk use. */
    static Result<std::unique_ptr<StaffDirectory>> open(DataStore &store);

    /** Creates or upgrades the auth tables (Database::migrate("auth", ...)); call once after opening. */
    Status migrate();
    static QList<QString> migrations();

    /** Errors: auth.bad_id, auth.bad_name, auth.bad_pin, auth.exists. `actor` is who did it (audit). */
    Result<StaffAccount> add(const StaffAccount &account, const QString &pin, const QString &actor);
    Result<StaffAccount> get(const QString &id) const; ///< auth.unknown_staff
    Result<QList<StaffAccount>> list() const;
    /** True when an enabled supervisor exists (the first-run screen and `init` ask). */
    Result<bool> hasSupervisor() const;

    Status setDisabled(const QString &id, bool disabled, const QString &actor);
    /** New PIN; also lifts a lockout (a supervisor resets a locked clerk). */
    Status resetPin(const QString &id, const QString &pin, const QString &actor);
    Status setPassword(const QString &id, const QString &password, const QString &actor);
    Status setSteps(const QString &id, const QStringList &steps, const QString &actor);

    /** Checks a PIN. Errors: auth.unknown_staff, auth.disabled, auth.locked (until when), auth.wrong_pin
     *  (how many attempts are left), auth.bad_pin. The failed-attempt count and lock are committed
     *  before this returns. */
    Result<StaffAccount> verifyPin(const QString &id, const QString &pin);
    /** The same for the password (the admin screen); shares the lockout counter with the PIN. */
    Result<StaffAccount> verifyPassword(const QString &id, const QString &password);

    /** The stored hash of a secret ("pin" or "password"), for tests and `staff list --json`. */
    Result<SecretHash> storedHash(const QString &id, const QString &kind) const;

    const AuthPolicy &policy() const { return m_policy; }
    void setPolicy(const AuthPolicy &policy) { m_policy = policy; }

    static bool isValidStaffId(const QString &id);

private:
    Result<StaffAccount> verifySecret(const QString &id, const QString &kind, const QString &secret);
    Status storeSecret(const QString &id, const QString &kind, const QString &secret);
    Status update(const QString &id, const QString &sql, const QVariantList &values, const QString &action,
                  const QString &actor, const QJsonObject &details);

    Database &m_db;
    SecretHasher m_hasher;
    const Clock &m_clock;
    AuditLog &m_audit;
    AuthPolicy m_policy;
};

} // namespace bianmin
