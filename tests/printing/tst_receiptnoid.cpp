// No output of any kind contains a full ID number: every ESC/POS stream (decoded from GB18030 and as raw
// bytes), the text the rendered paper shows, every PDF's text and the laid-out blocks, for both receipt
// kinds, both widths, both languages, and ID numbers typed in the odd ways people type them.
#include "escposrenderer.h"
#include "printing/escposreceipt.h"
#include "printing/pagereceipt.h"
#include "receiptfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace bianmin;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** Digits and X only, so "5002 4019…" or "500240-1968…" cannot hide a number either. */
QString squeezed(const QString &text)
{
    return QString(text).remove(QRegularExpression(QStringLiteral("[^0-9Xx]"))).toUpper();
}

} // namespace

class TestReceiptNoId : public QObject
{
    Q_OBJECT
private slots:
    void everyOutput_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("full");
        const QString full = fixture::fullIdNumber();
        QTest::newRow("plain") << full << full;
        QTest::newRow("full-width digits") << QStringLiteral("５００２４２１９５６０３１５２６２") + full.right(1) << full;
        QTest::newRow("spaces around") << QStringLiteral("  ") + full + QStringLiteral(" ") << full;
        const QString withX = QStringLiteral("11010519491231002X");
        QTest::newRow("lower-case x") << withX.toLower() << withX;
    }
    void everyOutput()
    {
        QFETCH(QString, typed);
        QFETCH(QString, full);
        QTemporaryDir dir;
        int checked = 0;
        for (ReceiptKind kind : {ReceiptKind::Submission, ReceiptKind::Decision}) {
            for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")}) {
                CaseRecord record = fixture::caseRecord();
                record.applicant.idNumber = typed;
                record.state = kind == ReceiptKind::Decision ? CaseState::Rejected : CaseState::Queued;
                // The county's message is printed verbatim, but the kiosk never puts the number in it.
                record.countyMessage = QStringLiteral("申请人不符合条件。");
                ReceiptInputs in = fixture::inputs();
                in.language = language;
                in.reprint = kind == ReceiptKind::Decision;
                const ReceiptData data = fixture::receipt(kind, record, in);

                QStringList outputs;
                for (const ReceiptBlock &b : receiptBlocks(data))
                    outputs << b.label + b.text;
                for (PaperWidth w : {PaperWidth::Mm58, PaperWidth::Mm80}) {
                    const QByteArray bytes = escPosReceipt(data, w);
                    QStringDecoder gb("GB18030");
                    outputs << gb.decode(bytes) << QString::fromLatin1(bytes);
                    outputs << renderEscPos(bytes, paperGeometry(w).dots).text();
                }
                const QString pdf = dir.filePath(QStringLiteral("r%1.pdf").arg(checked));
                QVERIFY(writeReceiptPdf(data, pdf).ok());
                const QString text = pdfText(pdf);
                QVERIFY(text.contains(maskIdNumber(full))); // the masked number is there: the scan is real
                outputs << text;

                for (const QString &out : std::as_const(outputs)) {
                    QVERIFY2(!squeezed(out).contains(full), qPrintable(out.left(300)));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 4 * 7); // blocks, 2 x (GB18030, raw, rendered), PDF for each kind and language
    }
};

QTEST_MAIN(TestReceiptNoId)
#include "tst_receiptnoid.moc"
