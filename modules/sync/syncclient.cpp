#include "syncclient.h"

#include "batchanswer.h"
#include "store/datastore.h"
#include "nodelay.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace bianmin {

namespace {

const QString kStateLastSuccess = QStringLiteral("sync.last_success");
const QString kStateLastError = QStringLiteral("sync.last_error");
const QString kStateLastAttempt = QStringLiteral("sync.last_attempt");
const QString kStateCatalogueVersion = QStringLiteral("sync.catalogue_version");

Error syncError(const char *code, const QString &message)
{
    return Error(QStringLiteral("sync.") + QLatin1String(code), message);
}

/** Retry-After as delta-seconds or an HTTP date. */
std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return now.addSecs(std::clamp<qint64>(seconds, 0, 24 * 3600));
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (date.isValid()) {
        QDateTime utc = date;
        utc.setTimeSpec(Qt::UTC);
        return utc.toOffsetFromUtc(now.offsetFromUtc());
    }
    return std::nullopt;
}

} // namespace

QJsonObject SyncReport::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok},
                  {QStringLiteral("accepted"), accepted},
                  {QStringLiteral("duplicates"), duplicates},
                  {QStringLiteral("refused"), refused},
                  {QStringLiteral("deferred"), deferred},
                  {QStringLiteral("blobs_uploaded"), blobsUploaded},
                  {QStringLiteral("updates_applied"), updatesApplied},
                  {QStringLiteral("remaining"), remaining}};
    if (!ok)
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                      {QStringLiteral("message"), error.message}});
    if (catalogueVersion > 0)
        o.insert(QStringLiteral("catalogue_version"), catalogueVersion);
    if (!catalogueError.code.isEmpty())
        o.insert(QStringLiteral("catalogue_error"), catalogueError.message);
    if (retryAt)
        o.insert(QStringLiteral("retry_at"), toRfc3339(*retryAt));
    return o;
}

SyncClient::SyncClient(DataStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    qRegisterMetaType<bianmin::SyncReport>();
    // Every reply's errors are collected so the reason can be reported; none is ever ignored.
    connect(&m_nam, &QNetworkAccessManager::sslErrors, this, [this](QNetworkReply *, const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsErrors << e.errorString();
    });
}

SyncClient::~SyncClient()
{
    ++m_pass;
    for (const QPointer<QNetworkReply> &r : std::as_const(m_inFlight)) {
        if (r)
            r->abort();
    }
}

qint64 SyncClient::backoffMs(int attempts, int baseMs, int capMs)
{
    const int shift = qBound(0, attempts, 30);
    const qint64 bound = std::min<qint64>(capMs, static_cast<qint64>(baseMs) << shift);
    return bound <= 0 ? 0 : static_cast<qint64>(QRandomGenerator::global()->bounded(static_cast<quint64>(bound) + 1));
}

