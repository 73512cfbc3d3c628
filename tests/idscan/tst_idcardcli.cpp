// `bianmin idcard read|status`, `mrz parse` and `barcode decode` as a technician runs them: the real binary
// (QProcess) against the pty reader emulator, checking what is printed and the exit status.
#include "idscan/barcodedecoder.h"
#include "readeremulator.h"
#include "testcards.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using Fault = ReaderEmulator::Fault;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

Run runCli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(BIANMIN_CLI), args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        p.kill();
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.ms = t.elapsed();
    return r;
}

const QByteArray td3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                       "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n";

} // namespace

class TestIdCardCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ReaderEmulator> m_reader;

private slots:
    void init()
    {
        static int n = 0;
        const QString link = m_dir.filePath(
            QStringLiteral("clireader-%1-%2").arg(QCoreApplication::applicationPid()).arg(++n));
        m_reader = std::make_unique<ReaderEmulator>(link);
        QVERIFY2(m_reader->plugIn(), qPrintable(m_reader->lastError()));
    }
    void cleanup() { m_reader.reset(); }

    void readPrintsThePersonAsJson()
    {
        m_reader->setCard(
            ReaderEmulator::Card { testcards::residentText(testcards::li()), testcards::photo() });
        const Run r = runCli({ QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--device"),
            m_reader->path(), QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("李秀英"));
        QCOMPARE(o.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
        QCOMPARE(o.value(QStringLiteral("nation")).toString(), QStringLiteral("土家"));
        QCOMPARE(o.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1949-12-31"));
        QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("北京市朝阳区建国路88号"));
        QCOMPARE(o.value(QStringLiteral("id_number")).toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(o.value(QStringLiteral("issuer")).toString(), QStringLiteral("北京市公安局朝阳分局"));
        QCOMPARE(o.value(QStringLiteral("valid_from")).toString(), QStringLiteral("2010-03-15"));
        QCOMPARE(o.value(QStringLiteral("valid_until")).toString(), QStringLiteral("long-term"));
        QCOMPARE(o.value(QStringLiteral("card_type")).toString(), QStringLiteral("resident_id"));
        QCOMPARE(o.value(QStringLiteral("expired")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("check_digit_ok")).toBool(false), true);
    }

    void readPlainTextWaitsForTheCard()
    {
        // The card arrives after the command started polling; garbage on the line on the way.
        m_reader->injectFault(Fault::Garbage, 0, -1);
        QProcess p;
        p.start(QStringLiteral(BIANMIN_CLI),
            { QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--device"), m_reader->path(),
                QStringLiteral("--timeout"), QStringLiteral("8") });
        QVERIFY(p.waitForStarted());
        QTest::qWait(700);
        QCOMPARE(p.state(), QProcess::Running);
        m_reader->setCard(
            ReaderEmulator::Card { testcards::residentText(testcards::wang()), testcards::photo() });
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("name: 王小明\n")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("sex: male\n")));
        QVERIFY(out.contains(QStringLiteral("id_number: 500242198001010032\n")));
        QVERIFY(out.contains(QStringLiteral("valid_until: 2035-06-01\n")));
        QVERIFY(out.contains(QStringLiteral("check_digit_ok: true\n")));
    }

    void expiredCardAndBadCheckDigitAreFlagged()
    {
        auto p = testcards::wang();
        p.until = QStringLiteral("20200601");
        p.id = QStringLiteral("500242198001010033");
        m_reader->setCard(ReaderEmulator::Card { testcards::residentText(p), testcards::photo() });
        const Run r = runCli({ QStringLiteral("--json"), QStringLiteral("idcard"), QStringLiteral("read"),
            QStringLiteral("--device"), m_reader->path(), QStringLiteral("--timeout"), QStringLiteral("5") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("expired")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("check_digit_ok")).toBool(true), false);
    }

    void noCardTimesOutWithReason()
    {
        const Run r = runCli({ QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--device"),
            m_reader->path(), QStringLiteral("--timeout"), QStringLiteral("1.5") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("no card")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.ms < 1500 + 5000);
    }

    void badFramesEveryTimeFailWithReason()
    {
        m_reader->setCard(
            ReaderEmulator::Card { testcards::residentText(testcards::wang()), testcards::photo() });
        m_reader->injectFault(Fault::BadChecksum, 0, -1);
        const Run r = runCli({ QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--device"),
            m_reader->path(), QStringLiteral("--timeout"), QStringLiteral("1.5") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("checksum")), qPrintable(r.err));
    }

    void silentReaderTimesOut()
    {
        m_reader->injectFault(Fault::Silent, 0, -1);
        const Run r = runCli({ QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--device"),
            m_reader->path(), QStringLiteral("--timeout"), QStringLiteral("2") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("did not answer")), qPrintable(r.err));
        QVERIFY(r.ms < 2000 + 5000);
    }

    void foreignCardRefused()
    {
        m_reader->setCard(ReaderEmulator::Card { testcards::foreignPermanentText(), testcards::photo() });
        const Run r = runCli({ QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--device"),
            m_reader->path(), QStringLiteral("--timeout"), QStringLiteral("5") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("card type not supported")), qPrintable(r.err));
    }

    void missingDeviceFailsAtOnce()
    {
        const Run r = runCli({ QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--device"),
            m_dir.filePath(QStringLiteral("nothing-here")) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("nothing-here")));
        QVERIFY(r.ms < 5000); // not the 10 s default timeout
        QCOMPARE(runCli({ QStringLiteral("idcard"), QStringLiteral("read") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("idcard"), QStringLiteral("read"), QStringLiteral("--device"),
                            m_reader->path(), QStringLiteral("--timeout"), QStringLiteral("soon") })
                     .exitCode,
            2);
    }

    void status()
    {
        const Run r = runCli({ QStringLiteral("idcard"), QStringLiteral("status"), QStringLiteral("--device"),
            m_reader->path() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("sam_status: ok\n")));
        QVERIFY(r.out.contains(QStringLiteral("sam_id: 05.01-20121221-0000567890-3305123456\n")));
        m_reader->injectFault(Fault::Status, quint16(0x11FF), 1, 0x60);
        const Run bad = runCli({ QStringLiteral("--json"), QStringLiteral("idcard"), QStringLiteral("status"),
            QStringLiteral("--device"), m_reader->path() });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.out.contains(QLatin1String("self-test failed")));
    }

    void mrzParse()
    {
        const Run ok = runCli(
            { QStringLiteral("--json"), QStringLiteral("mrz"), QStringLiteral("parse"), QStringLiteral("-") },
            td3);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const QJsonObject o = QJsonDocument::fromJson(ok.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("document_number")).toString(), QStringLiteral("L898902C3"));
        QCOMPARE(o.value(QStringLiteral("surname")).toString(), QStringLiteral("ERIKSSON"));
        QCOMPARE(o.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1974-08-12"));

        QByteArray broken = td3;
        broken[45 + 27] = '8'; // expiry date check digit
        QFile f(m_dir.filePath(QStringLiteral("mrz.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
        f.close();
        const Run bad = runCli({ QStringLiteral("mrz"), QStringLiteral("parse"), f.fileName() });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("expiry_date")), qPrintable(bad.err));
        QVERIFY(bad.out.contains(QLatin1String("check expiry_date: FAILED")));

        const Run garbage
            = runCli({ QStringLiteral("mrz"), QStringLiteral("parse"), QStringLiteral("-") }, "hello\n");
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY(garbage.err.contains(QLatin1String("TD1")));
    }

    void barcodeDecode()
    {
        const auto img = bianmin::idscan::encodeBarcode(
            QStringLiteral("QRCode"), QStringLiteral("便民 receipt 2026-0001"), 300, 300);
        QVERIFY(img.ok());
        const QString path = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(img->save(path));
        const Run r = runCli({ QStringLiteral("barcode"), QStringLiteral("decode"), path });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("format: QRCode\ntext: 便民 receipt 2026-0001\n"));

        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString blankPath = m_dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(blank.save(blankPath));
        const Run none = runCli({ QStringLiteral("barcode"), QStringLiteral("decode"), blankPath });
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QLatin1String("no barcode")));
        QCOMPARE(runCli({ QStringLiteral("barcode"), QStringLiteral("decode"),
                            m_dir.filePath(QStringLiteral("missing.png")) })
                     .exitCode,
            1);
    }
};

QTEST_MAIN(TestIdCardCli)
#include "tst_idcardcli.moc"
