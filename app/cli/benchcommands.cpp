// bench submit: how much the full submit path (validation, encryption, audit chain, outbox) costs on top
// of the durable commit it cannot avoid. Both run in one process, interleaved one by one so a busy machine
// slows both alike, each in its own fresh directory: (a) the floor, a one-row SQLite commit with WAL and
// synchronous=FULL of as many bytes as a stored case row; (b) submitCase(), exactly what `case submit` runs.
// Target (issue #2): median (b) <= 1.5 x median (a). The exit code does not depend on the target.
#include "cli.h"
#include "submission.h"

#include "core/residentid.h"
#include "store/datastore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::BenchCommands", text);
}

struct Stats
{
    double medianMs = 0;
    double p95Ms = 0;
};

Stats stats(QList<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    const auto at = [&](double q) {
        const qsizetype i = std::clamp<qsizetype>(qsizetype(q * double(nanos.size() - 1) + 0.5), 0, nanos.size() - 1);
        return double(nanos.at(i)) / 1e6;
    };
    return {at(0.5), at(0.95)};
}

// A realistic submit file: a villager's full personal data and a handful of answers.
QByteArray sampleCase(int n)
{
    const QString first17 = QStringLiteral("5002421987%1%2").arg(1 + n % 12, 2, 10, QLatin1Char('0')).arg(
        QStringLiteral("15%1").arg(n % 1000, 3, 10, QLatin1Char('0')));
    const QString idNumber = first17 + residentIdCheckCharacter(first17);
    // The shape of resources/catalogue/examples/petition_direct.json, a shipped service.
    const QJsonObject o{
        {QStringLiteral("service_id"), QStringLiteral("petition_direct")},
        {QStringLiteral("applicant"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("欧阳秀英")},
                     {QStringLiteral("id_number"), idNumber},
                     {QStringLiteral("phone"), QStringLiteral("13812345678")},
                     {QStringLiteral("address"), QStringLiteral("重庆市石柱县黄水镇华田村3组%1号").arg(n)}}},
        {QStringLiteral("fields"),
         QJsonObject{{QStringLiteral("matter_type"), QStringLiteral("complaint")},
                     {QStringLiteral("subject"), QStringLiteral("村道路灯损坏三个月未修")},
                     {QStringLiteral("department"), QStringLiteral("housing")},
                     {QStringLiteral("occurred_on"), QStringLiteral("2026-08-01")},
                     {QStringLiteral("location"), QJsonObject{{QStringLiteral("county"), QStringLiteral("石柱土家族自治县")},
                                                              {QStringLiteral("town"), QStringLiteral("黄水镇")},
                                                              {QStringLiteral("village"), QStringLiteral("华田村")}}},
                     {QStringLiteral("content"),
                      QStringLiteral("华田村3组到5组的村道路灯从8月起就不亮了，晚上老人和学生走路很危险。")},
                     {QStringLiteral("wants_reply"), true},
                     {QStringLiteral("reply_method"), QStringLiteral("sms")},
                     {QStringLiteral("confidential"), false}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Bytes of the first row of the store's case table, whatever its columns are, so the floor writes as much.
qint64 caseRowBytes(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // The sealed envelope is kept beside the row (case_envelopes, schema 5): it is part of what a submit writes.
    if (!q.exec(QStringLiteral("SELECT * FROM cases JOIN case_envelopes ON case_envelopes.case_id = cases.id LIMIT 1"))
        || !q.next())
        return 0;
    qint64 bytes = 0;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i) {
        const QVariant v = q.value(i);
        if (v.typeId() == QMetaType::QByteArray)
            bytes += v.toByteArray().size();
        else if (v.typeId() == QMetaType::QString)
            bytes += v.toString().toUtf8().size();
        else if (!v.isNull())
            bytes += 8;
    }
    return bytes;
}

class FloorTable
{
public:
    ~FloorTable()
    {
        if (m_db.isValid())
            m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("bianmin-bench-floor"));
    }
    Status open(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bianmin-bench-floor"));
        m_db.setDatabaseName(path);
        if (!m_db.open())
            return Error(QStringLiteral("bench.sql"), m_db.lastError().text());
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                "CREATE TABLE rows(id INTEGER PRIMARY KEY, body BLOB NOT NULL)"}) {
            QSqlQuery q(m_db);
            if (!q.exec(QString::fromLatin1(sql)))
                return Error(QStringLiteral("bench.sql"), q.lastError().text());
        }
        return {};
    }
    Status commitOne(const QByteArray &body)
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error(QStringLiteral("bench.sql"), q.lastError().text());
        q.prepare(QStringLiteral("INSERT INTO rows(body) VALUES(?)"));
        q.addBindValue(body);
        if (!q.exec() || !q.exec(QStringLiteral("COMMIT")))
            return Error(QStringLiteral("bench.sql"), q.lastError().text());
        return {};
    }

