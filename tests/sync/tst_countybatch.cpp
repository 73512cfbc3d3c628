// How bianmin-county reads and checks a POST /cases/batch body before storing it, without a server or a
// network: where each case's bytes are, which cases are taken as sent in canonical form (content_hash checked
// on those bytes), that a body is read exactly when QJsonDocument reads it, and the quick check of times.
#include "batchbody.h"
#include "countystore.h"

#include "core/canonicaljson.h"
#include "core/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace bianmin;
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

    void readsCanonicalCasesAsSent()
    {
        // Canonical cases: hashed and stored as sent, parsed without the inside of "fields"; others: parsed whole.
        const QJsonObject a{{QStringLiteral("id"), QStringLiteral("a")}, {QStringLiteral("content_hash"), QStringLiteral("h")},
                            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("村\"]},{")}}},
                            {QStringLiteral("zeta"), QJsonArray{1, QJsonObject{{QStringLiteral("fields"), 2}}}}};
        const QJsonObject b{{QStringLiteral("id"), QStringLiteral("b")}, {QStringLiteral("fields"), QJsonArray{1, 2}}};
        QJsonObject aWithoutFields = a;
        aWithoutFields.insert(QStringLiteral("fields"), QJsonObject());
        const QByteArray canonicalBody = "{\"cases\":[" + canonicalJson(a) + "," + canonicalJson(b) + "]}";
        auto cases = readBatch(canonicalBody);
        QVERIFY(cases.has_value());
        QCOMPARE(cases->size(), 2);
        QCOMPARE(cases->at(0).canonical.value_or("none"), canonicalJsonWithout(a, u"content_hash"));
        QCOMPARE(cases->at(0).value.toObject(), aWithoutFields);
        QCOMPARE(cases->at(1).canonical.value_or("none"), canonicalJson(b));
        QCOMPARE(cases->at(1).value.toObject(), b); // "fields" that is not an object stays what it is

        const QByteArray mixed = "{\"cases\":[" + QJsonDocument(a).toJson() + "," + canonicalJson(b) + ",7]}";
        cases = readBatch(mixed);
        QVERIFY(cases.has_value());
        QCOMPARE(cases->size(), 3);
        QVERIFY(!cases->at(0).canonical.has_value());
        QCOMPARE(cases->at(0).value.toObject(), a);
        QCOMPARE(cases->at(1).canonical.value_or("none"), canonicalJson(b));
        QVERIFY(!cases->at(2).canonical.has_value());
        QCOMPARE(cases->at(2).value, QJsonValue(7));
    }

    void readsExactlyWhatQtParses()
    {
        // Damaged batch bodies: read when, and only when, QJsonDocument reads them as {"cases": [...]}, and then
        // with the same cases (canonical ones compared without the inside of "fields").
        const QJsonObject c1{{QStringLiteral("id"), QStringLiteral("x\\\"]")}, {QStringLiteral("n"), 2.5},
                             {QStringLiteral("fields"), QJsonObject{{QStringLiteral("a"), QJsonArray{true, QJsonValue::Null}}}},
                             {QStringLiteral("content_hash"), QStringLiteral("村")}};
        const QJsonObject c2{{QStringLiteral("fields"), QJsonObject()}, {QStringLiteral("k"), -3}};
        const QByteArray original = "{\"cases\":[" + canonicalJson(c1) + "," + canonicalJson(c2) + "]}";
        static const char bytes[] = {' ', '"', '\\', ',', ':', '{', '}', '[', ']', '0', '-', 'e', 'n', '\x01', '\xe6'};
        QRandomGenerator random(5);
        int read = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray body = original;
            const qsizetype at = qsizetype(random.bounded(int(body.size())));
            const char byte = bytes[random.bounded(int(std::size(bytes)))];
            switch (random.bounded(3)) {
            case 0: body.insert(at, byte); break;
            case 1: body.remove(at, 1); break;
            default: body[at] = byte; break;
            }
            QJsonParseError error;
            const QJsonValue list = QJsonDocument::fromJson(body, &error).object().value(QLatin1String("cases"));
            const bool qtReads = error.error == QJsonParseError::NoError && list.isArray();
            const auto cases = readBatch(body);
            QVERIFY2(cases.has_value() == qtReads, body.constData());
            if (!cases)
                continue;
            ++read;
            const QJsonArray parsed = list.toArray();
            QCOMPARE(cases->size(), parsed.size());
            for (qsizetype k = 0; k < parsed.size(); ++k) {
                if (!cases->at(k).canonical) {
                    QCOMPARE(cases->at(k).value, parsed.at(k));
                    continue;
                }
                QJsonObject expected = parsed.at(k).toObject();
                QCOMPARE(*cases->at(k).canonical, canonicalJsonWithout(expected, u"content_hash"));
                if (expected.value(QLatin1String("fields")).isObject())
                    expected.insert(QStringLiteral("fields"), QJsonObject());
                QCOMPARE(cases->at(k).value.toObject(), expected);
            }
        }
        QVERIFY(read > 100);
    }

    void timesAreCheckedAsFromRfc3339Does()
    {
        // isRfc3339Time recognises the usual form itself; it must accept and refuse exactly what fromRfc3339
        // does, on the forms kiosks write, on every calendar edge, and on damaged variants of them.
        QStringList samples{
            QStringLiteral("2026-11-23T09:30:00.000+08:00"), QStringLiteral("2026-11-23T01:30:00.000Z"),
            QStringLiteral("2026-11-23T09:30:00+08:00"), QStringLiteral("2026-11-23T09:30:00Z"),
            QStringLiteral("2024-02-29T00:00:00.000Z"), QStringLiteral("2023-02-29T00:00:00.000Z"),
            QStringLiteral("2000-02-29T00:00:00.000Z"), QStringLiteral("1900-02-29T00:00:00.000Z"),
            QStringLiteral("2026-04-31T00:00:00.000Z"), QStringLiteral("2026-12-31T23:59:59.999Z"),
            QStringLiteral("2026-13-01T00:00:00.000Z"), QStringLiteral("2026-00-10T00:00:00.000Z"),
            QStringLiteral("2026-01-00T00:00:00.000Z"), QStringLiteral("2026-01-32T00:00:00.000Z"),
            QStringLiteral("2026-11-23T24:00:00.000Z"), QStringLiteral("2026-11-23T23:60:00.000Z"),
            QStringLiteral("2026-11-23T23:59:60.000Z"), QStringLiteral("2026-11-23T09:30:00.000+14:59"),
            QStringLiteral("2026-11-23T09:30:00.000-14:59"), QStringLiteral("2026-11-23T09:30:00.000+15:00"),
            QStringLiteral("2026-11-23T09:30:00.000+24:00"), QStringLiteral("2026-11-23T09:30:00.000+08:60"),
            QStringLiteral("2026-11-23T09:30:00.000-00:00"), QStringLiteral("2026-11-23T09:30:00.000+0800"),
            QStringLiteral("2026-11-23T09:30:00.5Z"), QStringLiteral("2026-11-23T09:30:00.12345Z"),
            QStringLiteral("2026-11-23T09:30:00,000Z"), QStringLiteral("2026-11-23 09:30:00.000Z"),
            QStringLiteral("2026-11-23t09:30:00.000Z"), QStringLiteral("2026-11-23T09:30:00.000z"),
            QStringLiteral("2026-11-23T09:30Z"), QStringLiteral("2026-11-23T09:30:00.000"),
            QStringLiteral("2026-11-23"), QStringLiteral("0000-01-01T00:00:00.000Z"),
            QStringLiteral("0001-01-01T00:00:00.000+14:00"), QStringLiteral("0999-12-31T23:59:59.999Z"),
            QStringLiteral("1000-01-01T00:00:00.000+14:00"), QStringLiteral("9999-12-31T23:59:59.999-14:59"),
            QStringLiteral("+2026-11-23T09:30:00.000Z"), QStringLiteral("２０２６-11-23T09:30:00.000Z"),
            QString(), QStringLiteral("not a time")};
        // Damage the kiosk's form one character at a time: replaced, dropped, doubled.
        const QString usual = QStringLiteral("2026-11-23T09:30:00.000+08:00");
        const QString replacements = QStringLiteral("0123456789-:T.Z+ zx٣");
        for (qsizetype at = 0; at < usual.size(); ++at) {
            for (const QChar c : replacements)
                samples << QString(usual).replace(at, 1, c);
            samples << QString(usual).remove(at, 1) << QString(usual).insert(at, usual.at(at));
        }
        // And real times across the calendar, as toRfc3339 writes them.
        QDateTime t(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, -14 * 3600);
        for (int i = 0; i < 2000; ++i, t = t.addSecs(86400 * 7 + 3671).toOffsetFromUtc((i % 29 - 14) * 3600 + (i % 2) * 1800))
            samples << toRfc3339(t);
        int accepted = 0;
        for (const QString &s : std::as_const(samples)) {
            const bool expected = fromRfc3339(s).isValid();
            QVERIFY2(isRfc3339Time(s) == expected, qPrintable(s));
            accepted += expected;
        }
        QVERIFY(accepted > 2000);
        QVERIFY(accepted < samples.size() - 100);
    }
};

QTEST_GUILESS_MAIN(TestCountyBatch)
#include "tst_countybatch.moc"
