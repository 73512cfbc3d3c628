// appendCanonicalString (core/canonicaljson.h) with a fast path for plain ASCII, which is what a sync batch's
// audit entries are made of (case ids, state names, county refs): the same bytes, copied in one go instead
// of examined and appended character by character.
#pragma once

#include "core/canonicaljson.h"

#include <QByteArray>
#include <QString>

namespace bianmin::store {

inline void appendJsonString(QByteArray &out, const QString &s)
{
    for (const QChar c : s) {
        // Canonical form escapes '"', '\\' and controls below U+0020 and writes anything else as is: only
        // printable ASCII without those two is copied here, everything else takes the general writer.
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\') {
            appendCanonicalString(out, s);
            return;
        }
    }
    const qsizetype at = out.size();
    out.resize(at + s.size() + 2);
    char *p = out.data() + at;
    *p++ = '"';
    for (const QChar c : s)
        *p++ = char(c.unicode());
    *p = '"';
}

} // namespace bianmin::store
