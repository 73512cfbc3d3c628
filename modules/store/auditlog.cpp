#include "auditlog.h"

#include "core/canonicaljson.h"
#include "core/clock.h"
#include "database.h"
#include "internal/jsontext.h"
#include "internal/sqlutil.h"

#include <QJsonDocument>

#include <algorithm>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace bianmin {

namespace {

// The chain head is also kept in the state table (same transaction), so cutting entries off the end of
// the log is noticed too, not only holes in the middle.
const QString kHeadKey = QStringLiteral("audit.head");

/** canonicalJson({seq, at, actor, action, subject, details}) with the details already in canonical form:
 *  the same bytes, without serialising a large batch's details twice. Members in key order. */
QByteArray canonicalContent(qint64 seq, const QString &at, const QString &actor, const QString &action,
                            const QString &subject, const QByteArray &detailsJson)
{
    QByteArray out;
    out.reserve(detailsJson.size() + 160);
    out += "{\"action\":";
    out += canonicalJson(action);
    out += ",\"actor\":";
    out += canonicalJson(actor);
    out += ",\"at\":";
    out += canonicalJson(at);
    out += ",\"details\":";
    out += detailsJson;
    out += ",\"seq\":";
    out += QByteArray::number(seq);
    out += ",\"subject\":";
    out += canonicalJson(subject);
    out += '}';
    return out;
}

QString hashOf(const QString &prevHash, qint64 seq, const QString &at, const QString &actor, const QString &action,
               const QString &subject, const QByteArray &detailsJson)
{
    return store::sha256Hex(prevHash.toUtf8() + canonicalContent(seq, at, actor, action, subject, detailsJson));
}

const char kSelectColumns[] = "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit ";

AuditEntry entryFromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = fromRfc3339(q.value(1).toString());
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.subject = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

/** A batch entry as seen from one of its subjects: that subject's own details. */
AuditEntry memberView(AuditEntry e, const QString &subject)
{
    if (e.subject == AuditLog::batchSubject()) {
        e.details = e.details.value(QLatin1String("subjects")).toObject().value(subject).toObject();
        e.subject = subject;
    }
    return e;
}

} // namespace

AuditLog::AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString AuditLog::computeHash(const AuditEntry &e)
{
    return hashOf(e.prevHash, e.seq, toRfc3339(e.at), e.actor, e.action, e.subject, canonicalJson(e.details));
}

Status AuditLog::append(const QString &actor, const QString &action, const QString &subject,
                        const QJsonObject &details)
{
    return appendAt(m_clock.now(), actor, action, subject, details);
}

Status AuditLog::appendAt(const QDateTime &when, const QString &actor, const QString &action,
                          const QString &subject, const QJsonObject &details)
{
    return insert(toRfc3339(when), actor, action, subject, canonicalJson(details));
}

Status AuditLog::appendBatchAt(const QDateTime &when, const QString &actor, const QString &action,
                               const QList<AuditMember> &members)
{
    if (members.isEmpty())
        return {};
    // canonicalJson({"subjects": {subject: details, ...}}) written directly: members sorted by subject (the
    // canonical key order), without building a QJsonObject of hundreds of members (sorted inserts) first.
    // A subject listed twice keeps its last details, as a JSON object would.
    QList<const AuditMember *> sorted;
    sorted.reserve(members.size());
    for (const AuditMember &m : members)
        sorted.append(&m);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const AuditMember *a, const AuditMember *b) { return a->subject < b->subject; });
    QList<AuditMember> unique;
    unique.reserve(sorted.size());
    QByteArray details("{\"subjects\":{");
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i + 1 < sorted.size() && sorted.at(i + 1)->subject == sorted.at(i)->subject)
            continue;
        if (!unique.isEmpty())
            details += ',';
        store::appendJsonString(details, sorted.at(i)->subject);
        details += ':';
        const AuditMember &member = *sorted.at(i);
        details += member.canonicalDetails.isEmpty() ? canonicalJson(member.details) : member.canonicalDetails;
        unique.append(*sorted.at(i));
    }
    details += "}}";
    return insert(toRfc3339(when), actor, action, batchSubject(), details, unique);
}

