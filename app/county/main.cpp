// bianmin-county: the reference county platform (PROTOCOL.md) for tests, demos and counties without a
// platform of their own. Composition root: parses the command, opens the store, starts the server.
#include "countyca.h"
#include "countyserver.h"
#include "countystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSet>
#include <QSslServer>
#include <QTcpServer>
#include <QTextStream>

using namespace bianmin;
using namespace bianmin::county;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message, int code = 1)
{
    QTextStream err(stderr);
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "bianmin-county: " << line << "\n";
    return code;
}

struct Args
{
    QStringList positional;
    QHash<QString, QString> values;
    QSet<QString> flags;
    QString error;
    QString value(const QString &k, const QString &d = {}) const { return values.value(k, d); }
};

Args parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flagOptions = {})
{
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString s = args.at(i);
        if (!s.startsWith(QLatin1String("--"))) {
            a.positional << s;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = s.indexOf(QLatin1Char('=')); eq > 0) {
            inlineValue = s.mid(eq + 1);
            s = s.left(eq);
            hasInline = true;
        }
        if (valueOptions.contains(s)) {
            if (hasInline)
                a.values.insert(s, inlineValue);
            else if (i + 1 < args.size())
                a.values.insert(s, args.at(++i));
            else
                a.error = QStringLiteral("%1 needs a value").arg(s);
        } else if (flagOptions.contains(s) && !hasInline) {
            a.flags.insert(s);
        } else {
            a.error = QStringLiteral("unknown option %1").arg(s);
        }
    }
    return a;
}

QString defaultDb()
{
    return qEnvironmentVariable("BIANMIN_COUNTY_DB", QStringLiteral("county.db"));
}

int usage()
{
    out() << "usage: bianmin-county COMMAND ...\n\n"
             "  serve --listen HOST:PORT --db PATH --cert PEM --key PEM --client-ca PEM [--max-batch N]\n"
             "        [--max-blob-bytes N] [--plain-v1] [--fault LIST --retry-after S --fault-delay-ms MS]   (faults: tests only)\n"
             "  cases export [--db PATH] [--json]        one JSON object per line\n"
             "  decide CASE_ID --status STATUS --message TEXT [--db PATH]\n"
             "        STATUS: in_review | approved | rejected | needs_materials | completed\n"
             "  catalogue publish FILE.json [--db PATH]  the next catalogue kiosks pull\n"
             "  ca init --dir D [--name NAME]            a county CA: D/ca.pem, D/ca.key (0600)\n"
             "  ca issue-kiosk KIOSK_ID --dir D          D/kiosk-KIOSK_ID.pem and .key (CN = kiosk id)\n"
             "  ca issue-server HOSTNAME --dir D [--name BASE]  D/server.pem and .key (SAN host, localhost, 127.0.0.1)\n"
             "  ca pin CERT.pem                          base64 SHA-256 of the public key, for county.pin\n"
             "\n--db defaults to $BIANMIN_COUNTY_DB or ./county.db\n";
    out().flush();
    return 2;
}

