// Cases on the kiosk: submit writes case + audit + outbox as one, reads and filters, looks up by ID number
// through the blind index, lets exactly one of two concurrent approvers win, drives the sync outbox and the
// county's updates idempotently, and never leaves a name or ID number readable in kiosk.db or its WAL.
#include "store/datastore.h"

#include "core/canonicaljson.h"
#include "core/ids.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <barrier>
#include <thread>

using namespace bianmin;

namespace {

const QString kName = QStringLiteral("欧阳明月");
const QString kIdNumber = QStringLiteral("11010519491231002X");
const QString kPhone = QStringLiteral("13912345678");
const QString kAddress = QStringLiteral("重庆市巴南区华天村三组");

CaseRecord makeCase(const QString &service = QStringLiteral("medical-insurance"), const QString &name = kName,
                    const QString &idNumber = kIdNumber)
{
    CaseRecord r;
    r.serviceId = service;
    r.formVersion = 3;
    r.applicant.name = name;
    r.applicant.idNumber = idNumber;
    r.applicant.phone = kPhone;
    r.applicant.address = kAddress;
    r.fields.insert(QStringLiteral("household_head"), name);
    r.fields.insert(QStringLiteral("members"), 4);
    return r;
}

struct Fixture
{
    QTemporaryDir tmp;
    DataDir dir{tmp.path()};
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600)};
    std::unique_ptr<DataStore> store;

    Fixture()
    {
        if (Status s = DataStore::initialize(dir); !s)
            qFatal("%s", qPrintable(s.error().message));
        auto opened = DataStore::open(dir, clock);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        store = std::move(opened.value());
    }
    CaseStore &cases() { return store->cases(); }

    CaseRecord submit(CaseState state, CaseRecord r = makeCase(), const QString &actor = QStringLiteral("villager"))
    {
        clock.advanceSeconds(60);
        auto done = cases().submit(std::move(r), state, actor);
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
        return done.value();
    }

    int count(const QString &sql)
    {
        QSqlQuery q(store->database().sql());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QPair<QString, QByteArray>> encodings(const QString &text)
{
    QList<QPair<QString, QByteArray>> out;
    out.append({QStringLiteral("UTF-8"), text.toUtf8()});
    for (auto [name, encoding] : {std::pair{"UTF-16LE", QStringConverter::Utf16LE},
                                  std::pair{"UTF-16BE", QStringConverter::Utf16BE}}) {
        QStringEncoder encoder(encoding);
        out.append({QString::fromLatin1(name), QByteArray(encoder(text))});
    }
    QStringEncoder gb("GB18030");
    if (gb.isValid())
        out.append({QStringLiteral("GB18030"), QByteArray(gb(text))});
    return out;
}

} // namespace

class TestCaseStore : public QObject
{
    Q_OBJECT
private slots:
    void submitWritesCaseAuditAndOutboxTogether()
    {
        Fixture f;
        f.store->config().setValue(QStringLiteral("kiosk.id"), QStringLiteral("500242-huatian-01"));
        QVERIFY(f.store->saveConfig().ok());
        const CaseRecord queued = f.submit(CaseState::Queued);
        QVERIFY(isValidId(queued.id));
        QCOMPARE(queued.state, CaseState::Queued);
        QCOMPARE(queued.kioskId, QStringLiteral("500242-huatian-01"));
        QCOMPARE(queued.submittedAt, f.clock.now());

        auto read = f.cases().get(queued.id);
        QVERIFY(read.ok());
        QCOMPARE(read->applicant.name, kName);
        QCOMPARE(read->applicant.idNumber, kIdNumber);
        QCOMPARE(read->applicant.phone, kPhone);
        QCOMPARE(read->applicant.address, kAddress);
        QCOMPARE(read->fields.value(QStringLiteral("members")).toInt(), 4);
        QCOMPARE(read->formVersion, 3);
        QCOMPARE(read->state, CaseState::Queued);
        QCOMPARE(read->toEnvelope().value(QStringLiteral("content_hash")),
                 queued.toEnvelope().value(QStringLiteral("content_hash")));

        auto audit = f.store->audit().entriesFor(queued.id);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->at(0).action, QStringLiteral("case.submit"));
        QCOMPARE(audit->at(0).actor, QStringLiteral("villager"));
        QCOMPARE(audit->at(0).details.value(QStringLiteral("to")).toString(), QStringLiteral("queued"));
        QCOMPARE(f.cases().outboxSize().value(), 1);
        QCOMPARE(f.cases().oldestQueuedAt().value(), f.clock.now());

