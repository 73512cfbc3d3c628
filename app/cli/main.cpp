// bianmin: the command line for staff, technicians and scripts. Composition root of the CLI: it picks
// the command from argv and hands it a Context; each command opens the data directory it needs.
#include "cli.h"

#include <QCoreApplication>

using namespace bianmin;

namespace {

QList<cli::Command> allCommands()
{
    QList<cli::Command> commands;
    for (const auto &group : {cli::initCommands, cli::caseCommands, cli::auditCommands, cli::benchCommands,
                              cli::idcardCommands, cli::receiptCommands, cli::syncCommands,
                              cli::staffCommands, cli::approvalCommands})
        commands += group();
    commands += cli::catalogueCommands();
    return commands;
}

void printHelp(QTextStream &out, const QList<cli::Command> &commands)
{
    out << "usage: bianmin [--data DIR] [--json] COMMAND ...\n\n"
           "  --data DIR   the kiosk's data directory (default: $BIANMIN_DATA or /var/lib/bianmin)\n"
           "  --json       print machine-readable JSON\n\ncommands:\n";
    for (const cli::Command &c : commands)
        out << "  " << c.synopsis.leftJustified(58) << " " << c.summary << "\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> application = cli::makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("bianmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BIANMIN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    SystemClock clock;
    cli::Context ctx{qEnvironmentVariable("BIANMIN_DATA", QStringLiteral("/var/lib/bianmin")), false, out, err,
                     clock};

    // --data and --json may stand anywhere on the line; everything else belongs to the command.
    QStringList args = app.arguments().mid(1);
    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--data")) {
            if (i + 1 >= args.size())
                return ctx.usage(QStringLiteral("--data needs a directory"));
            ctx.dataDir = args.at(++i);
        } else if (a.startsWith(QLatin1String("--data="))) {
            ctx.dataDir = a.mid(7);
        } else {
            rest << a;
        }
    }

    const QList<cli::Command> commands = allCommands();
    if (rest.isEmpty() || rest.first() == QLatin1String("help") || rest.first() == QLatin1String("--help")) {
        printHelp(out, commands);
        return rest.isEmpty() ? cli::Usage : cli::Ok;
    }
    if (rest.first() == QLatin1String("--version")) {
        out << "bianmin " << BIANMIN_VERSION << "\n";
        return cli::Ok;
    }

    // The longest matching command words win ("case submit" before "case").
    const cli::Command *best = nullptr;
    for (const cli::Command &c : commands) {
        if (c.words.size() <= rest.size() && rest.mid(0, c.words.size()) == c.words
            && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best)
        return ctx.usage(QStringLiteral("unknown command \"%1\"; try: bianmin help").arg(rest.join(QLatin1Char(' '))));
    const int code = best->run(ctx, rest.mid(best->words.size()));
    out.flush();
    err.flush();
    return code;
}
