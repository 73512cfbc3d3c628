#include "printerlink.h"

#include "escpos.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSerialPort>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bianmin {

// ---------------------------------------------------------------- URIs

Result<PrinterUri> PrinterUri::parse(const QString &input)
{
    const QString text = input.trimmed();
    const Error bad(QStringLiteral("printer.bad_uri"),
                    QStringLiteral("\"%1\" is not a printer; use usb:/dev/usb/lp0, tcp://host:9100, host:9100, "
                                   "serial:/dev/ttyUSB0[?baud=9600], cups:NAME or pdf:DIR")
                        .arg(input));
    PrinterUri uri;
    if (text.startsWith(QLatin1String("cups:"))) {
        uri.kind = Kind::Cups;
        uri.name = text.mid(5);
        return uri.name.isEmpty() ? Result<PrinterUri>(bad) : Result<PrinterUri>(uri);
    }
    if (text.startsWith(QLatin1String("pdf:"))) {
        uri.kind = Kind::PdfDir;
        uri.path = text.mid(4);
        return uri.path.isEmpty() ? Result<PrinterUri>(bad) : Result<PrinterUri>(uri);
    }
    if (text.startsWith(QLatin1String("usb:")) || text.startsWith(QLatin1Char('/'))) {
        uri.kind = Kind::Device;
        uri.path = text.startsWith(QLatin1String("usb:")) ? text.mid(4) : text;
        return uri.path.startsWith(QLatin1Char('/')) ? Result<PrinterUri>(uri) : Result<PrinterUri>(bad);
    }
    if (text.startsWith(QLatin1String("serial:"))) {
        uri.kind = Kind::Serial;
        const qsizetype q = text.indexOf(QLatin1Char('?'));
        uri.path = text.mid(7, q < 0 ? -1 : q - 7);
        if (q >= 0) {
            const QUrlQuery query(text.mid(q + 1));
            bool ok = false;
            uri.baud = query.queryItemValue(QStringLiteral("baud")).toInt(&ok);
            if (!ok || uri.baud <= 0)
                return bad;
        }
        return uri.path.startsWith(QLatin1Char('/')) ? Result<PrinterUri>(uri) : Result<PrinterUri>(bad);
    }
    uri.kind = Kind::Tcp;
    const QUrl url(text.startsWith(QLatin1String("tcp://")) ? text : QStringLiteral("tcp://") + text);
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty()
        || (!text.startsWith(QLatin1String("tcp://")) && url.port() < 0))
        return bad;
    uri.host = url.host();
    uri.port = quint16(url.port(9100));
    return uri;
}

QString PrinterUri::toString() const
{
    switch (kind) {
    case Kind::Device: return QStringLiteral("usb:") + path;
    case Kind::Tcp: return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
    case Kind::Serial: return QStringLiteral("serial:%1?baud=%2").arg(path).arg(baud);
    case Kind::Cups: return QStringLiteral("cups:") + name;
    case Kind::PdfDir: return QStringLiteral("pdf:") + path;
    }
    return {};
}

// ---------------------------------------------------------------- status and messages

PrinterStatus PrinterStatus::decode(char printer, char offlineCause, char paperSensor)
{
    // Every status byte has bits 1 and 4 set and bits 0 and 7 clear; anything else is not a status answer.
    auto valid = [](char b) { return (quint8(b) & 0x93) == 0x12; };
    PrinterStatus s;
    if (!valid(printer) || !valid(offlineCause) || !valid(paperSensor))
        return s;
    s.answered = true;
    s.offline = quint8(printer) & 0x08;
    s.coverOpen = quint8(offlineCause) & 0x04;
    s.paperOut = (quint8(offlineCause) & 0x20) || (quint8(paperSensor) & 0x60);
    s.error = quint8(offlineCause) & 0x40;
    s.paperNearEnd = quint8(paperSensor) & 0x0c;
    return s;
}

