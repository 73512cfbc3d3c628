// Errors are values: every operation that can fail for a reason a person should read returns a Result.
// An Error carries a stable machine code (for scripts and tests) and a one-line message (for people).
#pragma once

#include "translatabletext.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bianmin {

struct Error
{
    QString code;    ///< stable, lowercase, e.g. "store.corrupt"; scripts and tests match on it
    QString message; ///< one line a clerk or technician can act on

    /** The same sentence for a screen in the language of the moment, when the error was made with one. */
    TranslatableText text;

    Error() = default;
    Error(QString c, QString m) : code(std::move(c)), message(std::move(m)) {}
    /** message is the English of `t`; translatedMessage() asks the translators when it is shown. */
    Error(QString c, TranslatableText t) : code(std::move(c)), message(t.english()), text(std::move(t)) {}

    /** The message in the language of the installed translator (a kiosk screen), else the message. */
    QString translatedMessage() const { return text.isEmpty() ? message : text.translated(); }

    /** Prefixes the message with context, keeping the code: "opening kiosk.db: disk is full". */
    Error context(const QString &what) const { return Error(code, what + QStringLiteral(": ") + message); }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    /** By value, so `for (auto &x : f().value())` does not loop over a destroyed temporary. */
    T value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace bianmin
