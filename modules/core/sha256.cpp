#include "sha256.h"

#include <openssl/evp.h>

namespace bianmin {

namespace {

/** Fetched once: EVP_sha256() would look the implementation up again on every call. */
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md ? md : EVP_sha256();
}

void digest(QByteArrayView bytes, unsigned char *out)
{
    unsigned int size = 0;
    if (EVP_Digest(bytes.data(), static_cast<size_t>(bytes.size()), out, &size, sha256Md(), nullptr) != 1 || size != 32)
        qFatal("SHA-256 failed in OpenSSL"); // cannot happen with a working libcrypto; never hash wrongly
}

} // namespace

QByteArray sha256(QByteArrayView bytes)
{
    QByteArray out(32, Qt::Uninitialized);
    digest(bytes, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

QString sha256Hex(QByteArrayView bytes)
{
    unsigned char d[32];
    digest(bytes, d);
    static const char hex[] = "0123456789abcdef";
    QString out(64, Qt::Uninitialized);
    QChar *p = out.data();
    for (unsigned char c : d) {
        *p++ = QLatin1Char(hex[c >> 4]);
        *p++ = QLatin1Char(hex[c & 0xF]);
    }
    return out;
}

} // namespace bianmin
