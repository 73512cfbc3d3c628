// The ID card step of the application form on the real kiosk (KioskApp, offscreen), with a reader emulator
// on a real pseudo-terminal configured as `idcard.device`: a card laid on the reader fills the applicant
// (name, ID number, address; only the name shown in full), the photo goes with the case as an encrypted
// id_photo attachment; an expired card, a foreign residence card and an unplugged reader each say so and
// leave the fields to be typed; without a configured reader the panel is not there at all.
#include "kioskdriver.h"
#include "readeremulator.h"
#include "testcards.h"

#include "core/config.h"
#include "core/datadir.h"
#include "forms/catalogue.h"
#include "forms/qml/formcontroller.h"
#include "kiosksession.h"
#include "store/datastore.h"

#include <QCryptographicHash>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bianmin;
using namespace kioskdriver;

namespace {
const QString kWangId = QStringLiteral("500242198001010032");
const QString kService = QStringLiteral("petition_direct");
} // namespace

class TestIdCardStep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cardFillsTheApplicant();
    void expiredCardIsExplained();
    void foreignCardIsExplained();
    void unpluggedReaderIsExplained();
    void noReaderNoPanel();

private:
    void openForm();
    void leaveForm();
    bool startKiosk(const QString &device);

    QTemporaryDir m_dir;
    std::unique_ptr<ReaderEmulator> m_reader;
    std::unique_ptr<KioskApp> m_app;
    std::unique_ptr<Driver> m_ui;
    QString m_shots;
};

bool TestIdCardStep::startKiosk(const QString &device)
{
    if (const QString warning = stopKiosk(m_app, m_ui); !warning.isEmpty()) {
        qWarning() << warning;
        return false;
    }
    const QString data = m_dir.filePath(device.isEmpty() ? QStringLiteral("kiosk-noreader") : QStringLiteral("kiosk"));
    if (!QFileInfo::exists(data)) {
        if (const QString why = initDataDir(data, {{QStringLiteral("idcard.device"), device}}); !why.isEmpty()) {
            qWarning() << why;
            return false;
        }
    }
    KioskOptions options;
    options.dataDir = data;
    if (const QString why = kioskdriver::startKiosk(m_app, m_ui, options); !why.isEmpty()) {
        qWarning() << why;
        return false;
    }
    return true;
}

void TestIdCardStep::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shots = screenshotDir(QStringLiteral("idcard"));
    m_reader = std::make_unique<ReaderEmulator>(m_dir.filePath(QStringLiteral("ttyIDCARD")));
    QVERIFY2(m_reader->plugIn(), qPrintable(m_reader->lastError()));
    QVERIFY(startKiosk(m_reader->path()));
}

void TestIdCardStep::cleanupTestCase()
{
    const QString warning = stopKiosk(m_app, m_ui);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    m_reader.reset();
}

