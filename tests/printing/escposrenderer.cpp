#define ZX_USE_UTF8 1 // ZXing 1.4: Result::text() as UTF-8 std::string
#include "escposrenderer.h"

#include <QFont>
#include <QPainter>
#include <QStringDecoder>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

namespace {

const int kMargin = 24;     // blank paper either side of the printable area
const int kLineGap = 6;     // default line spacing: 30 dots for a 24-dot font

struct Run
{
    QByteArray bytes;
    int widthMul = 1;
    int heightMul = 1;
    bool bold = false;
    bool reverse = false;
};

struct Item
{
    enum Kind { Text, Qr, Feed } kind = Text;
    QList<Run> runs;
    int align = 0;
    QString qrPayload;
    int qrModule = 3;
    int qrLevel = 1;
    int feedLines = 0;
};

QString decode(const QByteArray &bytes)
{
    QStringDecoder decoder("GB18030");
    return decoder.decode(bytes);
}

int columnsOf(const QString &s)
{
    int n = 0;
    for (QChar c : s)
        n += c.unicode() < 0x80 ? 1 : 2;
    return n;
}

QImage qrMatrixImage(const QString &payload, int level)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(0);
    writer.setEccLevel(level * 2 + 1); // ESC/POS L, M, Q, H -> ZXing's 0-8 scale
    const ZXing::BitMatrix m = writer.encode(payload.toStdString(), 0, 0);
    QImage img(m.width(), m.height(), QImage::Format_Grayscale8);
    img.fill(Qt::white);
    for (int y = 0; y < m.height(); ++y)
        for (int x = 0; x < m.width(); ++x)
            if (m.get(x, y))
                img.setPixel(x, y, qRgb(0, 0, 0));
    return img;
}

} // namespace

QString RenderedReceipt::text() const
{
    QStringList out;
    for (const RenderedLine &l : lines)
        out << l.text;
    return out.join(QLatin1Char('\n'));
}

