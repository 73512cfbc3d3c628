// Case, audit and outbox ids: lowercase RFC 4122 UUIDs generated on the kiosk (PROTOCOL.md).
#pragma once

#include <QString>

namespace bianmin {

/** A new id such as "019ab3c2-…", lowercase, without braces: a time-ordered UUID (version 7). */
QString newId();

/** The case number people read and type: 8 hex digits as "3F2B-91AC". From the random end of a version 7
 *  id (its start is the time, the same for every case of a minute); from the start of the older random ids,
 *  as printed on their receipts. */
QString caseNumberOf(const QString &caseId);

/** True for a lowercase UUID in the 8-4-4-4-12 form the protocol requires. */
bool isValidId(const QString &id);

} // namespace bianmin
