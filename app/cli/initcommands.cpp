// init and config: creating a kiosk's data directory and reading/writing its settings.
//
// `config set` accepts keys the kiosk does not know yet (later modules add settings, and a technician may
// prepare one ahead of an upgrade) but says so in one warning line on stderr; the exit code stays 0.
// Known keys with a fixed shape (locale, numbers, the county URL) are checked before they are stored.
#include "cli.h"
#include "staffcli.h"

#include "core/config.h"
#include "store/database.h"
#include "store/datastore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::InitCommands", text);
}

const QStringList kKeyFiles = {QStringLiteral("data.key"), QStringLiteral("index.key"),
                               QStringLiteral("pepper.key")};

// Everything `init` may create, in the order it is reported.
QStringList layout(const DataDir &dir)
{
    QStringList paths{dir.root(), dir.keysDir()};
    for (const QString &k : kKeyFiles)
        paths << dir.keyPath(k);
    paths << dir.configPath() << dir.databasePath();
    return paths;
}

int init(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {QStringLiteral("--supervisor"), QStringLiteral("--name")},
                                   {QStringLiteral("--pin-stdin")});
    if (!opts)
        return ctx.usage(opts.error().message);
    const bool withSupervisor = opts->has(QStringLiteral("--supervisor"));
    if (!opts->positional.isEmpty()
        || withSupervisor != (opts->has(QStringLiteral("--name")) && opts->has(QStringLiteral("--pin-stdin")))
        || (!withSupervisor && (opts->has(QStringLiteral("--name")) || opts->has(QStringLiteral("--pin-stdin")))))
        return ctx.usage(tr("usage: bianmin --data DIR init [--supervisor ID --name NAME --pin-stdin]"));
    const DataDir dir(ctx.dataDir);

    // A new key beside an existing database would make every stored case unreadable; a missing key file
    // must be restored from the backup, never recreated.
    if (QFileInfo::exists(dir.databasePath())) {
        for (const QString &k : kKeyFiles)
            if (!QFileInfo::exists(dir.keyPath(k)))
                return ctx.fail(Error(QStringLiteral("keys.missing"),
                                      tr("%1 is missing but %2 holds data; restore the key from the backup "
                                         "(init will not create a new one)")
                                          .arg(dir.keyPath(k), dir.databasePath())));
    }

    QStringList before;
    for (const QString &p : layout(dir))
        if (QFileInfo::exists(p))
            before << p;
    if (const Status s = DataStore::initialize(dir); !s)
        return ctx.fail(s.error());
    // Opening checks that what is there (old or new) is usable: keys load, the database is ours.
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());

    QStringList created;
    for (const QString &p : layout(dir))
        if (!before.contains(p) && QFileInfo::exists(p))
            created << p;
    const int schema = (*store)->database().schemaVersion();
    // The first supervisor, so a kiosk can be provisioned from a script; never a second one.
    QString supervisor;
    if (withSupervisor) {
        const auto added = addFirstSupervisor(**store, opts->value(QStringLiteral("--supervisor")),
                                              opts->value(QStringLiteral("--name")));
        if (!added)
            return ctx.fail(added.error());
        supervisor = *added;
    }
    if (ctx.json) {
        QJsonObject result{{QStringLiteral("data"), dir.root()},
                           {QStringLiteral("created"), QJsonArray::fromStringList(created)},
                           {QStringLiteral("schema_version"), schema}};
        if (withSupervisor)
            result.insert(QStringLiteral("supervisor_added"), supervisor);
        ctx.printJson(result);
        return Ok;
    }
    for (const QString &p : created)
        ctx.out << tr("created %1").arg(p) << "\n";
    if (created.isEmpty() && supervisor.isEmpty())
        ctx.out << tr("%1 is already initialised; nothing changed").arg(dir.root()) << "\n";
    ctx.out << tr("database schema version %1").arg(schema) << "\n";
    if (!supervisor.isEmpty())
        ctx.out << tr("added the first supervisor %1").arg(supervisor) << "\n";
    else if (withSupervisor)
        ctx.out << tr("the kiosk already has a supervisor; no staff account was added") << "\n";
    else
        hintFirstSupervisor(ctx, **store); // staff tables; how to create the first supervisor (staffcommands.cpp)
    return Ok;
}

// Config needs only config.json, so a technician can fix settings even when the database is damaged.
Result<Config> loadConfig(const DataDir &dir)
{
    if (!QFileInfo::exists(dir.configPath()) && !QFileInfo::exists(dir.databasePath()))
        return Error(QStringLiteral("store.not_initialized"),
                     tr("%1 is not a kiosk data directory; run: bianmin --data %1 init").arg(dir.root()));
    return Config::load(dir.configPath());
}

bool isKnownKey(const QString &key)
{
    for (const auto &k : Config::knownKeys())
        if (k.first == key)
            return true;
    return false;
}

