// The canonical JSON form that content_hash is computed over (PROTOCOL.md), written by hand because
// QJsonDocument neither sorts keys deterministically for nested values nor fixes number formatting.
//
// Rules (documented for other county platforms in app/county/README.md):
//  * objects: members sorted by key, compared as UTF-16 code units (QString ordering); no duplicate keys
//  * no whitespace outside strings; separators are exactly "," and ":"
//  * strings: UTF-8; escape only '"', '\\' and control characters below U+0020 (as \b \f \n \r \t or \u00XX
//    with lowercase hex); everything else, including non-ASCII and '/', is written as is
//  * numbers: integral values with |n| < 2^53 as plain integers ("3", "-12"); others in the shortest
//    form that round-trips (QByteArray::number(d, 'g', QLocale::FloatingPointShortest))
//  * true, false, null as literals
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>

#include <optional>

namespace bianmin {

QByteArray canonicalJson(const QJsonValue &value);
/** Appends one string in canonical form (quoted, escaped): for writers that build canonical JSON directly. */
void appendCanonicalString(QByteArray &out, const QString &s);

/** canonicalJson(object) as if its top-level member `omitKey` were not there (without copying the object). */
QByteArray canonicalJsonWithout(const QJsonObject &object, QStringView omitKey);

/** When `json` is byte for byte the canonical form of the JSON object it encodes (the way the reference kiosk
 *  sends envelopes), the canonical bytes without its top-level member `omitKey`: exactly what
 *  canonicalJsonWithout(that object, omitKey) returns, found in one pass without parsing or re-serialising.
 *  std::nullopt for anything else: invalid JSON or UTF-8, whitespace, unsorted or repeated keys, escapes or
 *  numbers written any other way, bytes after the object. A caller then parses and uses canonicalJsonWithout,
 *  so the answer only decides how fast, never what is accepted. `omitKey` must need no escaping. */
std::optional<QByteArray> canonicalBytesWithout(QByteArrayView json, QLatin1StringView omitKey);

/** SHA-256 hex (lowercase) of canonicalJson(object) without its member "content_hash". */
QString contentHash(const QJsonObject &envelope);

} // namespace bianmin
