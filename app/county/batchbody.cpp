#include "batchbody.h"

#include "core/canonicaljson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace bianmin::county {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView bytes) : m_p(bytes.data()), m_end(bytes.data() + bytes.size()) {}

    void skipWhitespace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool take(QByteArrayView token)
    {
        if (m_end - m_p < token.size() || QByteArrayView(m_p, token.size()) != token)
            return false;
        m_p += token.size();
        return true;
    }

    bool atEnd() const { return m_p == m_end; }
    const char *position() const { return m_p; }

    /** Past one JSON value: a string, a bracketed container (brackets inside strings do not count), or a
     *  scalar up to the next delimiter. This runs over every byte of every batch, hence memchr for strings. */
    bool skipValue()
    {
        const char *p = m_p;
        if (p == m_end)
            return false;
        if (*p != '{' && *p != '[' && *p != '"') {
            while (p != m_end && *p != ',' && *p != ']' && *p != '}' && *p != ' ' && *p != '\t' && *p != '\n'
                   && *p != '\r')
                ++p;
            const bool any = p != m_p;
            m_p = p;
            return any;
        }
        int depth = 0;
        while (p != m_end) {
            switch (*p) {
            case '"':
                p = pastString(p);
                if (!p)
                    return false;
                if (depth == 0) {
                    m_p = p;
                    return true;
                }
                continue;
            case '{':
            case '[': ++depth; break;
            case '}':
            case ']':
                if (--depth == 0) {
                    m_p = p + 1;
                    return true;
                }
                break;
            default: break;
            }
            ++p;
        }
        return false;
    }

private:
    /** Past the string whose opening quote is at `quote`; nullptr when it does not end. */
    const char *pastString(const char *quote) const
    {
        const char *content = quote + 1;
        const char *p = content;
        for (;;) {
            const auto *close = static_cast<const char *>(std::memchr(p, '"', size_t(m_end - p)));
            if (!close)
                return nullptr;
            // Escaped when an odd number of backslashes precede it.
            const char *b = close;
            while (b != content && b[-1] == '\\')
                --b;
            if ((close - b) % 2 == 0)
                return close + 1;
            p = close + 1;
        }
    }

    const char *m_p;
    const char *m_end;
};

/** The case as validateEnvelope needs it, from bytes known to be a canonical JSON object: parsed with its
 *  top-level "fields" value, when that is an object, replaced by {}. */
QJsonValue parseWithoutFields(QByteArrayView object)
{
    Scanner s(object);
    (void)s.take("{");
    while (!s.atEnd() && !s.take("}")) {
        const char *key = s.position();
        if (!s.skipValue() || !s.take(":"))
            break;
        const bool isFields = QByteArrayView(key, s.position() - key) == "\"fields\":";
        const char *value = s.position();
        if (!s.skipValue())
            break;
        if (isFields && *value == '{') {
            QByteArray reduced;
            reduced.reserve(value - object.data() + 2 + (object.data() + object.size() - s.position()));
            reduced.append(object.data(), value - object.data()).append("{}");
            reduced.append(s.position(), object.data() + object.size() - s.position());
            return QJsonDocument::fromJson(reduced).object();
        }
        (void)s.take(",");
    }
    return QJsonDocument::fromJson(object.toByteArray()).object();
}

} // namespace

std::optional<QList<SentCase>> readBatch(const QByteArray &body)
{
    QList<SentCase> cases;
    bool allCanonical = false;
    if (const auto sent = caseBytes(body)) {
        // When every case is canonical the whole body is valid JSON: the shell was matched exactly and each
        // case passed canonicalBytesWithout, which accepts nothing but complete, valid JSON.
        allCanonical = true;
        cases.reserve(sent->size());
        for (QByteArrayView bytes : *sent) {
            SentCase c;
            c.canonical = canonicalBytesWithout(bytes, QLatin1StringView("content_hash"));
            if (c.canonical)
                c.value = parseWithoutFields(bytes);
            else
                allCanonical = false;
            cases.append(std::move(c));
        }
    }
    if (allCanonical)
        return cases;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QJsonValue list = doc.object().value(QLatin1String("cases"));
    if (error.error != QJsonParseError::NoError || !list.isArray())
        return std::nullopt;
    const QJsonArray parsed = list.toArray();
    if (cases.size() != parsed.size())
        cases = QList<SentCase>(parsed.size()); // cases not located: none is taken as sent
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        if (!cases.at(i).canonical)
            cases[i].value = parsed.at(i);
    }
    return cases;
}

std::optional<QList<QByteArrayView>> caseBytes(QByteArrayView body)
{
    Scanner s(body);
    s.skipWhitespace();
    if (!s.take("{"))
        return std::nullopt;
    s.skipWhitespace();
    if (!s.take("\"cases\""))
        return std::nullopt;
    s.skipWhitespace();
    if (!s.take(":"))
        return std::nullopt;
    s.skipWhitespace();
    if (!s.take("["))
        return std::nullopt;
    QList<QByteArrayView> cases;
    s.skipWhitespace();
    if (!s.take("]")) {
        for (;;) {
            const char *start = s.position();
            if (!s.skipValue())
                return std::nullopt;
            cases.append(QByteArrayView(start, s.position() - start));
            s.skipWhitespace();
            if (s.take("]"))
                break;
            if (!s.take(","))
                return std::nullopt;
            s.skipWhitespace();
        }
    }
    s.skipWhitespace();
    if (!s.take("}"))
        return std::nullopt;
    s.skipWhitespace();
    if (!s.atEnd())
        return std::nullopt;
    return cases;
}

} // namespace bianmin::county