QUrl SyncClient::endpoint(const QString &path) const
{
    QUrl url = m_settings.countyUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(base + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

void SyncClient::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_pass;
    m_report = SyncReport();
    m_skip.clear();
    m_missingRounds.clear();
    m_blobProblems.clear();
    m_forcePut.clear();
    m_batch.clear();
    m_preparing = false;
    m_pullStarted = false;
    m_posted.clear();
    m_postedIds.clear();
    m_tlsErrors.clear();
    m_pinFailed = false;

    auto settings = SyncSettings::fromConfig(m_store.config());
    if (!settings) {
        fail(settings.error());
        return;
    }
    auto tls = settings->tlsConfiguration();
    if (!tls) {
        fail(tls.error());
        return;
    }
    m_settings = *settings;
    m_tls = *tls;
    // Every pass starts on fresh connections, so a changed CA, certificate or pin applies at once and the pin
    // is checked on this pass's own handshake.
    m_nam.clearConnectionCache();
    m_nam.clearAccessCache();
    (void)m_store.database().setStateValue(kStateLastAttempt, toRfc3339(m_store.clock().now()));
    fetchInfo();
}

void SyncClient::cancel()
{
    if (m_running)
        fail(syncError("cancelled", tr("sync was cancelled")));
}

void SyncClient::send(const QByteArray &verb, const QString &path, const QByteArray &body, Handler handler)
{
    QNetworkRequest request(endpoint(path));
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", "application/json");
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // RFC 7240: a county that knows this preference says in each result that it now holds the case, so
        // no "received" update has to be pulled for it; any other county ignores the header.
        request.setRawHeader("Prefer", "status-in-results");
    }
    else if (verb == "PUT")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));

    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = m_nam.get(request);
    else if (verb == "HEAD")
        reply = m_nam.head(request);
    else if (verb == "PUT")
        reply = m_nam.put(request, body);
    else
        reply = m_nam.post(request, body);
    m_inFlight.append(reply);

    // Nagle off on a new connection to the county, see nodelay.h. Qt announces most new connections with
    // `encrypted`; one opened while its request was taken by another connection is not announced, so every
    // finished reply looks again, at most every 50 ms (a look costs ≈ 20 µs; attachments finish hundreds a second).
    connect(reply, &QNetworkReply::encrypted, this, [this] { disableNagle(); });
    if (!m_settings.pin.isEmpty()) {
        // Checked as soon as the handshake is done, before any request byte is sent on the connection.
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (spkiPin(reply->sslConfiguration().peerCertificate()) != m_settings.pin) {
                m_pinFailed = true;
                reply->abort();
            }
        });
    }
    const quint64 pass = m_pass;
    connect(reply, &QNetworkReply::finished, this, [this, reply, pass, handler = std::move(handler)] {
        reply->deleteLater();
        m_inFlight.removeAll(reply);
        if (!m_sinceNagleLook.isValid() || m_sinceNagleLook.hasExpired(50))
            disableNagle();
        if (pass != m_pass || !m_running)
            return;
        handler(interpret(reply));
    });
}

void SyncClient::disableNagle()
{
    if (m_settings.countyUrl.isEmpty())
        return; // not configured: no connection of ours to look for
    disableNagleOnConnectionsTo(static_cast<quint16>(m_settings.countyUrl.port(443)));
    m_sinceNagleLook.start();
}

SyncClient::Reply SyncClient::interpret(QNetworkReply *reply)
{
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString where = m_settings.countyUrl.toString(QUrl::RemoveUserInfo);

    if (m_pinFailed) {
        r.failure = syncError("untrusted", tr("the county server at %1 does not have the public key pinned in "
                                              "county.pin; nothing was sent").arg(where));
        return r;
    }
    if (r.status == 0) {
        if (netError == QNetworkReply::SslHandshakeFailedError || !m_tlsErrors.isEmpty()) {
            const QString why = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors.join(QStringLiteral("; "));
            r.failure = syncError("untrusted", tr("cannot establish a trusted connection to the county at %1: %2; "
                                                  "nothing was sent").arg(where, why));
        } else if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
            r.failure = syncError("timeout", tr("the county at %1 did not answer within %2 s")
                                                 .arg(where).arg(m_options.timeoutMs / 1000.0));
        } else {
            r.failure = syncError("unreachable", tr("cannot reach the county at %1: %2").arg(where, reply->errorString()));
        }
        return r;
    }
    if (r.status == 429 || r.status == 503) {
        r.retryAt = parseRetryAfter(reply->rawHeader("Retry-After"), m_store.clock().now());
        r.failure = syncError("busy", tr("the county is busy (HTTP %1); trying again later").arg(r.status));
    } else if (r.status >= 500) {
        const QString message = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject()
                                    .value(QLatin1String("message")).toString();
        r.failure = syncError("server", tr("the county answered HTTP %1%2").arg(r.status)
                                            .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
    } else if (r.status == 401 || r.status == 403) {
        r.failure = syncError("untrusted", tr("the county refused this kiosk's certificate (HTTP %1)").arg(r.status));
    }
    return r;
}

