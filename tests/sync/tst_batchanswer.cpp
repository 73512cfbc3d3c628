// The county's batch answer as the kiosk reads it: the plain answers a county writes are read to the same
// results QJsonDocument gives, and anything unusual (escapes, Chinese, other members, other types, broken JSON)
// is read exactly as QJsonDocument reads it.
#include "batchanswer.h"

#include <QtTest>

using namespace bianmin;

class TestBatchAnswer : public QObject
{
    Q_OBJECT
private slots:
    void plainAnswerIsReadMemberByMember()
    {
        const QByteArray body = "{\"results\":[{\"county_ref\":\"CTY-00000001\",\"id\":\"a1\",\"outcome\":\"accepted\",\"status\":\"received\"},"
                                "{\"id\":\"b2\",\"missing\":[\"h1\",\"h2\"],\"outcome\":\"missing_blobs\"},"
                                "{\"id\":\"c3\",\"message\":\"bad kiosk_id\",\"outcome\":\"invalid\"}]}";
        const QList<BatchResult> results = parseBatchAnswer(body);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0), (BatchResult{QStringLiteral("a1"), QStringLiteral("accepted"), QStringLiteral("CTY-00000001"),
                                             QString(), QStringLiteral("received"), {}}));
        QCOMPARE(results.at(1).missing, (QStringList{QStringLiteral("h1"), QStringLiteral("h2")}));
        QCOMPARE(results.at(2).message, QStringLiteral("bad kiosk_id"));
        QCOMPARE(results, detail::parseBatchAnswerWithQJson(body));
    }

    void sameAsQJsonDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");
        QTest::newRow("empty results") << QByteArray("{\"results\":[]}") << 0;
        QTest::newRow("spaces and newlines") << QByteArray(" {\n \"results\" : [ { \"id\" : \"a\" , \"outcome\" : \"duplicate\" } ,\r\n"
                                                           "{\"id\":\"b\",\"missing\":[ ],\"outcome\":\"accepted\"} ] }\n")
                                             << 2;
        QTest::newRow("chinese message") << QStringLiteral("{\"results\":[{\"id\":\"a\",\"message\":\"身份证号码不对\",\"outcome\":\"invalid\"}]}").toUtf8() << 1;
        QTest::newRow("escapes") << QByteArray("{\"results\":[{\"id\":\"a\",\"message\":\"say \\\"no\\\"\\\\\\n\\u00e9\\ud83d\\ude00\",\"outcome\":\"conflict\"}]}") << 1;
        QTest::newRow("other member") << QByteArray("{\"results\":[{\"id\":\"a\",\"outcome\":\"accepted\",\"received_at\":\"2026-11-23T10:00:00+08:00\"}]}") << 1;
        QTest::newRow("other top-level member") << QByteArray("{\"server\":\"x\",\"results\":[{\"id\":\"a\",\"outcome\":\"accepted\"}]}") << 1;
        QTest::newRow("member twice") << QByteArray("{\"results\":[{\"id\":\"a\",\"outcome\":\"invalid\",\"outcome\":\"accepted\"}]}") << 1;
        QTest::newRow("not strings") << QByteArray("{\"results\":[{\"id\":7,\"outcome\":null,\"county_ref\":true,\"missing\":[\"h\",3]}]}") << 1;
        QTest::newRow("missing not an array") << QByteArray("{\"results\":[{\"id\":\"a\",\"missing\":\"h1\",\"outcome\":\"missing_blobs\"}]}") << 1;
        QTest::newRow("result not an object") << QByteArray("{\"results\":[\"a\",{\"id\":\"b\",\"outcome\":\"accepted\"}]}") << 2;
        QTest::newRow("results not an array") << QByteArray("{\"results\":{\"id\":\"a\"}}") << 0;
        QTest::newRow("not an object") << QByteArray("[{\"id\":\"a\",\"outcome\":\"accepted\"}]") << 0;
        QTest::newRow("truncated") << QByteArray("{\"results\":[{\"id\":\"a\",\"outcome\":\"acc") << 0;
        QTest::newRow("trailing bytes") << QByteArray("{\"results\":[{\"id\":\"a\",\"outcome\":\"accepted\"}]}x") << 0;
        QTest::newRow("trailing comma") << QByteArray("{\"results\":[{\"id\":\"a\",\"outcome\":\"accepted\"},]}") << 0;
        // A raw tab inside a string is not JSON, but QJsonDocument takes it: so does the kiosk.
        QTest::newRow("raw tab in a string") << QByteArray("{\"results\":[{\"id\":\"a\tb\",\"outcome\":\"accepted\"}]}") << 1;
        QTest::newRow("empty body") << QByteArray() << 0;
    }
    void sameAsQJsonDocument()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        const QList<BatchResult> results = parseBatchAnswer(body);
        QCOMPARE(results, detail::parseBatchAnswerWithQJson(body));
        QCOMPARE(results.size(), count);
    }
};

QTEST_GUILESS_MAIN(TestBatchAnswer)
#include "tst_batchanswer.moc"
