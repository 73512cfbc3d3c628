// The card's text block as a clerk sees it: every field lands where it belongs, nations have their names,
// dates and long-term validity are understood, other card types are refused rather than mis-read,
// and the number's check digit, birth date and sex are cross-checked.
#include "idscan/idcard.h"
#include "testcards.h"

#include <QtTest>

using namespace bianmin;
using namespace bianmin::idscan;

class TestIdCard : public QObject
{
    Q_OBJECT
private slots:
    void residentCard()
    {
        const auto card = decodeTextBlock(testcards::residentText(testcards::wang()));
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(card->cardType, CardType::ResidentId);
        QCOMPARE(card->name, QStringLiteral("王小明"));
        QCOMPARE(card->sex, Sex::Male);
        QCOMPARE(card->nationCode, QStringLiteral("01"));
        QCOMPARE(card->nationZh, QStringLiteral("汉"));
        QCOMPARE(card->nationEn, QStringLiteral("Han"));
        QCOMPARE(card->birthDate, QDate(1980, 1, 1));
        QCOMPARE(card->address, QStringLiteral("重庆市酉阳土家族苗族自治县桃花源街道1号"));
        QCOMPARE(card->idNumber, QStringLiteral("500242198001010032"));
        QCOMPARE(card->issuer, QStringLiteral("酉阳县公安局"));
        QCOMPARE(card->validFrom, QDate(2015, 6, 1));
        QCOMPARE(card->validUntil, QDate(2035, 6, 1));
        QVERIFY(!card->longTerm);
    }

    void longTermFemaleTujia()
    {
        const auto card = decodeTextBlock(testcards::residentText(testcards::li()));
        QVERIFY(card.ok());
        QCOMPARE(card->sex, Sex::Female);
        QCOMPARE(card->nationZh, QStringLiteral("土家"));
        QCOMPARE(card->nationEn, QStringLiteral("Tujia"));
        QCOMPARE(card->idNumber, QStringLiteral("11010519491231002X"));
        QVERIFY(card->longTerm);
        QVERIFY(!card->validUntil.isValid());
        const IdCardChecks c = checkCard(card.value(), QDate(2090, 1, 1));
        QVERIFY(!c.expired); // long-term never expires
        QVERIFY(c.consistent());
    }

    void nationTable()
    {
        QCOMPARE(nationName(QStringLiteral("02")).zh, QStringLiteral("蒙古"));
        QCOMPARE(nationName(QStringLiteral("03")).en, QStringLiteral("Hui"));
        QCOMPARE(nationName(QStringLiteral("29")).zh, QStringLiteral("柯尔克孜"));
        QCOMPARE(nationName(QStringLiteral("43")).zh, QStringLiteral("乌孜别克"));
        QCOMPARE(nationName(QStringLiteral("56")).zh, QStringLiteral("基诺"));
        QCOMPARE(nationName(QStringLiteral("56")).en, QStringLiteral("Jino"));
        QCOMPARE(nationName(QStringLiteral("97")).zh, QStringLiteral("其他"));
        QVERIFY(!nationName(QStringLiteral("98")).zh.isEmpty());
        QVERIFY(nationName(QStringLiteral("57")).zh.isEmpty());
        QVERIFY(nationName(QStringLiteral("00")).zh.isEmpty());
        QVERIFY(nationName(QStringLiteral("1")).zh.isEmpty());
        QSet<QString> names;
        for (int i = 1; i <= 56; ++i)
            names.insert(nationName(QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'))).zh);
        QCOMPARE(names.size(), 56);
    }

    void residencePermitDecodes()
    {
        const auto card = decodeTextBlock(testcards::residencePermitText());
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(card->cardType, CardType::HkMacauTaiwanResidence);
        QCOMPARE(cardTypeName(card->cardType), QStringLiteral("hk_macau_taiwan_residence_permit"));
        QCOMPARE(card->name, QStringLiteral("陈大文"));
        QVERIFY(card->nationCode.isEmpty());
        QCOMPARE(card->idNumber, QStringLiteral("810000198503150017"));
        QCOMPARE(card->passNumber, QStringLiteral("H12345678"));
        QCOMPARE(card->issueCount, 1);
        QVERIFY(checkCard(card.value(), QDate(2023, 1, 1)).consistent());
    }

    void foreignCardsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("2017 permanent residence (I)") << testcards::foreignPermanentText(QLatin1Char('I'));
        QTest::newRow("2023 permanent residence (Y)") << testcards::foreignPermanentText(QLatin1Char('Y'));
        QTest::newRow("unknown flag on a resident layout")
            << testcards::residentText(testcards::wang(), QLatin1Char('Z'));
    }
    void foreignCardsRefused()
    {
        QFETCH(QByteArray, text);
        const auto card = decodeTextBlock(text);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, QStringLiteral("idscan.card_type"));
        QVERIFY(card.error().message.startsWith(QLatin1String("card type not supported")));
    }

