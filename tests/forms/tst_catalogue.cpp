// Catalogue: the shipped catalogue loads and every service's example application validates; a bad
// definition is refused at load with the file, the service and the field named; an import is atomic.
#include "forms/catalogue.h"
#include "forms/formvalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bianmin;

namespace {

const QDate today(2026, 11, 23);
const QString testData = QStringLiteral(BIANMIN_FORMS_TEST_DATA);

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
    return QJsonDocument::fromJson(readAll(QStringLiteral(":/bianmin/catalogue/examples/%1.json").arg(serviceId))).object();
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtinCatalogueLoads()
    {
        auto c = Catalogue::loadBuiltin();
        QVERIFY2(c.ok(), qPrintable(c ? QString() : c.error().message));
        QVERIFY(c->version() >= 1);
        QVERIFY(c->services().size() >= 8);
        // The services the issue asks for, by what a villager reads.
        const QStringList names{QStringLiteral("临时救助"), QStringLiteral("医疗救助"), QStringLiteral("城乡居民医保参保登记"),
                                QStringLiteral("个体工商户营业执照（农家乐）"), QStringLiteral("农村危房改造申请"),
                                QStringLiteral("民情直通车")};
        for (const QString &name : names) {
            const bool found = std::any_of(c->services().begin(), c->services().end(),
                                           [&](const ServiceDefinition &s) { return s.name.zh == name; });
            QVERIFY2(found, qPrintable(name));
        }
        for (const ServiceDefinition &s : c->services()) {
            QVERIFY2(!s.name.en.isEmpty() && !s.description.zh.isEmpty() && !s.description.en.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.materials.isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.searchKeys.isEmpty(), qPrintable(s.id));
            QVERIFY2(c->category(s.category), qPrintable(s.id));
            QVERIFY2(s.form.version >= 1 && !s.form.steps.isEmpty(), qPrintable(s.id));
        }
        // 民情直通车 goes straight to the county; the household enrolment has a repeat group.
        QVERIFY(c->service(QStringLiteral("petition_direct"))->approvalChain.isEmpty());
        QCOMPARE(c->service(QStringLiteral("resident_medical_insurance"))->form.field(QStringLiteral("members"))->type,
                 FieldType::RepeatGroup);
        QVERIFY(c->service(QStringLiteral("temporary_assistance"))->approvalChain.size() >= 1);
    }

    void searchByPinyinInitials()
    {
        auto c = Catalogue::loadBuiltin();
        QVERIFY(c.ok());
        QStringList found;
        for (const ServiceDefinition &s : c->services()) {
            if (serviceMatches(s, QStringLiteral(" YLBX ")))
                found << s.id;
        }
        QVERIFY(found.contains(QStringLiteral("resident_medical_insurance")));
        QVERIFY(!found.contains(QStringLiteral("medical_assistance"))); // 医疗救助 is yljz
        QVERIFY(serviceMatches(*c->service(QStringLiteral("medical_assistance")), QStringLiteral("yljz")));
        QVERIFY(serviceMatches(*c->service(QStringLiteral("medical_assistance")), QStringLiteral("医疗")));
        QVERIFY(serviceMatches(*c->service(QStringLiteral("farmhouse_inn_licence")), QStringLiteral("licence")));
        QVERIFY(!serviceMatches(*c->service(QStringLiteral("farmhouse_inn_licence")), QStringLiteral("ylbx")));
    }

    void everyServiceExampleValidates_data()
    {
        QTest::addColumn<QString>("serviceId");
        auto c = Catalogue::loadBuiltin();
        QVERIFY(c.ok());
        for (const ServiceDefinition &s : c->services())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }

