#include "staffdirectory.h"

#include "core/clock.h"
#include "core/config.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/datastore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bianmin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::StaffDirectory", text);
}

const QString kAccountColumns = QStringLiteral(
    "id, display_name, role, disabled, steps, failed_attempts, locked_until, created_at, "
    "EXISTS(SELECT 1 FROM staff_secrets s WHERE s.staff_id = staff.id AND s.kind = 'password')");

StaffAccount accountFrom(const QSqlQuery &q)
{
    StaffAccount a;
    a.id = q.value(0).toString();
    a.displayName = q.value(1).toString();
    a.role = roleFromName(q.value(2).toString()).value_or(Role::Clerk);
    a.disabled = q.value(3).toInt() != 0;
    const QJsonArray steps = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    for (const QJsonValue &s : steps)
        a.steps << s.toString();
    a.failedAttempts = q.value(5).toInt();
    if (!q.value(6).isNull())
        a.lockedUntil = fromRfc3339(q.value(6).toString());
    a.createdAt = fromRfc3339(q.value(7).toString());
    a.hasPassword = q.value(8).toInt() != 0;
    return a;
}

Status run(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlError(what, q.lastError());
    return {};
}

QString stepsJson(const QStringList &steps)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(steps)).toJson(QJsonDocument::Compact));
}

} // namespace

bool StaffAccount::mayDecideStep(const QString &stepId, const QString &stepRole) const
{
    if (!can(Permission::DecideApproval))
        return false;
    return steps.isEmpty() || steps.contains(stepId) || (!stepRole.isEmpty() && steps.contains(stepRole));
}

AuthPolicy AuthPolicy::fromConfig(const Config &config)
{
    AuthPolicy p;
    const auto positive = [&](const char *key, int fallback) {
        bool ok = false;
        const int v = config.value(QLatin1String(key)).toInt(&ok);
        return ok && v > 0 ? v : fallback;
    };
    p.lockoutAttempts = positive("auth.lockout.attempts", p.lockoutAttempts);
    p.lockoutMinutes = positive("auth.lockout.minutes", p.lockoutMinutes);
    p.idleTimeoutSeconds = positive("auth.idle.timeout", p.idleTimeoutSeconds);
    return p;
}

StaffDirectory::StaffDirectory(Database &db, const QByteArray &pepper, const Clock &clock, AuditLog &audit,
                               AuthPolicy policy)
    : m_db(db), m_hasher(pepper), m_clock(clock), m_audit(audit), m_policy(policy)
{
}

Result<std::unique_ptr<StaffDirectory>> StaffDirectory::open(DataStore &store)
{
    auto staff = std::make_unique<StaffDirectory>(store.database(), store.keys().pepper(), store.clock(),
                                                  store.audit(), AuthPolicy::fromConfig(store.config()));
    if (const Status s = staff->migrate(); !s)
        return s.error();
    return staff;
}

QList<QString> StaffDirectory::migrations()
{
    // Append new steps at the end; never edit one that has shipped.
    return {
        QStringLiteral(R"(
            CREATE TABLE staff(
                id TEXT PRIMARY KEY COLLATE NOCASE,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK(role IN ('clerk', 'approver', 'supervisor', 'technician')),
                disabled INTEGER NOT NULL DEFAULT 0,
                steps TEXT NOT NULL DEFAULT '[]',
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE TABLE staff_secrets(
                staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK(kind IN ('pin', 'password')),
                algorithm TEXT NOT NULL,
                n INTEGER NOT NULL,
                r INTEGER NOT NULL,
                p INTEGER NOT NULL,
                salt BLOB NOT NULL,
                hash BLOB NOT NULL,
                pepper_id TEXT NOT NULL,
                set_at TEXT NOT NULL,
                PRIMARY KEY(staff_id, kind));
        )"),
    };
}

Status StaffDirectory::migrate()
{
    return m_db.migrate(QStringLiteral("auth"), migrations());
}

bool StaffDirectory::isValidStaffId(const QString &id)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    return valid.match(id).hasMatch();
}

