#include "database.h"

#include "internal/rawstatement.h"
#include "internal/sqlutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>
#include <unistd.h>

#include <atomic>

namespace bianmin {

namespace {

// The store's own tables. Append new steps at the end; never edit a step that has shipped.
const QList<QString> &storeMigrations()
{
    static const QList<QString> steps = {
        // 1: cases, outbox, audit chain, blobs, small state. Personal data only ever in the sealed BLOBs.
        QStringLiteral(R"(
            CREATE TABLE state(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE cases(
                id TEXT PRIMARY KEY,
                service_id TEXT NOT NULL,
                state TEXT NOT NULL,
                form_version INTEGER NOT NULL,
                channel TEXT NOT NULL,
                staff_id TEXT,
                kiosk_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                created_ms INTEGER NOT NULL,
                submitted_at TEXT,
                updated_at TEXT NOT NULL,
                county_ref TEXT,
                id_index TEXT,
                sealed BLOB NOT NULL,
                county_message BLOB);
            CREATE INDEX cases_state ON cases(state);
            CREATE INDEX cases_id_index ON cases(id_index);
            CREATE TABLE outbox(
                case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
                enqueued_at TEXT NOT NULL,
                enqueued_ms INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                next_attempt_ms INTEGER NOT NULL,
                last_error TEXT) WITHOUT ROWID;
            CREATE TABLE audit(
                seq INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject TEXT NOT NULL,
                details TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL);
            CREATE INDEX audit_subject ON audit(subject);
            CREATE TABLE blobs(
                sha256 TEXT PRIMARY KEY,
                mime TEXT NOT NULL,
                size INTEGER NOT NULL,
                sealed BLOB NOT NULL,
                created_at TEXT NOT NULL);
        )"),
        // 2: county decisions already applied (idempotency of GET /updates) and autosaved drafts.
        QStringLiteral(R"(
            CREATE TABLE county_updates(
                cursor TEXT PRIMARY KEY,
                case_id TEXT NOT NULL,
                applied_at TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE drafts(
                id TEXT PRIMARY KEY,
                service_id TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_ms INTEGER NOT NULL,
                sealed BLOB NOT NULL);
        )"),
        // 3: batch audit entries (one chain link per sync batch) indexed under each case they cover.
        QStringLiteral(R"(
            CREATE TABLE audit_members(
                seq INTEGER NOT NULL,
                subject TEXT NOT NULL,
                PRIMARY KEY(seq, subject)) WITHOUT ROWID;
            CREATE INDEX audit_members_subject ON audit_members(subject);
        )"),
        // 4: the sealed part of a case is its whole canonical envelope (sealed_format 1), sent as is by sync;
        // blob_refs lists its attachments' hashes (already plain in blobs.sha256) so sync need not parse it.
        QStringLiteral(R"(
            ALTER TABLE cases ADD COLUMN sealed_format INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE cases ADD COLUMN blob_refs TEXT;
        )"),
        // 5: the sealed envelope (≈ 3 KB) leaves the case row for a table of its own. A case's state changes
        // (queued → received, the county's decisions) then rewrite a small row, many to a page, instead of a
        // whole page each. Keyed by the case id, not the rowid: VACUUM may renumber rowids.
        QStringLiteral(R"(
            CREATE TABLE case_envelopes(
                case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
                sealed BLOB NOT NULL);
            INSERT INTO case_envelopes(case_id, sealed) SELECT id, sealed FROM cases ORDER BY rowid;
            ALTER TABLE cases DROP COLUMN sealed;
        )"),
        // 6: the outbox in sending order, covering what sync reads of it: picking the next batch walks its
        // first entries instead of sorting the whole queue for every batch.
        QStringLiteral(R"(
            CREATE INDEX outbox_due ON outbox(enqueued_ms, case_id, next_attempt_ms, attempts);
        )"),
    };
    return steps;
}

/** Splits a migration step into statements; sqlite3_complete knows about quotes, comments and triggers. */
QList<QByteArray> splitStatements(const QString &step)
{
    QList<QByteArray> out;
    const QByteArray utf8 = step.toUtf8();
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != ';')
            continue;
        const QByteArray chunk = utf8.mid(start, i - start + 1);
        if (sqlite3_complete(chunk.constData())) {
            if (!chunk.trimmed().isEmpty() && chunk.trimmed() != ";")
                out.append(chunk.trimmed());
            start = i + 1;
        }
    }
    const QByteArray tail = utf8.mid(start).trimmed();
    if (!tail.isEmpty())
        out.append(tail);
    return out;
}

bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

Error readonlyError(const QString &path)
{
    return Error(QStringLiteral("store.readonly"),
                 QObject::tr("%1 is read-only: the kiosk cannot write its data there (check the permissions "
                             "and that the disk is mounted read-write)")
                     .arg(path));
}

Error notOursError(const QString &path, quint32 appId)
{
    return Error(QStringLiteral("store.not_ours"),
                 QObject::tr("%1 is a SQLite database of another program (application_id 0x%2), not a Bianmin "
                             "kiosk database; it was left untouched")
                     .arg(path)
                     .arg(appId, 8, 16, QLatin1Char('0')));
}

Error corruptError(const QString &path, const QString &why)
{
    return Error(QStringLiteral("store.corrupt"),
                 QObject::tr("%1 is damaged or not a database (%2); it was left untouched, restore it from a backup")
                     .arg(path, why));
}

enum class FileKind { Missing, Empty, Ours };

/** Looks at the file's 100-byte header without letting SQLite near it, so a foreign or damaged file is
 *  refused byte-identical. */
Result<FileKind> inspect(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return FileKind::Missing;
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("store.unreadable"),
                     QObject::tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        // An empty kiosk.db is what an interrupted first open leaves; a non-empty WAL beside it is not.
        if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
            return corruptError(path, QObject::tr("empty file with a write-ahead log"));
        return FileKind::Empty;
    }
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return corruptError(path, QObject::tr("no SQLite header"));
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 appId = (quint32(h[68]) << 24) | (quint32(h[69]) << 16) | (quint32(h[70]) << 8) | quint32(h[71]);
    if (appId != quint32(Database::applicationId))
        return notOursError(path, appId);
    return FileKind::Ours;
}

std::atomic<quint64> s_connectionCounter{0};

/** SQL in_id_set(id, ?): whether the text `id` is in the QSet<QString> bound with RawStatement::bindIdSet, so a
 *  query can leave out a set of cases before it joins anything to them. No set bound: false. */
void inIdSet(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *set = static_cast<const QSet<QString> *>(sqlite3_value_pointer(argv[1], store::RawStatement::idSetType));
    bool in = false;
    if (set && !set->isEmpty()) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
        in = text && set->contains(QString::fromUtf8(text, sqlite3_value_bytes(argv[0])));
    }
    sqlite3_result_int(context, in ? 1 : 0);
}

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    bool isNumber = false;
    const int native = error.nativeErrorCode().toInt(&isNumber);
    const int primary = isNumber ? (native & 0xff) : -1;
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    detail.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QString code = QStringLiteral("store.sql");
    QString message = detail;
    switch (primary) {
    case SQLITE_FULL:
        code = QStringLiteral("store.disk_full");
        message = QObject::tr("the disk is full (%1); nothing was saved").arg(detail);
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        code = QStringLiteral("store.readonly");
        message = QObject::tr("the database is read-only (%1)").arg(detail);
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = QStringLiteral("store.busy");
        message = QObject::tr("the database stayed locked by another program (%1)").arg(detail);
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = QStringLiteral("store.corrupt");
        message = QObject::tr("the database is damaged (%1)").arg(detail);
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        code = QStringLiteral("store.io");
        // SQLite often reports a full disk during a WAL write as a plain I/O error, so say both.
        message = QObject::tr("the disk could not be written or read (%1): check that it is not full or failing; nothing was saved").arg(detail);
        break;
    case SQLITE_CONSTRAINT:
        code = QStringLiteral("store.constraint");
        break;
    default:
        break;
    }
    return Error(code, what.isEmpty() ? message : what + QStringLiteral(": ") + message);
}

