// A byte builder for the ESC/POS command set that Epson-compatible thermal receipt printers sold in China
// understand: initialise, Chinese (GB18030) text in FS & mode, alignment, character size, bold, the
// printer's own QR code (GS ( k) and the cutter. Only the commands receipts use; each documented by its bytes.
#pragma once

#include <QByteArray>
#include <QString>

namespace bianmin {

class EscPos
{
public:
    enum class Align : char { Left = 0, Center = 1, Right = 2 };
    enum class QrErrorLevel : char { L = 48, M = 49, Q = 50, H = 51 };

    // Real-time status queries (DLE EOT n), answered with one byte even while the printer is offline.
    static constexpr char kStatusPrinter = 1; ///< online/offline
    static constexpr char kStatusOffline = 2; ///< why offline: cover open, paper end, error
    static constexpr char kStatusPaper = 4;   ///< roll paper sensor: near end, end
    static QByteArray statusQuery(char n) { return QByteArray("\x10\x04", 2) + n; }

    EscPos &initialize();               ///< ESC @ then FS & (Chinese mode, double-byte GB18030 text)
    EscPos &align(Align a);             ///< ESC a n
    EscPos &size(int width, int height); ///< GS ! n and FS ! n, each factor 1 or 2
    EscPos &bold(bool on);              ///< ESC E n
    EscPos &reverse(bool on);           ///< GS B n: white on black
    EscPos &text(const QString &s);     ///< GB18030 bytes; characters it cannot encode become '?'
    EscPos &line(const QString &s = {}) { return text(s).newline(); }
    EscPos &newline();                  ///< LF
    EscPos &feed(int lines);            ///< ESC d n
    /** GS ( k: model 2, module size (dots), error level, store the data, print. `data` must be ASCII. */
    EscPos &qrCode(const QByteArray &data, int moduleSize, QrErrorLevel level = QrErrorLevel::M);
    EscPos &partialCut();               ///< GS V 66 0: feed to the cutter and cut, leaving a hinge

    const QByteArray &bytes() const { return m_bytes; }

    /** Display width in printer columns (Font A: 12 dots; a Chinese character takes two). */
    static int columns(const QString &s);
    static int columns(QChar c);

private:
    QByteArray m_bytes;
};

} // namespace bianmin
