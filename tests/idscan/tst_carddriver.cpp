// The reader driver against a real pseudo-terminal reader: it reads the right person, and every way a
// reader, a card or a cable misbehaves gives a clear error within its timeout, after which the same
// driver object reads again.
#include "idscan/cardreaderdriver.h"
#include "readeremulator.h"
#include "testcards.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace bianmin;
using namespace bianmin::idscan;
using Fault = ReaderEmulator::Fault;

class TestCardDriver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ReaderEmulator> m_reader;
    std::unique_ptr<CardReaderDriver> m_driver;

    static ReaderEmulator::Card wangCard()
    {
        return { testcards::residentText(testcards::wang()), testcards::photo() };
    }

    void expectWang(const Result<IdCardData> &card)
    {
        QVERIFY2(
            card.ok(), qPrintable(card.ok() ? QString() : card.error().code + u' ' + card.error().message));
        QCOMPARE(card->name, QStringLiteral("王小明"));
        QCOMPARE(card->idNumber, QStringLiteral("500242198001010032"));
        QCOMPARE(card->photo, testcards::photo());
    }

private slots:
    void init()
    {
        static int n = 0;
        // A unique name: QSerialPort's lock file is named after the device's base name.
        const QString link = m_dir.filePath(
            QStringLiteral("idreader-%1-%2").arg(QCoreApplication::applicationPid()).arg(++n));
        m_reader = std::make_unique<ReaderEmulator>(link);
        QVERIFY2(m_reader->plugIn(), qPrintable(m_reader->lastError()));
        ReaderSettings s;
        s.device = link;
        s.commandTimeoutMs = 700;
        s.readTimeoutMs = 1200;
        m_driver = std::make_unique<CardReaderDriver>(s);
    }
    void cleanup()
    {
        m_driver.reset();
        m_reader.reset();
    }

    void readsTheCard()
    {
        m_reader->setCard(wangCard());
        expectWang(m_driver->readCard());
        QCOMPARE(m_reader->badCommandsReceived(), 0); // our frames had right lengths and checksums
        QCOMPARE(m_reader->commandsReceived(), 3); // find, select, read
    }

    void noCard()
    {
        const auto r = m_driver->readCard();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("idscan.no_card"));
        QVERIFY(r.error().message.contains(QLatin1String("no card")));
    }

    void garbageAroundFrames()
    {
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::Garbage, 0, -1);
        expectWang(m_driver->readCard());
        expectWang(m_driver->readCard());
    }

    void partialFrames()
    {
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::Partial, 0, -1);
        expectWang(m_driver->readCard());
    }

    void badChecksumThenRecovers()
    {
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::BadChecksum, quint16(Command::ReadTextAndPhoto));
        const auto r = m_driver->readCard();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("idscan.checksum"));
        expectWang(m_driver->readCard());
    }

    void badLengthThenRecovers()
    {
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::BadLength, quint16(Command::FindCard));
        const auto r = m_driver->readCard();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("idscan.length"));
        expectWang(m_driver->readCard());
    }

    void stopsMidFrame()
    {
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::StopMidFrame, quint16(Command::ReadTextAndPhoto));
        QElapsedTimer t;
        t.start();
        const auto r = m_driver->readCard();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("idscan.timeout"));
        QVERIFY2(
            r.error().message.contains(QLatin1String("middle of a frame")), qPrintable(r.error().message));
        QVERIFY(t.elapsed() < 1200 + 1500);
        expectWang(m_driver->readCard());
    }

    void silentReader()
    {
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::Silent, 0, -1);
        QElapsedTimer t;
        t.start();
        const auto r = m_driver->readCard();
        QCOMPARE(r.error().code, QStringLiteral("idscan.timeout"));
        QVERIFY(r.error().message.contains(QLatin1String("did not answer")));
        QVERIFY(t.elapsed() >= 650 && t.elapsed() < 700 + 1500);
        m_reader->clearFaults();
        expectWang(m_driver->readCard());
    }

    void cardPulledDuringRead()
    {
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::CardPulled, quint16(Command::ReadTextAndPhoto));
        const auto r = m_driver->readCard();
        QCOMPARE(r.error().code, QStringLiteral("idscan.read_failed"));
        QVERIFY(r.error().message.contains(QLatin1String("taken away")));
        QCOMPARE(m_driver->readCard().error().code, QStringLiteral("idscan.no_card"));
        m_reader->setCard(wangCard()); // put back
        expectWang(m_driver->readCard());
    }

    void readerStatusCodes_data()
    {
        QTest::addColumn<int>("sw3");
        QTest::addColumn<QString>("code");
        QTest::newRow("select failed") << 0x81 << "idscan.select_failed";
        QTest::newRow("auth 31") << 0x31 << "idscan.auth_failed";
        QTest::newRow("auth 33") << 0x33 << "idscan.auth_failed";
        QTest::newRow("unknown card") << 0x40 << "idscan.unknown_card";
        QTest::newRow("self test") << 0x60 << "idscan.self_test_failed";
        QTest::newRow("not authorised") << 0x66 << "idscan.not_authorised";
        QTest::newRow("reader saw bad checksum") << 0x10 << "idscan.reader_checksum";
        QTest::newRow("reader saw bad length") << 0x11 << "idscan.reader_length";
        QTest::newRow("bad command") << 0x21 << "idscan.bad_command";
    }
    void readerStatusCodes()
    {
        QFETCH(int, sw3);
        QFETCH(QString, code);
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::Status, quint16(Command::SelectCard), 1, quint8(sw3));
        const auto r = m_driver->readCard();
        QCOMPARE(r.error().code, code);
        expectWang(m_driver->readCard());
    }

    void unplugAndReplug()
    {
        m_reader->setCard(wangCard());
        expectWang(m_driver->readCard());
        m_reader->unplug();
        const auto gone = m_driver->readCard();
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().code == QLatin1String("idscan.disconnected")
                || gone.error().code == QLatin1String("idscan.open"),
            qPrintable(gone.error().code + u' ' + gone.error().message));
        const auto stillGone = m_driver->readCard();
        QCOMPARE(stillGone.error().code, QStringLiteral("idscan.open"));
        QVERIFY(stillGone.error().message.contains(m_reader->path()));
        QVERIFY(m_reader->plugIn());
        m_reader->setCard(wangCard());
        expectWang(m_driver->readCard());
    }

    void unplugWhileWaitingForCard()
    {
        std::thread cable([this] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            m_reader->unplug();
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            m_reader->plugIn();
            m_reader->setCard(wangCard());
        });
        const auto r = m_driver->waitForCard(6000, 100);
        cable.join();
        expectWang(r);
    }

    void waitForCardRetriesTransientErrors()
    {
        m_reader->setCard(wangCard());
        m_reader->injectFault(Fault::BadChecksum, quint16(Command::ReadTextAndPhoto), 2);
        expectWang(m_driver->waitForCard(5000, 50));
    }

    void waitForCardTimesOutWithReason()
    {
        QElapsedTimer t;
        t.start();
        const auto r = m_driver->waitForCard(800, 100);
        QVERIFY(t.elapsed() < 800 + 700 + 500);
        QCOMPARE(r.error().code, QStringLiteral("idscan.no_card"));
        QVERIFY(r.error().message.contains(QLatin1String("no card on the reader")));
    }

    void foreignCardRefusedAtOnce()
    {
        m_reader->setCard(ReaderEmulator::Card { testcards::foreignPermanentText(), testcards::photo() });
        QElapsedTimer t;
        t.start();
        const auto r = m_driver->waitForCard(5000, 50);
        QCOMPARE(r.error().code, QStringLiteral("idscan.card_type"));
        QVERIFY(t.elapsed() < 2000);
    }

    void samStatusAndId()
    {
        const auto sam = m_driver->samStatus();
        QVERIFY(sam.ok());
        QCOMPARE(sam->status, QStringLiteral("ok"));
        QCOMPARE(sam->samId, QStringLiteral("05.01-20121221-0000567890-3305123456"));
        QVERIFY(m_driver->reset().ok());
    }

    void missingDevice()
    {
        ReaderSettings s;
        s.device = m_dir.filePath(QStringLiteral("no-such-reader"));
        CardReaderDriver d(s);
        const auto r = d.readCard();
        QCOMPARE(r.error().code, QStringLiteral("idscan.open"));
        QVERIFY(r.error().message.contains(QLatin1String("no-such-reader")));
    }
};

QTEST_GUILESS_MAIN(TestCardDriver)
#include "tst_carddriver.moc"