Database::Database(DataDir dir, QString connectionName)
    : m_dir(std::move(dir)), m_connectionName(std::move(connectionName))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
}

Database::~Database()
{
    m_statements.clear(); // statements must go before their connection
    m_rawStatements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DataDir &dir, Mode mode)
{
    const QString path = dir.databasePath();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error(QStringLiteral("store.driver"),
                     QObject::tr("Qt's SQLite driver is not installed (Debian package libqt6sql6-sqlite)"));

    auto kind = inspect(path);
    if (!kind)
        return kind.error();
    if (kind.value() != FileKind::Ours && mode == Mode::OpenExisting)
        return Error(QStringLiteral("store.missing"),
                     QObject::tr("%1 does not exist or is empty; run `bianmin --data %2 init` first")
                         .arg(path, dir.root()));
    if (!QFileInfo(dir.root()).isDir() && !QDir().mkpath(dir.root()))
        return readonlyError(dir.root());
    // SQLite needs to create kiosk.db-wal and -shm beside the file, so the directory must be writable too.
    if (!writable(dir.root()))
        return readonlyError(dir.root());
    for (const QString &f : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
        if (QFileInfo::exists(f) && !writable(f))
            return readonlyError(f);

    // SQLite's memory statistics take a process-wide mutex on every allocation (about twenty per case in a sync
    // pass) and nothing here reads them. This only works before SQLite's first use in the process; a later call
    // is refused by SQLite and changes nothing.
    static const bool memoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(memoryStatisticsOff);
    const QString name = QStringLiteral("bianmin-store-%1").arg(s_connectionCounter.fetch_add(1));
    std::unique_ptr<Database> db(new Database(dir, name));
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open())
        return sqlError(QObject::tr("opening %1").arg(path), db->m_db.lastError());
    if (Status s = db->configure(kind.value() != FileKind::Ours); !s)
        return s.error();
    if (sqlite3 *connection = db->handle())
        sqlite3_create_function_v2(connection, "in_id_set", 2, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, inIdSet,
                                   nullptr, nullptr, nullptr);
    return db;
}

