#include "ids.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace bianmin {

QString newId()
{
    // UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits. Ids made one after
    // the other sort one after the other, so every index keyed by a case id (the case table's, the outbox, the
    // sealed envelopes, the audit index; the county's too) grows at its end: a submit or a synced batch
    // touches a few pages at the right edge instead of one random page per index and case.
    std::array<quint8, 16> b{};
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(b.data()), b.size() / sizeof(quint32));
    const quint64 ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        b[static_cast<size_t>(i)] = static_cast<quint8>(ms >> (40 - 8 * i));
    b[6] = static_cast<quint8>(0x70 | (b[6] & 0x0F)); // version 7
    b[8] = static_cast<quint8>(0x80 | (b[8] & 0x3F)); // RFC variant
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(hex[b[i] >> 4]);
        out += QLatin1Char(hex[b[i] & 0x0F]);
    }
    return out;
}

QString caseNumberOf(const QString &caseId)
{
    const bool timeOrdered = caseId.size() == 36 && caseId.at(14) == QLatin1Char('7');
    const QString hex = (timeOrdered ? caseId.right(8) : caseId.left(8)).toUpper();
    return hex.left(4) + QLatin1Char('-') + hex.mid(4);
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(id).hasMatch();
}

} // namespace bianmin
