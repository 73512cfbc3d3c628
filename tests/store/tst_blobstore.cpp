// Attachments: named by the SHA-256 of their plain bytes, stored once, sealed on disk, and refused when
// their stored bytes were altered.
#include "store/datastore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bianmin;

namespace {
struct Fixture
{
    QTemporaryDir tmp;
    DataDir dir{tmp.path()};
    ManualClock clock{QDateTime::currentDateTime()};
    std::unique_ptr<DataStore> store;
    Fixture()
    {
        if (Status s = DataStore::initialize(dir); !s)
            qFatal("%s", qPrintable(s.error().message));
        store = std::move(DataStore::open(dir, clock).value());
    }
    int rows()
    {
        QSqlQuery q(store->database().sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM blobs")) && q.next() ? q.value(0).toInt() : -1;
    }
};

QByteArray photo()
{
    // A recognisable payload: if it were stored in clear, the marker would show up in the file.
    QByteArray bytes = QByteArrayLiteral("\x89PNG\r\n\x1a\nSIGNATURE-OF-WANG-XIAOMING");
    for (int i = 0; i < 5000; ++i)
        bytes.append(char(i * 31 % 256));
    return bytes;
}
} // namespace

class TestBlobStore : public QObject
{
    Q_OBJECT
private slots:
    void putGetRoundTrip()
    {
        Fixture f;
        const QByteArray bytes = photo();
        auto sha = f.store->blobs().put(bytes, QStringLiteral("image/png"));
        QVERIFY(sha.ok());
        QCOMPARE(sha.value(), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(f.store->blobs().contains(sha.value()));
        QCOMPARE(f.store->blobs().mime(sha.value()), QStringLiteral("image/png"));
        QCOMPARE(f.store->blobs().size(sha.value()), bytes.size());
        auto back = f.store->blobs().get(sha.value());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), bytes);
        QCOMPARE(f.store->blobs().get(sha->toUpper()).value(), bytes); // hex case does not matter
        auto empty = f.store->blobs().put(QByteArray(), QStringLiteral("application/octet-stream"));
        QVERIFY(empty.ok());
        QCOMPARE(f.store->blobs().get(empty.value()).value(), QByteArray());
    }

    void sameBytesStoredOnce()
    {
        Fixture f;
        auto first = f.store->blobs().put(photo(), QStringLiteral("image/png"));
        auto second = f.store->blobs().put(photo(), QStringLiteral("image/png"));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value(), second.value());
        QCOMPARE(f.rows(), 1);
        QVERIFY(f.store->blobs().put(photo() + "x", QStringLiteral("image/png")).ok());
        QCOMPARE(f.rows(), 2);
    }

    void unknownAndAlteredBlobsAreRefused()
    {
        Fixture f;
        const QString missing(64, QLatin1Char('a'));
        QVERIFY(!f.store->blobs().contains(missing));
        QCOMPARE(f.store->blobs().get(missing).error().code, QStringLiteral("store.not_found"));
        QCOMPARE(f.store->blobs().size(missing), -1);

        auto a = f.store->blobs().put(photo(), QStringLiteral("image/png"));
        auto b = f.store->blobs().put(QByteArrayLiteral("another document"), QStringLiteral("text/plain"));
        QSqlQuery q(f.store->database().sql());
        // Flip a byte of the sealed data.
        QVERIFY(q.exec(QStringLiteral("UPDATE blobs SET sealed = substr(sealed, 1, 20) || x'00' || substr(sealed, 22) "
                                      "WHERE sha256 = '%1'").arg(a.value())));
        QCOMPARE(f.store->blobs().get(a.value()).error().code, QStringLiteral("keys.wrong_key"));
        // Swap one blob's sealed bytes under another name: the aad (its hash) no longer matches.
        QVERIFY(q.exec(QStringLiteral("UPDATE blobs SET sealed = (SELECT sealed FROM blobs WHERE sha256 = '%1') "
                                      "WHERE sha256 = '%2'").arg(b.value(), a.value())));
        QVERIFY(!f.store->blobs().get(a.value()).ok());
    }

    void bytesAreSealedOnDisk()
    {
        Fixture f;
        QVERIFY(f.store->blobs().put(photo(), QStringLiteral("image/png")).ok());
        QByteArray disk;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(f.dir.databasePath() + suffix);
            QVERIFY(file.open(QIODevice::ReadOnly));
            disk += file.readAll();
        }
        QVERIFY(disk.contains("image/png")); // the search works on these bytes
        QVERIFY(!disk.contains("SIGNATURE-OF-WANG-XIAOMING"));
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
