// The staff side of the real kiosk (KioskApp, offscreen), as staff would use it: the first supervisor is
// created on the first-run screen, adds an approver and a clerk; the clerk applies for a villager with a
// signature drawn on the screen; the approver approves that case and rejects another with a note, which
// the clerk then reads and sends again; five wrong PINs lock the approver out; the supervisor reprints a
// receipt (on a fake network printer, the audit log naming them) and a printer fault is told in words;
// the staff session ends on its idle timeout and the screen is cleared. Every new screen is saved under
// <build>/screenshots/staff/.
#include "../printing/fakeprinter.h"
#include "readeremulator.h"
#include "testcards.h"

#include "auth/qml/authcontroller.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/datadir.h"
#include "core/residentid.h"
#include "forms/qml/formcontroller.h"
#include "idlewatcher.h"
#include "kioskapp.h"
#include "kioskdriver.h"
#include "core/ids.h"
#include "kiosksession.h"
#include "printing/qml/receiptprinter.h"
#include "printing/receiptcode.h"
#include "store/auditlog.h"
#include "store/blobstore.h"
#include "store/casestore.h"
#include "store/datastore.h"
#include "staffworker.h"
#include "workflow/qml/approvalcontroller.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <tuple>

using namespace bianmin;
using kioskdriver::Driver;

namespace {

QString residentId(QDate birth)
{
    const QString first17 = QStringLiteral("500242") + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("013");
    return first17 + residentIdCheckCharacter(first17);
}

QString gb18030(const QByteArray &bytes)
{
    QStringDecoder gb("GB18030");
    return gb.decode(bytes);
}

const QString kSupervisor = QStringLiteral("zhang01");
const QString kApprover = QStringLiteral("li.approver");
const QString kClerk = QStringLiteral("wang.clerk");

} // namespace

class StaffWalkThrough : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void villagersReceiptPrintsAfterSubmit();
    void firstSupervisorIsCreatedOnScreen();
    void supervisorAddsApproverAndClerk();
    void clerkAppliesForVillagers();
    void approverApprovesAndRejects();
    void clerkSeesTheReturnedCase();
    void failedCommitIsToldAndNothingElse();
    void fiveWrongPinsLockTheAccount();
    void supervisorReprintsAReceipt();
    void staffSessionEndsWhenIdle();
    void clerkUsesTheVillagersIdCard();

private:
    void typeIntoField(const QString &fieldName, const QString &text);
    void enterPin(const QString &pin);
    void login(const QString &staffId, const QString &pin);
    void logout();
    /** Saves the screen as <n>-<what>.png; with `modes` also in large text and high contrast, each time
     *  with the item named `inView` (a message) scrolled into view, as the page did in the first look. */
    void shoot(const QString &what, bool modes = false, const QString &inView = {});
    void fillField(const QVariantMap &field, QQuickItem *delegate);
    void applyForVillager(const QString &name);
    void fillApplication(const QString &name, const QString &category = QStringLiteral("social_assistance"),
                         const QString &service = QStringLiteral("temporary_assistance"));
    std::unique_ptr<DataStore> openStore();
    /** Makes the staff thread's connection refuse every write (as a read-only disk would), or not. */
    void setStaffStoreReadOnly(bool on);
    /** Keeps the staff thread's connection from growing the database file by a single page (as a full
     *  disk would), or lets it grow again. */
    void setStaffStoreFull(bool on);
    /** How long the staff thread's connection waits for another program's lock before it gives up;
     *  returns what it was. */
    int setStaffStoreBusyTimeout(int ms);
    QString caseIdFor(const QString &applicantName);
    /** The consent page's signature pad lies whole in the page's view, none of it under the docked
     *  buttons. */
    void verifyWholePadInView(const QString &look);
    /** A villager's name signed with a finger: six strokes across the pad, after whatever is on it. */
    void signName(QQuickItem *pad);

    QTemporaryDir m_data;
    qint64 m_staffMaxPages = 0; ///< the staff connection's own limit while setStaffStoreFull() is on
    FakePrinter m_printer;
    std::unique_ptr<KioskApp> m_app;
    std::unique_ptr<Driver> m_ui;
    QString m_shotDir;
    int m_shot = 0;
    QDate m_birth{1975, 6, 15};
    QString m_idNumber; ///< the applicant's ID number when it must be a given one (the card's)
};

void StaffWalkThrough::initTestCase()
{
    QVERIFY(m_data.isValid());
    KioskOptions options;
    options.dataDir = m_data.path() + QStringLiteral("/kiosk");
    options.demo = true;
    const QString why = kioskdriver::startKiosk(m_app, m_ui, options);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // The staff side comes up after the first frame, with the UI thread's store.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->auth() != nullptr, 10000);
    QVERIFY(m_app->receiptPrinter());
    m_app->receiptPrinter()->setPrinter(QStringLiteral("tcp://127.0.0.1:%1").arg(m_printer.port()));
    m_shotDir = qEnvironmentVariable("BIANMIN_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots/staff");
    QDir(m_shotDir).removeRecursively();
    QVERIFY(QDir().mkpath(m_shotDir));
}

void StaffWalkThrough::cleanupTestCase()
{
    const QString warning = kioskdriver::stopKiosk(m_app, m_ui);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
}

void StaffWalkThrough::typeIntoField(const QString &fieldName, const QString &text)
{
    QQuickItem *field = m_ui->item(fieldName, m_ui->page());
    QVERIFY2(field, qPrintable(fieldName));
    QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), field), text));
}

void StaffWalkThrough::enterPin(const QString &pin)
{
    for (const QChar c : pin)
        QVERIFY2(m_ui->tap(QStringLiteral("pinKey_") + c), qPrintable(QString(c)));
}

