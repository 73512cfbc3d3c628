// The kiosk's composition root: the one place that opens the data directory, builds the catalogue, form
// controller, session and idle watcher, hands them to QML as context objects (`kiosk`, `catalogue`,
// `form`, `idle`) and loads the pages. bianmin-kiosk's main() and the walk-through test both use it, so
// the test drives exactly what ships.
#pragma once

#include "core/result.h"
#include "kioskoptions.h"

#include <QList>
#include <QObject>
#include <QQmlError>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace bianmin {

class CatalogueModel;
class DataStore;
class FormController;
class IdleWatcher;
class KioskSession;
class SystemClock;

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
    /** The UI thread's own connection to the data directory, for the staff side (logins, approvals,
     *  queue counts, look-ups): small reads and writes the pages wait for. Null until uiStoreOpened();
     *  applications themselves are still submitted on the store thread (KioskSession). */
    DataStore *uiStore() const { return m_uiStore.get(); }
    const KioskOptions &options() const { return m_options; }
    /** Every QML warning and error since start(). */
    const QList<QQmlError> &qmlWarnings() const { return m_warnings; }

signals:
    /** The first frame reached the screen (start-to-first-frame benchmarks watch for it). */
    void firstFrameShown();
    /** uiStore() is open (after the first frame and the store thread's own open, so start-up stays fast).
     *  Controllers for the staff side are created here and handed to QML. */
    void uiStoreOpened();

private:
    Status openData();
    void openUiStore();

    KioskOptions m_options;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<DataStore> m_uiStore;
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
