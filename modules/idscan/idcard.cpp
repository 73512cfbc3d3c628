#include "idcard.h"

#include <array>

namespace bianmin::idscan {

namespace {

    // Byte offsets and sizes in the 256-byte text block (UCS-2 LE, so sizes are twice the characters).
    struct Field
    {
        int offset;
        int size;
    };
    constexpr Field kName { 0, 30 };
    constexpr Field kSex { 30, 2 };
    constexpr Field kNation { 32, 4 };
    constexpr Field kBirth { 36, 16 };
    constexpr Field kAddress { 52, 70 };
    constexpr Field kIdNumber { 122, 36 };
    constexpr Field kIssuer { 158, 30 };
    constexpr Field kValidFrom { 188, 16 };
    constexpr Field kValidUntil { 204, 16 };
    // Residence permits use the reserved area: pass number, issue count, then the type flag at 248.
    constexpr Field kPassNumber { 220, 18 };
    constexpr Field kIssueCount { 238, 4 };
    constexpr Field kTypeFlag { 248, 2 };

    QString readField(QByteArrayView text, Field f)
    {
        QString s;
        s.reserve(f.size / 2);
        for (int i = f.offset; i + 1 < f.offset + f.size; i += 2) {
            const char16_t u = char16_t(quint8(text[i]) | (quint8(text[i + 1]) << 8));
            s.append(QChar(u));
        }
        // Space padded; some readers pad with NULs instead.
        while (
            !s.isEmpty() && (s.back() == QLatin1Char(' ') || s.back().isNull() || s.back() == QChar(0x3000)))
            s.chop(1);
        return s;
    }

    void writeField(QByteArray &text, Field f, const QString &value)
    {
        for (int i = 0; i < f.size / 2; ++i) {
            const char16_t u = i < value.size() ? value.at(i).unicode() : u' ';
            text[f.offset + 2 * i] = char(u & 0xFF);
            text[f.offset + 2 * i + 1] = char(u >> 8);
        }
    }

    Error textError(const QString &message)
    {
        return Error(QStringLiteral("idscan.text"), message);
    }

    QDate parseDate(const QString &s)
    {
        if (s.size() != 8)
            return {};
        for (QChar c : s) {
            if (!c.isDigit() || c.unicode() > '9')
                return {};
        }
        return QDate::fromString(s, QStringLiteral("yyyyMMdd"));
    }

