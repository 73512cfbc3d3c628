// The resident ID number rules a clerk relies on: typed variants are accepted, wrong numbers are caught,
// and screens never show the whole number.
#include "core/residentid.h"

#include <QtTest>

using namespace bianmin;

class TestResidentId : public QObject
{
    Q_OBJECT
private slots:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("ok");
        // Expected results computed independently (ISO 7064 MOD 11-2 by hand); the first is GB 11643's example.
        QTest::newRow("standard example") << "11010519491231002X" << true;
        QTest::newRow("standard example, wrong check") << "110105194912310021" << false;
        QTest::newRow("Chongqing, check 2") << "500242198001010032" << true;
        QTest::newRow("Chongqing, off by one") << "500242198001010033" << false;
        QTest::newRow("Shenzhen, check 6") << "440304199003071256" << true;
        QTest::newRow("29 February 2000") << "320106200002290019" << true;
        QTest::newRow("X where a digit belongs") << "32010620000229001X" << false;
    }
    void checkDigit()
    {
        QFETCH(QString, number);
        QFETCH(bool, ok);
        const ResidentIdInfo info = parseResidentId(number);
        QVERIFY(info.wellFormed);
        QCOMPARE(info.checkDigitOk, ok);
    }

    void knownNumberDecodes()
    {
        const ResidentIdInfo info = parseResidentId(QStringLiteral("11010519491231002X"));
        QVERIFY(info.wellFormed);
        QVERIFY(info.checkDigitOk);
        QCOMPARE(info.birthDate, QDate(1949, 12, 31));
        QCOMPARE(info.sex, Sex::Female); // 17th digit 2 is even
        QCOMPARE(info.regionCode, QStringLiteral("110105"));
    }

    void normalizesWhatPeopleType()
    {
        QCOMPARE(normalizeResidentId(QStringLiteral(" １１０１０５１９４９１２３１００２ｘ ")),
                 QStringLiteral("11010519491231002X"));
        QCOMPARE(normalizeResidentId(QStringLiteral("11010519491231002x")), QStringLiteral("11010519491231002X"));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("too short") << "1101051949123100";
        QTest::newRow("letters") << "11010519491231A02X";
        QTest::newRow("no such date") << "110105194902300028";
        // Each with a correct check digit, so only the birth date can refuse them.
        QTest::newRow("30 February") << "11010519900230001X";
        QTest::newRow("29 February 1900") << "110105190002290017";
        QTest::newRow("month 13") << "110105199013010018";
        QTest::newRow("month 00") << "110105199000010019";
        QTest::newRow("day 00") << "110105199001000015";
        QTest::newRow("day 32") << "110105199001320019";
        QTest::newRow("born before 1880") << "110105187901010018";
        QTest::newRow("X in the middle") << "1101051949X231002X";
    }
    void refusesMalformed()
    {
        QFETCH(QString, number);
        QVERIFY(!parseResidentId(number).wellFormed);
    }

    void masksForScreens()
    {
        QCOMPARE(maskIdNumber(QStringLiteral("500242198001010038")), QStringLiteral("500242********0038"));
        QCOMPARE(maskName(QStringLiteral("张三丰")), QStringLiteral("张**"));
    }
};

QTEST_GUILESS_MAIN(TestResidentId)
#include "tst_residentid.moc"
