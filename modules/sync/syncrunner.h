// Background sync for the kiosk: a worker thread with its own connection to the data directory runs a
// SyncClient pass now, then periodically, sooner when the network comes back (QNetworkInformation where the
// platform has a backend), later after failures (Retry-After, or full-jitter backoff capped at five minutes).
// The UI thread only receives signals; it never waits on the network or on a batch.
#pragma once

#include "syncclient.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QThread>

namespace bianmin {

class SyncWorker;

class SyncRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int intervalMs = 60000;    ///< between passes when all is well
        SyncClient::Options client;
    };

    explicit SyncRunner(QString dataDir, QObject *parent = nullptr);
    ~SyncRunner() override;

    void setOptions(const Options &options) { m_options = options; }
    /** Called on the worker thread with each new catalogue; must be safe to run there (Catalogue::importFile is). */
    void setCatalogueInstaller(SyncClient::CatalogueInstaller installer) { m_installer = std::move(installer); }

    /** Starts the worker thread and the first pass. */
    void start();
    /** Stops after abandoning any pass in flight (its cases stay queued). */
    void stop();
    bool isRunning() const { return m_thread.isRunning(); }

public Q_SLOTS:
    /** A pass as soon as possible (a new case was queued, staff pressed "sync now", the network came back). */
    void syncNow();

Q_SIGNALS:
    void passStarted();
    void passFinished(const bianmin::SyncReport &report);
    void catalogueReceived(const QJsonObject &catalogue);
    void progress(int sentThisPass, int remaining);

private:
    QString m_dataDir;
    Options m_options;
    SyncClient::CatalogueInstaller m_installer;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
};

} // namespace bianmin
