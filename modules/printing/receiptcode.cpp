#include "receiptcode.h"

#include "core/ids.h"

#include <QStringList>

namespace bianmin {

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
const QByteArray kPurpose = QByteArrayLiteral("receipt.v1");
const QString kPrefix = QStringLiteral("BM1:");

bool sameText(const QString &a, const QString &b)
{
    // Constant time over the length, so a counter that verifies codes does not leak how much matched.
    if (a.size() != b.size())
        return false;
    char16_t diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= a.at(i).unicode() ^ b.at(i).unicode();
    return diff == 0;
}
} // namespace

QString ReceiptCode::code(const QString &caseId) const
{
    const QByteArray mac = m_mac(kPurpose, caseId.toLower().toLatin1());
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | quint8(mac.at(i));
    QString out;
    for (int shift = 35; shift >= 0; shift -= 5)
        out += QLatin1Char(kAlphabet[(bits >> shift) & 0x1f]);
    return out;
}

QString ReceiptCode::grouped(const QString &code)
{
    return code.left(4) + QLatin1Char('-') + code.mid(4);
}

QString ReceiptCode::lookupString(const QString &caseId) const
{
    return kPrefix + caseId.toUpper() + QLatin1Char(':') + code(caseId);
}

Result<QString> ReceiptCode::verify(const QString &lookup) const
{
    const QString text = lookup.trimmed().toUpper();
    const QStringList parts = text.split(QLatin1Char(':'));
    const QString caseId = parts.value(1).toLower();
    if (parts.size() != 3 || parts.at(0) + QLatin1Char(':') != kPrefix || !isValidId(caseId))
        return Error(QStringLiteral("receipt.malformed"),
                     QStringLiteral("this is not a Bianmin receipt code (expected BM1:<case id>:<code>)"));
    QString given = parts.at(2);
    given.remove(QLatin1Char('-'));
    // People read the code off paper: accept the letters Crockford base32 maps to digits.
    given.replace(QLatin1Char('O'), QLatin1Char('0')).replace(QLatin1Char('I'), QLatin1Char('1'))
        .replace(QLatin1Char('L'), QLatin1Char('1'));
    if (!sameText(given, code(caseId)))
        return Error(QStringLiteral("receipt.forged"),
                     QStringLiteral("the verification code does not match: this receipt was not issued by this kiosk"));
    return caseId;
}

QString ReceiptCode::caseNumber(const QString &caseId)
{
    return caseNumberOf(caseId);
}

} // namespace bianmin
