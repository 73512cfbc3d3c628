#include "idlewatcher.h"

#include <QEvent>

#include <algorithm>

namespace bianmin {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &IdleWatcher::tick);
    m_sinceActivity.start();
}

void IdleWatcher::watch(QObject *target)
{
    target->installEventFilter(this);
}

void IdleWatcher::setArmed(bool armed)
{
    if (armed == m_armed)
        return;
    m_armed = armed;
    m_sinceActivity.restart();
    m_warning = false;
    if (armed)
        m_ticker.start();
    else
        m_ticker.stop();
    emit armedChanged();
    emit stateChanged();
}

void IdleWatcher::setTimeout(int seconds)
{
    seconds = std::max(seconds, 5);
    if (seconds == m_timeout)
        return;
    m_timeout = seconds;
    emit timeoutChanged();
    emit stateChanged();
}

int IdleWatcher::warningSeconds() const
{
    // Long enough to read the question and reach the button, never most of the timeout.
    return std::clamp(m_timeout / 3, 3, 30);
}

int IdleWatcher::secondsLeft() const
{
    const qint64 left = qint64(m_timeout) * 1000 - m_sinceActivity.elapsed();
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

void IdleWatcher::poke()
{
    m_sinceActivity.restart();
    if (m_warning) {
        m_warning = false;
        emit stateChanged();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        // While the warning is up only its button continues: a stray touch elsewhere is not "still there".
        if (!m_warning)
            m_sinceActivity.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::tick()
{
    if (!m_armed)
        return;
    const int left = secondsLeft();
    const bool warn = left <= warningSeconds();
    if (warn != m_warning || left != m_lastLeft) {
        m_warning = warn;
        m_lastLeft = left;
        emit stateChanged();
    }
    if (left == 0) {
        setArmed(false);
        emit expired();
    }
}

} // namespace bianmin
