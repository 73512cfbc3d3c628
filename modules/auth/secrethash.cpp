#include "secrethash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace bianmin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::SecretHasher", text);
}

Error cryptoError(const QString &what)
{
    return Error(QStringLiteral("auth.crypto"), tr("%1 failed in OpenSSL").arg(what));
}

} // namespace

SecretHasher::SecretHasher(QByteArray pepper, ScryptParams params) : m_pepper(std::move(pepper)), m_params(params) {}

QString SecretHasher::pepperId(const QByteArray &pepper)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayLiteral("bianmin pepper id") + pepper, QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

QByteArray SecretHasher::peppered(const QString &secret) const
{
    // HMAC rather than concatenation: a fixed-length input whatever the secret, and the pepper is a key.
    return QMessageAuthenticationCode::hash(secret.toUtf8(), m_pepper, QCryptographicHash::Sha256);
}

Result<QByteArray> SecretHasher::scrypt(const QByteArray &password, const QByteArray &salt,
                                        const ScryptParams &params, int length)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr), EVP_KDF_free);
    if (!kdf)
        return cryptoError(QStringLiteral("EVP_KDF_fetch(SCRYPT)"));
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(EVP_KDF_CTX_new(kdf.get()), EVP_KDF_CTX_free);
    if (!ctx)
        return cryptoError(QStringLiteral("EVP_KDF_CTX_new"));
    uint64_t n = params.n;
    uint32_t r = params.r;
    uint32_t p = params.p;
    QByteArray pass = password;
    QByteArray s = salt;
    const OSSL_PARAM ossl[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, pass.data(), size_t(pass.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, s.data(), size_t(s.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(length, '\0');
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), ossl) != 1)
        return cryptoError(QStringLiteral("scrypt"));
    return out;
}

Result<SecretHash> SecretHasher::hash(const QString &secret) const
{
    SecretHash h;
    h.params = m_params;
    h.salt.resize(16);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(h.salt.data()), int(h.salt.size())) != 1)
        return cryptoError(QStringLiteral("RAND_bytes"));
    auto derived = scrypt(peppered(secret), h.salt, m_params);
    if (!derived)
        return derived.error();
    h.hash = *derived;
    h.pepperId = pepperId(m_pepper);
    return h;
}

Result<bool> SecretHasher::verify(const QString &secret, const SecretHash &stored) const
{
    if (stored.algorithm != QLatin1String("scrypt") || stored.hash.isEmpty())
        return Error(QStringLiteral("auth.bad_hash"), tr("the stored secret is not a scrypt hash"));
    if (!stored.pepperId.isEmpty() && stored.pepperId != pepperId(m_pepper))
        return Error(QStringLiteral("auth.pepper_changed"),
                     tr("keys/pepper.key is not the key this PIN was set with; restore it from the backup"));
    auto derived = scrypt(peppered(secret), stored.salt, stored.params, int(stored.hash.size()));
    if (!derived)
        return derived.error();
    return CRYPTO_memcmp(derived->constData(), stored.hash.constData(), size_t(stored.hash.size())) == 0;
}

bool SecretHasher::needsRehash(const SecretHash &stored) const
{
    return stored.params.n < m_params.n || stored.params.r < m_params.r || stored.params.p < m_params.p
        || stored.pepperId != pepperId(m_pepper);
}

Result<QString> normalizePin(const QString &typed)
{
    // Full-width digits (a Chinese input method's) count as digits; nothing else is folded or dropped.
    QString pin;
    for (const QChar c : typed.trimmed())
        pin.append(c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19 ? QChar(u'0' + (c.unicode() - 0xFF10)) : c);
    bool digits = pin.size() == 6;
    for (const QChar c : pin)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits)
        return Error(QStringLiteral("auth.bad_pin"), tr("a PIN is exactly 6 digits"));
    return pin;
}

} // namespace bianmin
