// The `bianmin` command line: shared plumbing for every command group. Each group (case, audit, config,
// idcard, sync, receipt, staff, catalogue...) lives in its own <group>commands.cpp and returns its
// commands from a function declared below; main.cpp only lists the groups.
//
// Conventions (DESIGN.md): every command takes --data DIR, prints JSON with --json, and on any error
// exits non-zero with exactly one line on stderr saying what is wrong.
#pragma once

#include "core/clock.h"
#include "core/datadir.h"
#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCoreApplication;

namespace bianmin {

class DataStore;

namespace cli {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

struct Context
{
    QString dataDir;         ///< from --data, or $BIANMIN_DATA, or the default /var/lib/bianmin
    bool json = false;       ///< --json
    QTextStream &out;
    QTextStream &err;
    const Clock &clock;

    /** Opens the data directory (keys, database, config); prints nothing. */
    Result<std::unique_ptr<DataStore>> openStore() const;

    /** Prints `error.message` as one line to stderr and returns Failure. */
    int fail(const Error &error) const;
    /** Prints a usage problem as one line and returns Usage. */
    int usage(const QString &message) const;
    /** Prints a JSON value compactly on one line (or indented for objects when not piped). */
    void printJson(const QJsonObject &o) const;
    void printJson(const QJsonArray &a) const;
};

struct Command
{
    QStringList words;  ///< e.g. {"case", "submit"}
    QString synopsis;   ///< e.g. "case submit --case FILE.json|-"
    QString summary;    ///< one line for `bianmin help`
    std::function<int(Context &, const QStringList &args)> run; ///< args after the command words
};

/** Parses `args` (the words after the command) against the options; prints the one-line error itself. */
struct Options
{
    QStringList positional;
    QHash<QString, QString> values;  ///< "--case" -> "file.json"
    QSet<QString> flags;             ///< "--pin-stdin"
    bool has(const QString &name) const { return flags.contains(name) || values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return values.value(name, fallback); }
};
/** `valueOptions` take an argument ("--case"), `flagOptions` do not ("--pin-stdin"). Unknown options
 *  are an error (Usage). */
Result<Options> parseOptions(const QStringList &args, const QStringList &valueOptions,
                             const QStringList &flagOptions = {});

/** Reads a whole file, or standard input when path is "-". */
Result<QByteArray> readInput(const QString &path);

// Command groups, one file each.
QList<Command> initCommands();     // init, config        (initcommands.cpp)
QList<Command> caseCommands();     // case ...            (casecommands.cpp)
QList<Command> auditCommands();    // audit ...           (auditcommands.cpp)
QList<Command> benchCommands();    // bench ...           (benchcommands.cpp)
QList<Command> idcardCommands();   // idcard, mrz, barcode (idcardcommands.cpp)

QList<Command> receiptCommands();  // receipt, receipt verify (receiptcommands.cpp)
QList<Command> syncCommands();     // sync, bench sync    (synccommands.cpp)
QList<Command> staffCommands();    // staff ...           (staffcommands.cpp)
QList<Command> approvalCommands(); // case approve|reject|resubmit, case list --awaiting-approval (approvalcommands.cpp)
QList<Command> catalogueCommands(); // catalogue list|show|import, bench forms (cataloguecommands.cpp)
/** A QGuiApplication for `receipt` (PDF and A4 draw text), else a QCoreApplication (receiptcommands.cpp). */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

} // namespace cli
} // namespace bianmin
