#include "residentid.h"

namespace bianmin {

QString normalizeResidentId(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
            c = QChar(char16_t(u - 0xFEE0));
        if (c.isSpace() || u == 0x3000)
            continue;
        out.append(c);
    }
    if (out.endsWith(QLatin1Char('x')))
        out.back() = QLatin1Char('X');
    return out;
}

QChar residentIdCheckCharacter(const QString &first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        sum += (c.unicode() - '0') * weights[i];
    }
    return QLatin1Char(checks[sum % 11]);
}

ResidentIdInfo parseResidentId(const QString &normalized)
{
    ResidentIdInfo info;
    if (normalized.size() != 18)
        return info;
    const QChar check = residentIdCheckCharacter(normalized.left(17));
    if (check.isNull())
        return info;
    const QChar last = normalized.at(17);
    if (!(last.isDigit() || last == QLatin1Char('X')))
        return info;
    // Characters 7-14 are digits (the check character was computable): read them directly rather than
    // through QDate::fromString's format parser, which cost more than the rest of the check together.
    const auto digits = [&](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (normalized.at(i).unicode() - '0');
        return v;
    };
    info.birthDate = QDate(digits(6, 4), digits(10, 2), digits(12, 2)); // invalid for 0230, month 13, ...
    if (!info.birthDate.isValid() || info.birthDate.year() < 1880)
        return info;
    info.wellFormed = true;
    info.checkDigitOk = (check == last);
    info.regionCode = normalized.left(6);
    info.sex = ((normalized.at(16).unicode() - '0') % 2 == 1) ? Sex::Male : Sex::Female;
    return info;
}

QString maskIdNumber(const QString &idNumber)
{
    if (idNumber.size() >= 12)
        return idNumber.left(6) + QString(idNumber.size() - 10, QLatin1Char('*')) + idNumber.right(4);
    if (idNumber.size() <= 2)
        return QString(idNumber.size(), QLatin1Char('*'));
    return QString(idNumber.size() - 2, QLatin1Char('*')) + idNumber.right(2);
}

QString maskName(const QString &name)
{
    if (name.size() <= 1)
        return name;
    return name.left(1) + QString(name.size() - 1, QLatin1Char('*'));
}

} // namespace bianmin
