// Barcodes and QR codes in still images and camera frames, through ZXing-cpp (Debian's 1.4). Receipts carry
// QR codes and many documents (health codes, parcel slips) a 1D or 2D code; this turns a QImage into text.
#pragma once

#include "core/result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace bianmin::idscan {

struct Barcode
{
    QString format; ///< ZXing's name: "QRCode", "Code128", "EAN-13", ...
    QString text;
};

/** Decodes the first barcode found (any format, rotations tried). Error "barcode.none" if there is none. */
Result<Barcode> decodeBarcode(const QImage &image);

/** Every barcode in the image (possibly none). */
QList<Barcode> decodeBarcodes(const QImage &image);

/** Renders `text` as a barcode of ZXing format `format` (e.g. "QRCode"), for tests and receipts. */
Result<QImage> encodeBarcode(
    const QString &format, const QString &text, int width, int height, int margin = 10);

} // namespace bianmin::idscan
