// Where each case sits in the bytes of a POST /cases/batch body, so the county can check an envelope's
// content_hash on the bytes as sent when they are already canonical (core/canonicaljson.h) instead of
// re-serialising the parsed envelope. Only locates: the body is still parsed with QJsonDocument.
#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

namespace bianmin::county {

/** The bytes of each element of "cases", in order, when `body` is exactly {"cases":[...]} with JSON whitespace
 *  at most between tokens; std::nullopt for any other shape (then the caller uses the parsed cases only).
 *  Assumes the body is valid JSON (QJsonDocument accepted it); the caller also checks the count matches. */
std::optional<QList<QByteArrayView>> caseBytes(QByteArrayView body);

} // namespace bianmin::county
