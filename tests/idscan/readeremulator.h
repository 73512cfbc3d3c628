// A resident ID card reader on a pseudo-terminal, for tests: the driver opens a symlink to the pty slave
// with QSerialPort exactly as it opens /dev/ttyUSB0. The emulator answers the SAM protocol from a thread
// of its own, with a scripted card, and misbehaves on request the way real readers and cables do.
// "Unplug" closes the master and removes the link (the device disappears); "plug in" makes a new pty
// behind the same link, like udev's /dev/serial/by-id names.
#pragma once

#include <QByteArray>
#include <QString>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

class ReaderEmulator
{
public:
    enum class Fault {
        None,
        Garbage, ///< junk bytes (including a stray preamble start) before and after the answer
        Partial, ///< the answer dribbles out in 7-byte pieces
        BadChecksum, ///< the answer's checksum byte is wrong
        BadLength, ///< the answer's length field is impossible (0x0001)
        StopMidFrame, ///< half the answer, then silence
        Silent, ///< no answer at all
        CardPulled, ///< read fails with SW3 41 and the card is gone afterwards
        Status, ///< answer with the SW3 given to injectFault
    };

    struct Card
    {
        QByteArray text; ///< 256 bytes
        QByteArray photo; ///< 1024 bytes
    };

    /** `linkPath` is where the device appears (a symlink to the pty slave). */
    explicit ReaderEmulator(QString linkPath);
    ~ReaderEmulator();

    bool plugIn(); ///< creates the pty and the link; false (and a message in lastError()) if it cannot
    void unplug(); ///< closes the master, removes the link
    QString path() const { return m_linkPath; }
    QString lastError() const { return m_error; }

    void setCard(std::optional<Card> card);
    bool hasCard() const;

    /**
     * The next `times` answers to `command` (0 = any command) misbehave as `fault`. `sw3` is used by
     * Fault::Status. A negative `times` keeps the fault until clearFaults().
     */
    void injectFault(Fault fault, quint16 command = 0, int times = 1, quint8 sw3 = 0);
    void clearFaults();

    /** Commands received with a valid frame, and with a broken one (which real readers answer 10/11). */
    int commandsReceived() const { return m_commands.load(); }
    int badCommandsReceived() const { return m_badCommands.load(); }

private:
    void run();
    void handle(const QByteArray &payload);
    void send(const QByteArray &frame, Fault fault);
    void stopThread();

    QString m_linkPath;
    QString m_error;
    int m_master = -1;
    int m_slaveKeepAlive = -1;
    int m_wakePipe[2] = { -1, -1 };
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_commands { 0 };
    std::atomic<int> m_badCommands { 0 };

    mutable std::mutex m_mutex; // guards the card and the faults
    std::optional<Card> m_card;
    Fault m_fault = Fault::None;
    quint16 m_faultCommand = 0;
    int m_faultTimes = 0;
    quint8 m_faultSw3 = 0;
    QByteArray m_inbox;
};