void SyncClient::fetchInfo()
{
    send("GET", QStringLiteral("/api/v1/info"), {}, [this](const Reply &r) {
        if (r.failure)
            return fail(*r.failure, r.retryAt);
        const QJsonObject info = QJsonDocument::fromJson(r.body).object();
        if (r.status != 200 || info.value(QLatin1String("protocol")).toInt() != 1)
            return fail(syncError("protocol", tr("the server at %1 does not speak county protocol 1 (HTTP %2)")
                                                  .arg(m_settings.countyUrl.toString()).arg(r.status)));
        m_maxBatch = qMax(1, info.value(QLatin1String("max_batch")).toInt(100));
        if (m_options.maxBatch > 0)
            m_maxBatch = qMin(m_maxBatch, m_options.maxBatch);
        m_maxBlobBytes = static_cast<qint64>(info.value(QLatin1String("max_blob_bytes")).toDouble(0));
        nextBatch();
    });
}

void SyncClient::nextBatch()
{
    if (!m_running || m_preparing || m_pullStarted || m_posted.size() >= qMax(1, m_options.pipeline))
        return;
    CaseStore &cases = m_store.cases();
    const QDateTime now = m_store.clock().now();
    const QDateTime due = m_options.ignoreSchedule ? now.addYears(100) : now;
    // Each case's envelope was made canonical, hashed and sealed at submit: here it is only decrypted.
    auto items = cases.dueEnvelopes(m_maxBatch, due, m_skip + m_postedIds, m_settings.kioskId);
    if (!items)
        return fail(items.error());
    m_batch.clear();
    m_blobQueue.clear();
    m_blobsNeeded.clear();
    for (OutboxEnvelope &item : *items) {
        if (item.error) {
            deferCase(item.caseId, item.attempts, item.error->message, std::nullopt);
            continue;
        }
        PendingCase pending{item.caseId, item.attempts, std::move(item.envelope), std::move(item.blobs)};
        for (const QString &hash : std::as_const(pending.blobs)) {
            if (!m_knownBlobs.contains(hash) && !m_blobsNeeded.contains(hash)) {
                m_blobsNeeded.insert(hash);
                m_blobQueue.append(hash);
            }
        }
        m_batch.append(pending);
    }
    if (m_batch.isEmpty()) {
        if (!m_posted.isEmpty())
            return; // the last answers are still to come
        // Everything is sent. A case refused as a conflict is not the case the county holds under that id:
        // the county's decisions are about its own version, so they must not overwrite what staff need to
        // see on ours.
        auto refused = m_store.cases().idsInState(CaseState::Refused);
        if (!refused)
            return fail(refused.error());
        m_refusedIds = *refused;
        // Both pipelined answers schedule a nextBatch: only the first one that finds the queue empty reads
        // the feed (a second reader would apply every page twice, harmlessly but for nothing).
        m_pullStarted = true;
        pullUpdates(m_store.cases().updatesCursor());
        return;
    }
    m_preparing = true;
    pumpBlobs();
}

