// The kiosk's SyncClient against a real bianmin-county process over mutual TLS on 127.0.0.1: the happy path,
// per-case outcomes, decisions and catalogue flowing back, and refusing to talk to a county it cannot trust.
#include "synctestsupport.h"

#include "sync/synctls.h"

#include "core/clock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QDir>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace bianmin;
using namespace synctest;

namespace {

/** TCP_NODELAY of each of this process's TCP connections whose peer port is `port`, read from the sockets. */
QList<bool> tcpNoDelayOfConnectionsTo(quint16 port)
{
    QList<bool> flags;
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : fds) {
        const int fd = name.toInt();
        sockaddr_in peer{};
        socklen_t length = sizeof peer;
        int type = 0;
        socklen_t typeLength = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLength) != 0 || type != SOCK_STREAM
            || getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0 || peer.sin_family != AF_INET
            || ntohs(peer.sin_port) != port)
            continue;
        int on = 0;
        length = sizeof on;
        getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, &length);
        flags << (on != 0);
    }
    return flags;
}

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pki = Pki::make(m_dir.filePath(QStringLiteral("pki")), {QStringLiteral("k-01"), QStringLiteral("k-02")});
        m_other = Pki::make(m_dir.filePath(QStringLiteral("other")), {QStringLiteral("k-01")});
    }

    void plainCountyAcknowledgesThroughTheFeed()
    {
        // A protocol-1 county without this server's extension ignores `Prefer: status-in-results`: the cases
        // are uploaded by the answer and received by the updates feed, in the same pass.
        County county(m_dir.filePath(QStringLiteral("plain.db")), m_pki, {QStringLiteral("--plain-v1"),
                                                                          QStringLiteral("--max-batch"), QStringLiteral("4")});
        QVERIFY(county.start());
        auto kiosk = makeKiosk(m_dir.filePath(QStringLiteral("plain")), QStringLiteral("k-01"), m_pki, county.url(), m_clock);
        queueCases(*kiosk, 10, 0);
        SyncClient client(*kiosk);
        const SyncReport report = runPass(client);
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QCOMPARE(report.accepted, 10);
        QCOMPARE(report.updatesApplied, 10);
        QCOMPARE(countInState(*kiosk, CaseState::Received), 10);
        QCOMPARE(county.exportCases().size(), 10);
    }

    void happyPathWithAttachmentsDecisionsAndCatalogue()
    {
        County county(m_dir.filePath(QStringLiteral("happy.db")), m_pki, {QStringLiteral("--max-batch"), QStringLiteral("7")});
        QVERIFY(county.start());
        auto kiosk = makeKiosk(m_dir.filePath(QStringLiteral("happy")), QStringLiteral("k-01"), m_pki, county.url(), m_clock);
        const QStringList ids = queueCases(*kiosk, 30, 3000);

        SyncClient client(*kiosk);
        QList<QJsonObject> catalogues;
        client.setCatalogueInstaller([&](DataStore &, const QJsonObject &c, const QUrl &) -> Status {
            catalogues << c;
            return {};
        });
        SyncReport report = runPass(client);
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QCOMPARE(report.accepted, 30);
        QCOMPARE(report.blobsUploaded, 30);
        QCOMPARE(report.remaining, 0);
        QCOMPARE(*kiosk->cases().outboxSize(), 0);

        // Every case exactly once at the county, with the content hash the kiosk computed.
        const QList<QJsonObject> rows = county.exportCases();
        QCOMPARE(rows.size(), 30);
        for (const QJsonObject &row : rows) {
            QVERIFY(ids.contains(row.value(QLatin1String("id")).toString()));
            auto local = kiosk->cases().get(row.value(QLatin1String("id")).toString());
            QVERIFY(local);
            QCOMPARE(row.value(QLatin1String("content_hash")).toString(),
                     local->toEnvelope().value(QLatin1String("content_hash")).toString());
            QVERIFY(!local->countyRef.isEmpty());
        }
        // The county said "received" in its answers (Prefer: status-in-results): every case is received and
        // there was nothing to pull from the updates feed.
        QCOMPARE(countInState(*kiosk, CaseState::Received), 30);
        QCOMPARE(report.updatesApplied, 0);
        QVERIFY(fromRfc3339(kiosk->database().stateValue(QStringLiteral("sync.last_success"))).isValid());

        // A clerk's decision at the county appears on the case at the kiosk, once.
        QCOMPARE(County::run({QStringLiteral("decide"), ids.first(), QStringLiteral("--status"), QStringLiteral("approved"),
                              QStringLiteral("--message"), QStringLiteral("准予参保"), QStringLiteral("--db"), county.db()}),
                 0);
        QTemporaryFile catalogueFile;
        QVERIFY(catalogueFile.open());
        catalogueFile.write(R"({"version": 4, "services": [{"id": "medical-insurance-enrolment"}]})");
        catalogueFile.close();
        QCOMPARE(County::run(QStringList{QStringLiteral("catalogue"), QStringLiteral("publish"), catalogueFile.fileName(),
                                         QStringLiteral("--db"), county.db()}),
                 0);
        report = runPass(client);
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QCOMPARE(report.updatesApplied, 1);
        QCOMPARE(report.catalogueVersion, 4);
        QCOMPARE(catalogues.size(), 1);
        QCOMPARE(catalogues.first().value(QLatin1String("version")).toInt(), 4);
        auto decided = kiosk->cases().get(ids.first());
        QCOMPARE(decided->state, CaseState::Approved);
        QCOMPARE(decided->countyMessage, QStringLiteral("准予参保"));

        // Nothing new: nothing applied twice, the catalogue is current (304).
        report = runPass(client);
        QVERIFY(report.ok);
        QCOMPARE(report.updatesApplied, 0);
        QCOMPARE(report.catalogueVersion, 0);
        QCOMPARE(catalogues.size(), 1);
        QCOMPARE(county.exportCases().size(), 30);
    }

    void connectionsToTheCountySendAtOnce()
    {
        // Qt Network leaves Nagle's algorithm on; the kiosk turns it off on every connection it opens to the
        // county, so no request's last bytes wait 40 ms for the county's delayed ACK.
        County county(m_dir.filePath(QStringLiteral("nodelay.db")), m_pki, {QStringLiteral("--max-batch"), QStringLiteral("3")});
        QVERIFY(county.start());
        auto kiosk = makeKiosk(m_dir.filePath(QStringLiteral("nodelay")), QStringLiteral("k-01"), m_pki, county.url(), m_clock);
        queueCases(*kiosk, 12, 2000); // attachments: several connections at once
        SyncClient client(*kiosk);
        const SyncReport report = runPass(client);
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QCOMPARE(report.accepted, 12);
        // The connections stay open (keep-alive) after the pass: look at each one's socket.
        const QList<bool> flags = tcpNoDelayOfConnectionsTo(county.port());
        QVERIFY2(flags.size() >= 2, "the pass should have used several connections");
        QVERIFY(!flags.contains(false));
    }

    void conflictAndInvalidNeverBlockTheOthers()
    {
        County county(m_dir.filePath(QStringLiteral("refuse.db")), m_pki, {QStringLiteral("--max-batch"), QStringLiteral("4")});
        QVERIFY(county.start());
        auto kiosk = makeKiosk(m_dir.filePath(QStringLiteral("refuse")), QStringLiteral("k-01"), m_pki, county.url(), m_clock);
        QStringList ids = queueCases(*kiosk, 5);
        // A case claiming another kiosk: the county must call it invalid (kiosk id comes from the certificate).
        CaseRecord foreign = sampleCase(99, *kiosk);
        foreign.kioskId = QStringLiteral("k-02");
        auto stored = kiosk->cases().submit(foreign, CaseState::Queued, QStringLiteral("clerk-1"));
        QVERIFY(stored);
        const QString invalidId = stored->id;
        ids += queueCases(*kiosk, 5);

        // The county already holds ids[2] with other content: a conflict.
        {
            auto other = makeKiosk(m_dir.filePath(QStringLiteral("refuse-other")), QStringLiteral("k-01"), m_pki,
                                   county.url(), m_clock);
            CaseRecord clash = sampleCase(1234, *other);
            clash.id = ids.at(2);
            QVERIFY(other->cases().submit(clash, CaseState::Queued, QStringLiteral("clerk-9")));
            SyncClient otherClient(*other);
            QVERIFY(runPass(otherClient).ok);
        }

        SyncClient client(*kiosk);
        const SyncReport report = runPass(client);
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QCOMPARE(report.accepted, 9);
        QCOMPARE(report.refused, 2);
        QCOMPARE(report.remaining, 0);
        auto conflict = kiosk->cases().get(ids.at(2));
        QCOMPARE(conflict->state, CaseState::Refused);
        QVERIFY(conflict->countyMessage.contains(QLatin1String("different content")));
        auto invalid = kiosk->cases().get(invalidId);
        QCOMPARE(invalid->state, CaseState::Refused);
        QVERIFY(invalid->countyMessage.contains(QLatin1String("certificate")));
        for (const QString &id : ids) {
            if (id != ids.at(2))
                QVERIFY(kiosk->cases().get(id)->state != CaseState::Refused);
        }
        // Refused cases are never retried.
        const SyncReport again = runPass(client);
        QCOMPARE(again.accepted + again.duplicates + again.refused, 0);
    }

    void untrustedServerGetsNothing_data()
    {
        QTest::addColumn<bool>("otherCa");
        QTest::addColumn<bool>("wrongPin");
        QTest::newRow("server certificate from another CA") << true << false;
        QTest::newRow("server key not the pinned one") << false << true;
    }
    void untrustedServerGetsNothing()
    {
        QFETCH(bool, otherCa);
        QFETCH(bool, wrongPin);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).left(12).replace(QLatin1Char(' '), QLatin1Char('-'));
        // The impostor's server accepts kiosk k-01 (its client CA is the county's), so only the kiosk can refuse.
        Pki impostor = m_pki;
        if (otherCa) {
            impostor = Pki{m_other.dir};
        }
        County county(m_dir.filePath(tag + QStringLiteral(".db")), impostor,
                      {QStringLiteral("--client-ca"), m_pki.caPem()});
        QVERIFY(county.start());
        const QString pin = wrongPin ? QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=") : QString();
        auto kiosk = makeKiosk(m_dir.filePath(tag), QStringLiteral("k-01"), m_pki, county.url(), m_clock, pin);
        queueCases(*kiosk, 3);
        SyncClient client(*kiosk);
        const SyncReport report = runPass(client);
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.untrusted"));
        QVERIFY2(report.error.message.contains(wrongPin ? QLatin1String("county.pin") : QLatin1String("nothing was sent")),
                 qPrintable(report.error.message));
        QCOMPARE(county.exportCases().size(), 0);
        QCOMPARE(*kiosk->cases().outboxSize(), 3);
    }

    void rightPinIsAccepted()
    {
        County county(m_dir.filePath(QStringLiteral("pin.db")), m_pki);
        QVERIFY(county.start());
        const QString pin = spkiPin(QSslCertificate::fromPath(m_pki.serverPem()).first());
        QCOMPARE(pin, county::CountyCa::spkiPin(m_pki.serverPem()).value());
        auto kiosk = makeKiosk(m_dir.filePath(QStringLiteral("pin")), QStringLiteral("k-01"), m_pki, county.url(), m_clock, pin);
        queueCases(*kiosk, 2);
        SyncClient client(*kiosk);
        const SyncReport report = runPass(client);
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QCOMPARE(county.exportCases().size(), 2);
    }

    void kioskCertificateMustNameThisKiosk()
    {
        County county(m_dir.filePath(QStringLiteral("cn.db")), m_pki);
        QVERIFY(county.start());
        auto kiosk = makeKiosk(m_dir.filePath(QStringLiteral("cn")), QStringLiteral("k-01"), m_pki, county.url(), m_clock);
        // Configured with kiosk k-02's certificate: the kiosk notices before sending anything.
        kiosk->config().setValue(QStringLiteral("kiosk.cert"), m_pki.kioskPem(QStringLiteral("k-02")));
        kiosk->config().setValue(QStringLiteral("kiosk.key"), m_pki.kioskKey(QStringLiteral("k-02")));
        queueCases(*kiosk, 1);
        SyncClient client(*kiosk);
        const SyncReport report = runPass(client);
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.cert_mismatch"));
        QCOMPARE(county.exportCases().size(), 0);
    }

    void unreachableCountyKeepsCasesQueued()
    {
        auto kiosk = makeKiosk(m_dir.filePath(QStringLiteral("down")), QStringLiteral("k-01"), m_pki,
                               QStringLiteral("https://127.0.0.1:1"), m_clock);
        queueCases(*kiosk, 2);
        SyncClient client(*kiosk);
        const SyncReport report = runPass(client);
        QVERIFY(!report.ok);
        QCOMPARE(report.error.code, QStringLiteral("sync.unreachable"));
        QCOMPARE(*kiosk->cases().outboxSize(), 2);
    }

    void lostAttachmentIsSentAgain()
    {
        County county(m_dir.filePath(QStringLiteral("lost.db")), m_pki);
        QVERIFY(county.start());
        auto kiosk = makeKiosk(m_dir.filePath(QStringLiteral("lost")), QStringLiteral("k-01"), m_pki, county.url(), m_clock);
        QVERIFY(kiosk->cases().submit(sampleCase(7, *kiosk, 4000), CaseState::Queued, QStringLiteral("clerk-1")));
        SyncClient client(*kiosk);
        SyncReport report = runPass(client);
        QVERIFY(report.ok);
        QCOMPARE(report.blobsUploaded, 1);
        {
            // The county loses the attachment (restored from an older backup, say).
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lost"));
            db.setDatabaseName(county.db());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM blobs")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("lost"));
        // A second case with the same photo: the client believes the county has it, the county says missing_blobs.
        auto second = kiosk->cases().submit(sampleCase(7, *kiosk, 4000), CaseState::Queued, QStringLiteral("clerk-1"));
        QVERIFY(second);
        report = runPass(client);
        QVERIFY2(report.ok, qPrintable(report.error.message));
        QCOMPARE(report.accepted, 1);
        QCOMPARE(report.blobsUploaded, 1);
        QCOMPARE(report.remaining, 0);
        QCOMPARE(county.exportCases().size(), 2);
    }

    void backoffIsFullJitterAndCapped()
    {
        qint64 maxSeen = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = SyncClient::backoffMs(20, 1000, 300000);
            QVERIFY(d >= 0 && d <= 300000);
            maxSeen = qMax(maxSeen, d);
        }
        QVERIFY(maxSeen > 200000); // spread over the whole window, not pinned at the cap
        for (int i = 0; i < 200; ++i)
            QVERIFY(SyncClient::backoffMs(0, 1000, 300000) <= 1000);
    }

private:
    QTemporaryDir m_dir;
    Pki m_pki, m_other;
    SystemClock m_clock;
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
