// Machine-readable zones with the ICAO Doc 9303 specimens (part 4 TD3 passport, part 5 TD1 card):
// the fields come out right, every check digit is verified, and breaking any one of them names it.
#include "idscan/mrz.h"

#include <QtTest>

using namespace bianmin::idscan;

namespace {
const QString td3 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                                   "L898902C36UTO7408122F1204159ZE184226B<<<<<10\n");
const QString td1 = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<\n"
                                   "7408122F1204159UTO<<<<<<<<<<<6\n"
                                   "ERIKSSON<<ANNA<MARIA<<<<<<<<<<\n");
const QDate today(2010, 6, 1); // the specimens expire in 2012

QString replaceAt(QString text, int line, int pos, QChar c)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    lines[line][pos] = c;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

class TestMrz : public QObject
{
    Q_OBJECT
private slots:
    void checkDigitAlgorithm()
    {
        QCOMPARE(mrzCheckDigit(u"L898902C3"), 6);
        QCOMPARE(mrzCheckDigit(u"740812"), 2);
        QCOMPARE(mrzCheckDigit(u"120415"), 9);
        QCOMPARE(mrzCheckDigit(u"D23145890"), 7);
        QCOMPARE(mrzCheckDigit(u"<<<<"), 0);
        QCOMPARE(mrzCheckDigit(u"ab"), -1);
    }