Status PrinterStatus::fault() const
{
    if (!answered)
        return {};
    const char *code = coverOpen ? "printer.cover_open"
                       : paperOut ? "printer.paper_out"
                       : error    ? "printer.error"
                       : offline  ? "printer.offline"
                                  : nullptr;
    if (!code)
        return {};
    return Error(QString::fromLatin1(code), printerMessage(QString::fromLatin1(code)));
}

QString printerMessage(const QString &code, const QString &detail)
{
    struct Message
    {
        const char *code;
        const char *zh;
        const char *en;
    };
    static const Message messages[] = {
        {"printer.paper_out", "打印机缺纸，请装入新纸卷后重新打印", "the printer is out of paper: load a new roll and print again"},
        {"printer.cover_open", "打印机纸仓盖未合上，请合上后重新打印", "the printer cover is open: close it and print again"},
        {"printer.offline", "打印机处于离线状态，请检查电源和指示灯后重新打印", "the printer is offline: check its power and lights, then print again"},
        {"printer.error", "打印机故障（切刀卡纸或过热），请排除后重新打印", "the printer reports an error (cutter jam or overheating): clear it and print again"},
        {"printer.refused", "无法连接打印机（连接被拒绝），请检查打印机是否开机、地址是否正确", "the printer refused the connection: check it is switched on and the address is right"},
        {"printer.timeout", "打印机无响应，请检查网线或数据线后重新打印", "the printer does not respond: check the cable or network, then print again"},
        {"printer.not_found", "找不到打印机，请检查连接和设置", "the printer was not found: check the cable and the printer setting"},
        {"printer.permission", "没有使用打印机的权限，请联系技术人员", "no permission to use the printer: ask a technician"},
        {"printer.write_failed", "向打印机发送数据失败，请重新打印", "sending to the printer failed: print again"},
        {"printer.failed", "系统打印机未能完成打印，请检查后重新打印", "the system printer did not complete the job: check it and print again"},
    };
    for (const Message &m : messages) {
        if (code == QLatin1String(m.code)) {
            QString text = QString::fromUtf8(m.zh) + QStringLiteral(" / ") + QString::fromUtf8(m.en);
            if (!detail.isEmpty())
                text += QStringLiteral(" (") + detail + QLatin1Char(')');
            return text;
        }
    }
    return detail.isEmpty() ? code : detail;
}

namespace {
Error printerError(const char *code, const QString &detail = {})
{
    return Error(QString::fromLatin1(code), printerMessage(QString::fromLatin1(code), detail));
}
} // namespace

PrinterStatus PrinterLink::queryStatus()
{
    if (!canRead())
        return {};
    discardInput();
    char answers[3];
    const char queries[3] = {EscPos::kStatusPrinter, EscPos::kStatusOffline, EscPos::kStatusPaper};
    for (int i = 0; i < 3; ++i) {
        if (!write(EscPos::statusQuery(queries[i])))
            return {};
        const std::optional<char> answer = readByte(m_timeouts.statusMs);
        if (!answer)
            return {};
        answers[i] = *answer;
    }
    return PrinterStatus::decode(answers[0], answers[1], answers[2]);
}

// ---------------------------------------------------------------- links

namespace {

class TcpLink final : public PrinterLink
{
public:
    explicit TcpLink(PrintTimeouts t) : PrinterLink(t) {}

    Status connectTo(const PrinterUri &uri)
    {
        m_socket.connectToHost(uri.host, uri.port);
        if (m_socket.waitForConnected(m_timeouts.connectMs))
            return {};
        const QString detail = uri.toString() + QStringLiteral(": ") + m_socket.errorString();
        switch (m_socket.error()) {
        case QAbstractSocket::ConnectionRefusedError: return printerError("printer.refused", detail);
        case QAbstractSocket::HostNotFoundError: return printerError("printer.not_found", detail);
        case QAbstractSocket::SocketTimeoutError: return printerError("printer.timeout", detail);
        default:
            return m_socket.state() == QAbstractSocket::ConnectingState || m_socket.state() == QAbstractSocket::HostLookupState
                ? printerError("printer.timeout", detail)
                : printerError("printer.refused", detail);
        }
    }

