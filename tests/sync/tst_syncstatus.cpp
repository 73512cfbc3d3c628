// SyncStatus, the staff queue screen's model: counts, the oldest queued case, the last good sync, and the
// refused cases with the county's message and what to do next.
#include "synctestsupport.h"

#include "qml/syncstatus.h"

#include "core/clock.h"

#include <QTemporaryDir>

using namespace bianmin;
using namespace synctest;

class TestSyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsQueueAndRefusals()
    {
        QTemporaryDir dir;
        SystemClock clock;
        const Pki pki = Pki::make(dir.filePath(QStringLiteral("pki")), {QStringLiteral("k-01")});
        County county(dir.filePath(QStringLiteral("county.db")), pki);
        QVERIFY(county.start());
        auto kiosk = makeKiosk(dir.filePath(QStringLiteral("kiosk")), QStringLiteral("k-01"), pki, county.url(), clock);

        SyncStatus status(*kiosk);
        QCOMPARE(status.queued(), 0);
        QCOMPARE(status.oldestQueuedSeconds(), -1);
        QVERIFY(!status.lastSuccess().isValid());

        queueCases(*kiosk, 3);
        CaseRecord foreign = sampleCase(1, *kiosk);
        foreign.kioskId = QStringLiteral("k-99"); // the county will call it invalid
        auto refusedCase = kiosk->cases().submit(foreign, CaseState::Queued, QStringLiteral("clerk-1"));
        QVERIFY(refusedCase);
        QSignalSpy changed(&status, &SyncStatus::changed);
        status.refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status.queued(), 4);
        QVERIFY(status.oldestQueuedSeconds() >= 0);
        QCOMPARE(status.counts().value(QStringLiteral("queued")).toInt(), 4);

        SyncClient client(*kiosk);
        QVERIFY(runPass(client).ok);
        status.refresh();
        QCOMPARE(status.queued(), 0);
        QCOMPARE(status.oldestQueuedSeconds(), -1);
        QVERIFY(status.lastSuccess().isValid());
        QVERIFY(status.lastError().isEmpty());
        QCOMPARE(status.refusedCount(), 1);
        const QVariantMap refused = status.refusedCases().first().toMap();
        QCOMPARE(refused.value(QStringLiteral("id")).toString(), refusedCase->id);
        QCOMPARE(refused.value(QStringLiteral("outcome")).toString(), QStringLiteral("invalid"));
        QVERIFY(refused.value(QStringLiteral("message")).toString().contains(QLatin1String("k-99")));
        QCOMPARE(refused.value(QStringLiteral("advice")).toString(), SyncStatus::adviceFor(QStringLiteral("invalid")));
        QVERIFY(SyncStatus::adviceFor(QStringLiteral("conflict")) != SyncStatus::adviceFor(QStringLiteral("invalid")));

        // A failed pass is what staff see next.
        county.kill();
        queueCases(*kiosk, 1);
        QVERIFY(!runPass(client).ok);
        status.refresh();
        QCOMPARE(status.queued(), 1);
        QVERIFY(status.lastError().contains(QLatin1String("cannot reach")));
    }
};

QTEST_GUILESS_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
