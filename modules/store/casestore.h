// Cases on the kiosk: the durable write path (case row + audit entry + outbox entry in one transaction),
// reads with personal data decrypted, look-up by ID number through the blind index, the sync outbox and
// the county's updates. Which state changes are allowed is decided by modules/workflow; this class only
// makes each change atomic and refuses one whose expected state no longer holds (so of two approvers
// acting at once, exactly one wins).
#pragma once

#include "core/casedata.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QSqlQuery;

namespace bianmin {

class AuditLog;
class Clock;
class Database;
class KeyRing;

struct CaseFilter
{
    std::optional<CaseState> state;
    QString serviceId;
    QString idNumber;   ///< matched through the blind index, never in clear
    QString staffId;    ///< the submitting clerk
    int limit = 1000;   ///< 0 or less: no limit
};

struct OutboxItem
{
    QString caseId;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
};

/** A due case as sync sends it: the canonical envelope sealed at submit (decrypted, content_hash included),
 *  so nothing is rebuilt or re-hashed per case at sync time. */
struct OutboxEnvelope
{
    QString caseId;
    int attempts = 0;
    QByteArray envelope;        ///< canonical JSON, ready for the batch body; empty when `error` is set
    QStringList blobs;          ///< attachment (and consent) hashes the county must hold first
    std::optional<Error> error; ///< the case cannot be read (damaged, wrong key): defer it, keep the others
};

/** A case the county answered `accepted` or `duplicate` for. */
struct UploadedCase
{
    QString caseId;
    QString countyRef;
    /** The county said in its answer that it holds the case (`"status": "received"`, see app/county/README.md):
     *  the case goes straight to Received instead of Uploaded-then-Received from the updates feed. */
    bool received = false;
};

/** One decision from GET /api/v1/updates. */
struct CountyUpdate
{
    QString cursor;
    QString caseId;
    CaseState status = CaseState::Received;
    QString message;
    QDateTime at;
};

class CaseStore
{
public:
    CaseStore(Database &db, const KeyRing &keys, const Clock &clock, AuditLog &audit);

    /** The kiosk id submit() fills in when a record has none (DataStore sets it from config kiosk.id). */
    void setKioskId(const QString &kioskId) { m_kioskId = kioskId; }
    QString kioskId() const { return m_kioskId; }

    /** Stores a new case. Fills id (if empty), kiosk id, created/submitted times; `initialState` is
     *  Queued (an outbox entry is written in the same transaction) or AwaitingApproval. Returns the stored
     *  record only after COMMIT returned. `actor`: who did it, for the audit entry. */
    Result<CaseRecord> submit(CaseRecord record, CaseState initialState, const QString &actor);

    Result<CaseRecord> get(const QString &id) const;
    Result<QList<CaseRecord>> list(const CaseFilter &filter = {}) const;
    Result<QHash<QString, int>> countByState() const;
    /** The ids of the cases in `state` (nothing decrypted). */
    Result<QSet<QString>> idsInState(CaseState state) const;

    /** Atomically moves a case from `expected` to `record.state`, saving `record` (approvals, fields...),
     *  appending an audit entry {from, to, ...details}, and adding an outbox entry when the new state is
     *  Queued. Error store.state_changed if the case is no longer in `expected`. */
    Status transition(const CaseRecord &record, CaseState expected, const QString &actor, const QString &action,
                      const QJsonObject &details = {});

    // --- outbox (modules/sync) ---
    /** Queued cases whose next attempt is due, oldest first. */
    Result<QList<OutboxItem>> dueOutbox(int limit, const QDateTime &now) const;
    /** The same, with each case's envelope: at most `limit` cases not in `exclude`. Cases stored without a
     *  kiosk id (queued before kiosk.id was set) get `kioskId` in their envelope. */
    Result<QList<OutboxEnvelope>> dueEnvelopes(int limit, const QDateTime &now, const QSet<QString> &exclude,
                                               const QString &kioskId) const;
    Result<int> outboxSize() const;
    std::optional<QDateTime> oldestQueuedAt() const;
    /** accepted/duplicate: state Uploaded (or Received), outbox entry removed, county_ref kept; one transaction
     *  per batch. Only queued cases change state: a case the county's feed moved on keeps its state. */
    Status markUploaded(const QList<UploadedCase> &cases);
    /** conflict/invalid: state Refused with the county's message, outbox entry removed; never retried. */
    Status markRefused(const QString &caseId, const QString &outcome, const QString &message);
    /** A failed attempt: keeps the entry, records the error and when to try again. */
    Status deferOutbox(const QString &caseId, const QString &error, const QDateTime &nextAttemptAt);

    // --- county decisions (modules/sync) ---
    /** Applies the updates and stores `nextCursor` in one transaction: never lost, never applied twice. */
    Status applyCountyUpdates(const QList<CountyUpdate> &updates, const QString &nextCursor);
    QString updatesCursor() const;

private:
    Database &m_db;
    const KeyRing &m_keys;
    const Clock &m_clock;
    AuditLog &m_audit;
    QString m_kioskId;

    Result<CaseRecord> fromRow(const QSqlQuery &q) const;
    Result<QByteArray> sealCountyMessage(const QString &caseId, const QString &message) const;
    Result<std::optional<CaseState>> currentState(const QString &caseId) const;
    /** The sealed envelope lives in case_envelopes (schema 5): inserted with the case, replaced on a transition. */
    Status writeEnvelope(const QString &caseId, const QByteArray &sealed, bool replace);
    Status enqueue(const QString &caseId, const QDateTime &now);
    Status dequeue(const QString &caseId);
};

} // namespace bianmin