void StaffWalkThrough::login(const QString &staffId, const QString &pin)
{
    QCOMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(m_ui->tap(QStringLiteral("staffButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffLoginPage"));
    typeIntoField(QStringLiteral("staffIdInput"), staffId);
    enterPin(pin);
    QVERIFY(m_ui->tap(QStringLiteral("loginButton")));
    QTRY_VERIFY(!m_app->auth()->busy()); // the PIN is checked on the staff thread
}

void StaffWalkThrough::logout()
{
    QVERIFY(m_ui->tap(QStringLiteral("homeButton")) || m_ui->pageName() == QLatin1String("staffHomePage"));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QVERIFY(m_ui->tap(QStringLiteral("logoutButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(!m_app->auth()->session()->isActive());
}

void StaffWalkThrough::shoot(const QString &what, bool modes, const QString &inView)
{
    QQuickWindow *w = m_app->window();
    QDir().mkpath(m_shotDir); // tst_walkthrough, perhaps running alongside, starts by emptying screenshots/
    const QString base = m_shotDir + QStringLiteral("/%1-%2").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(what);
    struct Look { QString suffix; bool large; bool contrast; };
    QList<Look> looks{{QString(), false, false}};
    if (modes)
        looks << Look{QStringLiteral("-large"), true, false} << Look{QStringLiteral("-contrast"), false, true};
    for (const Look &look : looks) {
        w->setProperty("largeText", look.large);
        w->setProperty("highContrast", look.contrast);
        m_ui->settle();
        if (!inView.isEmpty()) {
            QQuickItem *message = m_ui->item(inView);
            QVERIFY2(message, qPrintable(inView));
            m_ui->reveal(message);
        }
        const QImage frame = m_app->grab();
        QCOMPARE(frame.size(), QSize(1280, 800));
        QVERIFY(frame.save(base + look.suffix + QStringLiteral(".png")));
    }
    w->setProperty("largeText", false);
    w->setProperty("highContrast", false);
    m_ui->settle();
}

std::unique_ptr<DataStore> StaffWalkThrough::openStore()
{
    static SystemClock clock;
    auto store = DataStore::open(DataDir(m_data.path() + QStringLiteral("/kiosk")), clock);
    return store ? std::move(*store) : nullptr;
}

void StaffWalkThrough::setStaffStoreReadOnly(bool on)
{
    StaffWorker *worker = m_app->staffWorker();
    QMetaObject::invokeMethod(worker, [worker, on] {
        QSqlQuery(worker->store()->database().sql())
            .exec(on ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA query_only = OFF"));
    }, Qt::BlockingQueuedConnection);
}

void StaffWalkThrough::setStaffStoreFull(bool on)
{
    StaffWorker *worker = m_app->staffWorker();
    QMetaObject::invokeMethod(worker, [this, worker, on] {
        QSqlQuery q(worker->store()->database().sql());
        if (on) {
            q.exec(QStringLiteral("PRAGMA max_page_count"));
            m_staffMaxPages = q.next() ? q.value(0).toLongLong() : 0;
            // SQLite keeps the limit at least at the file's size: no new page, as on a disk with no room.
            q.exec(QStringLiteral("PRAGMA max_page_count = 1"));
        } else {
            q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(m_staffMaxPages));
        }
    }, Qt::BlockingQueuedConnection);
}

int StaffWalkThrough::setStaffStoreBusyTimeout(int ms)
{
    StaffWorker *worker = m_app->staffWorker();
    int was = 0;
    QMetaObject::invokeMethod(worker, [worker, ms, &was] {
        QSqlQuery q(worker->store()->database().sql());
        if (q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next())
            was = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
    }, Qt::BlockingQueuedConnection);
    return was;
}

void StaffWalkThrough::verifyWholePadInView(const QString &look)
{
    QQuickItem *pad = m_ui->item(QStringLiteral("consentPadFrame"));
    QQuickItem *bar = m_ui->item(QStringLiteral("buttonBar"));
    auto *flick = m_ui->page()->property("flickable").value<QQuickItem *>();
    QVERIFY(pad && bar && flick);
    const QRectF padRect = pad->mapRectToScene(QRectF(0, 0, pad->width(), pad->height()));
    const QRectF barRect = bar->mapRectToScene(QRectF(0, 0, bar->width(), bar->height()));
    const QRectF view = flick->mapRectToScene(QRectF(0, 0, flick->width(), flick->height()));
    const QString where = QStringLiteral("%1: pad %2..%3, buttons from %4, view %5..%6")
                              .arg(look).arg(padRect.top()).arg(padRect.bottom()).arg(barRect.top())
                              .arg(view.top()).arg(view.bottom());
    QVERIFY2(!padRect.intersects(barRect), qPrintable(where));
    QVERIFY2(view.adjusted(-0.5, -0.5, 0.5, 0.5).contains(padRect), qPrintable(where));
}

void StaffWalkThrough::signName(QQuickItem *pad)
{
    QVERIFY(pad);
    QQuickWindow *w = m_app->window();
    auto at = [pad](double fx, double fy) {
        return pad->mapToScene(QPointF(pad->width() * fx, pad->height() * fy)).toPoint();
    };
    for (int stroke = 0; stroke < 6; ++stroke) {
        const double left = 0.08 + 0.14 * stroke;
        QTest::mousePress(w, Qt::LeftButton, {}, at(left, 0.2));
        for (int i = 1; i <= 16; ++i)
            QTest::mouseMove(w, at(left + 0.1 * std::sin(i * 1.3), 0.2 + 0.04 * i));
        QTest::mouseRelease(w, Qt::LeftButton, {}, at(left + 0.05, 0.85));
    }
    m_ui->settle();
}

QString StaffWalkThrough::caseIdFor(const QString &applicantName)
{
    auto store = openStore();
    if (!store)
        return {};
    const auto cases = store->cases().list();
    for (const CaseRecord &c : cases.value())
        if (c.applicant.name == applicantName)
            return c.id;
    return {};
}

void StaffWalkThrough::fillField(const QVariantMap &field, QQuickItem *delegate)
{
    const QString id = field.value(QStringLiteral("fieldId")).toString();
    const QString type = field.value(QStringLiteral("type")).toString();
    QVERIFY2(delegate, qPrintable(id));
    m_ui->reveal(delegate);
    if (type == QLatin1String("resident_id")) {
        QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), delegate), m_idNumber.isEmpty() ? residentId(m_birth) : m_idNumber));
    } else if (type == QLatin1String("phone")) {
        QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), delegate), QStringLiteral("13800138000")));
    } else if (type == QLatin1String("number")) {
        QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), delegate), QStringLiteral("3")));
    } else if (type == QLatin1String("money")) {
        QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), delegate), QStringLiteral("100.00")));
    } else if (type == QLatin1String("text") || type == QLatin1String("multiline")) {
        const QString value = id.contains(QLatin1String("account")) ? QStringLiteral("6228480012345678")
                            : id.contains(QLatin1String("name"))    ? QStringLiteral("赵大山")
                                                                    : QStringLiteral("房屋被山洪冲毁，需要临时救助。");
        QVERIFY(m_ui->typeInto(m_ui->item(QStringLiteral("input"), delegate), value));
    } else if (type == QLatin1String("date")) {
        QVERIFY(m_ui->tap(QStringLiteral("dayMinus"), delegate));
    } else if (Driver::hasFixedAnswer(type)) {
        QVERIFY2(m_ui->answerFixed(field, delegate), qPrintable(id));
    } else {
        QFAIL(qPrintable(QStringLiteral("no way to fill %1 of type %2").arg(id, type)));
    }
    m_app->form()->validateField(id);
}

