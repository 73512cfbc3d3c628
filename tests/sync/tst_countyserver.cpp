// bianmin-county as another county platform's client would see it: PROTOCOL.md over real mutual TLS on
// 127.0.0.1, certificates from the county CA code, a real server process and its CLI.
#include "synctestsupport.h"

#include "core/canonicaljson.h"
#include "core/clock.h"
#include "core/ids.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTemporaryFile>

using namespace bianmin;
using namespace synctest;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray preferenceApplied; ///< the answer's Preference-Applied header (RFC 7240)
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QSslConfiguration clientTls(const QString &caPem, const QString &certPem = {}, const QString &keyPem = {})
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caPem));
    if (!certPem.isEmpty()) {
        tls.setLocalCertificateChain(QSslCertificate::fromPath(certPem));
        QFile f(keyPem);
        (void)f.open(QIODevice::ReadOnly);
        tls.setPrivateKey(QSslKey(f.readAll(), QSsl::Ec));
    }
    return tls;
}

Answer call(const QByteArray &verb, const QString &url, const QSslConfiguration &tls, const QByteArray &body = {},
            const QByteArray &prefer = {})
{
    static QNetworkAccessManager *nam = new QNetworkAccessManager;
    nam->clearConnectionCache();
    QNetworkRequest req{QUrl(url)};
    req.setSslConfiguration(tls);
    req.setTransferTimeout(10000);
    if (verb == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!prefer.isEmpty())
        req.setRawHeader("Prefer", prefer);
    QNetworkReply *reply = nam->sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->error(),
             reply->rawHeader("Preference-Applied")};
    reply->deleteLater();
    return a;
}