    Status write(const QByteArray &bytes) override
    {
        if (m_socket.write(bytes) != bytes.size())
            return printerError("printer.write_failed", m_socket.errorString());
        const QDeadlineTimer deadline(m_timeouts.writeMs);
        while (m_socket.bytesToWrite() > 0) {
            if (!m_socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))) || deadline.hasExpired())
                return m_socket.state() == QAbstractSocket::ConnectedState
                    ? printerError("printer.timeout", m_socket.errorString())
                    : printerError("printer.write_failed", m_socket.errorString());
        }
        return {};
    }

    void close() override
    {
        m_socket.disconnectFromHost();
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.waitForDisconnected(1000);
    }

protected:
    std::optional<char> readByte(int ms) override
    {
        if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(ms))
            return std::nullopt;
        char c = 0;
        return m_socket.getChar(&c) ? std::optional<char>(c) : std::nullopt;
    }
    void discardInput() override { m_socket.readAll(); }

private:
    QTcpSocket m_socket;
};

class SerialLink final : public PrinterLink
{
public:
    explicit SerialLink(PrintTimeouts t) : PrinterLink(t) {}

    Status openPort(const PrinterUri &uri)
    {
        m_port.setPortName(uri.path);
        m_port.setBaudRate(uri.baud);
        m_port.setDataBits(QSerialPort::Data8);
        m_port.setParity(QSerialPort::NoParity);
        m_port.setStopBits(QSerialPort::OneStop);
        m_port.setFlowControl(QSerialPort::NoFlowControl);
        if (m_port.open(QIODevice::ReadWrite))
            return {};
        const QString detail = uri.path + QStringLiteral(": ") + m_port.errorString();
        switch (m_port.error()) {
        case QSerialPort::DeviceNotFoundError: return printerError("printer.not_found", detail);
        case QSerialPort::PermissionError: return printerError("printer.permission", detail);
        default: return printerError("printer.not_found", detail);
        }
    }

    Status write(const QByteArray &bytes) override
    {
        if (m_port.write(bytes) != bytes.size())
            return printerError("printer.write_failed", m_port.errorString());
        const QDeadlineTimer deadline(m_timeouts.writeMs);
        while (m_port.bytesToWrite() > 0) {
            if (!m_port.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime()))) || deadline.hasExpired())
                return printerError("printer.timeout", m_port.errorString());
        }
        return {};
    }

    void close() override { m_port.close(); }

protected:
    std::optional<char> readByte(int ms) override
    {
        if (m_port.bytesAvailable() == 0 && !m_port.waitForReadyRead(ms))
            return std::nullopt;
        char c = 0;
        return m_port.getChar(&c) ? std::optional<char>(c) : std::nullopt;
    }
    void discardInput() override
    {
        m_port.clear(QSerialPort::Input);
        m_port.readAll();
    }

private:
    QSerialPort m_port;
};

/** A USB printer class device (/dev/usb/lp0): bidirectional printers answer status through read(). A
 *  regular file is accepted too (a spool or a capture) and never asked for status. */
class DeviceLink final : public PrinterLink
{
public:
    explicit DeviceLink(PrintTimeouts t) : PrinterLink(t) {}
    ~DeviceLink() override { close(); }

