#include "escpos.h"

#include <QStringEncoder>

namespace bianmin {

EscPos &EscPos::initialize()
{
    m_bytes += QByteArray("\x1b\x40", 2); // ESC @: reset modes, clear the buffer
    m_bytes += QByteArray("\x1c\x26", 2); // FS &: Chinese character mode (GB18030 on Chinese printers)
    return *this;
}

EscPos &EscPos::align(Align a)
{
    m_bytes += QByteArray("\x1b\x61", 2) + char(a);
    return *this;
}

EscPos &EscPos::size(int width, int height)
{
    const char w = char(qBound(1, width, 2) - 1);
    const char h = char(qBound(1, height, 2) - 1);
    m_bytes += QByteArray("\x1d\x21", 2) + char((w << 4) | h); // GS !: ASCII characters
    m_bytes += QByteArray("\x1c\x21", 2) + char((w << 2) | (h << 3)); // FS !: Chinese characters
    return *this;
}

EscPos &EscPos::bold(bool on)
{
    m_bytes += QByteArray("\x1b\x45", 2) + char(on ? 1 : 0);
    return *this;
}

EscPos &EscPos::reverse(bool on)
{
    m_bytes += QByteArray("\x1d\x42", 2) + char(on ? 1 : 0);
    return *this;
}

EscPos &EscPos::text(const QString &s)
{
    // Control characters would be taken as commands; receipt text never needs them.
    QString clean = s;
    for (QChar &c : clean) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    QStringEncoder encoder("GB18030");
    QByteArray encoded = encoder.encode(clean);
    if (!encoder.isValid() || encoder.hasError())
        encoded = clean.toLatin1();
    m_bytes += encoded;
    return *this;
}

EscPos &EscPos::newline()
{
    m_bytes += '\n';
    return *this;
}

EscPos &EscPos::feed(int lines)
{
    m_bytes += QByteArray("\x1b\x64", 2) + char(qBound(0, lines, 255));
    return *this;
}

EscPos &EscPos::qrCode(const QByteArray &data, int moduleSize, QrErrorLevel level)
{
    auto function = [this](char fn, const QByteArray &params) {
        const int len = int(params.size()) + 2; // cn + fn + params
        m_bytes += QByteArray("\x1d\x28\x6b", 3) + char(len & 0xff) + char(len >> 8) + char(0x31) + fn + params;
    };
    function(0x41, QByteArray("\x32\x00", 2));          // fn 165: model 2
    function(0x43, QByteArray(1, char(qBound(1, moduleSize, 16)))); // fn 167: module size in dots
    function(0x45, QByteArray(1, char(level)));         // fn 169: error correction level
    function(0x50, QByteArray(1, '\x30') + data);       // fn 180: store the data
    function(0x51, QByteArray(1, '\x30'));              // fn 181: print it
    return *this;
}

EscPos &EscPos::partialCut()
{
    m_bytes += QByteArray("\x1d\x56\x42\x00", 4);
    return *this;
}

int EscPos::columns(QChar c)
{
    return c.unicode() < 0x80 ? 1 : 2;
}

int EscPos::columns(const QString &s)
{
    int n = 0;
    for (QChar c : s)
        n += c.isLowSurrogate() ? 0 : columns(c);
    return n;
}

} // namespace bianmin
