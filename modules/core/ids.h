// Case, audit and outbox ids: lowercase RFC 4122 UUIDs generated on the kiosk (PROTOCOL.md).
#pragma once

#include <QString>

namespace bianmin {

/** A new random id such as "3f2b…-…", lowercase, without braces. */
QString newId();

/** True for a lowercase UUID in the 8-4-4-4-12 form the protocol requires. */
bool isValidId(const QString &id);

} // namespace bianmin
