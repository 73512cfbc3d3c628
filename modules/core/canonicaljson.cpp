#include "canonicaljson.h"

#include "sha256.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

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

void writeValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null"); break;
    case QJsonValue::Bool: out.append(v.toBool() ? "true" : "false"); break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            out.append(QByteArray::number(static_cast<qint64>(d)));
        else
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        break;
    }
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
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &k : keys)
            member(k, o.value(k));
    }
    out.append('}');
}

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

QString contentHash(const QJsonObject &envelope)
{
    return sha256Hex(canonicalJsonWithout(envelope, u"content_hash"));
}

} // namespace bianmin
