// Time as the kiosk sees it. Injected everywhere so tests can freeze or move it
// (promised dates, lockouts, idle timeouts) without sleeping.
#pragma once

#include <QDateTime>
#include <QString>

namespace bianmin {

class Clock
{
public:
    virtual ~Clock() = default;
    /** The current time with the local UTC offset attached. */
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/** A clock tests set by hand. */
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

/** RFC 3339 with an explicit offset and milliseconds, e.g. "2026-11-23T09:30:00.000+08:00". */
QString toRfc3339(const QDateTime &t);

/** Parses RFC 3339 (offset or Z required); an invalid QDateTime if it is not. */
QDateTime fromRfc3339(const QString &text);

} // namespace bianmin
