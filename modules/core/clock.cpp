#include "clock.h"

#include <QTimeZone>

namespace bianmin {

QDateTime SystemClock::now() const
{
    const QDateTime local = QDateTime::currentDateTime();
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QString toRfc3339(const QDateTime &t)
{
    // Qt::OffsetFromUTC renders "+08:00" (and "Z" only for a UTC spec), which is what RFC 3339 wants.
    const QDateTime withOffset = t.timeSpec() == Qt::OffsetFromUTC ? t : t.toOffsetFromUtc(t.offsetFromUtc());
    QString text = withOffset.toString(Qt::ISODateWithMs);
    if (withOffset.offsetFromUtc() == 0 && !text.endsWith(QLatin1Char('Z')) && !text.contains(QLatin1Char('+')))
        text += QStringLiteral("Z");
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
