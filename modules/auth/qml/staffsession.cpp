#include "staffsession.h"

#include "core/clock.h"

#include <QEvent>

#include <algorithm>

namespace bianmin {

StaffSession::StaffSession(const Clock &clock, int idleTimeoutSeconds, QObject *parent)
    : QObject(parent), m_clock(clock), m_idleTimeout(qMax(1, idleTimeoutSeconds))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkIdle(); });
}

void StaffSession::start(const StaffAccount &account)
{
    if (m_active)
        finish(QStringLiteral("logout"));
    m_account = account;
    m_active = true;
    m_lastActivity = m_clock.now();
    m_lastSecondsLeft = m_idleTimeout;
    m_timer.start();
    Q_EMIT activeChanged();
    Q_EMIT secondsLeftChanged();
    Q_EMIT started();
}

void StaffSession::setIdleTimeout(int seconds)
{
    seconds = qMax(1, seconds);
    if (seconds == m_idleTimeout)
        return;
    m_idleTimeout = seconds;
    Q_EMIT idleTimeoutChanged();
    checkIdle();
}

int StaffSession::secondsLeft() const
{
    if (!m_active)
        return 0;
    const qint64 idle = m_lastActivity.secsTo(m_clock.now());
    return int(std::clamp<qint64>(qint64(m_idleTimeout) - idle, 0, m_idleTimeout));
}

Status StaffSession::require(Permission permission) const
{
    if (!m_active)
        return Error(QStringLiteral("auth.no_session"), tr("log in first"));
    return checkPermission(m_account.role, permission);
}

bool StaffSession::can(const QString &permission) const
{
    const auto p = permissionFromName(permission);
    return p && can(*p);
}

void StaffSession::touch()
{
    if (!m_active)
        return;
    m_lastActivity = m_clock.now();
    if (m_lastSecondsLeft != m_idleTimeout) {
        m_lastSecondsLeft = m_idleTimeout;
        Q_EMIT secondsLeftChanged();
    }
}

bool StaffSession::checkIdle()
{
    if (!m_active)
        return false;
    const int left = secondsLeft();
    if (left <= 0) {
        finish(QStringLiteral("idle"));
        return true;
    }
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        Q_EMIT secondsLeftChanged();
    }
    return false;
}

void StaffSession::watchInput(QObject *target)
{
    if (m_watched)
        m_watched->removeEventFilter(this);
    m_watched = target;
    if (target)
        target->installEventFilter(this);
}

bool StaffSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void StaffSession::finish(const QString &reason)
{
    if (!m_active)
        return;
    m_timer.stop();
    m_active = false;
    m_account = StaffAccount(); // nothing of the staff member stays in memory for the next person
    m_lastSecondsLeft = 0;
    Q_EMIT activeChanged();
    Q_EMIT secondsLeftChanged();
    Q_EMIT ended(reason);
}

} // namespace bianmin
