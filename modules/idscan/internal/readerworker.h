// The worker that owns the serial port on IdCardReader's thread: it polls the reader with the synchronous
// driver (every wait bounded) and reports back by queued signals. Not part of the public API.
#pragma once

#include "idscan/cardreaderdriver.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>

namespace bianmin::idscan {

class ReaderWorker : public QObject
{
    Q_OBJECT
public:
    enum Phase { Connecting, WaitingForCard, Reading, Disconnected };

    explicit ReaderWorker(std::atomic<bool> *stopping);
    ~ReaderWorker() override;

    // Called on the worker thread (through QMetaObject::invokeMethod).
    void start(const ReaderSettings &settings, int pollIntervalMs);
    void stop();
    void querySam();

Q_SIGNALS:
    void phaseChanged(int phase);
    void cardRead(const bianmin::idscan::IdCardData &card);
    void failed(const QString &code, const QString &message);
    void recovered();
    void samInfo(const QString &status, const QString &samId);

private:
    void poll();
    void schedule(int ms);

    std::atomic<bool> *m_stopping;
    std::unique_ptr<CardReaderDriver> m_driver;
    QTimer *m_timer = nullptr;
    int m_interval = 300;
    bool m_cardPresent = false;
    bool m_connectionFailed = false;
};

} // namespace bianmin::idscan
