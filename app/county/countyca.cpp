#include "countyca.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>

namespace bianmin::county {

namespace {

struct Free
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using CertPtr = std::unique_ptr<X509, Free>;
using BioPtr = std::unique_ptr<BIO, Free>;

Error caError(const QString &code, const QString &message)
{
    return Error(QStringLiteral("ca.") + code, message);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(len));
}

Result<KeyPtr> newKey()
{
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return caError(QStringLiteral("keygen"), QStringLiteral("OpenSSL could not generate an EC P-256 key"));
    return key;
}

Result<QByteArray> keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr))
        return caError(QStringLiteral("pem"), QStringLiteral("cannot encode the private key"));
    return bioBytes(bio.get());
}

QByteArray certPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return caError(QStringLiteral("unreadable"), QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

Status writePublicFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return caError(QStringLiteral("unwritable"), QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, Free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

/** A certificate for `key` signed by `issuerKey` (self-signed when issuer is null). */
Result<CertPtr> makeCertificate(EVP_PKEY *key, const QString &commonName, X509 *issuer, EVP_PKEY *issuerKey,
                                int validDays, const QList<QPair<int, QByteArray>> &extensions)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2); // v3
    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return caError(QStringLiteral("random"), QStringLiteral("no randomness for the serial number"));
    serial[0] &= 0x7f; // positive
    std::unique_ptr<BIGNUM, Free> bn(BN_bin2bn(serial, sizeof serial, nullptr));
    BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // tolerate a kiosk clock an hour behind
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(validDays) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                               static_cast<int>(cn.size()), -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509 *issuerCert = issuer ? issuer : cert.get();
    for (const auto &[nid, value] : extensions) {
        if (!addExtension(cert.get(), issuerCert, nid, value.constData()))
            return caError(QStringLiteral("extension"),
                           QStringLiteral("cannot add certificate extension %1").arg(QString::fromLatin1(value)));
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return caError(QStringLiteral("sign"), QStringLiteral("OpenSSL could not sign the certificate"));
    return cert;
}

struct LoadedCa
{
    CertPtr cert;
    KeyPtr key;
};

Result<LoadedCa> loadCa(const QString &dir)
{
    const QString certPath = dir + QStringLiteral("/ca.pem");
    const QString keyPath = dir + QStringLiteral("/ca.key");
    auto certBytes = readFile(certPath);
    if (!certBytes)
        return certBytes.error().context(QStringLiteral("no county CA in %1 (run: bianmin-county ca init)").arg(dir));
    auto keyBytes = readFile(keyPath);
    if (!keyBytes)
        return keyBytes.error();
    BioPtr cb(BIO_new_mem_buf(certBytes->constData(), static_cast<int>(certBytes->size())));
    BioPtr kb(BIO_new_mem_buf(keyBytes->constData(), static_cast<int>(keyBytes->size())));
    LoadedCa ca{CertPtr(PEM_read_bio_X509(cb.get(), nullptr, nullptr, nullptr)),
                KeyPtr(PEM_read_bio_PrivateKey(kb.get(), nullptr, nullptr, nullptr))};
    if (!ca.cert || !ca.key)
        return caError(QStringLiteral("malformed"), QStringLiteral("%1 or %2 is not a PEM certificate/key")
                                                        .arg(certPath, keyPath));
    return ca;
}

Result<IssuedFiles> writePair(const QString &dir, const QString &base, X509 *cert, EVP_PKEY *key)
{
    IssuedFiles files{dir + QLatin1Char('/') + base + QStringLiteral(".pem"),
                      dir + QLatin1Char('/') + base + QStringLiteral(".key")};
    auto pem = keyPem(key);
    if (!pem)
        return pem.error();
    if (Status s = writePrivateFile(files.key, *pem); !s)
        return s.error();
    if (Status s = writePublicFile(files.certificate, certPem(cert)); !s)
        return s.error();
    return files;
}

Result<IssuedFiles> issueLeaf(const QString &dir, const QString &commonName, const QString &base, int validDays,
                              QList<QPair<int, QByteArray>> extensions)
{
    auto ca = loadCa(dir);
    if (!ca)
        return ca.error();
    auto key = newKey();
    if (!key)
        return key.error();
    extensions.prepend({NID_basic_constraints, QByteArrayLiteral("critical,CA:FALSE")});
    extensions.append({NID_subject_key_identifier, QByteArrayLiteral("hash")});
    extensions.append({NID_authority_key_identifier, QByteArrayLiteral("keyid:always")});
    auto cert = makeCertificate(key->get(), commonName, ca->cert.get(), ca->key.get(), validDays, extensions);
    if (!cert)
        return cert.error();
    return writePair(dir, base, cert->get(), key->get());
}

} // namespace

Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return caError(QStringLiteral("unwritable"), QStringLiteral("cannot write %1").arg(path));
    bool ok = ::fchmod(fd, 0600) == 0; // an existing file keeps its old mode through O_CREAT
    qsizetype done = 0;
    while (ok && done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        ok = n > 0;
        done += n > 0 ? n : 0;
    }
    ok = ::fsync(fd) == 0 && ok;
    ok = ::close(fd) == 0 && ok;
    if (!ok)
        return caError(QStringLiteral("unwritable"), QStringLiteral("cannot write %1").arg(path));
    return {};
}