    void everyServiceExampleValidates()
    {
        QFETCH(QString, serviceId);
        auto c = Catalogue::loadBuiltin();
        QVERIFY(c.ok());
        const ServiceDefinition *s = c->service(serviceId);
        QVERIFY(s);
        const QJsonObject ex = example(serviceId);
        QVERIFY2(!ex.isEmpty(), "every shipped service has an example application in resources/catalogue/examples/");
        QCOMPARE(ex.value(QStringLiteral("service_id")).toString(), serviceId);
        QCOMPARE(ex.value(QStringLiteral("form_version")).toInt(), s->form.version);
        const QJsonObject fields = ex.value(QStringLiteral("fields")).toObject();
        const Applicant applicant = Applicant::fromJson(ex.value(QStringLiteral("applicant")).toObject());
        const ValidationResult r = FormValidator(*s, today).validate(fields, applicant);
        QStringList problems;
        for (const FieldError &e : r.errors)
            problems << e.fieldId + QStringLiteral(": ") + e.messageEn;
        QVERIFY2(r.ok(), qPrintable(problems.join(QStringLiteral("; "))));

        // The same application without any one of its required answers is refused, naming that field.
        for (const FormStep &step : s->form.steps) {
            for (const FieldDefinition &f : step.fields) {
                if (!f.required)
                    continue;
                QJsonObject missing = fields;
                missing.remove(f.id);
                const QList<FieldError> errors = FormValidator::validate(*s, missing, applicant, today);
                QVERIFY2(std::any_of(errors.begin(), errors.end(), [&](const FieldError &e) { return e.fieldId == f.id; }),
                         qPrintable(f.id));
            }
        }
    }

    void badDefinitionIsRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");    // must be named; "" = a service-level problem
        QTest::addColumn<QString>("problem");  // part of the message

