// audit verify: walks the hash chain of the audit log and names the first entry that was edited,
// deleted or reordered. Exit 0 only when the whole chain holds.
#include "cli.h"

#include "store/datastore.h"

#include <QCoreApplication>

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

} // namespace

QList<Command> auditCommands()
{
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("audit verify"),
         tr("check the audit log's hash chain; names the first broken entry"), auditVerify},
    };
}

} // namespace bianmin::cli