    const std::array<std::pair<const char16_t *, const char *>, 56> kNations = { {
        { u"汉", "Han" },
        { u"蒙古", "Mongol" },
        { u"回", "Hui" },
        { u"藏", "Tibetan" },
        { u"维吾尔", "Uyghur" },
        { u"苗", "Miao" },
        { u"彝", "Yi" },
        { u"壮", "Zhuang" },
        { u"布依", "Buyei" },
        { u"朝鲜", "Korean" },
        { u"满", "Manchu" },
        { u"侗", "Dong" },
        { u"瑶", "Yao" },
        { u"白", "Bai" },
        { u"土家", "Tujia" },
        { u"哈尼", "Hani" },
        { u"哈萨克", "Kazakh" },
        { u"傣", "Dai" },
        { u"黎", "Li" },
        { u"傈僳", "Lisu" },
        { u"佤", "Va" },
        { u"畲", "She" },
        { u"高山", "Gaoshan" },
        { u"拉祜", "Lahu" },
        { u"水", "Sui" },
        { u"东乡", "Dongxiang" },
        { u"纳西", "Naxi" },
        { u"景颇", "Jingpo" },
        { u"柯尔克孜", "Kyrgyz" },
        { u"土", "Tu" },
        { u"达斡尔", "Daur" },
        { u"仫佬", "Mulao" },
        { u"羌", "Qiang" },
        { u"布朗", "Blang" },
        { u"撒拉", "Salar" },
        { u"毛南", "Maonan" },
        { u"仡佬", "Gelao" },
        { u"锡伯", "Xibe" },
        { u"阿昌", "Achang" },
        { u"普米", "Pumi" },
        { u"塔吉克", "Tajik" },
        { u"怒", "Nu" },
        { u"乌孜别克", "Uzbek" },
        { u"俄罗斯", "Russian" },
        { u"鄂温克", "Evenki" },
        { u"德昂", "De'ang" },
        { u"保安", "Bonan" },
        { u"裕固", "Yugur" },
        { u"京", "Gin" },
        { u"塔塔尔", "Tatar" },
        { u"独龙", "Derung" },
        { u"鄂伦春", "Oroqen" },
        { u"赫哲", "Hezhen" },
        { u"门巴", "Monpa" },
        { u"珞巴", "Lhoba" },
        { u"基诺", "Jino" },
    } };

} // namespace

QString cardTypeName(CardType type)
{
    switch (type) {
    case CardType::ResidentId:
        return QStringLiteral("resident_id");
    case CardType::HkMacauTaiwanResidence:
        return QStringLiteral("hk_macau_taiwan_residence_permit");
    case CardType::ForeignPermanentResident:
        return QStringLiteral("foreign_permanent_residence_card");
    case CardType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Nation nationName(const QString &code)
{
    bool ok = false;
    const int n = code.size() == 2 ? code.toInt(&ok) : 0;
    if (!ok)
        return {};
    if (n >= 1 && n <= 56)
        return { QString::fromUtf16(kNations[size_t(n - 1)].first),
            QString::fromLatin1(kNations[size_t(n - 1)].second) };
    if (n == 97)
        return { QStringLiteral("其他"), QStringLiteral("Other") };
    if (n == 98)
        return { QStringLiteral("外国血统中国籍人士"),
            QStringLiteral("Naturalised citizen of foreign origin") };
    return {};
}

Result<IdCardData> decodeTextBlock(QByteArrayView text)
{
    if (text.size() != kTextBlockSize)
        return Error(QStringLiteral("idscan.length"),
            QStringLiteral("text block is %1 bytes, expected %2").arg(text.size()).arg(kTextBlockSize));

    IdCardData card;
    const QString flag = readField(text, kTypeFlag);
    if (flag.isEmpty()) {
        card.cardType = CardType::ResidentId;
    } else if (flag == QLatin1String("J")) {
        card.cardType = CardType::HkMacauTaiwanResidence;
    } else if (flag == QLatin1String("I") || flag == QLatin1String("Y")) {
        // Their layout differs (English name first, nationality, 15- or 18-character number); reading them
        // with the resident layout would put garbage into the form, so refuse instead.
        return Error(QStringLiteral("idscan.card_type"),
            QStringLiteral("card type not supported: foreign permanent residence card (flag %1); "
                           "enter the details by hand")
                .arg(flag));
    } else {
        QString shown;
        for (QChar c : flag)
            shown += QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return Error(QStringLiteral("idscan.card_type"),
            QStringLiteral("card type not supported: unknown type flag %1; enter the details by hand")
                .arg(shown));
    }

    card.name = readField(text, kName);
    if (card.name.isEmpty())
        return textError(QStringLiteral("the card's name field is empty"));

    const QString sex = readField(text, kSex);
    if (sex == QLatin1String("1"))
        card.sex = Sex::Male;
    else if (sex == QLatin1String("2"))
        card.sex = Sex::Female;
    else
        return textError(QStringLiteral("the card's sex code is not 1 or 2"));

    if (card.cardType == CardType::ResidentId) {
        card.nationCode = readField(text, kNation);
        const Nation nation = nationName(card.nationCode);
        if (nation.zh.isEmpty())
            return textError(QStringLiteral("the card's nation code is not a known code"));
        card.nationZh = nation.zh;
        card.nationEn = nation.en;
    }

    card.birthDate = parseDate(readField(text, kBirth));
    if (!card.birthDate.isValid())
        return textError(QStringLiteral("the card's birth date is not a valid date"));

    card.address = readField(text, kAddress);
    card.idNumber = readField(text, kIdNumber);
    if (card.idNumber.size() != 18)
        return textError(QStringLiteral("the card's ID number is not 18 characters long"));
    card.issuer = readField(text, kIssuer);

    card.validFrom = parseDate(readField(text, kValidFrom));
    if (!card.validFrom.isValid())
        return textError(QStringLiteral("the card's valid-from date is not a valid date"));
    const QString until = readField(text, kValidUntil);
    if (until == QStringLiteral("长期")) {
        card.longTerm = true;
    } else {
        card.validUntil = parseDate(until);
        if (!card.validUntil.isValid())
            return textError(QStringLiteral("the card's valid-until date is neither a date nor 长期"));
    }

    if (card.cardType == CardType::HkMacauTaiwanResidence) {
        card.passNumber = readField(text, kPassNumber);
        card.issueCount = readField(text, kIssueCount).toInt();
    }
    return card;
}

Result<IdCardData> decodeReadData(QByteArrayView data)
{
    if (data.size() < 4)
        return Error(QStringLiteral("idscan.length"),
            QStringLiteral("read answer too short (%1 bytes)").arg(data.size()));
    const int textLength = (quint8(data[0]) << 8) | quint8(data[1]);
    const int photoLength = (quint8(data[2]) << 8) | quint8(data[3]);
    if (textLength != kTextBlockSize || photoLength != kPhotoSize)
        return Error(QStringLiteral("idscan.length"),
            QStringLiteral("read answer announces text %1 and photo %2 bytes, expected 256 and 1024")
                .arg(textLength)
                .arg(photoLength));
    if (data.size() != 4 + textLength + photoLength)
        return Error(QStringLiteral("idscan.length"),
            QStringLiteral("read answer has %1 bytes of data, expected %2")
                .arg(data.size())
                .arg(4 + textLength + photoLength));
    Result<IdCardData> card = decodeTextBlock(data.sliced(4, textLength));
    if (card)
        card->photo = data.sliced(4 + textLength, photoLength).toByteArray();
    return card;
}

QByteArray encodeTextBlock(const IdCardData &card, QChar typeFlag)
{
    QByteArray text(kTextBlockSize, '\0');
    writeField(text, Field { 0, kTextBlockSize }, QString());
    writeField(text, kName, card.name);
    writeField(text, kSex,
        card.sex == Sex::Male         ? QStringLiteral("1")
            : card.sex == Sex::Female ? QStringLiteral("2")
                                      : QStringLiteral("0"));
    writeField(text, kNation, card.nationCode);
    writeField(text, kBirth, card.birthDate.toString(QStringLiteral("yyyyMMdd")));
    writeField(text, kAddress, card.address);
    writeField(text, kIdNumber, card.idNumber);
    writeField(text, kIssuer, card.issuer);
    writeField(text, kValidFrom, card.validFrom.toString(QStringLiteral("yyyyMMdd")));
    writeField(text, kValidUntil,
        card.longTerm ? QStringLiteral("长期") : card.validUntil.toString(QStringLiteral("yyyyMMdd")));
    if (typeFlag == QLatin1Char('J')) {
        writeField(text, kPassNumber, card.passNumber);
        writeField(text, kIssueCount, QStringLiteral("%1").arg(card.issueCount, 2, 10, QLatin1Char('0')));
    }
    writeField(text, kTypeFlag, QString(typeFlag));
    return text;
}

IdCardChecks checkCard(const IdCardData &card, const QDate &today)
{
    IdCardChecks checks;
    const ResidentIdInfo info = parseResidentId(card.idNumber);
    checks.checkDigitOk = info.wellFormed && info.checkDigitOk;
    checks.birthDateMatches = info.wellFormed && info.birthDate == card.birthDate;
    checks.sexMatches = info.wellFormed && info.sex == card.sex;
    checks.expired = !card.longTerm && (!card.validUntil.isValid() || card.validUntil < today);
    checks.notYetValid = card.validFrom.isValid() && card.validFrom > today;
    return checks;
}

} // namespace bianmin::idscan