        QTest::newRow("unknown type") << "\"type\": \"money\"" << "\"type\": \"cash\"" << "amount" << "unknown field type";
        QTest::newRow("label without English") << "\"label\": {\"zh\": \"面积\", \"en\": \"Area\"}" << "\"label\": {\"zh\": \"面积\"}"
                                               << "area" << "\"en\"";
        QTest::newRow("min above max") << "\"min\": 10, \"max\": 500" << "\"min\": 600, \"max\": 500" << "area" << "greater";
        QTest::newRow("bad pattern") << "\"pattern\": \"[A-Z]{2}[0-9]{4}\"" << "\"pattern\": \"[A-Z\"" << "code"
                                     << "regular expression";
        QTest::newRow("condition on a missing field") << "\"visible_if\": {\"field\": \"kind\", \"equals\": \"other\"}"
                                                      << "\"visible_if\": {\"field\": \"kinds\", \"equals\": \"other\"}"
                                                      << "kind_other" << "kinds";
        QTest::newRow("condition on a missing option") << "\"visible_if\": {\"field\": \"kind\", \"equals\": \"other\"}"
                                                       << "\"visible_if\": {\"field\": \"kind\", \"equals\": \"others\"}"
                                                       << "kind_other" << "others";
        QTest::newRow("duplicate field id") << "\"id\": \"note\", \"type\": \"multiline\"" << "\"id\": \"title\", \"type\": \"multiline\""
                                            << "title" << "twice";
        QTest::newRow("misspelt member") << "\"required\": true, \"min_length\": 2" << "\"requird\": true, \"min_length\": 2"
                                         << "title" << "requird";
        QTest::newRow("birth date field not a date") << "\"birth_date_field\": \"birth\"" << "\"birth_date_field\": \"sex\""
                                                     << "person_id" << "birth_date_field";
        QTest::newRow("choice without options") << "\"id\": \"married\", \"type\": \"yes_no\"" << "\"id\": \"married\", \"type\": \"single_choice\""
                                                << "married" << "options";
        QTest::newRow("repeat group inside a group") << "\"id\": \"student\", \"type\": \"yes_no\""
                                                     << "\"id\": \"student\", \"type\": \"repeat_group\"" << "members.student"
                                                     << "repeat group";
        QTest::newRow("check on a missing field") << "\"other\": \"start\"" << "\"other\": \"starts\"" << "end" << "starts";
        QTest::newRow("unknown tag") << "\"tags\": [\"on_the_spot\"]" << "\"tags\": [\"fast\"]" << "" << "fast";
        QTest::newRow("unknown category") << "\"category\": \"test\"" << "\"category\": \"nope\"" << "" << "nope";
        QTest::newRow("form without version") << "\"version\": 3," << "\"version\": \"three\"," << "" << "version";
        QTest::newRow("no promised days") << "\"promised_days\": 5," << "" << "" << "promised_days";
    }

    void badDefinitionIsRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        QString text = QString::fromUtf8(readAll(testData + QStringLiteral("/allfields.json")));
        QVERIFY2(text.count(from) == 1, qPrintable(from));
        text.replace(from, to);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeAll(path, text.toUtf8()));

        auto c = Catalogue::loadFile(path);
        QVERIFY(!c.ok());
        const QString message = c.error().message;
        QCOMPARE(c.error().code, QStringLiteral("catalogue.invalid"));
        QVERIFY2(message.startsWith(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("service \"all_fields\"")), qPrintable(message));
        if (!field.isEmpty())
            QVERIFY2(message.contains(QStringLiteral("field \"%1\"").arg(field)), qPrintable(message));
        QVERIFY2(message.contains(problem), qPrintable(message));
    }

    void brokenJsonNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalogue.json"));
        QVERIFY(writeAll(path, "{\"version\": 1,, }"));
        auto c = Catalogue::loadFile(path);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, QStringLiteral("catalogue.syntax"));
        QVERIFY(c.error().message.startsWith(path));
    }

    void errorInAServiceFileNamesThatFile()
    {
        // The shipped layout: catalogue.json lists services/<id>.json.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("services")));
        const QJsonObject all = QJsonDocument::fromJson(readAll(testData + QStringLiteral("/allfields.json"))).object();
        QJsonObject service = all.value(QStringLiteral("services")).toArray().first().toObject();
        QJsonObject catalogue = all;
        catalogue.insert(QStringLiteral("services"), QJsonArray{QStringLiteral("services/all_fields.json")});
        QVERIFY(writeAll(dir.filePath(QStringLiteral("catalogue.json")), QJsonDocument(catalogue).toJson()));
        QVERIFY(writeAll(dir.filePath(QStringLiteral("services/all_fields.json")), QJsonDocument(service).toJson()));
        auto good = Catalogue::loadFile(dir.filePath(QStringLiteral("catalogue.json")));
        QVERIFY2(good.ok(), qPrintable(good ? QString() : good.error().message));

        QByteArray text = QJsonDocument(service).toJson();
        text.replace("\"signature\"", "\"autograph\"");
        QVERIFY(writeAll(dir.filePath(QStringLiteral("services/all_fields.json")), text));
        auto bad = Catalogue::loadFile(dir.filePath(QStringLiteral("catalogue.json")));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(dir.filePath(QStringLiteral("services/all_fields.json"))),
                 qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(QStringLiteral("field \"sign\"")), qPrintable(bad.error().message));
    }

    void importIsAtomic()
    {
        QTemporaryDir dataDir;
        // Nothing imported: the built-in catalogue is in force.
        auto before = Catalogue::loadForDataDir(dataDir.path());
        QVERIFY(before.ok());
        QCOMPARE(before->version(), Catalogue::loadBuiltin()->version());

        auto imported = Catalogue::importFile(testData + QStringLiteral("/allfields.json"), dataDir.path());
        QVERIFY2(imported.ok(), qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->version(), 7);
        const QByteArray installed = readAll(Catalogue::importedPath(dataDir.path()));
        QVERIFY(!installed.isEmpty());
        auto now = Catalogue::loadForDataDir(dataDir.path());
        QVERIFY(now.ok());
        QCOMPARE(now->version(), 7);
        QVERIFY(now->service(QStringLiteral("all_fields")));

        // A broken catalogue leaves the installed one untouched, byte for byte.
        QTemporaryDir work;
        QString text = QString::fromUtf8(readAll(testData + QStringLiteral("/allfields.json")));
        text.replace(QStringLiteral("\"type\": \"money\""), QStringLiteral("\"type\": \"cash\""));
        text.replace(QStringLiteral("\"version\": 7"), QStringLiteral("\"version\": 8"));
        QVERIFY(writeAll(work.filePath(QStringLiteral("bad.json")), text.toUtf8()));
        auto refused = Catalogue::importFile(work.filePath(QStringLiteral("bad.json")), dataDir.path());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("field \"amount\"")));
        QCOMPARE(readAll(Catalogue::importedPath(dataDir.path())), installed);
        QCOMPARE(QDir(dataDir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("catalogue.json")});

        // A changed form that keeps its version number is refused: cases name forms by version.
        text = QString::fromUtf8(readAll(testData + QStringLiteral("/allfields.json")));
        text.replace(QStringLiteral("\"max_length\": 20"), QStringLiteral("\"max_length\": 30"));
        QVERIFY(writeAll(work.filePath(QStringLiteral("same-version.json")), text.toUtf8()));
        auto sameVersion = Catalogue::importFile(work.filePath(QStringLiteral("same-version.json")), dataDir.path());
        QVERIFY(!sameVersion.ok());
        QVERIFY2(sameVersion.error().message.contains(QStringLiteral("new version")), qPrintable(sameVersion.error().message));
        text.replace(QStringLiteral("\"version\": 3"), QStringLiteral("\"version\": 4"));
        QVERIFY(writeAll(work.filePath(QStringLiteral("new-version.json")), text.toUtf8()));
        QVERIFY(Catalogue::importFile(work.filePath(QStringLiteral("new-version.json")), dataDir.path()).ok());
        QCOMPARE(Catalogue::loadForDataDir(dataDir.path())->service(QStringLiteral("all_fields"))->form.version, 4);
    }

    void singleDocumentRoundTrip()
    {
        auto c = Catalogue::loadBuiltin();
        QVERIFY(c.ok());
        auto again = Catalogue::fromJson(c->toJson(), QStringLiteral("county"));
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->services().size(), c->services().size());
        QCOMPARE(again->version(), c->version());
        QCOMPARE(again->toJson(), c->toJson());
    }

    void countyAnnouncementsAreKept()
    {
        // The county's announcements for the idle screen travel with its catalogue and survive the install.
        QJsonObject document = Catalogue::loadBuiltin()->toJson();
        document.insert(QStringLiteral("announcements"),
                        QJsonArray{QJsonObject{{QStringLiteral("zh"), QStringLiteral("医保缴费截止12月31日")},
                                               {QStringLiteral("en"), QStringLiteral("Health insurance: pay by 31 December")}}});
        QTemporaryDir dataDir;
        auto installed = Catalogue::importJson(document, dataDir.path());
        QVERIFY2(installed.ok(), qPrintable(installed ? QString() : installed.error().message));
        const auto inForce = Catalogue::loadForDataDir(dataDir.path());
        QCOMPARE(inForce->announcements().size(), 1);
        QCOMPARE(inForce->announcements().first().text(QStringLiteral("zh_CN")), QStringLiteral("医保缴费截止12月31日"));
        QCOMPARE(inForce->announcements().first().text(QStringLiteral("en")), QStringLiteral("Health insurance: pay by 31 December"));

        // Like every text of the catalogue, an announcement needs both languages.
        document.insert(QStringLiteral("announcements"), QJsonArray{QJsonObject{{QStringLiteral("zh"), QStringLiteral("停电通知")}}});
        auto refused = Catalogue::importJson(document, dataDir.path());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("announcement")), qPrintable(refused.error().message));
        QCOMPARE(Catalogue::loadForDataDir(dataDir.path())->announcements().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
