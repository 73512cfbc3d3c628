#include "workingdays.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bianmin {

WorkingDayCalendar WorkingDayCalendar::builtIn()
{
    // The resource is compiled into this library; a broken file is caught by tst_workingdays.
    auto calendar = fromFile(QStringLiteral(":/bianmin/holidays/cn.json"));
    return calendar ? calendar.value() : WorkingDayCalendar();
}

Result<WorkingDayCalendar> WorkingDayCalendar::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("holidays.unreadable"),
                     QStringLiteral("cannot read the holiday list %1: %2").arg(path, file.errorString()));
    auto calendar = fromJson(file.readAll());
    if (!calendar)
        return calendar.error().context(path);
    return calendar;
}

Result<WorkingDayCalendar> WorkingDayCalendar::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject years = doc.object().value(QStringLiteral("years")).toObject();
    if (parseError.error != QJsonParseError::NoError || years.isEmpty())
        return Error(QStringLiteral("holidays.malformed"),
                     QStringLiteral("the holiday list is not {\"years\": {...}} JSON"));
    WorkingDayCalendar calendar;
    for (auto it = years.begin(); it != years.end(); ++it) {
        bool isNumber = false;
        const int year = it.key().toInt(&isNumber);
        const QJsonObject entry = it.value().toObject();
        if (!isNumber)
            return Error(QStringLiteral("holidays.malformed"), QStringLiteral("\"%1\" is not a year").arg(it.key()));
        calendar.m_years.insert(year, entry.value(QStringLiteral("provisional")).toBool(false));
        for (const auto &[key, set] : {std::pair{QStringLiteral("off"), &calendar.m_off},
                                       std::pair{QStringLiteral("work"), &calendar.m_work}}) {
            for (const QJsonValue &v : entry.value(key).toArray()) {
                const QDate day = QDate::fromString(v.toString(), Qt::ISODate);
                if (!day.isValid() || day.year() != year)
                    return Error(QStringLiteral("holidays.malformed"),
                                 QStringLiteral("\"%1\" in %2/%3 is not a date of %2").arg(v.toString(), it.key(), key));
                set->insert(day);
            }
        }
    }
    return calendar;
}

bool WorkingDayCalendar::isWorkingDay(QDate day) const
{
    if (m_work.contains(day))
        return true;
    if (m_off.contains(day))
        return false;
    return day.dayOfWeek() <= 5;
}

QDate WorkingDayCalendar::addWorkingDays(QDate start, int days) const
{
    QDate day = start;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

} // namespace bianmin
