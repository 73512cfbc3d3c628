#include "countyserver.h"

#include "batchbody.h"

#include "core/clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>
#include <QUrlQuery>

#include <algorithm>

namespace bianmin::county {

namespace {

using Status = QHttpServerResponder::StatusCode;

const QByteArray kJson = QByteArrayLiteral("application/json");

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}})
        .toJson(QJsonDocument::Compact);
}

void sendJson(QHttpServerResponder &r, const QJsonObject &o, Status status = Status::Ok)
{
    r.write(QJsonDocument(o).toJson(QJsonDocument::Compact), {{"Content-Type", kJson}}, status);
}

void sendError(QHttpServerResponder &r, Status status, const QString &code, const QString &message,
               int retryAfter = -1)
{
    if (retryAfter >= 0)
        r.write(errorBody(code, message),
                {{"Content-Type", kJson}, {"Retry-After", QByteArray::number(retryAfter)}}, status);
    else
        r.write(errorBody(code, message), {{"Content-Type", kJson}}, status);
}

bool isSha256Hex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

/** Whether the request's RFC 7240 `Prefer` header asks for `preference` (a bare token, any order). */
bool prefers(const QHttpServerRequest &request, const QByteArray &preference)
{
    const QList<QByteArray> asked = request.value("Prefer").split(',');
    return std::any_of(asked.cbegin(), asked.cend(),
                       [&](const QByteArray &p) { return p.trimmed().toLower() == preference; });
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("county.tls"), QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

} // namespace

CountyServer::CountyServer(CountyStore &store, ServerOptions options, QObject *parent)
    : QAbstractHttpServer(parent), m_store(store), m_options(std::move(options))
{
}

