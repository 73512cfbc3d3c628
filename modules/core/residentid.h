// The 18-character mainland resident ID number (GB 11643-1999): normalising what people type,
// the ISO 7064 MOD 11-2 check digit, the birth date and sex it encodes, and the masked form
// every screen and receipt shows. Shared by forms, idscan, store and printing.
#pragma once

#include <QDate>
#include <QString>

namespace bianmin {

enum class Sex { Unknown, Male, Female };

struct ResidentIdInfo
{
    bool wellFormed = false;   ///< 17 digits + digit or X, a real birth date
    bool checkDigitOk = false; ///< the 18th character matches the MOD 11-2 check digit
    QDate birthDate;
    Sex sex = Sex::Unknown;    ///< from the 17th digit: odd male, even female
    QString regionCode;        ///< first six digits
};

/** Full-width digits and letters to ASCII, spaces trimmed, a trailing x upper-cased. */
QString normalizeResidentId(const QString &typed);

/** The check character ('0'-'9' or 'X') for the first 17 digits; a null QChar if they are not 17 digits. */
QChar residentIdCheckCharacter(const QString &first17);

/** Parses an already normalised number. */
ResidentIdInfo parseResidentId(const QString &normalized);

/** "500242********1234": first 6 and last 4 shown; shorter inputs are masked all but the last 2 characters. */
QString maskIdNumber(const QString &idNumber);

/** Masks a name for public screens: "张*", "欧阳**". */
QString maskName(const QString &name);

} // namespace bianmin
