// Every kiosk screen in the three looks a villager can choose (normal, large text, high contrast) at the
// two screen sizes kiosks have (1280x800, 1920x1080), on the real KioskApp with the real on-screen
// keyboard, offscreen. Each is saved as <build>/screenshots/modes/<screen>-<look>-<W>x<H>.png for people
// to look at, and checked for what a user would notice: text that does not fit its box or runs off the
// screen, buttons and touch areas smaller than 72 px or out of reach, and QML warnings.
//
// Adding a screen: write a route (from the idle screen, bring the kiosk there) and add a line to
// screens() below.
#include "auth/qml/authcontroller.h"
#include "forms/catalogue.h"
#include "forms/qml/formcontroller.h"
#include "idlewatcher.h"
#include "kioskapp.h"
#include "kioskdriver.h"
#include "kiosksession.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cmath>
#include <functional>

Q_IMPORT_QML_PLUGIN(Bianmin_KeyboardPlugin)

using namespace bianmin;

namespace {

const QString kSupervisor = QStringLiteral("zhang01");
const QString kApprover = QStringLiteral("li.approver");
const QString kClerk = QStringLiteral("wang.clerk");
const QString kPin = QStringLiteral("135790");
/** The applicant's resident ID number in every application these routes submit. */
const QString kApplicantId = QStringLiteral("500242197506150132");

QStringList g_warnings;
QtMessageHandler g_testLog = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
    if (g_testLog)
        g_testLog(type, context, message);
}

using kioskdriver::findItem; // visible items by objectName, depth first

QQuickItem *findText(QQuickItem *root, const QString &text)
{
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (!child->isVisible())
            continue;
        if (child->inherits("QQuickText") && child->property("text").toString() == text)
            return child;
        if (QQuickItem *found = findText(child, text))
            return found;
    }
    return nullptr;
}

/** Where the item is, for a failure message: the nearest objectNames up the tree, and its text. */
QString describe(QQuickItem *item)
{
    QStringList path;
    for (QQuickItem *p = item; p && path.size() < 3; p = p->parentItem())
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    QString what = QString::fromLatin1(item->metaObject()->className()).section(QLatin1Char('_'), 0, 0);
    const QString text = item->property("text").toString();
    if (!text.isEmpty())
        what += QStringLiteral(" \"%1\"").arg(text.left(40));
    return path.join(QLatin1Char('/')) + QLatin1Char(' ') + what;
}

