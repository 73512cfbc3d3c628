#include "drafts.h"

#include "core/clock.h"
#include "database.h"
#include "internal/sqlutil.h"
#include "keyring.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace bianmin {

DraftStore::DraftStore(Database &db, const KeyRing &keys, const Clock &clock) : m_db(db), m_keys(keys), m_clock(clock)
{
}

Status DraftStore::save(const QString &draftId, const QString &serviceId, const QJsonObject &answers)
{
    if (draftId.isEmpty())
        return Error(QStringLiteral("store.bad_id"), QObject::tr("a draft needs an id"));
    auto sealed = m_keys.encrypt(QJsonDocument(answers).toJson(QJsonDocument::Compact), draftId.toUtf8());
    if (!sealed)
        return sealed.error();
    const QDateTime now = m_clock.now();
    auto q = m_db.prepared(QStringLiteral(
        "INSERT INTO drafts(id, service_id, updated_at, updated_ms, sealed) VALUES(?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET service_id = excluded.service_id, updated_at = excluded.updated_at, "
        "updated_ms = excluded.updated_ms, sealed = excluded.sealed"));
    if (!q)
        return q.error();
    (*q)->addBindValue(draftId);
    (*q)->addBindValue(serviceId);
    (*q)->addBindValue(toRfc3339(now));
    (*q)->addBindValue(now.toMSecsSinceEpoch());
    (*q)->addBindValue(sealed.value());
    return store::exec(**q, QObject::tr("saving the draft"));
}

Result<Draft> DraftStore::fromRow(const QSqlQuery &q) const
{
    Draft d;
    d.id = q.value(0).toString();
    d.serviceId = q.value(1).toString();
    d.updatedAt = fromRfc3339(q.value(2).toString());
    auto plain = m_keys.decrypt(q.value(3).toByteArray(), d.id.toUtf8());
    if (!plain)
        return plain.error().context(QObject::tr("draft %1").arg(d.id));
    const QJsonDocument doc = QJsonDocument::fromJson(plain.value());
    if (!doc.isObject())
        return Error(QStringLiteral("store.corrupt"), QObject::tr("draft %1 is damaged").arg(d.id));
    d.answers = doc.object();
    return d;
}

Result<Draft> DraftStore::load(const QString &draftId) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT id, service_id, updated_at, sealed FROM drafts WHERE id = ?"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    (*q)->addBindValue(draftId);
    if (Status s = store::exec(**q, QObject::tr("reading the draft")); !s)
        return s.error();
    if (!(*q)->next())
        return Error(QStringLiteral("store.not_found"), QObject::tr("there is no draft %1").arg(draftId));
    return fromRow(**q);
}

Result<std::optional<Draft>> DraftStore::latest() const
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT id, service_id, updated_at, sealed FROM drafts ORDER BY updated_ms DESC, rowid DESC LIMIT 1"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    if (Status s = store::exec(**q, QObject::tr("reading drafts")); !s)
        return s.error();
    if (!(*q)->next())
        return std::optional<Draft>();
    auto d = fromRow(**q);
    if (!d)
        return d.error();
    return std::optional<Draft>(std::move(d.value()));
}

Status DraftStore::remove(const QString &draftId)
{
    auto q = m_db.prepared(QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(draftId);
    return store::exec(**q, QObject::tr("removing the draft"));
}

Result<int> DraftStore::count() const
{
    auto q = m_db.prepared(QStringLiteral("SELECT count(*) FROM drafts"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    if (Status s = store::exec(**q, QObject::tr("reading drafts")); !s)
        return s.error();
    (*q)->next();
    return (*q)->value(0).toInt();
}

} // namespace bianmin
