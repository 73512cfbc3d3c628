// Walks through one whole application of every service in the shipped catalogue on the real kiosk UI
// (KioskApp: the same composition and QML as bianmin-kiosk), offscreen, as a villager would: touch start,
// pick the category and the service, fill every visible field by touching and typing, check the answers,
// submit, read the case number. Every page is saved as a PNG under
// <build>/screenshots/<service>/<nn>-<page>-<W>x<H>.png at 1280x800 and 1920x1080, the home, form and
// review pages also in large-text and high-contrast modes, for people to look at.
#include "core/clock.h"
#include "core/datadir.h"
#include "core/residentid.h"
#include "forms/catalogue.h"
#include "forms/qml/cataloguemodel.h"
#include "forms/qml/formcontroller.h"
#include "idlewatcher.h"
#include "kioskapp.h"
#include "kioskdriver.h"
#include "kiosksession.h"
#include "store/datastore.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bianmin;
using kioskdriver::Driver;

namespace {

/** A valid resident ID number born on `birth`, male (odd 17th digit) or female. */
QString residentId(QDate birth, bool male)
{
    const QString first17 = QStringLiteral("500242") + birth.toString(QStringLiteral("yyyyMMdd"))
                            + (male ? QStringLiteral("013") : QStringLiteral("024"));
    return first17 + residentIdCheckCharacter(first17);
}

} // namespace

class WalkThrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void idleScreen();
    void everyService_data();
    void everyService();
    void casesAreStored();
    void idleTimeoutWipesTheSession();
    void draftIsRestoredAfterRestart();

private:
    void shoot(const QString &what, bool modes = false);
    void fillField(const QVariantMap &field, QQuickItem *delegate, const QString &groupId);
    void fillStep();
    QString textFor(const QVariantMap &field) const;

    QTemporaryDir m_data;
    std::unique_ptr<KioskApp> m_app;
    std::unique_ptr<Driver> m_ui;
    QString m_shotDir;
    QSet<QString> m_cleanedDirs;
    QString m_service;
    int m_shot = 0;
    int m_submitted = 0;
    QDate m_applicantBirth;
};

void WalkThrough::initTestCase()
{
    QVERIFY(m_data.isValid());
    KioskOptions options;
    options.dataDir = m_data.path() + QStringLiteral("/kiosk");
    options.demo = true; // initialise the data directory on first start
    const QString why = kioskdriver::startKiosk(m_app, m_ui, options);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    m_shotDir = qEnvironmentVariable("BIANMIN_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots");
    QVERIFY(QDir().mkpath(m_shotDir)); // other UI tests write their own folders here at the same time
}

void WalkThrough::cleanupTestCase()
{
    const QString warning = kioskdriver::stopKiosk(m_app, m_ui);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
}

void WalkThrough::shoot(const QString &what, bool modes)
{
    QQuickWindow *w = m_app->window();
    const QString dir = m_shotDir + QLatin1Char('/') + (m_service.isEmpty() ? QStringLiteral("kiosk") : m_service);
    // Only this test's own folders are emptied (once per run), never the other UI tests' pictures.
    if (!m_cleanedDirs.contains(dir)) {
        QDir(dir).removeRecursively();
        m_cleanedDirs.insert(dir);
    }
    QDir().mkpath(dir);
    const QString base = dir + QStringLiteral("/%1-%2").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(what);
    const QList<QSize> sizes{{1280, 800}, {1920, 1080}};
    const QList<QPair<QString, QPair<bool, bool>>> looks =
        modes ? QList<QPair<QString, QPair<bool, bool>>>{{QString(), {false, false}},
                                                         {QStringLiteral("-large"), {true, false}},
                                                         {QStringLiteral("-contrast"), {false, true}}}
              : QList<QPair<QString, QPair<bool, bool>>>{{QString(), {false, false}}};
    for (const auto &look : looks) {
        w->setProperty("largeText", look.second.first);
        w->setProperty("highContrast", look.second.second);
        for (const QSize &size : sizes) {
            w->resize(size);
            m_ui->settle();
            const QImage frame = m_app->grab();
            QCOMPARE(frame.size(), size);
            QVERIFY(frame.save(base + look.first + QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height())));
        }
    }
    w->setProperty("largeText", false);
    w->setProperty("highContrast", false);
    w->resize(1280, 800);
    m_ui->settle();
}