Result<StaffAccount> StaffDirectory::add(const StaffAccount &account, const QString &pin, const QString &actor)
{
    if (!isValidStaffId(account.id))
        return Error(QStringLiteral("auth.bad_id"),
                     tr("a staff id is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    const QString name = account.displayName.trimmed();
    if (name.isEmpty() || name.size() > 64)
        return Error(QStringLiteral("auth.bad_name"), tr("a staff member needs a display name (at most 64 characters)"));
    const auto normalized = normalizePin(pin);
    if (!normalized)
        return normalized.error();
    if (get(account.id).ok())
        return Error(QStringLiteral("auth.exists"), tr("staff id %1 already exists").arg(account.id));
    const auto hash = m_hasher.hash(*normalized); // ~60 ms: computed before the write lock is taken
    if (!hash)
        return hash.error();

    const QString now = toRfc3339(m_clock.now());
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("INSERT INTO staff(id, display_name, role, disabled, steps, created_at, updated_at) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{account.id, name, roleName(account.role), account.disabled ? 1 : 0,
                                              stepsJson(account.steps), now, now})
            q.addBindValue(v);
        if (!q.exec()) {
            if (q.lastError().nativeErrorCode() == QLatin1String("2067")
                || q.lastError().nativeErrorCode() == QLatin1String("1555"))
                return Error(QStringLiteral("auth.exists"), tr("staff id %1 already exists").arg(account.id));
            return sqlError(tr("adding staff %1").arg(account.id), q.lastError());
        }
        QSqlQuery h(m_db.sql());
        h.prepare(QStringLiteral("INSERT INTO staff_secrets(staff_id, kind, algorithm, n, r, p, salt, hash, pepper_id, "
                                 "set_at) VALUES(?, 'pin', ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{account.id, hash->algorithm, qint64(hash->params.n), hash->params.r,
                                              hash->params.p, hash->salt, hash->hash, hash->pepperId, now})
            h.addBindValue(v);
        if (const Status st = run(h, tr("storing the PIN of %1").arg(account.id)); !st)
            return st;
        return m_audit.append(actor, QStringLiteral("staff.add"), account.id,
                              QJsonObject{{QStringLiteral("role"), roleName(account.role)},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("steps"), QJsonArray::fromStringList(account.steps)}});
    });
    if (!s)
        return s.error();
    return get(account.id);
}

Result<StaffAccount> StaffDirectory::get(const QString &id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM staff WHERE id = ?").arg(kAccountColumns));
    q.addBindValue(id);
    if (const Status s = run(q, tr("reading staff %1").arg(id)); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("auth.unknown_staff"), tr("no staff member with id %1").arg(id));
    return accountFrom(q);
}

Result<QList<StaffAccount>> StaffDirectory::list() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM staff ORDER BY id").arg(kAccountColumns));
    if (const Status s = run(q, tr("listing staff")); !s)
        return s.error();
    QList<StaffAccount> all;
    while (q.next())
        all << accountFrom(q);
    return all;
}

Result<bool> StaffDirectory::hasSupervisor() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'supervisor' AND disabled = 0"));
    if (const Status s = run(q, tr("counting supervisors")); !s)
        return s.error();
    return q.next() && q.value(0).toInt() > 0;
}

Status StaffDirectory::update(const QString &id, const QString &sql, const QVariantList &values,
                              const QString &action, const QString &actor, const QJsonObject &details)
{
    if (const auto existing = get(id); !existing)
        return existing.error();
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.sql());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (const Status s = run(q, tr("updating staff %1").arg(id)); !s)
            return s;
        return m_audit.append(actor, action, id, details);
    });
}

Status StaffDirectory::setDisabled(const QString &id, bool disabled, const QString &actor)
{
    return update(id, QStringLiteral("UPDATE staff SET disabled = ?, updated_at = ? WHERE id = ?"),
                  {disabled ? 1 : 0, toRfc3339(m_clock.now()), id},
                  disabled ? QStringLiteral("staff.disable") : QStringLiteral("staff.enable"), actor, {});
}

Status StaffDirectory::setSteps(const QString &id, const QStringList &steps, const QString &actor)
{
    return update(id, QStringLiteral("UPDATE staff SET steps = ?, updated_at = ? WHERE id = ?"),
                  {stepsJson(steps), toRfc3339(m_clock.now()), id}, QStringLiteral("staff.steps"), actor,
                  {{QStringLiteral("steps"), QJsonArray::fromStringList(steps)}});
}

Status StaffDirectory::storeSecret(const QString &id, const QString &kind, const QString &secret)
{
    const auto hash = m_hasher.hash(secret);
    if (!hash)
        return hash.error();
    QSqlQuery h(m_db.sql());
    h.prepare(QStringLiteral("INSERT OR REPLACE INTO staff_secrets(staff_id, kind, algorithm, n, r, p, salt, hash, "
                             "pepper_id, set_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{id, kind, hash->algorithm, qint64(hash->params.n), hash->params.r,
                                          hash->params.p, hash->salt, hash->hash, hash->pepperId,
                                          toRfc3339(m_clock.now())})
        h.addBindValue(v);
    return run(h, tr("storing the %1 of %2").arg(kind, id));
}

Status StaffDirectory::resetPin(const QString &id, const QString &pin, const QString &actor)
{
    const auto normalized = normalizePin(pin);
    if (!normalized)
        return normalized.error();
    if (const auto existing = get(id); !existing)
        return existing.error();
    return m_db.transaction([&]() -> Status {
        if (const Status s = storeSecret(id, QStringLiteral("pin"), *normalized); !s)
            return s;
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL, updated_at = ? "
                                 "WHERE id = ?"));
        q.addBindValue(toRfc3339(m_clock.now()));
        q.addBindValue(id);
        if (const Status s = run(q, tr("unlocking %1").arg(id)); !s)
            return s;
        return m_audit.append(actor, QStringLiteral("staff.reset_pin"), id);
    });
}

