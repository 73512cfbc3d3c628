// Autosaved drafts: a half-filled form survives closing and reopening the store (as after a crash), the
// newest draft is the one offered back, removal is final, and the answers are sealed on disk.
#include "store/datastore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bianmin;

namespace {
const QString kName = QStringLiteral("张三丰");

struct Fixture
{
    QTemporaryDir tmp;
    DataDir dir{tmp.path()};
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::OffsetFromUTC, 8 * 3600)};
    std::unique_ptr<DataStore> store;
    Fixture()
    {
        if (Status s = DataStore::initialize(dir); !s)
            qFatal("%s", qPrintable(s.error().message));
        reopen();
    }
    void reopen()
    {
        store.reset();
        auto opened = DataStore::open(dir, clock);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        store = std::move(opened.value());
    }
};

QJsonObject answers(int step)
{
    return {{QStringLiteral("name"), kName}, {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
            {QStringLiteral("step"), step}};
}
} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT
private slots:
    void survivesReopenAndLatestWins()
    {
        Fixture f;
        QVERIFY(!f.store->drafts().latest().value().has_value());
        QVERIFY(f.store->drafts().save(QStringLiteral("d1"), QStringLiteral("pension"), answers(1)).ok());
        f.clock.advanceSeconds(5);
        QVERIFY(f.store->drafts().save(QStringLiteral("d2"), QStringLiteral("medical"), answers(1)).ok());
        f.clock.advanceSeconds(5);
        QVERIFY(f.store->drafts().save(QStringLiteral("d1"), QStringLiteral("pension"), answers(3)).ok());

        f.reopen(); // as after a power cut
        QCOMPARE(f.store->drafts().count().value(), 2);
        auto latest = f.store->drafts().latest();
        QVERIFY(latest.ok());
        QVERIFY(latest->has_value());
        QCOMPARE((*latest)->id, QStringLiteral("d1"));
        QCOMPARE((*latest)->serviceId, QStringLiteral("pension"));
        QCOMPARE((*latest)->answers, answers(3));
        QCOMPARE((*latest)->updatedAt, f.clock.now());
        auto d2 = f.store->drafts().load(QStringLiteral("d2"));
        QVERIFY(d2.ok());
        QCOMPARE(d2->answers.value(QStringLiteral("name")).toString(), kName);
    }

    void removeIsFinal()
    {
        Fixture f;
        QVERIFY(f.store->drafts().save(QStringLiteral("d1"), QStringLiteral("pension"), answers(1)).ok());
        QVERIFY(f.store->drafts().remove(QStringLiteral("d1")).ok());
        QVERIFY(f.store->drafts().remove(QStringLiteral("d1")).ok()); // twice is fine
        QCOMPARE(f.store->drafts().load(QStringLiteral("d1")).error().code, QStringLiteral("store.not_found"));
        QVERIFY(!f.store->drafts().latest().value().has_value());
        QCOMPARE(f.store->drafts().save(QString(), QStringLiteral("x"), {}).error().code, QStringLiteral("store.bad_id"));
    }

    void answersAreSealed()
    {
        Fixture f;
        QVERIFY(f.store->drafts().save(QStringLiteral("d1"), QStringLiteral("pension"), answers(1)).ok());
        QByteArray disk;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(f.dir.databasePath() + suffix);
            QVERIFY(file.open(QIODevice::ReadOnly));
            disk += file.readAll();
        }
        QVERIFY(disk.contains("pension"));
        QVERIFY(!disk.contains(kName.toUtf8()));
        QVERIFY(!disk.contains("11010519491231002X"));
        // Sealed to its id: moving it to another draft id makes it unreadable.
        QVERIFY(f.store->drafts().save(QStringLiteral("d2"), QStringLiteral("pension"), answers(2)).ok());
        QSqlQuery q(f.store->database().sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE drafts SET sealed = (SELECT sealed FROM drafts WHERE id = 'd1') "
                                      "WHERE id = 'd2'")));
        QCOMPARE(f.store->drafts().load(QStringLiteral("d2")).error().code, QStringLiteral("keys.wrong_key"));
    }
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
