// The reference county platform's HTTPS endpoint (PROTOCOL.md) on Qt HttpServer: mutual TLS against the
// county CA, the kiosk id taken only from the client certificate's CN, JSON errors, and optional fault
// injection that the sync tests use to prove delivery stays exactly-once.
#pragma once

#include "countystore.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>

#include <QList>

namespace bianmin::county {

struct ServerOptions
{
    int maxBatch = 500;
    qint64 maxBlobBytes = 16 * 1024 * 1024;
    /** Test-only faults, consumed one per POST /cases/batch in order: "500" (the batch is stored, then 500 is
     *  answered), "503"/"429" (refused before storing, with Retry-After), "slow" (stored, then the answer is
     *  held for faultDelayMs), "ok". After the list runs out, every batch is served normally. */
    QStringList faults;
    int retryAfterSeconds = 1;
    /** Serve protocol 1 without this server's extensions (no `Prefer: status-in-results`), the way another
     *  county's platform may: tests that the kiosk still works against such a county. */
    bool plainV1 = false;
    int faultDelayMs = 3000;
};

class CountyServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    CountyServer(CountyStore &store, ServerOptions options, QObject *parent = nullptr);

    /** Loads the server certificate chain, key and the CA bundle that client certificates must chain to. */
    static Result<QSslConfiguration> tlsConfiguration(const QString &certPem, const QString &keyPem,
                                                      const QString &clientCaPem);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    CountyStore &m_store;
    ServerOptions m_options;
};

} // namespace bianmin::county