RenderedReceipt renderEscPos(const QByteArray &bytes, int dots)
{
    RenderedReceipt r;
    QList<Item> items;
    Item current;
    Run run;
    int align = 0;
    QString qrData;
    int qrModule = 3, qrLevel = 1;

    auto closeRun = [&] {
        if (!run.bytes.isEmpty())
            current.runs << run;
        run.bytes.clear();
    };
    auto endLine = [&] {
        closeRun();
        current.kind = Item::Text;
        current.align = align;
        items << current;
        current = Item();
    };
    auto styleChange = [&](auto change) {
        closeRun();
        change();
    };

    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const quint8 c = quint8(bytes.at(i));
        auto arg = [&](int k) -> int { return i + k < bytes.size() ? quint8(bytes.at(i + k)) : -1; };
        if (c == 0x0a) {
            endLine();
        } else if (c == 0x1b && arg(1) == 0x40) { // ESC @
            r.initialized = true;
            styleChange([&] { run = Run(); align = 0; });
            i += 1;
        } else if (c == 0x1c && arg(1) == 0x26) { // FS &
            r.chineseMode = true;
            i += 1;
        } else if (c == 0x1c && arg(1) == 0x2e) { // FS .
            r.chineseMode = false;
            i += 1;
        } else if (c == 0x1b && arg(1) == 0x61) { // ESC a n
            align = arg(2) & 3; // takes effect for the line being built (only at line start on real printers)
            if (!current.runs.isEmpty() || !run.bytes.isEmpty())
                r.problems << QStringLiteral("ESC a in the middle of a line");
            i += 2;
        } else if (c == 0x1d && arg(1) == 0x21) { // GS ! n
            const int n = arg(2);
            styleChange([&] { run.widthMul = ((n >> 4) & 7) + 1; run.heightMul = (n & 7) + 1; });
            i += 2;
        } else if (c == 0x1c && arg(1) == 0x21) { // FS ! n: must agree with GS ! for Chinese text
            const int n = arg(2);
            if (((n >> 2) & 1) + 1 != run.widthMul || ((n >> 3) & 1) + 1 != run.heightMul)
                r.problems << QStringLiteral("FS ! and GS ! disagree");
            i += 2;
        } else if (c == 0x1b && arg(1) == 0x45) { // ESC E n
            styleChange([&] { run.bold = arg(2) & 1; });
            i += 2;
        } else if (c == 0x1d && arg(1) == 0x42) { // GS B n
            styleChange([&] { run.reverse = arg(2) & 1; });
            i += 2;
        } else if (c == 0x1b && arg(1) == 0x64) { // ESC d n
            if (!current.runs.isEmpty() || !run.bytes.isEmpty())
                endLine();
            Item feed;
            feed.kind = Item::Feed;
            feed.feedLines = arg(2);
            items << feed;
            i += 2;
        } else if (c == 0x10 && arg(1) == 0x04) { // DLE EOT n: a status query, prints nothing
            i += 2;
        } else if (c == 0x1d && arg(1) == 0x28 && arg(2) == 0x6b) { // GS ( k
            const int len = arg(3) + arg(4) * 256;
            const QByteArray params = bytes.mid(i + 5, len);
            if (params.size() != len || params.size() < 2 || params.at(0) != 0x31) {
                r.problems << QStringLiteral("malformed GS ( k");
                break;
            }
            const int fn = quint8(params.at(1));
            if (fn == 0x43)
                qrModule = quint8(params.at(2));
            else if (fn == 0x45)
                qrLevel = quint8(params.at(2)) - 48;
            else if (fn == 0x50)
                qrData = QString::fromLatin1(params.mid(3));
            else if (fn == 0x51) {
                if (!current.runs.isEmpty() || !run.bytes.isEmpty())
                    endLine();
                Item qr;
                qr.kind = Item::Qr;
                qr.align = align;
                qr.qrPayload = qrData;
                qr.qrModule = qrModule;
                qr.qrLevel = qrLevel;
                items << qr;
                r.qrPayloads << qrData;
            } else if (fn != 0x41) {
                r.problems << QStringLiteral("unknown GS ( k function %1").arg(fn);
            }
            i += 4 + len;
        } else if (c == 0x1d && arg(1) == 0x56) { // GS V m [n]
            r.cut = true;
            i += (arg(2) >= 65) ? 3 : 2;
        } else if (c < 0x20 || c == 0x7f) {
            r.problems << QStringLiteral("unknown command byte 0x%1 at %2").arg(c, 2, 16, QLatin1Char('0')).arg(i);
        } else {
            run.bytes += char(c);
        }
    }
    if (!current.runs.isEmpty() || !run.bytes.isEmpty())
        endLine();

    // Paint on a long strip, then crop to what was printed.
    QImage paper(dots + 2 * kMargin, 20000, QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter p(&paper);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")});
    int y = kMargin;
    for (const Item &item : items) {
        if (item.kind == Item::Feed) {
            y += item.feedLines * (24 + kLineGap);
            continue;
        }
        if (item.kind == Item::Qr) {
            const QImage m = qrMatrixImage(item.qrPayload, item.qrLevel);
            const int side = m.width() * item.qrModule;
            if (side > dots)
                r.problems << QStringLiteral("QR code %1 dots wide on %2-dot paper").arg(side).arg(dots);
            const int x = kMargin + (item.align == 1 ? (dots - side) / 2 : item.align == 2 ? dots - side : 0);
            p.drawImage(QRect(x, y, side, side), m);
            y += side;
            continue;
        }
        RenderedLine line;
        line.align = item.align;
        int height = 24;
        for (const Run &rn : item.runs) {
            const QString s = decode(rn.bytes);
            line.text += s;
            line.dots += columnsOf(s) * 12 * rn.widthMul;
            height = qMax(height, 24 * rn.heightMul);
            line.widthMul = qMax(line.widthMul, rn.widthMul);
            line.heightMul = qMax(line.heightMul, rn.heightMul);
            line.bold = line.bold || (rn.bold && !s.trimmed().isEmpty());
        }
        if (line.dots > dots)
            r.problems << QStringLiteral("line wider than the paper (%1 > %2 dots): %3").arg(line.dots).arg(dots).arg(line.text);
        int x = kMargin + (item.align == 1 ? (dots - line.dots) / 2 : item.align == 2 ? dots - line.dots : 0);
        for (const Run &rn : item.runs) {
            for (QChar ch : decode(rn.bytes)) {
                const int cellW = (ch.unicode() < 0x80 ? 12 : 24) * rn.widthMul;
                const int cellH = 24 * rn.heightMul;
                const QRect cell(x, y + height - cellH, cellW, cellH);
                if (rn.reverse)
                    p.fillRect(cell, Qt::black);
                p.save();
                QFont f = font;
                f.setPixelSize(22);
                f.setBold(rn.bold);
                p.setFont(f);
                p.setPen(rn.reverse ? Qt::white : Qt::black);
                // Scale the 24-dot glyph box to the character's cell, as the printer's font does.
                p.translate(cell.topLeft());
                p.scale(cellW / (ch.unicode() < 0x80 ? 12.0 : 24.0), cellH / 24.0);
                p.drawText(QRect(0, 0, ch.unicode() < 0x80 ? 12 : 24, 24), Qt::AlignCenter, QString(ch));
                p.restore();
                x += cellW;
            }
        }
        y += height + kLineGap;
        r.lines << line;
    }
    p.end();
    r.image = paper.copy(0, 0, paper.width(), y + kMargin);
    return r;
}

QStringList decodeQrCodes(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                int(gray.bytesPerLine()));
    QStringList out;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints))
        if (result.isValid())
            out << QString::fromStdString(result.text());
    return out;
}
