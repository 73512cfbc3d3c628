// Background sync and the staff sync queue page on the real kiosk (KioskApp, offscreen) against a real
// `bianmin-county serve` over mutual TLS on 127.0.0.1 with certificates made in the test: a case submitted
// at the kiosk reaches the county without anyone pressing anything, the county's decision then shows on
// "where is my case?", a case the county refuses is listed on the queue page with the county's message and
// what to do, and a county that cannot be reached is reported in plain words.
#include "kioskdriver.h"
#include "synctestsupport.h"

#include "forms/qml/formcontroller.h"
#include "kiosksession.h"
#include "sync/qml/syncstatus.h"
#include "sync/syncrunner.h"

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
    void unreachableCountyIsExplained();

private:
    SyncStatus *status() const
    {
        return qobject_cast<SyncStatus *>(
            m_app->engine()->rootContext()->contextProperty(QStringLiteral("syncStatus")).value<QObject *>());
    }
    void openQueue();

    QTemporaryDir m_dir;
    std::unique_ptr<County> m_county;
    std::unique_ptr<DataStore> m_store; // the test's own look at the kiosk's data directory
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
    m_store = makeKiosk(data, kKioskId, pki, m_county->url(), m_clock);
    m_store->config().setValue(QStringLiteral("sync.interval"), QStringLiteral("2"));
    QVERIFY(m_store->saveConfig().ok());

    KioskOptions options;
    options.dataDir = data;
    m_app = std::make_unique<KioskApp>(options);
    const Status started = m_app->start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    m_ui = std::make_unique<Driver>(m_app.get());
    QTRY_VERIFY_WITH_TIMEOUT(status(), 10000);
    QVERIFY(m_app->syncRunner());
    QVERIFY(m_app->syncRunner()->isRunning());
}

void TestSyncQueue::cleanupTestCase()
{
    if (m_app)
        QVERIFY2(m_app->qmlWarnings().isEmpty(),
                 qPrintable(m_app->qmlWarnings().isEmpty() ? QString() : m_app->qmlWarnings().first().toString()));
    m_ui.reset();
    m_app.reset();
    m_store.reset();
    m_county.reset();
}

void TestSyncQueue::openQueue()
{
    if (m_ui->pageName() != QLatin1String("syncQueuePage"))
        QMetaObject::invokeMethod(m_app->window(), "openSyncQueue");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("syncQueuePage"));
}

void TestSyncQueue::submittedCaseReachesTheCounty()
{
    // A villager's application, submitted from the review page.
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    QMetaObject::invokeMethod(m_app->window(), "startForm", Q_ARG(QVariant, QStringLiteral("petition_direct")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    FormController *form = m_app->form();
    form->setApplicant({{QStringLiteral("name"), QStringLiteral("李秀英")},
                        {QStringLiteral("id_number"), kApplicantId},
                        {QStringLiteral("phone"), QStringLiteral("13800138000")}});
    form->setAnswer(QStringLiteral("matter_type"), QStringLiteral("suggestion"));
    form->setAnswer(QStringLiteral("subject"), QStringLiteral("村道路灯"));
    form->setAnswer(QStringLiteral("department"), QStringLiteral("transport"));
    form->setAnswer(QStringLiteral("content"), QStringLiteral("村口到学校的路没有路灯，晚上孩子回家不安全。"));
    form->setAnswer(QStringLiteral("wants_reply"), false);
    form->setAnswer(QStringLiteral("confidential"), false);
    for (int guard = 0; !form->reviewing() && guard < 10; ++guard)
        QVERIFY(form->next());
    QMetaObject::invokeMethod(m_app->window(), "showReview");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("reviewPage"));
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
    QCOMPARE(m_ui->textOf(QStringLiteral("countValue"), m_ui->item(QStringLiteral("count_refused"))), QStringLiteral("1"));
    m_ui->reveal(m_ui->item(QStringLiteral("refusedAdvice"), card));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("03-queue-refused"), true));
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
