// bianmin-bench-tlsfloor: the physical floor for syncing cases with attachments (../shared/anchors/README.md):
// the same bytes — per case one ~2.3 KB case document and one 20 KB attachment — sent over mutual TLS on
// 127.0.0.1, one request and one answer per blob, the receiver writing each blob to its own file with one
// fsync before it answers. No HTTP, no JSON, no database, no hashing: what any sync of these bytes costs at
// least on this machine. Compare `bianmin bench sync` (batched_with_attachments) with it in the same run.
//
//   bianmin-bench-tlsfloor [--cases N] [--attachment-bytes B] [--case-bytes C]
#include "countyca.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace bianmin;

namespace {

QSslConfiguration tlsConfig(const QString &dir, const QString &certBase, QSslSocket::PeerVerifyMode verify)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(dir + QStringLiteral("/ca.pem")));
    config.setLocalCertificate(QSslCertificate::fromPath(dir + QLatin1Char('/') + certBase + QStringLiteral(".pem")).value(0));
    QFile keyFile(dir + QLatin1Char('/') + certBase + QStringLiteral(".key"));
    if (keyFile.open(QIODevice::ReadOnly))
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    config.setPeerVerifyMode(verify);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

bool readExactly(QSslSocket &socket, char *into, qint64 size)
{
    qint64 got = 0;
    while (got < size) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(10000))
            return false;
        const qint64 n = socket.read(into + got, size - got);
        if (n < 0)
            return false;
        got += n;
    }
    return true;
}

// Keeps the accepted socket's descriptor for a QSslSocket instead of wrapping it in a QTcpSocket.
class DescriptorServer : public QTcpServer
{
public:
    qintptr accepted = -1;

protected:
    void incomingConnection(qintptr descriptor) override { accepted = descriptor; }
};

// The receiving side: one mutual-TLS connection; every blob (4-byte big-endian length, then the bytes) goes
// to its own file, fsync'd, then a one-byte answer.
class Receiver : public QThread
{
public:
    Receiver(QString pki, QString storeDir) : m_pki(std::move(pki)), m_storeDir(std::move(storeDir)) {}
    quint16 port = 0;
    QString error;
    qint64 received = 0;
    DescriptorServer *server = nullptr;

    void listen()
    {
        server = new DescriptorServer;
        server->listen(QHostAddress::LocalHost, 0);
        port = server->serverPort();
        server->moveToThread(this);
    }

protected:
    void run() override
    {
        if (!server->waitForNewConnection(30000) || server->accepted < 0) {
            error = QStringLiteral("no connection");
            return;
        }
        QSslSocket socket;
        socket.setSslConfiguration(tlsConfig(m_pki, QStringLiteral("server"), QSslSocket::VerifyPeer));
        socket.setSocketDescriptor(server->accepted);
        socket.startServerEncryption();
        if (!socket.waitForEncrypted(10000)) {
            error = QStringLiteral("server handshake: ") + socket.errorString();
            return;
        }
        QByteArray blob;
        for (int n = 0;; ++n) {
            uchar header[4];
            if (!readExactly(socket, reinterpret_cast<char *>(header), 4))
                break; // the sender closed: done
            const quint32 size = (quint32(header[0]) << 24) | (quint32(header[1]) << 16) | (quint32(header[2]) << 8) | header[3];
            if (size == 0)
                break;
            blob.resize(size);
            if (!readExactly(socket, blob.data(), size)) {
                error = QStringLiteral("short blob");
                return;
            }
            const QByteArray path = (m_storeDir + QStringLiteral("/%1").arg(n)).toLocal8Bit();
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0 || ::write(fd, blob.constData(), size) != qint64(size) || ::fsync(fd) != 0) {
                error = QStringLiteral("cannot store %1").arg(QString::fromLocal8Bit(path));
                return;
            }
            ::close(fd);
            received += size;
            socket.write("k", 1);
            socket.flush();
        }
        socket.disconnectFromHost();
        delete server;
    }

private:
    QString m_pki;
    QString m_storeDir;
};

bool sendBlob(QSslSocket &socket, const QByteArray &blob)
{
    const quint32 size = quint32(blob.size());
    const char header[4] = {char(size >> 24), char(size >> 16), char(size >> 8), char(size)};
    socket.write(header, 4);
    socket.write(blob);
    char answer = 0;
    return readExactly(socket, &answer, 1) && answer == 'k';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : fallback;
    };
    const int cases = option(QStringLiteral("--cases"), 10000);
    const int attachmentBytes = option(QStringLiteral("--attachment-bytes"), 20480);
    const int caseBytes = option(QStringLiteral("--case-bytes"), 2300);

    QTemporaryDir dir;
    const QString pki = dir.filePath(QStringLiteral("pki"));
    const QString store = dir.filePath(QStringLiteral("blobs"));
    QDir().mkpath(store);
    if (!county::CountyCa::init(pki, QStringLiteral("Bench CA")) || !county::CountyCa::issueServer(pki, QStringLiteral("127.0.0.1"))
        || !county::CountyCa::issueKiosk(pki, QStringLiteral("bench-kiosk"))) {
        std::fprintf(stderr, "cannot create certificates in %s\n", qPrintable(pki));
        return 1;
    }

    Receiver receiver(pki, store);
    receiver.listen();
    receiver.start();

    QSslSocket socket;
    socket.setSslConfiguration(tlsConfig(pki, QStringLiteral("kiosk-bench-kiosk"), QSslSocket::VerifyPeer));
    socket.setPeerVerifyName(QStringLiteral("127.0.0.1"));
    QElapsedTimer timer;
    timer.start();
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), receiver.port);
    if (!socket.waitForEncrypted(10000)) {
        std::fprintf(stderr, "client handshake: %s\n", qPrintable(socket.errorString()));
        return 1;
    }
    const QByteArray caseDocument(caseBytes, 'c');
    const QByteArray attachment(attachmentBytes, 'a');
    for (int i = 0; i < cases; ++i) {
        if (!sendBlob(socket, caseDocument) || !sendBlob(socket, attachment)) {
            std::fprintf(stderr, "transfer stopped at case %d: %s\n", i, qPrintable(receiver.error));
            return 1;
        }
    }
    socket.write(QByteArray(4, '\0'));
    socket.flush();
    const double seconds = timer.nsecsElapsed() / 1e9;
    receiver.wait(30000);
    if (!receiver.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(receiver.error));
        return 1;
    }
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    const double cpu = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    const double megabytes = receiver.received / 1e6;
    QTextStream out(stdout);
    out << QStringLiteral("mutual-TLS floor on 127.0.0.1: %1 cases x (%2 B case + %3 B attachment), one request and one fsync per blob\n")
               .arg(cases).arg(caseBytes).arg(attachmentBytes);
    out << QStringLiteral("  %1 s   %2 cases/s   %3 MB/s   %4 fsyncs/s   CPU %5 s (both sides)\n")
               .arg(seconds, 0, 'f', 2)
               .arg(cases / seconds, 0, 'f', 0)
               .arg(megabytes / seconds, 0, 'f', 1)
               .arg(2 * cases / seconds, 0, 'f', 0)
               .arg(cpu, 0, 'f', 2);
    return 0;
}
