#include "rawstatement.h"

#include "store/database.h"

#include <QSqlError>

#include <sqlite3.h>

namespace bianmin::store {

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bindText(int index, QByteArray utf8)
{
    // constData() of an empty QByteArray is "", never null: the empty string, not NULL.
    m_bound.push_back(std::move(utf8));
    const QByteArray &kept = m_bound.back();
    sqlite3_bind_text(m_statement, index, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void RawStatement::bindInt64(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void RawStatement::bindIdSet(int index, const QSet<QString> &ids)
{
    sqlite3_bind_pointer(m_statement, index, const_cast<QSet<QString> *>(&ids), idSetType, nullptr);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Result<bool> RawStatement::step(const QString &what)
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const Error error = rawError(m_db, what);
    reset();
    return error;
}

Status RawStatement::run(const QString &what)
{
    auto row = step(what);
    if (!row)
        return row.error();
    reset();
    return {};
}

int RawStatement::changes() const
{
    return sqlite3_changes(m_db);
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bound.clear(); // only now: SQLite may read bound text until the statement is reset
}

QByteArrayView RawStatement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_statement, column) : 0);
}

QByteArrayView RawStatement::blob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(bytes, bytes ? sqlite3_column_bytes(m_statement, column) : 0);
}

qint64 RawStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

Error rawError(sqlite3 *db, const QString &what)
{
    // Through QSqlError, so a raw statement's failure reads exactly like a QSqlQuery's.
    return sqlError(what, QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                                    QString::number(sqlite3_extended_errcode(db))));
}

} // namespace bianmin::store
