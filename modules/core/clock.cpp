#include "clock.h"

#include <QTimeZone>

#include <atomic>
#include <ctime>

namespace bianmin {

namespace {

/** The local zone's offset at `t`. localtime_r() uses the zone tzset() read; Qt's local-time conversions
 *  go through mktime(), which re-reads it, stat-ing /etc/localtime on every call (six times per stored
 *  case). Re-reading it once a minute still follows a technician changing the zone. */
int localOffsetSeconds(time_t t)
{
    static std::atomic<qint64> lastRead{-1}; // never
    const qint64 last = lastRead.load(std::memory_order_relaxed);
    if (last < 0 || t < last || t - last >= 60) {
        tzset();
        lastRead.store(t, std::memory_order_relaxed);
    }
    struct tm local = {};
    if (!localtime_r(&t, &local))
        return 0;
    return int(local.tm_gmtoff);
}

} // namespace

QDateTime SystemClock::now() const
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const int offset = localOffsetSeconds(time_t(ms / 1000));
    // A zero offset is a UTC time, as QDateTime::toOffsetFromUtc(0) makes it (toRfc3339 writes "Z").
    return offset == 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
                       : QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
}

namespace {

char16_t *putDigits(char16_t *p, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        p[i] = char16_t(u'0' + value % 10);
    return p + width;
}

} // namespace

QString toRfc3339(const QDateTime &t)
{
    // Qt::OffsetFromUTC renders "+08:00" (and "Z" only for a UTC spec), which is what RFC 3339 wants.
    // toOffsetFromUtc(0) gives a UTC spec, so a zero offset is written "Z".
    const QDateTime withOffset = t.timeSpec() == Qt::OffsetFromUTC ? t : t.toOffsetFromUtc(t.offsetFromUtc());
    const QDate date = withOffset.date();
    const QTime time = withOffset.time();
    if (!date.isValid() || !time.isValid() || date.year() < 0 || date.year() > 9999) {
        // Not an everyday time: let Qt say what it makes of it (an empty string for an invalid one).
        QString text = withOffset.toString(Qt::ISODateWithMs);
        if (withOffset.offsetFromUtc() == 0 && !text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
            text += QStringLiteral("Z");
        return text;
    }
    // Written digit by digit: QDateTime::toString() costs about ten times as much, and every stored case
    // and audit entry formats several timestamps (the same text, checked against Qt's by tst_clock).
    const int offset = withOffset.offsetFromUtc();
    QString text(offset == 0 ? 24 : 29, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(text.data());
    p = putDigits(p, date.year(), 4);
    *p++ = u'-';
    p = putDigits(p, date.month(), 2);
    *p++ = u'-';
    p = putDigits(p, date.day(), 2);
    *p++ = u'T';
    p = putDigits(p, time.hour(), 2);
    *p++ = u':';
    p = putDigits(p, time.minute(), 2);
    *p++ = u':';
    p = putDigits(p, time.second(), 2);
    *p++ = u'.';
    p = putDigits(p, time.msec(), 3);
    if (offset == 0) {
        *p++ = u'Z';
    } else {
        const int minutes = (offset < 0 ? -offset : offset) / 60; // Qt's ISO text drops offset seconds too
        *p++ = offset < 0 ? u'-' : u'+';
        p = putDigits(p, minutes / 60, 2);
        *p++ = u':';
        p = putDigits(p, minutes % 60, 2);
    }
    return text;
}

QDateTime fromRfc3339(const QString &text)
{
    const bool hasOffset = text.size() > 6
        && (text.at(text.size() - 6) == QLatin1Char('+') || text.at(text.size() - 6) == QLatin1Char('-'));
    if (!text.endsWith(QLatin1Char('Z')) && !hasOffset)
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace bianmin
