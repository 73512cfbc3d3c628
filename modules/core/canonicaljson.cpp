#include "canonicaljson.h"

#include "sha256.h"

#include <QJsonArray>
#include <QtEndian>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <string_view>

namespace bianmin {

namespace {

void writeString(QByteArray &out, const QString &s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    // Copy runs of bytes that need no escaping in one go: this is the hot path of content_hash.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
        }
    }
    out.append(utf8.constData() + runStart, utf8.size() - runStart);
    out.append('"');
}

void writeObject(QByteArray &out, const QJsonObject &o, QStringView omit);

QByteArray numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(d));
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void writeValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(v.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: out.append(numberText(v.toDouble())); break;
    case QJsonValue::String: writeString(out, v.toString()); break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out.append(',');
            writeValue(out, a.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: writeObject(out, v.toObject(), {}); break;
    }
}

/** Members in key order, without `omit` (content_hash). QJsonObject keeps its keys sorted for its own binary
 *  search, so they are walked as stored; only if that order is ever not ours are they sorted here. */
void writeObject(QByteArray &out, const QJsonObject &o, QStringView omit)
{
    bool storedInOrder = true;
    QString previous;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (it != o.begin() && !(previous < key)) {
            storedInOrder = false;
            break;
        }
        previous = key;
    }
    out.append('{');
    bool first = true;
    auto member = [&](const QString &key, const QJsonValue &value) {
        if (!omit.isEmpty() && key == omit)
            return;
        if (!first)
            out.append(',');
        first = false;
        writeString(out, key);
        out.append(':');
        writeValue(out, value);
    };
    if (storedInOrder) {
        for (auto it = o.begin(); it != o.end(); ++it)
            member(it.key(), it.value());
    } else {
        // Taken as iterated, not looked up by key: QJsonDocument::fromJson stores keys in code point order,
        // and QJsonObject::value() then misses keys beyond U+FFFF next to keys in U+E000..U+FFFF.
        QList<std::pair<QString, QJsonValue>> members;
        members.reserve(o.size());
        for (auto it = o.begin(); it != o.end(); ++it)
            members.emplaceBack(it.key(), it.value());
        std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[key, value] : members)
            member(key, value);
    }
    out.append('}');
}

/** Decodes a JSON string's contents (between the quotes) that CanonicalChecker already found well formed. */
QString decodeString(QByteArrayView raw)
{
    QByteArray utf8;
    utf8.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            utf8.append(c);
            continue;
        }
        switch (raw[++i]) {
        case 'b': utf8.append('\b'); break;
        case 'f': utf8.append('\f'); break;
        case 'n': utf8.append('\n'); break;
        case 'r': utf8.append('\r'); break;
        case 't': utf8.append('\t'); break;
        case 'u': // only \u00XX, a control character, passes the checker
            utf8.append(char(QByteArray::fromRawData(raw.data() + i + 3, 2).toInt(nullptr, 16)));
            i += 4;
            break;
        default: utf8.append(raw[i]); break; // '"' or '\\'
        }
    }
    return QString::fromUtf8(utf8);
}

/** One pass over bytes that accepts exactly what canonicalJson writes (the rules in the header), and notes
 *  where the top-level member to omit is. Any doubt is a "no": the caller then takes the slow, general path. */
class CanonicalChecker
{
public:
    CanonicalChecker(QByteArrayView json, QLatin1StringView omitKey)
        : m_begin(json.data()), m_p(json.data()), m_end(json.data() + json.size()), m_omitKey(omitKey)
    {
    }

    /** The bytes of the omitted member with one of its commas, as offsets; both 0 when it is not there. */
    std::optional<std::pair<qsizetype, qsizetype>> check()
    {
        if (m_p == m_end || *m_p != '{' || !object(0, true) || m_p != m_end)
            return std::nullopt;
        return std::pair{m_omitFrom, m_omitTo};
    }

private:
    struct Key
    {
        const char *from; ///< after the opening quote
        const char *to;   ///< at the closing quote
        bool plainAscii;  ///< no escapes and no byte >= 0x80: its bytes are its UTF-16 code units
    };

    // Deeper than any envelope; a deeper document simply goes the slow way (and QJsonDocument's own limit).
    static constexpr int kMaxDepth = 256;

    bool at(char c) const { return m_p != m_end && *m_p == c; }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{': return object(depth + 1, false);
        case '[': return array(depth + 1);
        case '"': {
            Key ignored;
            return string(ignored);
        }
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }

