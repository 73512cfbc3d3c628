// staff add | list | disable | enable | reset-pin | set-steps: the kiosk's staff accounts from the command
// line. PINs come from standard input only (--pin-stdin). The command line needs the data directory and
// its keys, i.e. the kiosk's administrator account, so these commands are audited as actor "cli".
#include "cli.h"
#include "staffcli.h"

#include "auth/secrethash.h"
#include "core/clock.h"
#include "forms/catalogue.h"
#include "store/datastore.h"
#include "workflow/cataloguepolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::StaffCommands", text);
}

const QString kActor = QStringLiteral("cli");

QStringList splitSteps(const QString &text)
{
    QStringList steps;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            steps << s.trimmed();
    return steps;
}

QJsonObject accountJson(const StaffAccount &a, const QDateTime &now)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.displayName},
                       {QStringLiteral("role"), roleName(a.role)},
                       {QStringLiteral("disabled"), a.disabled},
                       {QStringLiteral("locked"), a.isLocked(now)},
                       {QStringLiteral("locked_until"), a.isLocked(now) ? toRfc3339(a.lockedUntil) : QString()},
                       {QStringLiteral("failed_attempts"), a.failedAttempts},
                       {QStringLiteral("steps"), QJsonArray::fromStringList(a.steps)},
                       {QStringLiteral("has_password"), a.hasPassword},
                       {QStringLiteral("created_at"), toRfc3339(a.createdAt)}};
}

Status needPinStdin(const Options &opts)
{
    if (!opts.has(QStringLiteral("--pin-stdin")))
        return Error(QStringLiteral("cli.usage"),
                     tr("the PIN is read from standard input, never from the command line: add --pin-stdin"));
    return {};
}

int staffAdd(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--name"), QStringLiteral("--role"), QStringLiteral("--steps")},
                                   {QStringLiteral("--pin-stdin")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1 || !opts->has(QStringLiteral("--name")) || !opts->has(QStringLiteral("--role")))
        return ctx.usage(tr("usage: bianmin staff add ID --name NAME --role clerk|approver|supervisor|technician "
                            "[--steps STEP,...] --pin-stdin"));
    if (const Status s = needPinStdin(*opts); !s)
        return ctx.usage(s.error().message);
    const auto role = roleFromName(opts->value(QStringLiteral("--role")));
    if (!role)
        return ctx.usage(tr("unknown role \"%1\"; one of: %2")
                             .arg(opts->value(QStringLiteral("--role")), allRoleNames().join(QStringLiteral(", "))));
    if (opts->has(QStringLiteral("--steps")) && *role != Role::Approver)
        return ctx.usage(tr("--steps is for approvers only"));
    StaffAccount account;
    account.id = opts->positional.first();
    account.displayName = opts->value(QStringLiteral("--name"));
    account.role = *role;
    account.steps = splitSteps(opts->value(QStringLiteral("--steps")));
    if (!StaffDirectory::isValidStaffId(account.id))
        return ctx.fail(Error(QStringLiteral("auth.bad_id"),
                              tr("a staff id is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit")));
    const auto pin = readPinFromStdin(tr("new PIN for %1").arg(account.id));
    if (!pin)
        return ctx.fail(pin.error());
    auto scope = openStaffScope(ctx);
    if (!scope)
        return ctx.fail(scope.error());
    StaffDirectory *staff = scope->staff.get();
    const auto added = staff->add(account, *pin, kActor);
    if (!added)
        return ctx.fail(added.error());
    if (ctx.json)
        ctx.printJson(accountJson(*added, ctx.clock.now()));
    else
        ctx.out << tr("added %1 (%2, %3)").arg(added->id, added->displayName, roleName(added->role)) << "\n";
    return Ok;
}

