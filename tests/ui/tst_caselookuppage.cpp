// "Where is my case?" on the real kiosk (KioskApp, offscreen): from the home screen's big button, a villager
// types their ID number on the keypad, reads their ID card (reader emulator on a real pty) or scans their
// receipt (the QR string typed by a USB scanner) and sees exactly their cases with state and the county's
// message, masked; a full ID number or name never appears in any text on screen; the page forgets
// everything when it is left and when the session times out.
#include "kioskdriver.h"
#include "readeremulator.h"
#include "testcards.h"

#include "core/config.h"
#include "core/datadir.h"
#include "idlewatcher.h"
#include "printing/receiptcode.h"
#include "store/datastore.h"
#include "store/keyring.h"

#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QTemporaryDir>
#include <QTest>

using namespace bianmin;
using namespace kioskdriver;

namespace {
const QString kLiId = QStringLiteral("11010519491231002X"); // testcards::li()
const QString kWangId = QStringLiteral("500242198001010032"); // testcards::wang()
} // namespace

class TestCaseLookupPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void byTypedIdNumber();
    void byReceipt();
    void byIdCard();
    void badInputIsExplained();
    void idleTimeoutForgets();

private:
    void openLookup();
    QObject *lookup() const
    {
        return m_app->engine()->rootContext()->contextProperty(QStringLiteral("caseLookup")).value<QObject *>();
    }
    void verifyNothingUnmasked();
    int shownCases() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ReaderEmulator> m_reader;
    std::unique_ptr<KioskApp> m_app;
    std::unique_ptr<Driver> m_ui;
    QString m_shots;
    QStringList m_liCases;
    QString m_wangCase;
    QString m_wangReceipt;
};

void TestCaseLookupPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shots = screenshotDir(QStringLiteral("caselookup"));
    m_reader = std::make_unique<ReaderEmulator>(m_dir.filePath(QStringLiteral("ttyLOOKUP")));
    QVERIFY2(m_reader->plugIn(), qPrintable(m_reader->lastError()));

    // Three applications already at this kiosk: two of 李秀英 (one with the county's answer), one of 王小明.
    const DataDir dir(m_dir.filePath(QStringLiteral("kiosk")));
    const QString made = initDataDir(dir.root(), {{QStringLiteral("idcard.device"), m_reader->path()}});
    QVERIFY2(made.isEmpty(), qPrintable(made));
    {
        SystemClock clock;
        auto store = DataStore::open(dir, clock);
        QVERIFY(store.ok());
        auto add = [&](const QString &service, const QString &name, const QString &id) {
            CaseRecord c;
            c.serviceId = service;
            c.formVersion = 1;
            c.applicant.name = name;
            c.applicant.idNumber = id;
            c.applicant.phone = QStringLiteral("13800138000");
            c.fields = QJsonObject{{QStringLiteral("subject"), QStringLiteral("村道路灯")}};
            auto stored = (*store)->cases().submit(c, CaseState::Queued, QStringLiteral("kiosk"));
            if (!stored)
                qFatal("%s", qPrintable(stored.error().message));
            return stored->id;
        };
        m_liCases << add(QStringLiteral("petition_direct"), QStringLiteral("李秀英"), kLiId);
        m_liCases << add(QStringLiteral("resident_medical_insurance"), QStringLiteral("李秀英"), kLiId);
        m_wangCase = add(QStringLiteral("old_age_allowance"), QStringLiteral("王小明"), kWangId);
        const KeyRing &keys = (*store)->keys();
        m_wangReceipt = ReceiptCode([&keys](const QByteArray &p, const QByteArray &m) { return keys.mac(p, m); })
                            .lookupString(m_wangCase);
    }

    KioskOptions options;
    options.dataDir = dir.root();
    const QString why = startKiosk(m_app, m_ui, options);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestCaseLookupPage::cleanupTestCase()
{
    const QString warning = stopKiosk(m_app, m_ui);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    m_reader.reset();
}