    bool literal(std::string_view word)
    {
        if (m_end - m_p < qsizetype(word.size()) || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    bool object(int depth, bool top)
    {
        if (depth > kMaxDepth)
            return false;
        ++m_p; // '{'
        if (at('}')) {
            ++m_p;
            return true;
        }
        std::optional<Key> previous;
        for (bool first = true;; first = false) {
            const char *memberStart = m_p;
            Key key;
            if (!at('"') || !string(key))
                return false;
            if (previous && !keyBefore(*previous, key))
                return false; // out of order or repeated
            previous = key;
            if (!at(':'))
                return false;
            ++m_p;
            if (!value(depth))
                return false;
            const bool omitted = top && key.plainAscii && QLatin1StringView(key.from, key.to - key.from) == m_omitKey;
            if (at(',')) {
                if (omitted) { // "member," goes
                    m_omitFrom = memberStart - m_begin;
                    m_omitTo = m_p + 1 - m_begin;
                }
                ++m_p;
                continue;
            }
            if (!at('}'))
                return false;
            if (omitted) { // the last member: ",member" goes, or just "member" when it is the only one
                m_omitFrom = (first ? memberStart : memberStart - 1) - m_begin;
                m_omitTo = m_p - m_begin;
            }
            ++m_p;
            return true;
        }
    }

    bool array(int depth)
    {
        if (depth > kMaxDepth)
            return false;
        ++m_p; // '['
        if (at(']')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!value(depth))
                return false;
            if (at(']')) {
                ++m_p;
                return true;
            }
            if (!at(','))
                return false;
            ++m_p;
        }
    }

    static bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

    /** Bytes a string holds as they are: printable ASCII but '"' and '\\'. */
    static constexpr std::array<bool, 256> kPlain = [] {
        std::array<bool, 256> plain{};
        for (int c = 0x20; c < 0x80; ++c)
            plain[c] = c != '"' && c != '\\';
        return plain;
    }();

    /** A string as writeString writes it: valid UTF-8 as is, only the canonical escapes. Every byte of an
     *  envelope passes through here, hence the local pointer and the table for the common case. */
    bool string(Key &key)
    {
        const char *p = m_p + 1; // past '"'
        key.from = p;
        key.plainAscii = true;
        for (;;) {
            p = pastPlainAscii(p);
            if (p == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"') {
                key.to = p;
                m_p = p + 1;
                return true;
            }
            if (c < 0x20)
                return false; // a control character must be escaped
            key.plainAscii = false;
            if (c == '\\') {
                p = pastEscape(p);
            } else {
                p = pastCommonThreeByteCharacters(p);
                if (p != m_end && static_cast<unsigned char>(*p) >= 0x80)
                    p = pastUtf8Sequence(p);
            }
            if (!p)
                return false;
        }
    }

    /** Past the run of kPlain bytes at p: eight at a time while no byte in the word is below 0x20, at or
     *  above 0x80, '"' or '\\' (the usual "has a byte less than / equal to" bit tricks), then one at a time. */
    const char *pastPlainAscii(const char *p) const
    {
        constexpr quint64 ones = 0x0101010101010101ULL;
        constexpr quint64 highs = 0x8080808080808080ULL;
        while (m_end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            const quint64 quote = w ^ (ones * '"');       // a zero byte where w has '"'
            const quint64 backslash = w ^ (ones * '\\'); // a zero byte where w has '\\'
            // (x - ones * n) & ~x has a high bit set iff some byte of x is below n (exact while no byte of x
            // is >= 0x80; a word with such a byte stops anyway through "| w").
            const quint64 stops = (((w - ones * 0x20) & ~w) | ((quote - ones) & ~quote)
                                   | ((backslash - ones) & ~backslash) | w)
                & highs;
            if (stops)
                break;
            p += 8;
        }
        while (p != m_end && kPlain[static_cast<unsigned char>(*p)])
            ++p;
        return p;
    }

    /** Past the escape at p, or nullptr when it is not one writeString writes. */
    const char *pastEscape(const char *p) const
    {
        if (m_end - p < 2)
            return nullptr;
        switch (p[1]) {
        case '"': case '\\': case 'b': case 'f': case 'n': case 'r': case 't':
            return p + 2;
        case 'u': {
            // Only the other control characters, as \u00xx in lowercase.
            if (m_end - p < 6 || p[2] != '0' || p[3] != '0')
                return nullptr;
            const char hi = p[4];
            const char lo = p[5];
            if (hi != '0' && hi != '1')
                return nullptr;
            int low;
            if (lo >= '0' && lo <= '9')
                low = lo - '0';
            else if (lo >= 'a' && lo <= 'f')
                low = lo - 'a' + 10;
            else
                return nullptr;
            const int code = (hi - '0') * 16 + low;
            if (code == '\b' || code == '\f' || code == '\n' || code == '\r' || code == '\t')
                return nullptr; // these have their short escapes
            return p + 6;
        }
        default: return nullptr; // "\/" and "\u" for anything else are valid JSON, but not canonical
        }
    }

    /** Past the run of three-byte characters at p that need no range check (all of Chinese), a word at a time:
     *  a lead byte 1110xxxx other than E0 (overlong forms) and ED (surrogates), then two 10xxxxxx. */
    const char *pastCommonThreeByteCharacters(const char *p) const
    {
        while (m_end - p >= 4) {
            const quint32 w = qFromLittleEndian<quint32>(p);
            const quint32 lead = w & 0xFF;
            if ((w & 0x00C0C0F0) != 0x008080E0 || lead == 0xE0 || lead == 0xED)
                break;
            p += 3;
        }
        return p;
    }

    /** Past the UTF-8 sequence at p (lead byte >= 0x80), or nullptr when it is not well formed: no overlong
     *  forms, no surrogates, nothing above U+10FFFF (what QString::toUtf8 can produce). */
    const char *pastUtf8Sequence(const char *p) const
    {
        const auto c = static_cast<unsigned char>(*p);
        int length;
        unsigned char min2 = 0x80, max2 = 0xBF; // the range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                min2 = 0xA0;
            else if (c == 0xED)
                max2 = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                min2 = 0x90;
            else if (c == 0xF4)
                max2 = 0x8F;
        } else {
            return nullptr;
        }
        if (m_end - p < length)
            return nullptr;
        const auto second = static_cast<unsigned char>(p[1]);
        if (second < min2 || second > max2)
            return nullptr;
        for (int i = 2; i < length; ++i) {
            if (!isContinuation(static_cast<unsigned char>(p[i])))
                return nullptr;
        }
        return p + length;
    }