int staffList(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (!opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin staff list [--json]"));
    auto scope = openStaffScope(ctx);
    if (!scope)
        return ctx.fail(scope.error());
    StaffDirectory *staff = scope->staff.get();
    const auto all = staff->list();
    if (!all)
        return ctx.fail(all.error());
    const QDateTime now = ctx.clock.now();
    if (ctx.json) {
        QJsonArray a;
        for (const StaffAccount &s : *all)
            a.append(accountJson(s, now));
        ctx.printJson(a);
        return Ok;
    }
    for (const StaffAccount &s : *all) {
        QString status = s.disabled ? tr("disabled") : s.isLocked(now) ? tr("locked until %1").arg(toRfc3339(s.lockedUntil))
                                                                       : tr("active");
        ctx.out << s.id.leftJustified(16) << " " << roleName(s.role).leftJustified(11) << " "
                << status.leftJustified(10) << " " << s.displayName;
        if (!s.steps.isEmpty())
            ctx.out << "  [" << s.steps.join(QStringLiteral(", ")) << "]";
        ctx.out << "\n";
    }
    ctx.out << tr("%1 staff member(s)").arg(all->size()) << "\n";
    return Ok;
}

int staffSetDisabled(Context &ctx, const QStringList &args, bool disabled)
{
    const auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1)
        return ctx.usage(disabled ? tr("usage: bianmin staff disable ID") : tr("usage: bianmin staff enable ID"));
    auto scope = openStaffScope(ctx);
    if (!scope)
        return ctx.fail(scope.error());
    StaffDirectory *staff = scope->staff.get();
    const QString id = opts->positional.first();
    if (const Status s = staff->setDisabled(id, disabled, kActor); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(accountJson(staff->get(id).value(), ctx.clock.now()));
    else
        ctx.out << (disabled ? tr("disabled %1") : tr("enabled %1")).arg(id) << "\n";
    return Ok;
}

int staffResetPin(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {}, {QStringLiteral("--pin-stdin")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1)
        return ctx.usage(tr("usage: bianmin staff reset-pin ID --pin-stdin"));
    if (const Status s = needPinStdin(*opts); !s)
        return ctx.usage(s.error().message);
    const QString id = opts->positional.first();
    auto scope = openStaffScope(ctx);
    if (!scope)
        return ctx.fail(scope.error());
    StaffDirectory *staff = scope->staff.get();
    if (const auto existing = staff->get(id); !existing) // before asking for a PIN nobody will use
        return ctx.fail(existing.error());
    const auto pin = readPinFromStdin(tr("new PIN for %1").arg(id));
    if (!pin)
        return ctx.fail(pin.error());
    if (const Status s = staff->resetPin(id, *pin, kActor); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(accountJson(staff->get(id).value(), ctx.clock.now()));
    else
        ctx.out << tr("new PIN set for %1; any lock is lifted").arg(id) << "\n";
    return Ok;
}

int staffSetSteps(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--steps")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1 || !opts->has(QStringLiteral("--steps")))
        return ctx.usage(tr("usage: bianmin staff set-steps ID --steps STEP,... (\"\" for every step)"));
    auto scope = openStaffScope(ctx);
    if (!scope)
        return ctx.fail(scope.error());
    StaffDirectory *staff = scope->staff.get();
    const QString id = opts->positional.first();
    const auto account = staff->get(id);
    if (!account)
        return ctx.fail(account.error());
    if (account->role != Role::Approver)
        return ctx.fail(Error(QStringLiteral("auth.not_approver"), tr("%1 is not an approver").arg(id)));
    if (const Status s = staff->setSteps(id, splitSteps(opts->value(QStringLiteral("--steps"))), kActor); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(accountJson(staff->get(id).value(), ctx.clock.now()));
    else
        ctx.out << tr("steps of %1 updated").arg(id) << "\n";
    return Ok;
}

} // namespace

Result<QString> readPinFromStdin(const QString &what)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        // Typed at a terminal: prompt, and do not echo the digits.
        std::fprintf(stderr, "%s: ", qPrintable(what));
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    char buffer[64] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    if (!got)
        return Error(QStringLiteral("auth.no_pin"), tr("no PIN on standard input (%1)").arg(what));
    return normalizePin(QString::fromUtf8(buffer).trimmed());
}

void hintFirstSupervisor(Context &ctx, DataStore &store)
{
    auto staff = openStaff(store); // a read-only or damaged store was reported by init itself; a hint is not worth an error
    if (!staff)
        return;
    if (const auto has = (*staff)->hasSupervisor(); has.ok() && !*has)
        ctx.out << tr("no supervisor yet; create the first one with: bianmin --data %1 staff add ID --name NAME "
                      "--role supervisor --pin-stdin (or on the kiosk's first-run screen)")
                       .arg(store.dataDir().root())
                << "\n";
}

Result<std::unique_ptr<StaffDirectory>> openStaff(DataStore &store)
{
    return StaffDirectory::open(store);
}

Result<StaffScope> openStaffScope(Context &ctx)
{
    auto store = ctx.openStore();
    if (!store)
        return store.error();
    auto staff = openStaff(**store);
    if (!staff)
        return staff.error();
    return StaffScope{std::move(*store), std::move(*staff)};
}

Result<QString> addFirstSupervisor(DataStore &store, const QString &id, const QString &name)
{
    if (!StaffDirectory::isValidStaffId(id))
        return Error(QStringLiteral("auth.bad_id"),
                     tr("a staff id is 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    auto staff = openStaff(store);
    if (!staff)
        return staff.error();
    const auto has = (*staff)->hasSupervisor();
    if (!has)
        return has.error();
    if (*has) // init never changes what is there: the existing supervisor manages staff from now on
        return QString();
    const auto pin = readPinFromStdin(tr("new PIN for %1").arg(id));
    if (!pin)
        return pin.error();
    StaffAccount account;
    account.id = id;
    account.displayName = name;
    account.role = Role::Supervisor;
    const auto added = (*staff)->add(account, *pin, kActor);
    if (!added)
        return added.error();
    return added->id;
}

Result<StaffAccount> authenticate(const Options &opts, StaffDirectory &staff)
{
    const QString id = opts.value(QStringLiteral("--staff"));
    if (id.isEmpty() || !opts.has(QStringLiteral("--pin-stdin")))
        return Error(QStringLiteral("cli.usage"), tr("this needs --staff STAFF_ID --pin-stdin (the PIN on standard input)"));
    const auto account = staff.get(id); // unknown ids are refused before a PIN is asked for
    if (!account)
        return account.error();
    const auto pin = readPinFromStdin(tr("PIN of %1").arg(account->id));
    if (!pin)
        return pin.error();
    return staff.verifyPin(account->id, *pin);
}

Result<ServicePolicyLookup> cataloguePolicies(const QString &dataDir, bool lenient)
{
    const auto catalogue = Catalogue::loadForDataDir(dataDir);
    if (!catalogue)
        return catalogue.error();
    ServicePolicyLookup lookup = cataloguePolicyLookup(*catalogue);
    if (!lenient)
        return lookup;
    return ServicePolicyLookup([lookup](const QString &serviceId) -> std::optional<ServicePolicy> {
        if (auto p = lookup(serviceId))
            return p;
        ServicePolicy unknown;
        unknown.serviceId = serviceId;
        unknown.agentAllowed = true;
        return unknown;
    });
}

QList<Command> staffCommands()
{
    return {
        {{QStringLiteral("staff"), QStringLiteral("add")},
         QStringLiteral("staff add ID --name NAME --role ROLE [--steps S,..] --pin-stdin"),
         tr("add a staff member (clerk, approver, supervisor, technician); PIN from stdin"),
         staffAdd},
        {{QStringLiteral("staff"), QStringLiteral("list")},
         QStringLiteral("staff list"),
         tr("staff accounts with role and lock state"),
         staffList},
        {{QStringLiteral("staff"), QStringLiteral("disable")},
         QStringLiteral("staff disable ID"),
         tr("disable an account (it can no longer log in or act)"),
         [](Context &ctx, const QStringList &args) { return staffSetDisabled(ctx, args, true); }},
        {{QStringLiteral("staff"), QStringLiteral("enable")},
         QStringLiteral("staff enable ID"),
         tr("enable a disabled account again"),
         [](Context &ctx, const QStringList &args) { return staffSetDisabled(ctx, args, false); }},
        {{QStringLiteral("staff"), QStringLiteral("reset-pin")},
         QStringLiteral("staff reset-pin ID --pin-stdin"),
         tr("set a new PIN (from stdin) and lift a lock"),
         staffResetPin},
        {{QStringLiteral("staff"), QStringLiteral("set-steps")},
         QStringLiteral("staff set-steps ID --steps STEP,..."),
         tr("the approval steps (ids or roles) an approver may decide; \"\" = all"),
         staffSetSteps},
    };
}

} // namespace bianmin::cli
