// `bianmin sync --once` as a technician runs it: exit 0 and a summary when drained; exit 1 with one line
// saying why when the county cannot be reached or trusted, with the cases still queued; a catalogue the
// county publishes is installed, a broken one is refused and the old one stays.
#include "synctestsupport.h"

#include "forms/catalogue.h"

#include <QTemporaryDir>

using namespace synctest;

namespace {

struct CliResult
{
    int code = -1;
    QByteArray out, err;
};

CliResult runCli(const QString &dataDir, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(BIANMIN_CLI), QStringList{QStringLiteral("--data"), dataDir} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

/** `bianmin init` and the config keys that point the kiosk `k-01` at `county`. */
void initKiosk(const QString &data, const County &county, const Pki &pki)
{
    QCOMPARE(runCli(data, {QStringLiteral("init")}).code, 0);
    const QList<QPair<QString, QString>> config{{QStringLiteral("kiosk.id"), QStringLiteral("k-01")},
                                                {QStringLiteral("county.url"), county.url()},
                                                {QStringLiteral("county.ca"), pki.caPem()},
                                                {QStringLiteral("kiosk.cert"), pki.kioskPem(QStringLiteral("k-01"))},
                                                {QStringLiteral("kiosk.key"), pki.kioskKey(QStringLiteral("k-01"))}};
    for (const auto &[key, value] : config)
        QCOMPARE(runCli(data, {QStringLiteral("config"), QStringLiteral("set"), key, value}).code, 0);
}

void publish(const County &county, const QJsonObject &catalogue, const QString &file)
{
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(catalogue).toJson());
    out.close();
    QCOMPARE(County::run({QStringLiteral("catalogue"), QStringLiteral("publish"), file, QStringLiteral("--db"), county.db()}), 0);
}

/** The built-in catalogue at `version` with one more service, `serviceId`, whose first step has `extraField`. */
QJsonObject builtinPlus(int version, const QString &serviceId, const QJsonObject &extraField = {})
{
    QJsonObject catalogue = Catalogue::loadBuiltin()->toJson();
    catalogue.insert(QStringLiteral("version"), version);
    QJsonArray services = catalogue.value(QLatin1String("services")).toArray();
    QJsonObject service = services.first().toObject();
    service.insert(QStringLiteral("id"), serviceId);
    if (!extraField.isEmpty()) {
        QJsonObject form = service.value(QLatin1String("form")).toObject();
        QJsonArray steps = form.value(QLatin1String("steps")).toArray();
        QJsonObject step = steps.first().toObject();
        QJsonArray fields = step.value(QLatin1String("fields")).toArray();
        fields.append(extraField);
        step.insert(QStringLiteral("fields"), fields);
        steps.replace(0, step);
        form.insert(QStringLiteral("steps"), steps);
        service.insert(QStringLiteral("form"), form);
    }
    services.append(service);
    catalogue.insert(QStringLiteral("services"), services);
    return catalogue;
}

/** `bianmin audit list --subject catalogue`, oldest first. */
QList<QJsonObject> catalogueEntries(const QString &data)
{
    const CliResult r = runCli(data, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                                      QStringLiteral("--subject"), QStringLiteral("catalogue")});
    if (r.code != 0)
        qWarning("audit list: %s", r.err.constData());
    QList<QJsonObject> entries;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
        entries.prepend(v.toObject());
    return entries;
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncOnce()
    {
        QTemporaryDir dir;
        const Pki pki = Pki::make(dir.filePath(QStringLiteral("pki")), {QStringLiteral("k-01")});
        const Pki other = Pki::make(dir.filePath(QStringLiteral("other")), {});
        County county(dir.filePath(QStringLiteral("county.db")), pki);
        QVERIFY(county.start());
        const QString data = dir.filePath(QStringLiteral("kiosk"));
        initKiosk(data, county, pki);
        // A shipped example case, valid against the built-in catalogue.
        QFile caseFile(qEnvironmentVariable("BIANMIN_SOURCE_DIR") + QStringLiteral("/resources/catalogue/examples/petition_direct.json"));
        QVERIFY(caseFile.exists());
        const CliResult submitted = runCli(data, {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), caseFile.fileName()});
        QCOMPARE(submitted.code, 0);
        const QString id = QString::fromUtf8(submitted.out.trimmed());

