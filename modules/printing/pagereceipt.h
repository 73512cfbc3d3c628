// The receipt on A4 paper: drawn with QPainter once, written to PDF (QPdfWriter) or sent to any system
// printer through Qt Print Support (CUPS). Text is drawn as text in an embedded CJK font, so the PDF can be
// searched and read back (pdftotext) and a screen reader or archive can extract it.
#pragma once

#include "core/result.h"
#include "receipt.h"

#include <QFont>
#include <QImage>

class QPainter;
class QPagedPaintDevice;

namespace bianmin {

/** A font with Chinese glyphs whose PDF embedding maps back to the right characters. */
QFont receiptFont();

/** The QR code of `payload` (error level M, 4-module quiet zone), one pixel per module, black on white. */
QImage qrImage(const QString &payload);

/** Draws the receipt on the device's first page (A4 portrait assumed, any resolution). */
void paintA4Receipt(QPainter &painter, QPagedPaintDevice &device, const ReceiptData &data);

/** Writes an A4 PDF. Error print.pdf_failed when the file cannot be written. */
Status writeReceiptPdf(const ReceiptData &data, const QString &path);

/** Prints on A4 through the system printer `printerName` (a CUPS queue). Errors: printer.not_found,
 *  printer.failed. */
Status printReceiptA4(const ReceiptData &data, const QString &printerName);

} // namespace bianmin
