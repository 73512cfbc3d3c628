// The kiosk's composition root: the one place that opens the data directory, builds the catalogue, form
// controller, session and idle watcher, hands them to QML as context objects (`kiosk`, `catalogue`,
// `form`, `idle`) and loads the pages. bianmin-kiosk's main() and the walk-through test both use it, so
// the test drives exactly what ships.
#pragma once

#include "core/result.h"
#include "kioskoptions.h"
#include "workflow/servicepolicy.h"

#include <QList>
#include <QObject>
#include <QQmlError>
#include <QThread>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace bianmin {

class ApprovalController;
class AuthController;
class CaseDesk;
class CaseWorkflow;
class CatalogueInForce;
class CatalogueModel;
class Catalogue;
class CaseLookup;
class CaseLookupController;
class DataStore;
class ReceiptPrinter;
class StaffDirectory;
class StaffWorker;
class SubmissionController;
class SubmissionService;
class FormController;
class IdleWatcher;
class KioskSession;
class SyncRunner;
class SyncStatus;
class SystemClock;
namespace idscan {
class IdCardReader;
}

class KioskApp : public QObject
{
    Q_OBJECT
public:
    explicit KioskApp(KioskOptions options, QObject *parent = nullptr);
    ~KioskApp() override;

    /** Opens the data (creating the demo directory on first start), loads the UI and shows the window
     *  (full screen with --kiosk). Errors: kiosk.data (the data directory), kiosk.qml (the pages). */
    Status start();

    /** --self-test: waits for a rendered frame, saves it to options().screenshot if set, and fails on
     *  any QML warning or error since start. */
    Status selfTest();

    /** The frame as shown now (after the next render). */
    QImage grab();

    QQuickWindow *window() const { return m_window; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    KioskSession *session() const { return m_session; }
    IdleWatcher *idle() const { return m_idle; }
    CatalogueModel *catalogue() const { return m_catalogue; }
    FormController *form() const { return m_form; }
    /** The UI thread's own connection to the data directory, for the staff side's and the look-up's small
     *  reads (lists, case details, queue counts). Null until uiStoreOpened(). Nothing the UI thread does
     *  waits for a commit: applications are submitted on the store thread (KioskSession), PIN checks and
     *  staff-side decisions on the staff thread (staffWorker()). */
    DataStore *uiStore() const { return m_uiStore.get(); }
    /** The staff thread's worker (null until uiStoreOpened()); its objects are for code queued to it. */
    StaffWorker *staffWorker() const { return m_staffWorker; }
    // The staff side (context objects `auth`, `approvals`, `submission`, `cases`, `receiptPrinter`): null
    // until uiStoreOpened().
    AuthController *auth() const { return m_auth.get(); }
    ApprovalController *approvals() const { return m_approvals.get(); }
    SubmissionController *submission() const { return m_submission.get(); }
    CaseDesk *cases() const { return m_cases.get(); }
    ReceiptPrinter *receiptPrinter() const { return m_printer.get(); }
    /** The ID card reader (config idcard.device), null when none is configured. Pages that want a card
     *  switch it on (Main.qml binds `active` to the current page's wantsIdCard). */
    idscan::IdCardReader *idCardReader() const { return m_idCard.get(); }
    /** "Where is my case?" (null until uiStoreOpened()). */
    CaseLookupController *caseLookup() const { return m_lookupController.get(); }
    /** Background sync with the county (null without county.url) and the staff queue screen's model
     *  (null until uiStoreOpened()). */
    SyncRunner *syncRunner() const { return m_syncRunner.get(); }
    SyncStatus *syncStatus() const { return m_syncStatus.get(); }
    const KioskOptions &options() const { return m_options; }
    /** Every QML warning and error since start(). */
    const QList<QQmlError> &qmlWarnings() const { return m_warnings; }

signals:
    /** The first frame reached the screen (start-to-first-frame benchmarks watch for it). */
    void firstFrameShown();
    /** uiStore() is open (after the first frame and the store thread's own open, so start-up stays fast)
     *  and so is the staff thread's connection. Controllers for the staff side are created here and
     *  handed to QML. */
    void uiStoreOpened();

private:
    Status openData();
    void openUiStore();
    /** Opens the staff thread's connection there; openStaffSide() follows when it answers. */
    void startStaffWorker(const ServicePolicyLookup &policies);
    void openStaffSide(const ServicePolicyLookup &policies);
    // Villager-facing services: the card reader, "where is my case?", background sync.
    void startIdCardReader(const QString &device, int baud);
    void startCaseServices(const ServicePolicyLookup &policies);
    // A catalogue from the county: installed by the sync thread, switched to when no form is open.
    void catalogueInstalled();
    void switchCatalogueWhenNoForm();

    KioskOptions m_options;
    std::unique_ptr<SystemClock> m_clock;
    /** What the screens, the workflow's policies and the receipts work from (read on other threads too). */
    std::shared_ptr<CatalogueInForce> m_inForce;
    std::shared_ptr<const Catalogue> m_pendingCatalogue; ///< installed, waiting for the open form to close
    std::unique_ptr<DataStore> m_uiStore;
    // Stopped first in ~KioskApp: the controllers' queued work runs there with its objects.
    QThread m_staffThread;
    StaffWorker *m_staffWorker = nullptr; ///< lives in m_staffThread, deleted there when it stops
    // The staff side over m_uiStore, declared after it so that they go first; each only after those it uses.
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<AuthController> m_auth;
    std::unique_ptr<CaseWorkflow> m_workflow;
    std::unique_ptr<ApprovalController> m_approvals;
    std::unique_ptr<SubmissionService> m_submissions;
    std::unique_ptr<SubmissionController> m_submission;
    std::unique_ptr<CaseDesk> m_cases;
    std::unique_ptr<ReceiptPrinter> m_printer;
    // Declared after m_uiStore: destroyed before the store they read.
    std::unique_ptr<idscan::IdCardReader> m_idCard;
    std::unique_ptr<CaseLookup> m_lookup;
    std::unique_ptr<CaseLookupController> m_lookupController;
    std::unique_ptr<SyncRunner> m_syncRunner;
    std::unique_ptr<SyncStatus> m_syncStatus;
    int m_syncIntervalMs = 60000;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    KioskSession *m_session = nullptr;
    CatalogueModel *m_catalogue = nullptr;
    FormController *m_form = nullptr;
    IdleWatcher *m_idle = nullptr;
    QQuickWindow *m_window = nullptr;
    QList<QQmlError> m_warnings;
    bool m_firstFrame = false;
};

} // namespace bianmin
