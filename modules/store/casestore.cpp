#include "casestore.h"

#include "auditlog.h"
#include "core/clock.h"
#include "core/ids.h"
#include "database.h"
#include "internal/jsontext.h"
#include "internal/rawstatement.h"
#include "internal/sqlutil.h"
#include "keyring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace bianmin {

namespace {

const QString kCursorKey = QStringLiteral("sync.updates_cursor");
// Columns 6.. are the plain, non-personal envelope members; the sealed part is bound to them (aad).
const QString kSelect = QStringLiteral("SELECT id, state, county_ref, updated_at, e.sealed, county_message, kiosk_id, "
                                       "service_id, form_version, created_at, submitted_at, channel FROM cases "
                                       "JOIN case_envelopes e ON e.case_id = cases.id ");

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QByteArray countyMessageAad(const QString &caseId)
{
    return caseId.toUtf8() + QByteArrayLiteral("/county_message");
}

/** The plain columns, joined: the sealed part cannot be moved to another case or have them changed. */
QByteArray recordAad(const QString &id, const QString &kioskId, const QString &serviceId, int formVersion,
                     const QString &createdAt, const QString &submittedAt, const QString &channel)
{
    const QChar sep(0x1f);
    return (id + sep + kioskId + sep + serviceId + sep + QString::number(formVersion) + sep + createdAt + sep
            + submittedAt + sep + channel)
        .toUtf8();
}

/** The same from the columns' stored UTF-8, byte for byte (QChar 0x1f is the byte 0x1f in UTF-8). */
QByteArray recordAad(QByteArrayView id, QByteArrayView kioskId, QByteArrayView serviceId, int formVersion,
                     QByteArrayView createdAt, QByteArrayView submittedAt, QByteArrayView channel)
{
    const char sep = 0x1f;
    QByteArray out;
    out.reserve(id.size() + kioskId.size() + serviceId.size() + createdAt.size() + submittedAt.size()
                + channel.size() + 16);
    out.append(id).append(sep).append(kioskId).append(sep).append(serviceId).append(sep);
    out.append(QByteArray::number(formVersion)).append(sep).append(createdAt).append(sep).append(submittedAt);
    out.append(sep).append(channel);
    return out;
}

QByteArray recordAad(const CaseRecord &r)
{
    return recordAad(r.id, r.kioskId, r.serviceId, r.formVersion, toRfc3339(r.createdAt), toRfc3339(r.submittedAt),
                     r.channel);
}

/** What is sealed: the whole canonical envelope (format 1), content_hash included. It holds the personal
 *  parts and, bound by the aad, repeats the plain columns; CaseRecord::fromJson reads it back, and sync
 *  sends it as it is (sealed_format = 1), so no case is re-serialised or re-hashed when it is uploaded.
 *  Rows written before schema 4 hold only the personal parts (format 0) and are rebuilt when sent. */
constexpr int kSealedEnvelope = 1;

Result<QByteArray> sealRecord(const KeyRing &keys, const CaseRecord &r)
{
    return keys.encrypt(r.canonicalEnvelope(), recordAad(r));
}

QVariant blobRefs(const CaseRecord &r)
{
    const QStringList hashes = r.blobHashes();
    return hashes.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hashes.join(QLatin1Char(' ')));
}

QString staffIdOf(const CaseRecord &r)
{
    return r.channel == QLatin1String("agent") ? r.agent.staffId : QString();
}

Error notFound(const QString &id)
{
    return Error(QStringLiteral("store.not_found"), QObject::tr("there is no case %1 on this kiosk").arg(id));
}

} // namespace

CaseStore::CaseStore(Database &db, const KeyRing &keys, const Clock &clock, AuditLog &audit)
    : m_db(db), m_keys(keys), m_clock(clock), m_audit(audit)
{
}

Result<QByteArray> CaseStore::sealCountyMessage(const QString &caseId, const QString &message) const
{
    if (message.isEmpty())
        return QByteArray();
    return m_keys.encrypt(message.toUtf8(), countyMessageAad(caseId));
}

