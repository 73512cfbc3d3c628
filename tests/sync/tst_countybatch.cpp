// How bianmin-county reads a POST /cases/batch body before storing it, without a server or a network: where
// each case's bytes are, so a canonical envelope's content_hash is checked on the bytes as sent.
#include "batchbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace bianmin::county;

Q_DECLARE_METATYPE(QList<QByteArray>)

class TestCountyBatch : public QObject
{
    Q_OBJECT
private slots:
    void findsEachCase_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QList<QByteArray>>("cases");
        QTest::newRow("as the kiosk sends it") << QByteArray("{\"cases\":[{\"a\":1},{\"b\":[2,3]}]}")
                                               << QList<QByteArray>{"{\"a\":1}", "{\"b\":[2,3]}"};
        QTest::newRow("empty") << QByteArray("{\"cases\":[]}") << QList<QByteArray>{};
        QTest::newRow("whitespace between tokens")
            << QByteArray(" \r\n{ \"cases\" :\t[ {\"a\": 1} ,\n{ } ] }\n") << QList<QByteArray>{"{\"a\": 1}", "{ }"};
        QTest::newRow("brackets, commas and quotes inside strings")
            << QByteArray("{\"cases\":[{\"a\":\"]},{\\\"x\\\\\"},{\"b\":\"\\\\\"},\"c\"]}")
            << QList<QByteArray>{"{\"a\":\"]},{\\\"x\\\\\"}", "{\"b\":\"\\\\\"}", "\"c\""};
        QTest::newRow("scalars and nesting") << QByteArray("{\"cases\":[3,null,[[1],{\"x\":[]}],-1.5e+07]}")
                                             << QList<QByteArray>{"3", "null", "[[1],{\"x\":[]}]", "-1.5e+07"};
    }

    void findsEachCase()
    {
        QFETCH(QByteArray, body);
        QFETCH(QList<QByteArray>, cases);
        QVERIFY(QJsonDocument::fromJson(body).isObject()); // the server only looks at bodies Qt parsed
        const auto found = caseBytes(body);
        QVERIFY(found.has_value());
        QCOMPARE(found->size(), cases.size());
        for (qsizetype i = 0; i < cases.size(); ++i)
            QCOMPARE(found->at(i).toByteArray(), cases.at(i));
    }

    void otherShapesAreNotLocated_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("another member") << QByteArray("{\"cases\":[{\"a\":1}],\"note\":1}");
        QTest::newRow("another member first") << QByteArray("{\"note\":1,\"cases\":[{\"a\":1}]}");
        QTest::newRow("cases twice") << QByteArray("{\"cases\":[{\"a\":1}],\"cases\":[{\"b\":2}]}");
        QTest::newRow("escaped key") << QByteArray("{\"\\u0063ases\":[{\"a\":1}]}");
        QTest::newRow("cases not an array") << QByteArray("{\"cases\":{\"a\":1}}");
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"cases\":[{\"a\":1}]}");
        QTest::newRow("array at top level") << QByteArray("[{\"cases\":[]}]");
    }

    void otherShapesAreNotLocated()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!caseBytes(body).has_value());
    }

    void locatesWhatQtParses()
    {
        // Generated batches of awkward strings, compact and indented: the bytes found for each case parse to
        // exactly the case Qt found at that place.
        const QStringList texts{QStringLiteral("]"), QStringLiteral("\"],[{"), QStringLiteral("\\"), QStringLiteral("\\\""),
                                QStringLiteral("村 😀"), QStringLiteral("{\"cases\":[]}"), QString()};
        QJsonArray cases;
        for (int i = 0; i < 40; ++i) {
            QJsonObject c{{QStringLiteral("n"), i}, {QStringLiteral("text"), texts.at(i % texts.size())}};
            if (i % 3 == 0)
                c.insert(QStringLiteral("nested"), QJsonArray{texts.at((i + 1) % texts.size()), QJsonObject{{texts.at(i % texts.size()), i}}});
            cases.append(c);
        }
        const QJsonDocument doc(QJsonObject{{QStringLiteral("cases"), cases}});
        for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
            const QByteArray body = doc.toJson(format);
            const auto found = caseBytes(body);
            QVERIFY(found.has_value());
            QCOMPARE(found->size(), cases.size());
            for (qsizetype i = 0; i < cases.size(); ++i)
                QCOMPARE(QJsonDocument::fromJson(found->at(i).toByteArray()).object(), cases.at(i).toObject());
        }
    }

};

QTEST_GUILESS_MAIN(TestCountyBatch)
#include "tst_countybatch.moc"
