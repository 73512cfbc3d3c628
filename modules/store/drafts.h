// Half-filled forms, autosaved at every step so a power cut or crash in the middle of an application
// loses nothing: the kiosk offers the latest draft again when it restarts. The answers are personal
// data, so they are sealed with the kiosk key (aad = draft id) like everything else.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace bianmin {

class Clock;
class Database;
class KeyRing;

struct Draft
{
    QString id;
    QString serviceId;
    QJsonObject answers;
    QDateTime updatedAt;
};

class DraftStore
{
public:
    DraftStore(Database &db, const KeyRing &keys, const Clock &clock);

    /** Creates or replaces the draft; durable when it returns ok. */
    Status save(const QString &draftId, const QString &serviceId, const QJsonObject &answers);
    /** store.not_found if there is no such draft. */
    Result<Draft> load(const QString &draftId) const;
    /** The most recently saved draft, if any (what to offer after a restart). */
    Result<std::optional<Draft>> latest() const;
    /** Removing a draft that does not exist is not an error (submit and "start over" both remove). */
    Status remove(const QString &draftId);
    Result<int> count() const;

private:
    Database &m_db;
    const KeyRing &m_keys;
    const Clock &m_clock;

    Result<Draft> fromRow(const QSqlQuery &q) const;
};

} // namespace bianmin
