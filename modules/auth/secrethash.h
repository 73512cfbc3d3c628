// PINs and passwords at rest: scrypt (OpenSSL 3.0 EVP_KDF "SCRYPT") over HMAC-SHA-256(pepper, secret),
// with a random salt per secret. The pepper is keys/pepper.key, so a copied kiosk.db alone cannot be
// brute-forced; the cost parameters are stored with each hash so they can be raised later without
// invalidating old PINs (needsRehash tells when to upgrade one at the next successful login).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace bianmin {

struct ScryptParams
{
    quint64 n = 16384; ///< CPU/memory cost, a power of two; 16384 × r 8 = 16 MiB, ~60 ms here
    quint32 r = 8;
    quint32 p = 1;

    /** The parameters new hashes get: chosen so one verification takes about 50–100 ms on a kiosk. */
    static ScryptParams current() { return {}; }
    bool operator==(const ScryptParams &) const = default;
};

struct SecretHash
{
    QString algorithm = QStringLiteral("scrypt");
    ScryptParams params;
    QByteArray salt;     ///< 16 random bytes
    QByteArray hash;     ///< 32 bytes
    QString pepperId;    ///< which pepper was mixed in (a fingerprint, not the pepper)

    bool isNull() const { return hash.isEmpty(); }
};

class SecretHasher
{
public:
    explicit SecretHasher(QByteArray pepper, ScryptParams params = ScryptParams::current());

    /** A new hash with a fresh salt. auth.crypto if OpenSSL fails. */
    Result<SecretHash> hash(const QString &secret) const;
    /** Recomputes with the stored salt and parameters; compares in constant time. Errors: auth.crypto,
     *  auth.pepper_changed (the hash was made with another pepper.key: restore the key from the backup). */
    Result<bool> verify(const QString &secret, const SecretHash &stored) const;
    /** True when the stored hash is weaker than what new hashes get. */
    bool needsRehash(const SecretHash &stored) const;

    /** A short fingerprint of a pepper: SHA-256("bianmin pepper id" + pepper), first 16 hex digits. */
    static QString pepperId(const QByteArray &pepper);
    /** The raw scrypt, exposed for tests that check a stored hash independently. */
    static Result<QByteArray> scrypt(const QByteArray &password, const QByteArray &salt, const ScryptParams &params,
                                     int length = 32);

    ScryptParams params() const { return m_params; }

private:
    QByteArray peppered(const QString &secret) const;
    QByteArray m_pepper;
    ScryptParams m_params;
};

/** A staff PIN is exactly six ASCII digits (full-width digits are folded first). auth.bad_pin otherwise. */
Result<QString> normalizePin(const QString &typed);

} // namespace bianmin
