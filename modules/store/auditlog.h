// The append-only, hash-chained audit log. Each entry stores the SHA-256 of its predecessor's hash and of
// its own canonical content, so editing, deleting or reordering any entry breaks the chain and
// `bianmin audit verify` names the first broken one. Entries never hold personal data in clear.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bianmin {

class Database;
class Clock;

struct AuditEntry
{
    qint64 seq = 0;        ///< 1, 2, 3 … assigned on append
    QDateTime at;
    QString actor;         ///< staff id, "villager", "system", "county"
    QString action;        ///< "case.submit", "case.approve", "case.transition", "receipt.reprint", ...
    QString subject;       ///< usually a case id
    QJsonObject details;   ///< e.g. {"from": "queued", "to": "uploaded"}
    QString prevHash;
    QString hash;
};

struct AuditVerifyReport
{
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; ///< 0 when intact
    QString reason;            ///< why that entry is broken
    bool intact() const { return firstBrokenSeq == 0; }
};

/** One subject's part of a batch entry (AuditLog::appendBatchAt). */
struct AuditMember
{
    QString subject;
    QJsonObject details;
    /** canonicalJson(details) when the caller wrote it directly (a sync batch: 500 small objects); when set,
     *  `details` is not read. The entry and its hash are the same either way. */
    QByteArray canonicalDetails;
};

class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock);

    /** Appends within the caller's open transaction (Database::transaction); store.no_transaction otherwise.
     *  hash = SHA-256(prev_hash + canonicalJson({seq, at, actor, action, subject, details})), hex. */
    Status append(const QString &actor, const QString &action, const QString &subject,
                  const QJsonObject &details = {});
    /** The same with the time given (the caller already read the clock for the change it records). */
    Status appendAt(const QDateTime &at, const QString &actor, const QString &action, const QString &subject,
                    const QJsonObject &details = {});

    /** One entry for the same action on many subjects at once (a sync batch: 500 uploads, 500 "received"
     *  updates), so a batch costs one chain link instead of one per case. Its subject is batchSubject() and
     *  its details {"subjects": {subject: details, ...}}; audit_members indexes it under every subject, so
     *  entriesFor(subject) still shows it as that subject's own entry (with that subject's details), and
     *  verify() checks the index against the hashed details, so deleting a member row is noticed too. */
    Status appendBatchAt(const QDateTime &at, const QString &actor, const QString &action,
                         const QList<AuditMember> &members);
    static QString batchSubject() { return QStringLiteral("*"); }

    Result<AuditVerifyReport> verify() const;
    Result<QList<AuditEntry>> entriesFor(const QString &subject) const;
    /** The newest entries first (for `bianmin audit list`). */
    Result<QList<AuditEntry>> latest(int limit = 100) const;

    /** The hash the first entry links to. */
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }
    /** The hash of an entry from its fields and prevHash (what append stores and verify recomputes). */
    static QString computeHash(const AuditEntry &entry);

private:
    Status head(qint64 *seq, QString *hash);
    Status insert(const QString &at, const QString &actor, const QString &action, const QString &subject,
                  const QByteArray &detailsJson, const QList<AuditMember> &members = {});

    Database &m_db;
    const Clock &m_clock;
    // The chain head as of the last entry this object wrote, valid within one transaction only.
    quint64 m_headTransaction = 0;
    qint64 m_headSeq = 0;
    QString m_headHash;
};

} // namespace bianmin
