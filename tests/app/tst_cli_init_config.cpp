// `bianmin init` and `bianmin config`, driven as a technician would: the real binary on a real directory.
#include "clitest.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace clitest;

class TestCliInitConfig : public QObject
{
    Q_OBJECT

private slots:
    void initCreatesTheLayout();
    void initTwiceKeepsData();
    void initJson();
    void configGetListsKnownKeys();
    void configSetAndGet();
    void configUnknownKeyIsStoredWithAWarning();
    void configRefusesBadValues();
    void configOnUninitialisedDirectory();
    void unknownCommandIsOneLine();
};

static int mode(const QString &path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

void TestCliInitConfig::initCreatesTheLayout()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kiosk"));
    const Run r = run(dir, {QStringLiteral("init")});
    QVERIFY2(r.ok(), r.err.constData());
    QVERIFY(r.err.isEmpty());
    QVERIFY(QFileInfo(dir + QStringLiteral("/kiosk.db")).isFile());
    QVERIFY(QFileInfo(dir + QStringLiteral("/config.json")).isFile());
    QCOMPARE(mode(dir + QStringLiteral("/keys")), 0700);
    for (const char *key : {"data.key", "index.key", "pepper.key"}) {
        const QString path = dir + QStringLiteral("/keys/") + QLatin1String(key);
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
        QCOMPARE(mode(path), 0600);
        QCOMPARE(QFileInfo(path).size(), 32);
        // The report names what it created.
        QVERIFY2(r.outText().contains(path), r.out.constData());
    }
    QVERIFY(r.outText().contains(dir + QStringLiteral("/kiosk.db")));
    QCOMPARE(integrityCheck(dir + QStringLiteral("/kiosk.db")), QStringLiteral("ok"));
}

void TestCliInitConfig::initTwiceKeepsData()
{
    QTemporaryDir tmp;
    const QString dir = tmp.path();
    QVERIFY(run(dir, {QStringLiteral("init")}).ok());
    QFile keyFile(dir + QStringLiteral("/keys/data.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray key = keyFile.readAll();
    keyFile.close();
    QVERIFY(run(dir, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("kiosk.id"),
                      QStringLiteral("500242-huatian-01")}).ok());
    const Run submitted = run(dir, {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"),
                                    QStringLiteral("-")},
                              compact(caseObject(QStringLiteral("张秀英"), idNumber(11))));
    QVERIFY2(submitted.ok(), submitted.err.constData());

    const Run again = run(dir, {QStringLiteral("init")});
    QVERIFY2(again.ok(), again.err.constData());
    QVERIFY2(again.outText().contains(QStringLiteral("nothing changed")), again.out.constData());
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QCOMPARE(keyFile.readAll(), key);
    QCOMPARE(caseIds(dir), QStringList{submitted.outText().trimmed()});
    const Run kioskId = run(dir, {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("kiosk.id")});
    QCOMPARE(kioskId.outText().trimmed(), QStringLiteral("500242-huatian-01"));
}

void TestCliInitConfig::initJson()
{
    QTemporaryDir tmp;
    const Run r = run(tmp.path(), {QStringLiteral("--json"), QStringLiteral("init")});
    QVERIFY2(r.ok(), r.err.constData());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("data")).toString(), QDir::cleanPath(tmp.path()));
    QVERIFY(o.value(QStringLiteral("created")).toArray().contains(QDir::cleanPath(tmp.path()) + QStringLiteral("/kiosk.db")));
    QVERIFY(o.value(QStringLiteral("schema_version")).toInt() >= 1);

    const QJsonObject again = run(tmp.path(), {QStringLiteral("init"), QStringLiteral("--json")}).json().object();
    QVERIFY(again.value(QStringLiteral("created")).toArray().isEmpty());
    QCOMPARE(again.value(QStringLiteral("schema_version")), o.value(QStringLiteral("schema_version")));
}

