// Machine-readable zones of travel documents (ICAO Doc 9303): TD1 cards (3 lines of 30) and TD3 passports
// (2 lines of 44). Parses the fields and verifies every check digit, including the composite one, so a
// clerk learns which part of a mistyped or damaged MRZ is wrong. Pure QtCore: fuzzable.
#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace bianmin::idscan {

struct MrzCheckDigit
{
    QString field; ///< "document_number", "birth_date", "expiry_date", "personal_number", "composite"
    QChar expected; ///< what the data computes to
    QChar found; ///< what the MRZ says
    bool ok = false;
};

struct MrzDocument
{
    enum class Format { TD1, TD3 };
    Format format = Format::TD3;
    QString documentCode; ///< "P", "I", "AC"... (fillers removed)
    QString issuingState; ///< three letters, e.g. "UTO", "CHN"
    QString documentNumber; ///< fillers removed; TD1 long numbers are joined from the optional data
    QString nationality;
    QString surname;
    QString givenNames; ///< words separated by single spaces
    QString sex; ///< "M", "F" or "X" (unspecified)
    QDate birthDate; ///< invalid if the digits are not a date
    QDate expiryDate;
    QString optionalData1; ///< TD3 personal number, TD1 optional data of line 1
    QString optionalData2; ///< TD1 optional data of line 2
    QList<MrzCheckDigit> checks;

    bool allChecksOk() const;
    /** The first failing check, or nullptr. */
    const MrzCheckDigit *firstFailure() const;
};

/** The 7-3-1 weighted check digit over `data` ('<' counts 0, A-Z 10-35); -1 on any other character. */
int mrzCheckDigit(QStringView data);

/**
 * Parses an MRZ given as text (lines separated by newlines; surrounding blanks ignored). Layout errors
 * (line count, length, characters) are an Error "mrz.format"; failing check digits are reported in
 * `checks`, not as an error, so callers can show the fields and name the bad digit. Two-digit years are
 * placed relative to `today`: birth dates never in the future, expiry dates within 50 years back.
 */
Result<MrzDocument> parseMrz(const QString &text, const QDate &today);

} // namespace bianmin::idscan
