#include "kioskapp.h"

#include "auth/qml/authcontroller.h"
#include "auth/staffdirectory.h"
#include "blobimageprovider.h"
#include "casedesk.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/datadir.h"
#include "forms/catalogue.h"
#include "forms/catalogueinforce.h"
#include "forms/qml/cataloguemodel.h"
#include "forms/qml/formcontroller.h"
#include "idlewatcher.h"
#include "idscan/idcardreader.h"
#include "kiosksession.h"
#include "printing/cataloguelookup.h"
#include "printing/qml/receiptprinter.h"
#include "printing/receiptcode.h"
#include "staffworker.h"
#include "store/datastore.h"
#include "sync/catalogueinstaller.h"
#include "sync/qml/syncstatus.h"
#include "sync/syncrunner.h"
#include "voice/voiceguide.h"
#include "workflow/caselookup.h"
#include "workflow/cataloguepolicy.h"
#include "workflow/caseworkflow.h"
#include "workflow/qml/approvalcontroller.h"
#include "workflow/qml/caselookupcontroller.h"
#include "workflow/qml/submissioncontroller.h"
#include "workflow/submissionservice.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Bianmin_UiPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_FormsPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_AuthPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_WorkflowPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_PrintingPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_IdScanPlugin)

namespace bianmin {

KioskApp::KioskApp(KioskOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
}

KioskApp::~KioskApp()
{
    // The window and its items go before the objects their bindings read; the store thread stops
    // before the clock it reads goes.
    m_engine.reset();
    // The staff thread's work refers to the controllers and its own objects: it stops before either goes.
    m_staffThread.quit();
    m_staffThread.wait();
    delete m_session;
}

Status KioskApp::openData()
{
    const DataDir dir(m_options.resolvedDataDir());
    const bool create = m_options.demo;
    if (create && !QFileInfo::exists(dir.root()) && !QDir().mkpath(dir.root()))
        return Error(QStringLiteral("kiosk.data"), QStringLiteral("cannot create %1").arg(dir.root()));
    if (!create && !QFileInfo::exists(dir.databasePath()))
        return Error(QStringLiteral("kiosk.data"),
                     QStringLiteral("%1 is not a kiosk data directory: run `bianmin --data %1 init` first, "
                                    "or start with --demo").arg(dir.root()));
    auto config = Config::load(dir.configPath());
    if (!config)
        return Error(QStringLiteral("kiosk.data"), config.error().message);

    m_session = new KioskSession(m_engine.get(), dir.root(),
                                 m_options.language.isEmpty() ? config->value(QStringLiteral("locale"))
                                                              : m_options.language,
                                 this);
    // The database opens on the store thread while the pages load (start-up time); the demo directory
    // is created there too, and its config is read again once it exists.
    m_session->openStore(create, *m_clock);
    if (create && !QFileInfo::exists(dir.configPath())) {
        if (const QString why = m_session->waitForStore(30000); !why.isEmpty())
            return Error(QStringLiteral("kiosk.data"), why);
        if (auto again = Config::load(dir.configPath()))
            config = std::move(again);
    }
    m_session->setCenterInfo(config->value(QStringLiteral("kiosk.name")),
                             config->value(QStringLiteral("kiosk.hours")),
                             config->value(QStringLiteral("kiosk.phone")));
    bool ok = false;
    const int timeout = config->value(QStringLiteral("idle.timeout")).toInt(&ok);
    m_idle->setTimeout(ok ? timeout : 120);

    auto catalogue = Catalogue::loadForDataDir(dir.root());
    if (!catalogue)
        return Error(QStringLiteral("kiosk.catalogue"), catalogue.error().message);
    auto shared = std::make_shared<const Catalogue>(std::move(*catalogue));
    m_inForce = std::make_shared<CatalogueInForce>(shared);
    m_catalogue = new CatalogueModel(this);
    m_catalogue->setCatalogue(shared);
    m_session->setCatalogue(shared);
    m_form = new FormController(this);
    m_form->setCatalogue(m_catalogue);
    connect(m_form, &FormController::serviceChanged, this, &KioskApp::switchCatalogueWhenNoForm);
    startIdCardReader(config->value(QStringLiteral("idcard.device")),
                      config->value(QStringLiteral("idcard.baud")).toInt());
    if (const int seconds = config->value(QStringLiteral("sync.interval")).toInt(); seconds > 0)
        m_syncIntervalMs = seconds * 1000;
    // One language for everything on screen: the pages (qsTr), the catalogue and the form's texts.
    auto follow = [this] {
        m_catalogue->setLanguage(m_session->language());
        m_form->setLanguage(m_session->language());
    };
    connect(m_session, &KioskSession::languageChanged, this, follow);
    m_session->setLanguage(m_session->defaultLanguage());
    follow();
    return {};
}

Status KioskApp::start()
{
    // Chinese must render wherever the kiosk runs, offscreen included: name the CJK font outright.
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(24);
    QGuiApplication::setFont(font);
    // Headless platforms have no GPU: the software renderer draws the same frame reliably.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")
        || qEnvironmentVariableIsSet("BIANMIN_SOFTWARE_RENDERING"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    connect(m_engine.get(), &QQmlEngine::warnings, this,
            [this](const QList<QQmlError> &warnings) { m_warnings.append(warnings); });

    m_clock = std::make_unique<SystemClock>();
    m_idle = new IdleWatcher(this);
    m_idle->watch(qApp);

    if (auto opened = openData(); !opened)
        return opened;

    QQmlContext *context = m_engine->rootContext();
    context->setContextProperty(QStringLiteral("kiosk"), m_session);
    context->setContextProperty(QStringLiteral("idle"), m_idle);
    context->setContextProperty(QStringLiteral("catalogue"), m_catalogue);
    context->setContextProperty(QStringLiteral("form"), m_form);
    // Voice prompts start after the first frame: opening the speech engine takes a while.
    context->setContextProperty(QStringLiteral("voice"), QVariant::fromValue<QObject *>(nullptr));
    // The staff side starts with the UI thread's store (openStaffSide); the pages check for null.
    for (const char *name : {"auth", "approvals", "submission", "cases", "receiptPrinter"})
        context->setContextProperty(QString::fromLatin1(name), QVariant::fromValue<QObject *>(nullptr));
    // The card reader exists from the start (the form's first step may want it); the look-up and the sync
    // queue need the UI thread's store and arrive with uiStoreOpened(): pages cope with null until then.
    context->setContextProperty(QStringLiteral("idcard"), QVariant::fromValue<QObject *>(m_idCard.get()));
    context->setContextProperty(QStringLiteral("caseLookup"), QVariant::fromValue<QObject *>(nullptr));
    context->setContextProperty(QStringLiteral("syncStatus"), QVariant::fromValue<QObject *>(nullptr));

    m_engine->load(QUrl(QStringLiteral("qrc:/Bianmin/Kiosk/Main.qml")));
    if (m_engine->rootObjects().isEmpty()) {
        QString why = QStringLiteral("the pages did not load");
        if (!m_warnings.isEmpty())
            why += QStringLiteral(": ") + m_warnings.first().toString();
        return Error(QStringLiteral("kiosk.qml"), why);
    }
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());

    if (!m_window)
        return Error(QStringLiteral("kiosk.qml"), QStringLiteral("Main.qml is not a window"));
    if (m_options.largeText)
        m_window->setProperty("largeText", true);
    if (m_options.highContrast)
        m_window->setProperty("highContrast", true);
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] {
        if (m_firstFrame)
            return;
        m_firstFrame = true;
        emit firstFrameShown();
        QTimer::singleShot(0, this, [this] {
            auto *voice = new VoiceGuide(QString(), {}, this);
            voice->setLanguage(m_session->language());
            connect(m_session, &KioskSession::languageChanged, voice,
                    [this, voice] { voice->setLanguage(m_session->language()); });
            connect(voice, &VoiceGuide::staffNotice, m_session, &KioskSession::setStaffNotice);
            m_engine->rootContext()->setContextProperty(QStringLiteral("voice"), voice);
            openUiStore();
        });
    });
    if (m_options.fullScreen) {
        m_window->showFullScreen();
    } else {
        m_window->resize(m_options.size);
        m_window->show();
    }
    // A kiosk whose data cannot be opened must not take applications: stop with the reason. The wait
    // comes after show(): the database opens while the first frame is drawn.
    if (const QString why = m_session->waitForStore(30000); !why.isEmpty())
        return Error(QStringLiteral("kiosk.data"), why);
    return {};
}