QString sha(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

QJsonObject envelope(const QString &kioskId, const QString &note, const QStringList &blobs = {})
{
    CaseRecord c;
    c.id = newId();
    c.kioskId = kioskId;
    c.serviceId = QStringLiteral("old-age-allowance");
    c.formVersion = 2;
    c.createdAt = fromRfc3339(QStringLiteral("2026-11-23T09:00:00.000+08:00"));
    c.submittedAt = fromRfc3339(QStringLiteral("2026-11-23T09:05:00.000+08:00"));
    c.applicant.name = QStringLiteral("李四");
    c.applicant.idNumber = QStringLiteral("11010519491231002X");
    c.fields = QJsonObject{{QStringLiteral("note"), note}};
    for (const QString &b : blobs)
        c.attachments.append(Attachment{b, QStringLiteral("id_photo"), QStringLiteral("image/jpeg"), 5});
    return c.toEnvelope();
}

QByteArray batch(const QList<QJsonObject> &cases)
{
    QJsonArray a;
    for (const QJsonObject &c : cases)
        a.append(c);
    return QJsonDocument(QJsonObject{{QStringLiteral("cases"), a}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCountyServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = Pki::make(m_dir.filePath(QStringLiteral("pki")), {QStringLiteral("k-01"), QStringLiteral("k-02")});
        m_other = Pki::make(m_dir.filePath(QStringLiteral("other")), {QStringLiteral("k-01")});
        m_county = std::make_unique<County>(m_dir.filePath(QStringLiteral("county.db")), m_pki,
                                            QStringList{QStringLiteral("--max-batch"), QStringLiteral("5"),
                                                        QStringLiteral("--max-blob-bytes"), QStringLiteral("1000")});
        QVERIFY(m_county->start());
        m_k1 = clientTls(m_pki.caPem(), m_pki.kioskPem(QStringLiteral("k-01")), m_pki.kioskKey(QStringLiteral("k-01")));
        m_k2 = clientTls(m_pki.caPem(), m_pki.kioskPem(QStringLiteral("k-02")), m_pki.kioskKey(QStringLiteral("k-02")));
    }

    void keyFilesArePrivate()
    {
        for (const QString &key : {m_pki.dir + QStringLiteral("/ca.key"), m_pki.serverKey(), m_pki.kioskKey(QStringLiteral("k-01"))})
            QCOMPARE(QFile::permissions(key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                     QFileDevice::Permissions());
        // A second `ca init` must not replace the county's CA key.
        QByteArray err;
        QCOMPARE(County::run({QStringLiteral("ca"), QStringLiteral("init"), QStringLiteral("--dir"), m_pki.dir}, nullptr, &err), 1);
        QVERIFY(err.contains("refusing"));
    }

    void infoNamesTheKioskFromItsCertificate()
    {
        const Answer a = call("GET", m_county->url() + QStringLiteral("/api/v1/info"), m_k1);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("protocol")).toInt(), 1);
        QCOMPARE(a.json().value(QLatin1String("max_batch")).toInt(), 5);
        QCOMPARE(a.json().value(QLatin1String("kiosk_id")).toString(), QStringLiteral("k-01"));
        QVERIFY(fromRfc3339(a.json().value(QLatin1String("time")).toString()).isValid());
    }

    void refusesClientWithoutCertificate()
    {
        const Answer a = call("GET", m_county->url() + QStringLiteral("/api/v1/info"), clientTls(m_pki.caPem()));
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
    }

    void refusesCertificateFromAnotherCa()
    {
        // Same kiosk id, but issued by a CA the county never trusted.
        const QSslConfiguration forged = clientTls(m_pki.caPem(), m_other.kioskPem(QStringLiteral("k-01")),
                                                   m_other.kioskKey(QStringLiteral("k-01")));
        const QJsonObject forgedCase = envelope(QStringLiteral("k-01"), QStringLiteral("forged"));
        const Answer a = call("POST", m_county->url() + QStringLiteral("/api/v1/cases/batch"), forged, batch({forgedCase}));
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
        for (const QJsonObject &row : m_county->exportCases())
            QVERIFY(row.value(QLatin1String("id")) != forgedCase.value(QLatin1String("id")));
    }

    void blobs()
    {
        const QByteArray bytes = QByteArrayLiteral("hello county");
        const QString url = m_county->url() + QStringLiteral("/api/v1/blobs/") + sha(bytes);
        QCOMPARE(call("HEAD", url, m_k1).status, 404);
        QCOMPARE(call("PUT", url, m_k1, QByteArrayLiteral("hello cownty")).status, 400); // wrong bytes
        QCOMPARE(call("HEAD", url, m_k1).status, 404);
        QCOMPARE(call("PUT", url, m_k1, bytes).status, 201);
        QCOMPARE(call("PUT", url, m_k1, bytes).status, 200); // idempotent
        QCOMPARE(call("HEAD", url, m_k1).status, 200);
        QCOMPARE(call("HEAD", url, m_k2).status, 404); // another kiosk cannot probe this kiosk's attachments
        const QByteArray big(1001, 'x');
        QCOMPARE(call("PUT", m_county->url() + QStringLiteral("/api/v1/blobs/") + sha(big), m_k1, big).status, 413);
        QCOMPARE(call("HEAD", m_county->url() + QStringLiteral("/api/v1/blobs/nothex"), m_k1).status, 400);
    }

    void batchOutcomes()
    {
        const QByteArray photo = QByteArrayLiteral("photo");
        const QJsonObject a = envelope(QStringLiteral("k-01"), QStringLiteral("a"));
        QJsonObject conflicting = envelope(QStringLiteral("k-01"), QStringLiteral("b"));
        const QJsonObject wrongKiosk = envelope(QStringLiteral("k-02"), QStringLiteral("claims another kiosk"));
        QJsonObject tampered = envelope(QStringLiteral("k-01"), QStringLiteral("c"));
        tampered.insert(QStringLiteral("service_id"), QStringLiteral("something-else")); // hash no longer matches
        const QJsonObject needsPhoto = envelope(QStringLiteral("k-01"), QStringLiteral("d"), {sha(photo)});

        const QString url = m_county->url() + QStringLiteral("/api/v1/cases/batch");
        Answer r = call("POST", url, m_k1, batch({a, wrongKiosk, tampered, needsPhoto, a}));
        QCOMPARE(r.status, 200);
        QJsonArray results = r.json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 5);
        auto outcome = [&](int i) { return results.at(i).toObject().value(QLatin1String("outcome")).toString(); };
        QCOMPARE(outcome(0), QStringLiteral("accepted"));
        QVERIFY(QRegularExpression(QStringLiteral("^CTY-[0-9]{8}$"))
                    .match(results.at(0).toObject().value(QLatin1String("county_ref")).toString())
                    .hasMatch());
        QCOMPARE(outcome(1), QStringLiteral("invalid"));
        QVERIFY(results.at(1).toObject().value(QLatin1String("message")).toString().contains(QLatin1String("certificate")));
        QCOMPARE(outcome(2), QStringLiteral("invalid"));
        QVERIFY(results.at(2).toObject().value(QLatin1String("message")).toString().contains(QLatin1String("content_hash")));
        QCOMPARE(outcome(3), QStringLiteral("missing_blobs"));
        QCOMPARE(results.at(3).toObject().value(QLatin1String("missing")).toArray().first().toString(), sha(photo));
        QCOMPARE(outcome(4), QStringLiteral("duplicate"));
        QCOMPARE(results.at(4).toObject().value(QLatin1String("county_ref")), results.at(0).toObject().value(QLatin1String("county_ref")));

        // Same id, other content: a conflict, and the stored version is kept.
        conflicting.insert(QStringLiteral("id"), a.value(QLatin1String("id")));
        conflicting.insert(QStringLiteral("content_hash"), contentHash(conflicting));
        QCOMPARE(call("PUT", m_county->url() + QStringLiteral("/api/v1/blobs/") + sha(photo), m_k1, photo).status, 201);
        r = call("POST", url, m_k1, batch({conflicting, needsPhoto}));
        results = r.json().value(QLatin1String("results")).toArray();
        QCOMPARE(outcome(0), QStringLiteral("conflict"));
        QCOMPARE(outcome(1), QStringLiteral("accepted"));

        // The same envelope from another kiosk's certificate is that kiosk lying about kiosk_id.
        r = call("POST", url, m_k2, batch({needsPhoto}));
        QCOMPARE(r.json().value(QLatin1String("results")).toArray().first().toObject().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("invalid"));

        // Too many cases for max_batch, and a body that is not a batch.
        QCOMPARE(call("POST", url, m_k1, batch({a, a, a, a, a, a})).status, 413);
        Answer bad = call("POST", url, m_k1, QByteArrayLiteral("{\"cases\": 3}"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(), QStringLiteral("bad_request"));

        const QList<QJsonObject> rows = m_county->exportCases();
        QStringList ids;
        for (const QJsonObject &row : rows) {
            ids << row.value(QLatin1String("id")).toString();
            for (const char *key : {"id", "kiosk_id", "service_id", "content_hash", "received_at", "status"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
        }
        QCOMPARE(ids.count(a.value(QLatin1String("id")).toString()), 1);
        QCOMPARE(ids.count(needsPhoto.value(QLatin1String("id")).toString()), 1);
        QCOMPARE(ids.count(wrongKiosk.value(QLatin1String("id")).toString()), 0);
        for (const QJsonObject &row : rows) {
            if (row.value(QLatin1String("id")) == a.value(QLatin1String("id")))
                QCOMPARE(row.value(QLatin1String("content_hash")), a.value(QLatin1String("content_hash")));
        }
    }

    void contentHashIsCheckedHoweverTheCaseIsWritten()
    {
        // The reference kiosk sends each envelope in canonical form, and the county checks content_hash on those
        // bytes as they are; anything else (pretty-printed, another body shape) is parsed and re-serialised.
        // Either way a correct hash is accepted, a wrong one is invalid, and what is stored is the canonical
        // form without content_hash.
        const QString url = m_county->url() + QStringLiteral("/api/v1/cases/batch");
        const QJsonObject canonical = envelope(QStringLiteral("k-01"), QStringLiteral("as sealed: \"],[{\\ 村 😀\n"));
        const QJsonObject pretty = envelope(QStringLiteral("k-01"), QStringLiteral("pretty-printed"));
        QJsonObject wrongCanonical = envelope(QStringLiteral("k-01"), QStringLiteral("wrong hash, canonical"));
        wrongCanonical.insert(QStringLiteral("content_hash"), sha("something else"));
        QJsonObject wrongPretty = envelope(QStringLiteral("k-01"), QStringLiteral("wrong hash, pretty"));
        wrongPretty.insert(QStringLiteral("content_hash"), sha("something else"));
        const QByteArray body = "{ \"cases\" : [\n  " + canonicalJson(canonical) + " ,\n"
            + QJsonDocument(pretty).toJson(QJsonDocument::Indented) + ",\t" + canonicalJson(wrongCanonical) + ",\r\n"
            + QJsonDocument(wrongPretty).toJson(QJsonDocument::Indented) + ", 3 ]\n}\n";
        Answer r = call("POST", url, m_k1, body);
        QCOMPARE(r.status, 200);
        QJsonArray results = r.json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 5);
        auto outcome = [&](int i) { return results.at(i).toObject().value(QLatin1String("outcome")).toString(); };
        auto message = [&](int i) { return results.at(i).toObject().value(QLatin1String("message")).toString(); };
        QCOMPARE(outcome(0), QStringLiteral("accepted"));
        QCOMPARE(outcome(1), QStringLiteral("accepted"));
        QCOMPARE(outcome(2), QStringLiteral("invalid"));
        QVERIFY(message(2).contains(QLatin1String("content_hash")));
        QCOMPARE(outcome(3), QStringLiteral("invalid"));
        QVERIFY(message(3).contains(QLatin1String("content_hash")));
        QCOMPARE(outcome(4), QStringLiteral("invalid"));
        QVERIFY(message(4).contains(QLatin1String("object")));

        // A body of another shape (an extra member): the same answers for canonical envelopes too.
        const QJsonObject canonical2 = envelope(QStringLiteral("k-01"), QStringLiteral("canonical, other body"));
        const QByteArray other = "{\"cases\":[" + canonicalJson(canonical2) + "," + canonicalJson(wrongCanonical)
            + "],\"note\":\"x\"}";
        r = call("POST", url, m_k1, other);
        QCOMPARE(r.status, 200);
        results = r.json().value(QLatin1String("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(outcome(0), QStringLiteral("accepted"));
        QCOMPARE(outcome(1), QStringLiteral("invalid"));
        QVERIFY(message(1).contains(QLatin1String("content_hash")));

        // Stored: the canonical form without content_hash, whichever way it came.
        const QString connection = QStringLiteral("tst_countyserver-read");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(m_county->db());
            QVERIFY(db.open());
            for (const QJsonObject &c : {canonical, pretty, canonical2}) {
                QSqlQuery q(db);
                QVERIFY(q.prepare(QStringLiteral("SELECT envelope FROM cases WHERE id = ?")));
                q.addBindValue(c.value(QLatin1String("id")).toString());
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toString().toUtf8(), canonicalJsonWithout(c, u"content_hash"));
            }
        }
        QSqlDatabase::removeDatabase(connection);
        for (const QJsonObject &row : m_county->exportCases())
            QVERIFY(row.value(QLatin1String("id")) != wrongCanonical.value(QLatin1String("id"))
                    && row.value(QLatin1String("id")) != wrongPretty.value(QLatin1String("id")));
    }

    void batchesOutOfOrderAndTwiceStoreEachCaseOnce()
    {
        QList<QJsonObject> cases;
        for (int i = 0; i < 12; ++i)
            cases << envelope(QStringLiteral("k-02"), QStringLiteral("order %1").arg(i));
        const QString url = m_county->url() + QStringLiteral("/api/v1/cases/batch");
        const QList<QList<QJsonObject>> batches{cases.mid(0, 4), cases.mid(4, 4), cases.mid(8, 4)};
        for (int b : {2, 0, 2, 1, 0, 1}) {
            const Answer r = call("POST", url, m_k2, batch(batches.at(b)));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(QLatin1String("results")).toArray().size(), 4);
        }
        QHash<QString, int> seen;
        for (const QJsonObject &row : m_county->exportCases())
            seen[row.value(QLatin1String("id")).toString()] += 1;
        for (const QJsonObject &c : cases)
            QCOMPARE(seen.value(c.value(QLatin1String("id")).toString()), 1);
    }

    void statusInResultsWhenTheKioskPrefersIt()
    {
        // app/county/README.md, "Prefer: status-in-results": asked for (among other preferences, any case and
        // spacing), accepted and duplicate results carry the county's status and no "received" entry goes
        // into the feed; not asked for, protocol 1 as written.
        const QString url = m_county->url() + QStringLiteral("/api/v1/cases/batch");
        const QString feed = m_county->url() + QStringLiteral("/api/v1/updates?limit=1000");
        auto feedHas = [&](const QString &id) {
            for (const QJsonValue &u : call("GET", feed, m_k2).json().value(QLatin1String("updates")).toArray()) {
                if (u.toObject().value(QLatin1String("case_id")).toString() == id)
                    return true;
            }
            return false;
        };
        const QJsonObject asked = envelope(QStringLiteral("k-02"), QStringLiteral("prefers status"));
        const QString askedId = asked.value(QLatin1String("id")).toString();
        Answer r = call("POST", url, m_k2, batch({asked}), "respond-async, Status-In-Results");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.preferenceApplied, QByteArray("status-in-results"));
        QJsonObject result = r.json().value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("accepted"));
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("received"));
        QVERIFY(!feedHas(askedId));

        // Sent again after a clerk decided: a duplicate with the status it has now; the decision is in the feed.
        QCOMPARE(County::run({QStringLiteral("decide"), askedId, QStringLiteral("--status"), QStringLiteral("approved"),
                              QStringLiteral("--message"), QStringLiteral("准予办理"), QStringLiteral("--db"), m_county->db()}),
                 0);
        r = call("POST", url, m_k2, batch({asked}), "status-in-results");
        result = r.json().value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(result.value(QLatin1String("status")).toString(), QStringLiteral("approved"));
        QVERIFY(feedHas(askedId));

        const QJsonObject plain = envelope(QStringLiteral("k-02"), QStringLiteral("plain protocol 1"));
        r = call("POST", url, m_k2, batch({plain}));
        QVERIFY(r.preferenceApplied.isEmpty());
        result = r.json().value(QLatin1String("results")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("accepted"));
        QVERIFY(!result.contains(QLatin1String("status")));
        QVERIFY(feedHas(plain.value(QLatin1String("id")).toString()));
    }

    void decisionsReachOnlyTheirKiosk()
    {
        const QJsonObject c = envelope(QStringLiteral("k-01"), QStringLiteral("decide me"));
        QCOMPARE(call("POST", m_county->url() + QStringLiteral("/api/v1/cases/batch"), m_k1, batch({c})).status, 200);
        const QString id = c.value(QLatin1String("id")).toString();
        QByteArray out;
        QCOMPARE(County::run({QStringLiteral("decide"), id, QStringLiteral("--status"), QStringLiteral("needs_materials"),
                              QStringLiteral("--message"), QStringLiteral("请补交户口簿复印件"), QStringLiteral("--db"), m_county->db()},
                             &out),
                 0);
        QCOMPARE(County::run({QStringLiteral("decide"), id, QStringLiteral("--status"), QStringLiteral("approvedish"),
                              QStringLiteral("--message"), QStringLiteral("x"), QStringLiteral("--db"), m_county->db()}),
                 1);

        const Answer all = call("GET", m_county->url() + QStringLiteral("/api/v1/updates?limit=1000"), m_k1);
        QCOMPARE(all.status, 200);
        const QJsonArray updates = all.json().value(QLatin1String("updates")).toArray();
        QVERIFY(!updates.isEmpty());
        const QJsonObject last = updates.last().toObject();
        QCOMPARE(last.value(QLatin1String("case_id")).toString(), id);
        QCOMPARE(last.value(QLatin1String("status")).toString(), QStringLiteral("needs_materials"));
        QCOMPARE(last.value(QLatin1String("message")).toString(), QStringLiteral("请补交户口簿复印件"));
        QCOMPARE(all.json().value(QLatin1String("next")).toString(), last.value(QLatin1String("cursor")).toString());

        // After the last cursor: nothing new. Kiosk 2 never sees kiosk 1's decisions.
        const Answer after = call("GET", m_county->url() + QStringLiteral("/api/v1/updates?after=") +
                                             last.value(QLatin1String("cursor")).toString(), m_k1);
        QVERIFY(after.json().value(QLatin1String("updates")).toArray().isEmpty());
        const Answer other = call("GET", m_county->url() + QStringLiteral("/api/v1/updates?limit=1000"), m_k2);
        for (const QJsonValue &u : other.json().value(QLatin1String("updates")).toArray())
            QVERIFY(u.toObject().value(QLatin1String("case_id")).toString() != id);
    }

    void catalogueNotModified()
    {
        QCOMPARE(call("GET", m_county->url() + QStringLiteral("/api/v1/catalogue?since=0"), m_k1).status, 304);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"services": [{"id": "old-age-allowance"}]})");
        file.close();
        QCOMPARE(County::run(QStringList{QStringLiteral("catalogue"), QStringLiteral("publish"), file.fileName(), QStringLiteral("--db"), m_county->db()}), 0);
        const Answer a = call("GET", m_county->url() + QStringLiteral("/api/v1/catalogue?since=0"), m_k1);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(call("GET", m_county->url() + QStringLiteral("/api/v1/catalogue?since=1"), m_k1).status, 304);
    }

    void errorsAreJson()
    {
        const Answer a = call("GET", m_county->url() + QStringLiteral("/api/v1/nothing"), m_k1);
        QCOMPARE(a.status, 404);
        QVERIFY(!a.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString().isEmpty());
        QVERIFY(!a.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    Pki m_pki, m_other;
    std::unique_ptr<County> m_county;
    QSslConfiguration m_k1, m_k2;
};

QTEST_GUILESS_MAIN(TestCountyServer)
#include "tst_countyserver.moc"
