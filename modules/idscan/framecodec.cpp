#include "framecodec.h"

namespace bianmin::idscan {

namespace {

    const QByteArrayView preamble()
    {
        return QByteArrayView(kPreamble, kPreambleSize);
    }

    quint16 readBigEndian16(const QByteArray &b, qsizetype at)
    {
        return quint16((quint8(b.at(at)) << 8) | quint8(b.at(at + 1)));
    }

    void appendBigEndian16(QByteArray &b, quint16 v)
    {
        b.append(char(v >> 8));
        b.append(char(v & 0xFF));
    }

} // namespace

StatusText statusText(quint8 sw3)
{
    switch (ReaderStatus(sw3)) {
    case ReaderStatus::Ok:
        return { QStringLiteral("idscan.ok"), QStringLiteral("ok"), QStringLiteral("操作成功") };
    case ReaderStatus::CardFound:
        return { QStringLiteral("idscan.card_found"), QStringLiteral("card found"),
            QStringLiteral("找到卡片") };
    case ReaderStatus::NoCard:
        return { QStringLiteral("idscan.no_card"), QStringLiteral("no card on the reader"),
            QStringLiteral("未找到卡片，请将身份证放在读卡区") };
    case ReaderStatus::SelectFailed:
        return { QStringLiteral("idscan.select_failed"),
            QStringLiteral("the card could not be selected; hold it still on the reader"),
            QStringLiteral("选卡失败，请将身份证平放在读卡区不要移动") };
    case ReaderStatus::ReadFailed:
        return { QStringLiteral("idscan.read_failed"),
            QStringLiteral("reading the card failed (was it moved or taken away?)"),
            QStringLiteral("读卡失败，卡片可能被移开，请重新放置") };
    case ReaderStatus::ChecksumError:
        return { QStringLiteral("idscan.reader_checksum"),
            QStringLiteral("the reader received a command with a wrong checksum"),
            QStringLiteral("读卡器收到的命令校验和错误") };
    case ReaderStatus::LengthError:
        return { QStringLiteral("idscan.reader_length"),
            QStringLiteral("the reader received a command with a wrong length"),
            QStringLiteral("读卡器收到的命令长度错误") };
    case ReaderStatus::BadCommand:
        return { QStringLiteral("idscan.bad_command"),
            QStringLiteral("the reader does not know this command"), QStringLiteral("读卡器不支持该命令") };
    case ReaderStatus::AuthFailed1:
    case ReaderStatus::AuthFailed2:
    case ReaderStatus::AuthFailed3:
        return { QStringLiteral("idscan.auth_failed"),
            QStringLiteral("card authentication failed (code %1); the card may be damaged or not genuine")
                .arg(sw3, 2, 16, QLatin1Char('0')),
            QStringLiteral("卡片认证失败（代码 %1），卡片可能损坏或不是有效证件")
                .arg(sw3, 2, 16, QLatin1Char('0')) };
    case ReaderStatus::UnknownCard:
        return { QStringLiteral("idscan.unknown_card"),
            QStringLiteral("this card is not an ID card the reader knows"),
            QStringLiteral("无法识别的卡片") };
    case ReaderStatus::SelfTestFailed:
        return { QStringLiteral("idscan.self_test_failed"),
            QStringLiteral("the reader's self-test failed; the reader needs service"),
            QStringLiteral("读卡器自检失败，请联系维护人员") };
    case ReaderStatus::NotAuthorised:
        return { QStringLiteral("idscan.not_authorised"),
            QStringLiteral("the reader's SAM is not authorised; the reader needs service"),
            QStringLiteral("读卡器安全模块未授权，请联系维护人员") };
    }
    return { QStringLiteral("idscan.status_unknown"),
        QStringLiteral("the reader answered with unknown status 0x%1").arg(sw3, 2, 16, QLatin1Char('0')),
        QStringLiteral("读卡器返回未知状态 0x%1").arg(sw3, 2, 16, QLatin1Char('0')) };
}

bool statusIsSuccess(quint8 sw3)
{
    return sw3 == quint8(ReaderStatus::Ok) || sw3 == quint8(ReaderStatus::CardFound);
}

Error statusError(quint8 sw3)
{
    const StatusText t = statusText(sw3);
    return Error(t.code, t.english);
}

quint8 xorChecksum(QByteArrayView bytes)
{
    quint8 x = 0;
    for (char c : bytes)
        x ^= quint8(c);
    return x;
}

QByteArray encodeFrame(QByteArrayView payload)
{
    QByteArray body;
    body.reserve(payload.size() + 3);
    appendBigEndian16(body, quint16(payload.size() + 1)); // the length counts the checksum too
    body.append(payload.data(), payload.size());
    body.append(char(xorChecksum(body)));
    return preamble().toByteArray() + body;
}

QByteArray encodeCommand(Command command)
{
    const auto c = quint16(command);
    const char payload[2] = { char(c >> 8), char(c & 0xFF) };
    return encodeFrame(QByteArrayView(payload, 2));
}

QByteArray encodeResponse(const ReaderResponse &response)
{
    QByteArray payload;
    payload.reserve(response.data.size() + 3);
    payload.append(char(response.sw1));
    payload.append(char(response.sw2));
    payload.append(char(response.sw3));
    payload.append(response.data);
    return encodeFrame(payload);
}

Result<ReaderResponse> parseResponse(const RawFrame &frame)
{
    if (frame.payload.size() < 3)
        return Error(QStringLiteral("idscan.length"),
            QStringLiteral("reader answer too short (%1 bytes, status needs 3)").arg(frame.payload.size()));
    ReaderResponse r;
    r.sw1 = quint8(frame.payload.at(0));
    r.sw2 = quint8(frame.payload.at(1));
    r.sw3 = quint8(frame.payload.at(2));
    r.data = frame.payload.mid(3);
    return r;
}

QList<FrameDecoder::Item> FrameDecoder::feed(QByteArrayView bytes)
{
    QList<Item> out;
    m_buffer.append(bytes.data(), bytes.size());
    for (;;) {
        const qsizetype start = m_buffer.indexOf(preamble());
        if (start < 0) {
            // Keep a tail that could still become a preamble when the next bytes arrive.
            qsizetype keep = 0;
            for (qsizetype n = qMin<qsizetype>(kPreambleSize - 1, m_buffer.size()); n > 0; --n) {
                if (QByteArrayView(m_buffer).last(n) == preamble().first(n)) {
                    keep = n;
                    break;
                }
            }
            m_discarded += m_buffer.size() - keep;
            m_buffer.remove(0, m_buffer.size() - keep);
            return out;
        }
        if (start > 0) {
            m_discarded += start;
            m_buffer.remove(0, start);
        }
        if (m_buffer.size() < kPreambleSize + 2)
            return out;
        const int length = readBigEndian16(m_buffer, kPreambleSize);
        if (length < 2 || length > kMaxFrameLength) {
            out.append(Error(QStringLiteral("idscan.length"),
                QStringLiteral("frame with impossible length %1").arg(length)));
            // Drop only the first preamble byte: whatever follows may hold the next real frame.
            m_buffer.remove(0, 1);
            ++m_discarded;
            continue;
        }
        const qsizetype total = kPreambleSize + 2 + length;
        if (m_buffer.size() < total)
            return out;
        const QByteArrayView checked = QByteArrayView(m_buffer).sliced(kPreambleSize, 2 + length - 1);
        const quint8 expected = quint8(m_buffer.at(total - 1));
        if (xorChecksum(checked) != expected) {
            out.append(Error(QStringLiteral("idscan.checksum"),
                QStringLiteral("frame checksum mismatch (got 0x%1, computed 0x%2)")
                    .arg(expected, 2, 16, QLatin1Char('0'))
                    .arg(xorChecksum(checked), 2, 16, QLatin1Char('0'))));
            m_buffer.remove(0, 1);
            ++m_discarded;
            continue;
        }
        out.append(RawFrame { m_buffer.mid(kPreambleSize + 2, length - 1) });
        m_buffer.remove(0, total);
    }
}

bool FrameDecoder::midFrame() const
{
    return m_buffer.startsWith(preamble());
}

qsizetype FrameDecoder::expectedBytes() const
{
    if (!midFrame() || m_buffer.size() < kPreambleSize + 2)
        return 0;
    return kPreambleSize + 2 + readBigEndian16(m_buffer, kPreambleSize);
}

void FrameDecoder::reset()
{
    m_buffer.clear();
    m_discarded = 0;
}

} // namespace bianmin::idscan
