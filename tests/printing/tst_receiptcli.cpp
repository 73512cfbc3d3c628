// `bianmin receipt` as a technician uses it: the real binary on a real data directory, a case entered with
// `case submit`, then ESC/POS to a file, an A4 PDF, a network printer (the fake one, paper out included),
// reprints audited with --staff, `receipt verify`, and no full ID number in anything it writes or says.
#include "fakeprinter.h"
#include "printing/workingdays.h"
#include "store/datastore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace bianmin;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    bool oneErrorLine() const { return err.endsWith('\n') && err.count('\n') == 1 && err.trimmed().size() > 0; }
};

const QString kFullId = QStringLiteral("500240196805121318"); // the example applicant's
const QString kMaskedId = QStringLiteral("500240********1318");

} // namespace

class TestReceiptCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_data;
    QString m_caseId;
    QStringList m_everything; // every stdout/stderr text and output file, scanned for the full ID at the end

    Run bianmin(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(BIANMIN_CLI), QStringList{QStringLiteral("--data"), m_data} + args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        m_everything << QString::fromUtf8(r.out) << QString::fromUtf8(r.err);
        return r;
    }

    QStringList receiptAudit(QStringList *actors)
    {
        SystemClock clock;
        auto store = DataStore::open(DataDir(m_data), clock);
        QStringList actions;
        if (!store)
            return {store.error().message};
        const auto entries = store.value()->audit().entriesFor(m_caseId);
        if (!entries)
            return {entries.error().message};
        for (const AuditEntry &e : entries.value()) {
            if (e.action.startsWith(QLatin1String("receipt."))) {
                actions << e.action;
                *actors << e.actor;
            }
        }
        return actions;
    }

