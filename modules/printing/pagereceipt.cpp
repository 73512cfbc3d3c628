#include "pagereceipt.h"

#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

namespace bianmin {

namespace {

const QColor kRed(0xb0, 0x1e, 0x23);   // the red of official notices (红头)
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kPanel(0xf4, 0xf1, 0xea);

QFont font(int tenthsOfMm, bool bold = false)
{
    QFont f = receiptFont();
    f.setPixelSize(tenthsOfMm);
    f.setBold(bold);
    return f;
}

/** Draws wrapped text in the given width from `top`; returns the bottom. Units: 0.1 mm. */
qreal drawText(QPainter &p, const QFont &f, const QColor &color, qreal left, qreal top, qreal width,
               const QString &text, int flags = Qt::AlignLeft)
{
    p.setFont(f);
    p.setPen(color);
    const QRectF box(left, top, width, 100000);
    const QRectF used = p.boundingRect(box, flags | Qt::TextWordWrap, text);
    p.drawText(QRectF(left, top, width, used.height()), flags | Qt::TextWordWrap, text);
    return top + used.height();
}

} // namespace

QFont receiptFont()
{
    // WenQuanYi Micro Hei first: Noto CJK shares glyphs between radicals and ideographs (民, 心, 老), so
    // Qt's PDF text map would read them back as radical characters.
    QFont f;
    f.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Droid Sans Fallback")});
    f.setStyleHint(QFont::SansSerif);
    return f;
}

QImage qrImage(const QString &payload)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setMargin(0);
    writer.setEccLevel(3); // ~ level M: survives a crease or a smudge on thermal paper
    const ZXing::BitMatrix matrix = writer.encode(payload.toStdString(), 0, 0);
    const int quiet = 4;
    QImage image(matrix.width() + 2 * quiet, matrix.height() + 2 * quiet, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x) {
            if (matrix.get(x, y))
                image.setPixel(x + quiet, y + quiet, qRgb(0, 0, 0));
        }
    }
    return image;
}