void KioskApp::openUiStore()
{
    // After the store thread's open: on a demo's first start that is what creates the directory.
    if (const QString why = m_session->waitForStore(30000); !why.isEmpty())
        return;
    auto store = DataStore::open(DataDir(m_options.resolvedDataDir()), *m_clock);
    if (!store) {
        m_session->setStaffNotice(store.error().message);
        return;
    }
    m_uiStore = std::move(*store);
    // The workflow, the submission rules and the look-up answer from the catalogue in force, so a catalogue
    // the county sends later changes their approval chains too (the lookup is safe on the staff thread).
    const ServicePolicyLookup policies = cataloguePolicyLookup(m_inForce);
    startCaseServices(policies);
    startStaffWorker(policies);
}

void KioskApp::startStaffWorker(const ServicePolicyLookup &policies)
{
    m_staffWorker = new StaffWorker(m_options.resolvedDataDir(), *m_clock, policies,
                                    catalogueServiceLookup(m_inForce));
    m_staffWorker->moveToThread(&m_staffThread);
    connect(&m_staffThread, &QThread::finished, m_staffWorker, &QObject::deleteLater);
    connect(m_staffWorker, &StaffWorker::opened, this, [this, policies](const QString &why) {
        if (why.isEmpty())
            openStaffSide(policies);
        else
            m_session->setStaffNotice(why);
        emit uiStoreOpened();
    });
    m_staffThread.setObjectName(QStringLiteral("staff store"));
    m_staffThread.start();
    QMetaObject::invokeMethod(m_staffWorker, &StaffWorker::open, Qt::QueuedConnection);
}

