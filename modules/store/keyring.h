// The kiosk's secrets in DIR/keys/ (0700; files 0600): data.key encrypts personal data with
// AES-256-GCM, index.key makes the HMAC-SHA-256 blind index for look-ups by ID number and the receipt
// verification codes, pepper.key is mixed into staff PIN hashes. Created once by `bianmin init`.
#pragma once

#include "core/datadir.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct evp_mac_ctx_st;    // OpenSSL's EVP_MAC_CTX
struct evp_cipher_ctx_st; // OpenSSL's EVP_CIPHER_CTX

namespace bianmin {

class KeyRing
{
public:
    /** Creates any missing key file (32 random bytes from OpenSSL's RAND_bytes); never overwrites one. */
    static Status create(const DataDir &dir);
    /** Loads the keys; errors: keys.missing, keys.bad_size, keys.permissions (group/other may read). */
    static Result<KeyRing> load(const DataDir &dir);

    /** AES-256-GCM: returns version byte + 12-byte random nonce + ciphertext + 16-byte tag.
     *  `aad` binds the ciphertext to its place (e.g. the case id), so it cannot be moved to another row. */
    Result<QByteArray> encrypt(const QByteArray &plain, const QByteArray &aad = {}) const;
    /** Fails with keys.wrong_key when the tag does not verify (wrong key file, tampered data). */
    Result<QByteArray> decrypt(const QByteArray &sealed, const QByteArray &aad = {}) const;

    /** decrypt() for many values in a row (a sync batch's envelopes): one cipher context keyed once, so the
     *  AES key schedule is not set up again for every value. Same results and errors; one thread at a time. */
    class Decryptor
    {
    public:
        explicit Decryptor(const KeyRing &keys);
        ~Decryptor();
        Decryptor(const Decryptor &) = delete;
        Decryptor &operator=(const Decryptor &) = delete;
        Result<QByteArray> decrypt(const QByteArray &sealed, const QByteArray &aad = {});

    private:
        const KeyRing &m_keys;
        evp_cipher_ctx_st *m_keyed = nullptr; ///< null when keying failed: decrypt() then uses KeyRing::decrypt
    };

    /** HMAC-SHA-256 of the normalised ID number under index.key, hex; the only form of the number
     *  that may appear unencrypted in kiosk.db. */
    QString blindIndex(const QString &idNumber) const;

    /** HMAC-SHA-256 under index.key with a purpose label, raw bytes (receipt codes and the like). */
    QByteArray mac(const QByteArray &purpose, const QByteArray &message) const;

    QByteArray pepper() const { return m_pepper; }

    /** The key files, in the order create() writes them. */
    static QStringList keyFileNames();
    static constexpr int keySize = 32;
    static constexpr char formatVersion = 1; ///< first byte of every sealed value

private:
    /** decrypt() on `ctx`: keyed here when `keyed` is false, else only given this value's nonce. */
    Result<QByteArray> decryptWith(evp_cipher_ctx_st *ctx, bool keyed, const QByteArray &sealed,
                                   const QByteArray &aad) const;

    QString m_keysDir; ///< for messages
    QByteArray m_dataKey;
    QByteArray m_indexKey;
    QByteArray m_pepper;
    /** HMAC-SHA-256 already keyed with index.key; mac() works on a copy of it, so neither the HMAC
     *  implementation nor the key schedule is looked up again per MAC. Shared, never changed. */
    std::shared_ptr<evp_mac_ctx_st> m_indexMac;
};

} // namespace bianmin
