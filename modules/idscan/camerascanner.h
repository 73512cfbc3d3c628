// Reads barcodes and QR codes from the kiosk's camera, when it has one: frames from Qt Multimedia
// (QCamera -> QVideoSink -> QVideoFrame -> QImage) go to the ZXing decoder off the UI thread, a few per
// second. QML: `CameraScanner { active: available }` and handle `barcodeFound(format, text)`.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoFrame;
class QVideoSink;

namespace bianmin::idscan {

class CameraScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QString lastText READ lastText NOTIFY barcodeFound)

public:
    explicit CameraScanner(QObject *parent = nullptr);
    ~CameraScanner() override;

    /** True when the system has at least one camera. */
    static bool cameraPresent();

    bool available() const { return cameraPresent(); }
    bool active() const { return m_active; }
    void setActive(bool active);
    QString lastText() const { return m_lastText; }

    /** The sink frames go to; a QML VideoOutput can show the same camera through its own sink. */
    QVideoSink *videoSink() const;

    /** Decodes one frame now (used for each camera frame; public so tests can feed frames). */
    void processFrame(const QVideoFrame &frame);

Q_SIGNALS:
    void activeChanged();
    void barcodeFound(const QString &format, const QString &text);
    void error(const QString &message);

private:
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
    bool m_active = false;
    QString m_lastText;
    QElapsedTimer m_sinceLastDecode;
    std::shared_ptr<std::atomic<bool>> m_busy = std::make_shared<std::atomic<bool>>(false);
};

} // namespace bianmin::idscan
