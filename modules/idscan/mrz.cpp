#include "mrz.h"

#include <QStringList>

namespace bianmin::idscan {

namespace {

    int charValue(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9')
            return u - '0';
        if (u >= 'A' && u <= 'Z')
            return u - 'A' + 10;
        if (u == '<')
            return 0;
        return -1;
    }

    QString stripFiller(QStringView s)
    {
        QString out = s.toString();
        while (out.endsWith(QLatin1Char('<')))
            out.chop(1);
        while (out.startsWith(QLatin1Char('<')))
            out.remove(0, 1);
        return out;
    }

    QDate parseYymmdd(QStringView s, const QDate &today, bool birth)
    {
        if (s.size() != 6)
            return {};
        for (QChar c : s) {
            if (c.unicode() < '0' || c.unicode() > '9')
                return {};
        }
        const int yy = s.mid(0, 2).toInt();
        const int month = s.mid(2, 2).toInt();
        const int day = s.mid(4, 2).toInt();
        const int century = today.year() / 100 * 100;
        int year = century + yy;
        if (birth && year > today.year())
            year -= 100;
        if (!birth && year < today.year() - 50)
            year += 100;
        return QDate(year, month, day);
    }

    MrzCheckDigit check(const QString &field, QStringView data, QChar found, bool fillerAllowed = false)
    {
        MrzCheckDigit c;
        c.field = field;
        c.found = found;
        const int digit = mrzCheckDigit(data);
        c.expected = digit < 0 ? QLatin1Char('?') : QChar(char16_t('0' + digit));
        c.ok = digit >= 0 && found == c.expected;
        // An empty optional field may carry a filler instead of its check digit 0 (Doc 9303 part 4).
        if (fillerAllowed && found == QLatin1Char('<') && digit == 0
            && data.count(QLatin1Char('<')) == data.size())
            c.ok = true;
        return c;
    }

    void parseName(QStringView field, MrzDocument &doc)
    {
        const QString f = field.toString();
        const qsizetype split = f.indexOf(QStringLiteral("<<"));
        const auto words = [](const QString &s) {
            QStringList parts = s.split(QLatin1Char('<'), Qt::SkipEmptyParts);
            return parts.join(QLatin1Char(' '));
        };
        if (split < 0) {
            doc.surname = words(f);
            return;
        }
        doc.surname = words(f.left(split));
        doc.givenNames = words(f.mid(split + 2));
    }

    QString sexOf(QChar c)
    {
        if (c == QLatin1Char('M') || c == QLatin1Char('F'))
            return QString(c);
        return QStringLiteral("X");
    }

} // namespace

bool MrzDocument::allChecksOk() const
{
    return firstFailure() == nullptr;
}

const MrzCheckDigit *MrzDocument::firstFailure() const
{
    for (const MrzCheckDigit &c : checks) {
        if (!c.ok)
            return &c;
    }
    return nullptr;
}

int mrzCheckDigit(QStringView data)
{
    static const int weights[3] = { 7, 3, 1 };
    int sum = 0;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const int v = charValue(data[i]);
        if (v < 0)
            return -1;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

Result<MrzDocument> parseMrz(const QString &text, const QDate &today)
{
    QStringList lines;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.isEmpty())
            lines << line;
    }
    const auto formatError = [](const QString &m) { return Error(QStringLiteral("mrz.format"), m); };
    MrzDocument doc;
    if (lines.size() == 3 && lines[0].size() == 30 && lines[1].size() == 30 && lines[2].size() == 30)
        doc.format = MrzDocument::Format::TD1;
    else if (lines.size() == 2 && lines[0].size() == 44 && lines[1].size() == 44)
        doc.format = MrzDocument::Format::TD3;
    else
        return formatError(
            QStringLiteral("not an ICAO 9303 MRZ: expected 3 lines of 30 (TD1) or 2 lines of 44 "
                           "(TD3) characters, got %1 line(s)")
                .arg(lines.size()));
    for (int l = 0; l < lines.size(); ++l) {
        for (qsizetype i = 0; i < lines[l].size(); ++i) {
            if (charValue(lines[l][i]) < 0)
                return formatError(QStringLiteral("line %1, position %2: character not allowed in an MRZ "
                                                  "(only A-Z, 0-9 and <)")
                                       .arg(l + 1)
                                       .arg(i + 1));
        }
    }

