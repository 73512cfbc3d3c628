// audit verify: walks the hash chain of the audit log and names the first entry that was edited,
// deleted or reordered. Exit 0 only when the whole chain holds.
// audit list: the newest entries (or one subject's, e.g. `--subject catalogue`: every catalogue installed or
// refused, when, by whom, from where and why), for a technician or the county's IT.
#include "cli.h"

#include "store/datastore.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::AuditCommands", text);
}

int auditVerify(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (!opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin audit verify"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    const auto report = (*store)->audit().verify();
    if (!report)
        return ctx.fail(report.error());

    if (ctx.json) {
        QJsonObject o{{QStringLiteral("intact"), report->intact()}, {QStringLiteral("entries"), report->entries}};
        if (!report->intact()) {
            o.insert(QStringLiteral("first_broken"), report->firstBrokenSeq);
            o.insert(QStringLiteral("reason"), report->reason);
        }
        ctx.printJson(o);
    } else if (report->intact()) {
        ctx.out << tr("audit chain intact: %1 entries").arg(report->entries) << "\n";
    }
    if (!report->intact())
        return ctx.fail(Error(QStringLiteral("audit.broken"),
                              tr("audit chain broken at entry %1 of %2: %3")
                                  .arg(report->firstBrokenSeq)
                                  .arg(report->entries)
                                  .arg(report->reason)));
    return Ok;
}

QJsonObject entryJson(const AuditEntry &e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},          {QStringLiteral("at"), toRfc3339(e.at)},
                       {QStringLiteral("actor"), e.actor},      {QStringLiteral("action"), e.action},
                       {QStringLiteral("subject"), e.subject},  {QStringLiteral("details"), e.details}};
}

int auditList(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--subject"), QStringLiteral("--limit")});
    if (!opts)
        return ctx.usage(opts.error().message);
    bool ok = true;
    const int limit = opts->value(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&ok);
    if (!opts->positional.isEmpty() || !ok || limit < 1)
        return ctx.usage(tr("usage: bianmin audit list [--subject SUBJECT] [--limit N]"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    Result<QList<AuditEntry>> entries = opts->has(QStringLiteral("--subject"))
                                            ? (*store)->audit().entriesFor(opts->value(QStringLiteral("--subject")))
                                            : (*store)->audit().latest(limit);
    if (!entries)
        return ctx.fail(entries.error());
    QList<AuditEntry> list = *entries;
    if (opts->has(QStringLiteral("--subject"))) { // oldest first from the store: newest first, like the whole log
        std::reverse(list.begin(), list.end());
        list = list.mid(0, limit);
    }
    if (ctx.json) {
        QJsonArray out;
        for (const AuditEntry &e : list)
            out.append(entryJson(e));
        ctx.printJson(out);
        return Ok;
    }
    for (const AuditEntry &e : list)
        ctx.out << e.seq << "  " << toRfc3339(e.at) << "  " << e.actor << "  " << e.action << "  " << e.subject << "  "
                << QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)) << "\n";
    return Ok;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("audit verify"),
         tr("check the audit log's hash chain; names the first broken entry"), auditVerify},
        {{QStringLiteral("audit"), QStringLiteral("list")}, QStringLiteral("audit list [--subject SUBJECT] [--limit N]"),
         tr("the newest audit entries (default 50), or one subject's (e.g. catalogue)"), auditList},
    };
}

} // namespace bianmin::cli