void paintA4Receipt(QPainter &p, QPagedPaintDevice &device, const ReceiptData &data)
{
    // Work in tenths of a millimetre on a 210 x 297 mm page.
    const qreal scale = device.logicalDpiX() / 254.0;
    p.save();
    p.scale(scale, scale);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal left = 200, right = 2100 - 200, width = right - left;
    const QList<ReceiptBlock> blocks = receiptBlocks(data);
    const QString sep = data.language == QLatin1String("en") ? QStringLiteral(": ") : QStringLiteral("：");

    qreal y = 200;
    QString qrPayload;
    QStringList captions;
    qreal labelWidth = 0;
    {
        const QFontMetricsF fm(font(48, true), &device);
        for (const ReceiptBlock &b : blocks) {
            if (b.type == ReceiptBlock::Field || b.type == ReceiptBlock::Highlight)
                labelWidth = qMax(labelWidth, fm.horizontalAdvance(b.label + sep) * 254.0 / device.logicalDpiX());
        }
        labelWidth += 40;
    }
    bool firstRule = true;
    for (const ReceiptBlock &b : blocks) {
        switch (b.type) {
        case ReceiptBlock::Title:
            y = drawText(p, font(70, true), kRed, left, y, width, b.text, Qt::AlignHCenter) + 30;
            break;
        case ReceiptBlock::Heading:
            y = drawText(p, font(110, true), kRed, left, y, width, b.text, Qt::AlignHCenter) + 40;
            break;
        case ReceiptBlock::Mark: {
            // A boxed mark in the top right corner: reprints must be told apart at a glance.
            p.setPen(QPen(kRed, 8));
            const QRectF box(right - 330, 190, 330, 130);
            p.drawRect(box);
            p.setFont(font(70, true));
            p.drawText(box, Qt::AlignCenter, b.text);
            break;
        }
        case ReceiptBlock::Rule:
            if (firstRule) { // the double red line under the heading of official documents
                p.fillRect(QRectF(left, y, width, 12), kRed);
                p.fillRect(QRectF(left, y + 22, width, 4), kRed);
                y += 80;
                firstRule = false;
            } else {
                p.fillRect(QRectF(left, y + 20, width, 3), QColor(0xbb, 0xbb, 0xbb));
                y += 60;
            }
            break;
        case ReceiptBlock::Field:
        case ReceiptBlock::Highlight: {
            const bool high = b.type == ReceiptBlock::Highlight;
            const QFont valueFont = font(high ? 60 : 48, high);
            if (!b.label.isEmpty())
                drawText(p, font(48), kMuted, left, y + (high ? 10 : 0), labelWidth, b.label + sep);
            y = drawText(p, valueFont, high ? kRed : kInk, left + labelWidth, y, width - labelWidth, b.text) + 28;
            break;
        }
        case ReceiptBlock::Paragraph: {
            const QFont textFont = font(44);
            p.setFont(textFont);
            const qreal pad = 50;
            const qreal labelH = b.label.isEmpty() ? 0 : p.boundingRect(QRectF(0, 0, width, 1000), 0, b.label).height() + 15;
            const qreal textH = p.boundingRect(QRectF(0, 0, width - 2 * pad, 100000), Qt::TextWordWrap, b.text).height();
            p.fillRect(QRectF(left, y, width, labelH + textH + 2 * pad), kPanel);
            qreal ty = y + pad;
            if (!b.label.isEmpty())
                ty = drawText(p, font(48, true), kInk, left + pad, ty, width - 2 * pad, b.label) + 15;
            ty = drawText(p, textFont, kInk, left + pad, ty, width - 2 * pad, b.text);
            y = ty + pad + 30;
            break;
        }
        case ReceiptBlock::Qr:
            qrPayload = b.text;
            break;
        case ReceiptBlock::Caption:
            captions << b.text;
            break;
        }
    }

    // The QR code with its captions beside it, 40 mm square: a phone camera reads it at arm's length.
    const qreal qrSide = 400;
    y += 20;
    if (!qrPayload.isEmpty()) {
        // Drawn as vector squares, not a scaled bitmap: PDF viewers and printers would blur the modules.
        const QImage qr = qrImage(qrPayload);
        const qreal module = qrSide / qr.width();
        QPainterPath modules;
        for (int my = 0; my < qr.height(); ++my)
            for (int mx = 0; mx < qr.width(); ++mx)
                if (qGray(qr.pixel(mx, my)) < 128)
                    modules.addRect(QRectF(left + mx * module, y + my * module, module, module));
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillPath(modules, Qt::black);
        p.setRenderHint(QPainter::Antialiasing, true);
    }
    qreal cy = y + 30;
    for (qsizetype i = 0; i < captions.size(); ++i)
        cy = drawText(p, font(i == 0 ? 50 : 42, i == 0), i == 0 ? kInk : kMuted, left + qrSide + 60, cy,
                      width - qrSide - 60, captions.at(i)) + 24;

    if (data.printedAt.isValid()) {
        p.fillRect(QRectF(left, 2970 - 200, width, 3), QColor(0xbb, 0xbb, 0xbb));
        const QString printed = (data.language == QLatin1String("en") ? QStringLiteral("Printed %1")
                                                                     : QStringLiteral("打印时间 %1"))
                                    .arg(receiptDateTime(data.printedAt, data.language));
        drawText(p, font(36), kMuted, left, 2970 - 170, width, printed, Qt::AlignRight);
        drawText(p, font(36), kMuted, left, 2970 - 170, width, data.centerName, Qt::AlignLeft);
    }
    p.restore();
}

Status writeReceiptPdf(const ReceiptData &data, const QString &path)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(data.centerName + QLatin1Char(' ') + data.caseNumber);
        writer.setCreator(QStringLiteral("Bianmin Kiosk"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error(QStringLiteral("print.pdf_failed"), QStringLiteral("cannot write the PDF %1").arg(path));
        paintA4Receipt(painter, writer, data);
        painter.end();
    }
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Error(QStringLiteral("print.pdf_failed"), QStringLiteral("cannot write the PDF %1").arg(path));
    return {};
}

Status printReceiptA4(const ReceiptData &data, const QString &printerName)
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (info.isNull())
        return Error(QStringLiteral("printer.not_found"),
                     QStringLiteral("there is no system printer named \"%1\" (known: %2)")
                         .arg(printerName, QPrinterInfo::availablePrinterNames().join(QStringLiteral(", "))));
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(data.centerName + QLatin1Char(' ') + data.caseNumber);
    QPainter painter;
    if (!printer.isValid() || !painter.begin(&printer))
        return Error(QStringLiteral("printer.failed"),
                     QStringLiteral("the system printer \"%1\" does not accept the job").arg(printerName));
    paintA4Receipt(painter, printer, data);
    if (!painter.end() || printer.printerState() == QPrinter::Error)
        return Error(QStringLiteral("printer.failed"),
                     QStringLiteral("the system printer \"%1\" failed the job").arg(printerName));
    return {};
}

} // namespace bianmin
