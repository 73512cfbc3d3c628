// Cards for the idscan tests, built field by field in card order (independently of the module's own
// offset table, so a layout mistake there shows up as a wrong field here).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace testcards {

/** Appends `value` as UCS-2 LE, space padded to `chars` characters. */
inline void put(QByteArray &text, const QString &value, int chars)
{
    for (int i = 0; i < chars; ++i) {
        const char16_t u = i < value.size() ? value.at(i).unicode() : u' ';
        text.append(char(u & 0xFF)).append(char(u >> 8));
    }
}

struct Person
{
    QString name, sex, nation, birth, address, id, issuer, from, until;
};

/** A resident ID card's 256-byte text block. `flag` goes into the type flag at byte 248. */
inline QByteArray residentText(const Person &p, QChar flag = QLatin1Char(' '))
{
    QByteArray t;
    put(t, p.name, 15);
    put(t, p.sex, 1);
    put(t, p.nation, 2);
    put(t, p.birth, 8);
    put(t, p.address, 35);
    put(t, p.id, 18);
    put(t, p.issuer, 15);
    put(t, p.from, 8);
    put(t, p.until, 8);
    put(t, QString(), 14); // reserved (pass number + issue count + reserved on residence permits)
    put(t, QString(flag), 1);
    put(t, QString(), 3);
    return t;
}

/** A 2018 residence permit for a Hong Kong resident: nation blank, pass number and issue count filled. */
inline QByteArray residencePermitText()
{
    QByteArray t;
    put(t, QStringLiteral("陈大文"), 15);
    put(t, QStringLiteral("1"), 1);
    put(t, QString(), 2);
    put(t, QStringLiteral("19850315"), 8);
    put(t, QStringLiteral("广东省深圳市福田区福华路1号"), 35);
    put(t, QStringLiteral("810000198503150017"), 18);
    put(t, QStringLiteral("深圳市公安局福田分局"), 15);
    put(t, QStringLiteral("20190101"), 8);
    put(t, QStringLiteral("20240101"), 8);
    put(t, QStringLiteral("H12345678"), 9);
    put(t, QStringLiteral("01"), 2);
    put(t, QString(), 3);
    put(t, QStringLiteral("J"), 1);
    put(t, QString(), 3);
    return t;
}

/** A 2017 foreign permanent residence card: English name first, 'I' flag. */
inline QByteArray foreignPermanentText(QChar flag = QLatin1Char('I'))
{
    QByteArray t;
    put(t, QStringLiteral("SMITH JOHN"), 60);
    put(t, QStringLiteral("1"), 1);
    put(t, QStringLiteral("USA110079070101"), 15);
    put(t, QStringLiteral("USA"), 3);
    put(t, QStringLiteral("史密斯"), 15);
    put(t, QStringLiteral("20170616"), 8);
    put(t, QStringLiteral("20270615"), 8);
    put(t, QStringLiteral("19790701"), 8);
    put(t, QStringLiteral("01"), 2);
    put(t, QStringLiteral("1100"), 4);
    put(t, QString(flag), 1);
    put(t, QString(), 3);
    return t;
}

inline Person wang()
{
    return { QStringLiteral("王小明"), QStringLiteral("1"), QStringLiteral("01"), QStringLiteral("19800101"),
        QStringLiteral("重庆市酉阳土家族苗族自治县桃花源街道1号"), QStringLiteral("500242198001010032"),
        QStringLiteral("酉阳县公安局"), QStringLiteral("20150601"), QStringLiteral("20350601") };
}

inline Person li()
{
    return { QStringLiteral("李秀英"), QStringLiteral("2"), QStringLiteral("15"), QStringLiteral("19491231"),
        QStringLiteral("北京市朝阳区建国路88号"), QStringLiteral("11010519491231002X"),
        QStringLiteral("北京市公安局朝阳分局"), QStringLiteral("20100315"), QStringLiteral("长期") };
}

/** A photo that is recognisably ours (the module must keep it byte for byte). */
inline QByteArray photo()
{
    QByteArray p(1024, '\0');
    for (int i = 0; i < p.size(); ++i)
        p[i] = char((i * 7 + 3) & 0xFF);
    return p;
}

} // namespace testcards
