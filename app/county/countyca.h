// A small county certificate authority for provisioning kiosks and for tests and demos: an EC P-256 CA,
// kiosk client certificates (subject CN = kiosk id, clientAuth) and server certificates (SAN host,
// localhost, 127.0.0.1; serverAuth). Plain PEM files, keys 0600, so a county can swap in its own CA.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace bianmin::county {

struct IssuedFiles
{
    QString certificate; ///< PEM path
    QString key;         ///< PEM path (0600)
};

class CountyCa
{
public:
    /** Creates DIR/ca.pem and DIR/ca.key; refuses (ca.exists) to overwrite an existing CA key. */
    static Result<IssuedFiles> init(const QString &dir, const QString &name, int validDays = 3650);
    /** DIR/kiosk-ID.pem and .key, CN = kioskId, extendedKeyUsage clientAuth. */
    static Result<IssuedFiles> issueKiosk(const QString &dir, const QString &kioskId, int validDays = 825);
    /** DIR/server.pem and .key (or DIR/NAME.pem with `baseName`), SAN DNS:host, DNS:localhost,
     *  IP:127.0.0.1, IP:::1; extendedKeyUsage serverAuth. */
    static Result<IssuedFiles> issueServer(const QString &dir, const QString &host, const QString &baseName = {},
                                           int validDays = 825);

    /** base64 SHA-256 of the SubjectPublicKeyInfo of the first certificate in a PEM file (county.pin). */
    static Result<QString> spkiPin(const QString &certificatePem);
};

/** Writes `bytes` to `path` with mode 0600 from the first byte on, fsync'd. */
Status writePrivateFile(const QString &path, const QByteArray &bytes);

} // namespace bianmin::county