    void td3Specimen()
    {
        const auto doc = parseMrz(td3, today);
        QVERIFY(doc.ok());
        QCOMPARE(doc->format, MrzDocument::Format::TD3);
        QCOMPARE(doc->documentCode, QStringLiteral("P"));
        QCOMPARE(doc->issuingState, QStringLiteral("UTO"));
        QCOMPARE(doc->surname, QStringLiteral("ERIKSSON"));
        QCOMPARE(doc->givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(doc->documentNumber, QStringLiteral("L898902C3"));
        QCOMPARE(doc->nationality, QStringLiteral("UTO"));
        QCOMPARE(doc->birthDate, QDate(1974, 8, 12));
        QCOMPARE(doc->sex, QStringLiteral("F"));
        QCOMPARE(doc->expiryDate, QDate(2012, 4, 15));
        QCOMPARE(doc->optionalData1, QStringLiteral("ZE184226B"));
        QCOMPARE(doc->checks.size(), 5);
        QVERIFY(doc->allChecksOk());
    }

    void td1Specimen()
    {
        const auto doc = parseMrz(td1, today);
        QVERIFY(doc.ok());
        QCOMPARE(doc->format, MrzDocument::Format::TD1);
        QCOMPARE(doc->documentCode, QStringLiteral("I"));
        QCOMPARE(doc->documentNumber, QStringLiteral("D23145890"));
        QCOMPARE(doc->birthDate, QDate(1974, 8, 12));
        QCOMPARE(doc->expiryDate, QDate(2012, 4, 15));
        QCOMPARE(doc->nationality, QStringLiteral("UTO"));
        QCOMPARE(doc->surname, QStringLiteral("ERIKSSON"));
        QCOMPARE(doc->givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(doc->checks.size(), 4);
        QVERIFY(doc->allChecksOk());
    }

    void eachBrokenCheckDigitIsNamed_data()
    {
        QTest::addColumn<QString>("mrz");
        QTest::addColumn<QString>("field");
        // Break the check digit itself...
        QTest::newRow("td3 document number") << replaceAt(td3, 1, 9, u'5') << "document_number";
        QTest::newRow("td3 birth date") << replaceAt(td3, 1, 19, u'3') << "birth_date";
        QTest::newRow("td3 expiry date") << replaceAt(td3, 1, 27, u'8') << "expiry_date";
        QTest::newRow("td3 personal number") << replaceAt(td3, 1, 42, u'2') << "personal_number";
        QTest::newRow("td3 composite") << replaceAt(td3, 1, 43, u'1') << "composite";
        QTest::newRow("td1 document number") << replaceAt(td1, 0, 14, u'6') << "document_number";
        QTest::newRow("td1 birth date") << replaceAt(td1, 1, 6, u'1') << "birth_date";
        QTest::newRow("td1 expiry date") << replaceAt(td1, 1, 14, u'0') << "expiry_date";
        QTest::newRow("td1 composite") << replaceAt(td1, 1, 29, u'7') << "composite";
        // ...or the data it protects (a misread digit): its own check fails first.
        QTest::newRow("td3 birth data") << replaceAt(td3, 1, 15, u'1') << "birth_date";
        QTest::newRow("td1 optional data only in composite") << replaceAt(td1, 1, 20, u'B') << "composite";
    }
    void eachBrokenCheckDigitIsNamed()
    {
        QFETCH(QString, mrz);
        QFETCH(QString, field);
        const auto doc = parseMrz(mrz, today);
        QVERIFY(doc.ok());
        QVERIFY(!doc->allChecksOk());
        QCOMPARE(doc->firstFailure()->field, field);
    }

    void td1LongDocumentNumber()
    {
        // A 12-character number: 9 in place, '<' where its check digit would be, the rest plus the check
        // digit in the optional data. The composite covers it all.
        QString l1 = QStringLiteral("I<UTOD23145890<7349<<<<<<<<<<<");
        const int check = mrzCheckDigit(u"D23145890734");
        l1[18] = QChar(char16_t('0' + check));
        QString l2 = QStringLiteral("7408122F1204159UTO<<<<<<<<<<<0");
        const QString composite = l1.mid(5, 25) + l2.mid(0, 7) + l2.mid(8, 7) + l2.mid(18, 11);
        l2[29] = QChar(char16_t('0' + mrzCheckDigit(composite)));
        const auto doc
            = parseMrz(l1 + u'\n' + l2 + u'\n' + QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<"), today);
        QVERIFY(doc.ok());
        QCOMPARE(doc->documentNumber, QStringLiteral("D23145890734"));
        QVERIFY(doc->allChecksOk());
    }

    void emptyPersonalNumberMayUseFiller()
    {
        QString mrz = td3;
        mrz.replace(QStringLiteral("ZE184226B<<<<<10"), QStringLiteral("<<<<<<<<<<<<<<<<"));
        QStringList lines = mrz.split(u'\n');
        const QString l2 = lines[1];
        const QString composite = l2.mid(0, 10) + l2.mid(13, 7) + l2.mid(21, 22);
        lines[1][43] = QChar(char16_t('0' + mrzCheckDigit(composite)));
        const auto doc = parseMrz(lines.join(u'\n'), today);
        QVERIFY(doc.ok());
        QVERIFY2(
            doc->allChecksOk(), qPrintable(doc->firstFailure() ? doc->firstFailure()->field : QString()));
    }

    void layoutErrors_data()
    {
        QTest::addColumn<QString>("mrz");
        QTest::newRow("empty") << QString();
        QTest::newRow("one line") << td3.split(u'\n').first();
        QTest::newRow("short line") << td3.left(40) + u'\n' + td3.split(u'\n')[1];
        QTest::newRow("lower case") << td3.toLower();
        QTest::newRow("two td1 lines") << td1.section(u'\n', 0, 1);
    }
    void layoutErrors()
    {
        QFETCH(QString, mrz);
        const auto doc = parseMrz(mrz, today);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, QStringLiteral("mrz.format"));
    }

    void windowsLineEndingsAndBlankLines()
    {
        QString mrz = td3;
        mrz.replace(u'\n', QStringLiteral("\r\n\r\n"));
        const auto doc = parseMrz(QStringLiteral("  \n") + mrz, today);
        QVERIFY(doc.ok());
        QVERIFY(doc->allChecksOk());
    }
};

QTEST_GUILESS_MAIN(TestMrz)
#include "tst_mrz.moc"
