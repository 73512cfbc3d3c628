// The kiosk's side of PROTOCOL.md: one asynchronous sync pass on the Qt event loop. It drains the outbox
// in batches of at most max_batch (attachments first: HEAD, then PUT what the county lacks), applies each
// per-case outcome (accepted/duplicate -> uploaded, conflict/invalid -> refused for staff, missing_blobs ->
// upload and retry), pulls the county's decisions with the persisted cursor and then the catalogue.
// A failed attempt defers the cases it touched (Retry-After, or exponential backoff with full jitter capped
// at five minutes) and says why; nothing is lost and nothing waits on the UI thread.
#pragma once

#include "synctls.h"

#include "core/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkReply;

namespace bianmin {

class DataStore;

/** What one pass did, for the CLI (--json), the runner and the staff queue screen. */
struct SyncReport
{
    bool ok = false;        ///< the county was reached and trusted, and every due case was dealt with
    Error error;            ///< why not (sync.unreachable, sync.untrusted, sync.timeout, sync.busy, ...)
    int accepted = 0;       ///< stored by the county in this pass
    int duplicates = 0;     ///< the county already had them (an earlier attempt's answer was lost)
    int refused = 0;        ///< conflict or invalid: now waiting for staff
    int deferred = 0;       ///< kept in the outbox for a later attempt
    int blobsUploaded = 0;
    int updatesApplied = 0;
    int remaining = 0;      ///< outbox size after the pass
    int catalogueVersion = 0; ///< a new catalogue received in this pass, else 0
    Error catalogueError;     ///< why a received catalogue was not installed (code empty: it was not refused);
                              ///< its message is English, translatedMessage() the screen's language
    std::optional<QDateTime> retryAt; ///< the county asked not to come back before this (Retry-After)
    QJsonObject toJson() const;
};

class SyncClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int timeoutMs = 30000;      ///< a request with no progress for this long is abandoned
        /** Attachment requests in flight at once: six, the most connections Qt opens to one host. */
        int parallelBlobs = 6;
        int backoffBaseMs = 2000;   ///< first retry delay bound; doubles per failed attempt of a case
        int backoffCapMs = 300000;  ///< five minutes
        bool ignoreSchedule = false;///< send every queued case now (a technician's `sync --once`)
        int updatesPage = 1000;     ///< the county serves at most 1000 per page
        int maxBatch = 0;           ///< a local cap below the county's max_batch (0: the county's)
        /** Batches posted and not yet answered at once: the next batch is read, decrypted and sent while
         *  the county stores the previous one. Each holds different cases, and the county's per-case
         *  idempotency (PROTOCOL.md) keeps every case exactly once whatever the order of the answers. */
        int pipeline = 2;
    };
    /** Installs a catalogue from GET /catalogue (catalogueinstaller.h: the forms module checks it, the
     *  outcome is audited in `store`, the client's own); ok means installed. */
    using CatalogueInstaller = std::function<Status(DataStore &store, const QJsonObject &catalogue, const QUrl &county)>;

    explicit SyncClient(DataStore &store, QObject *parent = nullptr);
    ~SyncClient() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    void setCatalogueInstaller(CatalogueInstaller installer) { m_installer = std::move(installer); }
    bool isRunning() const { return m_running; }

    /** Full-jitter backoff: a random delay in [0, min(cap, base * 2^attempts)]. */
    static qint64 backoffMs(int attempts, int baseMs, int capMs);

public Q_SLOTS:
    /** Starts a pass (settings are re-read from config each time); finished() follows, always. */
    void start();
    /** Abandons the running pass; finished() reports sync.cancelled. */
    void cancel();

Q_SIGNALS:
    void progress(int sentThisPass, int remaining);
    void finished(const bianmin::SyncReport &report);
    void catalogueReceived(const QJsonObject &catalogue);

private:
    struct PendingCase
    {
        QString id;
        int attempts = 0;
        QByteArray envelope; ///< canonical JSON as the store sealed it at submit
        QStringList blobs;
    };
    struct Reply
    {
        int status = 0;         ///< HTTP status, 0 when no response arrived
        QByteArray body;
        std::optional<Error> failure; ///< transport/TLS/timeout/5xx/429 problems that end the pass
        std::optional<QDateTime> retryAt;
    };
    using Handler = std::function<void(const Reply &)>;

    void send(const QByteArray &verb, const QString &path, const QByteArray &body, Handler handler);
    Reply interpret(QNetworkReply *reply);
    void disableNagle();
    QUrl endpoint(const QString &path) const;

    void fetchInfo();
    void nextBatch();
    void pumpBlobs();
    void blobDone();
    void postBatch();
    void applyResults(quint64 batch, const QByteArray &body);
    void pullUpdates(const QString &after);
    void applyUpdates(const QString &cursor, const QByteArray &body);
    void pullCatalogue();
    void succeed();
    void fail(const Error &error, std::optional<QDateTime> retryAt = std::nullopt);
    void deferCase(const QString &id, int attempts, const QString &reason, std::optional<QDateTime> retryAt);
    void finish();

    DataStore &m_store;
    Options m_options;
    CatalogueInstaller m_installer;
    QNetworkAccessManager m_nam;
    SyncSettings m_settings;
    QSslConfiguration m_tls;

    bool m_running = false;
    quint64 m_pass = 0;              ///< replies from an abandoned pass are ignored
    SyncReport m_report;
    int m_maxBatch = 100;
    qint64 m_maxBlobBytes = 0;
    QList<QPointer<QNetworkReply>> m_inFlight;
    bool m_pinFailed = false;
    QElapsedTimer m_sinceNagleLook;  ///< since the connections were last given TCP_NODELAY
    QStringList m_tlsErrors;

    QList<PendingCase> m_batch;      ///< being prepared (attachments first), not yet posted
    bool m_preparing = false;
    bool m_pullStarted = false;      ///< the updates feed is being read: the upload side is done for this pass
    QHash<quint64, QList<PendingCase>> m_posted; ///< posted batches awaiting their answer
    quint64 m_batchNo = 0;
    QSet<QString> m_postedIds;       ///< the cases in m_posted: not read again until answered
    QSet<QString> m_refusedIds;      ///< refused cases: county updates never overwrite them
    QStringList m_blobQueue;         ///< hashes to check (HEAD) or send (PUT) before the batch
    QSet<QString> m_blobsNeeded;
    int m_blobsInFlight = 0;
    QSet<QString> m_knownBlobs;      ///< the county has these (kept across passes; cleared on missing_blobs)
    QSet<QString> m_forcePut;        ///< the county said missing: PUT without asking again
    struct BlobProblem
    {
        bool refuse = false; ///< the county will never take it (413): the case goes to staff
        QString message;
    };
    QHash<QString, BlobProblem> m_blobProblems; ///< cases using these blobs are not posted this pass
    QSet<QString> m_skip;            ///< cases dealt with for this pass (deferred) that stay in the outbox
    QHash<QString, int> m_missingRounds;
};

} // namespace bianmin

Q_DECLARE_METATYPE(bianmin::SyncReport)
