// Shared pieces of the sync tests: certificates made by the county CA code, real bianmin-county processes,
// kiosk data directories with queued cases, and a TCP proxy that cuts connections at random byte offsets.
#pragma once

#include "countyca.h"
#include "store/datastore.h"
#include "sync/syncclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <memory>

namespace synctest {

using namespace bianmin;

inline QString countyBinary() { return QStringLiteral(BIANMIN_COUNTY); }

/** A county CA with a server certificate for 127.0.0.1 and kiosk certificates. */
struct Pki
{
    QString dir;
    QString caPem() const { return dir + QStringLiteral("/ca.pem"); }
    QString serverPem() const { return dir + QStringLiteral("/server.pem"); }
    QString serverKey() const { return dir + QStringLiteral("/server.key"); }
    QString kioskPem(const QString &id) const { return dir + QStringLiteral("/kiosk-%1.pem").arg(id); }
    QString kioskKey(const QString &id) const { return dir + QStringLiteral("/kiosk-%1.key").arg(id); }

    static Pki make(const QString &dir, const QStringList &kiosks)
    {
        Pki pki{dir};
        auto ca = county::CountyCa::init(dir, QStringLiteral("Test County CA"));
        if (!ca)
            qFatal("CA: %s", qPrintable(ca.error().message));
        auto server = county::CountyCa::issueServer(dir, QStringLiteral("127.0.0.1"));
        if (!server)
            qFatal("server cert: %s", qPrintable(server.error().message));
        for (const QString &k : kiosks) {
            auto kiosk = county::CountyCa::issueKiosk(dir, k);
            if (!kiosk)
                qFatal("kiosk cert: %s", qPrintable(kiosk.error().message));
        }
        return pki;
    }
};

/** A real `bianmin-county serve` process. */
class County
{
public:
    County(QString dbPath, Pki pki, QStringList extraArgs = {})
        : m_db(std::move(dbPath)), m_pki(std::move(pki)), m_extra(std::move(extraArgs))
    {
    }
    ~County() { kill(); }

    /** Starts on `port` (0: any) and waits for the "listening on" line; returns the port or 0. */
    quint16 start(quint16 port = 0, const QStringList &faults = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--db"), m_db, QStringLiteral("--cert"), m_pki.serverPem(),
                         QStringLiteral("--key"), m_pki.serverKey(), QStringLiteral("--client-ca"), m_pki.caPem()};
        args += m_extra;
        args += faults;
        m_process->start(countyBinary(), args);
        if (!m_process->waitForStarted(5000))
            return 0;
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (!out.contains('\n') && t.elapsed() < 10000) {
            if (!m_process->waitForReadyRead(200) && m_process->state() != QProcess::Running)
                break;
            out += m_process->readAllStandardOutput();
        }
        const qsizetype colon = out.lastIndexOf(':');
        m_port = colon > 0 ? static_cast<quint16>(out.mid(colon + 1).trimmed().toUInt()) : 0;
        if (!m_port)
            qWarning("county did not start: %s %s", out.constData(), m_process->readAllStandardError().constData());
        return m_port;
    }
    /** SIGKILL: no goodbye, no flush beyond what SQLite already committed. */
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
            m_process->waitForFinished(5000);
        }
        m_process.reset();
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString db() const { return m_db; }

    /** `bianmin-county cases export` as parsed JSON lines. */
    QList<QJsonObject> exportCases() const { return exportCases(m_db); }
    static QList<QJsonObject> exportCases(const QString &db)
    {
        QProcess p;
        p.start(countyBinary(), {QStringLiteral("cases"), QStringLiteral("export"), QStringLiteral("--db"), db,
                                 QStringLiteral("--json")});
        p.waitForFinished(30000);
        QList<QJsonObject> rows;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                rows.append(QJsonDocument::fromJson(line).object());
        }
        return rows;
    }
    static int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(countyBinary(), args);
        p.waitForFinished(30000);
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private:
    QString m_db;
    Pki m_pki;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

/** A fresh kiosk data directory configured to sync with `url`. */
inline std::unique_ptr<DataStore> makeKiosk(const QString &dir, const QString &kioskId, const Pki &pki,
                                            const QString &url, const Clock &clock, const QString &pin = {})
{
    if (Status s = DataStore::initialize(DataDir(dir)); !s)
        qFatal("init: %s", qPrintable(s.error().message));
    {
        auto config = Config::load(DataDir(dir).configPath());
        config->setValue(QStringLiteral("kiosk.id"), kioskId);
        config->setValue(QStringLiteral("county.url"), url);
        config->setValue(QStringLiteral("county.ca"), pki.caPem());
        config->setValue(QStringLiteral("kiosk.cert"), pki.kioskPem(kioskId));
        config->setValue(QStringLiteral("kiosk.key"), pki.kioskKey(kioskId));
        if (!pin.isEmpty())
            config->setValue(QStringLiteral("county.pin"), pin);
        (void)config->save(DataDir(dir).configPath());
    }
    auto store = DataStore::open(DataDir(dir), clock);
    if (!store)
        qFatal("open: %s", qPrintable(store.error().message));
    return std::move(*store);
}

inline void setCountyUrl(DataStore &store, const QString &url)
{
    store.config().setValue(QStringLiteral("county.url"), url);
    (void)store.saveConfig();
}

