// The QR look-up string: it names the case, and only the kiosk's key can produce its verification code.
#include "printing/receiptcode.h"
#include "receiptfixture.h"

#include <QTest>

using namespace bianmin;

class TestReceiptCode : public QObject
{
    Q_OBJECT
private slots:
    void lookupStringRoundTrips()
    {
        const ReceiptCode code(fixture::mac());
        const QString id = fixture::caseRecord().id;
        const QString lookup = code.lookupString(id);
        QVERIFY(lookup.startsWith(QStringLiteral("BM1:") + id.toUpper() + QLatin1Char(':')));
        QCOMPARE(lookup.size(), 4 + 36 + 1 + 8);
        auto verified = code.verify(lookup);
        QVERIFY(verified.ok());
        QCOMPARE(verified.value(), id);
    }

    void codeIsAsciiAlphanumericOfEightCharacters()
    {
        const QString c = ReceiptCode(fixture::mac()).code(fixture::caseRecord().id);
        QCOMPARE(c.size(), 8);
        for (QChar ch : c)
            QVERIFY2(QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ").contains(ch), qPrintable(c));
    }

    void typedFormsAreAccepted()
    {
        const ReceiptCode code(fixture::mac());
        const QString id = fixture::caseRecord().id;
        const QString c = code.code(id);
        QVERIFY(code.verify(QStringLiteral("bm1:%1:%2").arg(id, ReceiptCode::grouped(c).toLower())).ok());
        QVERIFY(code.verify(QStringLiteral("  BM1:%1:%2\n").arg(id.toUpper(), c)).ok());
    }

    void forgeriesAreRefused()
    {
        const ReceiptCode code(fixture::mac());
        const QString id = fixture::caseRecord().id;
        const QString lookup = code.lookupString(id);

        // Another case id with this receipt's code.
        QString otherId = id;
        otherId[0] = QLatin1Char('4');
        auto wrongCase = code.verify(QStringLiteral("BM1:%1:%2").arg(otherId, code.code(id)));
        QVERIFY(!wrongCase.ok());
        QCOMPARE(wrongCase.error().code, QStringLiteral("receipt.forged"));

        // A code made with another kiosk's key.
        const ReceiptCode otherKiosk(fixture::mac(0x17));
        QVERIFY(otherKiosk.code(id) != code.code(id));
        auto foreign = code.verify(otherKiosk.lookupString(id));
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, QStringLiteral("receipt.forged"));

        // One character of the code changed.
        QString tampered = lookup;
        tampered[tampered.size() - 1] = tampered.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(code.verify(tampered).error().code, QStringLiteral("receipt.forged"));
    }

    void malformedStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("a URL") << QStringLiteral("https://example.org/");
        QTest::newRow("no code") << QStringLiteral("BM1:3f2b91ac-5d7e-4c1a-9b8e-2a6f0c4d7e19");
        QTest::newRow("bad id") << QStringLiteral("BM1:not-a-case:ABCDEFGH");
        QTest::newRow("other prefix") << QStringLiteral("XX1:3f2b91ac-5d7e-4c1a-9b8e-2a6f0c4d7e19:ABCDEFGH");
    }
    void malformedStrings()
    {
        QFETCH(QString, text);
        auto r = ReceiptCode(fixture::mac()).verify(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("receipt.malformed"));
    }

    void caseNumberIsShortAndFromTheId()
    {
        QCOMPARE(ReceiptCode::caseNumber(QStringLiteral("3f2b91ac-5d7e-4c1a-9b8e-2a6f0c4d7e19")), QStringLiteral("3F2B-91AC"));
    }
};

QTEST_GUILESS_MAIN(TestReceiptCode)
#include "tst_receiptcode.moc"
