// Notices when nobody has touched the kiosk for a while. At a public kiosk an abandoned application must
// not stay on screen: after `timeout` seconds without a touch, key or mouse event it first shows a
// warning (with `secondsLeft` counting down) and then emits expired(), on which the session is wiped.
// It watches only while `armed` (a session is in progress); the idle screen itself never times out.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace bianmin {

class IdleWatcher : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool armed READ armed WRITE setArmed NOTIFY armedChanged)
    Q_PROPERTY(int timeout READ timeout WRITE setTimeout NOTIFY timeoutChanged)  ///< seconds
    /** The countdown shown in the warning: the last `warningSeconds` of the timeout. */
    Q_PROPERTY(int warningSeconds READ warningSeconds NOTIFY timeoutChanged)
    Q_PROPERTY(bool warning READ warning NOTIFY stateChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY stateChanged)

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    /** Call with the application (or a window): every input event it sees counts as activity. */
    void watch(QObject *target);

    bool armed() const { return m_armed; }
    void setArmed(bool armed);
    int timeout() const { return m_timeout; }
    void setTimeout(int seconds);
    int warningSeconds() const;
    bool warning() const { return m_warning; }
    int secondsLeft() const;

    /** The villager is there (the "continue" button): start the timeout again. */
    Q_INVOKABLE void poke();

signals:
    void armedChanged();
    void timeoutChanged();
    void stateChanged();
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();

    QElapsedTimer m_sinceActivity;
    QTimer m_ticker;
    int m_timeout = 120;
    bool m_armed = false;
    bool m_warning = false;
    int m_lastLeft = -1;
};

} // namespace bianmin