void TestCaseLookupPage::openLookup()
{
    if (m_ui->pageName() == QLatin1String("idlePage")) {
        QVERIFY(m_ui->tap(QStringLiteral("startButton")));
        QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    }
    QVERIFY(m_ui->item(QStringLiteral("caseLookupButton")));
    QVERIFY(m_ui->tap(QStringLiteral("caseLookupButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("caseLookupPage"));
    QTRY_VERIFY_WITH_TIMEOUT(lookup(), 10000); // the UI store opens shortly after the first frame
}

void TestCaseLookupPage::verifyNothingUnmasked()
{
    for (const QString &text : m_ui->screenTexts()) {
        for (const QString &secret : {kLiId, kWangId, QStringLiteral("李秀英"), QStringLiteral("王小明"),
                                      QStringLiteral("110105194912"), QStringLiteral("500242198001")})
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(text));
    }
}

int TestCaseLookupPage::shownCases() const
{
    int n = 0;
    while (m_ui->item(QStringLiteral("case_%1").arg(n)))
        ++n;
    return n;
}

void TestCaseLookupPage::byTypedIdNumber()
{
    openLookup();
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("01-lookup-start"), true));
    QVERIFY(!m_ui->item(QStringLiteral("lookupIdButton"))->isEnabled());
    QQuickItem *keypad = m_ui->item(QStringLiteral("idKeypad"));
    QVERIFY(keypad);
    for (const QChar c : kLiId)
        QVERIFY(m_ui->tap(QStringLiteral("key") + c, keypad));
    // What was typed is shown masked, like every ID number on this screen.
    QCOMPARE(m_ui->textOf(QStringLiteral("idNumberDisplay")), QStringLiteral("110105********002X"));
    verifyNothingUnmasked();
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("02-lookup-typed")));
    QVERIFY(m_ui->tap(QStringLiteral("lookupIdButton")));

    QTRY_COMPARE(shownCases(), 2);
    QVERIFY2(m_ui->textOf(QStringLiteral("lookupWho")).contains(QStringLiteral("李**")), qPrintable(m_ui->textOf(QStringLiteral("lookupWho"))));
    QVERIFY(m_ui->textOf(QStringLiteral("lookupWho")).contains(QStringLiteral("110105********002X")));
    QStringList numbers;
    for (int i = 0; i < 2; ++i)
        numbers << m_ui->textOf(QStringLiteral("caseNumber"), m_ui->item(QStringLiteral("case_%1").arg(i)));
    for (const QString &id : m_liCases)
        QVERIFY2(numbers.join(QLatin1Char(' ')).contains(ReceiptCode::caseNumber(id)), qPrintable(numbers.join(QLatin1Char(' '))));
    QVERIFY(!numbers.join(QLatin1Char(' ')).contains(ReceiptCode::caseNumber(m_wangCase)));
    QVERIFY(!m_ui->textOf(QStringLiteral("caseState"), m_ui->item(QStringLiteral("case_0"))).isEmpty());
    verifyNothingUnmasked();
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("03-lookup-results"), true));

    // Leaving the page forgets the results.
    QVERIFY(m_ui->tap(QStringLiteral("lookupDoneButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    QCOMPARE(lookup()->property("results").toList().size(), 0);
}

void TestCaseLookupPage::byReceipt()
{
    openLookup();
    // A USB scanner is a keyboard: it types the QR code's text and presses Enter, no field touched first.
    QTRY_VERIFY(m_ui->page()->hasActiveFocus());
    m_ui->type(m_wangReceipt);
    QTest::keyClick(m_app->window(), Qt::Key_Return);
    m_ui->settle();
    QTRY_COMPARE(shownCases(), 1);
    QVERIFY(m_ui->textOf(QStringLiteral("caseNumber"), m_ui->item(QStringLiteral("case_0")))
                .contains(ReceiptCode::caseNumber(m_wangCase)));
    QVERIFY(m_ui->textOf(QStringLiteral("lookupWho")).contains(QStringLiteral("500242********0032")));
    verifyNothingUnmasked();
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("04-lookup-receipt")));

    // "Look up again" starts over with nothing left on screen.
    QVERIFY(m_ui->tap(QStringLiteral("searchAgainButton")));
    QCOMPARE(shownCases(), 0);
    QCOMPARE(m_ui->item(QStringLiteral("receiptInput"))->property("text").toString(), QString());
    QCOMPARE(lookup()->property("results").toList().size(), 0);
}