void KioskApp::openStaffSide(const ServicePolicyLookup &policies)
{
    auto staff = StaffDirectory::open(*m_uiStore);
    if (!staff) {
        m_session->setStaffNotice(staff.error().message);
        return;
    }
    m_staff = std::move(*staff);
    m_auth = std::make_unique<AuthController>(*m_staff, *m_clock);
    // PIN checks and staff changes hash and commit on the staff thread; the UI store only reads.
    m_auth->setWorker(m_staffWorker->staff(), m_staffWorker);
    StaffSession *staffSession = m_auth->session();
    staffSession->watchInput(m_window);

    const auto catalogue = m_catalogue->catalogue();
    m_workflow = std::make_unique<CaseWorkflow>(*m_uiStore, policies);
    m_approvals = std::make_unique<ApprovalController>(*m_workflow, *staffSession);
    m_approvals->setWorker(m_staffWorker->workflow(), m_staffWorker);
    m_approvals->setStaffDirectory(m_staff.get());
    m_submissions = std::make_unique<SubmissionService>(*m_uiStore, policies);
    m_submission = std::make_unique<SubmissionController>(*m_submissions, *staffSession);
    m_submission->setWorker(m_staffWorker->submissions(), m_staffWorker);
    m_cases = std::make_unique<CaseDesk>(*m_uiStore, *staffSession);
    m_cases->setCatalogue(catalogue);

    // Agent submissions go the villager's way (KioskSession::submit on the store thread: committed before
    // the receipt prints or anything else happens), after the SubmissionService rules for the clerk.
    m_session->setAgentCheck([this](CaseRecord &record) -> Status {
        StaffSession *clerk = m_auth->session();
        if (!clerk->isActive())
            return Error(QStringLiteral("workflow.agent_required"),
                         tr("A clerk must be logged in to submit for a villager."));
        clerk->touch();
        return m_submissions->check(record, &clerk->account());
    });

    QString printer = m_uiStore->config().value(QStringLiteral("printer"));
    // A demo kiosk has no printer: its receipts go to PDF files in the data directory.
    if (printer.isEmpty() && m_options.demo)
        printer = QStringLiteral("pdf:") + m_uiStore->dataDir().root() + QStringLiteral("/receipts");
    // The receipt is read and its print audited on the staff thread (the audit entry is a commit).
    m_printer = std::make_unique<ReceiptPrinter>(*m_staffWorker->receipts(), printer,
                                                 m_uiStore->config().value(QStringLiteral("printer.width")).toInt());
    m_printer->setStoreContext(m_staffWorker);

    auto follow = [this] {
        m_approvals->setLanguage(m_session->language());
        m_printer->setLanguage(m_session->language());
        m_cases->setLanguage(m_session->language());
    };
    connect(m_session, &KioskSession::languageChanged, m_approvals.get(), follow);
    follow();

    m_engine->addImageProvider(QStringLiteral("blob"), new BlobImageProvider(*m_uiStore, *staffSession));
    QQmlContext *context = m_engine->rootContext();
    context->setContextProperty(QStringLiteral("auth"), m_auth.get());
    context->setContextProperty(QStringLiteral("approvals"), m_approvals.get());
    context->setContextProperty(QStringLiteral("submission"), m_submission.get());
    context->setContextProperty(QStringLiteral("cases"), m_cases.get());
    context->setContextProperty(QStringLiteral("receiptPrinter"), m_printer.get());
}

// ---- villager-facing services: ID card reader, "where is my case?", background sync ----

void KioskApp::startIdCardReader(const QString &device, int baud)
{
    if (device.isEmpty())
        return; // no reader: the form asks for the applicant's details to be typed
    m_idCard = std::make_unique<idscan::IdCardReader>();
    if (baud > 0)
        m_idCard->setBaudRate(baud);
    m_idCard->setDevice(device);
    m_idCard->setClock(m_clock.get());
}

