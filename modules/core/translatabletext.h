// A sentence kept untranslated until it is shown. Its source text is English, marked for lupdate where it is
// written (QT_TR_NOOP / QT_TRANSLATE_NOOP); its arguments are names and values from elsewhere (shown as they
// are) or such sentences themselves. english() is what the command line, logs and the audit log say;
// translated() asks the translators installed at that moment, so a screen that reads it again after a
// language switch gets the new language (e.g. why the sync thread refused a catalogue, on the staff page).
#pragma once

#include <QString>

#include <vector>

namespace bianmin {

class TranslatableText
{
public:
    TranslatableText() = default;
    /** A value from outside (a file name, a field id, a number): the same in every language. */
    TranslatableText(QString literal) : m_literal(std::move(literal)) {}
    /** `source` and `context` are string literals (static storage), as QT_TRANSLATE_NOOP leaves them. */
    TranslatableText(const char *context, const char *source, std::vector<TranslatableText> args = {})
        : m_context(context), m_source(source), m_args(std::move(args))
    {
    }

    bool isEmpty() const { return !m_source && m_literal.isEmpty(); }
    QString english() const { return resolve(false); }
    QString translated() const { return resolve(true); }

private:
    QString resolve(bool translate) const;

    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QString m_literal;
    std::vector<TranslatableText> m_args;
};

} // namespace bianmin
