// A network receipt printer for tests: listens on 127.0.0.1 in its own thread (the code under test blocks),
// records every byte it receives apart from status queries, and answers DLE EOT n with the status bytes of
// the fault the test sets (paper out, cover open, offline), or stays silent like printers that never answer.
#pragma once

#include <QByteArray>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

class QTcpServer;

class FakePrinter : public QThread
{
    Q_OBJECT
public:
    enum class State { Ready, PaperOut, CoverOpen, Offline, PaperNearEnd };

    FakePrinter();
    ~FakePrinter() override;

    quint16 port() const { return m_port; }
    void setState(State s);
    /** Status queries get no answer at all. */
    void setSilent(bool silent);
    /** The paper runs out after this many receipt bytes (the status answers change then); -1 never. */
    void setPaperRunsOutAfter(qsizetype bytes);

    /** Receipt bytes received so far (status queries removed), waiting up to `ms` for at least `atLeast`. */
    QByteArray received(qsizetype atLeast = 0, int ms = 0);
    int statusQueries();
    int connections();

protected:
    void run() override;

private:
    QByteArray answer(char n);

    QMutex m_mutex;
    QWaitCondition m_started;
    QWaitCondition m_grew;
    quint16 m_port = 0;
    State m_state = State::Ready;
    bool m_silent = false;
    qsizetype m_runsOutAfter = -1;
    QByteArray m_received;
    int m_queries = 0;
    int m_connections = 0;
};
