// Sending receipts to thermal printers and hearing their faults: a fake network printer on 127.0.0.1 that
// answers DLE EOT like a real one, a serial printer on a real pty, a USB-style device path, and the printer
// URIs of the CLI contract.
#include "fakeprinter.h"
#include "printing/escposreceipt.h"
#include "printing/printerlink.h"
#include "receiptfixture.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace bianmin;

namespace {

QByteArray receiptBytes()
{
    return escPosReceipt(fixture::receipt(), PaperWidth::Mm58);
}

PrinterUri tcp(quint16 port)
{
    return PrinterUri::parse(QStringLiteral("tcp://127.0.0.1:%1").arg(port)).value();
}

/** A serial printer on the master side of a pty: records bytes, answers status queries with `status`. */
class PtyPrinter
{
public:
    explicit PtyPrinter(char paperSensor)
    {
        char name[256] = {};
        termios raw = {};
        cfmakeraw(&raw);
        if (openpty(&m_master, &m_slave, name, &raw, nullptr) == 0)
            m_path = QString::fromLocal8Bit(name);
        m_thread = std::thread([this, paperSensor] {
            QByteArray pending;
            while (!m_stop) {
                pollfd pfd{m_master, POLLIN, 0};
                if (::poll(&pfd, 1, 20) <= 0)
                    continue;
                char buf[512];
                const ssize_t n = ::read(m_master, buf, sizeof buf);
                if (n <= 0)
                    continue;
                pending.append(buf, n);
                qsizetype i = 0;
                for (; i < pending.size(); ++i) {
                    if (pending.at(i) == 0x10 && i + 2 < pending.size() && pending.at(i + 1) == 0x04) {
                        const char n2 = pending.at(i + 2);
                        const char reply = n2 == 4 ? paperSensor : n2 == 2 && paperSensor != 0x12 ? char(0x32) : char(0x12);
                        [[maybe_unused]] ssize_t w = ::write(m_master, &reply, 1);
                        i += 2;
                    } else if (pending.at(i) == 0x10 && i + 2 >= pending.size()) {
                        break;
                    } else {
                        std::lock_guard lock(m_lock);
                        m_received += pending.at(i);
                    }
                }
                pending.remove(0, i);
            }
        });
    }
    ~PtyPrinter()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_master);
        ::close(m_slave);
    }
    QString path() const { return m_path; }
    QByteArray received(qsizetype atLeast)
    {
        for (int i = 0; i < 250; ++i) {
            {
                std::lock_guard lock(m_lock);
                if (m_received.size() >= atLeast)
                    return m_received;
            }
            QThread::msleep(20);
        }
        std::lock_guard lock(m_lock);
        return m_received;
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_path;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    std::mutex m_lock;
    QByteArray m_received;
};

} // namespace

