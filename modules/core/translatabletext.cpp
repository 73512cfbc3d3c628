#include "translatabletext.h"

#include <QCoreApplication>

namespace bianmin {

QString TranslatableText::resolve(bool translate) const
{
    if (!m_source)
        return m_literal;
    const QString text = translate ? QCoreApplication::translate(m_context, m_source) : QString::fromUtf8(m_source);
    // %1..%9 replaced in one pass, so an argument holding "%2" (a field id, a path) is never substituted again.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype n = i + 1 < text.size() && c == QLatin1Char('%') ? text.at(i + 1).digitValue() : -1;
        if (n >= 1 && size_t(n) <= m_args.size()) {
            out += m_args.at(size_t(n - 1)).resolve(translate);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace bianmin