void WalkThrough::idleScreen()
{
    m_service.clear();
    QCOMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(m_ui->item(QStringLiteral("startButton")));
    QVERIFY(m_ui->item(QStringLiteral("startButton"))->height() >= 72);
    shoot(QStringLiteral("idle"), true);
    // The language switch retranslates live: the start button reads English, then Chinese again.
    QQuickItem *start = m_ui->item(QStringLiteral("startButton"));
    const QString chinese = start->property("text").toString();
    QVERIFY2(chinese.contains(QStringLiteral("开始")), qPrintable(chinese));
    QVERIFY(m_ui->tap(QStringLiteral("languageEn")));
    QTRY_COMPARE(start->property("text").toString(), QStringLiteral("Touch here to start"));
    shoot(QStringLiteral("idle-en"));
    QVERIFY(m_ui->tap(QStringLiteral("languageZh")));
    QTRY_COMPARE(start->property("text").toString(), chinese);
}

void WalkThrough::everyService_data()
{
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QString>("category");
    auto catalogue = Catalogue::loadBuiltin();
    QVERIFY(catalogue.ok());
    QVERIFY(catalogue->services().size() >= 8);
    for (const ServiceDefinition &s : catalogue->services())
        QTest::newRow(qPrintable(s.id)) << s.id << s.category;
}

QString WalkThrough::textFor(const QVariantMap &field) const
{
    const QString id = field.value(QStringLiteral("fieldId")).toString();
    const QString type = field.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("phone"))
        return QStringLiteral("13800138000");
    if (type == QLatin1String("number") || type == QLatin1String("money")) {
        const QVariant min = field.value(QStringLiteral("min"));
        const double value = min.isValid() && min.toDouble() > 0 ? std::ceil(min.toDouble()) : 1;
        // Money: the same amount everywhere keeps "paid <= total" checks true.
        return type == QLatin1String("money") ? QStringLiteral("100.00") : QString::number(value);
    }
    if (id.contains(QLatin1String("bank_name")))
        return QStringLiteral("中国农业银行石柱支行");
    if (id.contains(QLatin1String("account")) && !id.contains(QLatin1String("holder")))
        return QStringLiteral("6228480012345678");
    if (id == QLatin1String("certificate_number"))
        return residentId(m_applicantBirth, true) + QStringLiteral("43");
    if (id.contains(QLatin1String("name")) || id.contains(QLatin1String("holder")) || id == QLatin1String("emergency_contact"))
        return QStringLiteral("王秀英");
    if (type == QLatin1String("multiline"))
        return QStringLiteral("屋顶漏雨，墙体开裂，下雨天不能住人，需要尽快维修。");
    return QStringLiteral("华天乡卫生院便民服务");
}

void WalkThrough::fillField(const QVariantMap &field, QQuickItem *delegate, const QString &groupId)
{
    const QString id = field.value(QStringLiteral("fieldId")).toString();
    const QString type = field.value(QStringLiteral("type")).toString();
    QVERIFY2(delegate, qPrintable(QStringLiteral("no delegate for %1").arg(id)));
    m_ui->reveal(delegate);

    if (type == QLatin1String("resident_id")) {
        // The applicant must fit the service's age rules; household members are born on 1 January 1990.
        const QDate birth = groupId.isEmpty() ? m_applicantBirth : QDate(1990, 1, 1);
        QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), delegate), residentId(birth, true)));
    } else if (type == QLatin1String("text") || type == QLatin1String("multiline") || type == QLatin1String("number")
               || type == QLatin1String("money") || type == QLatin1String("phone")) {
        QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), delegate), textFor(field)));
    } else if (type == QLatin1String("date")) {
        if (!groupId.isEmpty()) {
            // A birth date far from today: type the year (1990-01-01, as in the member's ID number).
            QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("yearInput"), delegate), QStringLiteral("1990")));
            QTest::keyClick(m_app->window(), Qt::Key_Return);
            m_ui->settle();
        } else {
            QVERIFY(m_ui->tap(QStringLiteral("dayMinus"), delegate)); // the first touch shows today
        }
    } else if (Driver::hasFixedAnswer(type)) {
        QVERIFY2(m_ui->answerFixed(field, delegate), qPrintable(id));
    } else if (type == QLatin1String("repeat_group")) {
        QVERIFY(m_ui->tap(QStringLiteral("addItem"), delegate));
        QQuickItem *card = m_ui->item(QStringLiteral("item_0"), delegate);
        QVERIFY(card);
        const QVariantList subfields = field.value(QStringLiteral("subfields")).toList();
        for (const QVariant &sub : subfields) {
            const QVariantMap subfield = sub.toMap();
            const QString subId = subfield.value(QStringLiteral("fieldId")).toString();
            if (!m_app->form()->isItemFieldVisible(id, 0, subId))
                continue;
            fillField(subfield, m_ui->item(QStringLiteral("field_") + subId, card), id);
            if (QTest::currentTestFailed())
                return;
        }
    } else {
        QFAIL(qPrintable(QStringLiteral("no way to fill %1 of type %2").arg(id, type)));
    }
    // Leave the field as a villager would (the next touch elsewhere); its check runs then.
    if (groupId.isEmpty() && m_app->form()->fields()->indexOf(id) >= 0)
        m_app->form()->validateField(id);
}

