// Attachments (ID photo, document photos, signatures) as content-addressed blobs: the key is the SHA-256 of
// the plain bytes, the stored bytes are AES-256-GCM sealed under the kiosk key. Storing the same bytes twice
// stores them once.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace bianmin {

class Database;
class KeyRing;

class BlobStore
{
public:
    BlobStore(Database &db, const KeyRing &keys);

    /** Stores the bytes (inside the caller's transaction, if one is open) and returns their sha256 hex. */
    Result<QString> put(const QByteArray &bytes, const QString &mime);
    Result<QByteArray> get(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    QString mime(const QString &sha256) const;
    /** Size of the plain bytes, -1 if not stored. */
    qint64 size(const QString &sha256) const;

private:
    Database &m_db;
    const KeyRing &m_keys;
};

} // namespace bianmin
