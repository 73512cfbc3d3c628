// How the county reads a POST /cases/batch body. The reference kiosk sends every envelope in canonical form
// (core/canonicaljson.h); such an envelope's content_hash is checked on the bytes as sent, and only the members
// the checks read are parsed. Any other body or envelope is parsed whole with QJsonDocument, as before.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>

#include <optional>

namespace bianmin::county {

/** One case of a batch, ready for validateEnvelope. */
struct SentCase
{
    /** The case as parsed. For a case sent in canonical form, an object "fields" member is parsed as {}: no
     *  check looks inside it (only that it is an object), and it is most of an envelope's bytes. */
    QJsonValue value;
    /** The canonical form without content_hash, when the case was sent in exactly that form; it is what gets
     *  hashed and stored (for the others it is computed from `value`). */
    std::optional<QByteArray> canonical;
};

/** The cases of a batch body, in order; std::nullopt when the body is not a JSON object with a "cases" array
 *  (exactly when QJsonDocument would say so). */
std::optional<QList<SentCase>> readBatch(const QByteArray &body);

/** The bytes of each element of "cases", in order, when `body` is exactly {"cases":[...]} with JSON whitespace
 *  at most between tokens; std::nullopt for any other shape (then the caller uses the parsed cases only).
 *  Assumes the body is valid JSON (QJsonDocument accepted it); the caller also checks the count matches. */
std::optional<QList<QByteArrayView>> caseBytes(QByteArrayView body);

} // namespace bianmin::county