Result<CaseRecord> CaseStore::fromRow(const QSqlQuery &q) const
{
    const QString id = q.value(0).toString();
    const QByteArray aad = recordAad(id, q.value(6).toString(), q.value(7).toString(), q.value(8).toInt(),
                                     q.value(9).toString(), q.value(10).toString(), q.value(11).toString());
    auto plain = m_keys.decrypt(q.value(4).toByteArray(), aad);
    if (!plain)
        return plain.error().context(QObject::tr("case %1").arg(id));
    const QJsonDocument doc = QJsonDocument::fromJson(plain.value());
    if (!doc.isObject())
        return Error(QStringLiteral("store.corrupt"), QObject::tr("case %1 is damaged").arg(id));
    QJsonObject o = doc.object();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kiosk_id"), q.value(6).toString());
    o.insert(QStringLiteral("service_id"), q.value(7).toString());
    o.insert(QStringLiteral("form_version"), q.value(8).toInt());
    o.insert(QStringLiteral("created_at"), q.value(9).toString());
    o.insert(QStringLiteral("submitted_at"), q.value(10).toString());
    o.insert(QStringLiteral("channel"), q.value(11).toString());
    auto record = CaseRecord::fromJson(o);
    if (!record)
        return record.error().context(QObject::tr("case %1").arg(id));
    CaseRecord &r = record.value();
    r.id = id;
    r.state = caseStateFromName(q.value(1).toString()).value_or(CaseState::Submitted);
    r.countyRef = q.value(2).toString();
    r.updatedAt = fromRfc3339(q.value(3).toString());
    const QByteArray sealedMessage = q.value(5).toByteArray();
    if (!sealedMessage.isEmpty()) {
        auto message = m_keys.decrypt(sealedMessage, countyMessageAad(id));
        if (!message)
            return message.error().context(QObject::tr("case %1").arg(id));
        r.countyMessage = QString::fromUtf8(message.value());
    }
    return record;
}

