// The receipt as an ESC/POS byte stream for 58 mm (32 columns, 384 dots) and 80 mm (48 columns, 576 dots)
// thermal paper, with the QR code printed by the printer itself so it stays sharp at any head resolution.
#pragma once

#include "receipt.h"

#include <QByteArray>
#include <QStringList>

namespace bianmin {

enum class PaperWidth { Mm58 = 58, Mm80 = 80 };

struct PaperGeometry
{
    int columns;    ///< Font A (12 x 24 dots) characters per line
    int dots;       ///< printable dots per line
    int qrModule;   ///< QR module size in dots
};

PaperGeometry paperGeometry(PaperWidth width);

QByteArray escPosReceipt(const ReceiptData &data, PaperWidth width);

/** Breaks text into lines of at most `width` printer columns: words and the case id's dash-separated
 *  parts are kept whole where they fit; a line never starts with closing punctuation nor ends with an
 *  opening bracket. */
QStringList wrapColumns(const QString &text, int width);

} // namespace bianmin