private slots:
    void initTestCase()
    {
        m_data = m_tmp.filePath(QStringLiteral("kiosk"));
        QCOMPARE(bianmin({QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(bianmin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("kiosk.name"),
                          QStringLiteral("华田村便民服务中心")}).exitCode, 0);
        QCOMPARE(bianmin({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("kiosk.phone"),
                          QStringLiteral("023-7322 1234")}).exitCode, 0);
        const Run submitted = bianmin({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("submit"),
                                       QStringLiteral("--case"),
                                       qEnvironmentVariable("BIANMIN_SOURCE_DIR")
                                           + QStringLiteral("/resources/catalogue/examples/temporary_assistance.json")});
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        m_caseId = submitted.json().value(QStringLiteral("id")).toString();
        QVERIFY(!m_caseId.isEmpty());
    }

    void escposFile()
    {
        const QString file = m_tmp.filePath(QStringLiteral("r58.bin"));
        const Run r = bianmin({QStringLiteral("receipt"), m_caseId, QStringLiteral("--escpos"), file,
                               QStringLiteral("--width"), QStringLiteral("58")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith(QByteArray("\x1b\x40\x1c\x26", 4)));
        QVERIFY(bytes.endsWith(QByteArray("\x1d\x56\x42\x00", 4)));
        QStringDecoder gb("GB18030");
        const QString text = gb.decode(bytes);
        m_everything << text << QString::fromLatin1(bytes);
        QVERIFY(text.contains(QStringLiteral("临时救助")));    // the catalogue's name, not the id
        QVERIFY(text.contains(kMaskedId));
        QVERIFY(text.contains(QStringLiteral("华田村便民服务中心")));
        // 10 working days from today (the case was submitted just now).
        const QDate promised = WorkingDayCalendar::builtIn().addWorkingDays(QDate::currentDate(), 10);
        QVERIFY(text.contains(promised.toString(QStringLiteral("yyyy年M月d日"))));
        // Every line fits 58 mm paper: at most 32 columns between line feeds outside double-width text.
        QVERIFY(!bytes.contains(QByteArray(33, '-')));
    }

    void pdf()
    {
        const QString file = m_tmp.filePath(QStringLiteral("receipt.pdf"));
        const Run r = bianmin({QStringLiteral("--json"), QStringLiteral("receipt"), m_caseId, QStringLiteral("--pdf"),
                               file, QStringLiteral("--staff"), QStringLiteral("clerk-07")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().value(QStringLiteral("reprint")).toBool(), true);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        m_everything << text;
        QVERIFY2(text.contains(QStringLiteral("临时救助")), qPrintable(text));
        QVERIFY(text.contains(kMaskedId));
        QVERIFY(text.contains(QStringLiteral("补打")));
    }

    void networkPrinterAndFaults()
    {
        FakePrinter device;
        const QString uri = QStringLiteral("127.0.0.1:%1").arg(device.port());
        device.setState(FakePrinter::State::CoverOpen);
        const Run cover = bianmin({QStringLiteral("receipt"), m_caseId, QStringLiteral("--printer"), uri});
        QCOMPARE(cover.exitCode, 1);
        QVERIFY(cover.oneErrorLine());
        QVERIFY(QString::fromUtf8(cover.err).contains(QStringLiteral("纸仓盖未合上")));
        QVERIFY(QString::fromUtf8(cover.err).contains(QStringLiteral("cover is open")));

        device.setState(FakePrinter::State::PaperOut);
        const Run paper = bianmin({QStringLiteral("receipt"), m_caseId, QStringLiteral("--printer"), uri});
        QCOMPARE(paper.exitCode, 1);
        QVERIFY(paper.oneErrorLine());
        QVERIFY(QString::fromUtf8(paper.err).contains(QStringLiteral("out of paper")));
        QCOMPARE(device.received(), QByteArray());

        device.setState(FakePrinter::State::Ready);
        const Run ok = bianmin({QStringLiteral("--json"), QStringLiteral("receipt"), m_caseId, QStringLiteral("--printer"),
                                QStringLiteral("tcp://") + uri, QStringLiteral("--width"), QStringLiteral("80"),
                                QStringLiteral("--staff"), QStringLiteral("staff-02")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(ok.json().value(QStringLiteral("target")).toString(), QStringLiteral("tcp://") + uri);
        const QByteArray bytes = device.received(100, 5000);
        QStringDecoder gb("GB18030");
        const QString text = gb.decode(bytes);
        m_everything << text;
        QVERIFY(text.contains(QStringLiteral("补 打")));
        QVERIFY(bytes.contains(QByteArray(48, '-')));  // 80 mm rule
        QVERIFY(!bytes.contains(QByteArray(49, '-')));

        QStringList actors;
        QCOMPARE(receiptAudit(&actors), (QStringList{QStringLiteral("receipt.print"), QStringLiteral("receipt.reprint"),
                                                     QStringLiteral("receipt.reprint")}));
        QCOMPARE(actors, (QStringList{QStringLiteral("system"), QStringLiteral("clerk-07"), QStringLiteral("staff-02")}));
    }

    void verify()
    {
        const Run r = bianmin({QStringLiteral("--json"), QStringLiteral("receipt"), m_caseId, QStringLiteral("--escpos"),
                               m_tmp.filePath(QStringLiteral("r80.bin"))});
        const QString lookup = r.json().value(QStringLiteral("lookup")).toString();
        QVERIFY(lookup.startsWith(QStringLiteral("BM1:")));
        const Run good = bianmin({QStringLiteral("--json"), QStringLiteral("receipt"), QStringLiteral("verify"), lookup});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(good.json().value(QStringLiteral("case_id")).toString(), m_caseId);
        // The service has a local approval step, so the case waits for the village committee.
        QCOMPARE(good.json().value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
        QString forged = lookup;
        forged[forged.size() - 1] = forged.back() == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
        const Run bad = bianmin({QStringLiteral("receipt"), QStringLiteral("verify"), forged});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.oneErrorLine());
    }

    void clerkByName()
    {
        const Run added = bianmin({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("clerk-07"),
                                   QStringLiteral("--name"), QStringLiteral("李明"), QStringLiteral("--role"),
                                   QStringLiteral("clerk"), QStringLiteral("--pin-stdin")},
                                  "482916\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QFile example(qEnvironmentVariable("BIANMIN_SOURCE_DIR") + QStringLiteral("/resources/catalogue/examples/petition_direct.json"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        QJsonObject submit = QJsonDocument::fromJson(example.readAll()).object();
        submit.insert(QStringLiteral("channel"), QStringLiteral("agent"));
        submit.insert(QStringLiteral("agent"),
                      QJsonObject{{QStringLiteral("staff_id"), QStringLiteral("clerk-07")},
                                  {QStringLiteral("consent"), QJsonObject{{QStringLiteral("method"), QStringLiteral("id_card")},
                                                                          {QStringLiteral("at"), QStringLiteral("2026-11-23T10:00:00.000+08:00")}}}});
        const Run submitted = bianmin({QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("submit"),
                                       QStringLiteral("--case"), QStringLiteral("-")},
                                      QJsonDocument(submit).toJson());
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const QString id = submitted.json().value(QStringLiteral("id")).toString();
        const Run r = bianmin({QStringLiteral("receipt"), id, QStringLiteral("--escpos"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QStringDecoder gb("GB18030");
        const QString text = gb.decode(r.out);
        m_everything << text;
        QVERIFY2(text.contains(QStringLiteral("代办员代办：李明")), qPrintable(text));
    }

    void mistakes()
    {
        const Run width = bianmin({QStringLiteral("receipt"), m_caseId, QStringLiteral("--escpos"), QStringLiteral("-"),
                                   QStringLiteral("--width"), QStringLiteral("70")});
        QCOMPARE(width.exitCode, 2);
        QVERIFY(width.oneErrorLine());
        const Run two = bianmin({QStringLiteral("receipt"), m_caseId, QStringLiteral("--escpos"), QStringLiteral("-"),
                                 QStringLiteral("--pdf"), QStringLiteral("x.pdf")});
        QCOMPARE(two.exitCode, 2);
        const Run uri = bianmin({QStringLiteral("receipt"), m_caseId, QStringLiteral("--printer"), QStringLiteral("lp0")});
        QCOMPARE(uri.exitCode, 2);
        QVERIFY(uri.oneErrorLine());
        const Run unknown = bianmin({QStringLiteral("receipt"), QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                     QStringLiteral("--escpos"), QStringLiteral("-")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.oneErrorLine());
        const Run notice = bianmin({QStringLiteral("receipt"), m_caseId, QStringLiteral("--notice"),
                                    QStringLiteral("--escpos"), QStringLiteral("-")});
        QCOMPARE(notice.exitCode, 1);
        QVERIFY(QString::fromUtf8(notice.err).contains(QStringLiteral("no county decision")));
    }

    void noFullIdNumberAnywhere()
    {
        QVERIFY(m_everything.size() > 10);
        for (const QString &text : std::as_const(m_everything)) {
            const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("[\\s-]")));
            QVERIFY2(!flat.contains(kFullId), qPrintable(text.left(200)));
        }
    }
};

QTEST_GUILESS_MAIN(TestReceiptCli)
#include "tst_receiptcli.moc"