        // The county's certificate comes from a CA the kiosk was not given: nothing is sent, and it says why.
        QCOMPARE(runCli(data, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("county.ca"), other.caPem()}).code, 0);
        CliResult r = runCli(data, {QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nothing was sent") && r.err.count('\n') == 1, r.err.constData());
        QVERIFY(county.exportCases().isEmpty());
        QCOMPARE(runCli(data, {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("county.ca"), pki.caPem()}).code, 0);

        // Drained: exit 0, JSON says what happened.
        r = runCli(data, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QLatin1String("ok")).toBool(), true);
        QCOMPARE(report.value(QLatin1String("accepted")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("remaining")).toInt(), 0);
        QCOMPARE(county.exportCases().size(), 1);
        QCOMPARE(county.exportCases().first().value(QLatin1String("id")).toString(), id);

        // County down: exit 1, one line, the new case stays queued.
        QCOMPARE(runCli(data, {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), caseFile.fileName()}).code, 0);
        const quint16 port = county.port();
        county.kill();
        r = runCli(data, {QStringLiteral("sync"), QStringLiteral("--once")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("stay queued") && r.err.contains("cannot reach"), r.err.constData());
        QCOMPARE(county.start(port), port);
        r = runCli(data, {QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(county.exportCases().size(), 2);
    }

    void catalogueFromTheCounty()
    {
        QTemporaryDir dir;
        const Pki pki = Pki::make(dir.filePath(QStringLiteral("pki")), {QStringLiteral("k-01")});
        County county(dir.filePath(QStringLiteral("county.db")), pki);
        QVERIFY(county.start());
        const QString data = dir.filePath(QStringLiteral("kiosk"));
        initKiosk(data, county, pki);

        publish(county, builtinPlus(2, QStringLiteral("well_repair")), dir.filePath(QStringLiteral("v2.json")));
        CliResult r = runCli(data, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("catalogue_version")).toInt(), 2);
        r = runCli(data, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.out.contains("well_repair"), r.out.constData());

        // A catalogue this kiosk cannot use: refused with the reason, the sync itself still succeeds.
        const QJsonObject hologram{{QStringLiteral("id"), QStringLiteral("hologram")},
                                   {QStringLiteral("type"), QStringLiteral("hologram")},
                                   {QStringLiteral("label"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("全息")},
                                                                         {QStringLiteral("en"), QStringLiteral("Hologram")}}}};
        publish(county, builtinPlus(3, QStringLiteral("broken_service"), hologram), dir.filePath(QStringLiteral("v3.json")));
        r = runCli(data, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(report.value(QLatin1String("catalogue_error")).toString().contains(QLatin1String("hologram")), r.out.constData());
        QVERIFY(!report.contains(QLatin1String("catalogue_version")));
        QCOMPARE(Catalogue::loadForDataDir(data)->version(), 2);
        r = runCli(data, {QStringLiteral("catalogue"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(r.out.contains("well_repair") && !r.out.contains("broken_service"));

        // The next pass is offered version 3 again and refuses it again: that is not news for the audit log.
        r = runCli(data, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().contains(QLatin1String("catalogue_error")));

        // County IT's answer to "when did the kiosk get version 2, and why did it refuse version 3?".
        QList<QJsonObject> entries = catalogueEntries(data);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).value(QLatin1String("action")).toString(), QStringLiteral("catalogue.install"));
        QCOMPARE(entries.at(0).value(QLatin1String("actor")).toString(), QStringLiteral("system"));
        QJsonObject details = entries.at(0).value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("version")).toInt(), 2);
        QCOMPARE(details.value(QLatin1String("replaced")).toInt(), 1);
        QCOMPARE(details.value(QLatin1String("via")).toString(), QStringLiteral("sync"));
        QCOMPARE(details.value(QLatin1String("from")).toString(), county.url());
        QCOMPARE(entries.at(1).value(QLatin1String("action")).toString(), QStringLiteral("catalogue.refuse"));
        QCOMPARE(entries.at(1).value(QLatin1String("actor")).toString(), QStringLiteral("system"));
        details = entries.at(1).value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("version")).toInt(), 3);
        QCOMPARE(details.value(QLatin1String("in_force")).toInt(), 2);
        QCOMPARE(details.value(QLatin1String("code")).toString(), QStringLiteral("catalogue.invalid"));
        QVERIFY2(details.value(QLatin1String("reason")).toString().contains(QLatin1String("unknown field type \"hologram\"")),
                 qPrintable(details.value(QLatin1String("reason")).toString()));
        QCOMPARE(details.value(QLatin1String("from")).toString(), county.url());
        r = runCli(data, {QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY2(r.code == 0 && r.out.contains("catalogue.refuse") && r.out.contains("hologram"), r.out.constData());

        // A technician's import goes through the same installer and leaves the same kind of entries.
        const QString v4 = dir.filePath(QStringLiteral("v4.json"));
        {
            QFile file(v4);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(builtinPlus(4, QStringLiteral("road_lamp_repair"))).toJson());
        }
        r = runCli(data, {QStringLiteral("catalogue"), QStringLiteral("import"), v4});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString v5 = dir.filePath(QStringLiteral("v5.json"));
        {
            QFile file(v5);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(builtinPlus(5, QStringLiteral("broken_service"), hologram)).toJson());
        }
        r = runCli(data, {QStringLiteral("catalogue"), QStringLiteral("import"), v5});
        QCOMPARE(r.code, 1);
        QCOMPARE(Catalogue::loadForDataDir(data)->version(), 4);
        entries = catalogueEntries(data);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(2).value(QLatin1String("action")).toString(), QStringLiteral("catalogue.install"));
        QCOMPARE(entries.at(2).value(QLatin1String("actor")).toString(), QStringLiteral("cli"));
        details = entries.at(2).value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("version")).toInt(), 4);
        QCOMPARE(details.value(QLatin1String("replaced")).toInt(), 2);
        QCOMPARE(details.value(QLatin1String("via")).toString(), QStringLiteral("import"));
        QCOMPARE(details.value(QLatin1String("from")).toString(), v4);
        QCOMPARE(entries.at(3).value(QLatin1String("action")).toString(), QStringLiteral("catalogue.refuse"));
        details = entries.at(3).value(QLatin1String("details")).toObject();
        QCOMPARE(details.value(QLatin1String("version")).toInt(), 5);
        QCOMPARE(details.value(QLatin1String("in_force")).toInt(), 4);
        QCOMPARE(details.value(QLatin1String("from")).toString(), v5);
        QVERIFY(details.value(QLatin1String("reason")).toString().contains(QLatin1String("hologram")));

        // The chain holds with the new entries in it.
        r = runCli(data, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0 && r.out.contains("intact"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
