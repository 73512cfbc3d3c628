#include "syncrunner.h"

#include "store/datastore.h"

#include <QMetaObject>
#include <QNetworkInformation>
#include <QTimer>

namespace bianmin {

/** Lives on the runner's thread: owns that thread's DataStore and SyncClient, and the schedule. */
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(QString dataDir, SyncRunner::Options options, SyncClient::CatalogueInstaller installer)
        : m_dataDir(std::move(dataDir)), m_options(std::move(options)), m_installer(std::move(installer))
    {
    }

public Q_SLOTS:
    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &SyncWorker::runPass);
        runPass();
    }

    void runPass()
    {
        if (m_client && m_client->isRunning())
            return;
        if (!m_store) {
            auto store = DataStore::open(DataDir(m_dataDir), m_clock);
            if (!store) {
                SyncReport report;
                report.error = store.error();
                emit passFinished(report);
                return schedule(report);
            }
            m_store = std::move(*store);
            m_client = new SyncClient(*m_store, this);
            m_client->setOptions(m_options.client);
            m_client->setCatalogueInstaller(m_installer);
            connect(m_client, &SyncClient::finished, this, [this](const SyncReport &report) {
                emit passFinished(report);
                schedule(report);
            });
            connect(m_client, &SyncClient::catalogueReceived, this, &SyncWorker::catalogueReceived);
            connect(m_client, &SyncClient::progress, this, &SyncWorker::progress);
        }
        m_timer->stop();
        emit passStarted();
        m_client->start();
    }

    void halt()
    {
        if (m_timer)
            m_timer->stop();
        if (m_client)
            m_client->cancel();
        delete m_client;
        m_client = nullptr;
        m_store.reset();
    }

Q_SIGNALS:
    void passStarted();
    void passFinished(const bianmin::SyncReport &report);
    void catalogueReceived(const QJsonObject &catalogue);
    void progress(int sentThisPass, int remaining);

private:
    void schedule(const SyncReport &report)
    {
        qint64 delay = m_options.intervalMs;
        if (report.ok) {
            m_failures = 0;
        } else if (report.retryAt) {
            delay = qMax<qint64>(0, m_clock.now().msecsTo(*report.retryAt));
            ++m_failures;
        } else {
            delay = SyncClient::backoffMs(m_failures++, m_options.client.backoffBaseMs, m_options.client.backoffCapMs);
        }
        m_timer->start(static_cast<int>(qMin<qint64>(delay, m_options.client.backoffCapMs)));
    }

    QString m_dataDir;
    SyncRunner::Options m_options;
    SyncClient::CatalogueInstaller m_installer;
    SystemClock m_clock;
    std::unique_ptr<DataStore> m_store;
    SyncClient *m_client = nullptr;
    QTimer *m_timer = nullptr;
    int m_failures = 0;
};

SyncRunner::SyncRunner(QString dataDir, QObject *parent) : QObject(parent), m_dataDir(std::move(dataDir))
{
    qRegisterMetaType<bianmin::SyncReport>();
}

SyncRunner::~SyncRunner()
{
    stop();
}

void SyncRunner::start()
{
    if (m_thread.isRunning())
        return;
    m_worker = new SyncWorker(m_dataDir, m_options, m_installer);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &SyncWorker::begin);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::passStarted, this, &SyncRunner::passStarted);
    connect(m_worker, &SyncWorker::passFinished, this, &SyncRunner::passFinished);
    connect(m_worker, &SyncWorker::catalogueReceived, this, &SyncRunner::catalogueReceived);
    connect(m_worker, &SyncWorker::progress, this, &SyncRunner::progress);
    m_thread.setObjectName(QStringLiteral("bianmin-sync"));
    m_thread.start();

    // Where the platform can tell us, a network coming back starts a pass at once instead of at the next tick.
    if (QNetworkInformation::instance() || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) {
                        if (r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site)
                            syncNow();
                    });
        }
    }
}

void SyncRunner::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &SyncWorker::halt, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void SyncRunner::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::runPass, Qt::QueuedConnection);
}

} // namespace bianmin

#include "syncrunner.moc"
