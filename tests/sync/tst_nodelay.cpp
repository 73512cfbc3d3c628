// disableNagleOnConnectionsTo: the kiosk's own connections to the county's port get TCP_NODELAY, nothing else.
#include "sync/nodelay.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace {

bool noDelay(const QAbstractSocket &socket)
{
    int on = 0;
    socklen_t length = sizeof on;
    return getsockopt(static_cast<int>(socket.socketDescriptor()), IPPROTO_TCP, TCP_NODELAY, &on, &length) == 0 && on;
}

} // namespace

class TestNoDelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyConnectionsToThatPortChange()
    {
        QTcpServer county;
        QTcpServer elsewhere;
        QVERIFY(county.listen(QHostAddress::LocalHost));
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
        QTcpSocket first;
        QTcpSocket second;
        QTcpSocket other;
        first.connectToHost(QHostAddress::LocalHost, county.serverPort());
        second.connectToHost(QHostAddress::LocalHost, county.serverPort());
        other.connectToHost(QHostAddress::LocalHost, elsewhere.serverPort());
        QVERIFY(first.waitForConnected(5000));
        QVERIFY(second.waitForConnected(5000));
        QVERIFY(other.waitForConnected(5000));
        QVERIFY(county.waitForNewConnection(5000));
        QTcpSocket *accepted = county.nextPendingConnection();
        QVERIFY(accepted);
        QVERIFY(!noDelay(first)); // Linux's default, as Qt Network's HTTP client leaves it
        QVERIFY(!noDelay(*accepted));

        QCOMPARE(bianmin::disableNagleOnConnectionsTo(county.serverPort()), 2);
        QVERIFY(noDelay(first));
        QVERIFY(noDelay(second));
        QVERIFY(!noDelay(other));     // another peer's port
        QVERIFY(!noDelay(*accepted)); // the server's end: its peer port is the client's, not the county's

        // Already done: nothing changes the second time, and the connections still carry data.
        QCOMPARE(bianmin::disableNagleOnConnectionsTo(county.serverPort()), 0);
        QCOMPARE(first.write("ping"), 4);
        QVERIFY(first.waitForBytesWritten(5000));
        QVERIFY(accepted->waitForReadyRead(5000));
        QCOMPARE(accepted->readAll(), QByteArray("ping"));
    }

    void noConnectionsNothingChanges()
    {
        QTcpServer idle;
        QVERIFY(idle.listen(QHostAddress::LocalHost));
        QCOMPARE(bianmin::disableNagleOnConnectionsTo(idle.serverPort()), 0);
    }
};

QTEST_GUILESS_MAIN(TestNoDelay)
#include "tst_nodelay.moc"
