// Bad input (issue #2 item 7): every way a field technician can find a kiosk's data directory broken.
// Each case: the real `bianmin` gives a clear one-line error and a non-zero exit, and the data that was
// there before is still there afterwards (same `case list`, integrity_check ok, audit chain intact).
//
// Read-only and full disks are real: a small tmpfs mounted by the test (tests run as root). chmod would
// not stop root, so a read-only remount is used. Where mounting is not allowed (an unprivileged container)
// those two tests skip and say why.
#include "clitest.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void corruptDatabase_data();
    void corruptDatabase();
    void foreignSqliteDatabase();
    void readOnlyDataDirectory();
    void fullDisk();
    void missingKeyFile_data();
    void missingKeyFile();
    void wrongKeyFile_data();
    void wrongKeyFile();
    void malformedJson_data();
    void malformedJson();
    void malformedConfigFile();

private:
    /** init + three cases in `dir`; remembers `case list --json` as m_before. */
    void populate(const QString &dir);
    /** The data is exactly what populate() left: same list, sound file, intact chain. */
    void verifyIntact(const QString &dir);
    /** A command that must fail with one line and exit non-zero. */
    void expectFailure(const QString &dir, const QStringList &args, const QByteArray &input = {},
                       const QString &mentions = {});
    bool mountTmpfs(const QString &at, const QString &size);
    QString dbPath(const QString &dir) const { return dir + QStringLiteral("/kiosk.db"); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dir;
    QByteArray m_before;
    QStringList m_mounts;
};

static const QStringList kSubmit = {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), QStringLiteral("-")};
static const QStringList kList = {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")};

static bool shell(const QString &command, QByteArray *output = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(30000))
        return false;
    if (output)
        *output = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

static QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

void TestBadInput::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = m_tmp->filePath(QStringLiteral("kiosk"));
}

void TestBadInput::cleanup()
{
    for (const QString &m : std::as_const(m_mounts))
        shell(QStringLiteral("umount -l '%1'").arg(m));
    m_mounts.clear();
    m_tmp.reset();
}

void TestBadInput::populate(const QString &dir)
{
    const Run i = run(dir, {QStringLiteral("init")});
    QVERIFY2(i.ok(), i.err.constData());
    for (int n = 0; n < 3; ++n) {
        const Run r = run(dir, kSubmit, compact(caseObject(QStringLiteral("村民%1").arg(n), idNumber(300 + n))));
        QVERIFY2(r.ok(), r.err.constData());
    }
    const Run list = run(dir, kList);
    QVERIFY2(list.ok(), list.err.constData());
    QCOMPARE(list.json().array().size(), 3);
    m_before = list.out;
}

void TestBadInput::verifyIntact(const QString &dir)
{
    const Run list = run(dir, kList);
    QVERIFY2(list.ok(), list.err.constData());
    QCOMPARE(list.out, m_before);
    QCOMPARE(integrityCheck(dbPath(dir)), QStringLiteral("ok"));
    const Run verify = run(dir, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.ok(), verify.err.constData());
}

void TestBadInput::expectFailure(const QString &dir, const QStringList &args, const QByteArray &input,
                                 const QString &mentions)
{
    const Run r = run(dir, args, input);
    const QString what = args.join(QLatin1Char(' '));
    QVERIFY2(!r.crashed, qPrintable(what + QStringLiteral(": crashed")));
    QVERIFY2(r.exitCode != 0, qPrintable(what + QStringLiteral(": exit 0; ") + r.outText()));
    QVERIFY2(r.oneErrorLine(), qPrintable(what + QStringLiteral(": stderr was: ") + r.errText()));
    QVERIFY2(r.errText().startsWith(QStringLiteral("bianmin: ")), qPrintable(r.errText()));
    if (!mentions.isEmpty())
        QVERIFY2(r.errText().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(what + QStringLiteral(": expected \"") + mentions + QStringLiteral("\" in: ") + r.errText()));
}

bool TestBadInput::mountTmpfs(const QString &at, const QString &size)
{
    QDir().mkpath(at);
    if (!shell(QStringLiteral("mount -t tmpfs -o size=%1,mode=0755 tmpfs '%2'").arg(size, at)))
        return false;
    m_mounts << at;
    return true;
}

// --- the database file ---

