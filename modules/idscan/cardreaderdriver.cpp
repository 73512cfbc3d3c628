#include "cardreaderdriver.h"

#include <QDeadlineTimer>
#include <QSerialPort>
#include <QThread>
#include <algorithm>

namespace bianmin::idscan {

namespace {

    quint32 littleEndian32(const QByteArray &b, int at)
    {
        return quint32(quint8(b[at])) | (quint32(quint8(b[at + 1])) << 8) | (quint32(quint8(b[at + 2])) << 16)
            | (quint32(quint8(b[at + 3])) << 24);
    }

    bool isDisconnect(QSerialPort::SerialPortError e)
    {
        return e == QSerialPort::ResourceError || e == QSerialPort::ReadError || e == QSerialPort::WriteError
            || e == QSerialPort::DeviceNotFoundError || e == QSerialPort::PermissionError;
    }

} // namespace

QString formatSamId(const QByteArray &raw)
{
    if (raw.size() < 16)
        return QString::fromLatin1(raw.toHex());
    const int a = quint8(raw[0]) | (quint8(raw[1]) << 8);
    const int b = quint8(raw[2]) | (quint8(raw[3]) << 8);
    return QStringLiteral("%1.%2-%3-%4-%5")
        .arg(a, 2, 10, QLatin1Char('0'))
        .arg(b, 2, 10, QLatin1Char('0'))
        .arg(littleEndian32(raw, 4), 8, 10, QLatin1Char('0'))
        .arg(littleEndian32(raw, 8), 10, 10, QLatin1Char('0'))
        .arg(littleEndian32(raw, 12), 10, 10, QLatin1Char('0'));
}

CardReaderDriver::CardReaderDriver(ReaderSettings settings)
    : m_settings(std::move(settings))
{
}

CardReaderDriver::~CardReaderDriver()
{
    close();
}

Status CardReaderDriver::open()
{
    if (isOpen())
        return {};
    if (m_settings.device.isEmpty())
        return Error(QStringLiteral("idscan.open"), QStringLiteral("no reader device configured"));
    m_port = std::make_unique<QSerialPort>();
    m_port->setPortName(m_settings.device);
    if (!m_port->open(QIODevice::ReadWrite)) {
        const Error e(QStringLiteral("idscan.open"),
            QStringLiteral("cannot open the reader at %1: %2").arg(m_settings.device, m_port->errorString()));
        m_port.reset();
        return e;
    }
    const bool configured = m_port->setBaudRate(m_settings.baudRate)
        && m_port->setDataBits(QSerialPort::Data8) && m_port->setParity(QSerialPort::NoParity)
        && m_port->setStopBits(QSerialPort::OneStop) && m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!configured) {
        const Error e(QStringLiteral("idscan.open"),
            QStringLiteral("cannot set %1 to %2 baud 8N1: %3")
                .arg(m_settings.device)
                .arg(m_settings.baudRate)
                .arg(m_port->errorString()));
        close();
        return e;
    }
    m_decoder.reset();
    return {};
}

void CardReaderDriver::close()
{
    if (m_port) {
        if (m_port->isOpen())
            m_port->close();
        m_port.reset();
    }
    m_decoder.reset();
}

bool CardReaderDriver::isOpen() const
{
    return m_port && m_port->isOpen();
}

Error CardReaderDriver::ioError(const QString &what)
{
    const QString reason = m_port ? m_port->errorString() : QString();
    close(); // reopened by the next command, which is how a replugged reader comes back
    return Error(QStringLiteral("idscan.disconnected"),
        QStringLiteral("the reader at %1 stopped working while %2 (%3); is it unplugged?")
            .arg(m_settings.device, what, reason));
}

