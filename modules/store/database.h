// The kiosk's one SQLite database (DIR/kiosk.db): opened with WAL, synchronous=FULL and a busy timeout,
// migrated to the latest schema on open, refused with a clear error when it is not ours or is damaged.
// One Database per thread (Qt SQL connections are not shared across threads).
#pragma once

#include "core/datadir.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

class QSqlQuery;
struct sqlite3;

namespace bianmin {

namespace store {
class RawStatement;
}

class Database
{
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    /** Opens (or creates) DIR/kiosk.db and applies pending migrations. Errors: store.missing,
     *  store.not_ours (a foreign SQLite file), store.corrupt, store.readonly, store.disk_full, store.newer_schema. */
    static Result<std::unique_ptr<Database>> open(const DataDir &dir, Mode mode = Mode::OpenExisting);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &sql() { return m_db; }
    const DataDir &dataDir() const { return m_dir; }

    /** Runs `work` inside BEGIN IMMEDIATE … COMMIT; rolls back if it returns an error or COMMIT fails.
     *  The change is durable (fsync'd, synchronous=FULL) when this returns ok. */
    Status transaction(const std::function<Status()> &work);

    int schemaVersion() const;
    static int latestSchemaVersion();

    /** Numbered migrations for one component's own tables ("store", "auth", "sync", "forms"...):
     *  schema_migrations(component, version) records how many steps ran; steps[version..] are applied in
     *  one transaction. A step may hold several SQL statements. Idempotent: calling it again does nothing.
     *  store.newer_schema when the file was migrated further by a newer program. */
    Status migrate(const QString &component, const QList<QString> &steps);
    /** How many migration steps of `component` this file has (0 if none). */
    int componentVersion(const QString &component) const;

    /** True inside transaction(): AuditLog::append refuses to run outside one. */
    bool inTransaction() const { return m_inTransaction; }
    /** Changes at every BEGIN: lets a class keep what it read inside the current transaction (the audit
     *  chain head) without reading it again, and know when that is stale. */
    quint64 transactionSerial() const { return m_transactionSerial; }
    /** setStateValue(key, value) run just before COMMIT of the current transaction (the last value given
     *  wins; dropped on rollback): the audit head is written once per transaction, not once per entry. */
    void setStateValueAtCommit(const QString &key, const QString &value);

    /** A prepared statement cached on this connection (the submit path runs the same few statements
     *  every time). The pointer stays valid as long as this Database. */
    Result<QSqlQuery *> prepared(const QString &sql) const;
    /** The same through SQLite's C API (internal/rawstatement.h), for statements run once per case in a sync
     *  pass. Reset it after use (store::RawReset). Such statements may use in_id_set(id, ?): whether `id` is in
     *  the set bound with RawStatement::bindIdSet. */
    Result<store::RawStatement *> raw(const char *sql) const;

    /** The file, for messages: DIR/kiosk.db. */
    QString path() const { return m_dir.databasePath(); }

    /** The value of PRAGMA application_id that marks a kiosk.db as ours ("BMKS"). */
    static constexpr qint32 applicationId = 0x424D4B53;

    /** PRAGMA integrity_check; ok when SQLite says "ok". */
    Status integrityCheck();

    /** Small persistent key-value state (sync cursor, catalogue version, last sync time...). */
    QString stateValue(const QString &key) const;
    Status setStateValue(const QString &key, const QString &value); ///< call inside a transaction or alone

private:
    Database(DataDir dir, QString connectionName);
    sqlite3 *handle() const; ///< the Qt driver's connection, for raw()
    Status configure(bool fresh);
    DataDir m_dir;
    QSqlDatabase m_db;
    QString m_connectionName;
    bool m_inTransaction = false;
    quint64 m_transactionSerial = 0;
    QList<QPair<QString, QString>> m_stateAtCommit;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    mutable std::unordered_map<std::string, std::unique_ptr<store::RawStatement>> m_rawStatements;
};

/** Turns a failed QSqlQuery/QSqlDatabase into an Error with a code a person can act on
 *  (store.disk_full, store.readonly, store.busy, store.corrupt, store.sql). */
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace bianmin
