// How the kiosk reaches and trusts its county (PROTOCOL.md "Transport and identity"): the settings from
// `bianmin config` and the TLS configuration built from them: the county CA bundle as the ONLY trust anchor
// (never the system store), the kiosk's client certificate and key, and the optional SPKI pin.
#pragma once

#include "core/config.h"
#include "core/result.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace bianmin {

struct SyncSettings
{
    QString kioskId;  ///< kiosk.id: must equal the CN of the client certificate
    QUrl countyUrl;   ///< county.url, e.g. https://county.example:8443
    QString caPath;   ///< county.ca
    QString pin;      ///< county.pin: base64 SHA-256 of the server's SubjectPublicKeyInfo, optional
    QString certPath; ///< kiosk.cert
    QString keyPath;  ///< kiosk.key

    /** Reads the keys above; sync.not_configured names the first missing one. */
    static Result<SyncSettings> fromConfig(const Config &config);

    /** TLS 1.2+, CA certificates = the county bundle only, client certificate + key, VerifyPeer.
     *  Errors: sync.bad_ca, sync.bad_cert, sync.bad_key, sync.cert_mismatch (CN is not kiosk.id). */
    Result<QSslConfiguration> tlsConfiguration() const;
};

/** base64(SHA-256(SubjectPublicKeyInfo DER)) of a certificate: the form county.pin takes. */
QString spkiPin(const QSslCertificate &certificate);

} // namespace bianmin