void TestCaseLookupPage::byIdCard()
{
    QCOMPARE(m_ui->pageName(), QStringLiteral("caseLookupPage"));
    QVERIFY(m_ui->item(QStringLiteral("idCardPanel")));
    m_reader->setCard(ReaderEmulator::Card{testcards::residentText(testcards::li()), testcards::photo()});
    QTRY_COMPARE_WITH_TIMEOUT(shownCases(), 2, 5000);
    verifyNothingUnmasked();
    m_reader->setCard(std::nullopt);
    QVERIFY(m_ui->tap(QStringLiteral("searchAgainButton")));
    QCOMPARE(shownCases(), 0);
}

void TestCaseLookupPage::badInputIsExplained()
{
    QCOMPARE(m_ui->pageName(), QStringLiteral("caseLookupPage"));
    QQuickItem *keypad = m_ui->item(QStringLiteral("idKeypad"));
    for (const QChar c : QStringLiteral("110105194912310021")) // wrong check character
        QVERIFY(m_ui->tap(QStringLiteral("key") + c, keypad));
    QVERIFY(m_ui->tap(QStringLiteral("lookupIdButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("lookupError")));
    QVERIFY(m_ui->textOf(QStringLiteral("lookupError")).contains(QStringLiteral("身份证号码")));
    QCOMPARE(shownCases(), 0);
    QVERIFY(m_ui->tap(QStringLiteral("searchAgainButton")));

    // A receipt code typed into the box by staff, altered: not one this kiosk issued.
    QQuickItem *input = m_ui->item(QStringLiteral("receiptInput"));
    QVERIFY(m_ui->tap(input));
    QTRY_VERIFY(input->hasActiveFocus());
    QString forged = m_wangReceipt;
    forged[forged.size() - 1] = forged.endsWith(QLatin1Char('A')) ? QLatin1Char('B') : QLatin1Char('A');
    m_ui->type(forged);
    QVERIFY(m_ui->tap(QStringLiteral("lookupReceiptButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("lookupError")));
    QVERIFY2(m_ui->textOf(QStringLiteral("lookupError")).contains(QStringLiteral("不是本机")),
             qPrintable(m_ui->textOf(QStringLiteral("lookupError"))));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("05-lookup-forged-receipt")));
    QVERIFY(m_ui->tap(QStringLiteral("searchAgainButton")));

    // A valid number with no cases here.
    for (const QChar c : QStringLiteral("500242198001010016"))
        QVERIFY(m_ui->tap(QStringLiteral("key") + c, keypad));
    QVERIFY(m_ui->tap(QStringLiteral("lookupIdButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("noCases")));
    QVERIFY(m_ui->tap(QStringLiteral("searchAgainButton")));
}

void TestCaseLookupPage::idleTimeoutForgets()
{
    QCOMPARE(m_ui->pageName(), QStringLiteral("caseLookupPage"));
    QQuickItem *keypad = m_ui->item(QStringLiteral("idKeypad"));
    for (const QChar c : kLiId)
        QVERIFY(m_ui->tap(QStringLiteral("key") + c, keypad));
    QVERIFY(m_ui->tap(QStringLiteral("lookupIdButton")));
    QTRY_COMPARE(shownCases(), 2);
    IdleWatcher *idle = m_app->idle();
    idle->setTimeout(3);
    idle->poke();
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->pageName(), QStringLiteral("idlePage"), 8000);
    QCOMPARE(lookup()->property("results").toList().size(), 0);
    idle->setTimeout(120);
}

QTEST_MAIN(TestCaseLookupPage)
#include "tst_caselookuppage.moc"