QString describe(const QString &key)
{
    for (const auto &k : Config::knownKeys())
        if (k.first == key)
            return k.second;
    return {};
}

Status checkValue(const QString &key, const QString &value)
{
    const auto bad = [&](const QString &what) {
        return Error(QStringLiteral("config.bad_value"), tr("%1 must be %2").arg(key, what));
    };
    static const QStringList positiveNumbers = {QStringLiteral("idcard.baud"), QStringLiteral("idle.timeout"),
                                                QStringLiteral("auth.lockout.attempts"),
                                                QStringLiteral("auth.lockout.minutes"),
                                                QStringLiteral("auth.idle.timeout")};
    if (positiveNumbers.contains(key)) {
        bool ok = false;
        if (value.toInt(&ok) <= 0 || !ok)
            return bad(tr("a positive whole number"));
    } else if (key == QLatin1String("printer.width")) {
        if (value != QLatin1String("58") && value != QLatin1String("80"))
            return bad(tr("58 or 80"));
    } else if (key == QLatin1String("locale")) {
        if (value != QLatin1String("zh_CN") && value != QLatin1String("en"))
            return bad(tr("zh_CN or en"));
    } else if (key == QLatin1String("county.url")) {
        if (!value.isEmpty() && !value.startsWith(QLatin1String("https://")))
            return bad(tr("an https:// URL (the county is reached over mutual TLS only)"));
    }
    return {};
}

int configGet(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() > 1)
        return ctx.usage(tr("usage: bianmin config get [KEY]"));
    const auto config = loadConfig(DataDir(ctx.dataDir));
    if (!config)
        return ctx.fail(config.error());

    if (opts->positional.size() == 1) {
        const QString key = opts->positional.first();
        if (!config->contains(key) && !isKnownKey(key))
            return ctx.fail(Error(QStringLiteral("config.unknown_key"),
                                  tr("%1 is not set and not a known key; see: bianmin config get").arg(key)));
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), config->value(key)}});
        else
            ctx.out << config->value(key) << "\n";
        return Ok;
    }

    // Every known key (set or default) with its description, then any other key that was set.
    QStringList keys;
    for (const auto &k : Config::knownKeys())
        keys << k.first;
    QStringList others = config->keys();
    others.sort();
    for (const QString &k : others)
        if (!keys.contains(k))
            keys << k;
    QJsonObject all;
    for (const QString &k : keys) {
        const QString description = isKnownKey(k) ? describe(k) : tr("(not a key the kiosk knows)");
        // init writes every default into config.json, so "default" compares values rather than presence.
        const bool isDefault = isKnownKey(k) && config->value(k) == Config::defaultValue(k);
        if (ctx.json)
            all.insert(k, QJsonObject{{QStringLiteral("value"), config->value(k)},
                                      {QStringLiteral("default"), isDefault},
                                      {QStringLiteral("description"), description}});
        else
            ctx.out << k << " = " << config->value(k) << (isDefault ? "  (default)" : "") << "\n"
                    << "    # " << description << "\n";
    }
    if (ctx.json)
        ctx.printJson(all);
    return Ok;
}

int configSet(Context &ctx, const QStringList &args)
{
    const auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 2)
        return ctx.usage(tr("usage: bianmin config set KEY VALUE"));
    const QString key = opts->positional.at(0);
    const QString value = opts->positional.at(1);
    static const QRegularExpression keyShape(QStringLiteral("^[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)*$"));
    if (!keyShape.match(key).hasMatch())
        return ctx.usage(tr("\"%1\" is not a key (lowercase words separated by dots, e.g. county.url)").arg(key));
    if (const Status s = checkValue(key, value); !s)
        return ctx.fail(s.error());
    const DataDir dir(ctx.dataDir);
    auto config = loadConfig(dir);
    if (!config)
        return ctx.fail(config.error());
    config->setValue(key, value);
    if (const Status s = config->save(dir.configPath()); !s)
        return ctx.fail(s.error());
    if (!isKnownKey(key)) {
        ctx.err << "bianmin: " << tr("warning: %1 is not a key the kiosk knows; stored anyway").arg(key) << "\n";
        ctx.err.flush();
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value},
                                  {QStringLiteral("known"), isKnownKey(key)}});
    else
        ctx.out << key << " = " << value << "\n";
    return Ok;
}

} // namespace

QList<Command> initCommands()
{
    return {
        {{QStringLiteral("init")}, QStringLiteral("init [--supervisor ID --name NAME --pin-stdin]"),
         tr("create the data directory (database, keys, config); never destroys data"), init},
        {{QStringLiteral("config"), QStringLiteral("get")}, QStringLiteral("config get [KEY]"),
         tr("print one setting, or all with their descriptions"), configGet},
        {{QStringLiteral("config"), QStringLiteral("set")}, QStringLiteral("config set KEY VALUE"),
         tr("change one setting (unknown keys are stored with a warning)"), configSet},
    };
}

} // namespace bianmin::cli