    Status openDevice(const QString &path)
    {
        struct stat st = {};
        const QByteArray native = QFile::encodeName(path);
        if (::stat(native.constData(), &st) != 0) // never create /dev/usb/lp0 as a file when the printer is unplugged
            return printerError(errno == EACCES ? "printer.permission" : "printer.not_found",
                                path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
        m_regular = S_ISREG(st.st_mode);
        const int flags = O_NOCTTY | O_CLOEXEC | O_NONBLOCK;
        m_fd = m_regular ? ::open(native.constData(), O_WRONLY | O_TRUNC | O_CLOEXEC)
                         : ::open(native.constData(), O_RDWR | flags);
        if (m_fd < 0 && !m_regular) {
            m_fd = ::open(native.constData(), O_WRONLY | flags);
            m_writeOnly = true;
        }
        if (m_fd < 0)
            return printerError(errno == EACCES || errno == EPERM ? "printer.permission"
                                : errno == EBUSY                  ? "printer.offline"
                                                                  : "printer.not_found",
                                path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }

    Status write(const QByteArray &bytes) override
    {
        const QDeadlineTimer deadline(m_timeouts.writeMs);
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
            if (n > 0) {
                done += n;
                continue;
            }
            if (n < 0 && errno != EAGAIN && errno != EINTR)
                return printerError("printer.write_failed", QString::fromLocal8Bit(std::strerror(errno)));
            // A USB printer out of paper stops taking data: wait, but not forever.
            pollfd pfd{m_fd, POLLOUT, 0};
            if (deadline.hasExpired() || ::poll(&pfd, 1, int(qMin<qint64>(200, deadline.remainingTime()))) < 0)
                return printerError("printer.timeout");
        }
        return {};
    }

    void close() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

protected:
    bool canRead() const override { return !m_regular && !m_writeOnly; }
    std::optional<char> readByte(int ms) override
    {
        const QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            pollfd pfd{m_fd, POLLIN, 0};
            // usblp reports readable even with nothing to read on some printers; read() then says EAGAIN.
            if (::poll(&pfd, 1, int(qMin<qint64>(50, deadline.remainingTime()))) > 0) {
                char c = 0;
                if (::read(m_fd, &c, 1) == 1)
                    return c;
            }
        }
        return std::nullopt;
    }
    void discardInput() override
    {
        char buf[64];
        while (::read(m_fd, buf, sizeof buf) > 0) {
        }
    }

private:
    int m_fd = -1;
    bool m_regular = false;
    bool m_writeOnly = false;
};

} // namespace

Result<std::unique_ptr<PrinterLink>> PrinterLink::open(const PrinterUri &uri, const PrintTimeouts &timeouts)
{
    switch (uri.kind) {
    case PrinterUri::Kind::Tcp: {
        auto link = std::make_unique<TcpLink>(timeouts);
        if (Status s = link->connectTo(uri); !s)
            return s.error();
        return std::unique_ptr<PrinterLink>(std::move(link));
    }
    case PrinterUri::Kind::Serial: {
        auto link = std::make_unique<SerialLink>(timeouts);
        if (Status s = link->openPort(uri); !s)
            return s.error();
        return std::unique_ptr<PrinterLink>(std::move(link));
    }
    case PrinterUri::Kind::Device: {
        auto link = std::make_unique<DeviceLink>(timeouts);
        if (Status s = link->openDevice(uri.path); !s)
            return s.error();
        return std::unique_ptr<PrinterLink>(std::move(link));
    }
    case PrinterUri::Kind::Cups:
    case PrinterUri::Kind::PdfDir:
        break;
    }
    return Error(QStringLiteral("printer.bad_uri"),
                 QStringLiteral("%1 is not an ESC/POS printer").arg(uri.toString()));
}

Result<PrintOutcome> sendToPrinter(const PrinterUri &uri, const QByteArray &bytes, const PrintTimeouts &timeouts)
{
    auto link = PrinterLink::open(uri, timeouts);
    if (!link)
        return link.error();
    PrinterLink &printer = *link.value();
    PrintOutcome outcome;
    const PrinterStatus before = printer.queryStatus();
    if (Status fault = before.fault(); !fault) {
        printer.close();
        return fault.error();
    }
    outcome.statusKnown = before.answered;
    if (Status written = printer.write(bytes); !written) {
        printer.close();
        return written.error();
    }
    if (before.answered) {
        // The roll can end in the middle of a receipt; then it is incomplete and must be printed again.
        const PrinterStatus after = printer.queryStatus();
        if (Status fault = after.fault(); !fault) {
            printer.close();
            return fault.error();
        }
        outcome.paperNearEnd = after.answered ? after.paperNearEnd : before.paperNearEnd;
    }
    printer.close();
    return outcome;
}

} // namespace bianmin