private:
    QSqlDatabase m_db;
};

int benchSubmit(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--count"), QStringLiteral("--in")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (!opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin bench submit [--count N] [--in DIR]"));
    bool ok = true;
    const int count = opts->value(QStringLiteral("--count"), QStringLiteral("1000")).toInt(&ok);
    if (!ok || count < 10)
        return ctx.usage(tr("--count needs a number of at least 10"));
    const QString parent = opts->value(QStringLiteral("--in"), QDir::tempPath());

    QTemporaryDir floorDir(parent + QStringLiteral("/bianmin-bench-floor-XXXXXX"));
    QTemporaryDir fullDir(parent + QStringLiteral("/bianmin-bench-submit-XXXXXX"));
    if (!floorDir.isValid() || !fullDir.isValid())
        return ctx.fail(Error(QStringLiteral("bench.tempdir"),
                              tr("cannot create a temporary directory in %1").arg(parent)));
    const DataDir dir(fullDir.path());
    if (const Status s = DataStore::initialize(dir); !s)
        return ctx.fail(s.error());
    auto store = DataStore::open(dir, ctx.clock);
    if (!store)
        return ctx.fail(store.error());

    const int warmup = 5;
    // One real submit first: it tells how many bytes a stored case row holds.
    if (const auto first = submitCase(**store, sampleCase(0)); !first)
        return ctx.fail(first.error());
    qint64 rowBytes = caseRowBytes((*store)->database().sql());
    if (rowBytes <= 0)
        rowBytes = 1024; // the store's table is not named "cases": a typical row size then
    FloorTable floor;
    if (const Status s = floor.open(floorDir.filePath(QStringLiteral("floor.db"))); !s)
        return ctx.fail(s.error());

    QList<qint64> floorNs, fullNs;
    QElapsedTimer timer;
    for (int i = 0; i < count + warmup; ++i) {
        // Random like ciphertext (SQLite does not compress, but no accidental help either).
        QByteArray body((rowBytes + 3) / 4 * 4, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(body.data()), body.size() / 4);
        body.truncate(rowBytes);
        const QByteArray json = sampleCase(i + 1);

        timer.start();
        if (const Status s = floor.commitOne(body); !s)
            return ctx.fail(s.error());
        const qint64 floorTime = timer.nsecsElapsed();

        timer.start();
        if (const auto r = submitCase(**store, json); !r)
            return ctx.fail(r.error());
        const qint64 fullTime = timer.nsecsElapsed();
        if (i >= warmup) {
            floorNs << floorTime;
            fullNs << fullTime;
        }
    }

    const Stats a = stats(floorNs);
    const Stats b = stats(fullNs);
    const double ratio = a.medianMs > 0 ? b.medianMs / a.medianMs : 0;
    const double target = 1.5;
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("count"), count},
            {QStringLiteral("row_bytes"), rowBytes},
            {QStringLiteral("dir"), parent},
            {QStringLiteral("floor"), QJsonObject{{QStringLiteral("median_ms"), a.medianMs},
                                                  {QStringLiteral("p95_ms"), a.p95Ms}}},
            {QStringLiteral("submit"), QJsonObject{{QStringLiteral("median_ms"), b.medianMs},
                                                   {QStringLiteral("p95_ms"), b.p95Ms}}},
            {QStringLiteral("ratio"), ratio},
            {QStringLiteral("target"), target},
            {QStringLiteral("met"), ratio <= target}});
        return Ok;
    }
    ctx.out << tr("bench submit: %1 commits each in %2, WAL + synchronous=FULL, %3-byte case row")
                   .arg(count)
                   .arg(parent)
                   .arg(rowBytes)
            << "\n";
    ctx.out << tr("  (a) floor, one-row commit      median %1 ms   p95 %2 ms")
                   .arg(a.medianMs, 0, 'f', 3)
                   .arg(a.p95Ms, 0, 'f', 3)
            << "\n";
    ctx.out << tr("  (b) full submit path           median %1 ms   p95 %2 ms")
                   .arg(b.medianMs, 0, 'f', 3)
                   .arg(b.p95Ms, 0, 'f', 3)
            << "\n";
    ctx.out << tr("  ratio of medians (b)/(a)       %1x   target <= %2x: %3")
                   .arg(ratio, 0, 'f', 2)
                   .arg(target, 0, 'f', 1)
                   .arg(ratio <= target ? tr("met") : tr("NOT met"))
            << "\n";
    return Ok;
}

} // namespace

QList<Command> benchCommands()
{
    return {
        {{QStringLiteral("bench"), QStringLiteral("submit")}, QStringLiteral("bench submit [--count N] [--in DIR]"),
         tr("time the full submit path against a bare durable SQLite commit"), benchSubmit},
    };
}

} // namespace bianmin::cli
