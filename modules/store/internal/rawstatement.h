// A cached statement driven through SQLite's C API on the Database's own connection, for the few statements a
// sync pass runs once per case: no QVariant per value and no UTF-16 round trip per TEXT column, which is what
// QSqlQuery costs (more than the SQL itself for small rows). Everything else stays on QSqlQuery.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace bianmin::store {

class RawStatement
{
public:
    RawStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    /** Parameters are numbered from 1, as in SQLite. Text is UTF-8; the statement holds a reference to it
     *  until reset() (a QByteArray is shared, not copied), so SQLite need not copy it either. */
    void bindText(int index, QByteArray utf8);
    void bindInt64(int index, qint64 value);
    /** For in_id_set(id, ?) (Database::raw): the set itself, not a copy; it must outlive the statement's run. */
    void bindIdSet(int index, const QSet<QString> &ids);
    static constexpr const char idSetType[] = "bianmin.idset";
    void bindNull(int index);

    /** Runs to the next row: true when there is one, false when done, an Error (sqlError's codes) when it failed. */
    Result<bool> step(const QString &what);
    /** step() for a statement without result rows. */
    Status run(const QString &what);
    /** Rows changed by the last run() (sqlite3_changes). */
    int changes() const;
    /** Ready to run again with new values; also ends a read, so no snapshot stays open. */
    void reset();

    /** The current row's values; the bytes stay valid until the next step() or reset(). NULL reads as empty/0. */
    QByteArrayView text(int column) const;
    QByteArrayView blob(int column) const;
    qint64 int64(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement;
    std::vector<QByteArray> m_bound; // what bindText() handed to SQLite, alive until reset()
};

/** Resets a RawStatement when it goes out of scope (whatever path leaves the function). */
class RawReset
{
public:
    explicit RawReset(RawStatement &statement) : m_statement(statement) {}
    ~RawReset() { m_statement.reset(); }
    RawReset(const RawReset &) = delete;
    RawReset &operator=(const RawReset &) = delete;

private:
    RawStatement &m_statement;
};

/** The Error for the connection's last failure, with sqlError's codes (store.busy, store.disk_full, ...). */
Error rawError(sqlite3 *db, const QString &what);

} // namespace bianmin::store
