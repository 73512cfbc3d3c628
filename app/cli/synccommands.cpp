// sync: send the outbox to the county and bring its decisions and catalogue back (PROTOCOL.md).
// bench sync: 10,000 queued cases from a fresh kiosk to a fresh bianmin-county over mutual TLS on 127.0.0.1,
// beside a one-request-per-case baseline and the same cases without attachments.
#include "cli.h"

#include "store/datastore.h"
#include "sync/catalogueinstaller.h"
#include "sync/syncclient.h"
#include "sync/syncrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::SyncCommands", text);
}

QString tr(const char *text, std::nullptr_t, int n)
{
    return QCoreApplication::translate("bianmin::cli::SyncCommands", text, nullptr, n);
}

QString summary(const SyncReport &r)
{
    QString line = tr("uploaded %1 (%2 the county already had), refused %3, deferred %4, attachments %5, "
                      "county updates %6, still queued %7")
                       .arg(r.accepted + r.duplicates)
                       .arg(r.duplicates)
                       .arg(r.refused)
                       .arg(r.deferred)
                       .arg(r.blobsUploaded)
                       .arg(r.updatesApplied)
                       .arg(r.remaining);
    if (r.catalogueVersion > 0)
        line += tr("; catalogue version %1 installed").arg(r.catalogueVersion);
    if (!r.catalogueError.code.isEmpty())
        line += tr("; catalogue refused: %1").arg(r.catalogueError.message);
    return line;
}

int sync(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--timeout"), QStringLiteral("--interval")},
                                   {QStringLiteral("--once")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (!opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin sync [--once] [--timeout SECONDS] [--interval SECONDS]"));
    SyncClient::Options clientOptions;
    if (opts->has(QStringLiteral("--timeout")))
        clientOptions.timeoutMs = qMax(1, opts->value(QStringLiteral("--timeout")).toInt()) * 1000;

    if (opts->has(QStringLiteral("--once"))) {
        auto store = ctx.openStore();
        if (!store)
            return ctx.fail(store.error());
        clientOptions.ignoreSchedule = true; // a technician asked for it now: every queued case goes
        SyncClient client(**store);
        client.setOptions(clientOptions);
        client.setCatalogueInstaller(catalogueInstaller());
        SyncReport report;
        QEventLoop loop;
        QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncReport &r) {
            report = r;
            loop.quit();
        });
        QElapsedTimer pass; // the pass alone, without process start and opening the store (bench sync uses it)
        pass.start();
        client.start();
        if (client.isRunning())
            loop.exec();
        if (ctx.json) {
            QJsonObject o = report.toJson();
            o.insert(QStringLiteral("pass_ms"), static_cast<double>(pass.elapsed()));
            ctx.printJson(o);
        }
        else if (report.ok)
            ctx.out << summary(report) << "\n";
        if (!report.ok)
            return ctx.fail(report.error.context(tr("%n case(s) stay queued", nullptr, report.remaining)));
        if (report.remaining > 0)
            return ctx.fail(Error(QStringLiteral("sync.not_drained"),
                                  tr("%n case(s) could not be sent and stay queued (see `bianmin case list --state queued`)",
                                     nullptr, report.remaining)));
        return Ok;
    }

    // Keep running: a pass now, then periodically, with Retry-After and backoff after failures.
    SyncRunner runner(ctx.dataDir);
    SyncRunner::Options options;
    options.client = clientOptions;
    if (opts->has(QStringLiteral("--interval")))
        options.intervalMs = qMax(1, opts->value(QStringLiteral("--interval")).toInt()) * 1000;
    runner.setOptions(options);
    runner.setCatalogueInstaller(catalogueInstaller());
    QObject::connect(&runner, &SyncRunner::passFinished, &runner, [&ctx](const SyncReport &r) {
        if (ctx.json) {
            ctx.printJson(r.toJson());
        } else {
            ctx.out << toRfc3339(ctx.clock.now()) << " "
                    << (r.ok ? summary(r) : tr("not synced: %1").arg(r.error.message)) << "\n";
            ctx.out.flush();
        }
    });
    runner.start();
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------------------------------------- bench sync

struct Run
{
    double seconds = 0;
    double passSeconds = 0; ///< the sync pass inside the process, as the kiosk's background sync runs it
    double cpuSeconds = 0; ///< user + system of the kiosk process: what the machine's load does not inflate
    qint64 kioskPeakKb = 0;
    bool ok = false;
    QString error;
};

qint64 peakRssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

double cpuSecondsOfChildren()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/** user + system CPU seconds of a live process, from /proc/PID/stat. */
double cpuSecondsOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? (fields.at(11).toDouble() + fields.at(12).toDouble()) / sysconf(_SC_CLK_TCK) : 0;
}