Status AuditLog::head(qint64 *seq, QString *hash)
{
    if (m_headTransaction == m_db.transactionSerial()) {
        *seq = m_headSeq;
        *hash = m_headHash;
        return {};
    }
    // First entry of this transaction: read the head (another process may have written since ours).
    auto last = m_db.prepared(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    *seq = 0;
    *hash = genesisHash();
    {
        store::Finisher finish(**last);
        if (Status s = store::exec(**last, QObject::tr("reading the audit log")); !s)
            return s;
        if ((*last)->next()) {
            *seq = (*last)->value(0).toLongLong();
            *hash = (*last)->value(1).toString();
        }
    }
    // If entries were cut off the end, continue after the recorded head: the hole stays visible to verify().
    const QString recorded = m_db.stateValue(kHeadKey);
    if (const qsizetype colon = recorded.indexOf(QLatin1Char(':')); colon > 0) {
        const qint64 headSeq = recorded.left(colon).toLongLong();
        if (headSeq > *seq) {
            *seq = headSeq;
            *hash = recorded.mid(colon + 1);
        }
    }
    return {};
}

Status AuditLog::insert(const QString &at, const QString &actor, const QString &action, const QString &subject,
                        const QByteArray &detailsJson, const QList<AuditMember> &members)
{
    if (!m_db.inTransaction())
        return Error(QStringLiteral("store.no_transaction"),
                     QObject::tr("an audit entry can only be written together with the change it records"));
    qint64 seq = 0;
    QString prev;
    if (Status s = head(&seq, &prev); !s)
        return s;
    ++seq;
    const QString hash = hashOf(prev, seq, at, actor, action, subject, detailsJson);
    auto insert = m_db.prepared(QStringLiteral("INSERT INTO audit(seq, at, actor, action, subject, details, "
                                               "prev_hash, hash) VALUES(?, ?, ?, ?, ?, CAST(? AS TEXT), ?, ?)"));
    if (!insert)
        return insert.error();
    QSqlQuery &q = **insert;
    q.addBindValue(seq);
    q.addBindValue(at);
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(subject);
    q.addBindValue(detailsJson); // UTF-8 bytes stored as TEXT (the CAST): no UTF-16 round trip
    q.addBindValue(prev);
    q.addBindValue(hash);
    if (Status s = store::exec(q, QObject::tr("writing the audit log")); !s)
        return s;
    if (!members.isEmpty()) {
        // Every member in one statement (a JSON array of subjects walked by json_each), not one per case.
        QByteArray subjects("[");
        for (const AuditMember &m : members) {
            if (subjects.size() > 1)
                subjects += ',';
            store::appendJsonString(subjects, m.subject);
        }
        subjects += ']';
        auto member = m_db.prepared(QStringLiteral(
            "INSERT INTO audit_members(seq, subject) SELECT ?, value FROM json_each(CAST(? AS TEXT))"));
        if (!member)
            return member.error();
        (*member)->bindValue(0, seq);
        (*member)->bindValue(1, subjects);
        if (Status s = store::exec(**member, QObject::tr("writing the audit log")); !s)
            return s;
    }
    m_headTransaction = m_db.transactionSerial();
    m_headSeq = seq;
    m_headHash = hash;
    // The head is recorded once, at commit, however many entries the transaction holds.
    m_db.setStateValueAtCommit(kHeadKey, QString::number(seq) + QLatin1Char(':') + hash);
    return {};
}

Result<AuditVerifyReport> AuditLog::verify() const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSelectColumns) + QStringLiteral("ORDER BY seq")))
        return sqlError(QObject::tr("reading the audit log"), q.lastError());

    AuditVerifyReport report;
    auto broken = [&report](qint64 seq, const QString &why) {
        report.firstBrokenSeq = seq;
        report.reason = why;
        return report;
    };
    auto membersQuery = m_db.prepared(QStringLiteral("SELECT subject FROM audit_members WHERE seq = ?"));
    if (!membersQuery)
        return membersQuery.error();
    QSqlQuery *members = *membersQuery;
    qint64 memberRows = 0;
    qint64 expected = 1;
    QString prevHash = genesisHash();
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        ++report.entries;
        if (seq != expected) {
            if (seq > expected)
                return broken(expected, seq == expected + 1
                                            ? QObject::tr("entry %1 is missing (deleted)").arg(expected)
                                            : QObject::tr("entries %1 to %2 are missing (deleted)")
                                                  .arg(expected)
                                                  .arg(seq - 1));
            return broken(seq, QObject::tr("entry %1 is out of sequence").arg(seq));
        }
        QJsonParseError parseError;
        const QJsonDocument details = QJsonDocument::fromJson(q.value(5).toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !details.isObject())
            return broken(seq, QObject::tr("entry %1 was edited (its details are no longer valid JSON)").arg(seq));
        const QString storedPrev = q.value(6).toString();
        const QString storedHash = q.value(7).toString();
        const QString subject = q.value(4).toString();
        const QString recomputed = hashOf(storedPrev, seq, q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), subject, canonicalJson(details.object()));
        if (recomputed != storedHash)
            return broken(seq, QObject::tr("entry %1 was edited (its content does not match its hash)").arg(seq));
        if (subject == batchSubject()) {
            // The index that shows a batch entry in each case's history must list exactly its subjects.
            const QJsonObject subjects = details.object().value(QLatin1String("subjects")).toObject();
            QSet<QString> indexed;
            members->addBindValue(seq);
            if (!members->exec())
                return sqlError(QObject::tr("reading the audit log"), members->lastError());
            while (members->next())
                indexed.insert(members->value(0).toString());
            members->finish();
            const QStringList keys = subjects.keys();
            if (indexed != QSet<QString>(keys.begin(), keys.end()))
                return broken(seq, QObject::tr("entry %1 was edited (the cases it is shown under were changed)").arg(seq));
            memberRows += subjects.size();
        }
        if (storedPrev != prevHash)
            return broken(seq, seq == 1 ? QObject::tr("entry 1 does not start the chain (bad link)")
                                        : QObject::tr("entry %1 does not link to entry %2 (bad link: entry %2 was "
                                                      "altered or replaced)")
                                              .arg(seq)
                                              .arg(seq - 1));
        prevHash = storedHash;
        ++expected;
    }
    if (q.lastError().isValid())
        return sqlError(QObject::tr("reading the audit log"), q.lastError());
    {
        // Index rows that belong to no batch entry: someone added a case to another's history.
        QSqlQuery count(m_db.sql());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM audit_members")) || !count.next())
            return sqlError(QObject::tr("reading the audit log"), count.lastError());
        if (count.value(0).toLongLong() != memberRows)
            return broken(expected, QObject::tr("the index of batch entries was edited (%1 rows where entries up to %2 "
                                                "list %3)")
                                        .arg(count.value(0).toLongLong())
                                        .arg(expected - 1)
                                        .arg(memberRows));
    }

    const QString head = m_db.stateValue(kHeadKey);
    const qint64 last = expected - 1;
    if (const qsizetype colon = head.indexOf(QLatin1Char(':')); colon > 0) {
        const qint64 headSeq = head.left(colon).toLongLong();
        if (headSeq > last)
            return broken(last + 1, headSeq == last + 1
                                        ? QObject::tr("entry %1, the newest, is missing (deleted)").arg(headSeq)
                                        : QObject::tr("entries %1 to %2, the newest, are missing (deleted)")
                                              .arg(last + 1)
                                              .arg(headSeq));
        if (headSeq == last && head.mid(colon + 1) != prevHash)
            return broken(last, QObject::tr("entry %1, the newest, was replaced").arg(last));
        if (headSeq < last)
            return broken(headSeq + 1,
                          QObject::tr("entry %1 was added behind the kiosk's back").arg(headSeq + 1));
    } else if (last > 0) {
        return broken(1, QObject::tr("the record of the newest entry is missing"));
    }
    return report;
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &subject) const
{
    auto q = m_db.prepared(QString::fromLatin1(kSelectColumns)
                           + QStringLiteral("WHERE subject = ? UNION ALL SELECT a.seq, a.at, a.actor, a.action, "
                                            "a.subject, a.details, a.prev_hash, a.hash FROM audit_members m "
                                            "JOIN audit a ON a.seq = m.seq WHERE m.subject = ? ORDER BY 1"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    (*q)->addBindValue(subject);
    (*q)->addBindValue(subject);
    if (Status s = store::exec(**q, QObject::tr("reading the audit log")); !s)
        return s.error();
    QList<AuditEntry> out;
    while ((*q)->next())
        out.append(memberView(entryFromRow(**q), subject));
    return out;
}

Result<QList<AuditEntry>> AuditLog::latest(int limit) const
{
    auto q = m_db.prepared(QString::fromLatin1(kSelectColumns) + QStringLiteral("ORDER BY seq DESC LIMIT ?"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    (*q)->addBindValue(limit);
    if (Status s = store::exec(**q, QObject::tr("reading the audit log")); !s)
        return s.error();
    QList<AuditEntry> out;
    while ((*q)->next())
        out.append(entryFromRow(**q));
    return out;
}

} // namespace bianmin