Status Database::configure(bool fresh)
{
    const QString where = path();
    if (fresh) {
        // Marks the file as ours before anything else is in it (and before WAL, so it is in the main file).
        if (Status s = store::execSql(m_db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                                      QObject::tr("creating %1").arg(where));
            !s)
            return s;
    }
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()) {
            const Error e = sqlError(QObject::tr("opening %1").arg(where), q.lastError());
            if (e.code == QLatin1String("store.corrupt"))
                return corruptError(where, e.message);
            return e;
        }
        if (q.value(0).toString().toLower() != QLatin1String("wal"))
            return Error(QStringLiteral("store.io"),
                         QObject::tr("%1: cannot switch to write-ahead logging (journal mode is %2)")
                             .arg(where, q.value(0).toString()));
    }
    // cache_size: 8 MiB of pages (SQLite's default is 2 MiB); a sync pass touches each queued case's page
    // twice (uploaded, then received) and would otherwise read many back from the WAL in between.
    for (const char *pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000",
                               "PRAGMA cache_size = -8192"})
        if (Status s = store::execSql(m_db, QString::fromLatin1(pragma), QObject::tr("opening %1").arg(where)); !s)
            return s;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            const Error e = sqlError(QObject::tr("opening %1").arg(where), q.lastError());
            return e.code == QLatin1String("store.corrupt") ? corruptError(where, e.message) : e;
        }
    }
    if (Status s = store::execSql(m_db,
                                  QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations("
                                                 "component TEXT PRIMARY KEY, version INTEGER NOT NULL, "
                                                 "applied_at TEXT NOT NULL) WITHOUT ROWID"),
                                  QObject::tr("opening %1").arg(where));
        !s)
        return s;
    return migrate(QStringLiteral("store"), storeMigrations());
}

Result<QSqlQuery *> Database::prepared(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto q = std::make_unique<QSqlQuery>(m_db);
    if (!q->prepare(sql))
        return sqlError(QObject::tr("preparing a statement"), q->lastError());
    QSqlQuery *raw = q.get();
    m_statements.emplace(sql, std::move(q));
    return raw;
}

sqlite3 *Database::handle() const
{
    const QVariant handle = m_db.driver()->handle();
    return qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
}