void SyncClient::pumpBlobs()
{
    if (m_blobQueue.isEmpty() && m_blobsInFlight == 0)
        return postBatch();
    while (!m_blobQueue.isEmpty() && m_blobsInFlight < qMax(1, m_options.parallelBlobs)) {
        const QString hash = m_blobQueue.takeFirst();
        ++m_blobsInFlight;
        auto put = [this, hash] {
            auto bytes = m_store.blobs().get(hash);
            if (!bytes) {
                m_blobProblems.insert(hash, {false, tr("attachment %1 cannot be read on this kiosk: %2")
                                                        .arg(hash.left(12), bytes.error().message)});
                return blobDone();
            }
            if (m_maxBlobBytes > 0 && bytes->size() > m_maxBlobBytes) {
                m_blobProblems.insert(hash, {true, tr("an attachment is %1 bytes; the county accepts at most %2")
                                                       .arg(bytes->size()).arg(m_maxBlobBytes)});
                return blobDone();
            }
            send("PUT", QStringLiteral("/api/v1/blobs/") + hash, *bytes, [this, hash](const Reply &r) {
                if (r.failure)
                    return fail(*r.failure, r.retryAt);
                if (r.status == 200 || r.status == 201) {
                    m_knownBlobs.insert(hash);
                    m_forcePut.remove(hash);
                    ++m_report.blobsUploaded;
                } else if (r.status == 413) {
                    m_blobProblems.insert(hash, {true, tr("an attachment is larger than the county accepts")});
                } else {
                    m_blobProblems.insert(hash, {false, tr("the county refused attachment %1 (HTTP %2)")
                                                            .arg(hash.left(12)).arg(r.status)});
                }
                blobDone();
            });
        };
        if (m_forcePut.contains(hash)) {
            put();
            continue;
        }
        send("HEAD", QStringLiteral("/api/v1/blobs/") + hash, {}, [this, hash, put](const Reply &r) {
            if (r.failure)
                return fail(*r.failure, r.retryAt);
            if (r.status == 200) {
                m_knownBlobs.insert(hash);
                return blobDone();
            }
            if (r.status == 404)
                return put();
            m_blobProblems.insert(hash, {false, tr("the county answered HTTP %1 for attachment %2")
                                                    .arg(r.status).arg(hash.left(12))});
            blobDone();
        });
    }
}

void SyncClient::blobDone()
{
    --m_blobsInFlight;
    if (m_running)
        pumpBlobs();
}

void SyncClient::postBatch()
{
    QByteArray body = QByteArrayLiteral("{\"cases\":[");
    qsizetype bytes = body.size() + 2;
    for (const PendingCase &c : std::as_const(m_batch))
        bytes += c.envelope.size() + 1;
    body.reserve(bytes); // ≈ 1 MB: grown append by append, it would be copied over and over
    QList<PendingCase> sending;
    for (const PendingCase &c : std::as_const(m_batch)) {
        std::optional<BlobProblem> problem;
        for (const QString &hash : c.blobs) {
            if (m_blobProblems.contains(hash)) {
                problem = m_blobProblems.value(hash);
                break;
            }
        }
        if (!problem) {
            if (!sending.isEmpty())
                body += ',';
            body += c.envelope;
            sending.append(c);
        } else if (problem->refuse) {
            if (Status s = m_store.cases().markRefused(c.id, QStringLiteral("invalid"), problem->message); !s)
                return fail(s.error());
            ++m_report.refused;
        } else {
            deferCase(c.id, c.attempts, problem->message, std::nullopt);
        }
    }
    m_batch.clear();
    m_preparing = false;
    if (sending.isEmpty())
        return nextBatch();
    body += "]}";
    const quint64 batch = ++m_batchNo;
    for (const PendingCase &c : std::as_const(sending))
        m_postedIds.insert(c.id);
    m_posted.insert(batch, sending);
    send("POST", QStringLiteral("/api/v1/cases/batch"), body, [this, batch](const Reply &r) {
        if (r.failure)
            return fail(*r.failure, r.retryAt);
        if (r.status != 200)
            return fail(syncError("protocol", tr("the county refused the batch (HTTP %1): %2")
                                                  .arg(r.status).arg(QString::fromUtf8(r.body.left(200)))));
        applyResults(batch, r.body);
    });
    // Pipelining: read and send the next batch while the county stores this one.
    nextBatch();
}

