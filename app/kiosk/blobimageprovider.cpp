#include "blobimageprovider.h"

#include "auth/permissions.h"
#include "staffsession.h"
#include "store/blobstore.h"
#include "store/datastore.h"

#include <QThread>

namespace bianmin {

BlobImageProvider::BlobImageProvider(DataStore &store, StaffSession &session)
    : QQuickImageProvider(QQuickImageProvider::Image), m_store(store), m_session(session)
{
}

QImage BlobImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // The store's connection belongs to the session's (UI) thread; an asynchronous request gets nothing.
    if (QThread::currentThread() != m_session.thread() || !m_session.can(Permission::ViewPersonalData))
        return {};
    const auto bytes = m_store.blobs().get(id.section(QLatin1Char('?'), 0, 0));
    if (!bytes)
        return {};
    QImage image = QImage::fromData(*bytes);
    if (size)
        *size = image.size();
    if (image.isNull())
        return image;
    if (requestedSize.width() > 0 && requestedSize.height() > 0)
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else if (requestedSize.width() > 0 && image.width() > requestedSize.width())
        image = image.scaledToWidth(requestedSize.width(), Qt::SmoothTransformation);
    else if (requestedSize.height() > 0 && image.height() > requestedSize.height())
        image = image.scaledToHeight(requestedSize.height(), Qt::SmoothTransformation);
    return image;
}

} // namespace bianmin
