// The reference county platform's storage: one SQLite file (WAL, synchronous=FULL) holding the cases
// kiosks uploaded, their attachments, the clerks' decisions (the updates feed) and published catalogues.
// Every write returns only after COMMIT returned, so an answer sent to a kiosk is never ahead of the disk.
#pragma once

#include "batchbody.h"
#include "sqlitestatement.h"

#include "core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>
#include <optional>
#include <string_view>

namespace bianmin::county {

class CountyStore
{
public:
    static Result<std::unique_ptr<CountyStore>> open(const QString &path);
    ~CountyStore();
    CountyStore(const CountyStore &) = delete;
    CountyStore &operator=(const CountyStore &) = delete;

    bool hasBlob(const QString &kioskId, const QString &sha256);
    /** Stores the bytes; true when newly stored, false when already there. Durable at the latest with the next
     *  storeBatch commit (group commit; see the .cpp), which is the only thing that relies on it. */
    Result<bool> putBlob(const QString &kioskId, const QString &sha256, const QByteArray &bytes);

    /** Applies PROTOCOL.md's per-case rules to a batch from `kioskId` and commits every accepted case in one
     *  transaction before returning the per-case results (in input order) as the answer's JSON body,
     *  {"results": [...]}.
     *  `statusInResults` (the kiosk sent `Prefer: status-in-results`, app/county/README.md): accepted and
     *  duplicate results carry the case's county `status`, and a case accepted now gets no "received" entry in
     *  the kiosk's updates feed — the answer already told the kiosk. Decisions always go into the feed.
     *  Each case comes as readBatch read it (its canonical form when it was sent in it). */
    Result<QByteArray> storeBatch(const QString &kioskId, const QList<SentCase> &cases, bool statusInResults = false);

    /** The kiosk's updates with cursor > after, oldest first. */
    Result<QJsonObject> updates(const QString &kioskId, qint64 after, int limit);

    /** The latest catalogue {"version": N, "services": [...]}, or nothing when none was published. */
    std::optional<QJsonObject> latestCatalogue();
    /** Stores a catalogue; with no "version" member it gets the next one. Returns its version. */
    Result<int> publishCatalogue(QJsonObject catalogue);

    /** A clerk's decision: changes the case status and appends to the kiosk's updates feed. */
    Result<QJsonObject> decide(const QString &caseId, const QString &status, const QString &message);

    /** Every case as {id, kiosk_id, service_id, content_hash, received_at, status, county_ref}, in arrival order. */
    Status exportCases(const std::function<void(const QJsonObject &)> &sink);

    static QStringList decisionStatuses();

private:
    explicit CountyStore(QSqlDatabase db, QString connectionName);
    /** The batch path's statements, prepared once on this connection. */
    Result<SqliteStatement *> statement(const char *sql);
    Status exec(const QString &sql);
    Status transaction(const std::function<Status()> &work);

    QSqlDatabase m_db;
    QString m_connectionName;
    std::unordered_map<std::string_view, std::unique_ptr<SqliteStatement>> m_statements; ///< keyed by the SQL
};

/** What fromRfc3339 accepts (an RFC 3339 time with an offset); the form kiosks write is recognised without
 *  building a QDateTime, which is most of the cost of checking the several times of every envelope. */
bool isRfc3339Time(const QString &text);

/** PROTOCOL.md envelope checks; an empty string when valid, else why not (the `invalid` message).
 *  `canonical` (optional) receives the canonical form the content_hash was checked against (the envelope
 *  without content_hash), so the caller stores it without serialising the envelope again.
 *  `canonicalAsSent` (optional): the canonical form without content_hash as the kiosk sent it (SentCase), which
 *  is then hashed instead of re-serialising `envelope` (whose "fields" may have been parsed as {}). */
QString validateEnvelope(const QJsonObject &envelope, const QString &certificateKioskId,
                         QByteArray *canonical = nullptr, const std::optional<QByteArray> &canonicalAsSent = std::nullopt);

} // namespace bianmin::county
