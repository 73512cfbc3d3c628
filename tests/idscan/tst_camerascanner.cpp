// The camera path without a camera: video frames as Qt Multimedia delivers them (QVideoFrame, BGRX) go
// through CameraScanner to the decoder, off the UI thread, at a few decodes per second.
#include "idscan/barcodedecoder.h"
#include "idscan/camerascanner.h"

#include <QPainter>
#include <QSignalSpy>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QtTest>
#include <cstring>

using namespace bianmin::idscan;

namespace {

QVideoFrame frameOf(const QImage &picture)
{
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB32); // BGRX in memory on little endian
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_BGRX8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), rgb.constScanLine(y), size_t(rgb.width() * 4));
    frame.unmap();
    return frame;
}

QImage sceneWith(const QString &text)
{
    QImage scene(640, 480, QImage::Format_RGB32);
    scene.fill(QColor(90, 90, 100)); // a counter top
    QPainter p(&scene);
    p.fillRect(180, 100, 300, 300, Qt::white);
    p.drawImage(200, 120, encodeBarcode(QStringLiteral("QRCode"), text, 260, 260, 2).value());
    return scene;
}

} // namespace

class TestCameraScanner : public QObject
{
    Q_OBJECT
private slots:
    void framesAreDecoded()
    {
        CameraScanner scanner;
        QSignalSpy found(&scanner, &CameraScanner::barcodeFound);
        const QVideoFrame frame = frameOf(sceneWith(QStringLiteral("BM-2026-000123")));
        QVERIFY(frame.isValid());
        scanner.processFrame(frame);
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toString(), QStringLiteral("QRCode"));
        QCOMPARE(found.at(0).at(1).toString(), QStringLiteral("BM-2026-000123"));
        QCOMPARE(scanner.lastText(), QStringLiteral("BM-2026-000123"));
    }

    void framesAreThrottled()
    {
        CameraScanner scanner;
        QSignalSpy found(&scanner, &CameraScanner::barcodeFound);
        const QVideoFrame frame = frameOf(sceneWith(QStringLiteral("once")));
        for (int i = 0; i < 10; ++i) // a 30 fps camera's burst
            scanner.processFrame(frame);
        QTRY_COMPARE(found.count(), 1);
        QTest::qWait(100);
        QCOMPARE(found.count(), 1);
        QTest::qWait(300);
        scanner.processFrame(frame);
        QTRY_COMPARE(found.count(), 2);
    }

    void framesWithoutCodeSayNothing()
    {
        CameraScanner scanner;
        QSignalSpy found(&scanner, &CameraScanner::barcodeFound);
        QImage empty(640, 480, QImage::Format_RGB32);
        empty.fill(Qt::gray);
        scanner.processFrame(frameOf(empty));
        QTest::qWait(300);
        QCOMPARE(found.count(), 0);
    }
};

QTEST_MAIN(TestCameraScanner)
#include "tst_camerascanner.moc"