Result<QSslConfiguration> CountyServer::tlsConfiguration(const QString &certPem, const QString &keyPem,
                                                         const QString &clientCaPem)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPem, QSsl::Pem);
    if (chain.isEmpty())
        return Error(QStringLiteral("county.tls"), QStringLiteral("%1 holds no PEM certificate").arg(certPem));
    auto keyBytes = readFile(keyPem);
    if (!keyBytes)
        return keyBytes.error();
    QSslKey key(*keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(*keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return Error(QStringLiteral("county.tls"), QStringLiteral("%1 is not an EC or RSA PEM private key").arg(keyPem));
    const QList<QSslCertificate> clientCas = QSslCertificate::fromPath(clientCaPem, QSsl::Pem);
    if (clientCas.isEmpty())
        return Error(QStringLiteral("county.tls"), QStringLiteral("%1 holds no PEM CA certificate").arg(clientCaPem));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setCaCertificates(clientCas); // only the county CA: never the system store for client certificates
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

bool CountyServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Responses go out as several small TLS records: without this, Nagle's algorithm holds each one back until
    // the kiosk's delayed ACK (40 ms) arrives.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QHttpServerResponder r = makeResponder(request, socket);

    // The kiosk is whoever the county CA's certificate says it is; nothing in the request can change that.
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    const QSslCertificate peer = ssl ? ssl->peerCertificate() : QSslCertificate();
    const QStringList cns = peer.isNull() ? QStringList() : peer.subjectInfo(QSslCertificate::CommonName);
    const QString kioskId = cns.isEmpty() ? QString() : cns.first();
    if (kioskId.isEmpty()) {
        sendError(r, Status::Unauthorized, QStringLiteral("client_certificate_required"),
                  QStringLiteral("a client certificate issued by the county CA is required"));
        return true;
    }

    const QString path = request.url().path();
    const auto method = request.method();
    const QString api = QStringLiteral("/api/v1/");
    if (!path.startsWith(api)) {
        sendError(r, Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such endpoint: %1").arg(path));
        return true;
    }
    const QString rest = path.mid(api.size());

    if (rest == QLatin1String("info") && method == QHttpServerRequest::Method::Get) {
        sendJson(r, QJsonObject{{QStringLiteral("protocol"), 1},
                                {QStringLiteral("server"), QStringLiteral("bianmin-county/%1").arg(QStringLiteral(BIANMIN_VERSION))},
                                {QStringLiteral("max_batch"), m_options.maxBatch},
                                {QStringLiteral("max_blob_bytes"), static_cast<double>(m_options.maxBlobBytes)},
                                {QStringLiteral("kiosk_id"), kioskId},
                                {QStringLiteral("time"), toRfc3339(SystemClock().now())}});
        return true;
    }

    if (rest.startsWith(QLatin1String("blobs/"))) {
        const QString sha = rest.mid(6);
        if (!isSha256Hex(sha)) {
            sendError(r, Status::BadRequest, QStringLiteral("bad_hash"),
                      QStringLiteral("a blob is named by 64 lowercase hex digits of its SHA-256"));
            return true;
        }
        if (method == QHttpServerRequest::Method::Head) {
            r.write(m_store.hasBlob(kioskId, sha) ? Status::Ok : Status::NotFound);
            return true;
        }
        if (method == QHttpServerRequest::Method::Put) {
            const QByteArray body = request.body();
            if (body.size() > m_options.maxBlobBytes) {
                sendError(r, Status::PayloadTooLarge, QStringLiteral("blob_too_large"),
                          QStringLiteral("%1 bytes is more than max_blob_bytes (%2)").arg(body.size()).arg(m_options.maxBlobBytes));
                return true;
            }
            const QString actual = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
            if (actual != sha) {
                sendError(r, Status::BadRequest, QStringLiteral("hash_mismatch"),
                          QStringLiteral("the bytes hash to %1, not %2").arg(actual, sha));
                return true;
            }
            auto stored = m_store.putBlob(kioskId, sha, body);
            if (!stored) {
                sendError(r, Status::ServiceUnavailable, QStringLiteral("storage"), stored.error().message,
                          m_options.retryAfterSeconds);
                return true;
            }
            r.write(*stored ? Status::Created : Status::Ok);
            return true;
        }
        sendError(r, Status::MethodNotAllowed, QStringLiteral("method"), QStringLiteral("blobs take HEAD or PUT"));
        return true;
    }

    if (rest == QLatin1String("cases/batch") && method == QHttpServerRequest::Method::Post) {
        QString fault;
        if (!m_options.faults.isEmpty())
            fault = m_options.faults.takeFirst();
        if (fault == QLatin1String("503") || fault == QLatin1String("429")) {
            sendError(r, fault == QLatin1String("503") ? Status::ServiceUnavailable : Status::TooManyRequests,
                      QStringLiteral("busy"), QStringLiteral("injected fault: try again later"),
                      m_options.retryAfterSeconds);
            return true;
        }
        const std::optional<QList<SentCase>> cases = readBatch(request.body());
        if (!cases) {
            sendError(r, Status::BadRequest, QStringLiteral("bad_request"),
                      QStringLiteral("the body must be {\"cases\": [envelope, ...]}"));
            return true;
        }
        if (cases->size() > m_options.maxBatch) {
            sendError(r, Status::PayloadTooLarge, QStringLiteral("batch_too_large"),
                      QStringLiteral("at most %1 cases per batch").arg(m_options.maxBatch));
            return true;
        }
        // RFC 7240: a preference the server does not know is ignored, so a kiosk may always ask.
        const bool statusInResults = !m_options.plainV1 && prefers(request, "status-in-results");
        auto results = m_store.storeBatch(kioskId, *cases, statusInResults);
        if (!results) {
            sendError(r, Status::ServiceUnavailable, QStringLiteral("storage"), results.error().message,
                      m_options.retryAfterSeconds);
            return true;
        }
        if (fault == QLatin1String("500")) {
            sendError(r, Status::InternalServerError, QStringLiteral("internal"),
                      QStringLiteral("injected fault after storing the batch"));
            return true;
        }
        if (fault == QLatin1String("slow"))
            QThread::msleep(static_cast<unsigned long>(m_options.faultDelayMs)); // tests only: outlast the client's timeout
        const QByteArray &answer = *results;
        if (statusInResults)
            r.write(answer, {{"Content-Type", kJson}, {"Preference-Applied", "status-in-results"}}, Status::Ok);
        else
            r.write(answer, {{"Content-Type", kJson}}, Status::Ok);
        // Out now, not when the event loop next runs: another batch from this kiosk may be waiting to be
        // stored, and the kiosk marks this one (and sends the next) while the county works on that.
        socket->flush();
        return true;
    }

    if (rest == QLatin1String("updates") && method == QHttpServerRequest::Method::Get) {
        const QUrlQuery query(request.url());
        bool ok = true;
        const QString afterText = query.queryItemValue(QStringLiteral("after"));
        const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
        int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        if (!ok || after < 0) {
            sendError(r, Status::BadRequest, QStringLiteral("bad_cursor"), QStringLiteral("unknown cursor \"%1\"").arg(afterText));
            return true;
        }
        limit = limit <= 0 ? 100 : qMin(limit, 1000);
        auto page = m_store.updates(kioskId, after, limit);
        if (!page) {
            sendError(r, Status::ServiceUnavailable, QStringLiteral("storage"), page.error().message, m_options.retryAfterSeconds);
            return true;
        }
        sendJson(r, *page);
        return true;
    }

    if (rest == QLatin1String("catalogue") && method == QHttpServerRequest::Method::Get) {
        const int since = QUrlQuery(request.url()).queryItemValue(QStringLiteral("since")).toInt();
        const auto catalogue = m_store.latestCatalogue();
        const int version = catalogue ? catalogue->value(QLatin1String("version")).toInt() : 0;
        if (version <= since) {
            r.write(Status::NotModified);
            return true;
        }
        sendJson(r, *catalogue);
        return true;
    }

    sendError(r, Status::NotFound, QStringLiteral("not_found"),
              QStringLiteral("no such endpoint: %1 %2").arg(QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method))), path));
    return true;
}

void CountyServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder r = makeResponder(request, socket);
    sendError(r, Status::NotFound, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

} // namespace bianmin::county
