// The A4 receipt as PDF: Chinese text extractable (pdftotext), the masked ID and never the full one, a QR
#include <QRegularExpression>
// code that a scanner reads off the rendered page (pdftoppm), and a clear error for an unknown CUPS printer.
#include "escposrenderer.h"
#include "printing/pagereceipt.h"
#include "receiptfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bianmin;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString previewDir()
{
    const QString dir = fixture::binaryDir() + QStringLiteral("/printing-preview");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestPdfReceipt : public QObject
{
    Q_OBJECT
private slots:
    void pdf_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("receipt") << int(ReceiptKind::Submission) << QStringLiteral("receipt-a4");
        QTest::newRow("decision notice, reprint") << int(ReceiptKind::Decision) << QStringLiteral("notice-a4");
    }
    void pdf()
    {
        QFETCH(int, kind);
        QFETCH(QString, name);
        CaseRecord record = fixture::caseRecord();
        ReceiptInputs in = fixture::inputs();
        if (kind == int(ReceiptKind::Decision)) {
            record.state = CaseState::Approved;
            record.countyMessage = QStringLiteral("已核准参保，自2026年11月起按月缴费。");
            in.reprint = true;
        }
        const ReceiptData data = fixture::receipt(ReceiptKind(kind), record, in);
        const QString pdf = previewDir() + QLatin1Char('/') + name + QStringLiteral(".pdf");
        QFile::remove(pdf);
        const Status written = writeReceiptPdf(data, pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                               QStringLiteral("-")});
        const QString flat = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY2(flat.contains(QStringLiteral("城乡居民基本养老保险参保登记")), qPrintable(text));
        QVERIFY2(flat.contains(QStringLiteral("华田村便民服务中心")), qPrintable(text));
        QVERIFY2(flat.contains(maskIdNumber(fixture::fullIdNumber())), qPrintable(text));
        QVERIFY(flat.contains(QStringLiteral("王秀兰")));
        QVERIFY(flat.contains(QStringLiteral("3F2B-91AC")));
        QVERIFY(flat.contains(data.caseId));
        QVERIFY(!flat.contains(fixture::fullIdNumber()));
        if (kind == int(ReceiptKind::Submission)) {
            QVERIFY(flat.contains(QStringLiteral("受理回执")));
            QVERIFY(flat.contains(QStringLiteral("2026年10月9日")));
        } else {
            QVERIFY(flat.contains(QStringLiteral("办理结果通知")));
            QVERIFY(flat.contains(QStringLiteral("已批准")));
            QVERIFY(flat.contains(QStringLiteral("补打")));
        }

        // Render the page as a phone camera would see it, then read the QR code back and verify it.
        const QString prefix = previewDir() + QLatin1Char('/') + name;
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), pdf, prefix});
        const QImage page(prefix + QStringLiteral(".png"));
        QVERIFY(!page.isNull());
        QCOMPARE(page.width(), 827); // A4 at 100 dpi: nothing cut off at the page size
        const QStringList codes = decodeQrCodes(page);
        QCOMPARE(codes, QStringList{data.lookup});
        QCOMPARE(ReceiptCode(fixture::mac()).verify(codes.first()).value(), data.caseId);
    }

    void unknownSystemPrinter()
    {
        const Status s = printReceiptA4(fixture::receipt(), QStringLiteral("no-such-printer-7"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("printer.not_found"));
        QVERIFY(s.error().message.contains(QStringLiteral("no-such-printer-7")));
    }

    void unwritablePdf()
    {
        const Status s = writeReceiptPdf(fixture::receipt(), QStringLiteral("/nonexistent-dir/receipt.pdf"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("print.pdf_failed"));
    }
};

QTEST_MAIN(TestPdfReceipt)
#include "tst_pdfreceipt.moc"
