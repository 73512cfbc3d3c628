// The serial protocol of resident ID card readers with a SAM module (GA 467 style frames):
//   AA AA AA 96 69 | length (2 bytes BE, counts every byte after it) | payload | XOR checksum.
// Host -> reader payload: command and parameter bytes; reader -> host payload: SW1 SW2 SW3 then data.
// Pure functions and a streaming decoder over bytes, so the parser is fuzzable without a serial port.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace bianmin::idscan {

inline constexpr char kPreamble[] = "\xAA\xAA\xAA\x96\x69";
inline constexpr qsizetype kPreambleSize = 5;
/** The largest length field we accept: a text+photo+fingerprint answer is 0x0908; anything far above is
 * noise. */
inline constexpr int kMaxFrameLength = 0x1000;

/** Reader commands (command byte, parameter byte). */
enum class Command : quint16 {
    FindCard = 0x2001,
    SelectCard = 0x2002,
    ReadTextAndPhoto = 0x3001,
    SamStatus = 0x11FF,
    SamId = 0x12FF,
    Reset = 0x10FF,
};

/** The SW3 status byte of a reader answer. */
enum class ReaderStatus : quint8 {
    Ok = 0x90,
    CardFound = 0x9F,
    NoCard = 0x80,
    SelectFailed = 0x81,
    ReadFailed = 0x41,
    ChecksumError = 0x10,
    LengthError = 0x11,
    BadCommand = 0x21,
    AuthFailed1 = 0x31,
    AuthFailed2 = 0x32,
    AuthFailed3 = 0x33,
    UnknownCard = 0x40,
    SelfTestFailed = 0x60,
    NotAuthorised = 0x66,
};

/** What an SW3 value means, in both languages the kiosk speaks. */
struct StatusText
{
    QString code; ///< machine code, e.g. "idscan.no_card"
    QString english;
    QString chinese;
};
StatusText statusText(quint8 sw3);
/** True for the SW3 values that mean success for the command that was sent (90, and 9F for find card). */
bool statusIsSuccess(quint8 sw3);

/** An Error for a failing SW3, message in English (the CLI's language); statusText() has the Chinese. */
Error statusError(quint8 sw3);

/** Any frame: its payload (between the length field and the checksum). */
struct RawFrame
{
    QByteArray payload;
};

/** A decoded reader answer. */
struct ReaderResponse
{
    quint8 sw1 = 0;
    quint8 sw2 = 0;
    quint8 sw3 = 0;
    QByteArray data;
};

/** XOR of the given bytes (the frame checksum is this over length field + payload). */
quint8 xorChecksum(QByteArrayView bytes);

/** A whole frame around `payload`: preamble, length, payload, checksum. */
QByteArray encodeFrame(QByteArrayView payload);
/** A host -> reader command frame, e.g. find card -> AA AA AA 96 69 00 03 20 01 22. */
QByteArray encodeCommand(Command command);
/** A reader -> host answer frame (used by tests and the emulator side). */
QByteArray encodeResponse(const ReaderResponse &response);

/** Splits a reader answer's payload into status and data; fails if it is shorter than three bytes. */
Result<ReaderResponse> parseResponse(const RawFrame &frame);

/**
 * Streaming decoder: feed it whatever bytes arrived, in any pieces, and take out frames or errors in order.
 * It skips garbage before and between frames, keeps partial frames until the rest arrives, and after a
 * bad length or checksum resynchronises on the next preamble (it never trusts the broken frame's length).
 */
class FrameDecoder
{
public:
    /** One decoded unit: a frame, or an error (codes "idscan.checksum", "idscan.length"). */
    using Item = Result<RawFrame>;

    /** Appends bytes and returns every frame or error completed by them. */
    QList<Item> feed(QByteArrayView bytes);

    /** True while a preamble has been seen and the rest of its frame has not arrived yet. */
    bool midFrame() const;
    /** Bytes of the pending partial frame, and how many the frame announced (0 if its length is not in yet).
     */
    qsizetype pendingBytes() const { return m_buffer.size(); }
    qsizetype expectedBytes() const;
    /** Bytes dropped as garbage since construction or the last reset. */
    qsizetype discardedBytes() const { return m_discarded; }

    /** Forgets everything buffered (after a timeout or before a new command). */
    void reset();

private:
    QByteArray m_buffer;
    qsizetype m_discarded = 0;
};

} // namespace bianmin::idscan