Status StaffDirectory::setPassword(const QString &id, const QString &password, const QString &actor)
{
    if (password.size() < 8)
        return Error(QStringLiteral("auth.weak_password"), tr("a password has at least 8 characters"));
    if (const auto existing = get(id); !existing)
        return existing.error();
    return m_db.transaction([&]() -> Status {
        if (const Status s = storeSecret(id, QStringLiteral("password"), password); !s)
            return s;
        return m_audit.append(actor, QStringLiteral("staff.set_password"), id);
    });
}

Result<SecretHash> StaffDirectory::storedHash(const QString &id, const QString &kind) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT algorithm, n, r, p, salt, hash, pepper_id FROM staff_secrets "
                             "WHERE staff_id = ? AND kind = ?"));
    q.addBindValue(id);
    q.addBindValue(kind);
    if (const Status s = run(q, tr("reading the %1 of %2").arg(kind, id)); !s)
        return s.error();
    if (!q.next())
        return Error(QStringLiteral("auth.no_secret"), tr("%1 has no %2 set").arg(id, kind));
    SecretHash h;
    h.algorithm = q.value(0).toString();
    h.params.n = quint64(q.value(1).toLongLong());
    h.params.r = quint32(q.value(2).toUInt());
    h.params.p = quint32(q.value(3).toUInt());
    h.salt = q.value(4).toByteArray();
    h.hash = q.value(5).toByteArray();
    h.pepperId = q.value(6).toString();
    return h;
}

Result<StaffAccount> StaffDirectory::verifyPin(const QString &id, const QString &pin)
{
    const auto normalized = normalizePin(pin);
    if (!normalized)
        return normalized.error(); // not a PIN at all: refused without counting as a guess
    return verifySecret(id, QStringLiteral("pin"), *normalized);
}

Result<StaffAccount> StaffDirectory::verifyPassword(const QString &id, const QString &password)
{
    return verifySecret(id, QStringLiteral("password"), password);
}

Result<StaffAccount> StaffDirectory::verifySecret(const QString &id, const QString &kind, const QString &secret)
{
    const auto account = get(id);
    if (!account)
        return account.error();
    if (account->disabled)
        return Error(QStringLiteral("auth.disabled"), tr("staff account %1 is disabled").arg(account->id));
    const QDateTime now = m_clock.now();
    const auto lockedError = [&](const QDateTime &until) {
        return Error(QStringLiteral("auth.locked"),
                     tr("staff account %1 is locked after too many wrong PINs until %2")
                         .arg(account->id, until.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    };
    if (account->isLocked(now))
        return lockedError(account->lockedUntil);
    const auto stored = storedHash(account->id, kind);
    if (!stored)
        return stored.error();
    const auto match = m_hasher.verify(secret, *stored);
    if (!match)
        return match.error();

    std::optional<Error> outcome;
    const Status s = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.sql());
        if (*match) {
            q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?"));
            q.addBindValue(account->id);
            if (const Status st = run(q, tr("recording the login of %1").arg(account->id)); !st)
                return st;
            if (m_hasher.needsRehash(*stored)) // cost raised since it was set: upgrade while we know the secret
                return storeSecret(account->id, kind, secret);
            return {};
        }
        // Counted in SQL, not from what was read before the scrypt: two wrong PINs typed at once count twice.
        q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1 WHERE id = ?"));
        q.addBindValue(account->id);
        if (const Status st = run(q, tr("recording a wrong PIN for %1").arg(account->id)); !st)
            return st;
        QSqlQuery count(m_db.sql());
        count.prepare(QStringLiteral("SELECT failed_attempts FROM staff WHERE id = ?"));
        count.addBindValue(account->id);
        if (const Status st = run(count, tr("recording a wrong PIN for %1").arg(account->id)); !st)
            return st;
        const int failed = count.next() ? count.value(0).toInt() : m_policy.lockoutAttempts;
        count.finish();
        if (failed < m_policy.lockoutAttempts) {
            outcome = Error(QStringLiteral("auth.wrong_pin"),
                            tr("wrong PIN for %1; %2 more wrong attempt(s) lock the account for %3 minutes")
                                .arg(account->id)
                                .arg(m_policy.lockoutAttempts - failed)
                                .arg(m_policy.lockoutMinutes));
            return {};
        }
        const QDateTime until = now.addSecs(qint64(m_policy.lockoutMinutes) * 60);
        QSqlQuery lock(m_db.sql());
        lock.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = ? WHERE id = ?"));
        lock.addBindValue(toRfc3339(until));
        lock.addBindValue(account->id);
        if (const Status st = run(lock, tr("locking %1").arg(account->id)); !st)
            return st;
        outcome = lockedError(until);
        return m_audit.append(QStringLiteral("system"), QStringLiteral("staff.locked"), account->id,
                              QJsonObject{{QStringLiteral("attempts"), failed},
                                          {QStringLiteral("until"), toRfc3339(until)}});
    });
    if (!s)
        return s.error();
    if (outcome)
        return *outcome;
    return get(account->id);
}

} // namespace bianmin
