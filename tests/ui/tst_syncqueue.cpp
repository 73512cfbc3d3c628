// Background sync and the staff sync queue page on the real kiosk (KioskApp, offscreen) against a real
// `bianmin-county serve` over mutual TLS on 127.0.0.1 with certificates made in the test: a case submitted
// at the kiosk reaches the county without anyone pressing anything, the county's decision then shows on
// "where is my case?", a case the county refuses is listed on the queue page with the county's message and
// what to do, a catalogue the county publishes shows on the home screen without a restart (a form being
// filled in keeps its version until it is closed; a broken catalogue is refused in words and the old one
// stays), and a county that cannot be reached is reported in plain words.
#include "kioskdriver.h"
#include "printing/receiptcode.h"
#include "synctestsupport.h"

#include "forms/catalogue.h"
#include "forms/qml/cataloguemodel.h"
#include "forms/qml/formcontroller.h"
#include "kiosksession.h"
#include "sync/qml/syncstatus.h"
#include "sync/syncrunner.h"

#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QTemporaryDir>

using namespace bianmin;
using namespace kioskdriver;
using namespace synctest;

namespace {
const QString kKioskId = QStringLiteral("kiosk-01");
const QString kApplicantId = QStringLiteral("11010519491231002X");
const QString kDecision = QStringLiteral("准予受理，请于三个工作日内到乡便民服务中心领取答复");
const QString kAnnouncement = QStringLiteral("饮水井维修现在可以在本服务中心申请");

QJsonObject findService(const QJsonObject &catalogue, const QString &id)
{
    for (const QJsonValue &v : catalogue.value(QLatin1String("services")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

/** `catalogue` at `version`, with a new category holding one new service (a copy of petition_direct). */
QJsonObject withNewService(QJsonObject catalogue, int version, const QString &category, const QString &categoryZh,
                           const QString &serviceId, const QString &serviceZh)
{
    catalogue.insert(QStringLiteral("version"), version);
    QJsonArray categories = catalogue.value(QLatin1String("categories")).toArray();
    categories.append(QJsonObject{{QStringLiteral("id"), category},
                                  {QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), categoryZh},
                                                                       {QStringLiteral("en"), category}}}});
    catalogue.insert(QStringLiteral("categories"), categories);
    QJsonObject service = findService(catalogue, QStringLiteral("petition_direct"));
    service.insert(QStringLiteral("id"), serviceId);
    service.insert(QStringLiteral("category"), category);
    service.insert(QStringLiteral("name"), QJsonObject{{QStringLiteral("zh"), serviceZh}, {QStringLiteral("en"), serviceId}});
    QJsonArray services = catalogue.value(QLatin1String("services")).toArray();
    services.append(service);
    catalogue.insert(QStringLiteral("services"), services);
    return catalogue;
}

/** The audit log's catalogue entries (installed and refused), oldest first. */
QList<AuditEntry> catalogueEntries(DataStore &store)
{
    auto entries = store.audit().entriesFor(QStringLiteral("catalogue"));
    return entries ? *entries : QList<AuditEntry>();
}

/** The version of the catalogue a pass installed among the runner's reports so far, 0 if none. */
int installedVersion(const QSignalSpy &passes)
{
    int version = 0;
    for (const QList<QVariant> &args : passes)
        version = qMax(version, args.first().value<SyncReport>().catalogueVersion);
    return version;
}
} // namespace

class TestSyncQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void submittedCaseReachesTheCounty();
    void countyDecisionShowsOnWhereIsMyCase();
    void refusedCaseIsListedForStaff();
    void newCatalogueShowsOnTheHomeScreen();
    void formInProgressKeepsItsVersion();
    void brokenCatalogueKeepsTheOldServices();
    void unreachableCountyIsExplained();

