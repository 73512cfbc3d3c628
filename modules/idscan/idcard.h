// What the SAM reader's read answer holds and what it means: the 256-byte UCS-2 text block of a
// second-generation resident ID card (and the residence permit for Hong Kong, Macau and Taiwan residents,
// which shares its layout), the 1024-byte photo kept as opaque bytes, and the checks a clerk relies on
// (GB 11643 check digit, birth date and sex agreeing with the number, expiry). Pure QtCore: fuzzable.
#pragma once

#include "core/residentid.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace bianmin::idscan {

inline constexpr int kTextBlockSize = 256;
inline constexpr int kPhotoSize = 1024;

/** The card kinds a resident ID reader can meet; told apart by the type flag at text byte 248. */
enum class CardType {
    ResidentId, ///< 居民身份证: flag is a space
    HkMacauTaiwanResidence, ///< 港澳台居民居住证: flag 'J', same layout as the resident card
    ForeignPermanentResident, ///< 外国人永久居留身份证 (2017 'I', 2023 'Y'): different layout, not supported
    Unknown,
};

/** Stable names for scripts: "resident_id", "hk_macau_taiwan_residence_permit", ... */
QString cardTypeName(CardType type);

struct IdCardData
{
    CardType cardType = CardType::ResidentId;
    QString name;
    Sex sex = Sex::Unknown;
    QString nationCode; ///< "01".."56", "97", "98"; empty on residence permits
    QString nationZh; ///< "汉"
    QString nationEn; ///< "Han"
    QDate birthDate;
    QString address;
    QString idNumber; ///< 18 characters as printed on the card
    QString issuer;
    QDate validFrom;
    QDate validUntil; ///< invalid when longTerm
    bool longTerm = false; ///< "长期"
    QString passNumber; ///< residence permits only: the HK/Macau/Taiwan travel permit number
    int issueCount = 0; ///< residence permits only
    QByteArray photo; ///< 1024 bytes, compressed (WLT); store as an encrypted blob, never decode here
};

/** Decodes a 256-byte text block. Refuses (code "idscan.card_type") cards whose layout differs. */
Result<IdCardData> decodeTextBlock(QByteArrayView text);

/** Decodes a read-card answer's data: text length, photo length, text, photo. */
Result<IdCardData> decodeReadData(QByteArrayView data);

/** Builds a text block (the inverse of decodeTextBlock, for the emulator and tests). */
QByteArray encodeTextBlock(const IdCardData &card, QChar typeFlag = QLatin1Char(' '));

struct IdCardChecks
{
    bool checkDigitOk = false; ///< GB 11643 MOD 11-2
    bool birthDateMatches = false; ///< the card's birth date equals the one in the number
    bool sexMatches = false; ///< odd 17th digit male, even female
    bool expired = false; ///< valid_until before today (never for long-term cards)
    bool notYetValid = false; ///< valid_from after today
    bool consistent() const { return checkDigitOk && birthDateMatches && sexMatches; }
};

IdCardChecks checkCard(const IdCardData &card, const QDate &today);

struct Nation
{
    QString zh;
    QString en;
};
/** Nation names for code "01".."56", "97" (other), "98" (foreign origin, naturalised); empty if unknown. */
Nation nationName(const QString &code);

} // namespace bianmin::idscan
