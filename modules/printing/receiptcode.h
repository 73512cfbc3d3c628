// The look-up string a receipt's QR code carries: the case id plus a short verification code, a truncated
// HMAC under the kiosk's key (KeyRing::mac), so only the kiosk that issued a receipt can have made it and a
// forged or altered receipt is told apart at the counter. Kept apart from the store: it needs only a MAC.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace bianmin {

/** HMAC-SHA-256 of `message` under the kiosk key, with a purpose label (KeyRing::mac has this shape). */
using MacFunction = std::function<QByteArray(const QByteArray &purpose, const QByteArray &message)>;

class ReceiptCode
{
public:
    explicit ReceiptCode(MacFunction mac) : m_mac(std::move(mac)) {}

    /** 8 characters of Crockford base32 (40 bits of the HMAC), e.g. "K7QM2X9D". */
    QString code(const QString &caseId) const;
    /** "K7QM-2X9D": the code as printed, grouped for reading aloud on the phone. */
    static QString grouped(const QString &code);

    /** The QR payload, ASCII and upper case so it fits QR alphanumeric mode:
     *  "BM1:3F2B91AC-…:K7QM2X9D". */
    QString lookupString(const QString &caseId) const;

    /** Checks a scanned or typed look-up string (any case, code with or without the dash) and returns
     *  the case id in lower case. Errors: receipt.malformed, receipt.forged. */
    Result<QString> verify(const QString &lookup) const;

    /** The short case number people say on the phone, from the id: "3F2B-91AC". */
    static QString caseNumber(const QString &caseId);

private:
    MacFunction m_mac;
};

} // namespace bianmin