void SyncClient::applyResults(quint64 batch, const QByteArray &body)
{
    const QList<PendingCase> posted = m_posted.take(batch);
    for (const PendingCase &c : posted)
        m_postedIds.remove(c.id);
    const QList<BatchResult> results = parseBatchAnswer(body);
    // PROTOCOL.md: one result per case, in input order. Looked up by id only if the county strays from that.
    QHash<QString, qsizetype> byId;
    auto resultFor = [&](qsizetype index, const QString &id) -> const BatchResult * {
        if (index < results.size() && results.at(index).id == id)
            return &results.at(index);
        if (byId.isEmpty()) {
            for (qsizetype i = 0; i < results.size(); ++i)
                byId.insert(results.at(i).id, i); // an id given twice: its last result
        }
        const auto it = byId.constFind(id);
        return it == byId.constEnd() ? nullptr : &results.at(*it);
    };

    static const BatchResult noResult;
    QList<UploadedCase> uploaded;
    uploaded.reserve(posted.size());
    for (qsizetype i = 0; i < posted.size(); ++i) {
        const PendingCase &c = posted.at(i);
        const BatchResult *found = resultFor(i, c.id);
        const BatchResult &result = found ? *found : noResult;
        const QString &outcome = result.outcome;
        if (outcome == QLatin1String("accepted") || outcome == QLatin1String("duplicate")) {
            // A county that honoured `Prefer: status-in-results` says it holds the case; any other status (a
            // decision already made) comes with its message through the updates feed.
            const bool received = result.status == QLatin1String("received");
            uploaded.append({c.id, result.countyRef, received});
            ++(outcome == QLatin1String("accepted") ? m_report.accepted : m_report.duplicates);
        } else if (outcome == QLatin1String("conflict") || outcome == QLatin1String("invalid")) {
            if (Status s = m_store.cases().markRefused(c.id, outcome, result.message); !s)
                return fail(s.error());
            ++m_report.refused;
        } else if (outcome == QLatin1String("missing_blobs") && m_missingRounds.value(c.id) < 2) {
            // Our idea of what the county holds was wrong: send those attachments again, then the case.
            m_missingRounds[c.id] += 1;
            for (const QString &hash : result.missing) {
                m_knownBlobs.remove(hash);
                m_forcePut.insert(hash);
            }
        } else {
            const QString why = outcome.isEmpty() ? tr("the county gave no result for this case")
                              : outcome == QLatin1String("missing_blobs") ? tr("the county still lacks its attachments")
                                                                         : tr("unknown outcome \"%1\"").arg(outcome);
            deferCase(c.id, c.attempts, why, std::nullopt);
        }
    }
    if (!uploaded.isEmpty()) {
        if (Status s = m_store.cases().markUploaded(uploaded); !s)
            return fail(s.error());
    }
    auto size = m_store.cases().outboxSize();
    emit progress(m_report.accepted + m_report.duplicates, size ? *size : -1);
    // Let the event loop breathe between batches (UI, cancel, timers).
    QTimer::singleShot(0, this, [this, pass = m_pass] {
        if (pass == m_pass && m_running)
            nextBatch();
    });
}

void SyncClient::pullUpdates(const QString &after)
{
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.updatesPage));
    send("GET", QStringLiteral("/api/v1/updates?") + query.toString(QUrl::FullyEncoded), {}, [this, after](const Reply &r) {
        if (r.failure)
            return fail(*r.failure, r.retryAt);
        if (r.status != 200)
            return fail(syncError("protocol", tr("the county's updates could not be read (HTTP %1)").arg(r.status)));
        applyUpdates(after, r.body);
    });
}

void SyncClient::applyUpdates(const QString &cursor, const QByteArray &body)
{
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    if (!page.value(QLatin1String("updates")).isArray())
        return fail(syncError("protocol", tr("the county's updates could not be read (HTTP %1)").arg(200)));
    const QJsonArray list = page.value(QLatin1String("updates")).toArray();
    QList<CountyUpdate> updates;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const auto state = caseStateFromName(o.value(QLatin1String("status")).toString());
        if (!state || m_refusedIds.contains(o.value(QLatin1String("case_id")).toString()))
            continue; // a status this kiosk does not know yet, or a refused case: skipped, the cursor moves on
        updates.append(CountyUpdate{o.value(QLatin1String("cursor")).toString(),
                                    o.value(QLatin1String("case_id")).toString(), *state,
                                    o.value(QLatin1String("message")).toString(),
                                    fromRfc3339(o.value(QLatin1String("at")).toString())});
    }
    const QString next = page.value(QLatin1String("next")).toString();
    const bool more = !list.isEmpty() && !next.isEmpty() && next != cursor;
    if (!more)
        return pullCatalogue();
    // Ask for the next page first, then apply this one while the county reads it: the request only reads,
    // and this page is applied (with its cursor, in one transaction) before that answer is looked at.
    pullUpdates(next);
    if (Status s = m_store.cases().applyCountyUpdates(updates, next); !s)
        return fail(s.error());
    m_report.updatesApplied += static_cast<int>(updates.size());
}