        const CaseRecord waiting = f.submit(CaseState::AwaitingApproval);
        QCOMPARE(f.cases().outboxSize().value(), 1); // only queued cases go to the county
        QCOMPARE(f.store->audit().entriesFor(waiting.id)->size(), 1);
        QVERIFY(f.store->audit().verify()->intact());
    }

    void failedSubmitLeavesNothingBehind()
    {
        Fixture f;
        const CaseRecord first = f.submit(CaseState::Queued);
        // The outbox write fails inside the transaction: the case row and its audit entry must go too.
        QSqlQuery q(f.store->database().sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox "
                                      "BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
        auto failed = f.cases().submit(makeCase(QStringLiteral("pension")), CaseState::Queued, QStringLiteral("x"));
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QStringLiteral("injected failure")));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM cases")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM outbox")), 1);
        QVERIFY(!f.store->database().inTransaction());

        // The same id twice is refused, and again nothing half-written remains.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_outbox")));
        CaseRecord dup = makeCase();
        dup.id = first.id;
        auto duplicate = f.cases().submit(dup, CaseState::Queued, QStringLiteral("x"));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, QStringLiteral("store.duplicate"));
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit")), 1);
        QVERIFY(f.store->audit().verify()->intact());

        CaseRecord badId = makeCase();
        badId.id = QStringLiteral("not-a-uuid");
        QCOMPARE(f.cases().submit(badId, CaseState::Queued, QStringLiteral("x")).error().code,
                 QStringLiteral("store.bad_id"));
        QCOMPARE(f.cases().submit(makeCase(), CaseState::Uploaded, QStringLiteral("x")).error().code,
                 QStringLiteral("store.bad_state"));
    }

    void listFiltersAndCounts()
    {
        Fixture f;
        CaseRecord agent = makeCase(QStringLiteral("pension"), QStringLiteral("李四"), QStringLiteral("500242199001011234"));
        agent.channel = QStringLiteral("agent");
        agent.agent.staffId = QStringLiteral("clerk-7");
        agent.agent.consent.method = QStringLiteral("id_card");
        agent.agent.consent.at = f.clock.now();
        const CaseRecord a = f.submit(CaseState::Queued);
        const CaseRecord b = f.submit(CaseState::AwaitingApproval, agent, QStringLiteral("clerk-7"));
        const CaseRecord c = f.submit(CaseState::Queued, makeCase(QStringLiteral("pension")));

        auto all = f.cases().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).id, c.id); // newest first
        CaseFilter queued;
        queued.state = CaseState::Queued;
        QCOMPARE(f.cases().list(queued)->size(), 2);
        CaseFilter pension;
        pension.serviceId = QStringLiteral("pension");
        QCOMPARE(f.cases().list(pension)->size(), 2);
        CaseFilter byClerk;
        byClerk.staffId = QStringLiteral("clerk-7");
        auto clerks = f.cases().list(byClerk);
        QCOMPARE(clerks->size(), 1);
        QCOMPARE(clerks->at(0).id, b.id);
        QCOMPARE(clerks->at(0).agent.staffId, QStringLiteral("clerk-7"));
        CaseFilter limited;
        limited.limit = 1;
        QCOMPARE(f.cases().list(limited)->size(), 1);
        auto counts = f.cases().countByState();
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(QStringLiteral("queued")), 2);
        QCOMPARE(counts->value(QStringLiteral("awaiting_approval")), 1);
        QCOMPARE(f.cases().get(QStringLiteral("00000000-0000-4000-8000-000000000000")).error().code,
                 QStringLiteral("store.not_found"));
        Q_UNUSED(a);
    }

    void lookupByIdNumberUsesTheBlindIndex()
    {
        Fixture f;
        const CaseRecord mine = f.submit(CaseState::Queued);
        f.submit(CaseState::Queued, makeCase(QStringLiteral("x"), QStringLiteral("李四"), QStringLiteral("500242199001011234")));
        for (const QString &typed : {kIdNumber, QStringLiteral("11010519491231002x"),
                                     QStringLiteral(" １１０１０５１９４９１２３１００２Ｘ ")}) {
            CaseFilter filter;
            filter.idNumber = typed;
            auto found = f.cases().list(filter);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->at(0).id, mine.id);
        }
        CaseFilter other;
        other.idNumber = QStringLiteral("110105194912310011");
        QCOMPARE(f.cases().list(other)->size(), 0);
        // The column holds the keyed hash, not the number.
        QSqlQuery q(f.store->database().sql());
        QVERIFY(q.exec(QStringLiteral("SELECT id_index FROM cases WHERE id = '%1'").arg(mine.id)) && q.next());
        QCOMPARE(q.value(0).toString(), f.store->keys().blindIndex(kIdNumber));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("19491231")));
    }

    void transitionsAreOptimistic()
    {
        Fixture f;
        CaseRecord r = f.submit(CaseState::AwaitingApproval);
        r.approvals.append(Approval{QStringLiteral("village"), QStringLiteral("approver-1"), QStringLiteral("approve"),
                                    f.clock.now(), QStringLiteral("ok")});
        r.state = CaseState::Queued;
        QVERIFY(f.cases().transition(r, CaseState::AwaitingApproval, QStringLiteral("approver-1"),
                                     QStringLiteral("case.approve"), {{QStringLiteral("step"), QStringLiteral("village")}})
                    .ok());
        auto read = f.cases().get(r.id);
        QCOMPARE(read->state, CaseState::Queued);
        QCOMPARE(read->approvals.size(), 1);
        QCOMPARE(f.cases().outboxSize().value(), 1);
        auto audit = f.store->audit().entriesFor(r.id);
        QCOMPARE(audit->size(), 2);
        QCOMPARE(audit->at(1).details.value(QStringLiteral("from")).toString(), QStringLiteral("awaiting_approval"));
        QCOMPARE(audit->at(1).details.value(QStringLiteral("to")).toString(), QStringLiteral("queued"));
        QCOMPARE(audit->at(1).details.value(QStringLiteral("step")).toString(), QStringLiteral("village"));

        // Stale expectation: refused, nothing changed, no audit entry.
        r.state = CaseState::Rejected;
        const Status stale = f.cases().transition(r, CaseState::AwaitingApproval, QStringLiteral("approver-2"),
                                                  QStringLiteral("case.reject"));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, QStringLiteral("store.state_changed"));
        QVERIFY(stale.error().message.contains(QStringLiteral("someone else")));
        QCOMPARE(f.cases().get(r.id)->state, CaseState::Queued);
        QCOMPARE(f.store->audit().entriesFor(r.id)->size(), 2);
        r.id = QStringLiteral("00000000-0000-4000-8000-000000000000");
        QCOMPARE(f.cases().transition(r, CaseState::Queued, QStringLiteral("x"), QStringLiteral("y")).error().code,
                 QStringLiteral("store.not_found"));
    }

    void concurrentTransitionsExactlyOneWins()
    {
        Fixture f;
        constexpr int kRounds = 8;
        QStringList ids;
        for (int i = 0; i < kRounds; ++i)
            ids << f.submit(CaseState::AwaitingApproval).id;

        std::atomic<int> wins{0}, conflicts{0}, otherErrors{0};
        std::barrier sync(2);
        auto approver = [&](int who) {
            // One Database per thread, both on the same file, as two kiosk processes would.
            auto keys = KeyRing::load(f.dir);
            auto db = Database::open(f.dir, Database::Mode::OpenExisting);
            if (!keys || !db) {
                otherErrors += kRounds;
                for (int i = 0; i < kRounds; ++i)
                    sync.arrive_and_wait();
                return;
            }
            AuditLog audit(**db, f.clock);
            CaseStore cases(**db, keys.value(), f.clock, audit);
            for (const QString &id : ids) {
                auto record = cases.get(id);
                sync.arrive_and_wait(); // both have read "awaiting_approval"
                if (!record) {
                    ++otherErrors;
                    continue;
                }
                CaseRecord next = record.value();
                next.state = who == 0 ? CaseState::Queued : CaseState::Rejected;
                const Status s = cases.transition(next, CaseState::AwaitingApproval, QStringLiteral("approver-%1").arg(who),
                                                  QStringLiteral("case.decide"));
                if (s.ok())
                    ++wins;
                else if (s.error().code == QLatin1String("store.state_changed"))
                    ++conflicts;
                else
                    ++otherErrors;
            }
        };
        std::thread t1(approver, 0), t2(approver, 1);
        t1.join();
        t2.join();
        QCOMPARE(otherErrors.load(), 0);
        QCOMPARE(wins.load(), kRounds);
        QCOMPARE(conflicts.load(), kRounds);
        for (const QString &id : ids)
            QCOMPARE(f.store->audit().entriesFor(id)->size(), 2); // submit + the one winning decision
        auto report = f.store->audit().verify();
        QVERIFY2(report->intact(), qPrintable(report->reason));
        QCOMPARE(f.cases().outboxSize().value(), f.count(QStringLiteral("SELECT count(*) FROM cases WHERE state = 'queued'")));
    }

    void outboxDrainsInOrder()
    {
        Fixture f;
        const CaseRecord a = f.submit(CaseState::Queued);
        const CaseRecord b = f.submit(CaseState::Queued);
        const CaseRecord c = f.submit(CaseState::Queued);
        const QDateTime firstQueued = f.clock.now().addSecs(-120);
        QCOMPARE(f.cases().oldestQueuedAt().value(), firstQueued);

        auto due = f.cases().dueOutbox(10, f.clock.now());
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 3);
        QCOMPARE(due->at(0).caseId, a.id);
        QCOMPARE(due->at(2).caseId, c.id);
        QCOMPARE(f.cases().dueOutbox(2, f.clock.now())->size(), 2);

        // A failed attempt postpones the case and keeps it queued.
        const QDateTime later = f.clock.now().addSecs(300);
        QVERIFY(f.cases().deferOutbox(a.id, QStringLiteral("connection refused"), later).ok());
        due = f.cases().dueOutbox(10, f.clock.now());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).caseId, b.id);
        due = f.cases().dueOutbox(10, later);
        QCOMPARE(due->size(), 3);
        QCOMPARE(due->at(0).attempts, 1);
        QCOMPARE(due->at(0).lastError, QStringLiteral("connection refused"));
        QCOMPARE(due->at(0).nextAttemptAt, later);
        QCOMPARE(f.cases().deferOutbox(QStringLiteral("00000000-0000-4000-8000-000000000000"), QString(), later)
                     .error()
                     .code,
                 QStringLiteral("store.not_found"));

        // Accepted in one batch.
        QVERIFY(f.cases().markUploaded({{a.id, QStringLiteral("CQ-1")}, {b.id, QStringLiteral("CQ-2")}}).ok());
        QCOMPARE(f.cases().get(a.id)->state, CaseState::Uploaded);
        QCOMPARE(f.cases().get(b.id)->countyRef, QStringLiteral("CQ-2"));
        QCOMPARE(f.cases().outboxSize().value(), 1);
        QCOMPARE(f.store->audit().entriesFor(a.id)->last().action, QStringLiteral("case.uploaded"));
        // The retry path (duplicate) marks again without harm or a second audit entry.
        QVERIFY(f.cases().markUploaded({{a.id, QStringLiteral("CQ-1")}}).ok());
        QCOMPARE(f.store->audit().entriesFor(a.id)->size(), 2);

        // Refused: never retried, the county's message kept (sealed).
        QVERIFY(f.cases().markRefused(c.id, QStringLiteral("invalid"), QStringLiteral("户籍地址与身份证不一致")).ok());
        auto refused = f.cases().get(c.id);
        QCOMPARE(refused->state, CaseState::Refused);
        QCOMPARE(refused->countyMessage, QStringLiteral("户籍地址与身份证不一致"));
        QCOMPARE(f.cases().outboxSize().value(), 0);
        QVERIFY(!f.cases().oldestQueuedAt().has_value());
        QCOMPARE(f.cases().dueOutbox(10, later)->size(), 0);
        QVERIFY(f.store->audit().verify()->intact());
    }

    void syncSendsTheEnvelopeSealedAtSubmit()
    {
        Fixture f;
        f.cases().setKioskId(QStringLiteral("500242-huatian-01"));
        CaseRecord withFiles = makeCase();
        withFiles.attachments.append(Attachment{QString(64, QLatin1Char('a')), QStringLiteral("document"),
                                                QStringLiteral("image/jpeg"), 20480});
        withFiles.channel = QStringLiteral("agent");
        withFiles.agent.staffId = QStringLiteral("clerk-07");
        withFiles.agent.consent = Consent{QStringLiteral("signature"), f.clock.now(), QString(64, QLatin1Char('b'))};
        const CaseRecord a = f.submit(CaseState::Queued, withFiles);
        const CaseRecord b = f.submit(CaseState::Queued);
        const CaseRecord c = f.submit(CaseState::Queued);
        // c as a kiosk.db from before schema 4 holds it (only the personal parts sealed), and queued before
        // kiosk.id was set: rebuilt from the record, with the kiosk id sync is given.
        QVERIFY(f.count(QStringLiteral("SELECT count(*) FROM cases WHERE sealed_format = 1")) == 3);
        QSqlQuery q(f.store->database().sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET sealed_format = 0, blob_refs = NULL WHERE id = '%1'").arg(c.id)));

        auto due = f.cases().dueEnvelopes(10, f.clock.now(), {b.id}, QStringLiteral("500242-huatian-01"));
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2); // b is excluded (in flight)
        QCOMPARE(due->at(0).caseId, a.id);
        QCOMPARE(due->at(1).caseId, c.id);
        for (const OutboxEnvelope &e : *due) {
            QVERIFY(!e.error);
            const CaseRecord stored = f.cases().get(e.caseId).value();
            // Exactly what the county hashes: canonical JSON of the envelope, with a content_hash that holds.
            QCOMPARE(e.envelope, canonicalJson(stored.toEnvelope()));
            const QJsonObject parsed = QJsonDocument::fromJson(e.envelope).object();
            QCOMPARE(parsed.value(QStringLiteral("content_hash")).toString(), contentHash(parsed));
            QCOMPARE(parsed.value(QStringLiteral("kiosk_id")).toString(), QStringLiteral("500242-huatian-01"));
        }
        QCOMPARE(due->at(0).blobs, (QStringList{QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))}));
        QVERIFY(due->at(1).blobs.isEmpty());
        QCOMPARE(f.cases().dueEnvelopes(1, f.clock.now(), {}, QString())->size(), 1);
        // The limit counts the cases returned, not the excluded ones passed over.
        due = f.cases().dueEnvelopes(1, f.clock.now(), {a.id}, QString());
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->at(0).caseId, b.id);
        QCOMPARE(f.cases().dueEnvelopes(5, f.clock.now(), {a.id, b.id, c.id}, QString())->size(), 0);

        // A transition re-seals the envelope: the approvals it adds are what the county gets.
        CaseRecord approved = f.cases().get(a.id).value();
        QVERIFY(f.cases().transition(approved, CaseState::Queued, QStringLiteral("clerk-07"), QStringLiteral("case.edit")).ok());
        approved.approvals.append(Approval{QStringLiteral("village"), QStringLiteral("clerk-07"), QStringLiteral("approve"),
                                           f.clock.now(), QStringLiteral("ok")});
        QVERIFY(f.cases().transition(approved, CaseState::Queued, QStringLiteral("clerk-07"), QStringLiteral("case.edit")).ok());
        due = f.cases().dueEnvelopes(10, f.clock.now(), {}, QString());
        QCOMPARE(QJsonDocument::fromJson(due->at(0).envelope).object().value(QStringLiteral("approvals")).toArray().size(), 1);
        QCOMPARE(due->at(0).envelope, canonicalJson(f.cases().get(a.id)->toEnvelope()));
    }

    void uploadedBatchKeepsUnusualCountyRefsExactly()
    {
        // The batch entry is written as canonical bytes directly: a county ref with quotes, a backslash, a
        // control character or Chinese must come back as given and hash exactly as verify() recomputes it.
        Fixture f;
        const CaseRecord a = f.submit(CaseState::Queued);
        const CaseRecord b = f.submit(CaseState::Queued);
        const CaseRecord c = f.submit(CaseState::Queued);
        const QString odd = QStringLiteral("石柱县\"CQ\"\\7\t");
        QVERIFY(f.cases().markUploaded({{a.id, odd}, {b.id, QString(), true}, {c.id, QStringLiteral("CQ-3")}}).ok());
        QCOMPARE(f.cases().get(a.id)->countyRef, odd);
        QCOMPARE(f.cases().get(a.id)->state, CaseState::Uploaded);
        QCOMPARE(f.cases().get(b.id)->state, CaseState::Received);
        QCOMPARE(f.cases().outboxSize().value(), 0);
        const auto history = f.store->audit().entriesFor(a.id);
        QCOMPARE(history->last().details, (QJsonObject{{QStringLiteral("county_ref"), odd},
                                                       {QStringLiteral("from"), QStringLiteral("queued")},
                                                       {QStringLiteral("to"), QStringLiteral("uploaded")}}));
        QCOMPARE(f.store->audit().entriesFor(b.id)->last().details,
                 (QJsonObject{{QStringLiteral("from"), QStringLiteral("queued")}, {QStringLiteral("to"), QStringLiteral("received")}}));
        QVERIFY(f.store->audit().verify()->intact());
    }

    void batchAuditEntryShowsInEachCaseHistory()
    {
        Fixture f;
        const CaseRecord a = f.submit(CaseState::Queued);
        const CaseRecord b = f.submit(CaseState::Queued);
        QVERIFY(f.cases().markUploaded({{a.id, QStringLiteral("CQ-1")}, {b.id, QStringLiteral("CQ-2")}}).ok());
        QVERIFY(f.cases().applyCountyUpdates({{QStringLiteral("1"), a.id, CaseState::Received, QString(), f.clock.now()},
                                              {QStringLiteral("2"), b.id, CaseState::Received, QString(), f.clock.now()}},
                                             QStringLiteral("2"))
                    .ok());
        // One chain link per batch: submit, submit, uploaded batch, received batch.
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit")), 4);
        for (const CaseRecord &c : {a, b}) {
            auto history = f.store->audit().entriesFor(c.id);
            QVERIFY(history.ok());
            QCOMPARE(history->size(), 3);
            QCOMPARE(history->at(1).action, QStringLiteral("case.uploaded"));
            QCOMPARE(history->at(1).subject, c.id);
            QCOMPARE(history->at(1).details.value(QStringLiteral("county_ref")).toString(),
                     c.id == a.id ? QStringLiteral("CQ-1") : QStringLiteral("CQ-2"));
            QCOMPARE(history->at(2).details.value(QStringLiteral("to")).toString(), QStringLiteral("received"));
            QCOMPARE(f.cases().get(c.id)->state, CaseState::Received);
        }
        QVERIFY(f.store->audit().verify()->intact());

        // Taking a case out of a batch entry's index (to hide its upload) breaks verify.
        QSqlQuery q(f.store->database().sql());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_members WHERE subject = '%1' AND seq = 3").arg(b.id)));
        auto report = f.store->audit().verify();
        QVERIFY(!report->intact());
        QCOMPARE(report->firstBrokenSeq, 3);
        // ... and so does adding a case to one.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_members(seq, subject) VALUES(3, '%1')").arg(b.id)));
        QVERIFY(f.store->audit().verify()->intact());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_members(seq, subject) VALUES(1, '%1')").arg(b.id)));
        QVERIFY(!f.store->audit().verify()->intact());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_members WHERE seq = 1")));
        // Editing who was in the batch (its hashed details) is an edit like any other.
        QVERIFY(q.exec(QStringLiteral("UPDATE audit SET details = replace(details, '%1', '%2') WHERE seq = 3")
                           .arg(a.id, QStringLiteral("00000000-0000-4000-8000-000000000000"))));
        report = f.store->audit().verify();
        QVERIFY(!report->intact());
        QCOMPARE(report->firstBrokenSeq, 3);
    }

    void countyUpdatesApplyOnceWithTheirCursor()
    {
        Fixture f;
        const CaseRecord a = f.submit(CaseState::Queued);
        const CaseRecord b = f.submit(CaseState::Queued);
        QVERIFY(f.cases().markUploaded({{a.id, QStringLiteral("CQ-1")}}).ok());
        const QList<CountyUpdate> batch = {
            {QStringLiteral("c1"), a.id, CaseState::Received, QString(), f.clock.now()},
            {QStringLiteral("c2"), a.id, CaseState::Approved, QStringLiteral("准予办理"), f.clock.now()},
            // b's upload answer was lost, but the county has it: it must leave the outbox.
            {QStringLiteral("c3"), b.id, CaseState::InReview, QString(), f.clock.now()},
            {QStringLiteral("c4"), QStringLiteral("00000000-0000-4000-8000-000000000000"), CaseState::Completed,
             QString(), f.clock.now()},
        };
        QVERIFY(f.cases().applyCountyUpdates(batch, QStringLiteral("c4")).ok());
        QCOMPARE(f.cases().updatesCursor(), QStringLiteral("c4"));
        QCOMPARE(f.cases().get(a.id)->state, CaseState::Approved);
        QCOMPARE(f.cases().get(a.id)->countyMessage, QStringLiteral("准予办理"));
        QCOMPARE(f.cases().get(b.id)->state, CaseState::InReview);
        QCOMPARE(f.cases().outboxSize().value(), 0);
        const int auditAfterFirst = f.count(QStringLiteral("SELECT count(*) FROM audit"));

        // The same batch delivered again: nothing changes, no new audit entries.
        QVERIFY(f.cases().applyCountyUpdates(batch, QStringLiteral("c4")).ok());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM audit")), auditAfterFirst);
        QCOMPARE(f.cases().get(a.id)->state, CaseState::Approved);

        // A late upload answer does not roll the county's decision back.
        QVERIFY(f.cases().markUploaded({{b.id, QStringLiteral("CQ-9")}}).ok());
        QCOMPARE(f.cases().get(b.id)->state, CaseState::InReview);
        QCOMPARE(f.cases().get(b.id)->countyRef, QStringLiteral("CQ-9"));

        auto entries = f.store->audit().entriesFor(a.id);
        QCOMPARE(entries->last().actor, QStringLiteral("county"));
        QCOMPARE(entries->last().details.value(QStringLiteral("to")).toString(), QStringLiteral("approved"));
        QVERIFY(f.store->audit().verify()->intact());
    }

    void sealedPartIsBoundToItsRow()
    {
        Fixture f;
        const CaseRecord a = f.submit(CaseState::Queued);
        const CaseRecord b = f.submit(CaseState::Queued, makeCase(QStringLiteral("pension"), QStringLiteral("李四")));
        QSqlQuery q(f.store->database().sql());
        // Changing a plain column the sealed data was written with is noticed on read...
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET service_id = 'pension' WHERE id = '%1'").arg(a.id)));
        QCOMPARE(f.cases().get(a.id).error().code, QStringLiteral("keys.wrong_key"));
        // ...and so is moving one case's sealed data to another case.
        QVERIFY(q.exec(QStringLiteral("UPDATE case_envelopes SET sealed = (SELECT sealed FROM case_envelopes "
                                      "WHERE case_id = '%1') WHERE case_id = '%2'").arg(a.id, b.id)));
        QCOMPARE(f.cases().get(b.id).error().code, QStringLiteral("keys.wrong_key"));
        QVERIFY(!f.cases().list().ok());
    }

    void casesOfSchema4AreMovedIntact()
    {
        // A kiosk.db from before schema 5 kept the sealed envelope in the case row. Rebuild that shape from a
        // current file (same bytes), reopen, and every case must read back as it was, still queued.
        Fixture f;
        const CaseRecord a = f.submit(CaseState::Queued);
        const CaseRecord b = f.submit(CaseState::AwaitingApproval, makeCase(QStringLiteral("pension"), QStringLiteral("李四")));
        {
            QSqlQuery q(f.store->database().sql());
            for (const char *sql : {"ALTER TABLE cases ADD COLUMN sealed BLOB",
                                    "UPDATE cases SET sealed = (SELECT sealed FROM case_envelopes WHERE case_id = cases.id)",
                                    "DROP TABLE case_envelopes", "DROP INDEX outbox_due",
                                    "UPDATE schema_migrations SET version = 4 WHERE component = 'store'"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        f.store.reset();
        auto reopened = DataStore::open(f.dir, f.clock);
        QVERIFY(reopened.ok());
        f.store = std::move(reopened.value());
        QCOMPARE(f.store->database().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM case_envelopes")), 2);
        QCOMPARE(f.cases().get(a.id)->applicant.name, a.applicant.name);
        QCOMPARE(f.cases().get(b.id)->applicant.name, QStringLiteral("李四"));
        QCOMPARE(f.cases().get(b.id)->state, CaseState::AwaitingApproval);
        QCOMPARE(f.cases().dueEnvelopes(10, f.clock.now(), {}, QString())->size(), 1);
        QVERIFY(f.store->database().integrityCheck().ok());
    }

    void noPersonalDataReadableOnDisk()
    {
        Fixture f;
        CaseRecord r = makeCase();
        f.submit(CaseState::Queued, r);
        f.submit(CaseState::AwaitingApproval, r);
        // Keep the WAL: read both files while the connection is open and nothing was checkpointed.
        const QByteArray db = fileBytes(f.dir.databasePath());
        const QByteArray wal = fileBytes(f.dir.databasePath() + QStringLiteral("-wal"));
        QVERIFY(wal.size() > 0);
        // The search does find what is stored in clear (the service id), so a miss below means something.
        QVERIFY((db + wal).contains(QByteArrayLiteral("medical-insurance")));

        QStringEncoder gb("GB18030");
        QVERIFY2(gb.isValid(), "GB18030 encoder not available");
        QCOMPARE(QByteArray(gb(QStringLiteral("欧阳"))), QByteArray("\xc5\xb7\xd1\xf4"));

        for (const QString &secret : {kName, kIdNumber, kIdNumber.left(17), kPhone, kAddress}) {
            for (const auto &[encoding, bytes] : encodings(secret)) {
                QVERIFY2(!db.contains(bytes), qPrintable(QStringLiteral("%1 in %2 found in kiosk.db").arg(secret, encoding)));
                QVERIFY2(!wal.contains(bytes),
                         qPrintable(QStringLiteral("%1 in %2 found in kiosk.db-wal").arg(secret, encoding)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseStore)
#include "tst_casestore.moc"
