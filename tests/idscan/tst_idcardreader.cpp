// The kiosk's IdCardReader (the QML type): it polls on its own thread, fills its properties when a card is
// laid on the reader, flags expiry and bad check digits, masks what public screens show, and rides out an
// unplugged reader without anyone restarting it.
#include "idscan/framecodec.h"
#include "idscan/idcardreader.h"
#include "readeremulator.h"
#include "testcards.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bianmin;
using namespace bianmin::idscan;
using Fault = ReaderEmulator::Fault;

class TestIdCardReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ReaderEmulator> m_reader;

private slots:
    void init()
    {
        static int n = 0;
        const QString link = m_dir.filePath(
            QStringLiteral("qmlreader-%1-%2").arg(QCoreApplication::applicationPid()).arg(++n));
        m_reader = std::make_unique<ReaderEmulator>(link);
        QVERIFY2(m_reader->plugIn(), qPrintable(m_reader->lastError()));
    }
    void cleanup()
    {
        QLocale::setDefault(QLocale::c());
        m_reader.reset();
    }

    void fillsPropertiesFromTheCard()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        IdCardReader reader;
        reader.setClock(&clock);
        QSignalSpy read(&reader, &IdCardReader::cardRead);
        reader.setPollInterval(50);
        reader.setDevice(m_reader->path());
        QCOMPARE(reader.state(), IdCardReader::Inactive); // nothing happens until it is switched on
        reader.setActive(true);
        QTRY_COMPARE(reader.state(), IdCardReader::WaitingForCard);
        QVERIFY(!reader.hasCard());

        m_reader->setCard(
            ReaderEmulator::Card { testcards::residentText(testcards::wang()), testcards::photo() });
        QTRY_COMPARE(read.count(), 1);
        QVERIFY(reader.hasCard());
        QCOMPARE(reader.name(), QStringLiteral("王小明"));
        QCOMPARE(reader.maskedName(), QStringLiteral("王**"));
        QCOMPARE(reader.sex(), QStringLiteral("male"));
        QCOMPARE(reader.nation(), QStringLiteral("汉"));
        QCOMPARE(reader.birthDate(), QDate(1980, 1, 1));
        QCOMPARE(reader.idNumber(), QStringLiteral("500242198001010032"));
        QCOMPARE(reader.maskedIdNumber(), QStringLiteral("500242********0032"));
        QCOMPARE(reader.validUntil(), QStringLiteral("2035-06-01"));
        QCOMPARE(reader.cardType(), QStringLiteral("resident_id"));
        QVERIFY(reader.checkDigitOk());
        QVERIFY(reader.consistent());
        QVERIFY(!reader.expired());
        QCOMPARE(reader.photo(), testcards::photo());

        // The card stays on the reader: it is not read again and again.
        QTest::qWait(400);
        QCOMPARE(read.count(), 1);

        reader.clear();
        QVERIFY(!reader.hasCard());
        QVERIFY(reader.name().isEmpty());

        QSignalSpy status(&reader, &IdCardReader::status);
        reader.queryStatus();
        QTRY_COMPARE(status.count(), 1);
        QCOMPARE(reader.samStatus(), QStringLiteral("ok"));
        QCOMPARE(reader.samId(), QStringLiteral("05.01-20121221-0000567890-3305123456"));
    }

    void flagsExpiredAndBadNumbers()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0)));
        IdCardReader reader;
        reader.setClock(&clock);
        reader.setPollInterval(50);
        reader.setDevice(m_reader->path());
        auto p = testcards::wang();
        p.until = QStringLiteral("20251231");
        p.id = QStringLiteral("500242198001010033");
        m_reader->setCard(ReaderEmulator::Card { testcards::residentText(p), testcards::photo() });
        QSignalSpy read(&reader, &IdCardReader::cardRead);
        reader.setActive(true);
        QTRY_COMPARE(read.count(), 1);
        QVERIFY(reader.expired());
        QVERIFY(!reader.checkDigitOk());
        QVERIFY(!reader.consistent());
    }

    void errorsInChineseAndRecovery()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        IdCardReader reader;
        reader.setPollInterval(50);
        reader.setDevice(m_reader->path());
        QSignalSpy errors(&reader, &IdCardReader::error);
        QSignalSpy read(&reader, &IdCardReader::cardRead);
        m_reader->setCard(
            ReaderEmulator::Card { testcards::residentText(testcards::wang()), testcards::photo() });
        m_reader->injectFault(Fault::CardPulled, quint16(Command::ReadTextAndPhoto));
        reader.setActive(true);
        QTRY_VERIFY(errors.count() >= 1);
        QCOMPARE(reader.errorCode(), QStringLiteral("idscan.read_failed"));
        QVERIFY2(
            reader.errorMessage().contains(QStringLiteral("读卡失败")), qPrintable(reader.errorMessage()));
        QCOMPARE(read.count(), 0);

        // Unplug: the reader says so; plug back in and lay a card: it reads without a restart.
        m_reader->unplug();
        QTRY_COMPARE_WITH_TIMEOUT(reader.state(), IdCardReader::Disconnected, 5000);
        QVERIFY(reader.errorCode() == QLatin1String("idscan.disconnected")
            || reader.errorCode() == QLatin1String("idscan.open"));
        QVERIFY(!reader.errorMessage().isEmpty());
        QVERIFY(m_reader->plugIn());
        m_reader->setCard(
            ReaderEmulator::Card { testcards::residentText(testcards::li()), testcards::photo() });
        QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 8000);
        QCOMPARE(reader.name(), QStringLiteral("李秀英"));
        QCOMPARE(reader.validUntil(), QStringLiteral("long-term"));
        QVERIFY(reader.errorCode().isEmpty());
    }

    void foreignCardIsRefusedNotFilled()
    {
        IdCardReader reader;
        reader.setPollInterval(50);
        reader.setDevice(m_reader->path());
        QSignalSpy errors(&reader, &IdCardReader::error);
        m_reader->setCard(ReaderEmulator::Card { testcards::foreignPermanentText(), testcards::photo() });
        reader.setActive(true);
        QTRY_VERIFY(errors.count() >= 1);
        QCOMPARE(reader.errorCode(), QStringLiteral("idscan.card_type"));
        QVERIFY(!reader.hasCard());
        QTest::qWait(300);
        QCOMPARE(errors.count(), 1); // said once, not on every poll
    }

    void stoppingIsQuick()
    {
        auto reader = std::make_unique<IdCardReader>();
        reader->setDevice(m_reader->path());
        m_reader->injectFault(Fault::Silent, 0, -1);
        reader->setActive(true);
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        reader.reset(); // mid-exchange with a reader that never answers
        QVERIFY(t.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestIdCardReader)
#include "tst_idcardreader.moc"