int serve(const QStringList &argv)
{
    const Args a = parse(argv, {QStringLiteral("--listen"), QStringLiteral("--db"), QStringLiteral("--cert"),
                                QStringLiteral("--key"), QStringLiteral("--client-ca"), QStringLiteral("--max-batch"),
                                QStringLiteral("--max-blob-bytes"), QStringLiteral("--fault"),
                                QStringLiteral("--retry-after"), QStringLiteral("--fault-delay-ms")},
                           {QStringLiteral("--plain-v1")});
    if (!a.error.isEmpty())
        return fail(a.error, 2);
    for (const char *required : {"--listen", "--cert", "--key", "--client-ca"}) {
        if (!a.values.contains(QLatin1String(required)))
            return fail(QStringLiteral("serve needs %1").arg(QLatin1String(required)), 2);
    }
    const QString listen = a.value(QStringLiteral("--listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost)
                                 : host.isEmpty() || host == QLatin1String("*") ? QHostAddress(QHostAddress::Any)
                                                                               : QHostAddress(host);
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return fail(QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8443"), 2);

    ServerOptions options;
    options.maxBatch = a.value(QStringLiteral("--max-batch"), QStringLiteral("500")).toInt();
    options.maxBlobBytes = a.value(QStringLiteral("--max-blob-bytes"), QString::number(options.maxBlobBytes)).toLongLong();
    if (options.maxBatch < 1 || options.maxBlobBytes < 1)
        return fail(QStringLiteral("--max-batch and --max-blob-bytes must be positive"), 2);
    const QString faults = a.value(QStringLiteral("--fault"));
    if (!faults.isEmpty())
        options.faults = faults.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &f : options.faults) {
        if (!QStringList{QStringLiteral("500"), QStringLiteral("503"), QStringLiteral("429"), QStringLiteral("slow"),
                         QStringLiteral("ok")}.contains(f))
            return fail(QStringLiteral("unknown fault \"%1\" (500, 503, 429, slow, ok)").arg(f), 2);
    }
    options.retryAfterSeconds = a.value(QStringLiteral("--retry-after"), QStringLiteral("1")).toInt();
    options.faultDelayMs = a.value(QStringLiteral("--fault-delay-ms"), QStringLiteral("3000")).toInt();
    options.plainV1 = a.flags.contains(QStringLiteral("--plain-v1"));

    auto tls = CountyServer::tlsConfiguration(a.value(QStringLiteral("--cert")), a.value(QStringLiteral("--key")),
                                              a.value(QStringLiteral("--client-ca")));
    if (!tls)
        return fail(tls.error().message);
    auto store = CountyStore::open(a.value(QStringLiteral("--db"), defaultDb()));
    if (!store)
        return fail(store.error().message);

    CountyServer server(**store, options);
    server.sslSetup(*tls);
    const quint16 bound = server.listen(address, static_cast<quint16>(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(listen));
    // Tests and scripts wait for this line (and read the port from it when --listen asked for port 0).
    out() << "listening on https://" << (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString()) : address.toString())
          << ":" << bound << "\n";
    out().flush();
    return QCoreApplication::exec();
}

int exportCases(const QStringList &argv)
{
    const Args a = parse(argv, {QStringLiteral("--db")}, {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return fail(a.error, 2);
    auto store = CountyStore::open(a.value(QStringLiteral("--db"), defaultDb()));
    if (!store)
        return fail(store.error().message);
    Status s = (*store)->exportCases([](const QJsonObject &o) {
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
    });
    out().flush();
    return s ? 0 : fail(s.error().message);
}

int decide(const QStringList &argv)
{
    const Args a = parse(argv, {QStringLiteral("--db"), QStringLiteral("--status"), QStringLiteral("--message")},
                         {QStringLiteral("--json")});
    if (!a.error.isEmpty())
        return fail(a.error, 2);
    if (a.positional.size() != 1 || !a.values.contains(QStringLiteral("--status")))
        return fail(QStringLiteral("usage: decide CASE_ID --status STATUS --message TEXT"), 2);
    auto store = CountyStore::open(a.value(QStringLiteral("--db"), defaultDb()));
    if (!store)
        return fail(store.error().message);
    auto update = (*store)->decide(a.positional.first(), a.value(QStringLiteral("--status")),
                                   a.value(QStringLiteral("--message")));
    if (!update)
        return fail(update.error().message);
    out() << QString::fromUtf8(QJsonDocument(*update).toJson(QJsonDocument::Compact)) << "\n";
    out().flush();
    return 0;
}

int catalogue(const QStringList &argv)
{
    const Args a = parse(argv, {QStringLiteral("--db")});
    if (!a.error.isEmpty())
        return fail(a.error, 2);
    if (a.positional.size() != 2 || a.positional.first() != QLatin1String("publish"))
        return fail(QStringLiteral("usage: catalogue publish FILE.json [--db PATH]"), 2);
    QFile file(a.positional.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("%1 is not a JSON object: %2").arg(file.fileName(), pe.errorString()));
    auto store = CountyStore::open(a.value(QStringLiteral("--db"), defaultDb()));
    if (!store)
        return fail(store.error().message);
    auto version = (*store)->publishCatalogue(doc.object());
    if (!version)
        return fail(version.error().message);
    out() << "published catalogue version " << *version << "\n";
    out().flush();
    return 0;
}

int ca(const QStringList &argv)
{
    const Args a = parse(argv, {QStringLiteral("--dir"), QStringLiteral("--name"), QStringLiteral("--days")});
    if (!a.error.isEmpty())
        return fail(a.error, 2);
    const QString verb = a.positional.value(0);
    const QString dir = a.value(QStringLiteral("--dir"));
    const int days = a.value(QStringLiteral("--days"), QStringLiteral("0")).toInt();
    if (verb == QLatin1String("pin") && a.positional.size() == 2) {
        auto pin = CountyCa::spkiPin(a.positional.at(1));
        if (!pin)
            return fail(pin.error().message);
        out() << *pin << "\n";
        out().flush();
        return 0;
    }
    if (dir.isEmpty())
        return fail(QStringLiteral("ca %1 needs --dir D").arg(verb), 2);
    Result<IssuedFiles> files = Error(QStringLiteral("cli.usage"), QString());
    if (verb == QLatin1String("init") && a.positional.size() == 1)
        files = CountyCa::init(dir, a.value(QStringLiteral("--name"), QStringLiteral("Bianmin County CA")), days > 0 ? days : 3650);
    else if (verb == QLatin1String("issue-kiosk") && a.positional.size() == 2)
        files = CountyCa::issueKiosk(dir, a.positional.at(1), days > 0 ? days : 825);
    else if (verb == QLatin1String("issue-server") && a.positional.size() == 2)
        files = CountyCa::issueServer(dir, a.positional.at(1), a.value(QStringLiteral("--name")), days > 0 ? days : 825);
    else
        return fail(QStringLiteral("usage: ca init --dir D | ca issue-kiosk ID --dir D | ca issue-server HOST --dir D | ca pin CERT"), 2);
    if (!files)
        return fail(files.error().message);
    out() << "certificate " << files->certificate << "\nkey " << files->key << "\n";
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bianmin-county"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BIANMIN_VERSION));
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    if (command == QLatin1String("serve"))
        return serve(args.mid(1));
    if (command == QLatin1String("cases") && args.value(1) == QLatin1String("export"))
        return exportCases(args.mid(2));
    if (command == QLatin1String("decide"))
        return decide(args.mid(1));
    if (command == QLatin1String("catalogue"))
        return catalogue(args.mid(1));
    if (command == QLatin1String("ca"))
        return ca(args.mid(1));
    if (command == QLatin1String("--version")) {
        out() << "bianmin-county " << BIANMIN_VERSION << "\n";
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("help") || command == QLatin1String("--help"))
        return usage() == 2 && command.isEmpty() ? 2 : 0;
    return fail(QStringLiteral("unknown command \"%1\"; try: bianmin-county help").arg(args.join(QLatin1Char(' '))), 2);
}