/** `bianmin --data DIR sync --once` as a child process, timed, with its peak RSS sampled from /proc. */
/** `wrap` (e.g. "valgrind --tool=callgrind") runs the program under a profiler. */
void startWrapped(QProcess &p, const QString &wrap, const QString &program, QStringList args)
{
    QStringList words = QProcess::splitCommand(wrap);
    if (words.isEmpty())
        return p.start(program, args);
    const QString wrapper = words.takeFirst();
    p.start(wrapper, words + QStringList{program} + args);
}

Run timedSync(const QString &dataDir, const QString &wrap)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const double cpuBefore = cpuSecondsOfChildren();
    QElapsedTimer t;
    t.start();
    startWrapped(p, wrap, QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--data"), dataDir, QStringLiteral("sync"), QStringLiteral("--once"), QStringLiteral("--json")});
    Run run;
    p.waitForStarted();
    while (!p.waitForFinished(20))
        run.kioskPeakKb = qMax(run.kioskPeakKb, peakRssKb(p.processId()));
    run.seconds = t.elapsed() / 1000.0;
    run.cpuSeconds = cpuSecondsOfChildren() - cpuBefore;
    run.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    run.error = QString::fromUtf8(p.readAllStandardError()).trimmed();
    run.passSeconds = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QLatin1String("pass_ms")).toDouble() / 1000.0;
    return run;
}

struct CountyProcess
{
    QProcess process;
    quint16 port = 0;
    bool start(const QString &binary, const QString &pki, const QString &db, int maxBatch, const QString &wrap)
    {
        startWrapped(process, wrap, binary, {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--db"), db, QStringLiteral("--cert"), pki + QStringLiteral("/server.pem"),
                               QStringLiteral("--key"), pki + QStringLiteral("/server.key"), QStringLiteral("--client-ca"),
                               pki + QStringLiteral("/ca.pem"), QStringLiteral("--max-batch"), QString::number(maxBatch)});
        if (!process.waitForStarted(5000) || !process.waitForReadyRead(60000))
            return false;
        const QByteArray line = process.readLine();
        port = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
        return port != 0;
    }
    ~CountyProcess()
    {
        process.terminate();
        process.waitForFinished(5000);
    }
};

Status copyDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &fi : QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString target = to + QLatin1Char('/') + fi.fileName();
        if (fi.isDir()) {
            if (Status s = copyDir(fi.filePath(), target); !s)
                return s;
            QFile::setPermissions(target, fi.permissions());
        } else if (!QFile::copy(fi.filePath(), target)) {
            return Error(QStringLiteral("bench.copy"), tr("cannot copy %1").arg(fi.filePath()));
        }
    }
    return {};
}