    if (doc.format == MrzDocument::Format::TD3) {
        const QStringView l1(lines[0]);
        const QStringView l2(lines[1]);
        doc.documentCode = stripFiller(l1.mid(0, 2));
        doc.issuingState = stripFiller(l1.mid(2, 3));
        parseName(l1.mid(5, 39), doc);
        doc.documentNumber = stripFiller(l2.mid(0, 9));
        doc.nationality = stripFiller(l2.mid(10, 3));
        doc.birthDate = parseYymmdd(l2.mid(13, 6), today, true);
        doc.sex = sexOf(l2[20]);
        doc.expiryDate = parseYymmdd(l2.mid(21, 6), today, false);
        doc.optionalData1 = stripFiller(l2.mid(28, 14));
        doc.checks << check(QStringLiteral("document_number"), l2.mid(0, 9), l2[9])
                   << check(QStringLiteral("birth_date"), l2.mid(13, 6), l2[19])
                   << check(QStringLiteral("expiry_date"), l2.mid(21, 6), l2[27])
                   << check(QStringLiteral("personal_number"), l2.mid(28, 14), l2[42], true);
        const QString composite
            = l2.mid(0, 10).toString() + l2.mid(13, 7).toString() + l2.mid(21, 22).toString();
        doc.checks << check(QStringLiteral("composite"), composite, l2[43]);
        return doc;
    }

    const QStringView l1(lines[0]);
    const QStringView l2(lines[1]);
    const QStringView l3(lines[2]);
    doc.documentCode = stripFiller(l1.mid(0, 2));
    doc.issuingState = stripFiller(l1.mid(2, 3));
    doc.optionalData1 = stripFiller(l1.mid(15, 15));
    if (l1[14] == QLatin1Char('<') && l1[15] != QLatin1Char('<')) {
        // A document number longer than nine characters continues in the optional data; its check digit
        // is the last character before the first filler there (Doc 9303 part 5, note j).
        const QStringView optional = l1.mid(15, 15);
        qsizetype end = optional.indexOf(QLatin1Char('<'));
        if (end < 0)
            end = optional.size();
        const QString number = l1.mid(5, 9).toString() + optional.left(end - 1).toString();
        doc.documentNumber = number;
        doc.optionalData1 = stripFiller(optional.mid(end));
        doc.checks << check(QStringLiteral("document_number"), number, optional[end - 1]);
    } else {
        doc.documentNumber = stripFiller(l1.mid(5, 9));
        doc.checks << check(QStringLiteral("document_number"), l1.mid(5, 9), l1[14]);
    }
    doc.birthDate = parseYymmdd(l2.mid(0, 6), today, true);
    doc.sex = sexOf(l2[7]);
    doc.expiryDate = parseYymmdd(l2.mid(8, 6), today, false);
    doc.nationality = stripFiller(l2.mid(15, 3));
    doc.optionalData2 = stripFiller(l2.mid(18, 11));
    parseName(l3, doc);
    doc.checks << check(QStringLiteral("birth_date"), l2.mid(0, 6), l2[6])
               << check(QStringLiteral("expiry_date"), l2.mid(8, 6), l2[14]);
    const QString composite = l1.mid(5, 25).toString() + l2.mid(0, 7).toString() + l2.mid(8, 7).toString()
        + l2.mid(18, 11).toString();
    doc.checks << check(QStringLiteral("composite"), composite, l2[29]);
    return doc;
}

} // namespace bianmin::idscan