void TestIdCardStep::openForm()
{
    auto catalogue = Catalogue::loadBuiltin();
    QVERIFY(catalogue.ok());
    const ServiceDefinition *service = catalogue->service(kService);
    QVERIFY(service);
    if (m_ui->pageName() != QLatin1String("idlePage"))
        leaveForm(); // an earlier test stopped half-way
    QCOMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    QVERIFY(m_ui->tap(QStringLiteral("category_") + service->category));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("cataloguePage"));
    QVERIFY(m_ui->tap(QStringLiteral("service_") + kService));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("servicePage"));
    QVERIFY(m_ui->tap(QStringLiteral("applyButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    QCOMPARE(m_app->form()->currentStep(), 0);
}

void TestIdCardStep::leaveForm()
{
    // The session ends (as after the idle timeout): the next person starts from nothing.
    QMetaObject::invokeMethod(m_app->window(), "endSession");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
}

void TestIdCardStep::cardFillsTheApplicant()
{
    m_reader->setCard(std::nullopt);
    openForm();
    QObject *reader = m_app->engine()->rootContext()->contextProperty(QStringLiteral("idcard")).value<QObject *>();
    QVERIFY(reader);
    QTRY_VERIFY(reader->property("active").toBool()); // polling only while the applicant step is shown
    QVERIFY(m_ui->item(QStringLiteral("idCardPanel")));
    QVERIFY(m_ui->textOf(QStringLiteral("idCardTitle")).contains(QStringLiteral("身份证")));
    QVERIFY(m_ui->item(QStringLiteral("field_applicant.name"))); // typing is possible before a card
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("01-form-waiting-for-card"), true));

    m_reader->setCard(ReaderEmulator::Card{testcards::residentText(testcards::wang()), testcards::photo()});
    FormController *form = m_app->form();
    QTRY_COMPARE_WITH_TIMEOUT(form->applicant().value(QStringLiteral("id_number")).toString(), kWangId, 5000);
    QCOMPARE(form->applicant().value(QStringLiteral("name")).toString(), QStringLiteral("王小明"));
    QVERIFY(form->applicant().value(QStringLiteral("address")).toString().startsWith(QStringLiteral("重庆市酉阳")));
    m_ui->settle();
    // The card's fields are read-only and masked; the phone is still asked for.
    QVERIFY(!m_ui->item(QStringLiteral("field_applicant.name")));
    QVERIFY(!m_ui->item(QStringLiteral("field_applicant.id_number")));
    QVERIFY(!m_ui->item(QStringLiteral("field_applicant.address")));
    QVERIFY(m_ui->item(QStringLiteral("field_applicant.phone")));
    QCOMPARE(m_ui->textOf(QStringLiteral("card_id")).right(18), QStringLiteral("500242********0032"));
    QVERIFY(m_ui->textOf(QStringLiteral("card_name")).contains(QStringLiteral("王小明")));
    QVERIFY(m_ui->textOf(QStringLiteral("card_sex")).contains(QStringLiteral("男")));
    QVERIFY(m_ui->textOf(QStringLiteral("card_nation")).contains(QStringLiteral("汉")));
    QVERIFY(m_ui->textOf(QStringLiteral("card_birth")).contains(QStringLiteral("1980")));
    for (const QString &text : m_ui->screenTexts()) {
        QVERIFY2(!text.contains(kWangId), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("桃花源街道")), qPrintable(text)); // the address is masked too
    }
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("02-form-card-read"), true));

    // The rest as the villager would: the phone, then on through the form to the review and submit.
    QVERIFY(m_ui->tap(m_ui->item(QStringLiteral("input"), m_ui->item(QStringLiteral("field_applicant.phone")))));
    m_ui->type(QStringLiteral("13800138000"));
    QVERIFY(m_ui->tap(QStringLiteral("nextButton")));
    QCOMPARE(form->currentStep(), 1);
    QTRY_VERIFY(!reader->property("active").toBool()); // the reader rests once the step is done
    answerPetition(form);
    for (int guard = 0; !form->reviewing() && guard < 10; ++guard)
        QVERIFY2(form->next(), qPrintable(form->errors().isEmpty() ? QString() : form->errors().first().toMap().value("message").toString()));
    QMetaObject::invokeMethod(m_app->window(), "showReview");
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("reviewPage"));
    QSignalSpy submitted(m_app->session(), &KioskSession::submitted);
    QVERIFY(m_ui->tap(QStringLiteral("submitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 15000);
    const QString caseId = submitted.first().first().toMap().value(QStringLiteral("caseId")).toString();

    // The case carries the card's photo as it was read (an encrypted blob; never decoded here).
    SystemClock clock;
    auto store = DataStore::open(DataDir(m_app->options().resolvedDataDir()), clock);
    QVERIFY(store.ok());
    auto stored = (*store)->cases().get(caseId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->applicant.idNumber, kWangId);
    QCOMPARE(stored->applicant.name, QStringLiteral("王小明"));
    const QString photoSha = QString::fromLatin1(QCryptographicHash::hash(testcards::photo(), QCryptographicHash::Sha256).toHex());
    bool found = false;
    for (const Attachment &a : stored->attachments)
        found = found || (a.kind == QLatin1String("id_photo") && a.sha256 == photoSha && a.bytes == 1024);
    QVERIFY(found);
    auto blob = (*store)->blobs().get(photoSha);
    QVERIFY(blob.ok());
    QCOMPARE(*blob, testcards::photo());
    store->reset();

    QVERIFY(m_ui->tap(QStringLiteral("finishButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(!reader->property("hasCard").toBool()); // the next person's screen starts empty
}

void TestIdCardStep::expiredCardIsExplained()
{
    m_reader->setCard(std::nullopt);
    openForm();
    testcards::Person li = testcards::li();
    li.from = QStringLiteral("20000315");
    li.until = QStringLiteral("20200315");
    m_reader->setCard(ReaderEmulator::Card{testcards::residentText(li), testcards::photo()});
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("idCardProblem")), 5000);
    const QString message = m_ui->textOf(QStringLiteral("idCardProblem"));
    QVERIFY2(message.contains(QStringLiteral("过期")) && message.contains(QStringLiteral("2020-03-15")), qPrintable(message));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("03-form-expired-card"), true));
    // Nothing was filled; the villager types instead.
    QVERIFY(m_app->form()->applicant().value(QStringLiteral("id_number")).toString().isEmpty());
    QQuickItem *name = m_ui->item(QStringLiteral("field_applicant.name"));
    QVERIFY(name);
    QVERIFY(m_ui->tap(m_ui->item(QStringLiteral("input"), name)));
    m_ui->type(QStringLiteral("李秀英"));
    QCOMPARE(m_app->form()->applicant().value(QStringLiteral("name")).toString(), QStringLiteral("李秀英"));

    // "Not your card?" forgets it; a valid card afterwards fills the form.
    QVERIFY(m_ui->tap(QStringLiteral("idCardResetButton")));
    QVERIFY(!m_ui->item(QStringLiteral("idCardProblem")));
    m_reader->setCard(std::nullopt);
    QTest::qWait(700); // the reader notices the card was taken away
    m_reader->setCard(ReaderEmulator::Card{testcards::residentText(testcards::wang()), testcards::photo()});
    QTRY_COMPARE_WITH_TIMEOUT(m_app->form()->applicant().value(QStringLiteral("id_number")).toString(), kWangId, 5000);
    leaveForm();
}

void TestIdCardStep::foreignCardIsExplained()
{
    m_reader->setCard(std::nullopt);
    openForm();
    m_reader->setCard(ReaderEmulator::Card{testcards::foreignPermanentText(), testcards::photo()});
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("idCardProblem")), 5000);
    QVERIFY2(m_ui->textOf(QStringLiteral("idCardProblem")).contains(QStringLiteral("不是居民身份证")),
             qPrintable(m_ui->textOf(QStringLiteral("idCardProblem"))));
    QVERIFY(m_app->form()->applicant().value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(m_ui->item(QStringLiteral("field_applicant.id_number")));
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("05-form-foreign-card")));
    leaveForm();
}

