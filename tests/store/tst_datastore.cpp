// `bianmin init` semantics: a data directory is created once, opened many times, never destroyed by a
// second init, and refused with a clear message when it is not initialised or has another kiosk's keys.
#include "store/datastore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/mount.h>
#include <sys/stat.h>

using namespace bianmin;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

CaseRecord sampleCase()
{
    CaseRecord r;
    r.serviceId = QStringLiteral("medical-insurance");
    r.applicant.name = QStringLiteral("王小明");
    r.applicant.idNumber = QStringLiteral("11010519491231002X");
    r.fields.insert(QStringLiteral("amount"), 120);
    return r;
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}
} // namespace

class TestDataStore : public QObject
{
    Q_OBJECT
private slots:
    void initCreatesEverything()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.filePath(QStringLiteral("kiosk")));
        QVERIFY(DataStore::initialize(dir).ok());
        QVERIFY(QFileInfo(dir.databasePath()).size() > 0);
        QVERIFY(QFileInfo::exists(dir.configPath()));
        QCOMPARE(modeOf(dir.keysDir()), mode_t(0700));
        for (const QString &name : KeyRing::keyFileNames()) {
            QCOMPARE(modeOf(dir.keyPath(name)), mode_t(0600));
            QCOMPARE(QFileInfo(dir.keyPath(name)).size(), qint64(KeyRing::keySize));
        }
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600));
        auto store = DataStore::open(dir, clock);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QCOMPARE((*store)->database().schemaVersion(), Database::latestSchemaVersion());
    }

    void initTwiceKeepsDataKeysAndConfig()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        QVERIFY(DataStore::initialize(dir).ok());
        ManualClock clock(QDateTime::currentDateTime());
        QString id;
        {
            auto store = DataStore::open(dir, clock);
            QVERIFY(store.ok());
            (*store)->config().setValue(QStringLiteral("kiosk.id"), QStringLiteral("500242-huatian-01"));
            QVERIFY((*store)->saveConfig().ok());
            auto submitted = (*store)->cases().submit(sampleCase(), CaseState::Queued, QStringLiteral("villager"));
            QVERIFY(submitted.ok());
            id = submitted->id;
        }
        const QByteArray dataKey = fileBytes(dir.keyPath(QStringLiteral("data.key")));
        QVERIFY(DataStore::initialize(dir).ok());
        QCOMPARE(fileBytes(dir.keyPath(QStringLiteral("data.key"))), dataKey);
        auto store = DataStore::open(dir, clock);
        QVERIFY(store.ok());
        QCOMPARE((*store)->config().value(QStringLiteral("kiosk.id")), QStringLiteral("500242-huatian-01"));
        auto again = (*store)->cases().get(id);
        QVERIFY(again.ok());
        QCOMPARE(again->applicant.name, QStringLiteral("王小明"));
        QCOMPARE(again->kioskId, QStringLiteral("500242-huatian-01"));
    }

    void openUninitialisedSaysRunInit()
    {
        QTemporaryDir tmp;
        ManualClock clock(QDateTime::currentDateTime());
        auto store = DataStore::open(DataDir(tmp.path()), clock);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("store.not_initialized"));
        QVERIFY(store.error().message.contains(QStringLiteral("init")));
        QVERIFY(!store.error().message.contains(QLatin1Char('\n')));
        QVERIFY(!QFileInfo::exists(DataDir(tmp.path()).databasePath())); // nothing created
    }

    void anotherKiosksKeysAreRefusedAtOpen()
    {
        QTemporaryDir a, b;
        QVERIFY(DataStore::initialize(DataDir(a.path())).ok());
        QVERIFY(DataStore::initialize(DataDir(b.path())).ok());
        const QString dataKey = DataDir(a.path()).keyPath(QStringLiteral("data.key"));
        const QByteArray before = fileBytes(DataDir(a.path()).databasePath());
        QFile::remove(dataKey);
        QVERIFY(QFile::copy(DataDir(b.path()).keyPath(QStringLiteral("data.key")), dataKey));
        QFile::setPermissions(dataKey, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ManualClock clock(QDateTime::currentDateTime());
        auto store = DataStore::open(DataDir(a.path()), clock);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("keys.wrong_key"));
        QVERIFY(store.error().message.contains(DataDir(a.path()).keysDir()));
        QCOMPARE(fileBytes(DataDir(a.path()).databasePath()), before);
    }

    void missingKeyWithDataIsNotRegenerated()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        QVERIFY(DataStore::initialize(dir).ok());
        QVERIFY(QFile::remove(dir.keyPath(QStringLiteral("data.key"))));
        const Status again = DataStore::initialize(dir);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("keys.missing"));
        QVERIFY(!QFileInfo::exists(dir.keyPath(QStringLiteral("data.key"))));
        ManualClock clock(QDateTime::currentDateTime());
        auto store = DataStore::open(dir, clock);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("keys.missing"));
    }

    void realFullDiskKeepsEarlierCases()
    {
        // A real ENOSPC, on a tiny tmpfs (needs the right to mount, as root in CI; skipped otherwise).
        QTemporaryDir tmp;
        const QByteArray mountPoint = QFile::encodeName(tmp.path());
        if (::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=600k") != 0)
            QSKIP("cannot mount a small tmpfs here (not root, or no CAP_SYS_ADMIN)");
        struct Unmount
        {
            QByteArray path;
            ~Unmount() { ::umount2(path.constData(), MNT_DETACH); }
        } unmount{mountPoint};

        const DataDir dir(tmp.filePath(QStringLiteral("kiosk")));
        QVERIFY(DataStore::initialize(dir).ok());
        ManualClock clock(QDateTime::currentDateTime());
        QStringList stored;
        Error full;
        {
            auto store = DataStore::open(dir, clock);
            QVERIFY(store.ok());
            for (int i = 0; i < 1000 && full.code.isEmpty(); ++i) {
                CaseRecord r = sampleCase();
                r.fields.insert(QStringLiteral("notes"), QString(2000, QLatin1Char('x')));
                auto done = (*store)->cases().submit(r, CaseState::Queued, QStringLiteral("villager"));
                if (done)
                    stored << done->id;
                else
                    full = done.error();
            }
        }
        QCOMPARE(full.code, QStringLiteral("store.disk_full"));
        QVERIFY(full.message.contains(QStringLiteral("full")));
        QVERIFY(!stored.isEmpty());
        auto store = DataStore::open(dir, clock);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QVERIFY((*store)->database().integrityCheck().ok());
        for (const QString &id : stored)
            QVERIFY((*store)->cases().get(id).ok());
        QCOMPARE((*store)->cases().outboxSize().value(), stored.size());
        QVERIFY((*store)->audit().verify()->intact());
    }
};

QTEST_GUILESS_MAIN(TestDataStore)
#include "tst_datastore.moc"