private:
    SyncStatus *status() const
    {
        return qobject_cast<SyncStatus *>(
            m_app->engine()->rootContext()->contextProperty(QStringLiteral("syncStatus")).value<QObject *>());
    }
    void openQueue();
    void openHome();
    void publish(const QJsonObject &catalogue);
    void fillPetition();

    QTemporaryDir m_dir;
    std::unique_ptr<County> m_county;
    std::unique_ptr<DataStore> m_store; // the test's own look at the kiosk's data directory
    QString m_data;
    SystemClock m_clock;
    std::unique_ptr<KioskApp> m_app;
    std::unique_ptr<Driver> m_ui;
    QString m_shots;
    QString m_caseId;
};

void TestSyncQueue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shots = screenshotDir(QStringLiteral("syncqueue"));
    const Pki pki = Pki::make(m_dir.filePath(QStringLiteral("pki")), {kKioskId});
    m_county = std::make_unique<County>(m_dir.filePath(QStringLiteral("county.db")), pki);
    QVERIFY(m_county->start());
    const QString data = m_dir.filePath(QStringLiteral("kiosk"));
    m_data = data;
    m_store = makeKiosk(data, kKioskId, pki, m_county->url(), m_clock);
    m_store->config().setValue(QStringLiteral("sync.interval"), QStringLiteral("2"));
    QVERIFY(m_store->saveConfig().ok());

    KioskOptions options;
    options.dataDir = data;
    const QString why = startKiosk(m_app, m_ui, options);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(status(), 10000);
    QVERIFY(m_app->syncRunner());
    QVERIFY(m_app->syncRunner()->isRunning());
}

void TestSyncQueue::cleanupTestCase()
{
    const QString warning = stopKiosk(m_app, m_ui);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    m_store.reset();
    m_county.reset();
}

void TestSyncQueue::openQueue()
{
    if (m_ui->pageName() != QLatin1String("syncQueuePage"))
        QMetaObject::invokeMethod(m_app->window(), "openSyncQueue");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("syncQueuePage"));
}

void TestSyncQueue::openHome()
{
    QMetaObject::invokeMethod(m_app->window(), "endSession");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
}

/** `bianmin-county catalogue publish`, as county IT does it while the kiosk runs. */
void TestSyncQueue::publish(const QJsonObject &catalogue)
{
    QFile file(m_dir.filePath(QStringLiteral("catalogue-%1.json").arg(catalogue.value(QLatin1String("version")).toInt())));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(catalogue).toJson());
    file.close();
    QCOMPARE(County::run({QStringLiteral("catalogue"), QStringLiteral("publish"), file.fileName(), QStringLiteral("--db"),
                          m_county->db()}),
             0);
}

/** The petition form on screen, filled in up to its review page. */
void TestSyncQueue::fillPetition()
{
    FormController *form = m_app->form();
    form->setApplicant({{QStringLiteral("name"), QStringLiteral("李秀英")},
                        {QStringLiteral("id_number"), kApplicantId},
                        {QStringLiteral("phone"), QStringLiteral("13800138000")}});
    answerPetition(form);
    for (int guard = 0; !form->reviewing() && guard < 10; ++guard)
        QVERIFY(form->next());
    QMetaObject::invokeMethod(m_app->window(), "showReview");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("reviewPage"));
}

