// The thermal receipt: golden bytes for the fixed case at 58 and 80 mm, and the same bytes interpreted by
// the test renderer into a picture whose text, layout and QR code are checked as a villager would see them.
#include "escposrenderer.h"
#include "printing/escpos.h"
#include "printing/escposreceipt.h"
#include "receiptfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace bianmin;

namespace {

QString hexDump(const QByteArray &bytes)
{
    // One line per printed line, so a reviewer can read a golden file's changes.
    QString out;
    QByteArray line;
    for (char c : bytes) {
        line += c;
        if (c == '\n') {
            out += QString::fromLatin1(line.toHex(' ')) + QLatin1Char('\n');
            line.clear();
        }
    }
    return out + QString::fromLatin1(line.toHex(' ')) + QLatin1Char('\n');
}

QString previewDir()
{
    const QString dir = fixture::binaryDir() + QStringLiteral("/printing-preview");
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestEscPosReceipt : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("reprint");
        QTest::addColumn<QString>("file");
        QTest::newRow("receipt 58 mm") << 58 << int(ReceiptKind::Submission) << false << QStringLiteral("receipt-58.bin");
        QTest::newRow("receipt 80 mm") << 80 << int(ReceiptKind::Submission) << false << QStringLiteral("receipt-80.bin");
        QTest::newRow("decision notice 80 mm, reprint") << 80 << int(ReceiptKind::Decision) << true
                                                        << QStringLiteral("notice-80.bin");
    }
    void golden()
    {
        QFETCH(int, width);
        QFETCH(int, kind);
        QFETCH(bool, reprint);
        QFETCH(QString, file);
        CaseRecord record = fixture::caseRecord();
        ReceiptInputs in = fixture::inputs();
        in.reprint = reprint;
        if (kind == int(ReceiptKind::Decision)) {
            record.state = CaseState::NeedsMaterials;
            record.countyMessage = QStringLiteral("请补交户口簿首页及本人页复印件各一份。");
            in.printedAt = QDateTime(QDate(2026, 10, 12), QTime(9, 5), QTimeZone(8 * 3600));
        }
        const QByteArray bytes = escPosReceipt(fixture::receipt(ReceiptKind(kind), record, in), PaperWidth(width));
        const QString goldenPath = fixture::sourceDir() + QStringLiteral("/tests/printing/golden/") + file;

        // The human-readable dump sits beside the build, for reviewing a change of the golden file.
        QFile dump(previewDir() + QLatin1Char('/') + file + QStringLiteral(".hex"));
        QVERIFY(dump.open(QIODevice::WriteOnly));
        dump.write(hexDump(bytes).toLatin1());

        if (qEnvironmentVariableIntValue("BIANMIN_UPDATE_GOLDEN") == 1) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            qWarning("rewrote %s: review it before committing", qPrintable(goldenPath));
        }
        QFile golden(goldenPath);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
        const QByteArray expected = golden.readAll();
        if (bytes != expected) {
            qsizetype at = 0;
            while (at < qMin(bytes.size(), expected.size()) && bytes.at(at) == expected.at(at))
                ++at;
            QFAIL(qPrintable(QStringLiteral("ESC/POS bytes differ from %1 at offset %2 (got %3 bytes, golden %4); "
                                            "if the change is intended, run with BIANMIN_UPDATE_GOLDEN=1 and review")
                                 .arg(file).arg(at).arg(bytes.size()).arg(expected.size())));
        }
    }

    void streamStructure()
    {
        const ReceiptData data = fixture::receipt();
        for (PaperWidth w : {PaperWidth::Mm58, PaperWidth::Mm80}) {
            const QByteArray bytes = escPosReceipt(data, w);
            QVERIFY(bytes.startsWith(QByteArray("\x1b\x40\x1c\x26", 4)));  // ESC @, FS &
            QVERIFY(bytes.endsWith(QByteArray("\x1d\x56\x42\x00", 4)));    // partial cut
            const QByteArray lookup = data.lookup.toLatin1();
            const int len = int(lookup.size()) + 3;
            QVERIFY(bytes.contains(QByteArray("\x1d\x28\x6b", 3) + char(len & 0xff) + char(len >> 8) + "\x31\x50\x30" + lookup));
            QVERIFY(bytes.contains(QByteArray("\x1d\x28\x6b\x03\x00\x31\x51\x30", 8))); // print the QR
            // GB18030 for 便民服务中心.
            QVERIFY(bytes.contains(QByteArray::fromHex("b1e3c3f1b7fecef1d6d0d0c4")));
        }
    }

    void rendered_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("58 mm") << 58;
        QTest::newRow("80 mm") << 80;
    }
    void rendered()
    {
        QFETCH(int, width);
        const ReceiptData data = fixture::receipt();
        const PaperGeometry paper = paperGeometry(PaperWidth(width));
        const RenderedReceipt r = renderEscPos(escPosReceipt(data, PaperWidth(width)), paper.dots);
        const QString png = previewDir() + QStringLiteral("/receipt-%1.png").arg(width);
        QVERIFY(r.image.save(png));

        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QVERIFY(r.initialized);
        QVERIFY(r.chineseMode);
        QVERIFY(r.cut);

        // The center's name first, centered, large and bold; then the heading, double size.
        QCOMPARE(r.lines.at(0).text, QStringLiteral("华田村便民服务中心"));
        QCOMPARE(r.lines.at(0).align, 1);
        QCOMPARE(r.lines.at(0).heightMul, 2);
        QVERIFY(r.lines.at(0).bold);
        QCOMPARE(r.lines.at(1).text, QStringLiteral("受理回执"));
        QCOMPARE(r.lines.at(1).widthMul, 2);

        const QString text = r.text();
        QVERIFY(text.contains(QStringLiteral("城乡居民基本养老保险")));
        QVERIFY(text.contains(QStringLiteral("3F2B-91AC")));
        QVERIFY(text.contains(QStringLiteral("王秀兰")));
        QVERIFY(text.contains(maskIdNumber(fixture::fullIdNumber())));
        QVERIFY(text.contains(QStringLiteral("代办员代办：李明")));
        QVERIFY(text.contains(QStringLiteral("2026年9月18日 10:42")));
        QVERIFY(text.contains(QStringLiteral("2026年10月9日")));
        QVERIFY(text.contains(QStringLiteral("023-7322 1234")));
        QVERIFY(text.contains(ReceiptCode::grouped(data.verificationCode)));
        // The full case id is on the paper, possibly broken at a dash on narrow paper.
        QVERIFY(QString(text).remove(QLatin1Char('\n')).contains(data.caseId));

        // The promised date stands out: bold and double height.
        bool promisedHighlighted = false;
        for (const RenderedLine &l : r.lines)
            promisedHighlighted |= l.text.contains(QStringLiteral("2026年10月9日")) && l.bold && l.heightMul == 2;
        QVERIFY(promisedHighlighted);

        // The QR code, read back from the picture, is this case's and verifies under the kiosk key.
        QCOMPARE(r.qrPayloads, QStringList{data.lookup});
        const QStringList decoded = decodeQrCodes(r.image);
        QCOMPARE(decoded, QStringList{data.lookup});
        auto verified = ReceiptCode(fixture::mac()).verify(decoded.first());
        QVERIFY(verified.ok());
        QCOMPARE(verified.value(), data.caseId);
        QVERIFY(!ReceiptCode(fixture::mac(0x17)).verify(decoded.first()).ok());
    }

    void decisionNotice()
    {
        CaseRecord record = fixture::caseRecord();
        record.state = CaseState::Rejected;
        record.countyMessage = QStringLiteral("参保人已在外省参保，不能重复登记。");
        const RenderedReceipt r = renderEscPos(escPosReceipt(fixture::receipt(ReceiptKind::Decision, record), PaperWidth::Mm58), 384);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QVERIFY(r.image.save(previewDir() + QStringLiteral("/notice-58.png")));
        const QString text = r.text();
        QVERIFY(text.contains(QStringLiteral("办理结果通知")));
        QVERIFY(text.contains(QStringLiteral("不予批准")));
        QVERIFY(QString(text).remove(QLatin1Char('\n')).contains(record.countyMessage));

        // No decision yet: no notice.
        auto none = makeReceipt(fixture::caseRecord(), fixture::inputs(), ReceiptKind::Decision,
                                WorkingDayCalendar::builtIn(), ReceiptCode(fixture::mac()));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("receipt.no_decision"));
    }

    void englishReceipt()
    {
        ReceiptInputs in = fixture::inputs();
        in.language = QStringLiteral("en");
        in.centerName = QStringLiteral("Huatian Village Service Center");
        const ReceiptData data = fixture::receipt(ReceiptKind::Submission, fixture::caseRecord(), in);
        const RenderedReceipt r = renderEscPos(escPosReceipt(data, PaperWidth::Mm58), 384);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QVERIFY(r.text().contains(QStringLiteral("Promised by")));
        QVERIFY(r.text().contains(QStringLiteral("2026-10-09")));
    }

    void longNamesStayOnThePaper()
    {
        ReceiptInputs in = fixture::inputs();
        in.centerName = QStringLiteral("重庆市石柱土家族自治县黄水镇华田村便民服务中心");
        in.serviceName = QStringLiteral("农村危房改造补助资金申请（含C级、D级危房鉴定及改造方案审核）");
        in.clerkName = QStringLiteral("欧阳建国（华田村代办员）");
        CaseRecord record = fixture::caseRecord();
        record.applicant.name = QStringLiteral("阿卜杜热合曼·买买提明");
        for (PaperWidth w : {PaperWidth::Mm58, PaperWidth::Mm80}) {
            const ReceiptData data = fixture::receipt(ReceiptKind::Submission, record, in);
            const RenderedReceipt r = renderEscPos(escPosReceipt(data, w), paperGeometry(w).dots);
            QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
            QVERIFY(r.image.save(previewDir() + QStringLiteral("/long-%1.png").arg(int(w))));
            const QString flat = QString(r.text()).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
            QVERIFY(flat.contains(QString(in.centerName).remove(QLatin1Char(' '))));
            QVERIFY(flat.contains(in.serviceName));
            QVERIFY(flat.contains(record.applicant.name));
            QCOMPARE(decodeQrCodes(r.image), QStringList{data.lookup});
        }
    }

    void wrapping_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("fits") << QStringLiteral("便民服务") << 8 << QStringList{QStringLiteral("便民服务")};
        QTest::newRow("chinese breaks anywhere") << QStringLiteral("便民服务中心") << 8
                                                 << QStringList{QStringLiteral("便民服务"), QStringLiteral("中心")};
        QTest::newRow("no line starts with a comma") << QStringLiteral("甲乙丙丁，戊") << 8
                                                     << QStringList{QStringLiteral("甲乙丙"), QStringLiteral("丁，戊")};
        QTest::newRow("no line ends with an opening bracket") << QStringLiteral("甲乙丙（丁）") << 8
                                                              << QStringList{QStringLiteral("甲乙丙"), QStringLiteral("（丁）")};
        QTest::newRow("words stay whole") << QStringLiteral("scan to check") << 10
                                          << QStringList{QStringLiteral("scan to"), QStringLiteral("check")};
        QTest::newRow("a case id breaks at dashes") << QStringLiteral("3f2b91ac-5d7e-4c1a-9b8e-2a6f0c4d7e19") << 20
                                                    << QStringList{QStringLiteral("3f2b91ac-5d7e-4c1a-"),
                                                                   QStringLiteral("9b8e-2a6f0c4d7e19")};
        QTest::newRow("too long a word is split") << QStringLiteral("abcdefghijkl") << 5
                                                  << QStringList{QStringLiteral("abcde"), QStringLiteral("fghij"),
                                                                 QStringLiteral("kl")};
    }
    void wrapping()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QStringList, lines);
        QCOMPARE(wrapColumns(text, width), lines);
    }
};

QTEST_MAIN(TestEscPosReceipt)
#include "tst_escposreceipt.moc"
