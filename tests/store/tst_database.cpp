// The kiosk database file: opened with WAL + synchronous=FULL, migrated idempotently, and refused with a
// clear one-line error — leaving the file byte-identical — when it is foreign, damaged, newer than this
// program, read-only, or when the disk fills up (earlier data then stays intact).
#include "store/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace bianmin;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

std::unique_ptr<Database> openOrDie(const DataDir &dir, Database::Mode mode = Database::Mode::CreateIfMissing)
{
    auto db = Database::open(dir, mode);
    if (!db)
        qFatal("open failed: %s", qPrintable(db.error().message));
    return std::move(db.value());
}

/** Writes a file SQLite accepts but that belongs to some other program. */
void writeForeignDatabase(const QString &path, bool wal)
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        if (wal)
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts(name TEXT, phone TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES('someone', '123')")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void opensWithWalAndFullSync()
    {
        QTemporaryDir tmp;
        auto db = openOrDie(DataDir(tmp.path()));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db->integrityCheck().ok());
        // A second connection to the same file (another Database in the same process) works alongside.
        auto second = openOrDie(DataDir(tmp.path()), Database::Mode::OpenExisting);
        QCOMPARE(second->schemaVersion(), Database::latestSchemaVersion());
    }

    void missingFileIsNotCreatedByOpenExisting()
    {
        QTemporaryDir tmp;
        auto db = Database::open(DataDir(tmp.path()), Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("store.missing"));
        QVERIFY(db.error().message.contains(QStringLiteral("init")));
        QVERIFY(!QFileInfo::exists(DataDir(tmp.path()).databasePath()));
    }

    void migrationsAreNumberedAndIdempotent()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        QList<QString> steps = {
            // Several statements, a string holding ';' and a trigger body: all in one step.
            QStringLiteral("CREATE TABLE staff(id TEXT PRIMARY KEY, name TEXT, note TEXT DEFAULT 'a;b');"
                           "CREATE TABLE staff_log(id TEXT, at TEXT);"
                           "CREATE TRIGGER staff_added AFTER INSERT ON staff BEGIN "
                           "  INSERT INTO staff_log VALUES(new.id, 'now'); END;"),
        };
        {
            auto db = openOrDie(dir);
            QVERIFY(db->migrate(QStringLiteral("auth"), steps).ok());
            QCOMPARE(db->componentVersion(QStringLiteral("auth")), 1);
            // Running it again must not re-run CREATE TABLE (which would fail).
            QVERIFY(db->migrate(QStringLiteral("auth"), steps).ok());
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO staff(id, name) VALUES('s1', 'Li')")));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM staff_log")).toInt(), 1);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT note FROM staff")).toString(), QStringLiteral("a;b"));
        }
        steps << QStringLiteral("ALTER TABLE staff ADD COLUMN role TEXT NOT NULL DEFAULT 'clerk'");
        {
            auto db = openOrDie(dir, Database::Mode::OpenExisting);
            QCOMPARE(db->componentVersion(QStringLiteral("auth")), 1);
            QVERIFY(db->migrate(QStringLiteral("auth"), steps).ok());
            QCOMPARE(db->componentVersion(QStringLiteral("auth")), 2);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT role FROM staff WHERE id = 's1'")).toString(),
                     QStringLiteral("clerk"));
            QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion()); // components are independent
        }
        // A failing step leaves the component where it was, including earlier steps of the same run.
        steps << QStringLiteral("CREATE TABLE extra(x)") << QStringLiteral("CREATE TABLE broken(");
        auto db = openOrDie(dir, Database::Mode::OpenExisting);
        const Status failed = db->migrate(QStringLiteral("auth"), steps);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("auth")));
        QCOMPARE(db->componentVersion(QStringLiteral("auth")), 2);
        QVERIFY(!scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'extra'")).toBool());
    }

    void transactionsCommitOrRollBackAsOne()
    {
        QTemporaryDir tmp;
        auto db = openOrDie(DataDir(tmp.path()));
        QVERIFY(db->migrate(QStringLiteral("t"), {QStringLiteral("CREATE TABLE t(x INTEGER)")}).ok());
        QSqlQuery q(db->sql());
        const Status failed = db->transaction([&]() -> Status {
            if (!q.exec(QStringLiteral("INSERT INTO t VALUES(1)")))
                return Error(QStringLiteral("t"), q.lastError().text());
            // Nested: part of the same transaction.
            return db->transaction([&]() -> Status {
                q.exec(QStringLiteral("INSERT INTO t VALUES(2)"));
                return Error(QStringLiteral("test.fail"), QStringLiteral("no"));
            });
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("test.fail"));
        QVERIFY(!db->inTransaction());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);
        QVERIFY(db->transaction([&]() -> Status {
                      q.exec(QStringLiteral("INSERT INTO t VALUES(3)"));
                      return db->setStateValue(QStringLiteral("k"), QStringLiteral("v"));
                  })
                    .ok());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
        QCOMPARE(db->stateValue(QStringLiteral("k")), QStringLiteral("v"));
    }

    void foreignSqliteFileIsRefusedUntouched_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("rollback journal") << false;
        QTest::newRow("wal") << true;
    }
    void foreignSqliteFileIsRefusedUntouched()
    {
        QFETCH(bool, wal);
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        writeForeignDatabase(dir.databasePath(), wal);
        const QByteArray before = fileBytes(dir.databasePath());
        QVERIFY(!before.isEmpty());
        for (auto mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing}) {
            auto db = Database::open(dir, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, QStringLiteral("store.not_ours"));
            QVERIFY(db.error().message.contains(dir.databasePath()));
            QVERIFY(!db.error().message.contains(QLatin1Char('\n')));
        }
        QCOMPARE(fileBytes(dir.databasePath()), before);
        QVERIFY(!QFileInfo::exists(dir.databasePath() + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(dir.databasePath() + QStringLiteral("-shm")));
    }

    void damagedFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database at all\n").repeated(200);
        QByteArray noise(8192, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("noise") << noise;
        QTest::newRow("short header") << QByteArray("SQLite format 3\0", 16);
        QTest::newRow("json") << QByteArray("{\"cases\": []}");
    }
    void damagedFileIsRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        QFile f(dir.databasePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        for (auto mode : {Database::Mode::OpenExisting, Database::Mode::CreateIfMissing}) {
            auto db = Database::open(dir, mode);
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, QStringLiteral("store.corrupt"));
            QVERIFY(db.error().message.contains(dir.databasePath()));
        }
        QCOMPARE(fileBytes(dir.databasePath()), content);
    }

    void ourFileWithDamagedPagesIsReported()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        openOrDie(dir).reset();
        QByteArray bytes = fileBytes(dir.databasePath());
        QVERIFY(bytes.size() > 8192);
        // Keep the header (it says "ours"), wreck the schema page's content.
        for (qsizetype i = 100; i < 4096; ++i)
            bytes[i] = char(0xA5);
        QFile f(dir.databasePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto db = Database::open(dir, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("store.corrupt"));
        QVERIFY(db.error().message.contains(dir.databasePath()));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        {
            auto db = openOrDie(dir);
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_migrations SET version = version + 1 WHERE component = 'store'")));
        }
        const QByteArray before = fileBytes(dir.databasePath());
        auto db = Database::open(dir, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("store.newer_schema"));
        QVERIFY(db.error().message.contains(dir.databasePath()));
        QCOMPARE(fileBytes(dir.databasePath()), before);

        // The same rule for another component's tables.
        QTemporaryDir tmp2;
        auto ok = openOrDie(DataDir(tmp2.path()));
        const QList<QString> two = {QStringLiteral("CREATE TABLE a(x)"), QStringLiteral("CREATE TABLE b(x)")};
        QVERIFY(ok->migrate(QStringLiteral("sync"), two).ok());
        const Status older = ok->migrate(QStringLiteral("sync"), two.mid(0, 1));
        QVERIFY(!older.ok());
        QCOMPARE(older.error().code, QStringLiteral("store.newer_schema"));
    }

    void diskFullIsReportedAndEarlierDataSurvives()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        {
            auto db = openOrDie(dir);
            QVERIFY(db->migrate(QStringLiteral("t"), {QStringLiteral("CREATE TABLE t(x BLOB)")}).ok());
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES('kept')")));
            const int pages = scalar(*db, QStringLiteral("PRAGMA page_count")).toInt();
            // The injected limit: the file may grow by a few pages only, as on a full disk.
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));
            const Status full = db->transaction([&]() -> Status {
                QSqlQuery insert(db->sql());
                insert.prepare(QStringLiteral("INSERT INTO t VALUES(?)"));
                insert.addBindValue(QByteArray(64 * 1024, 'x'));
                if (!insert.exec())
                    return sqlError(QStringLiteral("saving"), insert.lastError());
                return {};
            });
            QVERIFY(!full.ok());
            QCOMPARE(full.error().code, QStringLiteral("store.disk_full"));
            QVERIFY(full.error().message.contains(QStringLiteral("full")));
            QVERIFY(!db->inTransaction());
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
        }
        auto db = openOrDie(dir, Database::Mode::OpenExisting);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT x FROM t")).toString(), QStringLiteral("kept"));
        QVERIFY(db->integrityCheck().ok());
    }

    void readOnlyPlacesAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("mode");
        QTest::newRow("read-only directory") << "dir" << "open";
        QTest::newRow("read-only file") << "file" << "open";
        QTest::newRow("creating in a read-only directory") << "empty-dir" << "create";
    }
    void readOnlyPlacesAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, mode);
        QTemporaryDir tmp;
        QCOMPARE(::chmod(QFile::encodeName(tmp.path()).constData(), 0755), 0);
        const DataDir dir(tmp.filePath(QStringLiteral("data")));
        QVERIFY(QDir().mkpath(dir.root()));
        if (what != QLatin1String("empty-dir"))
            openOrDie(dir).reset();
        const QByteArray before = fileBytes(dir.databasePath());

        // Root ignores permission bits, so the opening process runs as "nobody" when we are root; the data
        // directory then belongs to nobody (writable) or to root (read-only for nobody).
        const bool root = ::geteuid() == 0;
        const QByteArray rootDir = QFile::encodeName(dir.root());
        const QByteArray dbFile = QFile::encodeName(dir.databasePath());
        if (what == QLatin1String("file")) {
            if (root)
                QCOMPARE(::chown(rootDir.constData(), 65534, 65534), 0); // dir writable, file still root's
            else
                QCOMPARE(::chmod(dbFile.constData(), 0444), 0);
        } else {
            QCOMPARE(::chmod(rootDir.constData(), 0555), 0);
        }
        QProcess helper;
        if (root)
            helper.setChildProcessModifier([] {
                if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(99);
            });
        helper.start(QStringLiteral(STORE_OPEN_HELPER), {dir.root(), mode});
        QVERIFY(helper.waitForFinished(30000));
        const QString out = QString::fromUtf8(helper.readAllStandardOutput());
        ::chmod(rootDir.constData(), 0755); // let QTemporaryDir clean up
        QCOMPARE(helper.exitCode(), 1);
        QCOMPARE(out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("store.readonly"));
        QVERIFY(out.section(QLatin1Char('\n'), 1, 1).contains(dir.root()));
        QCOMPARE(fileBytes(dir.databasePath()), before);
        if (what == QLatin1String("empty-dir"))
            QVERIFY(!QFileInfo::exists(dir.databasePath()));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
