// A resident ID card reader on a serial port (or USB-serial), spoken to synchronously: each call sends one
// command and waits for the answer with a deadline, so nothing here can hang. The CLI calls it directly;
// the kiosk's IdCardReader runs it on a worker thread. A reader that was unplugged is reopened on the next
// call, so unplug/replug needs no restart.
#pragma once

#include "core/result.h"
#include "framecodec.h"
#include "idcard.h"

#include <QString>
#include <functional>
#include <memory>

class QSerialPort;

namespace bianmin::idscan {

struct ReaderSettings
{
    QString device; ///< e.g. /dev/ttyUSB0 or /dev/serial/by-id/...
    qint32 baudRate = 115200; ///< 8N1, no flow control
    int commandTimeoutMs = 1500; ///< find, select, SAM commands
    int readTimeoutMs = 4000; ///< the 1295-byte read answer (about 0.12 s at 115200 baud)
};

struct SamInfo
{
    quint8 sw3 = 0; ///< the SAM status answer's SW3 (0x90 when healthy)
    QString status; ///< "ok" or the reason
    QString samId; ///< "05.01-20121221-0000567890-3305123456" style, empty if the id could not be read
    QByteArray rawId; ///< the 16 bytes as sent
};

/** Formats a 16-byte SAM id the way reader vendors print it. */
QString formatSamId(const QByteArray &raw);

class CardReaderDriver
{
public:
    explicit CardReaderDriver(ReaderSettings settings);
    ~CardReaderDriver();
    CardReaderDriver(const CardReaderDriver &) = delete;
    CardReaderDriver &operator=(const CardReaderDriver &) = delete;

    const ReaderSettings &settings() const { return m_settings; }

    /** Opens the port; error "idscan.open" if the device is missing or busy. */
    Status open();
    void close();
    bool isOpen() const;

    /**
     * Sends one command and returns the reader's answer (any SW3). Errors: "idscan.timeout" (no answer or
     * an answer cut off mid-frame), "idscan.checksum", "idscan.length", "idscan.disconnected", "idscan.open".
     */
    Result<ReaderResponse> transact(Command command, int timeoutMs);

    /** Ok when a card is on the reader; "idscan.no_card" otherwise. */
    Status findCard();
    Status selectCard();
    /** Reads text and photo of the selected card and decodes them. */
    Result<IdCardData> readTextAndPhoto();
    /** One attempt: find, select, read. */
    Result<IdCardData> readCard();
    /**
     * Polls until a card has been read or `timeoutMs` passed; transient failures (checksum, card pulled,
     * reader unplugged) are retried. On timeout the error names the last reason ("no card on the reader").
     * `cancelled` is checked between polls.
     */
    Result<IdCardData> waitForCard(
        int timeoutMs, int pollIntervalMs = 200, const std::function<bool()> &cancelled = {});

    Result<SamInfo> samStatus();
    Status reset();

private:
    Error ioError(const QString &what);

    ReaderSettings m_settings;
    std::unique_ptr<QSerialPort> m_port;
    FrameDecoder m_decoder;
};

} // namespace bianmin::idscan
