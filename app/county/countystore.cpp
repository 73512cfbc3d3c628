#include "countystore.h"

#include "core/canonicaljson.h"
#include "core/clock.h"
#include "core/ids.h"
#include "core/sha256.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QUuid>

#include <sqlite3.h>

namespace bianmin::county {

namespace {

Error dbError(const QString &what, const QSqlError &e)
{
    return Error(QStringLiteral("county.db"), QStringLiteral("%1: %2").arg(what, e.text()));
}

QString nowText()
{
    return toRfc3339(SystemClock().now());
}

bool isSha256Hex(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

bool isTime(const QJsonValue &v)
{
    return v.isString() && isRfc3339Time(v.toString());
}

bool isNonEmptyString(const QJsonValue &v)
{
    return v.isString() && !v.toString().trimmed().isEmpty();
}

/** Every blob hash the envelope refers to (attachments and the consent signature). */
QStringList referencedBlobs(const QJsonObject &env)
{
    QStringList hashes;
    for (const QJsonValue &a : env.value(QLatin1String("attachments")).toArray())
        hashes << a.toObject().value(QLatin1String("sha256")).toString();
    const QString consentBlob = env.value(QLatin1String("agent")).toObject().value(QLatin1String("consent"))
                                    .toObject().value(QLatin1String("blob")).toString();
    if (!consentBlob.isEmpty())
        hashes << consentBlob;
    hashes.removeDuplicates();
    return hashes;
}

/** The form kiosks write, "2026-11-23T09:30:00.000+08:00" (or without milliseconds, or with Z), with every
 *  field in range: a strict subset of what fromRfc3339 accepts (tst_countybatch compares the two). */
bool isUsualRfc3339(QStringView s)
{
    const qsizetype n = s.size();
    if (n != 20 && n != 24 && n != 25 && n != 29)
        return false;
    auto digits = [&](qsizetype at, qsizetype count, int &value) {
        value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        return true;
    };
    int year, month, day, hour, minute, second, ignored;
    if (!digits(0, 4, year) || s[4] != u'-' || !digits(5, 2, month) || s[7] != u'-' || !digits(8, 2, day)
        || s[10] != u'T' || !digits(11, 2, hour) || s[13] != u':' || !digits(14, 2, minute) || s[16] != u':'
        || !digits(17, 2, second))
        return false;
    qsizetype at = 19;
    if (s[at] == u'.') {
        if (!digits(at + 1, 3, ignored))
            return false;
        at += 4;
    }
    if (n - at == 1) {
        if (s[at] != u'Z')
            return false;
    } else if (n - at == 6) {
        int offsetHours, offsetMinutes;
        if ((s[at] != u'+' && s[at] != u'-') || !digits(at + 1, 2, offsetHours) || s[at + 3] != u':'
            || !digits(at + 4, 2, offsetMinutes) || offsetHours > 14 || offsetMinutes > 59)
            return false;
    } else {
        return false;
    }
    // Years from 1000 keep every offset's UTC time away from year 0, which Qt's calendar does not have.
    return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= QDate(year, month, 1).daysInMonth()
        && hour <= 23 && minute <= 59 && second <= 59;
}

/** "CTY-00000042": the county's own number for a case, as kiosks and clerks see it. */
QByteArray countyRef(qint64 ref)
{
    return QByteArrayLiteral("CTY-") + QByteArray::number(ref).rightJustified(8, '0');
}

/** One per-case result, written straight into the batch answer's bytes (no QJsonObject per case): the
 *  members QJsonDocument used to write, in its order (county_ref, id, message, missing, outcome, status),
 *  each only when it has a value. */
struct CaseResult
{
    QString id;
    QLatin1StringView outcome;
    QByteArray countyRef;
    QString message;
    QStringList missing;
    QString status;

    void appendTo(QByteArray &out) const
    {
        out.append(out.endsWith('[') ? "{" : ",{"); // '[' only before the first result
        if (!countyRef.isEmpty())
            out.append("\"county_ref\":\"").append(countyRef).append("\",");
        out.append("\"id\":");
        appendCanonicalString(out, id);
        if (!message.isEmpty()) {
            out.append(",\"message\":");
            appendCanonicalString(out, message);
        }
        if (!missing.isEmpty()) {
            out.append(",\"missing\":[");
            for (qsizetype i = 0; i < missing.size(); ++i) {
                if (i)
                    out.append(',');
                appendCanonicalString(out, missing.at(i));
            }
            out.append(']');
        }
        out.append(",\"outcome\":\"").append(outcome.data(), outcome.size()).append('"');
        if (!status.isEmpty()) {
            out.append(",\"status\":");
            appendCanonicalString(out, status);
        }
        out.append('}');
    }
};

} // namespace

bool isRfc3339Time(const QString &text)
{
    return isUsualRfc3339(text) || fromRfc3339(text).isValid();
}

QString validateEnvelope(const QJsonObject &env, const QString &certificateKioskId, QByteArray *canonical,
                         const std::optional<QByteArray> &canonicalAsSent)
{
    const QString id = env.value(QLatin1String("id")).toString();
    if (!isValidId(id))
        return QStringLiteral("\"id\" must be a lowercase UUID");
    const QString kiosk = env.value(QLatin1String("kiosk_id")).toString();
    if (kiosk != certificateKioskId)
        return QStringLiteral("kiosk_id \"%1\" is not the kiosk named by the client certificate (\"%2\")")
            .arg(kiosk, certificateKioskId);
    if (!isNonEmptyString(env.value(QLatin1String("service_id"))))
        return QStringLiteral("\"service_id\" is missing");
    const QJsonValue formVersion = env.value(QLatin1String("form_version"));
    if (!formVersion.isDouble() || formVersion.toDouble() < 1 || formVersion.toDouble() != formVersion.toInt())
        return QStringLiteral("\"form_version\" must be a positive integer");
    for (const char *key : {"created_at", "submitted_at"}) {
        if (!isTime(env.value(QLatin1String(key))))
            return QStringLiteral("\"%1\" must be an RFC 3339 time with an offset").arg(QLatin1String(key));
    }
    const QString channel = env.value(QLatin1String("channel")).toString();
    if (channel != QLatin1String("self") && channel != QLatin1String("agent"))
        return QStringLiteral("\"channel\" must be \"self\" or \"agent\"");
    if (channel == QLatin1String("agent")) {
        const QJsonObject agent = env.value(QLatin1String("agent")).toObject();
        const QJsonObject consent = agent.value(QLatin1String("consent")).toObject();
        const QString method = consent.value(QLatin1String("method")).toString();
        if (!isNonEmptyString(agent.value(QLatin1String("staff_id"))))
            return QStringLiteral("an agent-submitted case needs agent.staff_id");
        if (method != QLatin1String("id_card") && method != QLatin1String("signature"))
            return QStringLiteral("agent.consent.method must be \"id_card\" or \"signature\"");
        if (!isTime(consent.value(QLatin1String("at"))))
            return QStringLiteral("agent.consent.at must be an RFC 3339 time");
        if (method == QLatin1String("signature") && !isSha256Hex(consent.value(QLatin1String("blob")).toString()))
            return QStringLiteral("a signature consent needs agent.consent.blob (sha256)");
    }
    const QJsonValue applicantValue = env.value(QLatin1String("applicant"));
    if (!applicantValue.isObject())
        return QStringLiteral("\"applicant\" must be an object");
    const QJsonObject applicant = applicantValue.toObject();
    for (const char *key : {"name", "id_type", "id_number"}) {
        if (!isNonEmptyString(applicant.value(QLatin1String(key))))
            return QStringLiteral("applicant.%1 is missing").arg(QLatin1String(key));
    }
    if (!env.value(QLatin1String("fields")).isObject())
        return QStringLiteral("\"fields\" must be an object");
    const QJsonValue approvals = env.value(QLatin1String("approvals"));
    if (!approvals.isArray())
        return QStringLiteral("\"approvals\" must be an array");
    for (const QJsonValue &v : approvals.toArray()) {
        const QJsonObject a = v.toObject();
        const QString decision = a.value(QLatin1String("decision")).toString();
        if (decision != QLatin1String("approve") && decision != QLatin1String("reject"))
            return QStringLiteral("approvals[].decision must be \"approve\" or \"reject\"");
        if (!isTime(a.value(QLatin1String("at"))))
            return QStringLiteral("approvals[].at must be an RFC 3339 time");
    }
    const QJsonValue attachments = env.value(QLatin1String("attachments"));
    if (!attachments.isArray())
        return QStringLiteral("\"attachments\" must be an array");
    for (const QJsonValue &v : attachments.toArray()) {
        const QJsonObject a = v.toObject();
        if (!isSha256Hex(a.value(QLatin1String("sha256")).toString()))
            return QStringLiteral("attachments[].sha256 must be 64 lowercase hex digits");
        const QString kind = a.value(QLatin1String("kind")).toString();
        if (kind != QLatin1String("id_photo") && kind != QLatin1String("document") && kind != QLatin1String("signature"))
            return QStringLiteral("attachments[].kind must be id_photo, document or signature");
        if (a.value(QLatin1String("bytes")).toDouble(-1) < 0)
            return QStringLiteral("attachments[].bytes must be a size in bytes");
    }
    const QString claimed = env.value(QLatin1String("content_hash")).toString();
    if (claimed.isEmpty())
        return QStringLiteral("\"content_hash\" is missing");
    QByteArray form = canonicalAsSent ? *canonicalAsSent : canonicalJsonWithout(env, u"content_hash");
    if (sha256Hex(form) != claimed)
        return QStringLiteral("content_hash does not match the canonical form of the envelope");
    if (canonical)
        *canonical = std::move(form);
    return {};
}

CountyStore::CountyStore(QSqlDatabase db, QString connectionName)
    : m_db(std::move(db)), m_connectionName(std::move(connectionName))
{
}

Result<SqliteStatement *> CountyStore::statement(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = SqliteStatement::prepare(m_db, sql);
        if (!prepared)
            return prepared.error();
        it = m_statements.emplace(sql, std::move(*prepared)).first;
    }
    return it->second.get();
}

CountyStore::~CountyStore()
{
    m_statements.clear(); // statements go before their connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<CountyStore>> CountyStore::open(const QString &path)
{
    // SQLite's memory statistics take a process-wide mutex on every allocation (several per stored case) and
    // nothing here reads them. Only possible before SQLite's first use in the process; later it changes nothing.
    static const bool memoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(memoryStatisticsOff);
    const QString name = QStringLiteral("county-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        Error e = dbError(QStringLiteral("cannot open %1").arg(path), db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return e;
    }
    std::unique_ptr<CountyStore> store(new CountyStore(db, name));
    const char *schema[] = {
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "CREATE TABLE IF NOT EXISTS cases (ref INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kiosk_id TEXT NOT NULL,"
        " service_id TEXT NOT NULL, content_hash TEXT NOT NULL, envelope TEXT NOT NULL, received_at TEXT NOT NULL,"
        " status TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS blobs (kiosk_id TEXT NOT NULL, sha256 TEXT NOT NULL, bytes BLOB NOT NULL,"
        " received_at TEXT NOT NULL, PRIMARY KEY (kiosk_id, sha256)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS updates (cursor INTEGER PRIMARY KEY AUTOINCREMENT, kiosk_id TEXT NOT NULL,"
        " case_id TEXT NOT NULL, status TEXT NOT NULL, message TEXT NOT NULL, at TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS updates_kiosk ON updates (kiosk_id, cursor)",
        "CREATE TABLE IF NOT EXISTS catalogues (version INTEGER PRIMARY KEY, body TEXT NOT NULL, published_at TEXT NOT NULL)",
    };
    for (const char *sql : schema) {
        if (Status s = store->exec(QString::fromLatin1(sql)); !s)
            return s.error().context(path);
    }
    return store;
}

Status CountyStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return dbError(sql.left(40), q.lastError());
    return {};
}

Status CountyStore::transaction(const std::function<Status()> &work)
{
    if (Status s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    Status result = work();
    if (result) {
        if (Status s = exec(QStringLiteral("COMMIT")); !s) {
            (void)exec(QStringLiteral("ROLLBACK"));
            return s;
        }
        return {};
    }
    (void)exec(QStringLiteral("ROLLBACK"));
    return result;
}

bool CountyStore::hasBlob(const QString &kioskId, const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM blobs WHERE kiosk_id = ? AND sha256 = ?"));
    q.addBindValue(kioskId);
    q.addBindValue(sha256);
    return q.exec() && q.next();
}

Result<bool> CountyStore::putBlob(const QString &kioskId, const QString &sha256, const QByteArray &bytes)
{
    // Group commit for attachments: a blob is written to the WAL without its own fsync; the next case commit
    // (synchronous=FULL) fsyncs the WAL and with it every blob written before. A case is therefore never
    // accepted unless its attachments are on disk, and a blob lost in a crash before that is simply reported
    // as missing_blobs and sent again by the kiosk.
    if (Status s = exec(QStringLiteral("PRAGMA synchronous=NORMAL")); !s)
        return s.error();
    const auto restore = qScopeGuard([this] { (void)exec(QStringLiteral("PRAGMA synchronous=FULL")); });
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs (kiosk_id, sha256, bytes, received_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(kioskId);
    q.addBindValue(sha256);
    q.addBindValue(bytes);
    q.addBindValue(nowText());
    if (!q.exec())
        return dbError(QStringLiteral("storing blob"), q.lastError());
    return q.numRowsAffected() > 0;
}

Result<QByteArray> CountyStore::storeBatch(const QString &kioskId, const QList<SentCase> &cases, bool statusInResults)
{
    QByteArray answer;
    Status s = transaction([&]() -> Status {
        auto find = statement("SELECT content_hash, ref, status FROM cases WHERE id = ?");
        auto blob = statement("SELECT 1 FROM blobs WHERE kiosk_id = ? AND sha256 = ?");
        // The stored envelope is its canonical form without content_hash (kept in its own column), as UTF-8 TEXT.
        auto insert = statement("INSERT INTO cases (ref, id, kiosk_id, service_id, content_hash, envelope, received_at,"
                                " status) VALUES (?, ?, ?, ?, ?, ?, ?, 'received')");
        auto update = statement("INSERT INTO updates (kiosk_id, case_id, status, message, at) VALUES (?, ?, 'received', '', ?)");
        // Read inside the write transaction, so another writer on the same file cannot take our numbers.
        auto number = statement("SELECT COALESCE(MAX(ref), 0) + 1 FROM cases");
        for (const auto *prepared : {&find, &blob, &insert, &update, &number}) {
            if (!*prepared)
                return prepared->error();
        }
        qint64 ref = 0;
        {
            StatementReset done(**number);
            auto row = (*number)->step(QStringLiteral("numbering cases"));
            if (!row)
                return row.error();
            ref = (*number)->int64(0);
        }
        const QByteArray kiosk = kioskId.toUtf8();
        const QByteArray now = nowText().toUtf8();
        answer.reserve(100 + cases.size() * 120);
        answer.append("{\"results\":[");
        for (const SentCase &sent : cases) {
            const QJsonValue &value = sent.value;
            const QJsonObject env = value.toObject();
            const QString id = env.value(QLatin1String("id")).toString();
            CaseResult result;
            result.id = id;
            QByteArray canonical;
            const QString problem = value.isObject() ? validateEnvelope(env, kioskId, &canonical, sent.canonical)
                                                     : QStringLiteral("a case must be a JSON object");
            if (!problem.isEmpty()) {
                result.outcome = QLatin1StringView("invalid");
                result.message = problem;
                result.appendTo(answer);
                continue;
            }
            const QByteArray idUtf8 = id.toUtf8();
            const QByteArray hash = env.value(QLatin1String("content_hash")).toString().toUtf8();
            {
                SqliteStatement &lookup = **find;
                StatementReset done(lookup);
                lookup.bindText(1, idUtf8);
                auto row = lookup.step(QStringLiteral("looking up case"));
                if (!row)
                    return row.error();
                if (*row) {
                    const bool same = lookup.text(0) == hash;
                    result.outcome = same ? QLatin1StringView("duplicate") : QLatin1StringView("conflict");
                    if (same) {
                        result.countyRef = countyRef(lookup.int64(1));
                        if (statusInResults)
                            result.status = QString::fromUtf8(lookup.text(2));
                    } else {
                        result.message = QStringLiteral("the county already holds case %1 with different content").arg(id);
                    }
                    result.appendTo(answer);
                    continue;
                }
            }
            for (const QString &sha : referencedBlobs(env)) {
                SqliteStatement &lookup = **blob;
                StatementReset done(lookup);
                lookup.bindText(1, kiosk);
                lookup.bindText(2, sha.toUtf8());
                auto row = lookup.step(QStringLiteral("looking up blob"));
                if (!row)
                    return row.error();
                if (!*row)
                    result.missing.append(sha);
            }
            if (!result.missing.isEmpty()) {
                result.outcome = QLatin1StringView("missing_blobs");
                result.message = QStringLiteral("attachments not uploaded yet");
                result.appendTo(answer);
                continue;
            }
            {
                SqliteStatement &store = **insert;
                StatementReset done(store);
                store.bindInt64(1, ref);
                store.bindText(2, idUtf8);
                store.bindText(3, kiosk);
                store.bindText(4, env.value(QLatin1String("service_id")).toString().toUtf8());
                store.bindText(5, hash);
                store.bindText(6, canonical);
                store.bindText(7, now);
                if (auto stored = store.step(QStringLiteral("storing case")); !stored)
                    return stored.error();
            }
            if (statusInResults) {
                result.status = QStringLiteral("received");
            } else {
                SqliteStatement &feed = **update;
                StatementReset done(feed);
                feed.bindText(1, kiosk);
                feed.bindText(2, idUtf8);
                feed.bindText(3, now);
                if (auto stored = feed.step(QStringLiteral("storing case")); !stored)
                    return stored.error();
            }
            result.outcome = QLatin1StringView("accepted");
            result.countyRef = countyRef(ref);
            ++ref;
            result.appendTo(answer);
        }
        answer.append("]}");
        return {};
    });
    if (!s)
        return s.error();
    return answer;
}

Result<QJsonObject> CountyStore::updates(const QString &kioskId, qint64 after, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT cursor, case_id, status, message, at FROM updates"
                             " WHERE kiosk_id = ? AND cursor > ? ORDER BY cursor LIMIT ?"));
    q.addBindValue(kioskId);
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!q.exec())
        return dbError(QStringLiteral("reading updates"), q.lastError());
    QJsonArray list;
    qint64 next = after;
    while (q.next()) {
        next = q.value(0).toLongLong();
        list.append(QJsonObject{{QStringLiteral("cursor"), QString::number(next)},
                                {QStringLiteral("case_id"), q.value(1).toString()},
                                {QStringLiteral("status"), q.value(2).toString()},
                                {QStringLiteral("message"), q.value(3).toString()},
                                {QStringLiteral("at"), q.value(4).toString()}});
    }
    return QJsonObject{{QStringLiteral("updates"), list}, {QStringLiteral("next"), QString::number(next)}};
}