void TestIdCardStep::unpluggedReaderIsExplained()
{
    m_reader->setCard(std::nullopt);
    openForm();
    m_reader->unplug();
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("idCardProblem")), 5000);
    QVERIFY2(m_ui->textOf(QStringLiteral("idCardProblem")).contains(QStringLiteral("读卡器")),
             qPrintable(m_ui->textOf(QStringLiteral("idCardProblem"))));
    QVERIFY(m_ui->item(QStringLiteral("field_applicant.name"))); // typing still works
    QVERIFY(m_ui->shoot(m_shots, QStringLiteral("04-form-reader-unplugged")));

    // Plugged back in: a card is read again and the message goes.
    QVERIFY(m_reader->plugIn());
    m_reader->setCard(ReaderEmulator::Card{testcards::residentText(testcards::wang()), testcards::photo()});
    QTRY_COMPARE_WITH_TIMEOUT(m_app->form()->applicant().value(QStringLiteral("id_number")).toString(), kWangId, 10000);
    QVERIFY(!m_ui->item(QStringLiteral("idCardProblem")));
    leaveForm();
}

void TestIdCardStep::noReaderNoPanel()
{
    QVERIFY(startKiosk(QString()));
    QVERIFY(!m_app->engine()->rootContext()->contextProperty(QStringLiteral("idcard")).value<QObject *>());
    openForm();
    QVERIFY(!m_ui->item(QStringLiteral("idCardPanel")));
    QVERIFY(m_ui->item(QStringLiteral("field_applicant.name")));
    QVERIFY(m_ui->item(QStringLiteral("field_applicant.id_number")));
}

QTEST_MAIN(TestIdCardStep)
#include "tst_idcardstep.moc"