void SyncClient::pullCatalogue()
{
    const QString since = m_store.database().stateValue(kStateCatalogueVersion);
    send("GET", QStringLiteral("/api/v1/catalogue?since=") + (since.isEmpty() ? QStringLiteral("0") : since), {},
         [this](const Reply &r) {
             if (r.failure)
                 return fail(*r.failure, r.retryAt);
             if (r.status == 200) {
                 const QJsonObject catalogue = QJsonDocument::fromJson(r.body).object();
                 const int version = catalogue.value(QLatin1String("version")).toInt();
                 emit catalogueReceived(catalogue);
                 if (m_installer) {
                     if (Status s = m_installer(m_store, catalogue, m_settings.countyUrl); !s) {
                         m_report.catalogueError = s.error();
                     } else {
                         (void)m_store.database().setStateValue(kStateCatalogueVersion, QString::number(version));
                         m_report.catalogueVersion = version;
                     }
                 }
             }
             succeed();
         });
}

void SyncClient::succeed()
{
    auto size = m_store.cases().outboxSize();
    m_report.remaining = size ? *size : -1;
    m_report.ok = true;
    if (m_report.remaining > 0 && m_report.deferred > 0)
        m_report.error = syncError("deferred", tr("%n case(s) could not be sent in this pass", nullptr, m_report.deferred));
    Database &db = m_store.database();
    const Status saved = db.transaction([&]() -> Status {
        if (Status s = db.setStateValue(kStateLastSuccess, toRfc3339(m_store.clock().now())); !s)
            return s;
        return db.setStateValue(kStateLastError, QStringLiteral("")); // empty, not NULL
    });
    if (!saved)
        qWarning("sync: %s", qPrintable(saved.error().message));
    finish();
}

void SyncClient::fail(const Error &error, std::optional<QDateTime> retryAt)
{
    if (!m_running)
        return;
    ++m_pass; // replies still in flight belong to an abandoned pass now
    for (const QPointer<QNetworkReply> &r : std::as_const(m_inFlight)) {
        if (r)
            r->abort();
    }
    m_inFlight.clear();
    m_blobsInFlight = 0;
    m_report.ok = false;
    m_report.error = error;
    m_report.retryAt = retryAt;
    // The cases of the interrupted batches wait for their next turn; the rest of the queue keeps its schedule.
    for (const PendingCase &c : std::as_const(m_batch))
        deferCase(c.id, c.attempts, error.message, retryAt);
    for (const QList<PendingCase> &batch : std::as_const(m_posted)) {
        for (const PendingCase &c : batch)
            deferCase(c.id, c.attempts, error.message, retryAt);
    }
    m_batch.clear();
    m_posted.clear();
    m_postedIds.clear();
    m_preparing = false;
    (void)m_store.database().setStateValue(kStateLastError, error.message);
    if (auto size = m_store.cases().outboxSize(); size)
        m_report.remaining = *size;
    finish();
}

void SyncClient::deferCase(const QString &id, int attempts, const QString &reason, std::optional<QDateTime> retryAt)
{
    const QDateTime now = m_store.clock().now();
    const QDateTime next = retryAt ? *retryAt
                                   : now.addMSecs(backoffMs(attempts, m_options.backoffBaseMs, m_options.backoffCapMs));
    (void)m_store.cases().deferOutbox(id, reason, next);
    m_skip.insert(id);
    ++m_report.deferred;
}

void SyncClient::finish()
{
    disableNagle(); // a connection opened within the last 50 ms is kept, idle, for the next requests
    m_running = false;
    const SyncReport report = m_report;
    emit finished(report);
}

} // namespace bianmin
