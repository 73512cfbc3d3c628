// Staff accounts on a real kiosk.db: PIN hashes with the stored scrypt parameters and the kiosk pepper,
// lockout after wrong PINs that survives closing and reopening the store, disabled accounts, resets.
#include "authtesthelpers.h"

#include "auth/secrethash.h"
#include "store/auditlog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace bianmin;
using namespace bianmin::test;

class TestStaffDirectory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString freshRoot() { return m_tmp.filePath(QStringLiteral("kiosk%1").arg(++m_n)); }

private slots:
    void addListGet()
    {
        ManualClock clock(testStart());
        Kiosk k(freshRoot(), clock);
        QVERIFY(k.init());
        QCOMPARE(k.staff->hasSupervisor().value(), false);
        auto added = k.staff->add(account(QStringLiteral("zhang"), Role::Supervisor), QStringLiteral("123456"),
                                  QStringLiteral("init"));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QCOMPARE(added->role, Role::Supervisor);
        QVERIFY(k.staff->add(account(QStringLiteral("li"), Role::Approver, {QStringLiteral("village_committee")}),
                             QStringLiteral("654321"), QStringLiteral("zhang"))
                    .ok());
        QCOMPARE(k.staff->hasSupervisor().value(), true);

        const auto all = k.staff->list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, QStringLiteral("li"));
        QCOMPARE(all->at(0).steps, QStringList{QStringLiteral("village_committee")});
        QCOMPARE(k.staff->get(QStringLiteral("ZHANG"))->id, QStringLiteral("zhang")); // ids are case-insensitive

        const auto dup = k.staff->add(account(QStringLiteral("Zhang"), Role::Clerk), QStringLiteral("111111"),
                                      QStringLiteral("zhang"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("auth.exists"));
        QCOMPARE(k.staff->get(QStringLiteral("nobody")).error().code, QStringLiteral("auth.unknown_staff"));

        // Each change is in the audit chain with who did it.
        const auto entries = k.store->audit().entriesFor(QStringLiteral("li"));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("staff.add"));
        QCOMPARE(entries->first().actor, QStringLiteral("zhang"));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("code");
        QTest::newRow("5 digits") << "a1" << "12345" << "auth.bad_pin";
        QTest::newRow("7 digits") << "a1" << "1234567" << "auth.bad_pin";
        QTest::newRow("letters") << "a1" << "12345a" << "auth.bad_pin";
        QTest::newRow("empty") << "a1" << "" << "auth.bad_pin";
        QTest::newRow("space inside") << "a1" << "123 456" << "auth.bad_pin";
        QTest::newRow("bad id") << "a b" << "123456" << "auth.bad_id";
        QTest::newRow("empty id") << "" << "123456" << "auth.bad_id";
    }
    void rejectsBadInput()
    {
        QFETCH(QString, id);
        QFETCH(QString, pin);
        QFETCH(QString, code);
        ManualClock clock(testStart());
        Kiosk k(freshRoot(), clock);
        QVERIFY(k.init());
        const auto r = k.staff->add(account(id, Role::Clerk), pin, QStringLiteral("t"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(k.staff->list()->size(), 0);
    }

    void pinHashParameters()
    {
        ManualClock clock(testStart());
        Kiosk k(freshRoot(), clock);
        QVERIFY(k.init());
        QVERIFY(k.staff->add(account(QStringLiteral("c1"), Role::Clerk), QStringLiteral("246810"), QStringLiteral("t")).ok());
        QVERIFY(k.staff->add(account(QStringLiteral("c2"), Role::Clerk), QStringLiteral("246810"), QStringLiteral("t")).ok());
        const QString dbPath = k.dir.databasePath();
        k.close();

        // Read the row with plain SQL: what is on disk, not what the class says.
        struct Row { QString algorithm; qint64 n, r, p; QByteArray salt, hash; QString pepperId; };
        QList<Row> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(dbPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT algorithm, n, r, p, salt, hash, pepper_id FROM staff_secrets "
                                          "WHERE kind = 'pin' ORDER BY staff_id")));
            while (q.next())
                rows << Row{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                            q.value(3).toLongLong(), q.value(4).toByteArray(), q.value(5).toByteArray(),
                            q.value(6).toString()};
            QSqlQuery plain(db);
            QVERIFY(plain.exec(QStringLiteral("SELECT COUNT(*) FROM staff_secrets WHERE CAST(hash AS TEXT) LIKE '%246810%' "
                                              "OR CAST(salt AS TEXT) LIKE '%246810%'")));
            QVERIFY(plain.next());
            QCOMPARE(plain.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        QCOMPARE(rows.size(), 2);
        QFile pepperFile(k.dir.keyPath(QStringLiteral("pepper.key")));
        QVERIFY(pepperFile.open(QIODevice::ReadOnly));
        const QByteArray pepper = pepperFile.readAll();
        QCOMPARE(pepper.size(), 32);
        for (const Row &row : rows) {
            QCOMPARE(row.algorithm, QStringLiteral("scrypt"));
            QCOMPARE(row.n, 16384); // 2^14, r 8, p 1: 16 MiB and about 60 ms on the kiosk's CPU
            QCOMPARE(row.r, 8);
            QCOMPARE(row.p, 1);
            QCOMPARE(row.salt.size(), 16);
            QCOMPARE(row.hash.size(), 32);
            QCOMPARE(row.pepperId, SecretHasher::pepperId(pepper));
            // Recompute independently: scrypt(HMAC-SHA-256(pepper, PIN), salt, N, r, p).
            const QByteArray input = QMessageAuthenticationCode::hash("246810", pepper, QCryptographicHash::Sha256);
            const auto expected = SecretHasher::scrypt(input, row.salt, {quint64(row.n), quint32(row.r), quint32(row.p)});
            QVERIFY(expected.ok());
            QCOMPARE(*expected, row.hash);
            // Without the pepper the same PIN gives another hash: a stolen kiosk.db alone is not enough.
            const auto unpeppered = SecretHasher::scrypt("246810", row.salt, {quint64(row.n), quint32(row.r), quint32(row.p)});
            QVERIFY(*unpeppered != row.hash);
        }
        QVERIFY(rows[0].salt != rows[1].salt); // same PIN, different salts, different hashes
        QVERIFY(rows[0].hash != rows[1].hash);
    }

    void verifyPinAndLockout()
    {
        ManualClock clock(testStart());
        const QString root = freshRoot();
        Kiosk k(root, clock);
        QVERIFY(k.init());
        QVERIFY(k.staff->add(account(QStringLiteral("c1"), Role::Clerk), QStringLiteral("135790"), QStringLiteral("t")).ok());
        QVERIFY(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("135790")).ok());

        for (int i = 1; i <= 4; ++i) {
            const auto r = k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("000000"));
            QCOMPARE(r.error().code, QStringLiteral("auth.wrong_pin"));
            QVERIFY2(r.error().message.contains(QString::number(5 - i)), qPrintable(r.error().message));
        }
        // A malformed entry is refused without counting as a guess.
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("12")).error().code, QStringLiteral("auth.bad_pin"));
        QCOMPARE(k.staff->get(QStringLiteral("c1"))->failedAttempts, 4);
        const auto fifth = k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("000000"));
        QCOMPARE(fifth.error().code, QStringLiteral("auth.locked"));
        QVERIFY(fifth.error().message.contains(QStringLiteral("09:15")));
        // Locked: even the right PIN is refused.
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("135790")).error().code, QStringLiteral("auth.locked"));

        // Restart: close everything, reopen the data directory. Still locked.
        k.close();
        clock.advanceSeconds(60);
        QVERIFY(k.open());
        QVERIFY(k.staff->get(QStringLiteral("c1"))->isLocked(clock.now()));
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("135790")).error().code, QStringLiteral("auth.locked"));

        // 15 minutes after the lock it opens again, and the count starts from zero.
        clock.set(testStart().addSecs(15 * 60 + 1));
        QVERIFY(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("135790")).ok());
        QCOMPARE(k.staff->get(QStringLiteral("c1"))->failedAttempts, 0);
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("000000")).error().code,
                 QStringLiteral("auth.wrong_pin"));

        const auto audit = k.store->audit().entriesFor(QStringLiteral("c1"));
        QVERIFY(audit.ok());
        QCOMPARE(audit->last().action, QStringLiteral("staff.locked"));
        QVERIFY(k.store->audit().verify()->intact());
    }

    void lockoutFollowsConfig()
    {
        ManualClock clock(testStart());
        Kiosk k(freshRoot(), clock);
        QVERIFY(k.init());
        k.store->config().setValue(QStringLiteral("auth.lockout.attempts"), QStringLiteral("2"));
        k.store->config().setValue(QStringLiteral("auth.lockout.minutes"), QStringLiteral("3"));
        QVERIFY(k.store->saveConfig().ok());
        QVERIFY(k.open());
        QCOMPARE(k.staff->policy().lockoutAttempts, 2);
        QVERIFY(k.staff->add(account(QStringLiteral("c1"), Role::Clerk), QStringLiteral("135790"), QStringLiteral("t")).ok());
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("000000")).error().code, QStringLiteral("auth.wrong_pin"));
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("000000")).error().code, QStringLiteral("auth.locked"));
        clock.advanceSeconds(2 * 60);
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("135790")).error().code, QStringLiteral("auth.locked"));
        clock.advanceSeconds(61);
        QVERIFY(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("135790")).ok());
    }

    void resetPinLiftsLockDisableRefuses()
    {
        ManualClock clock(testStart());
        Kiosk k(freshRoot(), clock);
        QVERIFY(k.init());
        QVERIFY(k.staff->add(account(QStringLiteral("c1"), Role::Clerk), QStringLiteral("135790"), QStringLiteral("t")).ok());
        for (int i = 0; i < 5; ++i)
            (void)k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("000000"));
        QVERIFY(k.staff->get(QStringLiteral("c1"))->isLocked(clock.now()));
        QCOMPARE(k.staff->resetPin(QStringLiteral("c1"), QStringLiteral("12345"), QStringLiteral("boss")).error().code,
                 QStringLiteral("auth.bad_pin"));
        QVERIFY(k.staff->resetPin(QStringLiteral("c1"), QStringLiteral("424242"), QStringLiteral("boss")).ok());
        QVERIFY(!k.staff->get(QStringLiteral("c1"))->isLocked(clock.now()));
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("135790")).error().code, QStringLiteral("auth.wrong_pin"));
        QVERIFY(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("424242")).ok());

        QVERIFY(k.staff->setDisabled(QStringLiteral("c1"), true, QStringLiteral("boss")).ok());
        QCOMPARE(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("424242")).error().code, QStringLiteral("auth.disabled"));
        QVERIFY(k.staff->setDisabled(QStringLiteral("c1"), false, QStringLiteral("boss")).ok());
        QVERIFY(k.staff->verifyPin(QStringLiteral("c1"), QStringLiteral("424242")).ok());
        QCOMPARE(k.staff->verifyPin(QStringLiteral("ghost"), QStringLiteral("424242")).error().code,
                 QStringLiteral("auth.unknown_staff"));
    }

    void passwordAndWrongPepper()
    {
        ManualClock clock(testStart());
        Kiosk k(freshRoot(), clock);
        QVERIFY(k.init());
        QVERIFY(k.staff->add(account(QStringLiteral("s1"), Role::Supervisor), QStringLiteral("135790"), QStringLiteral("t")).ok());
        QCOMPARE(k.staff->setPassword(QStringLiteral("s1"), QStringLiteral("short"), QStringLiteral("s1")).error().code,
                 QStringLiteral("auth.weak_password"));
        QVERIFY(k.staff->setPassword(QStringLiteral("s1"), QStringLiteral("村委会 2026 secret"), QStringLiteral("s1")).ok());
        QVERIFY(k.staff->get(QStringLiteral("s1"))->hasPassword);
        QVERIFY(k.staff->verifyPassword(QStringLiteral("s1"), QStringLiteral("村委会 2026 secret")).ok());
        QCOMPARE(k.staff->verifyPassword(QStringLiteral("s1"), QStringLiteral("村委会 2026 Secret")).error().code,
                 QStringLiteral("auth.wrong_pin"));

        // Another pepper (a key file swapped without the database): said so, not "wrong PIN" forever.
        StaffDirectory other(k.store->database(), QByteArray(32, 'x'), clock, k.store->audit());
        QCOMPARE(other.verifyPin(QStringLiteral("s1"), QStringLiteral("135790")).error().code,
                 QStringLiteral("auth.pepper_changed"));
    }
};

QTEST_GUILESS_MAIN(TestStaffDirectory)
#include "tst_staffdirectory.moc"