void TestBadInput::corruptDatabase_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("pages overwritten") << QStringLiteral("pages");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void TestBadInput::corruptDatabase()
{
    QFETCH(QString, damage);
    populate(m_dir);
    const QString db = dbPath(m_dir);
    const QByteArray good = fileBytes(db);
    QVERIFY(good.size() >= 4096 * 3);
    QVERIFY2(!QFile::exists(db + QStringLiteral("-wal")), "the CLI left a WAL behind; the test would miss it");

    QByteArray bad = good;
    if (damage == QLatin1String("random")) {
        bad = QByteArray(good.size(), Qt::Uninitialized);
        for (char &c : bad)
            c = char(QRandomGenerator::global()->bounded(256));
    } else if (damage == QLatin1String("pages")) {
        // The header survives (it still looks like SQLite) but the tables' pages are garbage.
        for (qsizetype i = 4096; i < bad.size(); ++i)
            bad[i] = char(0x5a ^ (i & 0xff));
    } else {
        bad.truncate(good.size() / 2 + 100);
    }
    QVERIFY(writeFile(db, bad));

    expectFailure(m_dir, kList);
    expectFailure(m_dir, kSubmit, compact(caseObject(QStringLiteral("新人"), idNumber(310))));
    expectFailure(m_dir, {QStringLiteral("audit"), QStringLiteral("verify")});
    expectFailure(m_dir, {QStringLiteral("init")});
    // Nobody "repaired" the damaged file by replacing it: a technician can still send it for recovery.
    QCOMPARE(fileBytes(db), bad);

    QVERIFY(writeFile(db, good));
    verifyIntact(m_dir);
}

void TestBadInput::foreignSqliteDatabase()
{
    QVERIFY(QDir().mkpath(m_dir));
    const QString db = dbPath(m_dir);
    QVERIFY(execSql(db, QStringLiteral("CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)")));
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO customers(name) VALUES ('someone else''s data')")));
    const QByteArray foreign = fileBytes(db);

    expectFailure(m_dir, {QStringLiteral("init")});
    expectFailure(m_dir, kList);
    expectFailure(m_dir, kSubmit, compact(caseObject(QStringLiteral("新人"), idNumber(311))));
    // Not migrated, not touched.
    QCOMPARE(fileBytes(db), foreign);
    QCOMPARE(integrityCheck(db), QStringLiteral("ok"));
}

// --- the file system ---

void TestBadInput::readOnlyDataDirectory()
{
    const QString mnt = m_tmp->filePath(QStringLiteral("ro"));
    if (!mountTmpfs(mnt, QStringLiteral("16m")))
        QSKIP("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN): a read-only directory cannot be made for root");
    const QString dir = mnt + QStringLiteral("/kiosk");
    populate(dir);
    QByteArray why;
    QVERIFY2(shell(QStringLiteral("mount -o remount,ro '%1'").arg(mnt), &why), why.constData());
    QVERIFY2(!QFile(dir + QStringLiteral("/probe")).open(QIODevice::WriteOnly), "the remount did not make it read-only");

    expectFailure(dir, kSubmit, compact(caseObject(QStringLiteral("新人"), idNumber(312))), QStringLiteral("read-only"));
    expectFailure(dir, {QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("-")},
                  compact(caseObject(QStringLiteral("新人"), idNumber(313))) + '\n');
    expectFailure(dir, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("kiosk.id"), QStringLiteral("x")});
    // Reading may work or may be refused, but never half of each.
    const Run list = run(dir, kList);
    QVERIFY(list.ok() ? list.out == m_before : list.oneErrorLine());

    QVERIFY2(shell(QStringLiteral("mount -o remount,rw '%1'").arg(mnt), &why), why.constData());
    verifyIntact(dir);
}

void TestBadInput::fullDisk()
{
    const QString mnt = m_tmp->filePath(QStringLiteral("full"));
    if (!mountTmpfs(mnt, QStringLiteral("4m")))
        QSKIP("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN): no small disk to fill");
    const QString dir = mnt + QStringLiteral("/kiosk");
    populate(dir);

    // Fill every last byte.
    const QString filler = mnt + QStringLiteral("/filler");
    {
        QFile f(filler);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray chunk(64 * 1024, 'x');
        while (f.write(chunk) == chunk.size()) {
        }
        while (f.write("x", 1) == 1) {
        }
    }
    QByteArray df;
    shell(QStringLiteral("df -B1 --output=avail '%1' | tail -1").arg(mnt), &df);
    QCOMPARE(df.trimmed().toLongLong(), 0);

    QByteArray many;
    for (int n = 0; n < 50; ++n)
        many += compact(caseObject(QStringLiteral("新人%1").arg(n), idNumber(320 + n))) + '\n';
    expectFailure(dir, kSubmit, compact(caseObject(QStringLiteral("新人"), idNumber(314))));
    expectFailure(dir, {QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("-")}, many);
    expectFailure(dir, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("kiosk.name"), QString(4096, QLatin1Char('x'))});

    QVERIFY(QFile::remove(filler));
    // Whatever the import stored before the disk ran out is a complete case; nothing promised is lost.
    const Run list = run(dir, kList);
    QVERIFY2(list.ok(), list.err.constData());
    QVERIFY(list.json().array().size() >= 3);
    QCOMPARE(integrityCheck(dbPath(dir)), QStringLiteral("ok"));
    QVERIFY(run(dir, {QStringLiteral("audit"), QStringLiteral("verify")}).ok());
    const Run more = run(dir, kSubmit, compact(caseObject(QStringLiteral("之后"), idNumber(399))));
    QVERIFY2(more.ok(), more.err.constData());
    const QJsonArray before = QJsonDocument::fromJson(m_before).array();
    const QJsonArray after = run(dir, kList).json().array();
    for (const QJsonValue &v : before)
        QVERIFY(after.contains(v));
}

