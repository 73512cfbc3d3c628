#include "cli.h"

#include "store/datastore.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace bianmin::cli {

Result<std::unique_ptr<DataStore>> Context::openStore() const
{
    return DataStore::open(DataDir(dataDir), clock);
}

int Context::fail(const Error &error) const
{
    QString line = error.message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "bianmin: " << line << "\n";
    err.flush();
    return Failure;
}

int Context::usage(const QString &message) const
{
    err << "bianmin: " << message << "\n";
    err.flush();
    return Usage;
}

void Context::printJson(const QJsonObject &o) const
{
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
    out.flush();
}

void Context::printJson(const QJsonArray &a) const
{
    out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)) << "\n";
    out.flush();
}

Result<Options> parseOptions(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args.at(i);
        if (a == QLatin1String("-") || !a.startsWith(QLatin1Char('-'))) {
            o.positional << a;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = a.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = a.mid(eq + 1);
            a = a.left(eq);
            hasInline = true;
        }
        if (valueOptions.contains(a)) {
            if (hasInline) {
                o.values.insert(a, inlineValue);
            } else if (i + 1 < args.size()) {
                o.values.insert(a, args.at(++i));
            } else {
                return Error(QStringLiteral("cli.usage"), QStringLiteral("%1 needs a value").arg(a));
            }
        } else if (flagOptions.contains(a) && !hasInline) {
            o.flags.insert(a);
        } else {
            return Error(QStringLiteral("cli.usage"), QStringLiteral("unknown option %1").arg(a));
        }
    }
    return o;
}

Result<QByteArray> readInput(const QString &path)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return Error(QStringLiteral("cli.stdin"), QStringLiteral("cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("cli.unreadable"),
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

} // namespace bianmin::cli