class TestPrinterLink : public QObject
{
    Q_OBJECT
private slots:
    void uris_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("usb") << QStringLiteral("usb:/dev/usb/lp0") << QStringLiteral("usb:/dev/usb/lp0");
        QTest::newRow("device path") << QStringLiteral("/dev/usb/lp1") << QStringLiteral("usb:/dev/usb/lp1");
        QTest::newRow("tcp url") << QStringLiteral("tcp://192.168.1.50:9100") << QStringLiteral("tcp://192.168.1.50:9100");
        QTest::newRow("tcp default port") << QStringLiteral("tcp://printer.local") << QStringLiteral("tcp://printer.local:9100");
        QTest::newRow("host:port") << QStringLiteral("192.168.1.50:9100") << QStringLiteral("tcp://192.168.1.50:9100");
        QTest::newRow("serial") << QStringLiteral("serial:/dev/ttyUSB0") << QStringLiteral("serial:/dev/ttyUSB0?baud=9600");
        QTest::newRow("serial baud") << QStringLiteral("serial:/dev/ttyS1?baud=115200") << QStringLiteral("serial:/dev/ttyS1?baud=115200");
        QTest::newRow("cups") << QStringLiteral("cups:Office_A4") << QStringLiteral("cups:Office_A4");
    }
    void uris()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        auto uri = PrinterUri::parse(text);
        QVERIFY2(uri.ok(), qPrintable(text));
        QCOMPARE(uri->toString(), normalized);
    }

    void badUris_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("bare host") << QStringLiteral("printer");
        QTest::newRow("relative usb") << QStringLiteral("usb:lp0");
        QTest::newRow("cups without name") << QStringLiteral("cups:");
        QTest::newRow("serial bad baud") << QStringLiteral("serial:/dev/ttyS0?baud=fast");
        QTest::newRow("http") << QStringLiteral("http://printer/x");
    }
    void badUris()
    {
        QFETCH(QString, text);
        auto uri = PrinterUri::parse(text);
        QVERIFY(!uri.ok());
        QCOMPARE(uri.error().code, QStringLiteral("printer.bad_uri"));
    }

    void statusBytes()
    {
        QVERIFY(!PrinterStatus::decode(0, 0, 0).answered); // fixed bits missing: not a status answer
        const PrinterStatus ok = PrinterStatus::decode(0x12, 0x12, 0x12);
        QVERIFY(ok.answered);
        QVERIFY(ok.fault().ok());
        QCOMPARE(PrinterStatus::decode(0x1a, 0x16, 0x12).fault().error().code, QStringLiteral("printer.cover_open"));
        QCOMPARE(PrinterStatus::decode(0x1a, 0x32, 0x72).fault().error().code, QStringLiteral("printer.paper_out"));
        QCOMPARE(PrinterStatus::decode(0x1a, 0x12, 0x12).fault().error().code, QStringLiteral("printer.offline"));
        QCOMPARE(PrinterStatus::decode(0x1a, 0x52, 0x12).fault().error().code, QStringLiteral("printer.error"));
        QVERIFY(PrinterStatus::decode(0x12, 0x12, 0x1e).paperNearEnd);
    }

    void printsOnANetworkPrinter()
    {
        FakePrinter printer;
        const QByteArray bytes = receiptBytes();
        auto outcome = sendToPrinter(tcp(printer.port()), bytes);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome->statusKnown);
        QVERIFY(!outcome->paperNearEnd);
        QCOMPARE(printer.received(bytes.size(), 5000), bytes);
        QCOMPARE(printer.statusQueries(), 6); // DLE EOT 1, 2, 4 before and after
    }

    void faults_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("paper out") << int(FakePrinter::State::PaperOut) << QStringLiteral("printer.paper_out")
                                   << QStringLiteral("缺纸") << QStringLiteral("out of paper");
        QTest::newRow("cover open") << int(FakePrinter::State::CoverOpen) << QStringLiteral("printer.cover_open")
                                    << QStringLiteral("纸仓盖未合上") << QStringLiteral("cover is open");
        QTest::newRow("offline") << int(FakePrinter::State::Offline) << QStringLiteral("printer.offline")
                                 << QStringLiteral("离线") << QStringLiteral("offline");
    }
    void faults()
    {
        QFETCH(int, state);
        QFETCH(QString, code);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        FakePrinter printer;
        printer.setState(FakePrinter::State(state));
        auto outcome = sendToPrinter(tcp(printer.port()), receiptBytes());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, code);
        QVERIFY2(outcome.error().message.contains(zh) && outcome.error().message.contains(en),
                 qPrintable(outcome.error().message));
        QVERIFY(outcome.error().message.contains(QStringLiteral("print again"))
                || outcome.error().message.contains(QStringLiteral("check")));
        // Nothing of the receipt was sent into a printer that cannot print it.
        QCOMPARE(printer.received(1, 200), QByteArray());

        // Fixed: the same receipt prints on the next try.
        printer.setState(FakePrinter::State::Ready);
        const QByteArray bytes = receiptBytes();
        QVERIFY(sendToPrinter(tcp(printer.port()), bytes).ok());
        QCOMPARE(printer.received(bytes.size(), 5000), bytes);
    }

    void paperNearEndIsAWarningOnly()
    {
        FakePrinter printer;
        printer.setState(FakePrinter::State::PaperNearEnd);
        auto outcome = sendToPrinter(tcp(printer.port()), receiptBytes());
        QVERIFY(outcome.ok());
        QVERIFY(outcome->paperNearEnd);
    }

    void paperRunsOutDuringTheReceipt()
    {
        FakePrinter printer;
        printer.setPaperRunsOutAfter(200);
        auto outcome = sendToPrinter(tcp(printer.port()), receiptBytes());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("printer.paper_out"));
    }

    void silentPrinterStillPrints()
    {
        FakePrinter printer;
        printer.setSilent(true);
        const QByteArray bytes = receiptBytes();
        PrintTimeouts t;
        t.statusMs = 200;
        auto outcome = sendToPrinter(tcp(printer.port()), bytes, t);
        QVERIFY(outcome.ok());
        QVERIFY(!outcome->statusKnown);
        QCOMPARE(printer.received(bytes.size(), 5000), bytes);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and now has no listener
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        auto outcome = sendToPrinter(tcp(port), receiptBytes());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("printer.refused"));
        QVERIFY(outcome.error().message.contains(QStringLiteral("无法连接打印机")));
    }

    void serialPrinterOnAPty()
    {
        PtyPrinter printer(0x12);
        QVERIFY(!printer.path().isEmpty());
        const QByteArray bytes = receiptBytes();
        auto outcome = sendToPrinter(PrinterUri::parse(QStringLiteral("serial:") + printer.path()).value(), bytes);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
        QVERIFY(outcome->statusKnown);
        QCOMPARE(printer.received(bytes.size()), bytes);
    }

    void serialPrinterOutOfPaper()
    {
        PtyPrinter printer(0x72);
        auto outcome = sendToPrinter(PrinterUri::parse(QStringLiteral("serial:") + printer.path()).value(), receiptBytes());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("printer.paper_out"));
    }

    void devicePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lp0"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QByteArray bytes = receiptBytes();
        QVERIFY(sendToPrinter(PrinterUri::parse(QStringLiteral("usb:") + path).value(), bytes).ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void unpluggedUsbPrinter()
    {
        auto outcome = sendToPrinter(PrinterUri::parse(QStringLiteral("/dev/usb/lp97")).value(), receiptBytes());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("printer.not_found"));
        QVERIFY(!QFile::exists(QStringLiteral("/dev/usb/lp97"))); // never created as a plain file
    }
};

QTEST_GUILESS_MAIN(TestPrinterLink)
#include "tst_printerlink.moc"