void TestSyncQueue::submittedCaseReachesTheCounty()
{
    // A villager's application, submitted from the review page.
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    QMetaObject::invokeMethod(m_app->window(), "startForm", Q_ARG(QVariant, QStringLiteral("petition_direct")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    fillPetition();
    QSignalSpy submitted(m_app->session(), &KioskSession::submitted);
    QVERIFY(m_ui->tap(QStringLiteral("submitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 15000);
    m_caseId = submitted.first().first().toMap().value(QStringLiteral("caseId")).toString();
    QVERIFY(m_ui->tap(QStringLiteral("finishButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));

    // Nobody presses anything: the background runner delivers it.
    QElapsedTimer waited;
    waited.start();
    bool atCounty = false;
    while (!atCounty && waited.elapsed() < 30000) {
        QTest::qWait(500);
        for (const QJsonObject &c : m_county->exportCases())
            atCounty = atCounty || c.value(QLatin1String("id")).toString() == m_caseId;
    }
    QVERIFY2(atCounty, "the case did not reach the county within 30 s");
    QCOMPARE(m_county->exportCases().size(), 1);

    openQueue();
    QTRY_VERIFY_WITH_TIMEOUT(status()->lastSuccess().isValid(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(status()->queued(), 0, 10000);
    m_ui->settle();
    QCOMPARE(m_ui->textOf(QStringLiteral("countValue"), m_ui->item(QStringLiteral("count_queued"))), QStringLiteral("0"));
    const int sent = m_ui->textOf(QStringLiteral("countValue"), m_ui->item(QStringLiteral("count_uploaded"))).toInt()
                     + m_ui->textOf(QStringLiteral("countValue"), m_ui->item(QStringLiteral("count_received"))).toInt();
    QCOMPARE(sent, 1);
    QVERIFY(m_ui->textOf(QStringLiteral("lastSuccess")).contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(!m_ui->item(QStringLiteral("lastError")));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("01-queue-all-sent"), true));
}

void TestSyncQueue::countyDecisionShowsOnWhereIsMyCase()
{
    QVERIFY(!m_caseId.isEmpty());
    QCOMPARE(County::run({QStringLiteral("decide"), m_caseId, QStringLiteral("--status"), QStringLiteral("approved"),
                          QStringLiteral("--message"), kDecision, QStringLiteral("--db"), m_county->db()}),
             0);
    QVERIFY(m_ui->tap(QStringLiteral("syncNowButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_store->cases().get(m_caseId)->state, CaseState::Approved, 20000);

    // The villager asks at the kiosk.
    QMetaObject::invokeMethod(m_app->window(), "endSession");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    QVERIFY(m_ui->tap(QStringLiteral("caseLookupButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("caseLookupPage"));
    QQuickItem *keypad = m_ui->item(QStringLiteral("idKeypad"));
    for (const QChar c : kApplicantId)
        QVERIFY(m_ui->tap(QStringLiteral("key") + c, keypad));
    QVERIFY(m_ui->tap(QStringLiteral("lookupIdButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("case_0")));
    QQuickItem *card = m_ui->item(QStringLiteral("case_0"));
    QVERIFY2(m_ui->textOf(QStringLiteral("countyMessage"), card).contains(kDecision),
             qPrintable(m_ui->textOf(QStringLiteral("countyMessage"), card)));
    QVERIFY(!m_ui->textOf(QStringLiteral("caseState"), card).isEmpty());
    for (const QString &text : m_ui->screenTexts())
        QVERIFY2(!text.contains(kApplicantId) && !text.contains(QStringLiteral("李秀英")), qPrintable(text));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("02-lookup-county-decision"), true));
    QMetaObject::invokeMethod(m_app->window(), "endSession");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
}

void TestSyncQueue::refusedCaseIsListedForStaff()
{
    // A case the county must refuse (another kiosk's id), queued behind the villagers' backs.
    CaseRecord foreign = sampleCase(1, *m_store);
    foreign.kioskId = QStringLiteral("k-99");
    auto refused = m_store->cases().submit(foreign, CaseState::Queued, QStringLiteral("clerk-1"));
    QVERIFY(refused.ok());

    openQueue();
    QVERIFY(m_ui->tap(QStringLiteral("syncNowButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("refused_0")), 20000);
    QQuickItem *card = m_ui->item(QStringLiteral("refused_0"));
    QVERIFY2(m_ui->textOf(QStringLiteral("refusedMessage"), card).contains(QStringLiteral("k-99")),
             qPrintable(m_ui->textOf(QStringLiteral("refusedMessage"), card)));
    QVERIFY(m_ui->textOf(QStringLiteral("refusedAdvice"), card).size() > 10);
    // The number on the villager's receipt, so staff can find the paper and the person.
    QVERIFY2(m_ui->textOf(QStringLiteral("refusedCaseNumber"), card).contains(ReceiptCode::caseNumber(refused->id)),
             qPrintable(m_ui->textOf(QStringLiteral("refusedCaseNumber"), card)));
    QCOMPARE(m_ui->textOf(QStringLiteral("countValue"), m_ui->item(QStringLiteral("count_refused"))), QStringLiteral("1"));
    m_ui->reveal(m_ui->item(QStringLiteral("refusedAdvice"), card));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("03-queue-refused"), true));
}

void TestSyncQueue::newCatalogueShowsOnTheHomeScreen()
{
    openHome();
    QCOMPARE(m_app->catalogue()->catalogueVersion(), 1);
    QVERIFY(!m_ui->item(QStringLiteral("category_village_affairs")));

    // County IT publishes a catalogue with a new service; the kiosk's background sync brings it in.
    QJsonObject v2 = withNewService(Catalogue::loadBuiltin()->toJson(), 2, QStringLiteral("village_affairs"),
                                    QStringLiteral("村务办理"), QStringLiteral("well_repair"), QStringLiteral("饮水井维修申请"));
    v2.insert(QStringLiteral("announcements"),
              QJsonArray{QJsonObject{{QStringLiteral("zh"), kAnnouncement},
                                     {QStringLiteral("en"), QStringLiteral("Drinking-well repairs can now be applied for here")}}});
    publish(v2);
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("category_village_affairs")), 20000);
    QCOMPARE(m_app->catalogue()->catalogueVersion(), 2);
    // Audited on the sync thread's own connection, as `bianmin sync` and `catalogue import` do.
    QList<AuditEntry> audited = catalogueEntries(*m_store);
    QCOMPARE(audited.size(), 1);
    QCOMPARE(audited.first().action, QStringLiteral("catalogue.install"));
    QCOMPARE(audited.first().actor, QStringLiteral("system"));
    QCOMPARE(audited.first().details.value(QLatin1String("version")).toInt(), 2);
    QCOMPARE(audited.first().details.value(QLatin1String("replaced")).toInt(), 1);
    QCOMPARE(audited.first().details.value(QLatin1String("via")).toString(), QStringLiteral("sync"));
    QCOMPARE(audited.first().details.value(QLatin1String("from")).toString(), m_county->url());
    QVERIFY2(m_ui->textOf(QStringLiteral("category_village_affairs")).contains(QStringLiteral("村务办理")),
             qPrintable(m_ui->textOf(QStringLiteral("category_village_affairs"))));
    m_ui->settle(); // the new tile's place in the grid comes with the next polish
    m_ui->reveal(m_ui->item(QStringLiteral("category_village_affairs")));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("05-home-new-category"), true));
    QVERIFY(m_ui->tap(QStringLiteral("category_village_affairs")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("cataloguePage"));
    QVERIFY(m_ui->screenTexts().join(QLatin1Char('\n')).contains(QStringLiteral("饮水井维修申请")));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("06-catalogue-new-service")));

    // The county's announcement that came with it is on the idle screen.
    QMetaObject::invokeMethod(m_app->window(), "endSession");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(m_ui->screenTexts().contains(kAnnouncement));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("06-idle-announcement"), true));
}

void TestSyncQueue::formInProgressKeepsItsVersion()
{
    openHome();
    QMetaObject::invokeMethod(m_app->window(), "startForm", Q_ARG(QVariant, QStringLiteral("petition_direct")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    QCOMPARE(m_app->form()->formVersion(), 1);

    // While the villager fills it in, a catalogue arrives with a new version of this very form.
    QJsonObject v3 = withNewService(Catalogue::loadForDataDir(m_data)->toJson(), 3, QStringLiteral("public_works"),
                                    QStringLiteral("公共设施"), QStringLiteral("road_lamp_repair"),
                                    QStringLiteral("路灯报修"));
    QJsonArray services = v3.value(QLatin1String("services")).toArray();
    for (qsizetype i = 0; i < services.size(); ++i) {
        QJsonObject s = services.at(i).toObject();
        if (s.value(QLatin1String("id")).toString() != QLatin1String("petition_direct"))
            continue;
        QJsonObject form = s.value(QLatin1String("form")).toObject();
        form.insert(QStringLiteral("version"), 2);
        s.insert(QStringLiteral("form"), form);
        services.replace(i, s);
    }
    v3.insert(QStringLiteral("services"), services);
    QSignalSpy passes(m_app->syncRunner(), &SyncRunner::passFinished);
    publish(v3);
    QTRY_COMPARE_WITH_TIMEOUT(installedVersion(passes), 3, 20000);
    QCOMPARE(Catalogue::loadForDataDir(m_data)->version(), 3);

    // Installed, not shown: the form on screen and the catalogue behind it stay as they were.
    QCOMPARE(m_app->catalogue()->catalogueVersion(), 2);
    QCOMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    QCOMPARE(m_app->form()->formVersion(), 1);
    fillPetition();
    QSignalSpy submitted(m_app->session(), &KioskSession::submitted);
    QVERIFY(m_ui->tap(QStringLiteral("submitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 15000);
    const QString caseId = submitted.first().first().toMap().value(QStringLiteral("caseId")).toString();
    QCOMPARE(m_store->cases().get(caseId)->formVersion, 1);
    QCOMPARE(m_app->catalogue()->catalogueVersion(), 2);

    // The villager is done: the next one sees the new catalogue and the new form.
    QVERIFY(m_ui->tap(QStringLiteral("finishButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QCOMPARE(m_app->catalogue()->catalogueVersion(), 3);
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("category_public_works")));
    QVERIFY(m_ui->item(QStringLiteral("category_village_affairs")));
    QMetaObject::invokeMethod(m_app->window(), "startForm", Q_ARG(QVariant, QStringLiteral("petition_direct")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    QCOMPARE(m_app->form()->formVersion(), 2);
    QMetaObject::invokeMethod(m_app->window(), "endSession");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
}

void TestSyncQueue::brokenCatalogueKeepsTheOldServices()
{
    // A catalogue the county accepts but this kiosk cannot use: a field of a type it does not know.
    QJsonObject v4 = withNewService(Catalogue::loadForDataDir(m_data)->toJson(), 4, QStringLiteral("broken_things"),
                                    QStringLiteral("坏目录"), QStringLiteral("broken_service"), QStringLiteral("坏服务"));
    QJsonArray services = v4.value(QLatin1String("services")).toArray();
    QJsonObject broken = services.last().toObject();
    QJsonObject form = broken.value(QLatin1String("form")).toObject();
    QJsonArray steps = form.value(QLatin1String("steps")).toArray();
    QJsonObject step = steps.first().toObject();
    QJsonArray fields = step.value(QLatin1String("fields")).toArray();
    fields.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("hologram")},
                              {QStringLiteral("type"), QStringLiteral("hologram")},
                              {QStringLiteral("label"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("全息")},
                                                                    {QStringLiteral("en"), QStringLiteral("Hologram")}}}});
    step.insert(QStringLiteral("fields"), fields);
    steps.replace(0, step);
    form.insert(QStringLiteral("steps"), steps);
    broken.insert(QStringLiteral("form"), form);
    services.replace(services.size() - 1, broken);
    v4.insert(QStringLiteral("services"), services);
    publish(v4);

    openQueue();
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("catalogueRefused")), 20000);
    // The technician's reason in the kiosk's language (Chinese by default), names and ids as they are.
    QString detail = m_ui->textOf(QStringLiteral("catalogueRefusedDetail"));
    QVERIFY2(detail.contains(QStringLiteral("县级服务目录第 4 版")) && detail.contains(QStringLiteral("未知的字段类型 \"hologram\""))
                 && detail.contains(QStringLiteral("\"broken_service\"")) && !detail.contains(QStringLiteral("unknown")),
             qPrintable(detail));
    QVERIFY(m_ui->textOf(QStringLiteral("catalogueVersion")).contains(QStringLiteral("3")));
    m_ui->reveal(m_ui->item(QStringLiteral("catalogueRefusedDetail")));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("07-queue-catalogue-refused"), true));
    // In large text the reason is below the fold: scrolled to, it is whole on the screen.
    m_app->window()->setProperty("largeText", true);
    m_ui->settle();
    m_ui->reveal(m_ui->item(QStringLiteral("catalogueRefusedDetail")));
    QVERIFY(m_app->grab().save(m_shots + QStringLiteral("/07-queue-catalogue-refused-detail-large-1280x800.png")));
    m_app->window()->setProperty("largeText", false);
    m_ui->settle();

    // Staff switch to English on this very page: the reason follows at once, without waiting for a pass.
    m_app->session()->setLanguage(QStringLiteral("en"));
    detail = m_ui->textOf(QStringLiteral("catalogueRefusedDetail"));
    QVERIFY2(detail.contains(QStringLiteral("county catalogue version 4: service \"broken_service\", field \"hologram\": "
                                            "unknown field type \"hologram\"")),
             qPrintable(detail));
    m_ui->reveal(m_ui->item(QStringLiteral("catalogueRefusedDetail")));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("07-queue-catalogue-refused-en")));
    m_app->session()->setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(m_ui->textOf(QStringLiteral("catalogueRefusedDetail")).contains(QStringLiteral("未知的字段类型")));

    // The refusal is in the audit log once, however many passes refuse the same offer again.
    QSignalSpy passes(m_app->syncRunner(), &SyncRunner::passFinished);
    QTRY_VERIFY_WITH_TIMEOUT(passes.size() >= 2, 20000);
    const QList<AuditEntry> audited = catalogueEntries(*m_store);
    QCOMPARE(audited.size(), 3); // version 2, version 3, the refusal of version 4
    QCOMPARE(audited.at(1).action, QStringLiteral("catalogue.install"));
    QCOMPARE(audited.at(1).details.value(QLatin1String("version")).toInt(), 3);
    const AuditEntry &refusal = audited.at(2);
    QCOMPARE(refusal.action, QStringLiteral("catalogue.refuse"));
    QCOMPARE(refusal.actor, QStringLiteral("system"));
    QCOMPARE(refusal.details.value(QLatin1String("version")).toInt(), 4);
    QCOMPARE(refusal.details.value(QLatin1String("in_force")).toInt(), 3);
    QCOMPARE(refusal.details.value(QLatin1String("from")).toString(), m_county->url());
    // The audit log keeps the reason in English, whatever the screen's language was.
    QVERIFY2(refusal.details.value(QLatin1String("reason")).toString().contains(QLatin1String("unknown field type \"hologram\"")),
             qPrintable(refusal.details.value(QLatin1String("reason")).toString()));
    auto verified = m_store->audit().verify();
    QVERIFY(verified);
    QVERIFY2(verified->intact(), qPrintable(verified->reason));

    // The old catalogue stays, on disk and on screen.
    QCOMPARE(Catalogue::loadForDataDir(m_data)->version(), 3);
    QCOMPARE(m_app->catalogue()->catalogueVersion(), 3);
    openHome();
    QVERIFY(m_ui->item(QStringLiteral("category_public_works")));
    QVERIFY(!m_ui->item(QStringLiteral("category_broken_things")));
    QMetaObject::invokeMethod(m_app->window(), "endSession");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
}

void TestSyncQueue::unreachableCountyIsExplained()
{
    openQueue();
    m_county->kill();
    QVERIFY(m_store->cases().submit(sampleCase(2, *m_store), CaseState::Queued, QStringLiteral("clerk-1")).ok());
    QVERIFY(m_ui->tap(QStringLiteral("syncNowButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("lastError")), 20000);
    QVERIFY(!m_ui->textOf(QStringLiteral("lastErrorDetail")).isEmpty());
    QTRY_VERIFY(m_ui->item(QStringLiteral("oldestQueued")));
    QCOMPARE(status()->queued(), 1);
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("04-queue-county-unreachable")));
}

QTEST_MAIN(TestSyncQueue)
#include "tst_syncqueue.moc"