void WalkThrough::fillStep()
{
    FormFieldModel *fields = m_app->form()->fields();
    // Row by row, re-reading visibility: an answer may show the next field (visible_if).
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QVariantMap field = fields->get(row);
        if (!field.value(QStringLiteral("visible")).toBool())
            continue;
        const QString id = field.value(QStringLiteral("fieldId")).toString();
        fillField(field, m_ui->item(QStringLiteral("field_") + id, m_ui->page()), {});
        if (QTest::currentTestFailed())
            return;
        const QString error = fields->get(row).value(QStringLiteral("error")).toString();
        QVERIFY2(error.isEmpty(), qPrintable(id + QStringLiteral(": ") + error));
    }
}

void WalkThrough::everyService()
{
    QFETCH(QString, serviceId);
    QFETCH(QString, category);
    m_service = serviceId;
    m_shot = 0;
    FormController *form = m_app->form();
    const bool first = m_submitted == 0;

    QCOMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    shoot(QStringLiteral("home"), first);

    QVERIFY2(m_ui->tap(QStringLiteral("category_") + category), qPrintable(category));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("cataloguePage"));
    shoot(QStringLiteral("catalogue"));

    QVERIFY(m_ui->tap(QStringLiteral("service_") + serviceId));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("servicePage"));
    shoot(QStringLiteral("service"), first);

    QVERIFY(m_ui->tap(QStringLiteral("applyButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    QCOMPARE(form->serviceId(), serviceId);
    const ServiceDefinition *service = form->service();
    QVERIFY(service);
    m_applicantBirth = service->applicant.minAge.value_or(18) >= 60 ? QDate(1940, 3, 8) : QDate(1975, 6, 15);

    int guard = 0;
    while (!form->reviewing()) {
        QVERIFY(++guard < 20);
        const int step = form->currentStep();
        shoot(QStringLiteral("step%1").arg(step + 1), first && step <= 1);
        if (first && step == 1) {
            // English, where labels are longest: the top bar and the fields must still fit.
            QVERIFY(m_ui->tap(QStringLiteral("languageEn")));
            QTRY_COMPARE(m_app->session()->language(), QStringLiteral("en"));
            shoot(QStringLiteral("step%1-en").arg(step + 1), true);
            QVERIFY(m_ui->tap(QStringLiteral("languageZh")));
            QTRY_COMPARE(m_app->session()->language(), QStringLiteral("zh_CN"));
        }
        if (step <= 1) {
            // Next on an empty step is refused, with the message next to the field.
            QVERIFY(m_ui->tap(QStringLiteral("nextButton")));
            QCOMPARE(form->currentStep(), step);
            QVERIFY(form->hasErrors());
            QVERIFY(m_ui->item(QStringLiteral("errorText"), m_ui->page()));
            shoot(QStringLiteral("step%1-errors").arg(step + 1), first && step == 1);
        }
        fillStep();
        if (QTest::currentTestFailed())
            return;
        shoot(QStringLiteral("step%1-filled").arg(step + 1), first && step == 1);
        QVERIFY(m_ui->tap(QStringLiteral("nextButton")));
        if (!form->reviewing() && form->currentStep() == step) {
            QStringList why;
            for (const QVariant &e : form->errors())
                why << e.toMap().value(QStringLiteral("fieldId")).toString() + QStringLiteral(": ")
                           + e.toMap().value(QStringLiteral("message")).toString();
            QFAIL(qPrintable(QStringLiteral("step %1 refused: %2").arg(step + 1).arg(why.join(QStringLiteral("; ")))));
        }
        if (first && step == 1) {
            // Back keeps the answers: the previous step shows them again.
            QVERIFY(m_ui->tap(QStringLiteral("prevButton")));
            QCOMPARE(form->currentStep(), 1);
            QVERIFY(!form->hasErrors());
            QVERIFY(m_ui->tap(QStringLiteral("nextButton")));
            QVERIFY(form->reviewing() || form->currentStep() > 1);
        }
    }
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("reviewPage"));
    shoot(QStringLiteral("review"), true);

    QSignalSpy submitted(m_app->session(), &KioskSession::submitted);
    QVERIFY(m_ui->tap(QStringLiteral("submitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->pageName(), QStringLiteral("donePage"), 15000);
    QCOMPARE(submitted.size(), 1);
    const QVariantMap result = submitted.first().first().toMap();
    QQuickItem *number = m_ui->item(QStringLiteral("caseNumber"));
    QVERIFY(number);
    QVERIFY(!number->property("text").toString().isEmpty());
    QCOMPARE(number->property("text").toString(), result.value(QStringLiteral("caseNumber")).toString());
    QVERIFY(QDate::fromString(result.value(QStringLiteral("promisedIsoDate")).toString(), Qt::ISODate).isValid());
    shoot(QStringLiteral("done"));
    ++m_submitted;

    QVERIFY(m_ui->tap(QStringLiteral("finishButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QCOMPARE(form->serviceId(), QString());
}

void WalkThrough::casesAreStored()
{
    // What the villagers saw confirmed is in the kiosk's database, one case per service.
    SystemClock clock;
    auto store = DataStore::open(DataDir(m_data.path() + QStringLiteral("/kiosk")), clock);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    auto cases = (*store)->cases().list();
    QVERIFY(cases.ok());
    QCOMPARE(cases->size(), m_submitted);
    QVERIFY(m_submitted >= 8);
    QSet<QString> services;
    for (const CaseRecord &c : *cases)
        services.insert(c.serviceId);
    QCOMPARE(services.size(), m_submitted);
    auto drafts = (*store)->drafts().count();
    QVERIFY(drafts.ok());
    QCOMPARE(*drafts, 0); // every submitted session removed its draft
}

void WalkThrough::idleTimeoutWipesTheSession()
{
    m_service = QStringLiteral("idle-timeout");
    m_shot = 0;
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    QVERIFY(m_ui->tap(QStringLiteral("category_social_assistance")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("cataloguePage"));
    QVERIFY(m_ui->tap(QStringLiteral("service_temporary_assistance")));
    QVERIFY(m_ui->tap(QStringLiteral("applyButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), m_ui->item(QStringLiteral("field_applicant.name"))), QStringLiteral("李四")));
    QCOMPARE(m_app->form()->answer(QStringLiteral("applicant.name")).toString(), QStringLiteral("李四"));

    IdleWatcher *idle = m_app->idle();
    idle->setTimeout(6); // warning after 4 s, wiped after 6 s
    idle->poke();
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("countdownDialog")), 8000);
    shoot(QStringLiteral("countdown"));
    // "Continue" keeps everything.
    QVERIFY(m_ui->tap(QStringLiteral("continueButton")));
    QVERIFY(!m_ui->item(QStringLiteral("countdownDialog")));
    QCOMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    // Left alone, the session is wiped and the idle screen returns.
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->pageName(), QStringLiteral("idlePage"), 10000);
    QCOMPARE(m_app->form()->serviceId(), QString());
    QVERIFY(m_app->form()->answer(QStringLiteral("applicant.name")).toString().isEmpty());
    idle->setTimeout(120);
}

void WalkThrough::draftIsRestoredAfterRestart()
{
    // Start an application, leave it mid-way, and "lose power": a new KioskApp on the same data.
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    QVERIFY(m_ui->tap(QStringLiteral("category_social_assistance")));
    QVERIFY(m_ui->tap(QStringLiteral("service_temporary_assistance")));
    QVERIFY(m_ui->tap(QStringLiteral("applyButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    m_applicantBirth = QDate(1975, 6, 15);
    fillStep();
    QVERIFY(m_ui->tap(QStringLiteral("nextButton")));
    QCOMPARE(m_app->form()->currentStep(), 1);
    QTest::qWait(200); // the autosave is queued to the store thread
    const QString warning = kioskdriver::stopKiosk(m_app, m_ui);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));

    KioskOptions options;
    options.dataDir = m_data.path() + QStringLiteral("/kiosk");
    const QString why = kioskdriver::startKiosk(m_app, m_ui, options);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    QCOMPARE(m_app->form()->serviceId(), QStringLiteral("temporary_assistance"));
    QCOMPARE(m_app->form()->currentStep(), 1);
    QCOMPARE(m_app->form()->answer(QStringLiteral("applicant.name")).toString(), QStringLiteral("王秀英"));
    QVERIFY(m_ui->item(QStringLiteral("resumedNotice")));
    m_service = QStringLiteral("restored");
    m_shot = 0;
    shoot(QStringLiteral("resumed"));
}

QTEST_MAIN(WalkThrough)
#include "tst_walkthrough.moc"
