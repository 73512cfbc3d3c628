#include "keyring.h"

#include "core/residentid.h"

#include <QDir>
#include <QFile>
#include <QObject>

#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <memory>

namespace bianmin {

namespace {

constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;

struct CtxFree
{
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

QByteArray encodePath(const QString &path)
{
    return QFile::encodeName(path);
}

Error cryptoError(const QString &what)
{
    return Error(QStringLiteral("keys.crypto"), QObject::tr("OpenSSL failed while %1").arg(what));
}

/** Writes a new key file without ever replacing one: a temporary file, fsync'd, then link()ed into place. */
Status writeKeyFile(const QString &path)
{
    QByteArray key(KeyRing::keySize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return cryptoError(QObject::tr("generating a key"));
    const QByteArray tmp = encodePath(path + QStringLiteral(".new"));
    ::unlink(tmp.constData());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error(QStringLiteral("keys.unwritable"),
                     QObject::tr("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))));
    const bool ok = ::write(fd, key.constData(), size_t(key.size())) == key.size() && ::fsync(fd) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok) {
        ::unlink(tmp.constData());
        return Error(QStringLiteral("keys.unwritable"),
                     QObject::tr("cannot write %1: %2").arg(path, QString::fromLocal8Bit(strerror(savedErrno))));
    }
    const int linked = ::link(tmp.constData(), encodePath(path).constData());
    const int linkErrno = errno;
    ::unlink(tmp.constData());
    if (linked != 0 && linkErrno != EEXIST) // EEXIST: someone else created it meanwhile; keep theirs
        return Error(QStringLiteral("keys.unwritable"),
                     QObject::tr("cannot create %1: %2").arg(path, QString::fromLocal8Bit(strerror(linkErrno))));
    return {};
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(encodePath(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Error permissionsError(const QString &path, mode_t mode, const char *fix)
{
    return Error(QStringLiteral("keys.permissions"),
                 QObject::tr("%1 can be read by other users (mode %2); refusing to use it, run `chmod %3 %1`")
                     .arg(path)
                     .arg(mode & 07777, 4, 8, QLatin1Char('0'))
                     .arg(QLatin1String(fix)));
}

} // namespace

QStringList KeyRing::keyFileNames()
{
    return {QStringLiteral("data.key"), QStringLiteral("index.key"), QStringLiteral("pepper.key")};
}

Status KeyRing::create(const DataDir &dir)
{
    const QString keysDir = dir.keysDir();
    if (!QDir().mkpath(dir.root()))
        return Error(QStringLiteral("keys.unwritable"), QObject::tr("cannot create %1").arg(dir.root()));
    const QByteArray encoded = encodePath(keysDir);
    if (::mkdir(encoded.constData(), 0700) != 0 && errno != EEXIST)
        return Error(QStringLiteral("keys.unwritable"),
                     QObject::tr("cannot create %1: %2").arg(keysDir, QString::fromLocal8Bit(strerror(errno))));
    ::chmod(encoded.constData(), 0700); // ours alone, whatever the umask or an earlier copy left
    bool created = false;
    for (const QString &name : keyFileNames()) {
        const QString path = dir.keyPath(name);
        if (QFileInfo::exists(path))
            continue;
        if (Status s = writeKeyFile(path); !s)
            return s;
        created = true;
    }
    if (created)
        syncDirectory(keysDir);
    return {};
}

Result<KeyRing> KeyRing::load(const DataDir &dir)
{
    const QString keysDir = dir.keysDir();
    struct stat st {};
    if (::stat(encodePath(keysDir).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return Error(QStringLiteral("keys.missing"),
                     QObject::tr("%1 is missing; run `bianmin --data %2 init` on a new kiosk, or restore the "
                                 "keys from the kiosk's backup")
                         .arg(keysDir, dir.root()));
    if (st.st_mode & 0077)
        return permissionsError(keysDir, st.st_mode, "700");

    KeyRing ring;
    ring.m_keysDir = keysDir;
    QByteArray *keySlots[] = {&ring.m_dataKey, &ring.m_indexKey, &ring.m_pepper};
    const QStringList names = keyFileNames();
    for (int i = 0; i < names.size(); ++i) {
        const QString path = dir.keyPath(names.at(i));
        if (::stat(encodePath(path).constData(), &st) != 0)
            return Error(QStringLiteral("keys.missing"),
                         QObject::tr("%1 is missing; restore it from the kiosk's backup (a new key cannot read "
                                     "the data already stored)")
                             .arg(path));
        if (st.st_mode & 0077)
            return permissionsError(path, st.st_mode, "600");
        if (!S_ISREG(st.st_mode) || st.st_size != keySize)
            return Error(QStringLiteral("keys.bad_size"),
                         QObject::tr("%1 is not a key file (%2 bytes, expected %3)")
                             .arg(path)
                             .arg(qint64(st.st_size))
                             .arg(keySize));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("keys.unreadable"),
                         QObject::tr("cannot read %1: %2").arg(path, file.errorString()));
        *keySlots[i] = file.readAll();
        if (keySlots[i]->size() != keySize)
            return Error(QStringLiteral("keys.bad_size"),
                         QObject::tr("%1 is not a key file (%2 bytes, expected %3)")
                             .arg(path)
                             .arg(keySlots[i]->size())
                             .arg(keySize));
    }
    // Fetched once per process; keyed once per load. Without it mac() falls back to OpenSSL's one-shot HMAC().
    static EVP_MAC *hmac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (EVP_MAC_CTX *ctx = hmac ? EVP_MAC_CTX_new(hmac) : nullptr) {
        char digest[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                     OSSL_PARAM_construct_end()};
        if (EVP_MAC_init(ctx, reinterpret_cast<const unsigned char *>(ring.m_indexKey.constData()),
                         size_t(ring.m_indexKey.size()), params)
            == 1)
            ring.m_indexMac.reset(ctx, EVP_MAC_CTX_free);
        else
            EVP_MAC_CTX_free(ctx);
    }
    return ring;
}

Result<QByteArray> KeyRing::encrypt(const QByteArray &plain, const QByteArray &aad) const
{
    if (m_dataKey.size() != keySize)
        return Error(QStringLiteral("keys.missing"), QObject::tr("no data key loaded"));
    QByteArray out(1 + kNonceSize + plain.size() + kTagSize, Qt::Uninitialized);
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    o[0] = static_cast<unsigned char>(formatVersion);
    if (RAND_bytes(o + 1, kNonceSize) != 1)
        return cryptoError(QObject::tr("generating a nonce"));

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(m_dataKey.constData());
    // The version byte is authenticated too, so it cannot be changed to steer a future decoder.
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key, o + 1) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, o, 1) != 1
        || (!aad.isEmpty()
            && EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                                 int(aad.size()))
                != 1))
        return cryptoError(QObject::tr("starting encryption"));
    unsigned char *cipher = o + 1 + kNonceSize;
    int written = 0;
    if (!plain.isEmpty()) {
        if (EVP_EncryptUpdate(ctx.get(), cipher, &len, reinterpret_cast<const unsigned char *>(plain.constData()),
                              int(plain.size()))
            != 1)
            return cryptoError(QObject::tr("encrypting"));
        written = len;
    }
    if (EVP_EncryptFinal_ex(ctx.get(), cipher + written, &len) != 1)
        return cryptoError(QObject::tr("encrypting"));
    written += len;
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, cipher + written) != 1)
        return cryptoError(QObject::tr("sealing"));
    out.resize(1 + kNonceSize + written + kTagSize);
    return out;
}

Result<QByteArray> KeyRing::decrypt(const QByteArray &sealed, const QByteArray &aad) const
{
    CipherCtx ctx(EVP_CIPHER_CTX_new());
    return decryptWith(ctx.get(), false, sealed, aad);
}

Result<QByteArray> KeyRing::decryptWith(EVP_CIPHER_CTX *ctx, bool keyed, const QByteArray &sealed,
                                        const QByteArray &aad) const
{
    if (m_dataKey.size() != keySize)
        return Error(QStringLiteral("keys.missing"), QObject::tr("no data key loaded"));
    if (sealed.size() < 1 + kNonceSize + kTagSize || sealed.at(0) != formatVersion)
        return Error(QStringLiteral("keys.bad_data"),
                     QObject::tr("stored encrypted data is damaged (unknown format or truncated)"));
    const auto *s = reinterpret_cast<const unsigned char *>(sealed.constData());
    const int cipherSize = int(sealed.size()) - 1 - kNonceSize - kTagSize;
    QByteArray plain(cipherSize, Qt::Uninitialized);
    auto *p = reinterpret_cast<unsigned char *>(plain.data());

    int len = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(m_dataKey.constData());
    // A keyed context keeps its key schedule: only the nonce is set (which also starts a new message).
    const bool started = ctx
                         && (keyed ? EVP_DecryptInit_ex(ctx, nullptr, nullptr, nullptr, s + 1) == 1
                                   : EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, s + 1) == 1);
    if (!started || EVP_DecryptUpdate(ctx, nullptr, &len, s, 1) != 1
        || (!aad.isEmpty()
            && EVP_DecryptUpdate(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                                 int(aad.size()))
                != 1))
        return cryptoError(QObject::tr("starting decryption"));
    int written = 0;
    if (cipherSize > 0) {
        if (EVP_DecryptUpdate(ctx, p, &len, s + 1 + kNonceSize, cipherSize) != 1)
            return cryptoError(QObject::tr("decrypting"));
        written = len;
    }
    unsigned char tag[kTagSize];
    std::memcpy(tag, s + 1 + kNonceSize + cipherSize, kTagSize);
    if (EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, tag) != 1)
        return cryptoError(QObject::tr("decrypting"));
    if (EVP_DecryptFinal_ex(ctx, p + written, &len) != 1)
        return Error(QStringLiteral("keys.wrong_key"),
                     QObject::tr("stored data cannot be decrypted: the key in %1 is not the one it was written "
                                 "with, or the data was altered")
                         .arg(m_keysDir.isEmpty() ? QStringLiteral("keys/") : m_keysDir));
    plain.resize(written + len);
    return plain;
}

