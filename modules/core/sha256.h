// SHA-256 through OpenSSL's EVP API: several times faster than QCryptographicHash on the sync and audit
// hot paths (content_hash of every envelope, every audit chain entry), and the same digest.
#pragma once

#include <QByteArray>
#include <QString>

namespace bianmin {

/** The 32-byte digest. */
QByteArray sha256(QByteArrayView bytes);
/** The digest as 64 lowercase hex digits. */
QString sha256Hex(QByteArrayView bytes);

} // namespace bianmin
