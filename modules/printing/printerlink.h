// Talking to a thermal receipt printer: where it is (a printer URI), sending it the ESC/POS bytes, and
// asking it how it is (DLE EOT) before and after, so staff hear "out of paper" or "cover open" in plain
// words instead of a receipt that silently never came out. Blocking calls with timeouts: run them off the
// UI thread (ReceiptPrinter does).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace bianmin {

/** Where a receipt printer is. Accepted forms:
 *    usb:/dev/usb/lp0  or a bare device or file path (/dev/usb/lp0)
 *    tcp://host:9100   or host:9100 (port 9100 when omitted after tcp://)
 *    serial:/dev/ttyUSB0  with an optional ?baud=19200 (default 9600)
 *    cups:NAME         an A4 system printer (handled by printReceiptA4, not by PrinterLink)
 *    pdf:DIR           no printer: an A4 PDF per receipt into DIR (demos, kiosks without a printer) */
struct PrinterUri
{
    enum class Kind { Device, Tcp, Serial, Cups, PdfDir };
    Kind kind = Kind::Device;
    QString path;   ///< Device, Serial, PdfDir
    QString host;   ///< Tcp
    quint16 port = 9100;
    qint32 baud = 9600;
    QString name;   ///< Cups

    /** Error printer.bad_uri with the accepted forms when the text is none of them. */
    static Result<PrinterUri> parse(const QString &text);
    QString toString() const;
};

/** What the printer said to DLE EOT 1, 2 and 4. `answered` is false for printers (and links) that do not
 *  answer status queries: then nothing is known and printing goes ahead. */
struct PrinterStatus
{
    bool answered = false;
    bool offline = false;
    bool coverOpen = false;
    bool paperOut = false;
    bool paperNearEnd = false;
    bool error = false;      ///< cutter jam, overheating, other mechanical error

    /** Decodes the three status bytes (Epson ESC/POS bit layout); bytes that fail the fixed-bit check are
     *  treated as unanswered. */
    static PrinterStatus decode(char printer, char offlineCause, char paperSensor);
    /** The fault that stops printing, as an Error with a printer.* code; ok when none. */
    Status fault() const;
};

/** The staff message for a printer.* error code, Chinese then English on one line, ending with what to do. */
QString printerMessage(const QString &code, const QString &detail = {});

struct PrintTimeouts
{
    int connectMs = 3000;
    int statusMs = 800;    ///< per query; printers that answer do so within a few ms
    int writeMs = 15000;
};

class PrinterLink
{
public:
    virtual ~PrinterLink() = default;

    /** Opens the printer; errors printer.not_found, printer.refused, printer.timeout, printer.permission,
     *  printer.bad_uri (for cups:). */
    static Result<std::unique_ptr<PrinterLink>> open(const PrinterUri &uri, const PrintTimeouts &timeouts = {});

    /** Asks DLE EOT 1, 2, 4. Never an error for silence: `answered` stays false. */
    PrinterStatus queryStatus();
    /** Writes all bytes; printer.timeout or printer.write_failed. */
    virtual Status write(const QByteArray &bytes) = 0;
    virtual void close() = 0;

protected:
    explicit PrinterLink(PrintTimeouts t) : m_timeouts(t) {}
    /** Reads one byte within `ms`; nullopt on silence. */
    virtual std::optional<char> readByte(int ms) = 0;
    virtual void discardInput() = 0;
    virtual bool canRead() const { return true; }
    PrintTimeouts m_timeouts;
};

struct PrintOutcome
{
    bool statusKnown = false;  ///< the printer answered status queries
    bool paperNearEnd = false; ///< worth telling staff: change the roll soon
};

/** Opens the printer, checks its status, sends the bytes, checks again (paper may run out mid-receipt) and
 *  closes. On any fault the receipt can simply be sent again later. */
Result<PrintOutcome> sendToPrinter(const PrinterUri &uri, const QByteArray &bytes, const PrintTimeouts &timeouts = {});

} // namespace bianmin