Result<ReaderResponse> CardReaderDriver::transact(Command command, int timeoutMs)
{
    if (Status s = open(); !s)
        return s.error();

    // Whatever is still buffered belongs to an earlier, failed exchange.
    m_port->readAll();
    m_port->clear(QSerialPort::Input);
    m_decoder.reset();

    const QByteArray frame = encodeCommand(command);
    const QDeadlineTimer deadline(qMax(1, timeoutMs));
    if (m_port->write(frame) != frame.size())
        return ioError(QStringLiteral("sending a command"));
    while (m_port->bytesToWrite() > 0) {
        if (!m_port->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (isDisconnect(m_port->error()))
                return ioError(QStringLiteral("sending a command"));
            if (deadline.hasExpired())
                return Error(QStringLiteral("idscan.timeout"),
                    QStringLiteral("the reader at %1 does not accept data").arg(m_settings.device));
        }
    }

    for (;;) {
        if (m_port->bytesAvailable() == 0) {
            const qint64 remaining = deadline.remainingTime();
            const bool ready = remaining > 0 && m_port->waitForReadyRead(int(remaining));
            if (!ready) {
                if (isDisconnect(m_port->error()))
                    return ioError(QStringLiteral("waiting for an answer"));
                if (m_decoder.midFrame()) {
                    const qsizetype got = m_decoder.pendingBytes();
                    const qsizetype expected = m_decoder.expectedBytes();
                    m_decoder.reset();
                    return Error(QStringLiteral("idscan.timeout"),
                        QStringLiteral("the reader stopped answering in the middle of a frame "
                                       "(%1 of %2 bytes after %3 ms)")
                            .arg(got)
                            .arg(expected > 0 ? QString::number(expected) : QStringLiteral("?"))
                            .arg(timeoutMs));
                }
                return Error(QStringLiteral("idscan.timeout"),
                    QStringLiteral("the reader at %1 did not answer within %2 ms")
                        .arg(m_settings.device)
                        .arg(timeoutMs));
            }
        }
        const QByteArray bytes = m_port->readAll();
        if (bytes.isEmpty() && isDisconnect(m_port->error()))
            return ioError(QStringLiteral("reading an answer"));
        for (const FrameDecoder::Item &item : m_decoder.feed(bytes)) {
            if (!item)
                return item.error();
            return parseResponse(item.value());
        }
    }
}

Status CardReaderDriver::findCard()
{
    Result<ReaderResponse> r = transact(Command::FindCard, m_settings.commandTimeoutMs);
    if (!r)
        return r.error();
    if (!statusIsSuccess(r->sw3))
        return statusError(r->sw3);
    return {};
}

Status CardReaderDriver::selectCard()
{
    Result<ReaderResponse> r = transact(Command::SelectCard, m_settings.commandTimeoutMs);
    if (!r)
        return r.error();
    if (!statusIsSuccess(r->sw3))
        return statusError(r->sw3);
    return {};
}

Result<IdCardData> CardReaderDriver::readTextAndPhoto()
{
    Result<ReaderResponse> r = transact(Command::ReadTextAndPhoto, m_settings.readTimeoutMs);
    if (!r)
        return r.error();
    if (r->sw3 != quint8(ReaderStatus::Ok))
        return statusError(r->sw3);
    return decodeReadData(r->data);
}

Result<IdCardData> CardReaderDriver::readCard()
{
    if (Status s = findCard(); !s)
        return s.error();
    if (Status s = selectCard(); !s)
        return s.error();
    return readTextAndPhoto();
}

Result<IdCardData> CardReaderDriver::waitForCard(
    int timeoutMs, int pollIntervalMs, const std::function<bool()> &cancelled)
{
    const QDeadlineTimer deadline(qMax(1, timeoutMs));
    Error last(QStringLiteral("idscan.no_card"), statusText(quint8(ReaderStatus::NoCard)).english);
    for (;;) {
        Result<IdCardData> r = readCard();
        if (r)
            return r;
        last = r.error();
        // A card the kiosk cannot read will not become readable by asking again.
        if (last.code == QLatin1String("idscan.card_type"))
            return last;
        if (cancelled && cancelled())
            return Error(QStringLiteral("idscan.cancelled"), QStringLiteral("reading was cancelled"));
        if (deadline.hasExpired())
            break;
        QThread::msleep(ulong(std::clamp<qint64>(pollIntervalMs, 0, deadline.remainingTime())));
        if (deadline.hasExpired())
            break;
    }
    return Error(last.code,
        QStringLiteral("no card was read within %1 s: %2").arg(timeoutMs / 1000.0).arg(last.message));
}

Result<SamInfo> CardReaderDriver::samStatus()
{
    SamInfo info;
    Result<ReaderResponse> status = transact(Command::SamStatus, m_settings.commandTimeoutMs);
    if (!status)
        return status.error();
    info.sw3 = status->sw3;
    info.status
        = status->sw3 == quint8(ReaderStatus::Ok) ? QStringLiteral("ok") : statusText(status->sw3).english;
    Result<ReaderResponse> id = transact(Command::SamId, m_settings.commandTimeoutMs);
    if (!id)
        return id.error();
    if (id->sw3 == quint8(ReaderStatus::Ok)) {
        info.rawId = id->data;
        info.samId = formatSamId(id->data);
    }
    return info;
}

Status CardReaderDriver::reset()
{
    Result<ReaderResponse> r = transact(Command::Reset, m_settings.commandTimeoutMs);
    if (!r)
        return r.error();
    if (r->sw3 != quint8(ReaderStatus::Ok))
        return statusError(r->sw3);
    return {};
}

} // namespace bianmin::idscan
