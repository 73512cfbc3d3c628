// Timestamps end up in every stored case, audit entry and county envelope, and the audit chain and the
// content hashes are computed over their text: toRfc3339 must write exactly what Qt's ISO format wrote
// (the format every existing database and county record holds), for every offset and date.
#include "core/clock.h"

#include <QTimeZone>
#include <QtTest>

using namespace bianmin;

namespace {

// What toRfc3339 wrote before it formatted the digits itself: Qt's ISO text, "Z" for a zero offset.
QString qtReference(const QDateTime &t)
{
    const QDateTime withOffset = t.timeSpec() == Qt::OffsetFromUTC ? t : t.toOffsetFromUtc(t.offsetFromUtc());
    QString text = withOffset.toString(Qt::ISODateWithMs);
    if (withOffset.offsetFromUtc() == 0 && !text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
        text += QStringLiteral("Z");
    return text;
}

} // namespace

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // A fixed zone without tzdata: China Standard Time, +08:00 all year (POSIX spells it "CST-8").
        qputenv("TZ", "CST-8");
    }

    void systemClockIsLocalTimeWithItsOffset()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QDateTime now = SystemClock().now();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(now.timeSpec(), Qt::OffsetFromUTC);
        QCOMPARE(now.offsetFromUtc(), 8 * 3600);
        QCOMPARE(now.offsetFromUtc(), QDateTime::currentDateTime().offsetFromUtc()); // what Qt says too
        QVERIFY(now.toMSecsSinceEpoch() >= before && now.toMSecsSinceEpoch() <= after);
        QVERIFY(toRfc3339(now).endsWith(QLatin1String("+08:00")));
        QCOMPARE(now.time().hour(), QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC).addSecs(8 * 3600).time().hour());
    }

    void knownTimes()
    {
        const QDateTime beijing(QDate(2026, 11, 23), QTime(9, 30, 0, 7), Qt::OffsetFromUTC, 8 * 3600);
        QCOMPARE(toRfc3339(beijing), QStringLiteral("2026-11-23T09:30:00.007+08:00"));
        const QDateTime utc(QDate(2026, 1, 2), QTime(3, 4, 5, 600), Qt::UTC);
        QCOMPARE(toRfc3339(utc), QStringLiteral("2026-01-02T03:04:05.600Z"));
        const QDateTime west(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, -(9 * 3600 + 30 * 60));
        QCOMPARE(toRfc3339(west), QStringLiteral("1999-12-31T23:59:59.999-09:30"));
        QCOMPARE(toRfc3339(QDateTime()), qtReference(QDateTime())); // as before: whatever Qt made of it
        QCOMPARE(fromRfc3339(toRfc3339(beijing)), beijing);
    }

    void sameTextAsQt()
    {
        // Offsets every way round (whole hours, half and quarter hours, zero, odd seconds), spans of years
        // and every millisecond digit, in the four time specs a QDateTime can carry.
        const QList<int> offsets{0, 8 * 3600, -5 * 3600, 5 * 3600 + 45 * 60, -(3 * 3600 + 30 * 60), 14 * 3600,
                                 -12 * 3600, 30, -59, 3601};
        QRandomGenerator rng(20261123);
        int checked = 0;
        for (int i = 0; i < 3000; ++i) {
            const qint64 ms = rng.bounded(qint64(-2208988800000), qint64(253402300799000)); // 1900 .. 9999
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const int offset = offsets.at(i % offsets.size());
            for (const QDateTime &t : {utc, utc.toOffsetFromUtc(offset), utc.toLocalTime(),
                                       utc.toTimeZone(QTimeZone("Asia/Shanghai"))}) {
                QCOMPARE(toRfc3339(t), qtReference(t));
                ++checked;
            }
        }
        QCOMPARE(checked, 12000);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