    /** A JSON number written exactly as numberText() writes the double it reads as. */
    bool number()
    {
        const char *start = m_p;
        auto digit = [&] { return m_p != m_end && *m_p >= '0' && *m_p <= '9'; };
        if (at('-'))
            ++m_p;
        if (at('0')) {
            ++m_p;
        } else if (digit()) {
            while (digit())
                ++m_p;
        } else {
            return false;
        }
        const qsizetype integerDigits = m_p - start - (*start == '-' ? 1 : 0);
        bool plainInteger = true;
        if (at('.')) {
            ++m_p;
            if (!digit())
                return false;
            while (digit())
                ++m_p;
            plainInteger = false;
        }
        if (at('e') || at('E')) {
            ++m_p;
            if (at('+') || at('-'))
                ++m_p;
            if (!digit())
                return false;
            while (digit())
                ++m_p;
            plainInteger = false;
        }
        const QByteArrayView text(start, m_p - start);
        // Below 10^15 (< 2^53) a plain integer is written as is; "-0" is written "0".
        if (plainInteger && integerDigits <= 15)
            return text != "-0";
        // Anything else: read it as QJsonDocument does (QByteArray::toDouble) and compare with the writer.
        bool ok = false;
        const double d = QByteArray::fromRawData(start, text.size()).toDouble(&ok);
        return ok && std::isfinite(d) && numberText(d) == text;
    }

    /** Whether key a sorts strictly before key b in UTF-16 code unit order. */
    static bool keyBefore(const Key &a, const Key &b)
    {
        if (a.plainAscii && b.plainAscii) // ASCII bytes are their UTF-16 code units
            return QByteArrayView(a.from, a.to - a.from).compare(QByteArrayView(b.from, b.to - b.from)) < 0;
        return decodeString(QByteArrayView(a.from, a.to - a.from)) < decodeString(QByteArrayView(b.from, b.to - b.from));
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    QLatin1StringView m_omitKey;
    qsizetype m_omitFrom = 0;
    qsizetype m_omitTo = 0;
};

} // namespace

void appendCanonicalString(QByteArray &out, const QString &s)
{
    writeString(out, s);
}

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    writeValue(out, value);
    return out;
}

QByteArray canonicalJsonWithout(const QJsonObject &object, QStringView omitKey)
{
    QByteArray out;
    out.reserve(4096);
    writeObject(out, object, omitKey);
    return out;
}

std::optional<QByteArray> canonicalBytesWithout(QByteArrayView json, QLatin1StringView omitKey)
{
    const auto omitted = CanonicalChecker(json, omitKey).check();
    if (!omitted)
        return std::nullopt;
    const auto [from, to] = *omitted;
    QByteArray out;
    out.reserve(json.size() - (to - from));
    out.append(json.first(from));
    out.append(json.sliced(to));
    return out;
}

QString contentHash(const QJsonObject &envelope)
{
    return sha256Hex(canonicalJsonWithout(envelope, u"content_hash"));
}

} // namespace bianmin
