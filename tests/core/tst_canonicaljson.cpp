// content_hash must be identical on every kiosk and county platform, so the canonical form is pinned
// byte for byte here.
#include "core/canonicaljson.h"
#include "core/casedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace bianmin;

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private slots:
    void sortsKeysAndDropsWhitespace()
    {
        const QJsonObject o = QJsonDocument::fromJson(R"({ "b": 1, "a": {"z": [1, 2.5, "x"], "c": null}, "A": true })").object();
        QCOMPARE(canonicalJson(o), QByteArray(R"({"A":true,"a":{"c":null,"z":[1,2.5,"x"]},"b":1})"));
    }

    void writesUtf8AndEscapesOnlyWhatItMust()
    {
        const QJsonObject o{{QStringLiteral("名"), QStringLiteral("张三 \"/\\\n\x01")}};
        QCOMPARE(canonicalJson(o), QByteArray("{\"名\":\"张三 \\\"/\\\\\\n\\u0001\"}"));
    }

    void integersHaveNoFraction()
    {
        QCOMPARE(canonicalJson(QJsonArray{3.0, -12.0, 0.1, 1e21}), QByteArray("[3,-12,0.1,1e+21]"));
    }

    void contentHashIgnoresItsOwnMember()
    {
        QJsonObject o{{QStringLiteral("id"), QStringLiteral("x")}};
        const QString h = contentHash(o);
        o.insert(QStringLiteral("content_hash"), QStringLiteral("anything"));
        QCOMPARE(contentHash(o), h);
        QCOMPARE(h.size(), 64);
        // sha256 of {"id":"x"}
        QCOMPARE(h, QString::fromLatin1(QCryptographicHash::hash("{\"id\":\"x\"}", QCryptographicHash::Sha256).toHex()));
    }

    void envelopeRoundTrips()
    {
        CaseRecord c;
        c.id = QStringLiteral("0b6c1d0e-1111-4222-8333-444455556666");
        c.kioskId = QStringLiteral("500242-huatian-01");
        c.serviceId = QStringLiteral("temporary_assistance");
        c.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600);
        c.submittedAt = c.createdAt;
        c.applicant.name = QStringLiteral("张三");
        c.applicant.idNumber = QStringLiteral("500242198001010032");
        c.fields.insert(QStringLiteral("amount"), 1200);
        const QJsonObject env = c.toEnvelope();
        QCOMPARE(env.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-11-23T09:30:00.000+08:00"));
        auto back = CaseRecord::fromJson(env);
        QVERIFY(back.ok());
        QCOMPARE(back->toEnvelope(), env);
        QCOMPARE(env.value(QStringLiteral("content_hash")).toString(), contentHash(env));
    }

    void refusesCaseWithoutService()
    {
        auto r = CaseRecord::fromJson(QJsonObject{{QStringLiteral("applicant"), QJsonObject{}}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("case.missing_service"));
    }
};

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
