// Barcodes and QR codes round-trip through ZXing's writer and reader the way they reach the kiosk: printed
// and photographed, so turned, scaled, noisy; and an image without a code says so.
#include "idscan/barcodedecoder.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>
#include <QtTest>

using namespace bianmin::idscan;

namespace {

QImage onPaper(const QImage &code, qreal angle, qreal scale)
{
    // White paper around the code, then the camera's view: rotated and scaled, smooth resampling.
    QImage paper(int(code.width() * 1.6), int(code.height() * 1.6), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter(&paper).drawImage(
        (paper.width() - code.width()) / 2, (paper.height() - code.height()) / 2, code);
    QTransform t;
    t.rotate(angle);
    t.scale(scale, scale);
    QImage turned = paper.transformed(t, Qt::SmoothTransformation);
    // transformed() fills the corners black; a photo would show more paper there.
    QImage out(turned.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.drawImage(0, 0, turned);
    return out;
}

void addNoise(QImage &img, double speckle, quint32 seed)
{
    // Sensor noise on every pixel (grey levels +-70), a fraction of dead black/white specks, then blur.
    QRandomGenerator rng(seed);
    img = img.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int v = qBound(0, qGray(line[x]) + int(rng.bounded(141)) - 70, 255);
            line[x] = qRgb(v, v, v);
        }
    }
    const int n = int(img.width() * img.height() * speckle);
    for (int i = 0; i < n; ++i)
        img.setPixel(int(rng.bounded(img.width())), int(rng.bounded(img.height())),
            rng.bounded(2) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    // A lens never resolves single pixels: a 3x3 box blur, as every camera frame has.
    const QImage sharp = img;
    for (int y = 1; y + 1 < img.height(); ++y) {
        auto *out = reinterpret_cast<QRgb *>(img.scanLine(y));
        for (int x = 1; x + 1 < img.width(); ++x) {
            int sum = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                const auto *in = reinterpret_cast<const QRgb *>(sharp.constScanLine(y + dy));
                for (int dx = -1; dx <= 1; ++dx)
                    sum += qGray(in[x + dx]);
            }
            out[x] = qRgb(sum / 9, sum / 9, sum / 9);
        }
    }
}

} // namespace

class TestBarcode : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<qreal>("angle");
        QTest::addColumn<qreal>("scale");
        QTest::addColumn<double>("noise");
        const QString receipt = QStringLiteral("https://county.example/case/3f2a9c1e?r=BM-2026-000123");
        QTest::newRow("qr straight") << "QRCode" << receipt << 240 << 240 << 0.0 << 1.0 << 0.0;
        QTest::newRow("qr chinese") << "QRCode" << QStringLiteral("便民服务 回执 000123") << 240 << 240 << 0.0
                                    << 1.0 << 0.0;
        QTest::newRow("qr rotated 90") << "QRCode" << receipt << 240 << 240 << 90.0 << 1.0 << 0.0;
        QTest::newRow("qr rotated 17") << "QRCode" << receipt << 240 << 240 << 17.0 << 1.0 << 0.0;
        QTest::newRow("qr scaled down") << "QRCode" << receipt << 240 << 240 << 0.0 << 0.6 << 0.0;
        QTest::newRow("qr scaled up, turned") << "QRCode" << receipt << 240 << 240 << 200.0 << 2.5 << 0.0;
        QTest::newRow("qr noisy") << "QRCode" << receipt << 300 << 300 << 0.0 << 1.0 << 0.02;
        QTest::newRow("qr noisy, turned") << "QRCode" << receipt << 300 << 300 << 33.0 << 1.2 << 0.01;
        QTest::newRow("code128") << "Code128" << QStringLiteral("BM2026000123") << 400 << 100 << 0.0 << 1.0
                                 << 0.0;
        QTest::newRow("code128 upside down")
            << "Code128" << QStringLiteral("BM2026000123") << 400 << 100 << 180.0 << 1.0 << 0.0;
        QTest::newRow("code128 vertical")
            << "Code128" << QStringLiteral("BM2026000123") << 400 << 100 << 90.0 << 1.0 << 0.0;
        QTest::newRow("code128 vertical, noisy")
            << "Code128" << QStringLiteral("BM2026000123") << 600 << 120 << 90.0 << 1.0 << 0.01;
        QTest::newRow("ean13 scaled")
            << "EAN-13" << QStringLiteral("6901234567892") << 300 << 120 << 0.0 << 1.7 << 0.0;
        QTest::newRow("datamatrix") << "DataMatrix" << QStringLiteral("500242-huatian-01") << 160 << 160
                                    << 0.0 << 1.0 << 0.0;
        QTest::newRow("pdf417") << "PDF417" << QStringLiteral("ID-DOC 0001 ERIKSSON ANNA") << 400 << 160
                                << 0.0 << 1.0 << 0.0;
    }
    void roundTrip()
    {
        QFETCH(QString, format);
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(qreal, angle);
        QFETCH(qreal, scale);
        QFETCH(double, noise);
        const auto code = encodeBarcode(format, text, width, height);
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        QImage photo = onPaper(code.value(), angle, scale);
        if (noise > 0)
            addNoise(photo, noise, 4711);
        const auto read = decodeBarcode(photo);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->text, text);
        QCOMPARE(read->format, format);
    }

    void colourImagesWork()
    {
        const auto code = encodeBarcode(QStringLiteral("QRCode"), QStringLiteral("colour"), 200, 200);
        QVERIFY(code.ok());
        QImage rgb = code->convertToFormat(QImage::Format_RGB888);
        QCOMPARE(decodeBarcode(rgb)->text, QStringLiteral("colour"));
        QImage argb = code->convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(decodeBarcode(argb)->text, QStringLiteral("colour"));
    }

    void severalCodesInOneImage()
    {
        const auto a = encodeBarcode(QStringLiteral("QRCode"), QStringLiteral("first"), 150, 150);
        const auto b = encodeBarcode(QStringLiteral("QRCode"), QStringLiteral("second"), 150, 150);
        QImage both(360, 180, QImage::Format_RGB32);
        both.fill(Qt::white);
        QPainter p(&both);
        p.drawImage(10, 15, a.value());
        p.drawImage(200, 15, b.value());
        p.end();
        QStringList texts;
        for (const Barcode &c : decodeBarcodes(both))
            texts << c.text;
        texts.sort();
        QCOMPARE(texts, (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
    }

    void nothingToFind()
    {
        QImage blank(300, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        addNoise(blank, 0.05, 1);
        const auto r = decodeBarcode(blank);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("barcode.none"));
        QCOMPARE(decodeBarcode(QImage()).error().code, QStringLiteral("barcode.image"));
    }

    void encoderRefusesWhatTheFormatCannotHold()
    {
        QCOMPARE(encodeBarcode(QStringLiteral("EAN-13"), QStringLiteral("letters"), 200, 100).error().code,
            QStringLiteral("barcode.encode"));
        QCOMPARE(encodeBarcode(QStringLiteral("NoSuchFormat"), QStringLiteral("x"), 200, 100).error().code,
            QStringLiteral("barcode.format"));
    }
};

QTEST_MAIN(TestBarcode)
#include "tst_barcode.moc"