Result<IssuedFiles> CountyCa::init(const QString &dir, const QString &name, int validDays)
{
    if (!QDir().mkpath(dir))
        return caError(QStringLiteral("unwritable"), QStringLiteral("cannot create %1").arg(dir));
    if (QFileInfo::exists(dir + QStringLiteral("/ca.key")))
        return caError(QStringLiteral("exists"),
                       QStringLiteral("%1 already holds a CA key; refusing to replace it").arg(dir));
    auto key = newKey();
    if (!key)
        return key.error();
    auto cert = makeCertificate(key->get(), name, nullptr, nullptr, validDays,
                                {{NID_basic_constraints, QByteArrayLiteral("critical,CA:TRUE,pathlen:0")},
                                 {NID_key_usage, QByteArrayLiteral("critical,keyCertSign,cRLSign")},
                                 {NID_subject_key_identifier, QByteArrayLiteral("hash")}});
    if (!cert)
        return cert.error();
    return writePair(dir, QStringLiteral("ca"), cert->get(), key->get());
}

Result<IssuedFiles> CountyCa::issueKiosk(const QString &dir, const QString &kioskId, int validDays)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!allowed.match(kioskId).hasMatch())
        return caError(QStringLiteral("bad_id"),
                       QStringLiteral("kiosk id \"%1\" must be letters, digits, '.', '_' or '-'").arg(kioskId));
    return issueLeaf(dir, kioskId, QStringLiteral("kiosk-") + kioskId, validDays,
                     {{NID_key_usage, QByteArrayLiteral("critical,digitalSignature")},
                      {NID_ext_key_usage, QByteArrayLiteral("clientAuth")}});
}

Result<IssuedFiles> CountyCa::issueServer(const QString &dir, const QString &host, const QString &baseName,
                                          int validDays)
{
    QByteArray san = QByteArrayLiteral("DNS:localhost,IP:127.0.0.1,IP:::1");
    if (!host.isEmpty() && host != QLatin1String("localhost") && host != QLatin1String("127.0.0.1")) {
        const bool isIp = !QHostAddress(host).isNull();
        san.prepend((isIp ? "IP:" : "DNS:") + host.toUtf8() + ',');
    }
    return issueLeaf(dir, host.isEmpty() ? QStringLiteral("localhost") : host,
                     baseName.isEmpty() ? QStringLiteral("server") : baseName, validDays,
                     {{NID_key_usage, QByteArrayLiteral("critical,digitalSignature,keyEncipherment")},
                      {NID_ext_key_usage, QByteArrayLiteral("serverAuth")},
                      {NID_subject_alt_name, san}});
}

Result<QString> CountyCa::spkiPin(const QString &certificatePem)
{
    auto bytes = readFile(certificatePem);
    if (!bytes)
        return bytes.error();
    BioPtr bio(BIO_new_mem_buf(bytes->constData(), static_cast<int>(bytes->size())));
    CertPtr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert)
        return caError(QStringLiteral("malformed"), QStringLiteral("%1 is not a PEM certificate").arg(certificatePem));
    unsigned char *der = nullptr;
    const int len = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(cert.get()), &der);
    if (len <= 0)
        return caError(QStringLiteral("malformed"), QStringLiteral("cannot read the public key of %1").arg(certificatePem));
    unsigned char digest[32];
    EVP_Digest(der, static_cast<size_t>(len), digest, nullptr, EVP_sha256(), nullptr);
    OPENSSL_free(der);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), 32).toBase64());
}

} // namespace bianmin::county