void TestCliInitConfig::configGetListsKnownKeys()
{
    QTemporaryDir tmp;
    QVERIFY(run(tmp.path(), {QStringLiteral("init")}).ok());
    const Run text = run(tmp.path(), {QStringLiteral("config"), QStringLiteral("get")});
    QVERIFY2(text.ok(), text.err.constData());
    for (const char *key : {"kiosk.id", "county.url", "county.ca", "county.pin", "kiosk.cert", "kiosk.key", "printer",
                            "idcard.device"})
        QVERIFY2(text.outText().contains(QLatin1String(key) + QStringLiteral(" = ")), key);
    QVERIFY(text.outText().contains(QStringLiteral("# base URL of the county platform")));

    const Run json = run(tmp.path(), {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("--json")});
    const QJsonObject all = json.json().object();
    const QJsonObject locale = all.value(QStringLiteral("locale")).toObject();
    QCOMPARE(locale.value(QStringLiteral("value")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(locale.value(QStringLiteral("default")).toBool(), true);
    QVERIFY(!locale.value(QStringLiteral("description")).toString().isEmpty());
}

void TestCliInitConfig::configSetAndGet()
{
    QTemporaryDir tmp;
    QVERIFY(run(tmp.path(), {QStringLiteral("init")}).ok());
    const Run set = run(tmp.path(), {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("county.url"),
                                     QStringLiteral("https://county.example:8443")});
    QVERIFY2(set.ok(), set.err.constData());
    QVERIFY(set.err.isEmpty());
    const Run get = run(tmp.path(), {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("county.url")});
    QCOMPARE(get.outText(), QStringLiteral("https://county.example:8443\n"));
    const QJsonObject json = run(tmp.path(), {QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("get"),
                                              QStringLiteral("county.url")}).json().object();
    QCOMPARE(json.value(QStringLiteral("key")).toString(), QStringLiteral("county.url"));
    QCOMPARE(json.value(QStringLiteral("value")).toString(), QStringLiteral("https://county.example:8443"));
    QCOMPARE(json.size(), 2);
    const QJsonObject all = run(tmp.path(), {QStringLiteral("--json"), QStringLiteral("config"), QStringLiteral("get")}).json().object();
    QCOMPARE(all.value(QStringLiteral("county.url")).toObject().value(QStringLiteral("default")).toBool(), false);
    // A default shows for a known key nobody set.
    const Run width = run(tmp.path(), {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("printer.width")});
    QCOMPARE(width.outText(), QStringLiteral("80\n"));
}

void TestCliInitConfig::configUnknownKeyIsStoredWithAWarning()
{
    QTemporaryDir tmp;
    QVERIFY(run(tmp.path(), {QStringLiteral("init")}).ok());
    const Run set = run(tmp.path(), {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sync.future_knob"),
                                     QStringLiteral("7")});
    QVERIFY2(set.ok(), set.err.constData());
    QVERIFY(set.oneErrorLine());
    QVERIFY(set.errText().contains(QStringLiteral("sync.future_knob")));
    const Run get = run(tmp.path(), {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("sync.future_knob")});
    QCOMPARE(get.outText(), QStringLiteral("7\n"));
    const Run missing = run(tmp.path(), {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("no.such.key")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.oneErrorLine());
}

void TestCliInitConfig::configRefusesBadValues()
{
    QTemporaryDir tmp;
    QVERIFY(run(tmp.path(), {QStringLiteral("init")}).ok());
    const QList<QStringList> bad = {{QStringLiteral("locale"), QStringLiteral("fr")},
                                    {QStringLiteral("printer.width"), QStringLiteral("66")},
                                    {QStringLiteral("idle.timeout"), QStringLiteral("-5")},
                                    {QStringLiteral("county.url"), QStringLiteral("http://plain.example")},
                                    {QStringLiteral("Not A Key"), QStringLiteral("x")}};
    for (const QStringList &kv : bad) {
        const Run r = run(tmp.path(), QStringList{QStringLiteral("config"), QStringLiteral("set")} + kv);
        QVERIFY2(r.exitCode != 0, qPrintable(kv.join(QLatin1Char(' '))));
        QVERIFY2(r.oneErrorLine(), r.err.constData());
    }
    QCOMPARE(run(tmp.path(), {QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("locale")}).outText(),
             QStringLiteral("zh_CN\n"));
}

void TestCliInitConfig::configOnUninitialisedDirectory()
{
    QTemporaryDir tmp;
    const Run r = run(tmp.filePath(QStringLiteral("nothing-here")), {QStringLiteral("config"), QStringLiteral("get")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.oneErrorLine());
    QVERIFY2(r.errText().contains(QStringLiteral("init")), r.err.constData());
    const Run list = run(tmp.filePath(QStringLiteral("nothing-here")), {QStringLiteral("case"), QStringLiteral("list")});
    QVERIFY(list.exitCode != 0);
    QVERIFY2(list.oneErrorLine(), list.err.constData());
}

void TestCliInitConfig::unknownCommandIsOneLine()
{
    QTemporaryDir tmp;
    const Run r = run(tmp.path(), {QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.oneErrorLine());
    const Run help = run(tmp.path(), {QStringLiteral("help")});
    QVERIFY(help.ok());
    for (const char *synopsis : {"init", "config get", "config set", "case submit", "case import", "case list",
                                 "case show", "audit verify", "bench submit"})
        QVERIFY2(help.outText().contains(QLatin1String(synopsis)), synopsis);
}

QTEST_GUILESS_MAIN(TestCliInitConfig)
#include "tst_cli_init_config.moc"