Result<store::RawStatement *> Database::raw(const char *sql) const
{
    auto it = m_rawStatements.find(sql);
    if (it != m_rawStatements.end())
        return it->second.get();
    sqlite3 *connection = handle();
    if (!connection)
        return Error(QStringLiteral("store.driver"), QObject::tr("Qt's SQLite driver gives no access to its connection"));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        const Error error = store::rawError(connection, QObject::tr("preparing a statement"));
        sqlite3_finalize(statement);
        return error;
    }
    auto raw = std::make_unique<store::RawStatement>(connection, statement);
    store::RawStatement *result = raw.get();
    m_rawStatements.emplace(sql, std::move(raw));
    return result;
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_inTransaction)
        return work(); // nested: part of the caller's transaction, which commits or rolls back as one

    auto begin = prepared(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin)
        return begin.error();
    if (Status s = store::exec(**begin, QObject::tr("starting a transaction on %1").arg(path())); !s)
        return s;
    m_inTransaction = true;
    ++m_transactionSerial;
    m_stateAtCommit.clear();
    auto rollback = [this] {
        m_inTransaction = false;
        m_stateAtCommit.clear();
        ++m_transactionSerial; // whatever was cached inside it is void
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK")); // may fail if SQLite already rolled back (disk full): harmless
    };
    Status result;
    try {
        result = work();
    } catch (...) {
        rollback();
        throw;
    }
    if (!result) {
        rollback();
        return result;
    }
    for (const auto &[key, value] : std::as_const(m_stateAtCommit)) {
        if (Status s = setStateValue(key, value); !s) {
            rollback();
            return s;
        }
    }
    m_stateAtCommit.clear();
    auto commit = prepared(QStringLiteral("COMMIT"));
    if (!commit) {
        rollback();
        return commit.error();
    }
    if (Status s = store::exec(**commit, QObject::tr("saving to %1").arg(path())); !s) {
        rollback();
        return s;
    }
    m_inTransaction = false;
    return {};
}

int Database::schemaVersion() const
{
    return componentVersion(QStringLiteral("store"));
}

int Database::latestSchemaVersion()
{
    return int(storeMigrations().size());
}

int Database::componentVersion(const QString &component) const
{
    auto q = prepared(QStringLiteral("SELECT version FROM schema_migrations WHERE component = ?"));
    if (!q)
        return 0;
    store::Finisher finish(**q);
    (*q)->addBindValue(component);
    if (!(*q)->exec() || !(*q)->next())
        return 0;
    return (*q)->value(0).toInt();
}

Status Database::migrate(const QString &component, const QList<QString> &steps)
{
    const int target = int(steps.size());
    auto newer = [&](int have) {
        return Error(QStringLiteral("store.newer_schema"),
                     QObject::tr("%1 was written by a newer version of Bianmin (%2 schema %3, this program knows "
                                 "up to %4); it was left untouched, install the newer version")
                         .arg(path(), component)
                         .arg(have)
                         .arg(target));
    };
    // Checked before taking the write lock, so opening an up-to-date or newer file writes nothing.
    const int before = componentVersion(component);
    if (before > target)
        return newer(before);
    if (before == target)
        return {};

    return transaction([&]() -> Status {
        const int have = componentVersion(component); // another process may have migrated meanwhile
        if (have > target)
            return newer(have);
        for (int step = have; step < target; ++step) {
            const QString what = QObject::tr("migrating %1 in %2 to version %3").arg(component, path()).arg(step + 1);
            for (const QByteArray &statement : splitStatements(steps.at(step)))
                if (Status s = store::execSql(m_db, QString::fromUtf8(statement), what); !s)
                    return s;
        }
        if (have == target)
            return {};
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO schema_migrations(component, version, applied_at) VALUES(?, ?, ?) "
                                 "ON CONFLICT(component) DO UPDATE SET version = excluded.version, "
                                 "applied_at = excluded.applied_at"));
        q.addBindValue(component);
        q.addBindValue(target);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return store::exec(q, QObject::tr("recording the schema version of %1").arg(component));
    });
}

Status Database::integrityCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QObject::tr("checking %1").arg(path()), q.lastError());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return Error(QStringLiteral("store.corrupt"),
                 QObject::tr("%1 failed its integrity check: %2").arg(path(), problems.join(QStringLiteral("; "))));
}

QString Database::stateValue(const QString &key) const
{
    auto q = prepared(QStringLiteral("SELECT value FROM state WHERE key = ?"));
    if (!q)
        return {};
    store::Finisher finish(**q);
    (*q)->addBindValue(key);
    if (!(*q)->exec() || !(*q)->next())
        return {};
    return (*q)->value(0).toString();
}

void Database::setStateValueAtCommit(const QString &key, const QString &value)
{
    for (auto &pending : m_stateAtCommit) {
        if (pending.first == key) {
            pending.second = value;
            return;
        }
    }
    m_stateAtCommit.append({key, value});
}

Status Database::setStateValue(const QString &key, const QString &value)
{
    auto q = prepared(QStringLiteral("INSERT INTO state(key, value) VALUES(?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!q)
        return q.error();
    (*q)->addBindValue(key);
    (*q)->addBindValue(value);
    return store::exec(**q, QObject::tr("saving %1").arg(key));
}

} // namespace bianmin
