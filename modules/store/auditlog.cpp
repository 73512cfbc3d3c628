#include "auditlog.h"

#include "core/canonicaljson.h"
#include "core/clock.h"
#include "database.h"
#include "internal/sqlutil.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace bianmin {

namespace {

// The chain head is also kept in the state table (same transaction), so cutting entries off the end of
// the log is noticed too, not only holes in the middle.
const QString kHeadKey = QStringLiteral("audit.head");

QString hashOf(const QString &prevHash, qint64 seq, const QString &at, const QString &actor, const QString &action,
               const QString &subject, const QJsonObject &details)
{
    const QJsonObject content{{QStringLiteral("seq"), seq},         {QStringLiteral("at"), at},
                              {QStringLiteral("actor"), actor},     {QStringLiteral("action"), action},
                              {QStringLiteral("subject"), subject}, {QStringLiteral("details"), details}};
    return store::sha256Hex(prevHash.toUtf8() + canonicalJson(content));
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

} // namespace

AuditLog::AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString AuditLog::computeHash(const AuditEntry &e)
{
    return hashOf(e.prevHash, e.seq, toRfc3339(e.at), e.actor, e.action, e.subject, e.details);
}

Status AuditLog::append(const QString &actor, const QString &action, const QString &subject,
                        const QJsonObject &details)
{
    return appendAt(m_clock.now(), actor, action, subject, details);
}

Status AuditLog::appendAt(const QDateTime &when, const QString &actor, const QString &action,
                          const QString &subject, const QJsonObject &details)
{
    if (!m_db.inTransaction())
        return Error(QStringLiteral("store.no_transaction"),
                     QObject::tr("an audit entry can only be written together with the change it records"));
    auto last = m_db.prepared(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    qint64 seq = 1;
    QString prev = genesisHash();
    {
        store::Finisher finish(**last);
        if (Status s = store::exec(**last, QObject::tr("reading the audit log")); !s)
            return s;
        if ((*last)->next()) {
            seq = (*last)->value(0).toLongLong() + 1;
            prev = (*last)->value(1).toString();
        }
    }
    // If entries were cut off the end, continue after the recorded head: the hole stays visible to verify().
    const QString head = m_db.stateValue(kHeadKey);
    if (const qsizetype colon = head.indexOf(QLatin1Char(':')); colon > 0) {
        const qint64 headSeq = head.left(colon).toLongLong();
        if (headSeq >= seq) {
            seq = headSeq + 1;
            prev = head.mid(colon + 1);
        }
    }

    const QString at = toRfc3339(when);
    const QString hash = hashOf(prev, seq, at, actor, action, subject, details);
    auto insert = m_db.prepared(QStringLiteral("INSERT INTO audit(seq, at, actor, action, subject, details, "
                                               "prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    QSqlQuery &q = **insert;
    q.addBindValue(seq);
    q.addBindValue(at);
    q.addBindValue(actor);
    q.addBindValue(action);
    q.addBindValue(subject);
    q.addBindValue(QString::fromUtf8(canonicalJson(details)));
    q.addBindValue(prev);
    q.addBindValue(hash);
    if (Status s = store::exec(q, QObject::tr("writing the audit log")); !s)
        return s;
    return m_db.setStateValue(kHeadKey, QString::number(seq) + QLatin1Char(':') + hash);
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
        const QString recomputed = hashOf(storedPrev, seq, q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toString(), details.object());
        if (recomputed != storedHash)
            return broken(seq, QObject::tr("entry %1 was edited (its content does not match its hash)").arg(seq));
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
    auto q = m_db.prepared(QString::fromLatin1(kSelectColumns) + QStringLiteral("WHERE subject = ? ORDER BY seq"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    (*q)->addBindValue(subject);
    if (Status s = store::exec(**q, QObject::tr("reading the audit log")); !s)
        return s.error();
    QList<AuditEntry> out;
    while ((*q)->next())
        out.append(entryFromRow(**q));
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
