#include "fakeprinter.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>

FakePrinter::FakePrinter()
{
    QMutexLocker lock(&m_mutex);
    start();
    m_started.wait(&m_mutex);
}

FakePrinter::~FakePrinter()
{
    quit();
    wait();
}

void FakePrinter::setState(State s)
{
    QMutexLocker lock(&m_mutex);
    m_state = s;
}

void FakePrinter::setSilent(bool silent)
{
    QMutexLocker lock(&m_mutex);
    m_silent = silent;
}

void FakePrinter::setPaperRunsOutAfter(qsizetype bytes)
{
    QMutexLocker lock(&m_mutex);
    m_runsOutAfter = bytes;
}

QByteArray FakePrinter::received(qsizetype atLeast, int ms)
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(ms);
    while (m_received.size() < atLeast && !deadline.hasExpired())
        m_grew.wait(&m_mutex, deadline);
    return m_received;
}

int FakePrinter::statusQueries()
{
    QMutexLocker lock(&m_mutex);
    return m_queries;
}

int FakePrinter::connections()
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

QByteArray FakePrinter::answer(char n)
{
    // Epson layout: bits 1 and 4 always set. n=1: bit 3 offline. n=2: bit 2 cover open, bit 5 paper end
    // stop, bit 6 error. n=4: bits 2-3 paper near end, bits 5-6 paper end.
    State s = m_state;
    if (m_runsOutAfter >= 0 && m_received.size() >= m_runsOutAfter)
        s = State::PaperOut;
    const bool offline = s == State::PaperOut || s == State::CoverOpen || s == State::Offline;
    switch (n) {
    case 1: return QByteArray(1, char(0x12 | (offline ? 0x08 : 0)));
    case 2: return QByteArray(1, char(0x12 | (s == State::CoverOpen ? 0x04 : 0) | (s == State::PaperOut ? 0x20 : 0)));
    case 4: return QByteArray(1, char(0x12 | (s == State::PaperOut ? 0x60 : 0) | (s == State::PaperNearEnd ? 0x0c : 0)));
    default: return {};
    }
}

void FakePrinter::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    {
        QMutexLocker lock(&m_mutex);
        m_port = server.serverPort();
        m_started.wakeAll();
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            {
                QMutexLocker lock(&m_mutex);
                ++m_connections;
            }
            auto pending = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pending] {
                *pending += socket->readAll();
                QMutexLocker lock(&m_mutex);
                // Pick DLE EOT n out of the stream; everything else is receipt data.
                qsizetype i = 0;
                while (i < pending->size()) {
                    if (pending->at(i) == 0x10) {
                        if (i + 2 >= pending->size())
                            break; // wait for the rest of the query
                        if (pending->at(i + 1) == 0x04) {
                            ++m_queries;
                            if (!m_silent)
                                socket->write(answer(pending->at(i + 2)));
                            i += 3;
                            continue;
                        }
                    }
                    m_received += pending->at(i);
                    ++i;
                }
                pending->remove(0, i);
                m_grew.wakeAll();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    exec();
}