std::optional<QJsonObject> CountyStore::latestCatalogue()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT body FROM catalogues ORDER BY version DESC LIMIT 1")) || !q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

Result<int> CountyStore::publishCatalogue(QJsonObject catalogue)
{
    if (!catalogue.value(QLatin1String("services")).isArray())
        return Error(QStringLiteral("county.bad_catalogue"), QStringLiteral("a catalogue needs a \"services\" array"));
    int version = catalogue.value(QLatin1String("version")).toInt(0);
    int latest = 0;
    if (auto current = latestCatalogue())
        latest = current->value(QLatin1String("version")).toInt();
    if (version == 0)
        version = latest + 1;
    if (version <= latest)
        return Error(QStringLiteral("county.old_catalogue"),
                     QStringLiteral("catalogue version %1 is not newer than the published %2").arg(version).arg(latest));
    catalogue.insert(QStringLiteral("version"), version);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO catalogues (version, body, published_at) VALUES (?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(catalogue).toJson(QJsonDocument::Compact)));
    q.addBindValue(nowText());
    if (!q.exec())
        return dbError(QStringLiteral("publishing catalogue"), q.lastError());
    return version;
}

QStringList CountyStore::decisionStatuses()
{
    return {QStringLiteral("in_review"), QStringLiteral("approved"), QStringLiteral("rejected"),
            QStringLiteral("needs_materials"), QStringLiteral("completed")};
}

