#include "blobstore.h"

#include "database.h"
#include "internal/sqlutil.h"
#include "keyring.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace bianmin {

BlobStore::BlobStore(Database &db, const KeyRing &keys) : m_db(db), m_keys(keys) {}

Result<QString> BlobStore::put(const QByteArray &bytes, const QString &mime)
{
    const QString sha = store::sha256Hex(bytes);
    if (contains(sha))
        return sha; // same bytes, same name: stored once
    // aad = the hash, so a sealed blob cannot be passed off under another name.
    auto sealed = m_keys.encrypt(bytes, sha.toLatin1());
    if (!sealed)
        return sealed.error();
    auto q = m_db.prepared(QStringLiteral("INSERT INTO blobs(sha256, mime, size, sealed, created_at) "
                                          "VALUES(?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING"));
    if (!q)
        return q.error();
    (*q)->addBindValue(sha);
    (*q)->addBindValue(mime);
    (*q)->addBindValue(qint64(bytes.size()));
    (*q)->addBindValue(sealed.value());
    (*q)->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (Status s = store::exec(**q, QObject::tr("storing an attachment")); !s)
        return s.error();
    return sha;
}

Result<QByteArray> BlobStore::get(const QString &sha256) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT sealed FROM blobs WHERE sha256 = ?"));
    if (!q)
        return q.error();
    QByteArray sealed;
    {
        store::Finisher finish(**q);
        (*q)->addBindValue(sha256.toLower());
        if (Status s = store::exec(**q, QObject::tr("reading an attachment")); !s)
            return s.error();
        if (!(*q)->next())
            return Error(QStringLiteral("store.not_found"), QObject::tr("no attachment %1").arg(sha256));
        sealed = (*q)->value(0).toByteArray();
    }
    auto plain = m_keys.decrypt(sealed, sha256.toLower().toLatin1());
    if (!plain)
        return plain.error().context(QObject::tr("attachment %1").arg(sha256));
    if (store::sha256Hex(plain.value()) != sha256.toLower())
        return Error(QStringLiteral("store.corrupt"),
                     QObject::tr("attachment %1 does not match its hash").arg(sha256));
    return plain;
}

bool BlobStore::contains(const QString &sha256) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"));
    if (!q)
        return false;
    store::Finisher finish(**q);
    (*q)->addBindValue(sha256.toLower());
    return (*q)->exec() && (*q)->next();
}

QString BlobStore::mime(const QString &sha256) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT mime FROM blobs WHERE sha256 = ?"));
    if (!q)
        return {};
    store::Finisher finish(**q);
    (*q)->addBindValue(sha256.toLower());
    if (!(*q)->exec() || !(*q)->next())
        return {};
    return (*q)->value(0).toString();
}

qint64 BlobStore::size(const QString &sha256) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT size FROM blobs WHERE sha256 = ?"));
    if (!q)
        return -1;
    store::Finisher finish(**q);
    (*q)->addBindValue(sha256.toLower());
    if (!(*q)->exec() || !(*q)->next())
        return -1;
    return (*q)->value(0).toLongLong();
}

} // namespace bianmin