    void malformedFieldsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("mentions");
        auto p = testcards::wang();
        p.sex = QStringLiteral("3");
        QTest::newRow("sex 3") << testcards::residentText(p) << "sex";
        p = testcards::wang();
        p.nation = QStringLiteral("60");
        QTest::newRow("nation 60") << testcards::residentText(p) << "nation";
        p = testcards::wang();
        p.birth = QStringLiteral("19801301");
        QTest::newRow("month 13") << testcards::residentText(p) << "birth";
        p = testcards::wang();
        p.until = QStringLiteral("forever");
        QTest::newRow("valid until text") << testcards::residentText(p) << "valid-until";
        p = testcards::wang();
        p.id = QStringLiteral("50024219800101");
        QTest::newRow("short number") << testcards::residentText(p) << "ID number";
        p = testcards::wang();
        p.name.clear();
        QTest::newRow("no name") << testcards::residentText(p) << "name";
        QTest::newRow("short block") << testcards::residentText(testcards::wang()).left(200) << "256";
    }
    void malformedFieldsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, mentions);
        const auto card = decodeTextBlock(text);
        QVERIFY(!card.ok());
        QVERIFY2(card.error().message.contains(mentions), qPrintable(card.error().message));
    }

    void readAnswerCarriesPhotoUntouched()
    {
        const QByteArray text = testcards::residentText(testcards::wang());
        const QByteArray photo = testcards::photo();
        const QByteArray data = QByteArray::fromHex("01000400") + text + photo;
        const auto card = decodeReadData(data);
        QVERIFY(card.ok());
        QCOMPARE(card->photo, photo);
        QCOMPARE(card->name, QStringLiteral("王小明"));

        QCOMPARE(decodeReadData(QByteArray::fromHex("01000300") + text + photo.left(768)).error().code,
            QStringLiteral("idscan.length"));
        QCOMPARE(decodeReadData(QByteArray::fromHex("01000400") + text + photo.left(1000)).error().code,
            QStringLiteral("idscan.length"));
        QCOMPARE(decodeReadData(QByteArray::fromHex("0100")).error().code, QStringLiteral("idscan.length"));
    }

    void encoderIsTheInverse()
    {
        const auto card = decodeTextBlock(testcards::residentText(testcards::li()));
        QVERIFY(card.ok());
        QCOMPARE(encodeTextBlock(card.value()), testcards::residentText(testcards::li()));
    }

    void checks_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<bool>("checkDigitOk");
        QTest::addColumn<bool>("birthMatches");
        QTest::addColumn<bool>("sexMatches");
        QTest::newRow("all agree") << "500242198001010032"
                                   << "1"
                                   << "19800101" << true << true << true;
        QTest::newRow("check digit off by one") << "500242198001010033"
                                                << "1"
                                                << "19800101" << false << true << true;
        QTest::newRow("card says female") << "500242198001010032"
                                          << "2"
                                          << "19800101" << true << true << false;
        QTest::newRow("card birth differs") << "500242198001010032"
                                            << "1"
                                            << "19800102" << true << false << true;
        QTest::newRow("X check, female") << "11010519491231002X"
                                         << "2"
                                         << "19491231" << true << true << true;
        QTest::newRow("letter inside number") << "5002421980010100A2"
                                              << "1"
                                              << "19800101" << false << false << false;
    }
    void checks()
    {
        QFETCH(QString, id);
        QFETCH(QString, sex);
        QFETCH(QString, birth);
        QFETCH(bool, checkDigitOk);
        QFETCH(bool, birthMatches);
        QFETCH(bool, sexMatches);
        auto p = testcards::wang();
        p.id = id;
        p.sex = sex;
        p.birth = birth;
        const auto card = decodeTextBlock(testcards::residentText(p));
        QVERIFY(card.ok());
        const IdCardChecks c = checkCard(card.value(), QDate(2026, 11, 23));
        QCOMPARE(c.checkDigitOk, checkDigitOk);
        QCOMPARE(c.birthDateMatches, birthMatches);
        QCOMPARE(c.sexMatches, sexMatches);
    }

    void expiry()
    {
        const auto card
            = decodeTextBlock(testcards::residentText(testcards::wang())); // valid 2015-06-01..2035-06-01
        QVERIFY(card.ok());
        QVERIFY(!checkCard(card.value(), QDate(2035, 6, 1)).expired); // the last day still counts
        QVERIFY(checkCard(card.value(), QDate(2035, 6, 2)).expired);
        QVERIFY(checkCard(card.value(), QDate(2015, 5, 31)).notYetValid);
        QVERIFY(!checkCard(card.value(), QDate(2026, 11, 23)).expired);
    }
};

QTEST_GUILESS_MAIN(TestIdCard)
#include "tst_idcard.moc"
