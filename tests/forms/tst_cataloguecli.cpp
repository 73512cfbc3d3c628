// The built `bianmin` as a technician uses it: catalogue list/show/import (a bad catalogue leaves the old
// one in force and says which file, service and field is wrong), and case submit/import refusing an
// application its form does not accept, listing every failing field and storing nothing.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run bianmin(const QString &dataDir, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(BIANMIN_CLI));
    p.setArguments(QStringList{QStringLiteral("--data"), dataDir} + args);
    p.start();
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QJsonObject example(const QString &serviceId)
{
    return QJsonDocument::fromJson(readAll(QStringLiteral(BIANMIN_CATALOGUE_DIR "/examples/%1.json").arg(serviceId))).object();
}

} // namespace

class TestCatalogueCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString data() const { return m_dir.filePath(QStringLiteral("data")); }

    int storedCases()
    {
        const Run r = bianmin(data(), {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list")});
        if (r.code != 0)
            return -1;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        if (doc.isArray())
            return int(doc.array().size());
        return int(doc.object().value(QStringLiteral("cases")).toArray().size());
    }

private slots:
    void initTestCase()
    {
        const Run r = bianmin(data(), {QStringLiteral("init")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void listShowsEveryService()
    {
        const Run r = bianmin(data(), {QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray services = r.json().value(QStringLiteral("services")).toArray();
        QVERIFY(services.size() >= 8);
        QJsonObject temporary, petition;
        for (const QJsonValue &v : services) {
            const QJsonObject s = v.toObject();
            QVERIFY(!s.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh")).toString().isEmpty());
            QVERIFY(!s.value(QStringLiteral("name")).toObject().value(QStringLiteral("en")).toString().isEmpty());
            QVERIFY(s.contains(QStringLiteral("promised_days")) && s.contains(QStringLiteral("category")));
            if (s.value(QStringLiteral("id")) == QStringLiteral("temporary_assistance"))
                temporary = s;
            if (s.value(QStringLiteral("id")) == QStringLiteral("petition_direct"))
                petition = s;
        }
        QCOMPARE(temporary.value(QStringLiteral("name")).toObject().value(QStringLiteral("zh")).toString(), QStringLiteral("临时救助"));
        QCOMPARE(temporary.value(QStringLiteral("approval_chain")).toArray().size(), 2);
        QVERIFY(petition.value(QStringLiteral("approval_chain")).toArray().isEmpty());

        const Run text = bianmin(data(), {QStringLiteral("catalogue"), QStringLiteral("list")});
        QCOMPARE(text.code, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("农村危房改造申请")));
    }

    void showOneService()
    {
        const Run r = bianmin(data(), {QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("show"),
                                       QStringLiteral("resident_medical_insurance")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("form")).toObject().value(QStringLiteral("version")).toInt(), 1);
        const Run text = bianmin(data(), {QStringLiteral("catalogue"), QStringLiteral("show"), QStringLiteral("resident_medical_insurance")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("members[].id_number"));

        const Run unknown = bianmin(data(), {QStringLiteral("catalogue"), QStringLiteral("show"), QStringLiteral("no_such")});
        QVERIFY(unknown.code != 0);
        QCOMPARE(unknown.err.trimmed().count('\n'), 0); // one line
        QVERIFY(unknown.err.contains("no_such"));
    }

    void importIsAtomic()
    {
        const QString good = QStringLiteral(BIANMIN_FORMS_TEST_DATA "/allfields.json");
        QString text = QString::fromUtf8(readAll(good));
        text.replace(QStringLiteral("\"type\": \"money\""), QStringLiteral("\"type\": \"cash\""));
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeAll(bad, text.toUtf8()));

        // Before any import, a bad file changes nothing: the built-in catalogue stays.
        Run r = bianmin(data(), {QStringLiteral("catalogue"), QStringLiteral("import"), bad});
        QVERIFY(r.code != 0);
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY2(r.err.contains(bad.toUtf8()) && r.err.contains("all_fields") && r.err.contains("amount"), r.err.constData());
        QVERIFY(!QFile::exists(data() + QStringLiteral("/catalogue.json")));

        r = bianmin(data(), {QStringLiteral("catalogue"), QStringLiteral("import"), good});
        QVERIFY2(r.code == 0, r.err.constData());
        r = bianmin(data(), {QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("list")});
        QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 7);
        r = bianmin(data(), {QStringLiteral("audit"), QStringLiteral("verify")}); // the import is on the chain
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray installed = readAll(data() + QStringLiteral("/catalogue.json"));

        r = bianmin(data(), {QStringLiteral("catalogue"), QStringLiteral("import"), bad});
        QVERIFY(r.code != 0);
        QCOMPARE(readAll(data() + QStringLiteral("/catalogue.json")), installed);
        r = bianmin(data(), {QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("list")});
        QCOMPARE(r.json().value(QStringLiteral("version")).toInt(), 7);

        // Back to the shipped catalogue for the tests below.
        r = bianmin(data(), {QStringLiteral("catalogue"), QStringLiteral("import"), QStringLiteral(BIANMIN_CATALOGUE_DIR "/catalogue.json")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = bianmin(data(), {QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("list")});
        QVERIFY(r.json().value(QStringLiteral("services")).toArray().size() >= 8);
    }

    void validCaseIsStoredWithItsFormVersion()
    {
        const QString file = m_dir.filePath(QStringLiteral("valid.json"));
        QJsonObject c = example(QStringLiteral("resident_medical_insurance"));
        c.remove(QStringLiteral("form_version")); // the case records the version in force
        QJsonObject fields = c.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("member_count"), QStringLiteral("３")); // full-width, normalised on the way in
        c.insert(QStringLiteral("fields"), fields);
        QVERIFY(writeAll(file, QJsonDocument(c).toJson()));
        const int before = storedCases();
        Run r = bianmin(data(), {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), file});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(storedCases(), before + 1);
        const QString id = QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n')).last().split(QLatin1Char(' ')).last();
        r = bianmin(data(), {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject shown = r.json();
        QCOMPARE(shown.value(QStringLiteral("form_version")).toInt(), 1);
        QCOMPARE(shown.value(QStringLiteral("fields")).toObject().value(QStringLiteral("member_count")).toInt(), 3);
    }

    void invalidCaseIsRefusedListingEveryField()
    {
        QJsonObject c = example(QStringLiteral("resident_medical_insurance"));
        QJsonObject fields = c.value(QStringLiteral("fields")).toObject();
        fields.remove(QStringLiteral("hukou_type"));
        fields.insert(QStringLiteral("insurance_year"), QStringLiteral("二〇二七"));
        QJsonArray members = fields.value(QStringLiteral("members")).toArray();
        QJsonObject second = members.at(1).toObject();
        QString id = second.value(QStringLiteral("id_number")).toString();
        id[17] = id[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        second.insert(QStringLiteral("id_number"), id);
        members.replace(1, second);
        fields.insert(QStringLiteral("members"), members);
        c.insert(QStringLiteral("fields"), fields);
        const QString file = m_dir.filePath(QStringLiteral("invalid.json"));
        QVERIFY(writeAll(file, QJsonDocument(c).toJson()));

        const int before = storedCases();
        Run r = bianmin(data(), {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), file});
        QVERIFY(r.code != 0);
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        for (const char *field : {"hukou_type", "insurance_year", "members[1].id_number"})
            QVERIFY2(r.err.contains(field), r.err.constData());
        QCOMPARE(storedCases(), before);

        // An older form version is refused rather than checked against a form it was not filled with.
        QJsonObject old = example(QStringLiteral("petition_direct"));
        old.insert(QStringLiteral("form_version"), 99);
        QVERIFY(writeAll(file, QJsonDocument(old).toJson()));
        r = bianmin(data(), {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), file});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("99"), r.err.constData());

        // case import: the bad line is refused with its fields, the good one stored.
        QByteArray jsonl = QJsonDocument(example(QStringLiteral("petition_direct"))).toJson(QJsonDocument::Compact) + '\n';
        QJsonObject badPetition = example(QStringLiteral("petition_direct"));
        QJsonObject pf = badPetition.value(QStringLiteral("fields")).toObject();
        pf.remove(QStringLiteral("reply_method")); // required because wants_reply is true
        badPetition.insert(QStringLiteral("fields"), pf);
        jsonl += QJsonDocument(badPetition).toJson(QJsonDocument::Compact) + '\n';
        const QString lines = m_dir.filePath(QStringLiteral("cases.jsonl"));
        QVERIFY(writeAll(lines, jsonl));
        const int beforeImport = storedCases();
        r = bianmin(data(), {QStringLiteral("case"), QStringLiteral("import"), lines});
        QVERIFY(r.code != 0);
        QVERIFY2((r.out + r.err).contains("reply_method"), (r.out + r.err).constData());
        QCOMPARE(storedCases(), beforeImport + 1);
    }

    void benchForms()
    {
        const Run r = bianmin(data(), {QStringLiteral("--json"), QStringLiteral("bench"), QStringLiteral("forms"),
                                       QStringLiteral("--rounds"), QStringLiteral("3")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QVERIFY(o.value(QStringLiteral("open")).toObject().value(QStringLiteral("median_ms")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("validate")).toObject().value(QStringLiteral("median_ms")).toDouble() > 0);
        QVERIFY(!o.value(QStringLiteral("largest_form")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueCli)
#include "tst_cataloguecli.moc"
