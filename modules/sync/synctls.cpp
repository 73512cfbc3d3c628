#include "synctls.h"

#include <QFile>
#include <QSslKey>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace bianmin {

namespace {
Error syncError(const char *code, const QString &message)
{
    return Error(QStringLiteral("sync.") + QLatin1String(code), message);
}
} // namespace

Result<SyncSettings> SyncSettings::fromConfig(const Config &config)
{
    SyncSettings s;
    s.kioskId = config.value(QStringLiteral("kiosk.id")).trimmed();
    s.countyUrl = QUrl(config.value(QStringLiteral("county.url")).trimmed());
    s.caPath = config.value(QStringLiteral("county.ca")).trimmed();
    s.pin = config.value(QStringLiteral("county.pin")).trimmed();
    s.certPath = config.value(QStringLiteral("kiosk.cert")).trimmed();
    s.keyPath = config.value(QStringLiteral("kiosk.key")).trimmed();
    const QList<QPair<const char *, QString>> required = {{"kiosk.id", s.kioskId},
                                                          {"county.url", s.countyUrl.toString()},
                                                          {"county.ca", s.caPath},
                                                          {"kiosk.cert", s.certPath},
                                                          {"kiosk.key", s.keyPath}};
    for (const auto &[key, value] : required) {
        if (value.isEmpty())
            return syncError("not_configured",
                             QObject::tr("sync is not configured: set %1 (bianmin config set %1 VALUE)")
                                 .arg(QLatin1String(key)));
    }
    if (s.countyUrl.scheme() != QLatin1String("https") || s.countyUrl.host().isEmpty())
        return syncError("not_configured",
                         QObject::tr("county.url must be an https:// URL, not \"%1\"").arg(s.countyUrl.toString()));
    return s;
}

Result<QSslConfiguration> SyncSettings::tlsConfiguration() const
{
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(caPath, QSsl::Pem);
    if (cas.isEmpty())
        return syncError("bad_ca", QObject::tr("county.ca %1 holds no PEM certificate").arg(caPath));
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty())
        return syncError("bad_cert", QObject::tr("kiosk.cert %1 holds no PEM certificate").arg(certPath));
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return syncError("bad_key", QObject::tr("cannot read kiosk.key %1: %2").arg(keyPath, keyFile.errorString()));
    const QByteArray keyBytes = keyFile.readAll();
    QSslKey key(keyBytes, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyBytes, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        return syncError("bad_key", QObject::tr("kiosk.key %1 is not an EC or RSA PEM private key").arg(keyPath));
    const QStringList cn = chain.first().subjectInfo(QSslCertificate::CommonName);
    if (cn.value(0) != kioskId)
        return syncError("cert_mismatch", QObject::tr("the client certificate names kiosk \"%1\" but kiosk.id is \"%2\"")
                                              .arg(cn.value(0), kioskId));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(cas); // replaces the system store: the county CA is the only trust anchor
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

QString spkiPin(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x509 = d2i_X509(nullptr, &p, static_cast<long>(der.size()));
    if (!x509)
        return {};
    unsigned char *spki = nullptr;
    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(x509), &spki);
    QString pin;
    if (len > 0) {
        unsigned char digest[32];
        if (EVP_Digest(spki, static_cast<size_t>(len), digest, nullptr, EVP_sha256(), nullptr) == 1)
            pin = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 32).toBase64());
        OPENSSL_free(spki);
    }
    X509_free(x509);
    return pin;
}

} // namespace bianmin