Result<QJsonObject> CountyStore::decide(const QString &caseId, const QString &status, const QString &message)
{
    if (!decisionStatuses().contains(status))
        return Error(QStringLiteral("county.bad_status"),
                     QStringLiteral("status must be one of %1").arg(decisionStatuses().join(QStringLiteral(", "))));
    QJsonObject out;
    Status s = transaction([&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT kiosk_id FROM cases WHERE id = ?"));
        q.addBindValue(caseId);
        if (!q.exec())
            return dbError(QStringLiteral("looking up case"), q.lastError());
        if (!q.next())
            return Error(QStringLiteral("county.no_case"), QStringLiteral("the county holds no case %1").arg(caseId));
        const QString kiosk = q.value(0).toString();
        const QString at = nowText();
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE cases SET status = ? WHERE id = ?"));
        u.addBindValue(status);
        u.addBindValue(caseId);
        if (!u.exec())
            return dbError(QStringLiteral("updating case"), u.lastError());
        QSqlQuery i(m_db);
        i.prepare(QStringLiteral("INSERT INTO updates (kiosk_id, case_id, status, message, at) VALUES (?, ?, ?, ?, ?)"));
        i.addBindValue(kiosk);
        i.addBindValue(caseId);
        i.addBindValue(status);
        i.addBindValue(message);
        i.addBindValue(at);
        if (!i.exec())
            return dbError(QStringLiteral("recording decision"), i.lastError());
        out = QJsonObject{{QStringLiteral("cursor"), QString::number(i.lastInsertId().toLongLong())},
                          {QStringLiteral("case_id"), caseId}, {QStringLiteral("kiosk_id"), kiosk},
                          {QStringLiteral("status"), status}, {QStringLiteral("message"), message},
                          {QStringLiteral("at"), at}};
        return {};
    });
    if (!s)
        return s.error();
    return out;
}

Status CountyStore::exportCases(const std::function<void(const QJsonObject &)> &sink)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, kiosk_id, service_id, content_hash, received_at, status, ref"
                               " FROM cases ORDER BY ref")))
        return dbError(QStringLiteral("reading cases"), q.lastError());
    while (q.next()) {
        sink(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                         {QStringLiteral("kiosk_id"), q.value(1).toString()},
                         {QStringLiteral("service_id"), q.value(2).toString()},
                         {QStringLiteral("content_hash"), q.value(3).toString()},
                         {QStringLiteral("received_at"), q.value(4).toString()},
                         {QStringLiteral("status"), q.value(5).toString()},
                         {QStringLiteral("county_ref"), QString::fromLatin1(countyRef(q.value(6).toLongLong()))}});
    }
    return {};
}

} // namespace bianmin::county
