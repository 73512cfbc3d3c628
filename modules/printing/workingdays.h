// Working days for promised completion dates: Monday to Friday, minus public holidays, plus the weekend
// days declared working days (调休上班). The holiday list is JSON (resources/holidays/cn.json, built into
// the library) so a county can ship next year's list without a new build.
#pragma once

#include "core/result.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace bianmin {

class WorkingDayCalendar
{
public:
    /** Weekends only: a calendar that knows no holidays. */
    WorkingDayCalendar() = default;

    /** The list built into the library (China, resources/holidays/cn.json). */
    static WorkingDayCalendar builtIn();
    /** Reads a holiday list in the cn.json format: {"years": {"2026": {"off": [...], "work": [...]}}}. */
    static Result<WorkingDayCalendar> fromJson(const QByteArray &json);
    static Result<WorkingDayCalendar> fromFile(const QString &path);

    bool isWorkingDay(QDate day) const;
    /** The date `days` working days after `start` (the day of submission itself does not count);
     *  `start` when days <= 0. */
    QDate addWorkingDays(QDate start, int days) const;

    /** True when the list holds the year (weekends-only counting is a guess for other years). */
    bool coversYear(int year) const { return m_years.contains(year); }
    /** True when the year's entry is marked provisional (statutory days known, arrangement not yet). */
    bool isProvisional(int year) const { return m_years.value(year, false); }

private:
    QSet<QDate> m_off;
    QSet<QDate> m_work;
    QHash<int, bool> m_years; ///< year -> provisional
};

} // namespace bianmin
