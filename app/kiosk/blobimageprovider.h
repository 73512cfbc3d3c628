// image://blob/<sha256>: an attachment (ID photo, document photo, signature) decrypted from the store for
// the approver's review page, and only while a staff member allowed to see personal data is logged in.
// Loaded synchronously on the UI thread, which owns the store's connection (Image.asynchronous: false).
#pragma once

#include <QQuickImageProvider>

namespace bianmin {

class DataStore;
class StaffSession;

class BlobImageProvider : public QQuickImageProvider
{
public:
    BlobImageProvider(DataStore &store, StaffSession &session);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    DataStore &m_store;
    StaffSession &m_session;
};

} // namespace bianmin