/** From the staff home: the clerk fills in temporary assistance for `name`, the villager signs. */
void StaffWalkThrough::applyForVillager(const QString &name)
{
    QCOMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QVERIFY(m_ui->tap(QStringLiteral("agentButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    fillApplication(name);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_ui->textOf(QStringLiteral("submitButton")) != QLatin1String("提交申请"));
    QVERIFY(m_ui->tap(QStringLiteral("submitButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("consentPage"));
}

/** From the home page: the service for `name`, every step filled, up to the review page. */
void StaffWalkThrough::fillApplication(const QString &name, const QString &category, const QString &service)
{
    QVERIFY(m_ui->tap(QStringLiteral("category_") + category));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("cataloguePage"));
    QVERIFY(m_ui->tap(QStringLiteral("service_") + service));
    QVERIFY(m_ui->tap(QStringLiteral("applyButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("formPage"));
    FormController *form = m_app->form();
    int guard = 0;
    while (!form->reviewing()) {
        QVERIFY(++guard < 10);
        FormFieldModel *fields = form->fields();
        for (int row = 0; row < fields->rowCount(); ++row) {
            const QVariantMap field = fields->get(row);
            if (!field.value(QStringLiteral("visible")).toBool())
                continue;
            const QString id = field.value(QStringLiteral("fieldId")).toString();
            if (id == QLatin1String("applicant.name")) {
                typeIntoField(QStringLiteral("field_applicant.name"), name);
                continue;
            }
            fillField(field, m_ui->item(QStringLiteral("field_") + id, m_ui->page()));
            if (QTest::currentTestFailed())
                return;
        }
        const int step = form->currentStep();
        QVERIFY(m_ui->tap(QStringLiteral("nextButton")));
        QVERIFY2(form->reviewing() || form->currentStep() > step, qPrintable(QStringLiteral("step %1 refused").arg(step)));
    }
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("reviewPage"));
}

void StaffWalkThrough::villagersReceiptPrintsAfterSubmit()
{
    // Self-service: the receipt prints by itself once the case is stored, naming no clerk. (A service
    // without an approval chain: the approver's queue below holds only the clerk's cases.)
    QVERIFY(m_ui->tap(QStringLiteral("startButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("homePage"));
    fillApplication(QStringLiteral("孙老汉"), QStringLiteral("petitions"), QStringLiteral("petition_direct"));
    if (QTest::currentTestFailed())
        return;
    const qsizetype before = m_printer.received().size();
    QVERIFY(m_ui->tap(QStringLiteral("submitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->pageName(), QStringLiteral("donePage"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->textOf(QStringLiteral("receiptStatusText")).contains(QStringLiteral("已打印")), 15000);
    const QString receipt = gb18030(m_printer.received(before + 1, 5000).mid(before));
    QVERIFY(receipt.contains(QStringLiteral("受理回执")));
    QVERIFY(!receipt.contains(QStringLiteral("代办")));
    shoot(QStringLiteral("done-self-service"));
    auto store = openStore();
    const auto audit = store->audit().entriesFor(caseIdFor(QStringLiteral("孙老汉")));
    QVERIFY(audit.ok());
    QStringList printedBy;
    for (const AuditEntry &e : *audit)
        if (e.action == QLatin1String("receipt.print"))
            printedBy << e.actor;
    QCOMPARE(printedBy, QStringList{QStringLiteral("system")});
    QVERIFY(m_ui->tap(QStringLiteral("finishButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
}

void StaffWalkThrough::firstSupervisorIsCreatedOnScreen()
{
    QCOMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QQuickItem *staff = m_ui->item(QStringLiteral("staffButton"));
    QVERIFY(staff);
    QVERIFY(staff->height() >= 72 && staff->width() >= 72);
    QVERIFY(m_app->auth()->needsFirstSupervisor());
    QVERIFY(m_ui->tap(staff));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("firstSupervisorPage"));
    shoot(QStringLiteral("first-supervisor"), true);

    typeIntoField(QStringLiteral("staffIdInput"), kSupervisor);
    typeIntoField(QStringLiteral("nameInput"), QStringLiteral("张主任"));
    // Two different PINs are refused with a message, and both are cleared.
    enterPin(QStringLiteral("135790"));
    enterPin(QStringLiteral("135791"));
    QVERIFY(m_ui->tap(QStringLiteral("createButton")));
    QCOMPARE(m_ui->pageName(), QStringLiteral("firstSupervisorPage"));
    QVERIFY(m_ui->textOf(QStringLiteral("setupMessage")).contains(QStringLiteral("不一致"))
            || m_ui->textOf(QStringLiteral("setupMessage")).contains(QStringLiteral("不相同")));
    shoot(QStringLiteral("first-supervisor-mismatch"));
    enterPin(QStringLiteral("135790"));
    enterPin(QStringLiteral("135790"));
    // The store refuses the write: said in plain words, the store's own small underneath; nothing is
    // created and the same entries can be sent again.
    setStaffStoreReadOnly(true);
    QVERIFY(m_ui->tap(QStringLiteral("createButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("setupProblem")));
    setStaffStoreReadOnly(false);
    QCOMPARE(m_ui->pageName(), QStringLiteral("firstSupervisorPage"));
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")), QStringLiteral("保存没有成功：本机现在无法写入数据。请联系技术员。"));
    QVERIFY2(m_ui->textOf(QStringLiteral("saveProblemDetail")).contains(QStringLiteral("read-only")),
             qPrintable(m_ui->textOf(QStringLiteral("saveProblemDetail"))));
    QVERIFY(!m_ui->item(QStringLiteral("setupMessage")));
    QVERIFY(m_app->auth()->needsFirstSupervisor());
    shoot(QStringLiteral("first-supervisor-not-saved"), true, QStringLiteral("setupProblem"));
    QVERIFY(m_ui->tap(QStringLiteral("createButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QVERIFY(!m_app->auth()->needsFirstSupervisor());
    QCOMPARE(m_app->auth()->session()->staffId(), kSupervisor);
    // A supervisor manages staff, reprints and handles refused cases; approving is an approver's job.
    QVERIFY(m_ui->item(QStringLiteral("manageStaffButton")));
    QVERIFY(m_ui->item(QStringLiteral("reprintButton")));
    QVERIFY(m_ui->item(QStringLiteral("refusedButton")));
    QVERIFY(!m_ui->item(QStringLiteral("approvalsButton")));
    shoot(QStringLiteral("staff-home-supervisor"), true);
}

void StaffWalkThrough::supervisorAddsApproverAndClerk()
{
    QVERIFY(m_ui->tap(QStringLiteral("manageStaffButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffManagePage"));
    const struct { QString id, name, role, pin; } people[] = {
        {kApprover, QStringLiteral("李审批"), QStringLiteral("approver"), QStringLiteral("246810")},
        {kClerk, QStringLiteral("王代办"), QStringLiteral("clerk"), QStringLiteral("112358")},
        {QStringLiteral("zhou.tech"), QStringLiteral("周技术"), QStringLiteral("technician"), QStringLiteral("975310")},
    };
    for (const auto &p : people) {
        QVERIFY(m_ui->tap(QStringLiteral("addStaffButton")));
        QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffEditPage"));
        typeIntoField(QStringLiteral("staffIdInput"), p.id);
        typeIntoField(QStringLiteral("nameInput"), p.name);
        QVERIFY(m_ui->tap(QStringLiteral("role_") + p.role));
        if (p.role == QLatin1String("approver"))
            shoot(QStringLiteral("add-staff"), true);
        enterPin(p.pin);
        QVERIFY(m_ui->tap(QStringLiteral("saveButton")));
        QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffManagePage"));
        QVERIFY2(m_ui->textOf(QStringLiteral("manageNotice")).contains(p.name), qPrintable(m_ui->textOf(QStringLiteral("manageNotice"))));
        QVERIFY(m_ui->item(QStringLiteral("staff_") + p.id));
    }
    shoot(QStringLiteral("staff-list"));
    logout();

    // A technician's home has nothing that shows personal data.
    login(QStringLiteral("zhou.tech"), QStringLiteral("975310"));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    for (const char *button : {"approvalsButton", "agentButton", "returnedButton", "refusedButton", "reprintButton",
                               "manageStaffButton"})
        QVERIFY2(!m_ui->item(QString::fromLatin1(button)), button);
    QVERIFY(m_ui->item(QStringLiteral("technicianNote")));
    shoot(QStringLiteral("staff-home-technician"));
    // The sync queue (case numbers, services and the county's messages, no applicants).
    QVERIFY(m_ui->tap(QStringLiteral("syncQueueButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("syncQueuePage"));
    QVERIFY(!m_app->idle()->property("armed").toBool()); // the staff session's own timeout applies
    shoot(QStringLiteral("sync-queue-technician"));
    logout();
}

void StaffWalkThrough::clerkAppliesForVillagers()
{
    login(kClerk, QStringLiteral("112358"));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QVERIFY(m_ui->item(QStringLiteral("agentButton")));
    QVERIFY(m_ui->item(QStringLiteral("returnedButton")));
    QVERIFY(!m_ui->item(QStringLiteral("manageStaffButton")));
    QVERIFY(!m_ui->item(QStringLiteral("approvalsButton")));
    shoot(QStringLiteral("staff-home-clerk"));

    // The first application: consent by signature, receipt printed.
    applyForVillager(QStringLiteral("赵大山"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!m_ui->item(QStringLiteral("consentSubmitButton"))->isEnabled()); // nothing signed yet
    // The villager sees the whole pad as the page opens, in every look (in large text at 1280x800 its
    // lower part was under the docked buttons).
    for (const auto &[look, large, contrast] : {std::tuple{"normal", false, false}, std::tuple{"large text", true, false},
                                                std::tuple{"high contrast", false, true}}) {
        m_app->window()->setProperty("largeText", large);
        m_app->window()->setProperty("highContrast", contrast);
        m_ui->settle();
        verifyWholePadInView(QString::fromLatin1(look));
    }
    m_app->window()->setProperty("largeText", false);
    m_app->window()->setProperty("highContrast", false);
    m_ui->settle();
    shoot(QStringLiteral("consent"), true);
    QVERIFY(m_ui->drawSignature(m_ui->item(QStringLiteral("consentSignaturePad"))));
    signName(m_ui->item(QStringLiteral("consentSignaturePad")));
    shoot(QStringLiteral("consent-signed"));
    // The disk is full when the signature is stored (a picture larger than a database page, so it needs
    // new pages): the clerk reads that in plain words, nothing is stored, and once there is room again
    // the same signature goes through.
    QString png;
    QVERIFY(QMetaObject::invokeMethod(m_ui->item(QStringLiteral("consentSignaturePad")), "toDataURL",
                                      Q_RETURN_ARG(QString, png), Q_ARG(QString, QStringLiteral("image/png"))));
    QVERIFY2(png.size() * 3 / 4 > 8192, qPrintable(QString::number(png.size())));
    setStaffStoreFull(true);
    QVERIFY(m_ui->tap(QStringLiteral("consentSubmitButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("consentSaveProblem")));
    setStaffStoreFull(false);
    QCOMPARE(m_ui->pageName(), QStringLiteral("consentPage"));
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")), QStringLiteral("保存没有成功：磁盘已满。请联系技术员。"));
    QVERIFY2(m_ui->textOf(QStringLiteral("saveProblemDetail")).contains(QStringLiteral("full")),
             qPrintable(m_ui->textOf(QStringLiteral("saveProblemDetail"))));
    QVERIFY(caseIdFor(QStringLiteral("赵大山")).isEmpty());
    QVERIFY(m_ui->item(QStringLiteral("consentSubmitButton"))->isEnabled());
    shoot(QStringLiteral("consent-disk-full"), true, QStringLiteral("consentSaveProblem"));
    QVERIFY(m_ui->tap(QStringLiteral("languageEn")));
    QTRY_COMPARE(m_app->session()->language(), QStringLiteral("en"));
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")), QStringLiteral("Not saved: the disk is full. Please call the technician."));
    QVERIFY(m_ui->tap(QStringLiteral("languageZh")));
    QTRY_COMPARE(m_app->session()->language(), QStringLiteral("zh_CN"));
    const qsizetype printedBefore = m_printer.received().size();
    QVERIFY(m_ui->tap(QStringLiteral("consentSubmitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->pageName(), QStringLiteral("donePage"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->textOf(QStringLiteral("receiptStatusText")).contains(QStringLiteral("已打印")), 15000);
    const QByteArray receipt = m_printer.received(printedBefore + 1, 5000).mid(printedBefore);
    QVERIFY(gb18030(receipt).contains(QStringLiteral("王代办")));
    shoot(QStringLiteral("done-agent"));

    {
        auto store = openStore();
        QVERIFY(store);
        const QString id = caseIdFor(QStringLiteral("赵大山"));
        QVERIFY(!id.isEmpty());
        const auto record = store->cases().get(id);
        QVERIFY(record.ok());
        QCOMPARE(record->channel, QStringLiteral("agent"));
        QCOMPARE(record->agent.staffId, kClerk);
        QCOMPARE(record->agent.consent.method, QStringLiteral("signature"));
        QVERIFY(store->blobs().contains(record->agent.consent.blob));
        QCOMPARE(record->state, CaseState::AwaitingApproval);
        const auto audit = store->audit().entriesFor(id);
        QVERIFY(audit.ok() && !audit->isEmpty());
        QCOMPARE(audit->first().actor, kClerk);
    }
    QVERIFY(m_ui->tap(QStringLiteral("finishButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QCOMPARE(m_app->form()->serviceId(), QString());

    // The second: the printer is out of paper. The case is stored all the same, the Done page says so
    // in words and prints again once paper is in.
    m_printer.setState(FakePrinter::State::PaperOut);
    applyForVillager(QStringLiteral("钱小梅"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_ui->drawSignature(m_ui->item(QStringLiteral("consentSignaturePad"))));
    QVERIFY(m_ui->tap(QStringLiteral("consentSubmitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->pageName(), QStringLiteral("donePage"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->textOf(QStringLiteral("receiptStatusText")).contains(QStringLiteral("缺纸")), 15000);
    QVERIFY(!caseIdFor(QStringLiteral("钱小梅")).isEmpty());
    // Without a receipt, the case number is in the message itself, not only in the card below the fold.
    QVERIFY2(m_ui->textOf(QStringLiteral("receiptStatusText")).contains(caseNumberOf(caseIdFor(QStringLiteral("钱小梅")))),
             qPrintable(m_ui->textOf(QStringLiteral("receiptStatusText"))));
    QVERIFY(m_ui->item(QStringLiteral("printAgainButton")));
    shoot(QStringLiteral("done-paper-out"), true);
    m_printer.setState(FakePrinter::State::Ready);
    QVERIFY(m_ui->tap(QStringLiteral("printAgainButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->textOf(QStringLiteral("receiptStatusText")).contains(QStringLiteral("已打印")), 15000);
    QVERIFY(m_ui->tap(QStringLiteral("finishButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    logout();
}

void StaffWalkThrough::approverApprovesAndRejects()
{
    const QString first = caseIdFor(QStringLiteral("赵大山"));
    const QString second = caseIdFor(QStringLiteral("钱小梅"));
    login(kApprover, QStringLiteral("246810"));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QVERIFY(!m_ui->item(QStringLiteral("agentButton")));
    QVERIFY(!m_ui->item(QStringLiteral("manageStaffButton")));
    shoot(QStringLiteral("staff-home-approver"));
    QVERIFY(m_ui->tap(QStringLiteral("approvalsButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("approvalQueuePage"));
    QCOMPARE(m_app->approvals()->cases().size(), 2);
    // The clerk who applied, by name as the supervisor entered them, not by staff number.
    const QString queued = m_ui->textOf(QStringLiteral("queueCaseStep"), m_ui->item(QStringLiteral("queueCase_0")));
    QVERIFY2(queued.contains(QStringLiteral("王代办")) && !queued.contains(kClerk), qPrintable(queued));
    shoot(QStringLiteral("approval-queue"), true);

    // The first case through both steps of its chain (this approver may decide every step).
    for (int step = 0; step < 2; ++step) {
        QVERIFY(m_ui->tap(QStringLiteral("reviewButton"), m_ui->item(QStringLiteral("queueCase_0"))));
        QTRY_COMPARE(m_ui->pageName(), QStringLiteral("caseReviewPage"));
        QCOMPARE(m_ui->page()->property("caseId").toString(), first);
        if (step == 0) {
            // The villager's consent signature is shown, decrypted from the store.
            QQuickItem *picture = m_ui->item(QStringLiteral("attachmentImage"), m_ui->item(QStringLiteral("attachment_consent")));
            QVERIFY(picture);
            QTRY_COMPARE(picture->property("status").toInt(), 1); // Image.Ready
            QVERIFY(picture->implicitWidth() > 0);
            QVERIFY(m_ui->item(QStringLiteral("consentRow"))); // "signature drawn at the kiosk"
            shoot(QStringLiteral("case-review"), true);
            m_ui->reveal(picture);
            shoot(QStringLiteral("case-review-pictures"));
            // English, where the labels are longest.
            QVERIFY(m_ui->tap(QStringLiteral("languageEn")));
            QTRY_COMPARE(m_app->session()->language(), QStringLiteral("en"));
            shoot(QStringLiteral("case-review-en"), true);
            QVERIFY(m_ui->tap(QStringLiteral("languageZh")));
            QTRY_COMPARE(m_app->session()->language(), QStringLiteral("zh_CN"));
        } else {
            // The first step's decision, by the approver's name and the step's, not their ids.
            const QString decided = m_ui->textOf(QStringLiteral("decision_0"));
            QVERIFY2(decided.contains(QStringLiteral("李审批")) && !decided.contains(kApprover), qPrintable(decided));
            QVERIFY2(decided.contains(QStringLiteral("村委会评议")) && !decided.contains(QStringLiteral("village_committee")),
                     qPrintable(decided));
            m_ui->reveal(m_ui->item(QStringLiteral("decision_0")));
            shoot(QStringLiteral("case-review-decided"), true);
        }
        const QString submitted = m_ui->item(QStringLiteral("submittedRow"))->property("value").toString();
        QVERIFY2(submitted.contains(QStringLiteral("王代办")) && !submitted.contains(kClerk), qPrintable(submitted));
        QVERIFY(m_ui->tap(QStringLiteral("approveButton")));
        QTRY_COMPARE(m_ui->pageName(), QStringLiteral("approvalQueuePage"));
        QVERIFY(m_ui->textOf(QStringLiteral("queueNotice")).contains(ReceiptCode::caseNumber(first)));
    }
    {
        auto store = openStore();
        const auto record = store->cases().get(first);
        QVERIFY(record.ok());
        QCOMPARE(record->state, CaseState::Queued); // fully approved: into the sync queue
    }
    shoot(QStringLiteral("approval-queue-after"));

    // The second is rejected: not without a note.
    QCOMPARE(m_app->approvals()->cases().size(), 1);
    QVERIFY(m_ui->tap(QStringLiteral("reviewButton"), m_ui->item(QStringLiteral("queueCase_0"))));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("caseReviewPage"));
    QCOMPARE(m_ui->page()->property("caseId").toString(), second);
    QVERIFY(m_ui->tap(QStringLiteral("rejectButton")));
    QCOMPARE(m_ui->pageName(), QStringLiteral("caseReviewPage"));
    QVERIFY(!m_ui->textOf(QStringLiteral("reviewProblem")).isEmpty());
    shoot(QStringLiteral("case-review-note-required"));
    typeIntoField(QStringLiteral("noteInput"), QStringLiteral("缺少户口本复印件"));
    QVERIFY(m_ui->tap(QStringLiteral("rejectButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("approvalQueuePage"));
    QCOMPARE(m_app->approvals()->cases().size(), 0);
    {
        auto store = openStore();
        const auto record = store->cases().get(second);
        QCOMPARE(record->state, CaseState::Rejected);
        QCOMPARE(record->approvals.constLast().staffId, kApprover);
    }
    logout();
}

void StaffWalkThrough::clerkSeesTheReturnedCase()
{
    login(kClerk, QStringLiteral("112358"));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QVERIFY(m_ui->tap(QStringLiteral("returnedButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("returnedCasesPage"));
    const QString note = m_ui->textOf(QStringLiteral("returnNote"));
    QVERIFY2(note.contains(QStringLiteral("缺少户口本复印件")), qPrintable(note));
    // The approver by name, as the supervisor entered them, not by staff number.
    QVERIFY2(note.contains(QStringLiteral("李审批")) && !note.contains(kApprover), qPrintable(note));
    shoot(QStringLiteral("returned-cases"), true);
    // The store refuses the write: a plain sentence says so and what to do, the store's own words small
    // underneath for the technician; the case stays returned.
    setStaffStoreReadOnly(true);
    QVERIFY(m_ui->tap(QStringLiteral("resubmitButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("resubmitProblem")));
    setStaffStoreReadOnly(false);
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")), QStringLiteral("保存没有成功：本机现在无法写入数据。请联系技术员。"));
    const QString detail = m_ui->textOf(QStringLiteral("saveProblemDetail"));
    QVERIFY2(detail.contains(QStringLiteral("read-only")), qPrintable(detail));
    QVERIFY(!m_ui->item(QStringLiteral("returnedNotice")));
    QCOMPARE(openStore()->cases().get(caseIdFor(QStringLiteral("钱小梅")))->state, CaseState::Rejected);
    shoot(QStringLiteral("returned-cases-not-saved"), true);
    QVERIFY(m_ui->tap(QStringLiteral("resubmitButton")));
    QTRY_VERIFY(!m_ui->textOf(QStringLiteral("returnedNotice")).isEmpty());
    QVERIFY(!m_ui->item(QStringLiteral("resubmitProblem")));
    auto store = openStore();
    QCOMPARE(store->cases().get(caseIdFor(QStringLiteral("钱小梅")))->state, CaseState::AwaitingApproval);
    logout();
}

void StaffWalkThrough::failedCommitIsToldAndNothingElse()
{
    // The approval is committed on the staff thread; when that commit fails (here: its connection made
    // read-only) the approver reads why, the case stays where it was, and no "approved" appears.
    const QString caseId = caseIdFor(QStringLiteral("钱小梅"));
    login(kApprover, QStringLiteral("246810"));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QVERIFY(m_ui->tap(QStringLiteral("approvalsButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("approvalQueuePage"));
    QVERIFY(m_ui->tap(QStringLiteral("reviewButton"), m_ui->item(QStringLiteral("queueCase_0"))));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("caseReviewPage"));
    QCOMPARE(m_ui->page()->property("caseId").toString(), caseId);
    StaffWorker *worker = m_app->staffWorker();
    setStaffStoreReadOnly(true);
    QSemaphore hold; // the staff thread waits until the "saving" state has been looked at
    QMetaObject::invokeMethod(worker, [&hold] { hold.tryAcquire(1, 10000); }, Qt::QueuedConnection);
    QVERIFY(m_ui->tap(QStringLiteral("approveButton")));
    QVERIFY(m_ui->item(QStringLiteral("reviewSaving")));
    QVERIFY(!m_ui->item(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(!m_ui->item(QStringLiteral("rejectButton"))->isEnabled());
    shoot(QStringLiteral("case-review-saving"));
    hold.release();
    QTRY_VERIFY(m_ui->item(QStringLiteral("reviewSaveProblem")));
    setStaffStoreReadOnly(false);
    QCOMPARE(m_ui->pageName(), QStringLiteral("caseReviewPage"));
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")), QStringLiteral("保存没有成功：本机现在无法写入数据。请联系技术员。"));
    QVERIFY(!m_ui->item(QStringLiteral("reviewSaving")));
    QVERIFY(m_ui->item(QStringLiteral("approveButton"))->isEnabled());
    shoot(QStringLiteral("case-review-commit-failed"));
    // Another program (a technician's sqlite3, a backup) holds the database's write lock longer than the
    // staff thread waits: the approver is told to wait and try again, in plain words.
    {
        const QString lockName = QStringLiteral("another-program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), lockName);
            other.setDatabaseName(DataDir(m_data.path() + QStringLiteral("/kiosk")).databasePath());
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
            const int timeout = setStaffStoreBusyTimeout(200);
            QVERIFY(timeout > 200);
            QVERIFY(m_ui->tap(QStringLiteral("approveButton")));
            QTRY_VERIFY(m_ui->item(QStringLiteral("reviewSaveProblem")));
            setStaffStoreBusyTimeout(timeout);
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(lockName);
    }
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")), QStringLiteral("保存没有成功：本机数据库正忙。请等一分钟后再试。"));
    QVERIFY2(m_ui->textOf(QStringLiteral("saveProblemDetail")).contains(QStringLiteral("locked")),
             qPrintable(m_ui->textOf(QStringLiteral("saveProblemDetail"))));
    QVERIFY(m_ui->item(QStringLiteral("approveButton"))->isEnabled());
    shoot(QStringLiteral("case-review-database-locked"), true, QStringLiteral("reviewSaveProblem"));
    QCOMPARE(openStore()->cases().get(caseId)->state, CaseState::AwaitingApproval);
    QVERIFY(openStore()->cases().get(caseId)->approvals.isEmpty()
            || openStore()->cases().get(caseId)->approvals.constLast().decision != QLatin1String("approve"));
    QVERIFY(m_ui->tap(QStringLiteral("backButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("approvalQueuePage"));
    QVERIFY(!m_ui->textOf(QStringLiteral("queueNotice")).contains(ReceiptCode::caseNumber(caseId)));
    logout();
}

void StaffWalkThrough::fiveWrongPinsLockTheAccount()
{
    // The PIN is checked on the staff thread while the screen stays alive: the pad is off and says it is
    // checking; nothing is said about the PIN before the answer. The staff thread is held up first so
    // this state lasts until the test has looked at it.
    QCOMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
    QVERIFY(m_ui->tap(QStringLiteral("staffButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffLoginPage"));
    typeIntoField(QStringLiteral("staffIdInput"), kApprover);
    enterPin(QStringLiteral("000000"));
    QSemaphore hold;
    QMetaObject::invokeMethod(m_app->staffWorker(), [&hold] { hold.tryAcquire(1, 10000); }, Qt::QueuedConnection);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    QVERIFY(m_ui->tap(QStringLiteral("loginButton")));
    QVERIFY(m_app->auth()->busy());
    QVERIFY(m_ui->item(QStringLiteral("pinChecking")));
    QVERIFY(!m_ui->item(QStringLiteral("pinPad"))->isEnabled());
    QVERIFY(!m_ui->item(QStringLiteral("loginButton"))->isEnabled());
    QVERIFY(!m_ui->item(QStringLiteral("loginMessage")));
    QTRY_VERIFY(ticks >= 5); // the UI thread's timers run while the check waits
    shoot(QStringLiteral("login-checking"), true);
    hold.release();
    QTRY_VERIFY(!m_app->auth()->busy());
    QVERIFY(!m_ui->item(QStringLiteral("pinChecking")));
    QVERIFY(m_ui->item(QStringLiteral("pinPad"))->isEnabled());
    QCOMPARE(m_ui->pageName(), QStringLiteral("staffLoginPage"));
    QVERIFY2(m_ui->textOf(QStringLiteral("loginMessageText")).contains(QLatin1Char('4')), qPrintable(m_ui->textOf(QStringLiteral("loginMessageText"))));
    shoot(QStringLiteral("login-wrong-pin"), true);
    for (int i = 2; i <= 5; ++i) {
        enterPin(QStringLiteral("000000"));
        QVERIFY(m_ui->tap(QStringLiteral("loginButton")));
        QTRY_VERIFY(!m_app->auth()->busy());
    }
    const QString locked = m_ui->textOf(QStringLiteral("loginMessageText"));
    QVERIFY2(locked.contains(QStringLiteral("锁定")) && locked.contains(QStringLiteral("15")), qPrintable(locked));
    // Locked means locked: the right PIN does not open it now.
    enterPin(QStringLiteral("246810"));
    QVERIFY(m_ui->tap(QStringLiteral("loginButton")));
    QTRY_VERIFY(!m_app->auth()->busy());
    QCOMPARE(m_ui->pageName(), QStringLiteral("staffLoginPage"));
    QCOMPARE(m_app->auth()->errorCode(), QStringLiteral("auth.locked"));
    QVERIFY(!m_app->auth()->session()->isActive());
    shoot(QStringLiteral("login-locked"));
    QVERIFY(m_ui->tap(QStringLiteral("cancelButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("idlePage"));
}

void StaffWalkThrough::supervisorReprintsAReceipt()
{
    login(kSupervisor, QStringLiteral("135790"));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    QVERIFY(m_ui->tap(QStringLiteral("languageEn")));
    QTRY_COMPARE(m_app->session()->language(), QStringLiteral("en"));
    shoot(QStringLiteral("staff-home-supervisor-en"), true);
    QVERIFY(m_ui->tap(QStringLiteral("languageZh")));
    QTRY_COMPARE(m_app->session()->language(), QStringLiteral("zh_CN"));
    // The locked approver shows as locked; a new PIN lifts the lock.
    QVERIFY(m_ui->tap(QStringLiteral("manageStaffButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffManagePage"));
    QQuickItem *approverCard = m_ui->item(QStringLiteral("staff_") + kApprover);
    QVERIFY(approverCard);
    QVERIFY(m_ui->item(QStringLiteral("staffState"), approverCard)->property("text").toString().contains(QStringLiteral("锁定")));
    shoot(QStringLiteral("staff-list-locked"));
    QVERIFY(m_ui->tap(QStringLiteral("resetPin"), approverCard));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffEditPage"));
    shoot(QStringLiteral("reset-pin"));
    // Not saved (the store refuses the write): said plainly, with the technician's details underneath,
    // and the page stays so the supervisor can try again.
    setStaffStoreReadOnly(true);
    enterPin(QStringLiteral("864200"));
    QVERIFY(m_ui->tap(QStringLiteral("saveButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("editProblem")));
    setStaffStoreReadOnly(false);
    QCOMPARE(m_ui->pageName(), QStringLiteral("staffEditPage"));
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")), QStringLiteral("保存没有成功：本机现在无法写入数据。请联系技术员。"));
    QVERIFY2(m_ui->textOf(QStringLiteral("saveProblemDetail")).contains(QStringLiteral("read-only")),
             qPrintable(m_ui->textOf(QStringLiteral("saveProblemDetail"))));
    QVERIFY(!m_app->auth()->directory().verifyPin(kApprover, QStringLiteral("864200")).ok());
    shoot(QStringLiteral("reset-pin-not-saved"), true);
    QVERIFY(m_ui->tap(QStringLiteral("languageEn")));
    QTRY_COMPARE(m_app->session()->language(), QStringLiteral("en"));
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")),
             QStringLiteral("Not saved: the kiosk cannot write its data at the moment. Please call the technician."));
    shoot(QStringLiteral("reset-pin-not-saved-en"), true);
    QVERIFY(m_ui->tap(QStringLiteral("languageZh")));
    QTRY_COMPARE(m_app->session()->language(), QStringLiteral("zh_CN"));
    enterPin(QStringLiteral("864200"));
    QVERIFY(m_ui->tap(QStringLiteral("saveButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffManagePage"));
    QVERIFY(m_app->auth()->directory().verifyPin(kApprover, QStringLiteral("864200")).ok());
    // The approver is limited to the village committee's step.
    QVERIFY(m_ui->tap(QStringLiteral("editSteps"), m_ui->item(QStringLiteral("staff_") + kApprover)));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffEditPage"));
    QVERIFY(m_ui->tap(QStringLiteral("step_village_committee")));
    shoot(QStringLiteral("approval-steps"));
    QVERIFY(m_ui->tap(QStringLiteral("saveButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffManagePage"));
    QCOMPARE(m_app->auth()->directory().get(kApprover)->steps, QStringList{QStringLiteral("village_committee")});
    QVERIFY(m_ui->item(QStringLiteral("staffState"), m_ui->item(QStringLiteral("staff_") + kApprover))
                ->property("text").toString().contains(QStringLiteral("村委会")));
    QVERIFY(m_ui->tap(QStringLiteral("homeButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));

    // The county refused the approved case: the supervisor sees its message and sends it again.
    {
        auto store = openStore();
        QVERIFY(store->cases().markRefused(caseIdFor(QStringLiteral("赵大山")), QStringLiteral("conflict"),
                                           QStringLiteral("身份证号与户籍系统登记不一致")).ok());
    }
    QVERIFY(m_ui->tap(QStringLiteral("refusedButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("refusedCasesPage"));
    QVERIFY(m_ui->textOf(QStringLiteral("countyMessage")).contains(QStringLiteral("户籍系统")));
    shoot(QStringLiteral("refused-cases"), true);
    setStaffStoreReadOnly(true);
    QVERIFY(m_ui->tap(QStringLiteral("sendAgainButton")));
    QTRY_VERIFY(m_ui->item(QStringLiteral("resubmitProblem")));
    setStaffStoreReadOnly(false);
    QCOMPARE(m_ui->textOf(QStringLiteral("saveProblem")), QStringLiteral("保存没有成功：本机现在无法写入数据。请联系技术员。"));
    QVERIFY(!m_ui->textOf(QStringLiteral("saveProblemDetail")).isEmpty());
    QVERIFY(m_ui->item(QStringLiteral("countyMessage"))); // still refused, still on the list
    QCOMPARE(openStore()->cases().get(caseIdFor(QStringLiteral("赵大山")))->state, CaseState::Refused);
    shoot(QStringLiteral("refused-cases-not-saved"));
    QVERIFY(m_ui->tap(QStringLiteral("sendAgainButton")));
    QTRY_VERIFY(!m_ui->item(QStringLiteral("countyMessage")));
    QVERIFY(!m_ui->item(QStringLiteral("resubmitProblem")));
    QVERIFY(openStore()->cases().get(caseIdFor(QStringLiteral("赵大山")))->state != CaseState::Refused);
    QVERIFY(m_ui->tap(QStringLiteral("homeButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));

    const QString caseId = caseIdFor(QStringLiteral("赵大山"));
    const QString number = ReceiptCode::caseNumber(caseId);
    QVERIFY(m_ui->tap(QStringLiteral("reprintButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("reprintPage"));
    // A printer fault first: told in words.
    m_printer.setState(FakePrinter::State::CoverOpen);
    typeIntoField(QStringLiteral("caseNumberInput"), number.toLower());
    QVERIFY(m_ui->tap(QStringLiteral("printButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->textOf(QStringLiteral("reprintStatus")).contains(QStringLiteral("盖")), 15000);
    shoot(QStringLiteral("reprint-cover-open"));
    m_printer.setState(FakePrinter::State::Ready);
    const qsizetype before = m_printer.received().size();
    QVERIFY(m_ui->tap(QStringLiteral("printButton")));
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->textOf(QStringLiteral("reprintStatus")).contains(QStringLiteral("已打印")), 15000);
    const QByteArray reprint = m_printer.received(before + 1, 5000).mid(before);
    QVERIFY(gb18030(reprint).contains(QStringLiteral("补 打")));
    shoot(QStringLiteral("reprint-done"), true);

    auto store = openStore();
    const auto audit = store->audit().entriesFor(caseId);
    QVERIFY(audit.ok());
    QStringList reprintedBy;
    for (const AuditEntry &e : *audit)
        if (e.action == QLatin1String("receipt.reprint"))
            reprintedBy << e.actor;
    QCOMPARE(reprintedBy, QStringList{kSupervisor});
}

void StaffWalkThrough::staffSessionEndsWhenIdle()
{
    QVERIFY(m_app->auth()->session()->isActive());
    QCOMPARE(m_ui->pageName(), QStringLiteral("reprintPage"));
    m_app->auth()->session()->setIdleTimeout(4);
    // The last 30 seconds are announced over the page.
    QTRY_VERIFY(m_ui->item(QStringLiteral("staffTimeoutBanner")));
    shoot(QStringLiteral("staff-timeout-warning"));
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->pageName(), QStringLiteral("idlePage"), 8000);
    QVERIFY(!m_ui->item(QStringLiteral("staffTimeoutBanner")));
    QVERIFY(!m_app->auth()->session()->isActive());
    QCOMPARE(m_app->window()->findChild<QObject *>(QStringLiteral("stack"))->property("depth").toInt(), 1);
    QVERIFY(m_app->approvals()->cases().isEmpty());
    QVERIFY(m_app->approvals()->returned().isEmpty());
    QVERIFY(!m_ui->item(QStringLiteral("reprintStatus")));
    shoot(QStringLiteral("after-timeout"));
    m_app->auth()->session()->setIdleTimeout(300);
}

void StaffWalkThrough::clerkUsesTheVillagersIdCard()
{
    // The same kiosk with an ID card reader (an emulator on a real pty) configured: restart on the data.
    const QString warning = kioskdriver::stopKiosk(m_app, m_ui);
    QVERIFY2(warning.isEmpty(), qPrintable(warning));
    ReaderEmulator reader(m_data.filePath(QStringLiteral("ttyIDCARD")));
    QVERIFY2(reader.plugIn(), qPrintable(reader.lastError()));
    const DataDir dir(m_data.path() + QStringLiteral("/kiosk"));
    auto config = Config::load(dir.configPath());
    QVERIFY(config.ok());
    config->setValue(QStringLiteral("idcard.device"), reader.path());
    QVERIFY(config->save(dir.configPath()).ok());
    KioskOptions options;
    options.dataDir = dir.root();
    const QString why = kioskdriver::startKiosk(m_app, m_ui, options);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->auth() != nullptr, 10000);
    m_app->receiptPrinter()->setPrinter(QStringLiteral("tcp://127.0.0.1:%1").arg(m_printer.port()));

    const testcards::Person wang = testcards::wang();
    login(kClerk, QStringLiteral("112358"));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    m_birth = QDate(1980, 1, 1);
    m_idNumber = wang.id;
    applyForVillager(wang.name);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_ui->item(QStringLiteral("consentIdCard")));
    // Somebody else's card is not the applicant's consent.
    reader.setCard(ReaderEmulator::Card{testcards::residentText(testcards::li()), testcards::photo()});
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->textOf(QStringLiteral("cardConsentText")).contains(QStringLiteral("不是")), 5000);
    QVERIFY(!m_ui->item(QStringLiteral("cardSubmitButton")));
    shoot(QStringLiteral("consent-card-not-applicants"), true);
    {
        // With the reader's panel above it the pad is below the fold in large text; scrolled to, it is
        // whole above the docked buttons.
        m_app->window()->setProperty("largeText", true);
        m_ui->settle();
        auto *flick = m_ui->page()->property("flickable").value<QQuickItem *>();
        QVERIFY(flick);
        flick->setProperty("contentY", flick->property("contentHeight").toDouble() - flick->height());
        m_ui->settle();
        verifyWholePadInView(QStringLiteral("large text with a card reader, scrolled"));
        QVERIFY(m_app->grab().save(m_shotDir + QStringLiteral("/%1-consent-card-reader-scrolled-large.png").arg(++m_shot, 2, 10, QLatin1Char('0'))));
        m_app->window()->setProperty("largeText", false);
        flick->setProperty("contentY", 0);
        m_ui->settle();
    }
    reader.setCard(std::nullopt);
    QTest::qWait(700); // the reader notices the card was taken away
    reader.setCard(ReaderEmulator::Card{testcards::residentText(wang), testcards::photo()});
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->item(QStringLiteral("cardSubmitButton")), 5000);
    shoot(QStringLiteral("consent-card"));
    QVERIFY(m_ui->tap(QStringLiteral("cardSubmitButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->pageName(), QStringLiteral("donePage"), 15000);
    {
        auto store = openStore();
        const auto record = store->cases().get(caseIdFor(wang.name));
        QVERIFY(record.ok());
        QCOMPARE(record->channel, QStringLiteral("agent"));
        QCOMPARE(record->agent.staffId, kClerk);
        QCOMPARE(record->agent.consent.method, QStringLiteral("id_card"));
    }
    QVERIFY(m_ui->tap(QStringLiteral("finishButton")));
    QTRY_COMPARE(m_ui->pageName(), QStringLiteral("staffHomePage"));
    logout();
    reader.setCard(std::nullopt);
}

QTEST_MAIN(StaffWalkThrough)
#include "tst_staffwalkthrough.moc"