void KioskApp::startCaseServices(const ServicePolicyLookup &policies)
{
    DataStore &store = *m_uiStore;
    const KeyRing &keys = store.keys();
    const ReceiptCode receipts([&keys](const QByteArray &purpose, const QByteArray &message) {
        return keys.mac(purpose, message);
    });
    m_lookup = std::make_unique<CaseLookup>(store.cases(), policies,
                                            [receipts](const QString &scanned) { return receipts.verify(scanned); });
    m_lookupController = std::make_unique<CaseLookupController>(*m_lookup);
    auto follow = [this] { m_lookupController->setLanguage(m_session->language()); };
    connect(m_session, &KioskSession::languageChanged, m_lookupController.get(), follow);
    follow();

    // Sync runs on its own thread with its own connection whenever a county is configured.
    if (!store.config().value(QStringLiteral("county.url")).isEmpty()) {
        m_syncRunner = std::make_unique<SyncRunner>(m_options.resolvedDataDir());
        SyncRunner::Options options;
        options.intervalMs = m_syncIntervalMs;
        m_syncRunner->setOptions(options);
        // The county's new catalogues are installed on the sync thread, then shown here (catalogueInstalled).
        m_syncRunner->setCatalogueInstaller(catalogueInstaller());
        connect(m_syncRunner.get(), &SyncRunner::passFinished, this, [this](const SyncReport &report) {
            if (report.catalogueVersion > 0)
                catalogueInstalled();
        });
        // A case the villager just submitted goes out at once when the county can be reached.
        connect(m_session, &KioskSession::submitted, m_syncRunner.get(), &SyncRunner::syncNow);
        m_syncRunner->start();
    }
    m_syncStatus = std::make_unique<SyncStatus>(store, m_syncRunner.get());

    QQmlContext *context = m_engine->rootContext();
    context->setContextProperty(QStringLiteral("caseLookup"), m_lookupController.get());
    context->setContextProperty(QStringLiteral("syncStatus"), m_syncStatus.get());
}

void KioskApp::catalogueInstalled()
{
    auto installed = Catalogue::loadForDataDir(m_options.resolvedDataDir());
    if (!installed) {
        m_session->setStaffNotice(installed.error().translatedMessage());
        return;
    }
    m_pendingCatalogue = std::make_shared<const Catalogue>(std::move(*installed));
    switchCatalogueWhenNoForm();
}

void KioskApp::switchCatalogueWhenNoForm()
{
    // A form being filled in keeps the form it was opened with (its case keeps that form version, and the
    // session submits it with the same catalogue); the new services show once no form is open.
    if (!m_pendingCatalogue || !m_form->serviceId().isEmpty())
        return;
    const std::shared_ptr<const Catalogue> catalogue = std::move(m_pendingCatalogue);
    m_inForce->set(catalogue);
    m_catalogue->setCatalogue(catalogue);
    m_session->setCatalogue(catalogue);
    if (m_cases)
        m_cases->setCatalogue(catalogue);
}

QImage KioskApp::grab()
{
    if (!m_window)
        return {};
    // grabWindow() polishes, syncs and renders the scene itself; let queued events (layout) run first.
    QCoreApplication::processEvents();
    return m_window->grabWindow();
}

Status KioskApp::selfTest()
{
    if (!m_window)
        return Error(QStringLiteral("kiosk.selftest"), QStringLiteral("the window was not created"));
    // Wait for the first frame on screen (bounded), then a short settle: Loaders finish asynchronously.
    if (!m_firstFrame) {
        QEventLoop loop;
        connect(this, &KioskApp::firstFrameShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!m_firstFrame)
        return Error(QStringLiteral("kiosk.selftest"), QStringLiteral("no frame was shown within 5 s"));
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    const QImage frame = grab();
    if (frame.isNull() || frame.width() < 10)
        return Error(QStringLiteral("kiosk.selftest"), QStringLiteral("no frame was rendered"));
    if (!m_options.screenshot.isEmpty() && !frame.save(m_options.screenshot, "PNG"))
        return Error(QStringLiteral("kiosk.selftest"),
                     QStringLiteral("cannot write %1").arg(m_options.screenshot));
    if (!m_warnings.isEmpty())
        return Error(QStringLiteral("kiosk.qml"), QStringLiteral("%1 QML warning(s), first: %2")
                                                     .arg(m_warnings.size())
                                                     .arg(m_warnings.first().toString()));
    return {};
}

} // namespace bianmin
