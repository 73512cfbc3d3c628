// A test-only ESC/POS interpreter: turns the byte stream a thermal printer would receive into a picture of
// the paper (text in a CJK font, double size, alignment, reverse, the QR code drawn from the GS ( k payload
// with ZXing's writer) plus the text it printed, so tests can look at a receipt the way a villager would.
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

struct RenderedLine
{
    QString text;
    int align = 0;      ///< 0 left, 1 center, 2 right
    int widthMul = 1;
    int heightMul = 1;
    bool bold = false;
    int dots = 0;       ///< printed width in dots
};

struct RenderedReceipt
{
    QImage image;
    QList<RenderedLine> lines;
    QStringList qrPayloads;
    QStringList problems;  ///< unknown commands, lines wider than the paper, QR wider than the paper
    bool initialized = false;
    bool chineseMode = false;
    bool cut = false;

    QString text() const; ///< every printed line joined with '\n'
};

/** Interprets `bytes` for a printer with `dots` dots per line (384 for 58 mm, 576 for 80 mm). */
RenderedReceipt renderEscPos(const QByteArray &bytes, int dots);

/** Decodes every QR code in the image with ZXing. */
QStringList decodeQrCodes(const QImage &image);