/** A fresh kiosk with `cases` queued cases of about 2 KB (and one attachment each when `attachmentBytes`). */
Status prepareKiosk(const QString &dir, int cases, int attachmentBytes, const QString &pki, const Clock &clock)
{
    if (Status s = DataStore::initialize(DataDir(dir)); !s)
        return s;
    auto store = DataStore::open(DataDir(dir), clock);
    if (!store)
        return store.error();
    Config &config = (*store)->config();
    config.setValue(QStringLiteral("kiosk.id"), QStringLiteral("bench-kiosk-01"));
    config.setValue(QStringLiteral("county.ca"), pki + QStringLiteral("/ca.pem"));
    config.setValue(QStringLiteral("kiosk.cert"), pki + QStringLiteral("/kiosk-bench-kiosk-01.pem"));
    config.setValue(QStringLiteral("kiosk.key"), pki + QStringLiteral("/kiosk-bench-kiosk-01.key"));
    config.setValue(QStringLiteral("county.url"), QStringLiteral("https://127.0.0.1:1"));
    if (Status s = (*store)->saveConfig(); !s)
        return s;
    (*store)->cases().setKioskId(QStringLiteral("bench-kiosk-01"));
    QRandomGenerator rng(42);
    const QString reason = QStringLiteral("本人申请参加城乡居民基本医疗保险，家庭成员情况如下。").repeated(20);
    for (int i = 0; i < cases; ++i) {
        CaseRecord c;
        c.serviceId = QStringLiteral("medical-insurance-enrolment");
        c.formVersion = 3;
        c.applicant.name = QStringLiteral("张三%1").arg(i);
        c.applicant.idNumber = QStringLiteral("11010519491231002X");
        c.applicant.phone = QStringLiteral("1380000%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
        c.applicant.address = QStringLiteral("重庆市石柱土家族自治县华天村%1组").arg(i % 12);
        c.fields = QJsonObject{{QStringLiteral("household_size"), 1 + i % 6}, {QStringLiteral("reason"), reason},
                               {QStringLiteral("bank"), QStringLiteral("重庆农村商业银行")}};
        if (attachmentBytes > 0) {
            QByteArray bytes(attachmentBytes, Qt::Uninitialized);
            rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), attachmentBytes / 4);
            auto sha = (*store)->blobs().put(bytes, QStringLiteral("image/jpeg"));
            if (!sha)
                return sha.error();
            c.attachments.append(Attachment{*sha, QStringLiteral("document"), QStringLiteral("image/jpeg"), bytes.size()});
        }
        auto stored = (*store)->cases().submit(c, CaseState::Queued, QStringLiteral("bench"));
        if (!stored)
            return stored.error();
    }
    return {};
}