// --- the keys ---

void TestBadInput::missingKeyFile_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("data.key") << QStringLiteral("data.key");
    QTest::newRow("index.key") << QStringLiteral("index.key");
}

void TestBadInput::missingKeyFile()
{
    QFETCH(QString, key);
    populate(m_dir);
    const QString path = m_dir + QStringLiteral("/keys/") + key;
    const QString aside = m_tmp->filePath(QStringLiteral("aside.key"));
    QVERIFY(QFile::rename(path, aside));

    expectFailure(m_dir, kList, {}, key);
    expectFailure(m_dir, kSubmit, compact(caseObject(QStringLiteral("新人"), idNumber(315))), key);
    expectFailure(m_dir, {QStringLiteral("audit"), QStringLiteral("verify")});
    // init must not paper over it with a new key: every stored case would become unreadable.
    expectFailure(m_dir, {QStringLiteral("init")}, {}, key);
    QVERIFY(!QFile::exists(path));

    QVERIFY(QFile::rename(aside, path));
    verifyIntact(m_dir);
}

void TestBadInput::wrongKeyFile_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("mode");
    QTest::newRow("another key") << 32 << 0600;
    QTest::newRow("too short") << 16 << 0600;
    QTest::newRow("readable by all") << 0 << 0644;
}

void TestBadInput::wrongKeyFile()
{
    QFETCH(int, size);
    QFETCH(int, mode);
    populate(m_dir);
    const QString path = m_dir + QStringLiteral("/keys/data.key");
    const QByteArray good = fileBytes(path);
    if (size > 0) {
        QByteArray other(size, Qt::Uninitialized);
        for (char &c : other)
            c = char(QRandomGenerator::global()->bounded(256));
        QVERIFY(writeFile(path, other));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(mode == 0644 ? 0x6644 : 0x6600)));

    expectFailure(m_dir, kList);
    expectFailure(m_dir, {QStringLiteral("case"), QStringLiteral("show"),
                          QJsonDocument::fromJson(m_before).array().first().toObject().value(QStringLiteral("id")).toString()});
    // Above all, nothing new may be sealed under the wrong key next to the old data.
    expectFailure(m_dir, kSubmit, compact(caseObject(QStringLiteral("新人"), idNumber(316))));
    expectFailure(m_dir, {QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("-")},
                  compact(caseObject(QStringLiteral("新人"), idNumber(317))) + '\n');

    QVERIFY(writeFile(path, good));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    verifyIntact(m_dir);
}

// --- JSON ---

void TestBadInput::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray good = compact(caseObject(QStringLiteral("新人"), idNumber(318)));
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("cut before the last brace") << good.left(good.size() - 1);
    QTest::newRow("trailing comma") << QByteArray("{\"service_id\": \"x\", \"applicant\": {\"name\": \"a\"},}");
    QTest::newRow("not JSON") << QByteArray("service_id=x&name=y");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"service_id\": \"\xff\xfe\"}");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4);
}

void TestBadInput::malformedJson()
{
    QFETCH(QByteArray, json);
    populate(m_dir);
    expectFailure(m_dir, kSubmit, json);
    const QString file = m_tmp->filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(file, json));
    expectFailure(m_dir, {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), file});
    // In an import the bad line is refused by number and the good ones around it are not lost.
    const QByteArray jsonl = json + "\n" + compact(caseObject(QStringLiteral("好人"), idNumber(319))) + "\n";
    const Run r = run(m_dir, {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("-")}, jsonl);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.oneErrorLine());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("stored")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("refused")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(run(m_dir, kList).json().array().size(), 4);
    QCOMPARE(integrityCheck(dbPath(m_dir)), QStringLiteral("ok"));
}

void TestBadInput::malformedConfigFile()
{
    populate(m_dir);
    const QString config = m_dir + QStringLiteral("/config.json");
    QVERIFY(run(m_dir, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("kiosk.id"), QStringLiteral("500242-huatian-01")}).ok());
    const QByteArray good = fileBytes(config);
    const QByteArray truncated = good.left(good.size() / 2);
    QVERIFY(writeFile(config, truncated));

    expectFailure(m_dir, {QStringLiteral("config"), QStringLiteral("get")}, {}, QStringLiteral("config.json"));
    expectFailure(m_dir, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("printer"), QStringLiteral("/dev/usb/lp0")});
    expectFailure(m_dir, kSubmit, compact(caseObject(QStringLiteral("新人"), idNumber(319))));
    expectFailure(m_dir, {QStringLiteral("init")});
    // Not overwritten with a fresh (empty) config: the technician's settings can still be recovered.
    QCOMPARE(fileBytes(config), truncated);

    QVERIFY(writeFile(config, good));
    verifyIntact(m_dir);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