Result<CaseRecord> CaseStore::submit(CaseRecord record, CaseState initialState, const QString &actor)
{
    if (initialState != CaseState::Queued && initialState != CaseState::AwaitingApproval
        && initialState != CaseState::Submitted)
        return Error(QStringLiteral("store.bad_state"),
                     QObject::tr("a new case cannot start as %1").arg(caseStateName(initialState)));
    if (record.id.isEmpty())
        record.id = newId();
    else if (!isValidId(record.id))
        return Error(QStringLiteral("store.bad_id"),
                     QObject::tr("\"%1\" is not a case id (a lowercase UUID)").arg(record.id));
    if (record.kioskId.isEmpty())
        record.kioskId = m_kioskId;
    const QDateTime now = m_clock.now();
    if (!record.createdAt.isValid())
        record.createdAt = now;
    if (!record.submittedAt.isValid())
        record.submittedAt = now;
    record.updatedAt = now;
    record.state = initialState;

    // Encryption and hashing happen before the write lock is taken, so the transaction stays short.
    auto sealed = sealRecord(m_keys, record);
    if (!sealed)
        return sealed.error();
    auto sealedMessage = sealCountyMessage(record.id, record.countyMessage);
    if (!sealedMessage)
        return sealedMessage.error();
    const QString nowText = toRfc3339(now);

    Status done = m_db.transaction([&]() -> Status {
        auto insert = m_db.prepared(QStringLiteral(
            "INSERT INTO cases(id, service_id, state, form_version, channel, staff_id, kiosk_id, created_at, "
            "created_ms, submitted_at, updated_at, county_ref, id_index, county_message, sealed_format, "
            "blob_refs) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return insert.error();
        QSqlQuery &q = **insert;
        q.addBindValue(record.id);
        q.addBindValue(record.serviceId);
        q.addBindValue(caseStateName(record.state));
        q.addBindValue(record.formVersion);
        q.addBindValue(record.channel);
        q.addBindValue(nullIfEmpty(staffIdOf(record)));
        q.addBindValue(record.kioskId);
        q.addBindValue(toRfc3339(record.createdAt));
        q.addBindValue(record.createdAt.toMSecsSinceEpoch());
        q.addBindValue(toRfc3339(record.submittedAt));
        q.addBindValue(nowText);
        q.addBindValue(nullIfEmpty(record.countyRef));
        q.addBindValue(nullIfEmpty(m_keys.blindIndex(record.applicant.idNumber)));
        q.addBindValue(sealedMessage->isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                : QVariant(sealedMessage.value()));
        q.addBindValue(kSealedEnvelope);
        q.addBindValue(blobRefs(record));
        if (Status s = store::exec(q, QObject::tr("saving case %1").arg(record.id)); !s) {
            if (s.error().code == QLatin1String("store.constraint"))
                return Error(QStringLiteral("store.duplicate"),
                             QObject::tr("a case with id %1 is already stored").arg(record.id));
            return s;
        }
        if (Status s = writeEnvelope(record.id, sealed.value(), /*replace=*/false); !s)
            return s;
        if (Status s = m_audit.appendAt(now, actor, QStringLiteral("case.submit"), record.id,
                                      {{QStringLiteral("from"), caseStateName(CaseState::Draft)},
                                       {QStringLiteral("to"), caseStateName(record.state)},
                                       {QStringLiteral("service_id"), record.serviceId},
                                       {QStringLiteral("channel"), record.channel}});
            !s)
            return s;
        if (record.state == CaseState::Queued)
            return enqueue(record.id, now);
        return {};
    });
    if (!done)
        return done.error();
    return record;
}

Status CaseStore::writeEnvelope(const QString &caseId, const QByteArray &sealed, bool replace)
{
    auto q = m_db.prepared(replace ? QStringLiteral("UPDATE case_envelopes SET sealed = ? WHERE case_id = ?")
                                   : QStringLiteral("INSERT INTO case_envelopes(sealed, case_id) VALUES(?, ?)"));
    if (!q)
        return q.error();
    (*q)->addBindValue(sealed);
    (*q)->addBindValue(caseId);
    return store::exec(**q, QObject::tr("saving case %1").arg(caseId));
}

Status CaseStore::enqueue(const QString &caseId, const QDateTime &now)
{
    auto q = m_db.prepared(QStringLiteral(
        "INSERT INTO outbox(case_id, enqueued_at, enqueued_ms, attempts, next_attempt_at, next_attempt_ms, "
        "last_error) VALUES(?, ?, ?, 0, ?, ?, NULL) ON CONFLICT(case_id) DO UPDATE SET attempts = 0, "
        "next_attempt_at = excluded.next_attempt_at, next_attempt_ms = excluded.next_attempt_ms, "
        "last_error = NULL"));
    if (!q)
        return q.error();
    const QString text = toRfc3339(now);
    const qint64 ms = now.toMSecsSinceEpoch();
    (*q)->addBindValue(caseId);
    (*q)->addBindValue(text);
    (*q)->addBindValue(ms);
    (*q)->addBindValue(text);
    (*q)->addBindValue(ms);
    return store::exec(**q, QObject::tr("queueing case %1 for the county").arg(caseId));
}

Status CaseStore::dequeue(const QString &caseId)
{
    auto q = m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE case_id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(caseId);
    return store::exec(**q, QObject::tr("updating the upload queue"));
}

Result<std::optional<CaseState>> CaseStore::currentState(const QString &caseId) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT state FROM cases WHERE id = ?"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    (*q)->addBindValue(caseId);
    if (Status s = store::exec(**q, QObject::tr("reading case %1").arg(caseId)); !s)
        return s.error();
    if (!(*q)->next())
        return std::optional<CaseState>();
    return caseStateFromName((*q)->value(0).toString());
}

Result<CaseRecord> CaseStore::get(const QString &id) const
{
    auto q = m_db.prepared(kSelect + QStringLiteral("WHERE id = ?"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    (*q)->addBindValue(id);
    if (Status s = store::exec(**q, QObject::tr("reading case %1").arg(id)); !s)
        return s.error();
    if (!(*q)->next())
        return notFound(id);
    return fromRow(**q);
}

Result<QList<CaseRecord>> CaseStore::list(const CaseFilter &filter) const
{
    QString sql = kSelect + QStringLiteral("WHERE 1 = 1");
    QVariantList binds;
    if (filter.state) {
        sql += QStringLiteral(" AND state = ?");
        binds << caseStateName(*filter.state);
    }
    if (!filter.serviceId.isEmpty()) {
        sql += QStringLiteral(" AND service_id = ?");
        binds << filter.serviceId;
    }
    if (!filter.idNumber.isEmpty()) {
        sql += QStringLiteral(" AND id_index = ?");
        binds << m_keys.blindIndex(filter.idNumber);
    }
    if (!filter.staffId.isEmpty()) {
        sql += QStringLiteral(" AND staff_id = ?");
        binds << filter.staffId;
    }
    sql += QStringLiteral(" ORDER BY created_ms DESC, id LIMIT ?");
    binds << (filter.limit > 0 ? filter.limit : -1); // SQLite: a negative LIMIT means none
    auto q = m_db.prepared(sql);
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    for (const QVariant &v : binds)
        (*q)->addBindValue(v);
    if (Status s = store::exec(**q, QObject::tr("listing cases")); !s)
        return s.error();
    QList<CaseRecord> out;
    while ((*q)->next()) {
        auto r = fromRow(**q);
        if (!r)
            return r.error();
        out.append(std::move(r.value()));
    }
    return out;
}

Result<QHash<QString, int>> CaseStore::countByState() const
{
    auto q = m_db.prepared(QStringLiteral("SELECT state, count(*) FROM cases GROUP BY state"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    if (Status s = store::exec(**q, QObject::tr("counting cases")); !s)
        return s.error();
    QHash<QString, int> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toString(), (*q)->value(1).toInt());
    return out;
}

Result<QSet<QString>> CaseStore::idsInState(CaseState state) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT id FROM cases WHERE state = ?"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    (*q)->addBindValue(caseStateName(state));
    if (Status s = store::exec(**q, QObject::tr("listing cases")); !s)
        return s.error();
    QSet<QString> out;
    while ((*q)->next())
        out.insert((*q)->value(0).toString());
    return out;
}

Status CaseStore::transition(const CaseRecord &input, CaseState expected, const QString &actor,
                             const QString &action, const QJsonObject &details)
{
    CaseRecord record = input;
    const QDateTime now = m_clock.now();
    record.updatedAt = now;
    auto sealed = sealRecord(m_keys, record);
    if (!sealed)
        return sealed.error();
    auto sealedMessage = sealCountyMessage(record.id, record.countyMessage);
    if (!sealedMessage)
        return sealedMessage.error();

    return m_db.transaction([&]() -> Status {
        // Optimistic: the row changes only if it is still in the state the caller saw.
        auto update = m_db.prepared(QStringLiteral(
            "UPDATE cases SET state = ?, service_id = ?, form_version = ?, channel = ?, staff_id = ?, kiosk_id = ?, "
            "created_at = ?, created_ms = ?, submitted_at = ?, updated_at = ?, county_ref = ?, id_index = ?, "
            "county_message = ?, sealed_format = ?, blob_refs = ? WHERE id = ? AND state = ?"));
        if (!update)
            return update.error();
        QSqlQuery &q = **update;
        q.addBindValue(caseStateName(record.state));
        q.addBindValue(record.serviceId);
        q.addBindValue(record.formVersion);
        q.addBindValue(record.channel);
        q.addBindValue(nullIfEmpty(staffIdOf(record)));
        q.addBindValue(record.kioskId);
        q.addBindValue(toRfc3339(record.createdAt));
        q.addBindValue(record.createdAt.toMSecsSinceEpoch());
        q.addBindValue(toRfc3339(record.submittedAt));
        q.addBindValue(toRfc3339(now));
        q.addBindValue(nullIfEmpty(record.countyRef));
        q.addBindValue(nullIfEmpty(m_keys.blindIndex(record.applicant.idNumber)));
        q.addBindValue(sealedMessage->isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                : QVariant(sealedMessage.value()));
        q.addBindValue(kSealedEnvelope);
        q.addBindValue(blobRefs(record));
        q.addBindValue(record.id);
        q.addBindValue(caseStateName(expected));
        if (Status s = store::exec(q, QObject::tr("saving case %1").arg(record.id)); !s)
            return s;
        if (q.numRowsAffected() == 0) {
            auto state = currentState(record.id);
            if (!state)
                return state.error();
            if (!state.value())
                return notFound(record.id);
            return Error(QStringLiteral("store.state_changed"),
                         QObject::tr("the case was changed by someone else (it is now %1, not %2); reload it")
                             .arg(caseStateName(*state.value()), caseStateName(expected)));
        }
        if (Status s = writeEnvelope(record.id, sealed.value(), /*replace=*/true); !s)
            return s;
        QJsonObject auditDetails = details;
        auditDetails.insert(QStringLiteral("from"), caseStateName(expected));
        auditDetails.insert(QStringLiteral("to"), caseStateName(record.state));
        if (Status s = m_audit.appendAt(now, actor, action, record.id, auditDetails); !s)
            return s;
        if (record.state == CaseState::Queued)
            return enqueue(record.id, now);
        if (expected == CaseState::Queued)
            return dequeue(record.id);
        return {};
    });
}

Result<QList<OutboxItem>> CaseStore::dueOutbox(int limit, const QDateTime &now) const
{
    auto q = m_db.prepared(QStringLiteral("SELECT case_id, attempts, next_attempt_at, last_error FROM outbox "
                                          "WHERE next_attempt_ms <= ? ORDER BY enqueued_ms, case_id LIMIT ?"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    (*q)->addBindValue(now.toMSecsSinceEpoch());
    (*q)->addBindValue(limit);
    if (Status s = store::exec(**q, QObject::tr("reading the upload queue")); !s)
        return s.error();
    QList<OutboxItem> out;
    while ((*q)->next())
        out.append(OutboxItem{(*q)->value(0).toString(), (*q)->value(1).toInt(),
                              fromRfc3339((*q)->value(2).toString()), (*q)->value(3).toString()});
    return out;
}

Result<QList<OutboxEnvelope>> CaseStore::dueEnvelopes(int limit, const QDateTime &now, const QSet<QString> &exclude,
                                                     const QString &kioskId) const
{
    auto q = m_db.raw(
        // Walks the outbox_due index in sending order and stops at the limit: no sort, and only the rows
        // returned are joined to their case and envelope (the excluded ones, mostly the batch still in flight,
        // are left out before that).
        "SELECT o.case_id, o.attempts, e.sealed, c.sealed_format, c.kiosk_id, c.service_id, c.form_version, "
        "c.created_at, c.submitted_at, c.channel, c.blob_refs FROM outbox o INDEXED BY outbox_due "
        "JOIN cases c ON c.id = o.case_id JOIN case_envelopes e ON e.case_id = o.case_id "
        "WHERE o.next_attempt_ms <= ?1 AND NOT in_id_set(o.case_id, ?3) ORDER BY o.enqueued_ms, o.case_id LIMIT ?2");
    if (!q)
        return q.error();
    store::RawStatement &row = **q;
    QList<OutboxEnvelope> out;
    out.reserve(limit);
    QStringList rebuild; // older rows, or rows without a kiosk id: built from the record after this query
    KeyRing::Decryptor decryptor(m_keys);
    {
        store::RawReset reset(row);
        row.bindInt64(1, now.toMSecsSinceEpoch());
        row.bindInt64(2, limit);
        row.bindIdSet(3, exclude);
        const QString reading = QObject::tr("reading the upload queue");
        for (;;) {
            auto more = row.step(reading);
            if (!more)
                return more.error();
            if (!*more)
                break;
            // The plain columns are read as the UTF-8 they are stored in: they only feed the aad (UTF-8 too).
            const QByteArrayView id = row.text(0);
            OutboxEnvelope item;
            item.caseId = QString::fromUtf8(id);
            item.attempts = int(row.int64(1));
            const QByteArrayView plainKiosk = row.text(4);
            if (row.int64(3) != kSealedEnvelope || plainKiosk.isEmpty()) {
                rebuild.append(item.caseId);
                out.append(std::move(item));
                continue;
            }
            const QByteArray aad = recordAad(id, plainKiosk, row.text(5), int(row.int64(6)), row.text(7),
                                             row.text(8), row.text(9));
            const QByteArrayView sealed = row.blob(2);
            auto plain = decryptor.decrypt(QByteArray::fromRawData(sealed.data(), sealed.size()), aad);
            if (!plain)
                item.error = plain.error().context(QObject::tr("case %1").arg(item.caseId));
            else
                item.envelope = std::move(plain.value());
            const QByteArrayView refs = row.text(10);
            if (!refs.isEmpty())
                item.blobs = QString::fromUtf8(refs).split(QLatin1Char(' '));
            out.append(std::move(item));
        }
    }
    for (OutboxEnvelope &item : out) {
        if (!rebuild.contains(item.caseId))
            continue;
        auto record = get(item.caseId);
        if (!record) {
            item.error = record.error();
            continue;
        }
        if (record->kioskId.isEmpty())
            record->kioskId = kioskId;
        item.envelope = record->canonicalEnvelope();
        item.blobs = record->blobHashes();
    }
    return out;
}

Result<int> CaseStore::outboxSize() const
{
    auto q = m_db.prepared(QStringLiteral("SELECT count(*) FROM outbox"));
    if (!q)
        return q.error();
    store::Finisher finish(**q);
    if (Status s = store::exec(**q, QObject::tr("reading the upload queue")); !s)
        return s.error();
    (*q)->next();
    return (*q)->value(0).toInt();
}

std::optional<QDateTime> CaseStore::oldestQueuedAt() const
{
    auto q = m_db.prepared(QStringLiteral("SELECT enqueued_at FROM outbox ORDER BY enqueued_ms, case_id LIMIT 1"));
    if (!q)
        return std::nullopt;
    store::Finisher finish(**q);
    if (!(*q)->exec() || !(*q)->next())
        return std::nullopt;
    return fromRfc3339((*q)->value(0).toString());
}

Status CaseStore::markUploaded(const QList<UploadedCase> &cases)
{
    if (cases.isEmpty())
        return {};
    const QDateTime now = m_clock.now();
    const QByteArray nowText = toRfc3339(now).toUtf8();
    const QByteArray queued = caseStateName(CaseState::Queued).toUtf8();
    const QByteArray uploaded = caseStateName(CaseState::Uploaded).toUtf8();
    const QByteArray received = caseStateName(CaseState::Received).toUtf8();
    return m_db.transaction([&]() -> Status {
        // Small statements per case through SQLite's C API, in one transaction per batch: cheaper than set-based
        // statements fed a JSON array (which SQLite re-parses row by row and buffers), and each UPDATE says at
        // once whether the case was still queued.
        auto update = m_db.raw("UPDATE cases SET state = ?1, county_ref = coalesce(?2, county_ref), updated_at = ?3 "
                               "WHERE id = ?4 AND state = ?5");
        if (!update)
            return update.error();
        auto keepRef = m_db.raw("UPDATE cases SET county_ref = ?1 WHERE id = ?2 AND county_ref IS NULL");
        if (!keepRef)
            return keepRef.error();
        auto dequeue = m_db.raw("DELETE FROM outbox WHERE case_id = ?1");
        if (!dequeue)
            return dequeue.error();
        const QString saving = QObject::tr("saving the uploaded cases");
        const QString dequeuing = QObject::tr("updating the upload queue");
        QList<AuditMember> members;
        members.reserve(cases.size());
        for (const UploadedCase &c : cases) {
            const QByteArray id = c.caseId.toUtf8();
            const QByteArray &to = c.received ? received : uploaded;
            (*update)->bindText(1, to);
            if (c.countyRef.isEmpty())
                (*update)->bindNull(2);
            else
                (*update)->bindText(2, c.countyRef.toUtf8());
            (*update)->bindText(3, nowText);
            (*update)->bindText(4, id);
            (*update)->bindText(5, queued);
            if (Status s = (*update)->run(saving); !s)
                return s;
            if ((*update)->changes() > 0) {
                // canonicalJson({"county_ref"?, "from", "to"}), written directly (keys in canonical order).
                AuditMember member{c.caseId, {}, {}};
                member.canonicalDetails.reserve(96);
                member.canonicalDetails += '{';
                if (!c.countyRef.isEmpty()) {
                    member.canonicalDetails += "\"county_ref\":";
                    store::appendJsonString(member.canonicalDetails, c.countyRef);
                    member.canonicalDetails += ',';
                }
                member.canonicalDetails += "\"from\":";
                store::appendJsonString(member.canonicalDetails, caseStateName(CaseState::Queued));
                member.canonicalDetails += ",\"to\":";
                store::appendJsonString(member.canonicalDetails, caseStateName(c.received ? CaseState::Received : CaseState::Uploaded));
                member.canonicalDetails += '}';
                members.append(std::move(member));
            } else if (!c.countyRef.isEmpty()) {
                // Not queued (any more): the county's decision overtook the upload answer, or the case is not
                // ours, or it is listed twice. Keep its state, just remember the ref.
                (*keepRef)->bindText(1, c.countyRef.toUtf8());
                (*keepRef)->bindText(2, id);
                if (Status s = (*keepRef)->run(QObject::tr("saving case %1").arg(c.caseId)); !s)
                    return s;
            }
            (*dequeue)->bindText(1, id);
            if (Status s = (*dequeue)->run(dequeuing); !s)
                return s;
        }
        return m_audit.appendBatchAt(now, QStringLiteral("system"), QStringLiteral("case.uploaded"), members);
    });
}

Status CaseStore::markRefused(const QString &caseId, const QString &outcome, const QString &message)
{
    auto sealedMessage = sealCountyMessage(caseId, message);
    if (!sealedMessage)
        return sealedMessage.error();
    const QString now = toRfc3339(m_clock.now());
    return m_db.transaction([&]() -> Status {
        auto state = currentState(caseId);
        if (!state)
            return state.error();
        if (!state.value())
            return notFound(caseId);
        auto q = m_db.prepared(
            QStringLiteral("UPDATE cases SET state = ?, county_message = ?, updated_at = ? WHERE id = ?"));
        if (!q)
            return q.error();
        (*q)->addBindValue(caseStateName(CaseState::Refused));
        (*q)->addBindValue(sealedMessage->isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                    : QVariant(sealedMessage.value()));
        (*q)->addBindValue(now);
        (*q)->addBindValue(caseId);
        if (Status s = store::exec(**q, QObject::tr("saving case %1").arg(caseId)); !s)
            return s;
        if (Status s = dequeue(caseId); !s)
            return s;
        // The county's message stays out of the audit log: it may quote personal data.
        return m_audit.append(QStringLiteral("county"), QStringLiteral("case.refused"), caseId,
                              {{QStringLiteral("from"), caseStateName(*state.value())},
                               {QStringLiteral("to"), caseStateName(CaseState::Refused)},
                               {QStringLiteral("outcome"), outcome}});
    });
}

Status CaseStore::deferOutbox(const QString &caseId, const QString &error, const QDateTime &nextAttemptAt)
{
    auto q = m_db.prepared(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ?, "
                                          "next_attempt_at = ?, next_attempt_ms = ? WHERE case_id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(error);
    (*q)->addBindValue(toRfc3339(nextAttemptAt));
    (*q)->addBindValue(nextAttemptAt.toMSecsSinceEpoch());
    (*q)->addBindValue(caseId);
    if (Status s = store::exec(**q, QObject::tr("updating the upload queue")); !s)
        return s;
    if ((*q)->numRowsAffected() == 0)
        return Error(QStringLiteral("store.not_found"), QObject::tr("case %1 is not in the upload queue").arg(caseId));
    return {};
}

Status CaseStore::applyCountyUpdates(const QList<CountyUpdate> &updates, const QString &nextCursor)
{
    const QDateTime now = m_clock.now();
    const QString nowText = toRfc3339(now);
    // JSON parameters go in as UTF-8 bytes (CAST … AS TEXT in the statement): no UTF-16 round trip.
    auto jsonText = [](const QJsonArray &a) { return QJsonDocument(a).toJson(QJsonDocument::Compact); };
    return m_db.transaction([&]() -> Status {
        // A page at a time: which cursors were applied before and the cases' current states in one query each,
        // the state changes without a message in one UPDATE, one batch audit entry (split where a case has
        // two updates in the page, so its history stays in order), instead of ~9 statements per update.
        QJsonArray cursors;
        QJsonArray caseIds;
        for (const CountyUpdate &u : updates) {
            if (!u.cursor.isEmpty())
                cursors.append(u.cursor);
            caseIds.append(u.caseId);
        }
        QSet<QString> applied;
        if (!cursors.isEmpty()) {
            auto seen = m_db.prepared(QStringLiteral(
                "SELECT cursor FROM county_updates WHERE cursor IN (SELECT value FROM json_each(CAST(? AS TEXT)))"));
            if (!seen)
                return seen.error();
            store::Finisher finish(**seen);
            (*seen)->addBindValue(jsonText(cursors));
            if (Status s = store::exec(**seen, QObject::tr("reading county updates")); !s)
                return s;
            while ((*seen)->next())
                applied.insert((*seen)->value(0).toString());
        }
        QHash<QString, CaseState> states;
        {
            auto q = m_db.prepared(QStringLiteral(
                "SELECT id, state FROM cases WHERE id IN (SELECT value FROM json_each(CAST(? AS TEXT)))"));
            if (!q)
                return q.error();
            store::Finisher finish(**q);
            (*q)->addBindValue(jsonText(caseIds));
            if (Status s = store::exec(**q, QObject::tr("reading cases")); !s)
                return s;
            while ((*q)->next())
                states.insert((*q)->value(0).toString(),
                              caseStateFromName((*q)->value(1).toString()).value_or(CaseState::Submitted));
        }

        QHash<QString, CaseState> finalState;  // cases whose state changes without a new message
        QJsonArray dequeued;
        QJsonArray newCursors;
        QList<AuditMember> members;
        QSet<QString> inBatch;
        auto flushAudit = [&]() -> Status {
            Status s = m_audit.appendBatchAt(now, QStringLiteral("county"), QStringLiteral("case.county_update"), members);
            members.clear();
            inBatch.clear();
            return s;
        };
        for (const CountyUpdate &u : updates) {
            if (!u.cursor.isEmpty()) {
                if (applied.contains(u.cursor))
                    continue; // delivered again: already applied
                applied.insert(u.cursor);
                newCursors.append(QJsonArray{u.cursor, u.caseId});
            }
            const auto current = states.constFind(u.caseId);
            if (current == states.constEnd())
                continue; // not a case of this kiosk (any more): the cursor still moves on
            const CaseState from = *current;
            states[u.caseId] = u.status;
            if (u.message.isEmpty()) {
                finalState.insert(u.caseId, u.status);
            } else {
                // A clerk's decision with a message: its own sealed message, written now (rare).
                auto sealedMessage = sealCountyMessage(u.caseId, u.message);
                if (!sealedMessage)
                    return sealedMessage.error();
                auto q = m_db.prepared(QStringLiteral("UPDATE cases SET state = ?, county_message = ?, updated_at = ? "
                                                      "WHERE id = ?"));
                if (!q)
                    return q.error();
                (*q)->addBindValue(caseStateName(u.status));
                (*q)->addBindValue(sealedMessage.value());
                (*q)->addBindValue(nowText);
                (*q)->addBindValue(u.caseId);
                if (Status s = store::exec(**q, QObject::tr("saving case %1").arg(u.caseId)); !s)
                    return s;
                finalState.remove(u.caseId); // its state is written; a later message-less update sets it again
            }
            // The county has the case, whatever the upload answer said: never send it again.
            dequeued.append(u.caseId);
            QJsonObject details{{QStringLiteral("from"), caseStateName(from)},
                                {QStringLiteral("to"), caseStateName(u.status)}};
            if (!u.cursor.isEmpty())
                details.insert(QStringLiteral("cursor"), u.cursor);
            if (u.at.isValid())
                details.insert(QStringLiteral("county_at"), toRfc3339(u.at));
            if (inBatch.contains(u.caseId)) {
                if (Status s = flushAudit(); !s)
                    return s;
            }
            members.append({u.caseId, details, {}});
            inBatch.insert(u.caseId);
        }
        if (!finalState.isEmpty()) {
            QJsonArray rows;
            for (auto it = finalState.cbegin(); it != finalState.cend(); ++it)
                rows.append(QJsonArray{it.key(), caseStateName(it.value())});
            auto q = m_db.prepared(QStringLiteral(
                "UPDATE cases SET state = u.state, updated_at = ? "
                "FROM (SELECT value ->> 0 AS id, value ->> 1 AS state FROM json_each(CAST(? AS TEXT))) AS u WHERE cases.id = u.id"));
            if (!q)
                return q.error();
            (*q)->addBindValue(nowText);
            (*q)->addBindValue(jsonText(rows));
            if (Status s = store::exec(**q, QObject::tr("saving the county's updates")); !s)
                return s;
        }
        if (!dequeued.isEmpty()) {
            auto q = m_db.prepared(
                QStringLiteral("DELETE FROM outbox WHERE case_id IN (SELECT value FROM json_each(CAST(? AS TEXT)))"));
            if (!q)
                return q.error();
            (*q)->addBindValue(jsonText(dequeued));
            if (Status s = store::exec(**q, QObject::tr("updating the upload queue")); !s)
                return s;
        }
        if (Status s = flushAudit(); !s)
            return s;
        if (!newCursors.isEmpty()) {
            auto mark = m_db.prepared(QStringLiteral(
                "INSERT INTO county_updates(cursor, case_id, applied_at) "
                "SELECT value ->> 0, value ->> 1, ? FROM json_each(CAST(? AS TEXT)) WHERE true ON CONFLICT(cursor) DO NOTHING"));
            if (!mark)
                return mark.error();
            (*mark)->addBindValue(nowText);
            (*mark)->addBindValue(jsonText(newCursors));
            if (Status s = store::exec(**mark, QObject::tr("recording county updates")); !s)
                return s;
        }
        if (!nextCursor.isEmpty())
            return m_db.setStateValue(kCursorKey, nextCursor);
        return {};
    });
}

QString CaseStore::updatesCursor() const
{
    return m_db.stateValue(kCursorKey);
}

} // namespace bianmin