/** A signature as the pad stores it: a small PNG of a stroke, as a data URL. */
QString signatureDataUrl()
{
    QImage image(300, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (int x = 20; x < 280; ++x)
        image.setPixelColor(x, 50 + int(20 * std::sin(x / 20.0)), Qt::black);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

class ScreenModes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void everyScreenInEveryLook_data();
    void everyScreenInEveryLook();

private:
    using Route = std::function<void()>;
    QList<QPair<QString, Route>> screens();

    // Routes: each starts on the idle screen.
    void toHome();
    void toCatalogue();
    void toService();
    void toForm();
    void toFormErrors();
    void toFormChoices();
    void toFormKeyboard();
    void toFormKeypad();
    void toFormSignature();
    void toReview();
    void toDone();
    void toCountdown();
    void inEnglish(const std::function<void()> &route);
    // The staff side.
    void ensureSupervisor();
    void toStaffFirstRun();
    void toStaffLogin();
    void toStaffHome();
    void toStaffAccounts();
    void toStaffAdd();
    void toReprint();
    void ensureStaff();
    void toStaffPage(const QString &staffId, const char *button, const char *pageName);
    void toConsent();
    void toCaseReview();
    void toCaseLookup();
    void toCaseLookupAnswer();
    void toCaseLookupCases();
    void toSyncQueue();
    void fillUntilReview(const QString &serviceId);

    QQuickWindow *window() const { return m_app->window(); }
    QQuickItem *page() const { return window()->property("currentPage").value<QQuickItem *>(); }
    QString pageName() const { return page() ? page()->objectName() : QString(); }
    QQuickItem *item(const QString &name) const { return findItem(window()->contentItem(), name); }
    QQuickItem *inputPanel() const { return findItem(window()->contentItem(), QStringLiteral("inputPanel")); }
    void settle(int ms = 10);
    bool tap(QQuickItem *target);
    bool tap(const QString &name) { return tap(item(name)); }
    void fillStepAndGoOn();
    void typePinyin(const QString &letters);

    double keyboardTop() const;
    /** Every icon on the open keyboard's keys (backspace, enter, shift, the globe, hide) lies inside the
     *  key drawn around it. */
    void verifyKeyIconsInsideKeys();
    /** `target` (a signature pad) lies whole in the page's view, none of it under the docked buttons. */
    void verifyWholeAboveButtons(QQuickItem *target);
    void checkLayout(const QString &shot, QStringList &problems);
    void checkItem(QQuickItem *item, const QString &shot, QStringList &problems);

    /** How many texts and touch targets the last checkLayout() looked at. */
    int m_textsChecked = 0;
    int m_targetsChecked = 0;
    /** Scene y where the open keyboard (candidate bar included) starts; the window height when closed. */
    double m_keyboardTop = 0;

    QTemporaryDir m_data;
    std::unique_ptr<KioskApp> m_app;
    QString m_shotDir;
    /** QML warnings before this row (each row reports only its own). */
    qsizetype m_qmlWarningsBefore = 0;
    /** Called before each shot, e.g. to keep the countdown up. */
    std::function<void()> m_beforeShot;
};

QList<QPair<QString, ScreenModes::Route>> ScreenModes::screens()
{
    return {
        {QStringLiteral("idle"), [] {}},
        {QStringLiteral("home"), [this] { toHome(); }},
        {QStringLiteral("catalogue"), [this] { toCatalogue(); }},
        {QStringLiteral("service"), [this] { toService(); }},
        {QStringLiteral("form"), [this] { toForm(); }},
        {QStringLiteral("form-errors"), [this] { toFormErrors(); }},
        {QStringLiteral("form-choices"), [this] { toFormChoices(); }},
        {QStringLiteral("form-keyboard"), [this] { toFormKeyboard(); }},
        {QStringLiteral("form-keypad"), [this] { toFormKeypad(); }},
        {QStringLiteral("form-signature"), [this] { toFormSignature(); }},
        {QStringLiteral("review"), [this] { toReview(); }},
        {QStringLiteral("done"), [this] { toDone(); }},
        {QStringLiteral("countdown"), [this] { toCountdown(); }},
        // English labels are the longest: the screens with the most of them, once more in English.
        {QStringLiteral("service-en"), [this] { inEnglish([this] { toService(); }); }},
        {QStringLiteral("form-choices-en"), [this] { inEnglish([this] { toFormChoices(); }); }},
        {QStringLiteral("review-en"), [this] { inEnglish([this] { toReview(); }); }},
        {QStringLiteral("staff-first-run"), [this] { toStaffFirstRun(); }},
        {QStringLiteral("staff-login"), [this] { toStaffLogin(); }},
        {QStringLiteral("staff-home"), [this] { toStaffHome(); }},
        {QStringLiteral("staff-accounts"), [this] { toStaffAccounts(); }},
        {QStringLiteral("staff-add"), [this] { toStaffAdd(); }},
        {QStringLiteral("staff-reprint"), [this] { toReprint(); }},
        {QStringLiteral("staff-refused"), [this] { toStaffPage(kSupervisor, "refusedButton", "refusedCasesPage"); }},
        {QStringLiteral("staff-approvals"), [this] { toStaffPage(kApprover, "approvalsButton", "approvalQueuePage"); }},
        {QStringLiteral("staff-returned"), [this] { toStaffPage(kClerk, "returnedButton", "returnedCasesPage"); }},
        {QStringLiteral("staff-consent"), [this] { toConsent(); }},
        {QStringLiteral("staff-consent-en"), [this] { toConsent(); inEnglish([] {}); }}, // staff log in in Chinese
        {QStringLiteral("staff-case-review"), [this] { toCaseReview(); }},
        {QStringLiteral("case-lookup"), [this] { toCaseLookup(); }},
        {QStringLiteral("case-lookup-answer"), [this] { toCaseLookupAnswer(); }},
        {QStringLiteral("case-lookup-cases"), [this] { toCaseLookupCases(); }},
        {QStringLiteral("case-lookup-en"), [this] { inEnglish([this] { toCaseLookup(); }); }},
        {QStringLiteral("sync-queue"), [this] { toSyncQueue(); }},
    };
}

void ScreenModes::initTestCase()
{
    // After QTest's own handler (installed by qExec), which still prints everything.
    g_testLog = qInstallMessageHandler(recordWarnings);
    QVERIFY(m_data.isValid());
    KioskOptions options;
    options.dataDir = m_data.path() + QStringLiteral("/kiosk");
    options.demo = true;
    const QString why = kioskdriver::startKiosk(m_app, options);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QTRY_VERIFY(window()->property("firstFrameShown").toBool());
    QTRY_VERIFY(inputPanel()); // the keyboard loads after the first frame
    m_shotDir = qEnvironmentVariable("BIANMIN_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots/modes");
    QDir(m_shotDir).removeRecursively();
    QVERIFY(QDir().mkpath(m_shotDir));
}

void ScreenModes::cleanupTestCase()
{
    m_app.reset();
}

void ScreenModes::init()
{
    // Every route starts from the idle screen of a fresh session, in the normal look, nobody logged in.
    QTRY_VERIFY(m_app->auth()); // the staff side comes up after the first frame
    m_app->auth()->logout();
    QMetaObject::invokeMethod(window(), "endSession");
    m_app->idle()->setTimeout(120);
    m_beforeShot = nullptr;
    window()->resize(1280, 800);
    settle();
    QTRY_COMPARE(pageName(), QStringLiteral("idlePage"));
    QTRY_VERIFY(!inputPanel()->property("active").toBool());
    g_warnings.clear();
    m_qmlWarningsBefore = m_app->qmlWarnings().size();
}

void ScreenModes::settle(int ms)
{
    QCoreApplication::processEvents();
    window()->requestUpdate();
    QTest::qWait(ms);
}

bool ScreenModes::tap(QQuickItem *target)
{
    if (!target)
        return false;
    settle(); // a page just pushed is laid out at its first polish
    QQuickItem *p = page();
    auto *flick = p ? p->property("flickable").value<QQuickItem *>() : nullptr;
    if (flick && flick->isAncestorOf(target)) {
        QMetaObject::invokeMethod(p, "reveal", Q_ARG(QVariant, QVariant::fromValue(target)));
        settle();
    }
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    if (!QRectF(QPointF(0, 0), window()->size()).contains(centre))
        return false;
    QTest::mouseClick(window(), Qt::LeftButton, {}, centre.toPoint());
    settle();
    return true;
}

void ScreenModes::toHome()
{
    QVERIFY(tap(QStringLiteral("startButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("homePage"));
}

void ScreenModes::toCatalogue()
{
    toHome();
    QVERIFY(tap(QStringLiteral("category_social_assistance")));
    QTRY_COMPARE(pageName(), QStringLiteral("cataloguePage"));
}

void ScreenModes::toService()
{
    toCatalogue();
    QVERIFY(tap(QStringLiteral("service_temporary_assistance")));
    QTRY_COMPARE(pageName(), QStringLiteral("servicePage"));
}

void ScreenModes::toForm()
{
    toService();
    QVERIFY(tap(QStringLiteral("applyButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("formPage"));
}

void ScreenModes::toFormErrors()
{
    toForm();
    QVERIFY(tap(QStringLiteral("nextButton"))); // an empty step: every message under its field
    QVERIFY(m_app->form()->hasErrors());
}

void ScreenModes::toFormChoices()
{
    // The second step of temporary assistance: choice tiles, a date, yes / no.
    toForm();
    fillStepAndGoOn();
    QTRY_COMPARE(m_app->form()->currentStep(), 1);
}

void ScreenModes::toFormKeyboard()
{
    toForm();
    QQuickItem *name = findItem(item(QStringLiteral("field_applicant.name")), QStringLiteral("input"));
    QVERIFY(tap(name));
    QTRY_VERIFY(name->hasActiveFocus());
    QTRY_VERIFY(inputPanel()->property("active").toBool());
    typePinyin(QStringLiteral("nongjiale"));
    QTRY_VERIFY(findText(inputPanel(), QStringLiteral("农家乐")));
    m_beforeShot = [this, name] {
        QTest::qWait(300); // the candidate bar slides in; a new width resizes the keyboard
        verifyKeyIconsInsideKeys();
        QQuickItem *candidate = findText(inputPanel(), QStringLiteral("农家乐"));
        QVERIFY2(candidate, "农家乐 among the candidates");
        // The villager sees which question the box answers: the field's label and the box itself, in
        // the page's view and above the keyboard (at 1280x800 in large text the label was cut off).
        QVERIFY(name->hasActiveFocus());
        auto *flick = page()->property("flickable").value<QQuickItem *>();
        QVERIFY(flick);
        QRectF view = flick->mapRectToScene(QRectF(0, 0, flick->width(), flick->height()));
        view.setBottom(qMin(view.bottom(), keyboardTop()));
        QQuickItem *field = item(QStringLiteral("field_applicant.name"));
        for (QQuickItem *part : {findItem(field, QStringLiteral("fieldLabel")), name}) {
            QVERIFY(part && part->isVisible());
            const QRectF rect = part->mapRectToScene(QRectF(0, 0, part->width(), part->height()));
            QVERIFY2(view.adjusted(-1, -1, 1, 1).contains(rect),
                     qPrintable(QStringLiteral("%1 at %2..%3 outside the view above the keyboard %4..%5 (%6x%7)")
                                    .arg(part->objectName()).arg(rect.top()).arg(rect.bottom())
                                    .arg(view.top()).arg(view.bottom()).arg(window()->width()).arg(window()->height())));
        }
    };
}

void ScreenModes::toFormKeypad()
{
    // The ID number's keypad: the number pads' keys are narrower than the letters' rows.
    toForm();
    QQuickItem *idNumber = findItem(item(QStringLiteral("field_applicant.id_number")), QStringLiteral("input"));
    QVERIFY(tap(idNumber));
    QTRY_VERIFY(idNumber->hasActiveFocus());
    QTRY_VERIFY(inputPanel()->property("active").toBool());
    QTRY_COMPARE(inputPanel()->property("keyboard").value<QObject *>()->property("layoutType").toString(),
                 QStringLiteral("numbers"));
    m_beforeShot = [this] {
        QTest::qWait(300); // a new width resizes the keyboard
        verifyKeyIconsInsideKeys();
    };
}

void ScreenModes::verifyKeyIconsInsideKeys()
{
    QObject *keyboard = inputPanel()->property("keyboard").value<QObject *>();
    QVERIFY(keyboard);
    QObject *style = keyboard->property("style").value<QObject *>();
    QVERIFY(style);
    // The key is drawn this far inside the key's own area (Qt's keyBackgroundMargin).
    const double margin = style->property("base").value<QObject *>()->property("keyBackgroundMargin").toDouble();
    int icons = 0;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (!item->isVisible())
            return;
        if (item->inherits("QQuickImage")) {
            QQuickItem *key = item->parentItem();
            while (key && !key->property("keyType").isValid()) // the key (BaseKey) the icon is drawn on
                key = key->parentItem();
            if (key) {
                ++icons;
                const QSizeF painted(item->property("paintedWidth").toDouble(), item->property("paintedHeight").toDouble());
                const QRectF icon = item->mapRectToItem(key, QRectF(QPointF((item->width() - painted.width()) / 2,
                                                                            (item->height() - painted.height()) / 2),
                                                                    painted));
                const QRectF drawnKey = QRectF(0, 0, key->width(), key->height()).adjusted(margin, margin, -margin, -margin);
                QVERIFY2(drawnKey.adjusted(-0.5, -0.5, 0.5, 0.5).contains(icon),
                         qPrintable(QStringLiteral("key type %1: its %2x%3 icon at %4,%5 is outside the %6x%7 key (%8x%9)")
                                        .arg(key->property("keyType").toInt()).arg(icon.width()).arg(icon.height())
                                        .arg(icon.x()).arg(icon.y()).arg(key->width()).arg(key->height())
                                        .arg(window()->width()).arg(window()->height())));
            }
        }
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            walk(child);
    };
    walk(inputPanel());
    QVERIFY2(icons >= 3, qPrintable(QStringLiteral("only %1 key icons found").arg(icons))); // backspace, enter, hide
}

void ScreenModes::toReview()
{
    toHome();
    fillUntilReview(QStringLiteral("petition_direct"));
}

void ScreenModes::fillUntilReview(const QString &serviceId)
{
    QMetaObject::invokeMethod(window(), "startForm", Q_ARG(QVariant, serviceId));
    QTRY_COMPARE(pageName(), QStringLiteral("formPage"));
    for (int guard = 0; pageName() == QLatin1String("formPage") && guard < 10; ++guard) {
        fillStepAndGoOn();
        if (QTest::currentTestFailed())
            return;
    }
    QTRY_COMPARE(pageName(), QStringLiteral("reviewPage"));
}

void ScreenModes::toDone()
{
    toReview();
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tap(QStringLiteral("submitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(pageName(), QStringLiteral("donePage"), 15000);
}

void ScreenModes::inEnglish(const std::function<void()> &route)
{
    QVERIFY(tap(QStringLiteral("languageEn")));
    QTRY_COMPARE(m_app->session()->language(), QStringLiteral("en"));
    route();
}

void ScreenModes::toCountdown()
{
    toForm();
    // A 3-second timeout warns at once; each shot pokes it and waits for the warning again.
    IdleWatcher *idle = m_app->idle();
    idle->setTimeout(3);
    m_beforeShot = [this, idle] {
        idle->poke();
        QTRY_VERIFY(item(QStringLiteral("countdownDialog")));
    };
}

void ScreenModes::ensureSupervisor()
{
    AuthController *auth = m_app->auth();
    if (auth->needsFirstSupervisor())
        QVERIFY(kioskdriver::finishedOk(auth, [&] { auth->createFirstSupervisor(kSupervisor, QStringLiteral("张主任"), kPin); }));
    auth->logout();
    QTRY_COMPARE(pageName(), QStringLiteral("idlePage"));
}

void ScreenModes::toStaffFirstRun()
{
    if (!m_app->auth()->needsFirstSupervisor())
        QSKIP("a supervisor exists already (the first-run page is shot when this row runs first)");
    QVERIFY(tap(QStringLiteral("staffButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("firstSupervisorPage"));
}

void ScreenModes::toStaffLogin()
{
    ensureSupervisor();
    QVERIFY(tap(QStringLiteral("staffButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("staffLoginPage"));
    // With a message: a locked account.
    QVariant message;
    QVERIFY(QMetaObject::invokeMethod(page(), "explain", Q_RETURN_ARG(QVariant, message),
                                      Q_ARG(QVariant, QStringLiteral("auth.locked"))));
    QVERIFY(!message.toString().isEmpty());
    page()->setProperty("message", message.toString());
}

void ScreenModes::toStaffHome()
{
    ensureSupervisor();
    AuthController *auth = m_app->auth();
    QVERIFY(kioskdriver::finishedOk(auth, [&] { auth->login(kSupervisor, kPin); }));
    QMetaObject::invokeMethod(window(), "showStaffHome");
    QTRY_COMPARE(pageName(), QStringLiteral("staffHomePage"));
    // Its tiles are laid out once the page has its width: wait for the first row to be on screen.
    QTRY_VERIFY(item(QStringLiteral("manageStaffButton"))
                && item(QStringLiteral("manageStaffButton"))->mapToScene(QPointF(0, 0)).y() < window()->height());
}

void ScreenModes::toStaffAccounts()
{
    toStaffHome();
    QVERIFY(tap(QStringLiteral("manageStaffButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("staffManagePage"));
}

void ScreenModes::toStaffAdd()
{
    toStaffAccounts();
    QVERIFY(tap(QStringLiteral("addStaffButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("staffEditPage"));
    QVERIFY(tap(QStringLiteral("role_approver"))); // with the approval steps shown
}

void ScreenModes::toReprint()
{
    toStaffHome();
    QVERIFY(tap(QStringLiteral("reprintButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("reprintPage"));
}

void ScreenModes::ensureStaff()
{
    // An approver and a clerk besides the supervisor, for the pages only they see.
    ensureSupervisor();
    AuthController *auth = m_app->auth();
    QVERIFY(kioskdriver::finishedOk(auth, [&] { auth->login(kSupervisor, kPin); })); // the list is for a supervisor's eyes only
    const QVariantList staff = auth->staffList();
    const bool present = std::any_of(staff.begin(), staff.end(), [](const QVariant &s) {
        return s.toMap().value(QStringLiteral("id")).toString() == kClerk;
    });
    if (!present) {
        QVERIFY2(kioskdriver::finishedOk(auth, [&] { auth->addStaff(kApprover, QStringLiteral("李审批"), QStringLiteral("approver"), kPin); }),
                 qPrintable(auth->errorString()));
        QVERIFY2(kioskdriver::finishedOk(auth, [&] { auth->addStaff(kClerk, QStringLiteral("王代办"), QStringLiteral("clerk"), kPin); }),
                 qPrintable(auth->errorString()));
    }
    auth->logout();
    QTRY_COMPARE(pageName(), QStringLiteral("idlePage"));
}

void ScreenModes::toStaffPage(const QString &staffId, const char *button, const char *name)
{
    ensureStaff();
    if (QTest::currentTestFailed())
        return;
    AuthController *auth = m_app->auth();
    QVERIFY2(kioskdriver::finishedOk(auth, [&] { auth->login(staffId, kPin); }), qPrintable(auth->errorString()));
    QMetaObject::invokeMethod(window(), "showStaffHome"); // what the login page does after a login
    QTRY_COMPARE(pageName(), QStringLiteral("staffHomePage"));
    QTRY_VERIFY(item(QString::fromLatin1(button)));
    QVERIFY2(tap(QString::fromLatin1(button)), button);
    QTRY_COMPARE(pageName(), QString::fromLatin1(name));
}

void ScreenModes::toConsent()
{
    // A clerk applies for a villager: after the review comes the villager's consent.
    toStaffPage(kClerk, "agentButton", "homePage");
    if (QTest::currentTestFailed())
        return;
    fillUntilReview(QStringLiteral("petition_direct"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tap(QStringLiteral("submitButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("consentPage"));
    // The villager sees the whole signature pad as the page opens: in the page's view, none of it under
    // the docked buttons (at 1280x800 in large text its lower part was).
    m_beforeShot = [this] {
        QQuickItem *pad = item(QStringLiteral("consentPadFrame"));
        verifyWholeAboveButtons(pad);
        QVERIFY2(pad->height() >= 160, qPrintable(QString::number(pad->height())));
    };
}

void ScreenModes::toFormSignature()
{
    // The last step of temporary assistance, scrolled to its signature field as the form does when the
    // villager gets there: the whole pad and its "use this signature" above Back / Next.
    toForm();
    for (int step = 0; step < 3; ++step) {
        fillStepAndGoOn();
        if (QTest::currentTestFailed())
            return;
    }
    QTRY_VERIFY(item(QStringLiteral("signaturePad")));
    m_beforeShot = [this] {
        QQuickItem *pad = item(QStringLiteral("signaturePad"));
        QVERIFY(pad);
        QMetaObject::invokeMethod(page(), "reveal", Q_ARG(QVariant, QVariant::fromValue(pad)));
        settle();
        verifyWholeAboveButtons(pad->parentItem()); // the pad's white frame
        verifyWholeAboveButtons(findItem(item(QStringLiteral("field_signature")), QStringLiteral("keepSignature")));
    };
}

void ScreenModes::verifyWholeAboveButtons(QQuickItem *target)
{
    QQuickItem *bar = item(QStringLiteral("buttonBar"));
    auto *flick = page()->property("flickable").value<QQuickItem *>();
    QVERIFY(target && bar && flick);
    const QRectF rect = target->mapRectToScene(QRectF(0, 0, target->width(), target->height()));
    const QRectF barRect = bar->mapRectToScene(QRectF(0, 0, bar->width(), bar->height()));
    const QRectF view = flick->mapRectToScene(QRectF(0, 0, flick->width(), flick->height()));
    const QString where = QStringLiteral("%1 %2..%3, buttons from %4, view %5..%6 (%7x%8)")
                              .arg(target->objectName()).arg(rect.top()).arg(rect.bottom()).arg(barRect.top())
                              .arg(view.top()).arg(view.bottom()).arg(window()->width()).arg(window()->height());
    QVERIFY2(!rect.intersects(barRect), qPrintable(where));
    QVERIFY2(view.adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect), qPrintable(where));
}

void ScreenModes::toCaseLookup()
{
    toHome();
    QVERIFY(tap(QStringLiteral("caseLookupButton")));
    QTRY_COMPARE(pageName(), QStringLiteral("caseLookupPage"));
    QTRY_VERIFY(item(QStringLiteral("lookupIdButton")));
}

void ScreenModes::toCaseLookupAnswer()
{
    // A valid number with no application here: the answer page with its message.
    toCaseLookup();
    for (const QChar c : QStringLiteral("500242198001010016"))
        QVERIFY(tap(QStringLiteral("key") + c));
    QVERIFY(tap(QStringLiteral("lookupIdButton")));
    QTRY_VERIFY(item(QStringLiteral("noCases")));
}

void ScreenModes::toCaseLookupCases()
{
    // The applicant of the applications submitted by the rows above: their cases, with state.
    toCaseLookup();
    for (const QChar c : kApplicantId)
        QVERIFY(tap(QStringLiteral("key") + c));
    QVERIFY(tap(QStringLiteral("lookupIdButton")));
    QTRY_VERIFY_WITH_TIMEOUT(item(QStringLiteral("case_0")), 10000);
}

void ScreenModes::toSyncQueue()
{
    QMetaObject::invokeMethod(window(), "openSyncQueue");
    QTRY_COMPARE(pageName(), QStringLiteral("syncQueuePage"));
    QTRY_VERIFY(item(QStringLiteral("syncNowButton"))->isEnabled()); // syncStatus is there
}

void ScreenModes::toCaseReview()
{
    // A villager's temporary assistance waits for the approver (who may decide every step).
    toHome();
    fillUntilReview(QStringLiteral("temporary_assistance"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(tap(QStringLiteral("submitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(pageName(), QStringLiteral("donePage"), 15000);
    QMetaObject::invokeMethod(window(), "endSession");
    QTRY_COMPARE(pageName(), QStringLiteral("idlePage"));
    toStaffPage(kApprover, "approvalsButton", "approvalQueuePage");
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(item(QStringLiteral("queueCase_0")));
    QVERIFY(tap(findItem(item(QStringLiteral("queueCase_0")), QStringLiteral("reviewButton"))));
    QTRY_COMPARE(pageName(), QStringLiteral("caseReviewPage"));
}

void ScreenModes::fillStepAndGoOn()
{
    // Valid answers to the required fields of the step on screen, then the page's own Next.
    FormController *form = m_app->form();
    FormFieldModel *fields = form->fields();
    const int step = form->currentStep();
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QVariantMap field = fields->get(row);
        if (!field.value(QStringLiteral("visible")).toBool() || !field.value(QStringLiteral("required")).toBool())
            continue;
        const QString id = field.value(QStringLiteral("fieldId")).toString();
        const QString type = field.value(QStringLiteral("type")).toString();
        QVariant value;
        if (type == QLatin1String("resident_id"))
            value = kApplicantId;
        else if (type == QLatin1String("phone"))
            value = QStringLiteral("13800138000");
        else if (type == QLatin1String("number"))
            value = QStringLiteral("2");
        else if (type == QLatin1String("money"))
            value = QStringLiteral("100.00");
        else if (type == QLatin1String("date"))
            value = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        else if (type == QLatin1String("yes_no"))
            value = true;
        else if (type == QLatin1String("single_choice"))
            value = field.value(QStringLiteral("options")).toList().value(0).toMap().value(QStringLiteral("value"));
        else if (type == QLatin1String("multiple_choice"))
            value = QVariantList{field.value(QStringLiteral("options")).toList().value(0).toMap().value(QStringLiteral("value"))};
        else if (type == QLatin1String("attachment"))
            value = m_app->session()->paperNotes(form->serviceName(), field.value(QStringLiteral("label")).toString(), 1);
        else if (type == QLatin1String("signature"))
            value = m_app->session()->storeImage(signatureDataUrl());
        else if (type == QLatin1String("multiline"))
            value = QStringLiteral("村口道路积水已有三个月，雨天老人和孩子无法通行，请尽快修理。");
        else if (type == QLatin1String("text") && id.contains(QLatin1String("account")))
            value = QStringLiteral("6228480012345678");
        else if (type == QLatin1String("text") && id.contains(QLatin1String("bank")))
            value = QStringLiteral("中国农业银行石柱支行");
        else if (type == QLatin1String("text"))
            value = id.contains(QLatin1String("name")) ? QStringLiteral("王秀英") : QStringLiteral("村口道路积水");
        else
            QFAIL(qPrintable(QStringLiteral("no answer for %1 of type %2").arg(id, type)));
        form->setAnswer(id, value);
    }
    QMetaObject::invokeMethod(page(), "goNext");
    settle();
    QStringList why;
    for (const QVariant &e : form->errors())
        why << e.toMap().value(QStringLiteral("fieldId")).toString() + QStringLiteral(": ")
                   + e.toMap().value(QStringLiteral("message")).toString();
    QVERIFY2(pageName() != QLatin1String("formPage") || form->currentStep() != step,
             qPrintable(QStringLiteral("step %1 refused: %2").arg(step + 1).arg(why.join(QStringLiteral("; ")))));
}

void ScreenModes::typePinyin(const QString &letters)
{
    // As the on-screen keys do: through the virtual keyboard's input engine.
    QQmlExpression type(qmlContext(inputPanel()), inputPanel(),
                        QStringLiteral("(function(s) { for (const c of s) InputContext.inputEngine.virtualKeyClick("
                                       "Qt.Key_A + c.charCodeAt(0) - 97, c, Qt.NoModifier) })(\"%1\")").arg(letters));
    type.evaluate();
    QVERIFY2(!type.hasError(), qPrintable(type.error().toString()));
    settle();
}

void ScreenModes::everyScreenInEveryLook_data()
{
    QTest::addColumn<QString>("screen");
    for (const auto &screen : screens())
        QTest::newRow(qPrintable(screen.first)) << screen.first;
}

void ScreenModes::everyScreenInEveryLook()
{
    QFETCH(QString, screen);
    for (const auto &s : screens())
        if (s.first == screen)
            s.second();
    if (QTest::currentTestFailed())
        return;

    struct Look { const char *name; bool largeText; bool highContrast; };
    const Look looks[] = {{"normal", false, false}, {"large", true, false}, {"contrast", false, true}};
    const QList<QSize> sizes{{1280, 800}, {1920, 1080}};
    QStringList problems;
    for (const Look &look : looks) {
        window()->setProperty("largeText", look.largeText);
        window()->setProperty("highContrast", look.highContrast);
        for (const QSize &size : sizes) {
            window()->resize(size);
            settle();
            if (m_beforeShot)
                m_beforeShot();
            if (QTest::currentTestFailed())
                return;
            const QString shot = QStringLiteral("%1-%2-%3x%4").arg(screen, QLatin1String(look.name)).arg(size.width()).arg(size.height());
            // A new look can take a few polishes to settle (a wrapped text's new height, then the layout
            // around it), as it does over a few frames on screen: what is still wrong after that is real.
            QStringList found;
            QImage frame;
            for (int attempt = 0; attempt < 4; ++attempt) {
                frame = m_app->grab();
                found.clear();
                checkLayout(shot, found);
                if (found.isEmpty())
                    break;
                settle(100);
            }
            problems << found;
            QCOMPARE(frame.size(), size);
            QVERIFY(frame.save(m_shotDir + QLatin1Char('/') + shot + QStringLiteral(".png")));
            // A walk that finds nothing would pass anything.
            QVERIFY2(m_textsChecked >= 3 && m_targetsChecked >= 3,
                     qPrintable(QStringLiteral("%1: only %2 texts and %3 touch targets found")
                                    .arg(shot).arg(m_textsChecked).arg(m_targetsChecked)));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
    QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(QLatin1Char('\n'))));
    QVERIFY2(m_app->qmlWarnings().size() == m_qmlWarningsBefore,
             qPrintable(m_app->qmlWarnings().value(m_qmlWarningsBefore).toString()));
}

double ScreenModes::keyboardTop() const
{
    // What the open keyboard covers: its keys and, above them, the Pinyin candidate bar.
    QQuickItem *keyboard = inputPanel();
    double top = window()->height();
    if (keyboard->property("active").toBool()) {
        top = keyboard->mapToScene(QPointF(0, 0)).y();
        if (QQuickItem *candidates = findItem(keyboard, QStringLiteral("wordCandidateView")); candidates && candidates->height() > 0)
            top = qMin(top, candidates->mapToScene(QPointF(0, 0)).y());
    }
    return top;
}

void ScreenModes::checkLayout(const QString &shot, QStringList &problems)
{
    QQuickItem *keyboard = inputPanel();
    m_keyboardTop = keyboardTop();
    m_textsChecked = 0;
    m_targetsChecked = 0;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        // Qt's keyboard is checked by tst_keyboard (our style's sizes); here only its candidates matter.
        if (item == keyboard || !item->isVisible() || item->opacity() == 0)
            return;
        checkItem(item, shot, problems);
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            walk(child);
    };
    walk(window()->contentItem());
}

void ScreenModes::checkItem(QQuickItem *item, const QString &shot, QStringList &problems)
{
    const QRectF inWindow(0, 0, window()->width(), window()->height());
    const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    // In a page's scrolling area an item may be below the fold (the villager scrolls), never beside it.
    QQuickItem *flickable = nullptr;
    for (QQuickItem *p = item->parentItem(); p && !flickable; p = p->parentItem())
        if (p->inherits("QQuickFlickable"))
            flickable = p;
    const auto offScreen = [&] {
        if (flickable) {
            const QRectF view = flickable->mapRectToScene(QRectF(0, 0, flickable->width(), flickable->height()));
            return rect.left() < view.left() - 1 || rect.right() > view.right() + 1;
        }
        return !inWindow.adjusted(-1, -1, 1, 1).contains(rect);
    };

    if (item->inherits("QQuickText") && !item->property("text").toString().trimmed().isEmpty()) {
        ++m_textsChecked;
        const bool elided = item->property("elide").toInt() != Qt::ElideNone;
        const bool wraps = item->property("wrapMode").toInt() != 0;
        const double contentWidth = item->property("contentWidth").toDouble();
        const double contentHeight = item->property("contentHeight").toDouble();
        if (!elided && !wraps && contentWidth > item->width() + 1)
            problems << QStringLiteral("%1: text wider than its box (%2 > %3): %4")
                            .arg(shot).arg(contentWidth).arg(item->width()).arg(describe(item));
        else if (!elided && wraps && contentWidth > item->width() + 1)
            problems << QStringLiteral("%1: a word does not fit its box (%2 > %3): %4")
                            .arg(shot).arg(contentWidth).arg(item->width()).arg(describe(item));
        if (!elided && item->property("maximumLineCount").toInt() >= 1000000 && contentHeight > item->height() + 1)
            problems << QStringLiteral("%1: text taller than its box (%2 > %3): %4")
                            .arg(shot).arg(contentHeight).arg(item->height()).arg(describe(item));
        QQuickItem *parent = item->parentItem();
        if (parent && parent->width() > 0 && !parent->inherits("QQuickFlickable")) {
            const QRectF inParent = item->mapRectToItem(parent, QRectF(0, 0, qMin(item->width(), contentWidth), item->height()));
            if (inParent.left() < -1 || inParent.right() > parent->width() + 1)
                problems << QStringLiteral("%1: text sticks out of its container: %2").arg(shot, describe(item));
        }
        if (offScreen())
            problems << QStringLiteral("%1: text off the screen at (%2,%3 %4x%5): %6")
                            .arg(shot).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height()).arg(describe(item));
    }

    // What a finger can touch: buttons, mouse areas, tap handlers (on their item).
    bool touchable = (item->inherits("QQuickAbstractButton") || item->inherits("QQuickMouseArea")) && item->isEnabled();
    const auto handlers = item->children();
    for (QObject *handler : handlers)
        if (handler->inherits("QQuickTapHandler") && handler->property("enabled").toBool())
            touchable = true;
    if (touchable) {
        ++m_targetsChecked;
        if (item->width() < 72 - 0.5 || item->height() < 72 - 0.5)
            problems << QStringLiteral("%1: touch target %2x%3 < 72 px: %4")
                            .arg(shot).arg(item->width()).arg(item->height()).arg(describe(item));
        if (offScreen())
            problems << QStringLiteral("%1: touch target off the screen at (%2,%3 %4x%5): %6")
                            .arg(shot).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height()).arg(describe(item));
        else if (!flickable && rect.bottom() > m_keyboardTop + 1)
            problems << QStringLiteral("%1: touch target under the keyboard at (%2,%3 %4x%5): %6")
                            .arg(shot).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height()).arg(describe(item));
    }
}

int main(int argc, char *argv[])
{
    // The kiosk's keyboard (as bianmin-kiosk's main() sets it up): read once, when the application starts.
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_LAYOUT_PATH", "qrc:/Bianmin/Keyboard/layouts");
    qputenv("QT_VIRTUALKEYBOARD_STYLE", "bianmin");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QGuiApplication app(argc, argv);
    ScreenModes test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenmodes.moc"
