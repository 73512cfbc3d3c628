// A prepared statement driven through SQLite's C API on the county store's Qt connection, for the statements
// storeBatch runs for every case. QSqlQuery costs more than the SQL itself for these small rows (a QVariant
// and a placeholder name per bound value, UTF-16 round trips, a row cache); here values go in and out as UTF-8.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace bianmin::county {

class SqliteStatement
{
public:
    /** Prepares `sql` on the SQLite connection behind `db` (a QSQLITE database). */
    static Result<std::unique_ptr<SqliteStatement>> prepare(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /** Parameters are numbered from 1, as in SQLite. Text is UTF-8 and copied by SQLite. */
    void bindText(int index, QByteArrayView utf8);
    void bindInt64(int index, qint64 value);

    /** Runs to the next row: true when there is one, false when done, an Error ("county.db") when it failed. */
    Result<bool> step(const QString &what);
    /** The current row's values, valid until the next step() or reset(). */
    QByteArrayView text(int column) const;
    qint64 int64(int column) const;
    /** Ready to run again: ends the statement (so no read stays open) and clears its values. */
    void reset();

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
};

/** Resets a statement on every way out of a scope. */
class StatementReset
{
public:
    explicit StatementReset(SqliteStatement &statement) : m_statement(statement) {}
    ~StatementReset() { m_statement.reset(); }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    SqliteStatement &m_statement;
};

} // namespace bianmin::county