int benchSync(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--cases"), QStringLiteral("--attachment-bytes"),
                                          QStringLiteral("--county"), QStringLiteral("--baseline-cases"),
                                          QStringLiteral("--pouchdb"), QStringLiteral("--only"),
                                          QStringLiteral("--wrap-kiosk"), QStringLiteral("--wrap-county")});
    if (!opts)
        return ctx.usage(opts.error().message);
    const int cases = opts->value(QStringLiteral("--cases"), QStringLiteral("10000")).toInt();
    const int attachment = opts->value(QStringLiteral("--attachment-bytes"), QStringLiteral("20480")).toInt();
    const int baselineCases = opts->value(QStringLiteral("--baseline-cases"), QStringLiteral("2000")).toInt();
    QString county = opts->value(QStringLiteral("--county"));
    if (county.isEmpty()) {
        const QDir here(QCoreApplication::applicationDirPath());
        for (const QString &candidate : {here.filePath(QStringLiteral("bianmin-county")),
                                         here.filePath(QStringLiteral("../county/bianmin-county"))}) {
            if (QFileInfo(candidate).isExecutable()) {
                county = QFileInfo(candidate).canonicalFilePath();
                break;
            }
        }
    }
    if (county.isEmpty())
        return ctx.fail(Error(QStringLiteral("bench.no_county"), tr("bianmin-county not found; pass --county PATH")));

    QTemporaryDir work;
    const QString pki = work.filePath(QStringLiteral("pki"));
    for (const QStringList &caArgs : {QStringList{QStringLiteral("ca"), QStringLiteral("init"), QStringLiteral("--dir"), pki},
                                      QStringList{QStringLiteral("ca"), QStringLiteral("issue-server"), QStringLiteral("127.0.0.1"), QStringLiteral("--dir"), pki},
                                      QStringList{QStringLiteral("ca"), QStringLiteral("issue-kiosk"), QStringLiteral("bench-kiosk-01"), QStringLiteral("--dir"), pki}}) {
        QProcess ca;
        ca.setStandardOutputFile(QProcess::nullDevice());
        ca.start(county, caArgs);
        if (!ca.waitForFinished(30000) || ca.exitCode() != 0)
            return ctx.fail(Error(QStringLiteral("bench.ca"), tr("bianmin-county %1 failed").arg(caArgs.join(QLatin1Char(' ')))));
    }

    struct Scenario
    {
        QString name;
        int cases;
        int attachment;
        int maxBatch;
    };
    QList<Scenario> scenarios{
        {QStringLiteral("batched_with_attachments"), cases, attachment, 500},
        {QStringLiteral("batched_without_attachments"), cases, 0, 500},
        {QStringLiteral("one_request_per_case"), qMin(baselineCases, cases), attachment, 1},
        {QStringLiteral("empty_queue"), 0, 0, 500},
    };
    // --only NAME[,NAME]: run a subset (e.g. batched_without_attachments while tuning the store path).
    if (opts->has(QStringLiteral("--only"))) {
        const QStringList wanted = opts->value(QStringLiteral("--only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        scenarios.removeIf([&wanted](const Scenario &s) { return !wanted.contains(s.name); });
        if (scenarios.isEmpty())
            return ctx.usage(tr("--only: no such scenario (batched_with_attachments, batched_without_attachments, "
                                "one_request_per_case, empty_queue)"));
    }
    QJsonObject results;
    QHash<QString, QString> templates; // prepared once per (cases, attachment), copied fresh for each run
    for (const Scenario &s : scenarios) {
        const QString key = QStringLiteral("%1-%2").arg(s.cases).arg(s.attachment);
        if (!templates.contains(key)) {
            const QString dir = work.filePath(QStringLiteral("template-") + key);
            ctx.err << tr("preparing %1 queued cases (attachment %2 bytes)...").arg(s.cases).arg(s.attachment) << "\n";
            ctx.err.flush();
            if (Status st = prepareKiosk(dir, s.cases, s.attachment, pki, ctx.clock); !st)
                return ctx.fail(st.error());
            templates.insert(key, dir);
        }
        const QString kioskDir = work.filePath(QStringLiteral("kiosk-") + s.name);
        if (Status st = copyDir(templates.value(key), kioskDir); !st)
            return ctx.fail(st.error());
        CountyProcess server;
        if (!server.start(county, pki, work.filePath(s.name + QStringLiteral(".db")), s.maxBatch,
                          opts->value(QStringLiteral("--wrap-county"))))
            return ctx.fail(Error(QStringLiteral("bench.county"), tr("bianmin-county did not start")));
        auto config = Config::load(DataDir(kioskDir).configPath());
        config->setValue(QStringLiteral("county.url"), QStringLiteral("https://127.0.0.1:%1").arg(server.port));
        (void)config->save(DataDir(kioskDir).configPath());

        const double countyCpuBefore = cpuSecondsOf(server.process.processId());
        const Run run = timedSync(kioskDir, opts->value(QStringLiteral("--wrap-kiosk")));
        const qint64 countyPeak = peakRssKb(server.process.processId());
        const double countyCpu = cpuSecondsOf(server.process.processId()) - countyCpuBefore;
        if (!run.ok)
            return ctx.fail(Error(QStringLiteral("bench.sync"), tr("%1: %2").arg(s.name, run.error)));
        const double mb = s.cases * (2.3 * 1024 + s.attachment) / 1e6;
        QJsonObject o{{QStringLiteral("cases"), s.cases},
                      {QStringLiteral("attachment_bytes"), s.attachment},
                      {QStringLiteral("max_batch"), s.maxBatch},
                      {QStringLiteral("seconds"), run.seconds},
                      {QStringLiteral("cases_per_s"), s.cases > 0 ? qRound(s.cases / run.seconds) : 0},
                      {QStringLiteral("pass_seconds"), run.passSeconds},
                      {QStringLiteral("cases_per_s_pass"), s.cases > 0 && run.passSeconds > 0 ? qRound(s.cases / run.passSeconds) : 0},
                      {QStringLiteral("mb_per_s"), s.cases > 0 ? qRound(mb / run.seconds * 10) / 10.0 : 0.0},
                      {QStringLiteral("kiosk_cpu_s"), qRound(run.cpuSeconds * 100) / 100.0},
                      {QStringLiteral("county_cpu_s"), qRound(countyCpu * 100) / 100.0},
                      {QStringLiteral("kiosk_peak_rss_mb"), qRound(run.kioskPeakKb / 102.4) / 10.0},
                      {QStringLiteral("county_peak_rss_mb"), qRound(countyPeak / 102.4) / 10.0}};
        results.insert(s.name, o);
        ctx.err << s.name << ": " << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
        ctx.err.flush();
    }
    const double emptyPeak = results.value(QStringLiteral("empty_queue")).toObject().value(QStringLiteral("kiosk_peak_rss_mb")).toDouble();
    const double fullPeak = results.value(QStringLiteral("batched_with_attachments")).toObject().value(QStringLiteral("kiosk_peak_rss_mb")).toDouble();
    if (emptyPeak > 0 && fullPeak > 0)
        results.insert(QStringLiteral("kiosk_rss_growth_mb"), qRound((fullPeak - emptyPeak) * 10) / 10.0);

    if (opts->has(QStringLiteral("--pouchdb"))) {
        QProcess pouch;
        pouch.start(QStringLiteral("bash"), {opts->value(QStringLiteral("--pouchdb")), QString::number(cases)});
        pouch.waitForFinished(900000);
        const QList<QByteArray> lines = pouch.readAllStandardOutput().trimmed().split('\n');
        const QJsonObject p = QJsonDocument::fromJson(lines.last()).object();
        results.insert(QStringLiteral("pouchdb"), p);
        const double pouchRate = p.value(QStringLiteral("docs_per_s")).toDouble();
        const double ours = results.value(QStringLiteral("batched_without_attachments")).toObject().value(QStringLiteral("cases_per_s")).toDouble();
        if (pouchRate > 0 && ours > 0)
            results.insert(QStringLiteral("ratio_vs_pouchdb_without_attachments"), qRound(ours / pouchRate * 10) / 10.0);
        // Like with like: PouchDB's figure is its replication alone, inside a running process.
        const double oursPass = results.value(QStringLiteral("batched_without_attachments")).toObject().value(QStringLiteral("cases_per_s_pass")).toDouble();
        if (pouchRate > 0 && oursPass > 0)
            results.insert(QStringLiteral("ratio_vs_pouchdb_pass"), qRound(oursPass / pouchRate * 10) / 10.0);
    }
    const double single = results.value(QStringLiteral("one_request_per_case")).toObject().value(QStringLiteral("cases_per_s")).toDouble();
    const double batched = results.value(QStringLiteral("batched_with_attachments")).toObject().value(QStringLiteral("cases_per_s")).toDouble();
    if (single > 0 && batched > 0)
        results.insert(QStringLiteral("ratio_vs_one_request_per_case"), qRound(batched / single * 10) / 10.0);
    ctx.printJson(results);
    return Ok;
}

} // namespace

QList<Command> syncCommands()
{
    return {
        {{QStringLiteral("sync")}, QStringLiteral("sync [--once] [--timeout S] [--interval S]"),
         tr("send queued cases to the county, fetch its decisions and catalogue (--once: one pass, exit 0 when drained)"),
         sync},
        {{QStringLiteral("bench"), QStringLiteral("sync")},
         QStringLiteral("bench sync [--cases N] [--attachment-bytes B] [--baseline-cases N] [--county PATH] [--pouchdb SCRIPT] [--only SCENARIO,...] [--wrap-kiosk CMD] [--wrap-county CMD]"),
         tr("measure kiosk -> county sync over mutual TLS on 127.0.0.1"), benchSync},
    };
}

} // namespace bianmin::cli
