// The kiosk key ring: sealed data round-trips, any change to it (or the wrong key) is detected, key files
// are private and well-formed or refused, and the ID-number blind index is stable, normalised and keyed.
#include "store/keyring.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace bianmin;

namespace {
KeyRing makeRing(const QTemporaryDir &tmp)
{
    const DataDir dir(tmp.path());
    const Status created = KeyRing::create(dir);
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    auto ring = KeyRing::load(dir);
    if (!ring)
        qFatal("load failed: %s", qPrintable(ring.error().message));
    return ring.value();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 07777;
}
} // namespace

class TestKeyRing : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("aad");
        QTest::newRow("chinese name") << QStringLiteral("王小明 11010519491231002X").toUtf8()
                                      << QByteArrayLiteral("case-1");
        QTest::newRow("empty") << QByteArray() << QByteArrayLiteral("x");
        QTest::newRow("no aad") << QByteArrayLiteral("hello") << QByteArray();
        QTest::newRow("large") << QByteArray(200000, 'z') << QByteArrayLiteral("blob");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, aad);
        QTemporaryDir tmp;
        const KeyRing ring = makeRing(tmp);
        auto sealed = ring.encrypt(plain, aad);
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), plain.size() + 1 + 12 + 16);
        QCOMPARE(sealed->at(0), KeyRing::formatVersion);
        if (plain.size() >= 8)
            QVERIFY(!sealed->contains(plain.left(8)));
        auto opened = ring.decrypt(sealed.value(), aad);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), plain);
        // A fresh nonce every time: the same plain text never seals to the same bytes.
        auto again = ring.encrypt(plain, aad);
        QVERIFY(again.ok());
        QVERIFY(again.value() != sealed.value());
    }

    void tamperingIsDetected()
    {
        QTemporaryDir tmp;
        const KeyRing ring = makeRing(tmp);
        const QByteArray plain = QStringLiteral("重庆市巴南区华天村 13800138000").toUtf8();
        auto sealed = ring.encrypt(plain, "case-7");
        QVERIFY(sealed.ok());
        // Every byte matters: version, nonce, cipher text and tag.
        for (qsizetype i = 0; i < sealed->size(); ++i) {
            QByteArray bad = sealed.value();
            bad[i] = char(bad.at(i) ^ 0x01);
            auto r = ring.decrypt(bad, "case-7");
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("flipping byte %1 went unnoticed").arg(i)));
        }
        auto truncated = ring.decrypt(sealed->left(sealed->size() - 1), "case-7");
        QVERIFY(!truncated.ok());
        // Moved to another row: the aad no longer matches.
        auto moved = ring.decrypt(sealed.value(), "case-8");
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, QStringLiteral("keys.wrong_key"));
    }

    void decryptorOpensManyInARowAndStillDetectsTampering()
    {
        // One keyed context for a whole batch: every value opens as with decrypt(), a bad one in the middle
        // (tampered, moved to another row, another kiosk's key) is refused, and the ones after it still open.
        QTemporaryDir tmp, other;
        const KeyRing ring = makeRing(tmp);
        const KeyRing otherRing = makeRing(other);
        QList<QByteArray> plains{QStringLiteral("王小明 11010519491231002X").toUtf8(), QByteArray(),
                                 QByteArray(5000, 'z'), QByteArrayLiteral("last")};
        QList<QByteArray> sealed;
        for (qsizetype i = 0; i < plains.size(); ++i)
            sealed.append(ring.encrypt(plains.at(i), "case-" + QByteArray::number(i)).value());
        QByteArray tampered = sealed.at(2);
        tampered[20] = char(tampered.at(20) ^ 0x01);

        KeyRing::Decryptor decryptor(ring);
        for (int round = 0; round < 2; ++round) {
            for (qsizetype i = 0; i < plains.size(); ++i) {
                auto opened = decryptor.decrypt(sealed.at(i), "case-" + QByteArray::number(i));
                QVERIFY(opened.ok());
                QCOMPARE(opened.value(), plains.at(i));
            }
            QCOMPARE(decryptor.decrypt(tampered, "case-2").error().code, QStringLiteral("keys.wrong_key"));
            QCOMPARE(decryptor.decrypt(sealed.at(1), "case-0").error().code, QStringLiteral("keys.wrong_key"));
            QCOMPARE(decryptor.decrypt(sealed.at(0).left(20), "case-0").error().code, QStringLiteral("keys.bad_data"));
        }
        KeyRing::Decryptor otherDecryptor(otherRing);
        QCOMPARE(otherDecryptor.decrypt(sealed.at(0), "case-0").error().code, QStringLiteral("keys.wrong_key"));
    }

    void wrongKeyIsDetected()
    {
        QTemporaryDir a, b;
        const KeyRing ringA = makeRing(a);
        const KeyRing ringB = makeRing(b);
        auto sealed = ringA.encrypt("secret", "id");
        QVERIFY(sealed.ok());
        auto r = ringB.decrypt(sealed.value(), "id");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("keys.wrong_key"));
        QVERIFY(r.error().message.contains(DataDir(b.path()).keysDir()));
    }

    void filesArePrivateAndNeverOverwritten()
    {
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        QVERIFY(KeyRing::create(dir).ok());
        QCOMPARE(modeOf(dir.keysDir()), mode_t(0700));
        QByteArrayList before;
        for (const QString &name : KeyRing::keyFileNames()) {
            QCOMPARE(modeOf(dir.keyPath(name)), mode_t(0600));
            before << fileBytes(dir.keyPath(name));
            QCOMPARE(before.last().size(), KeyRing::keySize);
        }
        QVERIFY(before.at(0) != before.at(1)); // independent random keys
        QVERIFY(QFile::remove(dir.keyPath(QStringLiteral("pepper.key"))));
        QVERIFY(KeyRing::create(dir).ok());
        QCOMPARE(fileBytes(dir.keyPath(QStringLiteral("data.key"))), before.at(0));
        QCOMPARE(fileBytes(dir.keyPath(QStringLiteral("index.key"))), before.at(1));
        QVERIFY(fileBytes(dir.keyPath(QStringLiteral("pepper.key"))) != before.at(2));
        QVERIFY(KeyRing::load(dir).ok());
    }

    void badKeyFilesAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("code");
        QTest::newRow("file readable by group") << "chmod-file-640" << "keys.permissions";
        QTest::newRow("file readable by others") << "chmod-file-604" << "keys.permissions";
        QTest::newRow("directory open to others") << "chmod-dir-755" << "keys.permissions";
        QTest::newRow("truncated key") << "truncate" << "keys.bad_size";
        QTest::newRow("longer key") << "append" << "keys.bad_size";
        QTest::newRow("missing key") << "remove" << "keys.missing";
        QTest::newRow("missing directory") << "remove-dir" << "keys.missing";
    }
    void badKeyFilesAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, code);
        QTemporaryDir tmp;
        const DataDir dir(tmp.path());
        QVERIFY(KeyRing::create(dir).ok());
        const QString key = dir.keyPath(QStringLiteral("index.key"));
        const QByteArray k = QFile::encodeName(key);
        if (damage == QLatin1String("chmod-file-640"))
            QCOMPARE(::chmod(k.constData(), 0640), 0);
        else if (damage == QLatin1String("chmod-file-604"))
            QCOMPARE(::chmod(k.constData(), 0604), 0);
        else if (damage == QLatin1String("chmod-dir-755"))
            QCOMPARE(::chmod(QFile::encodeName(dir.keysDir()).constData(), 0755), 0);
        else if (damage == QLatin1String("truncate"))
            QVERIFY(QFile::resize(key, 16));
        else if (damage == QLatin1String("append"))
            QVERIFY(QFile::resize(key, 33));
        else if (damage == QLatin1String("remove"))
            QVERIFY(QFile::remove(key));
        else if (damage == QLatin1String("remove-dir"))
            QVERIFY(QDir(dir.keysDir()).removeRecursively());
        auto r = KeyRing::load(dir);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY2(r.error().message.contains(dir.keysDir()), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1Char('\n')));
    }

    void blindIndexIsStableNormalisedAndKeyed()
    {
        QTemporaryDir a, b;
        const KeyRing ringA = makeRing(a);
        const QString id = QStringLiteral("11010519491231002X");
        const QString index = ringA.blindIndex(id);
        QCOMPARE(index.size(), 64);
        QVERIFY(!index.contains(QStringLiteral("110105")));
        // What people type or the card reader delivers maps to the same index.
        QCOMPARE(ringA.blindIndex(QStringLiteral(" 11010519491231002x ")), index);
        QCOMPARE(ringA.blindIndex(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ")), index);
        QVERIFY(ringA.blindIndex(QStringLiteral("110105194912310029")) != index);
        // Stable across loads of the same keys...
        auto reloaded = KeyRing::load(DataDir(a.path()));
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->blindIndex(id), index);
        // ...and useless without them.
        QVERIFY(makeRing(b).blindIndex(id) != index);
        QVERIFY(ringA.blindIndex(QString()).isEmpty());
    }

    void macSeparatesPurposes()
    {
        QTemporaryDir tmp;
        const KeyRing ring = makeRing(tmp);
        const QByteArray m1 = ring.mac("receipt", "abc");
        QCOMPARE(m1.size(), 32);
        QCOMPARE(ring.mac("receipt", "abc"), m1);
        QVERIFY(ring.mac("other", "abc") != m1);
        QVERIFY(ring.mac("receipt", "abd") != m1);
    }

    // Stored blind indexes and printed receipt codes must stay what they were: HMAC-SHA-256 under
    // index.key of "purpose\0message", checked against Qt's own HMAC implementation.
    void macIsHmacSha256OfPurposeAndMessage()
    {
        QTemporaryDir tmp;
        const KeyRing ring = makeRing(tmp);
        const QByteArray key = fileBytes(DataDir(tmp.path()).keyPath(QStringLiteral("index.key")));
        QCOMPARE(key.size(), KeyRing::keySize);
        const auto expected = [&](const QByteArray &purpose, const QByteArray &message) {
            return QMessageAuthenticationCode::hash(purpose + '\0' + message, key, QCryptographicHash::Sha256);
        };
        QCOMPARE(ring.mac("receipt", "abc"), expected("receipt", "abc"));
        QCOMPARE(ring.mac("receipt", QByteArray()), expected("receipt", QByteArray()));
        const QByteArray longMessage(5000, 'x');
        QCOMPARE(ring.mac("other", longMessage), expected("other", longMessage));
        QCOMPARE(ring.blindIndex(QStringLiteral("11010519491231002x")),
                 QString::fromLatin1(expected("blind-index:id_number", "11010519491231002X").toHex()));
        const KeyRing copy = ring; // copies share the keyed HMAC and give the same answers
        QCOMPARE(copy.mac("receipt", "abc"), expected("receipt", "abc"));
        QCOMPARE(ring.mac("receipt", "abc"), expected("receipt", "abc")); // the original is not used up
    }
};

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
