// The audit chain: an untouched log verifies; editing, deleting or reordering any entry is detected and
// the first broken entry is named with the reason; entries are only written inside a transaction.
#include "store/auditlog.h"
#include "store/database.h"

#include "core/clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bianmin;

namespace {

constexpr int kEntries = 6;

struct Fixture
{
    QTemporaryDir tmp;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600)};
    std::unique_ptr<Database> db;
    std::unique_ptr<AuditLog> log;

    Fixture()
    {
        auto opened = Database::open(DataDir(tmp.path()), Database::Mode::CreateIfMissing);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        db = std::move(opened.value());
        log = std::make_unique<AuditLog>(*db, clock);
    }

    void appendEntries(int n)
    {
        for (int i = 1; i <= n; ++i) {
            clock.advanceSeconds(30);
            const Status s = db->transaction([&] {
                return log->append(QStringLiteral("clerk-%1").arg(i % 2), QStringLiteral("case.transition"),
                                   QStringLiteral("case-%1").arg(i % 3),
                                   {{QStringLiteral("from"), QStringLiteral("queued")},
                                    {QStringLiteral("to"), QStringLiteral("uploaded")},
                                    {QStringLiteral("n"), i}});
            });
            if (!s)
                qFatal("%s", qPrintable(s.error().message));
        }
    }

    bool sql(const QString &statement)
    {
        QSqlQuery q(db->sql());
        return q.exec(statement);
    }
};

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void intactChainVerifies()
    {
        Fixture f;
        auto empty = f.log->verify();
        QVERIFY(empty.ok());
        QVERIFY(empty->intact());
        QCOMPARE(empty->entries, 0);
        f.appendEntries(kEntries);
        auto report = f.log->verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(report->reason));
        QCOMPARE(report->entries, kEntries);

        auto entries = f.log->entriesFor(QStringLiteral("case-1"));
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2); // entries 1 and 4
        QCOMPARE(entries->at(0).seq, 1);
        QCOMPARE(entries->at(1).seq, 4);
        QCOMPARE(entries->at(0).prevHash, AuditLog::genesisHash());
        QCOMPARE(entries->at(0).details.value(QStringLiteral("to")).toString(), QStringLiteral("uploaded"));
        QCOMPARE(entries->at(0).hash, AuditLog::computeHash(entries->at(0)));
        QCOMPARE(entries->at(0).at, QDateTime(QDate(2026, 11, 23), QTime(9, 0, 30), Qt::OffsetFromUTC, 8 * 3600));
        auto latest = f.log->latest(2);
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->at(0).seq, kEntries);
    }

    void appendNeedsATransaction()
    {
        Fixture f;
        const Status s = f.log->append(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("store.no_transaction"));
        auto report = f.log->verify();
        QVERIFY(report.ok());
        QCOMPARE(report->entries, 0);
    }

    void entryRolledBackWithItsChange()
    {
        Fixture f;
        f.appendEntries(2);
        const Status failed = f.db->transaction([&]() -> Status {
            if (Status s = f.log->append(QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")); !s)
                return s;
            return Error(QStringLiteral("test.fail"), QStringLiteral("the change itself failed"));
        });
        QVERIFY(!failed.ok());
        f.appendEntries(1);
        auto report = f.log->verify();
        QVERIFY(report.ok());
        QVERIFY2(report->intact(), qPrintable(report->reason));
        QCOMPARE(report->entries, 3);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<int>("brokenSeq");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("edit details of the first") << QStringList{
            "UPDATE audit SET details = replace(details, 'uploaded', 'approved') WHERE seq = 1"} << 1 << "edited";
        QTest::newRow("edit actor in the middle")
            << QStringList{"UPDATE audit SET actor = 'someone-else' WHERE seq = 3"} << 3 << "edited";
        QTest::newRow("edit time of the last")
            << QStringList{"UPDATE audit SET at = '2020-01-01T00:00:00.000+08:00' WHERE seq = 6"} << 6 << "edited";
        QTest::newRow("details not json") << QStringList{"UPDATE audit SET details = '{' WHERE seq = 2"} << 2
                                          << "edited";
        QTest::newRow("delete the first") << QStringList{"DELETE FROM audit WHERE seq = 1"} << 1 << "missing";
        QTest::newRow("delete one in the middle") << QStringList{"DELETE FROM audit WHERE seq = 4"} << 4 << "missing";
        QTest::newRow("delete two in the middle")
            << QStringList{"DELETE FROM audit WHERE seq IN (3, 4)"} << 3 << "missing";
        QTest::newRow("delete the newest") << QStringList{"DELETE FROM audit WHERE seq = 6"} << 6 << "missing";
        QTest::newRow("delete everything") << QStringList{"DELETE FROM audit"} << 1 << "missing";
        QTest::newRow("reorder two entries") << QStringList{"UPDATE audit SET seq = -2 WHERE seq = 2",
                                                            "UPDATE audit SET seq = 2 WHERE seq = 5",
                                                            "UPDATE audit SET seq = 5 WHERE seq = -2"}
                                             << 2 << "edited";
        QTest::newRow("renumber after delete") << QStringList{"DELETE FROM audit WHERE seq = 3",
                                                              "UPDATE audit SET seq = seq - 1 WHERE seq > 3"}
                                               << 3 << "edited";
        // The forger recomputes the edited entry's own hash: the next entry no longer links to it.
        QTest::newRow("edit with a recomputed hash") << QStringList{"RECOMPUTE 3"} << 4 << "link";
    }
    void tamperingIsDetected()
    {
        QFETCH(QStringList, statements);
        QFETCH(int, brokenSeq);
        QFETCH(QString, reasonContains);
        Fixture f;
        f.appendEntries(kEntries);
        for (const QString &statement : statements) {
            if (statement.startsWith(QLatin1String("RECOMPUTE "))) {
                const qint64 seq = statement.mid(10).toLongLong();
                auto all = f.log->latest(100);
                QVERIFY(all.ok());
                AuditEntry e;
                for (const AuditEntry &candidate : all.value())
                    if (candidate.seq == seq)
                        e = candidate;
                e.actor = QStringLiteral("forger");
                const QString hash = AuditLog::computeHash(e);
                QVERIFY(f.sql(QStringLiteral("UPDATE audit SET actor = 'forger', hash = '%1' WHERE seq = %2")
                                  .arg(hash)
                                  .arg(seq)));
                continue;
            }
            QVERIFY2(f.sql(statement), qPrintable(statement));
        }
        auto report = f.log->verify();
        QVERIFY(report.ok());
        QVERIFY(!report->intact());
        QCOMPARE(report->firstBrokenSeq, qint64(brokenSeq));
        QVERIFY2(report->reason.contains(reasonContains), qPrintable(report->reason));
        QVERIFY2(report->reason.contains(QString::number(brokenSeq)), qPrintable(report->reason));
    }

    void holeStaysVisibleAfterNewEntries()
    {
        Fixture f;
        f.appendEntries(4);
        QVERIFY(f.sql(QStringLiteral("DELETE FROM audit WHERE seq = 4")));
        f.appendEntries(2); // the kiosk keeps working; the deletion must not be papered over
        auto report = f.log->verify();
        QVERIFY(report.ok());
        QCOMPARE(report->firstBrokenSeq, 4);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
