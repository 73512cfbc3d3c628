#include "batchanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace bianmin {

namespace {

/** Reads the plain form of a batch answer; any byte outside it makes read() give up (std::nullopt), and the
 *  answer then goes through QJsonDocument. Plain: the members PROTOCOL.md names, each at most once, with
 *  string values (an array of strings for `missing`) made of printable ASCII without escapes. */
class PlainAnswerReader
{
public:
    explicit PlainAnswerReader(const QByteArray &body) : m_p(body.constData()), m_end(body.constData() + body.size()) {}

    std::optional<QList<BatchResult>> read()
    {
        QList<BatchResult> results;
        QByteArrayView key;
        if (!take('{') || !string(&key) || key != "results" || !take(':') || !take('['))
            return std::nullopt;
        if (!peek(']')) {
            do {
                BatchResult result;
                if (!object(&result))
                    return std::nullopt;
                results.append(std::move(result));
            } while (take(','));
        }
        if (!take(']') || !take('}'))
            return std::nullopt;
        skipSpace();
        if (m_p != m_end)
            return std::nullopt;
        return results;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }
    bool take(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    /** A string of printable ASCII without '\\': its bytes are its characters. */
    bool string(QByteArrayView *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        while (m_p != m_end && *m_p != '"') {
            if (*m_p < 0x20 || *m_p > 0x7e || *m_p == '\\')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    bool stringValue(QString *out)
    {
        QByteArrayView bytes;
        if (!string(&bytes))
            return false;
        *out = QString::fromLatin1(bytes);
        return true;
    }
    bool object(BatchResult *result)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        int seen = 0; // one bit per member: a member given twice is left to QJsonDocument's rules
        do {
            QByteArrayView key;
            if (!string(&key) || !take(':'))
                return false;
            static constexpr const char *kKeys[] = {"id", "outcome", "county_ref", "message", "status", "missing"};
            int which = 0;
            while (which < 6 && key != kKeys[which])
                ++which;
            if (which == 6 || (seen & (1 << which)))
                return false;
            seen |= 1 << which;
            QString *fields[] = {&result->id, &result->outcome, &result->countyRef, &result->message, &result->status};
            if (which < 5) {
                if (!stringValue(fields[which]))
                    return false;
            } else if (!stringList(&result->missing)) {
                return false;
            }
        } while (take(','));
        return take('}');
    }
    bool stringList(QStringList *out)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            QString s;
            if (!stringValue(&s))
                return false;
            out->append(s);
        } while (take(','));
        return take(']');
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

QList<BatchResult> detail::parseBatchAnswerWithQJson(const QByteArray &body)
{
    const QJsonArray results = QJsonDocument::fromJson(body).object().value(QLatin1String("results")).toArray();
    QList<BatchResult> out;
    out.reserve(results.size());
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        BatchResult r{o.value(QLatin1String("id")).toString(),      o.value(QLatin1String("outcome")).toString(),
                      o.value(QLatin1String("county_ref")).toString(), o.value(QLatin1String("message")).toString(),
                      o.value(QLatin1String("status")).toString(),  {}};
        for (const QJsonValue &h : o.value(QLatin1String("missing")).toArray())
            r.missing.append(h.toString());
        out.append(std::move(r));
    }
    return out;
}

QList<BatchResult> parseBatchAnswer(const QByteArray &body)
{
    if (auto plain = PlainAnswerReader(body).read())
        return std::move(*plain);
    return detail::parseBatchAnswerWithQJson(body);
}

} // namespace bianmin
