#include "readeremulator.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace {

const QByteArray kPreamble = QByteArray::fromHex("aaaaaa9669");

// Written independently of the module's codec so a shared mistake cannot hide.
QByteArray frame(quint8 sw3, const QByteArray &data)
{
    QByteArray body;
    const int length = 3 + int(data.size()) + 1;
    body.append(char(length >> 8)).append(char(length & 0xFF));
    body.append('\0').append('\0').append(char(sw3)).append(data);
    quint8 x = 0;
    for (char c : body)
        x ^= quint8(c);
    body.append(char(x));
    return kPreamble + body;
}

void writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) {
                ::usleep(1000);
                continue;
            }
            return; // the other side went away; a real reader would not notice either
        }
        data += n;
        size -= n;
    }
}

} // namespace

ReaderEmulator::ReaderEmulator(QString linkPath)
    : m_linkPath(std::move(linkPath))
{
}

ReaderEmulator::~ReaderEmulator()
{
    unplug();
}

bool ReaderEmulator::plugIn()
{
    unplug();
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
    if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0) {
        m_error = QStringLiteral("posix_openpt: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const char *slaveName = ::ptsname(m_master);
    if (!slaveName) {
        m_error = QStringLiteral("ptsname failed");
        return false;
    }
    const QByteArray slave(slaveName);
    // Keep one slave descriptor open so the master never sees a hang-up between the driver's opens,
    // and make the line raw from the start (no echo, no CR/LF translation).
    m_slaveKeepAlive = ::open(slave.constData(), O_RDWR | O_NOCTTY);
    if (m_slaveKeepAlive >= 0) {
        termios t {};
        ::tcgetattr(m_slaveKeepAlive, &t);
        ::cfmakeraw(&t);
        ::tcsetattr(m_slaveKeepAlive, TCSANOW, &t);
    }
    QFile::remove(m_linkPath);
    if (::symlink(slave.constData(), QFile::encodeName(m_linkPath).constData()) != 0) {
        m_error = QStringLiteral("symlink: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::pipe(m_wakePipe) != 0)
        return false;
    m_stop = false;
    m_inbox.clear();
    m_thread = std::thread([this] { run(); });
    return true;
}

void ReaderEmulator::stopThread()
{
    if (m_thread.joinable()) {
        m_stop = true;
        const char c = 'x';
        [[maybe_unused]] const ssize_t n = ::write(m_wakePipe[1], &c, 1);
        m_thread.join();
    }
    for (int &fd : m_wakePipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void ReaderEmulator::unplug()
{
    stopThread();
    QFile::remove(m_linkPath);
    if (m_slaveKeepAlive >= 0)
        ::close(m_slaveKeepAlive);
    m_slaveKeepAlive = -1;
    if (m_master >= 0)
        ::close(m_master);
    m_master = -1;
}

void ReaderEmulator::setCard(std::optional<Card> card)
{
    std::lock_guard lock(m_mutex);
    m_card = std::move(card);
}

bool ReaderEmulator::hasCard() const
{
    std::lock_guard lock(m_mutex);
    return m_card.has_value();
}

void ReaderEmulator::injectFault(Fault fault, quint16 command, int times, quint8 sw3)
{
    std::lock_guard lock(m_mutex);
    m_fault = fault;
    m_faultCommand = command;
    m_faultTimes = times;
    m_faultSw3 = sw3;
}

void ReaderEmulator::clearFaults()
{
    injectFault(Fault::None, 0, 0, 0);
}

void ReaderEmulator::run()
{
    char buffer[4096];
    while (!m_stop) {
        pollfd fds[2] = { { m_master, POLLIN, 0 }, { m_wakePipe[0], POLLIN, 0 } };
        if (::poll(fds, 2, 200) <= 0)
            continue;
        if (fds[1].revents)
            break;
        if (!(fds[0].revents & POLLIN))
            continue;
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n <= 0)
            continue;
        m_inbox.append(buffer, n);
        // Host commands: preamble, length, command bytes, checksum.
        for (;;) {
            const qsizetype at = m_inbox.indexOf(kPreamble);
            if (at < 0) {
                m_inbox = m_inbox.right(4);
                break;
            }
            m_inbox.remove(0, at);
            if (m_inbox.size() < 7)
                break;
            const int length = (quint8(m_inbox[5]) << 8) | quint8(m_inbox[6]);
            if (length < 3 || length > 64) {
                ++m_badCommands;
                m_inbox.remove(0, 1);
                send(frame(0x11, {}), Fault::None);
                continue;
            }
            if (m_inbox.size() < 7 + length)
                break;
            quint8 x = 0;
            for (int i = 5; i < 7 + length - 1; ++i)
                x ^= quint8(m_inbox[i]);
            const QByteArray payload = m_inbox.mid(7, length - 1);
            const bool good = x == quint8(m_inbox[7 + length - 1]);
            m_inbox.remove(0, 7 + length);
            if (!good) {
                ++m_badCommands;
                send(frame(0x10, {}), Fault::None);
                continue;
            }
            ++m_commands;
            handle(payload);
        }
    }
}

void ReaderEmulator::handle(const QByteArray &payload)
{
    const quint16 command = payload.size() >= 2 ? quint16((quint8(payload[0]) << 8) | quint8(payload[1])) : 0;
    Fault fault = Fault::None;
    quint8 faultSw3 = 0;
    std::optional<Card> card;
    {
        std::lock_guard lock(m_mutex);
        if (m_fault != Fault::None && m_faultTimes != 0
            && (m_faultCommand == 0 || m_faultCommand == command)) {
            fault = m_fault;
            faultSw3 = m_faultSw3;
            if (m_faultTimes > 0 && --m_faultTimes == 0)
                m_fault = Fault::None;
        }
        if (fault == Fault::CardPulled)
            m_card.reset();
        card = m_card;
    }
    if (fault == Fault::Silent)
        return;
    if (fault == Fault::Status) {
        send(frame(faultSw3, {}), Fault::None);
        return;
    }
    if (fault == Fault::CardPulled) {
        send(frame(0x41, {}), Fault::None);
        return;
    }

    QByteArray answer;
    switch (command) {
    case 0x2001: // find card
        answer = card ? frame(0x9F, QByteArray(4, '\0')) : frame(0x80, {});
        break;
    case 0x2002: // select card
        answer = card ? frame(0x90, QByteArray(8, '\0')) : frame(0x81, {});
        break;
    case 0x3001: { // read text and photo
        if (!card) {
            answer = frame(0x41, {});
            break;
        }
        QByteArray data;
        data.append(char(card->text.size() >> 8)).append(char(card->text.size() & 0xFF));
        data.append(char(card->photo.size() >> 8)).append(char(card->photo.size() & 0xFF));
        data.append(card->text).append(card->photo);
        answer = frame(0x90, data);
        break;
    }
    case 0x11FF: // SAM status
    case 0x10FF: // reset
        answer = frame(0x90, {});
        break;
    case 0x12FF: { // SAM id: 05.01-20121221-0000567890-3305123456 in the vendors' little-endian layout
        QByteArray id;
        const auto le16 = [&id](quint16 v) { id.append(char(v & 0xFF)).append(char(v >> 8)); };
        const auto le32 = [&id](quint32 v) {
            for (int i = 0; i < 4; ++i)
                id.append(char((v >> (8 * i)) & 0xFF));
        };
        le16(5);
        le16(1);
        le32(20121221);
        le32(567890);
        le32(3305123456u);
        answer = frame(0x90, id);
        break;
    }
    default:
        answer = frame(0x21, {});
    }
    send(answer, fault);
}

void ReaderEmulator::send(const QByteArray &answer, Fault fault)
{
    QByteArray bytes = answer;
    switch (fault) {
    case Fault::Garbage: {
        const QByteArray junk = QByteArray::fromHex("00ff13aaaa37aaaaaa9600") + QByteArray("noise");
        writeAll(m_master, junk.constData(), junk.size());
        ::usleep(5000);
        writeAll(m_master, bytes.constData(), bytes.size());
        writeAll(m_master, junk.constData(), junk.size());
        return;
    }
    case Fault::Partial:
        for (qsizetype i = 0; i < bytes.size(); i += 7) {
            writeAll(m_master, bytes.constData() + i, qMin<qsizetype>(7, bytes.size() - i));
            ::usleep(i < 70 ? 3000 : 200);
        }
        return;
    case Fault::BadChecksum:
        bytes.back() = char(bytes.back() ^ 0x5A);
        break;
    case Fault::BadLength:
        bytes[5] = 0;
        bytes[6] = 1;
        break;
    case Fault::StopMidFrame:
        bytes.truncate(bytes.size() / 2);
        break;
    default:
        break;
    }
    writeAll(m_master, bytes.constData(), bytes.size());
}
