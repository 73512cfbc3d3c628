// Small helpers shared by the store's classes: run a statement and turn a failure into an Error.
#pragma once

#include "core/result.h"
#include "core/sha256.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace bianmin::store {

inline Status exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec()) {
        const Error e = sqlError(what, q.lastError());
        q.finish();
        return e;
    }
    return {};
}

/** Runs one statement that needs no bound values. */
inline Status execSql(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(what, q.lastError());
    return {};
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return bianmin::sha256Hex(bytes);
}

/** Finishes a cached SELECT when it goes out of scope, so it never holds a read snapshot open. */
class Finisher
{
public:
    explicit Finisher(QSqlQuery &q) : m_q(q) {}
    ~Finisher() { m_q.finish(); }
    Finisher(const Finisher &) = delete;
    Finisher &operator=(const Finisher &) = delete;

private:
    QSqlQuery &m_q;
};

} // namespace bianmin::store