/** A realistic case of about 2 KB (Chinese text), optionally with one attachment of `attachmentBytes`. */
inline CaseRecord sampleCase(int n, DataStore &store, int attachmentBytes = 0)
{
    CaseRecord c;
    c.serviceId = QStringLiteral("medical-insurance-enrolment");
    c.formVersion = 3;
    c.applicant.name = QStringLiteral("张三%1").arg(n);
    c.applicant.idNumber = QStringLiteral("11010519491231002X");
    c.applicant.phone = QStringLiteral("1380000%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    c.applicant.address = QStringLiteral("重庆市石柱土家族自治县华天村%1组").arg(n % 12);
    QJsonObject fields;
    fields.insert(QStringLiteral("household_size"), 1 + n % 6);
    fields.insert(QStringLiteral("reason"), QStringLiteral("本人申请参加城乡居民基本医疗保险，家庭成员情况如下。").repeated(18));
    fields.insert(QStringLiteral("bank"), QStringLiteral("重庆农村商业银行"));
    c.fields = fields;
    if (attachmentBytes > 0) {
        QByteArray bytes(attachmentBytes, Qt::Uninitialized);
        QRandomGenerator gen(static_cast<quint32>(n) * 2654435761u + 17);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(gen.generate() & 0xff);
        auto sha = store.blobs().put(bytes, QStringLiteral("image/jpeg"));
        if (!sha)
            qFatal("blob: %s", qPrintable(sha.error().message));
        c.attachments.append(Attachment{*sha, QStringLiteral("document"), QStringLiteral("image/jpeg"), bytes.size()});
    }
    return c;
}

inline QStringList queueCases(DataStore &store, int count, int attachmentBytes = 0)
{
    static int serial = 0; // every case gets its own attachment bytes
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        auto stored = store.cases().submit(sampleCase(serial++, store, attachmentBytes), CaseState::Queued,
                                           QStringLiteral("clerk-1"));
        if (!stored)
            qFatal("submit: %s", qPrintable(stored.error().message));
        ids << stored->id;
    }
    return ids;
}

/** Runs one pass and returns its report. */
inline SyncReport runPass(SyncClient &client, int timeoutMs = 60000)
{
    QSignalSpy spy(&client, &SyncClient::finished);
    client.start();
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        qFatal("sync pass did not finish within %d ms", timeoutMs);
    return spy.first().first().value<SyncReport>();
}

inline int countInState(DataStore &store, CaseState state)
{
    CaseFilter f;
    f.state = state;
    f.limit = 100000;
    auto list = store.cases().list(f);
    return list ? static_cast<int>(list->size()) : -1;
}

/** Forwards 127.0.0.1 connections to the county, cutting up to `cuts` of them at random byte offsets of the
 *  request (client -> server) or the response (server -> client). Seeded, so a failure can be replayed. */
class CuttingProxy : public QObject
{
    Q_OBJECT
public:
    CuttingProxy(quint16 upstreamPort, int cuts, quint32 seed) : m_upstream(upstreamPort), m_cutsLeft(cuts), m_rng(seed)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &CuttingProxy::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int cutsMade() const { return m_cutsMade; } ///< connections actually cut
    int cutsLeft() const { return m_cutsLeft; }

private:
    void accept()
    {
        while (QTcpSocket *down = m_server.nextPendingConnection()) {
            auto *up = new QTcpSocket(down);
            // Decide now whether and where this connection dies.
            qint64 cutUpAt = -1, cutDownAt = -1;
            if (m_cutsLeft > 0) {
                --m_cutsLeft;
                if (m_rng.bounded(2) == 0)
                    cutUpAt = m_rng.bounded(6000);   // inside the handshake or the request
                else
                    cutDownAt = m_rng.bounded(4000); // inside the handshake or the response
            }
            auto sentUp = std::make_shared<qint64>(0), sentDown = std::make_shared<qint64>(0);
            QPointer<QTcpSocket> downPtr(down);
            auto cut = [this, downPtr, up] {
                ++m_cutsMade;
                up->abort();
                if (downPtr) {
                    downPtr->abort();
                    downPtr->deleteLater();
                }
            };
            auto pump = [](QTcpSocket *from, QTcpSocket *to, std::shared_ptr<qint64> sent, qint64 cutAt,
                           std::function<void()> onCut) {
                QByteArray data = from->readAll();
                if (cutAt >= 0 && *sent + data.size() > cutAt) {
                    to->write(data.left(cutAt - *sent));
                    to->flush();
                    onCut();
                    return;
                }
                *sent += data.size();
                to->write(data);
            };
            connect(down, &QTcpSocket::readyRead, up, [=] {
                if (up->state() == QAbstractSocket::ConnectedState)
                    pump(down, up, sentUp, cutUpAt, cut);
            });
            connect(up, &QTcpSocket::connected, down, [=] { pump(down, up, sentUp, cutUpAt, cut); });
            connect(up, &QTcpSocket::readyRead, down, [=] { pump(up, down, sentDown, cutDownAt, cut); });
            connect(up, &QTcpSocket::disconnected, down, [downPtr] {
                if (downPtr)
                    downPtr->disconnectFromHost();
            });
            connect(down, &QTcpSocket::disconnected, down, [down, up] {
                up->disconnectFromHost();
                down->deleteLater();
            });
            up->connectToHost(QHostAddress::LocalHost, m_upstream);
        }
    }

    QTcpServer m_server;
    quint16 m_upstream;
    int m_cutsLeft;
    int m_cutsMade = 0;
    QRandomGenerator m_rng;
};

} // namespace synctest
