#include "barcodedecoder.h"

// ZXing 1.4 returns std::wstring from Result::text() unless told to use UTF-8.
#define ZX_USE_UTF8 1
#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <exception>

namespace bianmin::idscan {

namespace {

    ZXing::DecodeHints hints()
    {
        ZXing::DecodeHints h;
        h.setTryHarder(true);
        h.setTryRotate(true);
        return h;
    }

    QImage grayscale(const QImage &image)
    {
        return image.format() == QImage::Format_Grayscale8 ? image
                                                           : image.convertToFormat(QImage::Format_Grayscale8);
    }

    ZXing::ImageView view(const QImage &gray)
    {
        return ZXing::ImageView(
            gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    }

    Barcode toBarcode(const ZXing::Result &r)
    {
        return Barcode { QString::fromLatin1(ZXing::ToString(r.format())), QString::fromStdString(r.text()) };
    }

} // namespace

Result<Barcode> decodeBarcode(const QImage &image)
{
    if (image.isNull())
        return Error(
            QStringLiteral("barcode.image"), QStringLiteral("the image is empty or could not be read"));
    const QImage gray = grayscale(image);
    const ZXing::Result r = ZXing::ReadBarcode(view(gray), hints());
    if (!r.isValid())
        return Error(
            QStringLiteral("barcode.none"), QStringLiteral("no barcode or QR code found in the image"));
    return toBarcode(r);
}

QList<Barcode> decodeBarcodes(const QImage &image)
{
    QList<Barcode> out;
    if (image.isNull())
        return out;
    const QImage gray = grayscale(image);
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view(gray), hints())) {
        if (r.isValid())
            out << toBarcode(r);
    }
    return out;
}

Result<QImage> encodeBarcode(const QString &format, const QString &text, int width, int height, int margin)
{
    const ZXing::BarcodeFormat f = ZXing::BarcodeFormatFromString(format.toStdString());
    if (f == ZXing::BarcodeFormat::None)
        return Error(
            QStringLiteral("barcode.format"), QStringLiteral("unknown barcode format %1").arg(format));
    try {
        ZXing::MultiFormatWriter writer(f);
        writer.setMargin(margin);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        const ZXing::BitMatrix m = writer.encode(text.toStdWString(), width, height);
        QImage img(m.width(), m.height(), QImage::Format_Grayscale8);
        for (int y = 0; y < m.height(); ++y) {
            uchar *line = img.scanLine(y);
            for (int x = 0; x < m.width(); ++x)
                line[x] = m.get(x, y) ? 0 : 255;
        }
        return img;
    } catch (const std::exception &e) {
        // ZXing's writers throw on content the format cannot hold (e.g. letters in EAN-13).
        return Error(QStringLiteral("barcode.encode"),
            QStringLiteral("cannot encode as %1: %2").arg(format, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace bianmin::idscan
