// Crash safety (issue #2 item 6): `bianmin case import --ids` stores cases one commit at a time and prints
// each id right after its commit returned. We SIGKILL it at random moments, at least 200 times, and
// check that every printed id survived, that SQLite's integrity check passes and the audit chain holds.
// A printed id is a promise made to a villager (the receipt); losing one is the bug this test hunts.
#include "clitest.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace clitest;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void printedIdsSurviveSigkill();
};

// Ids from complete "LINE ID" lines only: a line cut by the kill was never fully printed.
static QStringList printedIds(const QByteArray &out)
{
    QStringList ids;
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the last piece has no newline yet
        const QList<QByteArray> parts = lines.at(i).split(' ');
        if (parts.size() == 2)
            ids << QString::fromLatin1(parts.at(1));
    }
    return ids;
}

void TestCrashSafety::printedIdsSurviveSigkill()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("kiosk"));
    QVERIFY(run(dir, {QStringLiteral("init")}).ok());

    // Far more cases than any one run can store before it is killed.
    const QString jsonl = tmp.filePath(QStringLiteral("cases.jsonl"));
    {
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i)
            f.write(compact(caseObject(QStringLiteral("村民%1").arg(i), idNumber(i))) + '\n');
    }

    const int minKills = 200;
    const qint64 budgetMs = 100000; // about two minutes with the final checks; ctest TIMEOUT is 300
    QSet<QString> promised;
    int kills = 0;
    int finishedOnTheirOwn = 0;
    QElapsedTimer clock;
    clock.start();
    auto *rng = QRandomGenerator::global();
    while (kills < minKills && clock.elapsed() < budgetMs) {
        QProcess child;
        child.start(binary(), {QStringLiteral("--data"), dir, QStringLiteral("case"), QStringLiteral("import"),
                               jsonl, QStringLiteral("--ids")});
        QVERIFY(child.waitForStarted(10000));
        // Random moments: during start-up and opening (0-30 ms) as well as in the middle of commits.
        const int delayMs = rng->bounded(100) < 25 ? rng->bounded(30) : 30 + rng->bounded(220);
        QThread::msleep(delayMs);
        if (child.state() == QProcess::Running) {
            ::kill(pid_t(child.processId()), SIGKILL);
            ++kills;
        } else {
            ++finishedOnTheirOwn;
        }
        QVERIFY(child.waitForFinished(10000));
        const QByteArray out = child.readAllStandardOutput();
        const QStringList ids = printedIds(out);
        for (const QString &id : ids)
            promised.insert(id);
        // After each restart, the last promise made before the kill (the one most at risk) is kept.
        if (!ids.isEmpty()) {
            const Run show = run(dir, {QStringLiteral("case"), QStringLiteral("show"), ids.last()});
            QVERIFY2(show.ok(), qPrintable(QStringLiteral("after kill %1, %2: %3").arg(kills).arg(ids.last(), show.errText())));
        }
        const QByteArray err = child.readAllStandardError();
        // A run that got to finish may not have failed for any reason but being killed.
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() == 0, err.constData());

        if (kills % 50 == 0 && kills > 0 && child.exitStatus() == QProcess::CrashExit) {
            // Every so often, check right after a kill that what was promised is there.
            bool ok = false;
            const QStringList now = caseIds(dir, &ok);
            QVERIFY(ok);
            const QSet<QString> stored(now.begin(), now.end());
            for (const QString &id : std::as_const(promised))
                QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("lost after kill %1: %2").arg(kills).arg(id)));
        }
    }
    qInfo("%d kills, %d runs ended on their own, %lld ids printed, %lld ms",
          kills, finishedOnTheirOwn, qint64(promised.size()), clock.elapsed());
    QVERIFY2(kills >= minKills, qPrintable(QStringLiteral("only %1 kills within the time budget").arg(kills)));
    QVERIFY2(promised.size() >= minKills / 4, "the child hardly ever got to commit; the test proves nothing");

    // After the last kill: everything promised is stored, the file is sound, the chain verifies.
    bool ok = false;
    const QStringList ids = caseIds(dir, &ok);
    QVERIFY(ok);
    const QSet<QString> stored(ids.begin(), ids.end());
    for (const QString &id : std::as_const(promised))
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("printed but lost: ") + id));
    QCOMPARE(integrityCheck(dir + QStringLiteral("/kiosk.db")), QStringLiteral("ok"));
    const Run verify = run(dir, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.ok(), verify.err.constData());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