KeyRing::Decryptor::Decryptor(const KeyRing &keys) : m_keys(keys)
{
    if (keys.m_dataKey.size() != keySize)
        return;
    m_keyed = EVP_CIPHER_CTX_new();
    if (m_keyed
        && EVP_DecryptInit_ex(m_keyed, EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(keys.m_dataKey.constData()), nullptr)
            != 1) {
        EVP_CIPHER_CTX_free(m_keyed);
        m_keyed = nullptr;
    }
}

KeyRing::Decryptor::~Decryptor()
{
    EVP_CIPHER_CTX_free(m_keyed);
}

Result<QByteArray> KeyRing::Decryptor::decrypt(const QByteArray &sealed, const QByteArray &aad)
{
    if (!m_keyed)
        return m_keys.decrypt(sealed, aad);
    return m_keys.decryptWith(m_keyed, true, sealed, aad);
}

QString KeyRing::blindIndex(const QString &idNumber) const
{
    const QString normalized = normalizeResidentId(idNumber);
    if (normalized.isEmpty())
        return {};
    return QString::fromLatin1(mac(QByteArrayLiteral("blind-index:id_number"), normalized.toUtf8()).toHex());
}

QByteArray KeyRing::mac(const QByteArray &purpose, const QByteArray &message) const
{
    // The purpose label separates uses of index.key: a receipt code can never equal a blind index.
    QByteArray input = purpose;
    input.append('\0');
    input.append(message);
    unsigned char digest[EVP_MAX_MD_SIZE];
    if (m_indexMac) {
        std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx(EVP_MAC_CTX_dup(m_indexMac.get()),
                                                                      EVP_MAC_CTX_free);
        size_t length = 0;
        if (!ctx || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char *>(input.constData()),
                                   size_t(input.size()))
                        != 1
            || EVP_MAC_final(ctx.get(), digest, &length, sizeof digest) != 1)
            return {};
        return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
    }
    unsigned int digestLen = 0;
    if (!HMAC(EVP_sha256(), m_indexKey.constData(), int(m_indexKey.size()),
              reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()), digest, &digestLen))
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(digestLen));
}

} // namespace bianmin
