#include "camerascanner.h"

#include "barcodedecoder.h"

#include <QCamera>
#include <QCoreApplication>
#include <QImage>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPointer>
#include <QThreadPool>
#include <QVideoFrame>
#include <QVideoSink>

namespace bianmin::idscan {

namespace {
    constexpr int kDecodeIntervalMs = 250; // a few decodes per second is plenty for a person holding a code
}

CameraScanner::CameraScanner(QObject *parent)
    : QObject(parent)
{
    m_sink = new QVideoSink(this);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &CameraScanner::processFrame);
}

CameraScanner::~CameraScanner()
{
    setActive(false);
}

bool CameraScanner::cameraPresent()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

QVideoSink *CameraScanner::videoSink() const
{
    return m_sink;
}

void CameraScanner::setActive(bool active)
{
    if (active == m_active)
        return;
    if (active && !cameraPresent()) {
        Q_EMIT error(tr("No camera is connected."));
        return;
    }
    m_active = active;
    if (active) {
        if (!m_session) {
            m_session = new QMediaCaptureSession(this);
            m_camera = new QCamera(QMediaDevices::defaultVideoInput(), this);
            connect(m_camera, &QCamera::errorOccurred, this,
                [this](QCamera::Error, const QString &message) { Q_EMIT error(message); });
            m_session->setCamera(m_camera);
            m_session->setVideoSink(m_sink);
        }
        m_sinceLastDecode.invalidate();
        m_camera->start();
    } else if (m_camera) {
        m_camera->stop();
    }
    Q_EMIT activeChanged();
}

void CameraScanner::processFrame(const QVideoFrame &frame)
{
    if (!frame.isValid() || m_busy->load())
        return;
    if (m_sinceLastDecode.isValid() && m_sinceLastDecode.elapsed() < kDecodeIntervalMs)
        return;
    m_sinceLastDecode.start();
    const QImage image = frame.toImage();
    if (image.isNull())
        return;
    m_busy->store(true);
    QPointer<CameraScanner> self(this);
    auto busy = m_busy;
    QThreadPool::globalInstance()->start([self, busy, image] {
        const Result<Barcode> code = decodeBarcode(image);
        busy->store(false);
        if (!code)
            return;
        const Barcode found = code.value();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, found] {
                if (self) {
                    self->m_lastText = found.text;
                    Q_EMIT self->barcodeFound(found.format, found.text);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace bianmin::idscan
