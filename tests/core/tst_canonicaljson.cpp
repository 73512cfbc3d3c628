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

    void keysAreInUtf16OrderWhateverTheInput()
    {
        // Non-ASCII, mixed case and prefixes, parsed from text and inserted by hand in another order: the
        // members always come out in QString (UTF-16 code unit) order, which is what other platforms implement.
        QStringList keys{QStringLiteral("中文"), QStringLiteral("b"), QStringLiteral("é"), QStringLiteral("aa"),
                         QStringLiteral("Z"), QStringLiteral("_"), QStringLiteral("a"), QStringLiteral("😀"),
                         QStringLiteral("ｚ"), QStringLiteral("B")};
        QJsonObject inserted;
        for (qsizetype i = keys.size() - 1; i >= 0; --i)
            inserted.insert(keys.at(i), static_cast<int>(i));
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QByteArray expected = "{";
        for (const QString &k : sorted)
            expected += (expected.size() > 1 ? ",\"" : "\"") + k.toUtf8() + "\":" + QByteArray::number(keys.indexOf(k));
        expected += '}';
        QCOMPARE(canonicalJson(inserted), expected);
        const QJsonObject parsed = QJsonDocument::fromJson(QJsonDocument(inserted).toJson()).object();
        QCOMPARE(canonicalJson(parsed), expected);
        // Without a top-level member: only that one goes, the same name deeper down stays.
        QJsonObject nested{{QStringLiteral("content_hash"), 1},
                           {QStringLiteral("x"), QJsonObject{{QStringLiteral("content_hash"), 2}}}};
        QCOMPARE(canonicalJsonWithout(nested, u"content_hash"), QByteArray(R"({"x":{"content_hash":2}})"));
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

    void canonicalEnvelopeIsCanonicalJsonOfTheEnvelope()
    {
        // Written member by member for speed: it must be byte for byte what the county hashes.
        CaseRecord c;
        c.id = QStringLiteral("0b6c1d0e-1111-4222-8333-444455556666");
        c.kioskId = QStringLiteral("500242-huatian-01");
        c.serviceId = QStringLiteral("temporary_assistance");
        c.formVersion = 7;
        c.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::OffsetFromUTC, 8 * 3600);
        c.submittedAt = c.createdAt.addSecs(90);
        c.channel = QStringLiteral("agent");
        c.agent.staffId = QStringLiteral("clerk \"7\"");
        c.agent.consent = Consent{QStringLiteral("id_card"), c.createdAt, QString()};
        c.applicant.name = QStringLiteral("张三\n\t\\");
        c.applicant.idNumber = QStringLiteral("500242198001010032");
        c.applicant.address = QString(QChar(0x01)) + QStringLiteral("/村😀");
        c.fields.insert(QStringLiteral("amount"), 1200.5);
        c.fields.insert(QStringLiteral("Zeta"), QJsonArray{1, true, QJsonValue::Null, QStringLiteral("é")});
        c.approvals.append(Approval{QStringLiteral("village"), QStringLiteral("cadre-02"), QStringLiteral("approve"),
                                    c.submittedAt, QStringLiteral("同意")});
        c.approvals.append(Approval{QStringLiteral("town"), QStringLiteral("t-1"), QStringLiteral("reject"),
                                    c.submittedAt, QString()});
        c.attachments.append(Attachment{QString(64, QLatin1Char('c')), QStringLiteral("id_photo"),
                                        QStringLiteral("image/jpeg"), 20480});
        c.attachments.append(Attachment{QString(64, QLatin1Char('d')), QStringLiteral("document"),
                                        QStringLiteral("application/pdf"), 0});
        QString hash;
        QCOMPARE(c.canonicalEnvelope(&hash), canonicalJson(c.toEnvelope()));
        QCOMPARE(hash, c.toEnvelope().value(QStringLiteral("content_hash")).toString());
        c.channel = QStringLiteral("self");
        c.agent.consent.blob = QString(64, QLatin1Char('e'));
        QCOMPARE(c.canonicalEnvelope(), canonicalJson(c.toEnvelope()));
        QCOMPARE(c.blobHashes(), (QStringList{QString(64, QLatin1Char('c')), QString(64, QLatin1Char('d'))}));
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
