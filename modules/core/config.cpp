#include "config.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace bianmin {

namespace {
struct KnownKey
{
    const char *key;
    const char *defaultValue;
    const char *description;
};

const KnownKey kKnownKeys[] = {
    {"kiosk.id", "", "this kiosk's id; the CN of its client certificate (e.g. 500242-huatian-01)"},
    {"kiosk.name", "便民服务中心", "the center's name, printed on receipts and shown on the idle screen"},
    {"kiosk.phone", "", "the center's phone number, printed on receipts"},
    {"kiosk.hours", "", "opening hours shown on the idle screen"},
    {"kiosk.cert", "", "PEM client certificate issued by the county CA"},
    {"kiosk.key", "", "PEM private key of the client certificate"},
    {"county.url", "", "base URL of the county platform, e.g. https://county.example:8443"},
    {"county.ca", "", "PEM bundle of the county CA; the only trust anchor for the county"},
    {"county.pin", "", "optional base64 SHA-256 of the county server's public key (SPKI)"},
    {"sync.interval", "60", "seconds between the kiosk's background sync attempts when all is well"},
    {"printer", "", "receipt printer: /dev/usb/lp0, tcp://host:9100, serial:/dev/ttyUSB0, cups:NAME or pdf:DIR"},
    {"printer.width", "80", "thermal paper width in mm: 58 or 80"},
    {"idcard.device", "", "serial device of the ID card reader, e.g. /dev/ttyUSB0"},
    {"idcard.baud", "115200", "baud rate of the ID card reader"},
    {"locale", "zh_CN", "default language of the kiosk: zh_CN or en"},
    {"idle.timeout", "120", "seconds without a touch before an abandoned session is wiped"},
    {"auth.lockout.attempts", "5", "wrong PINs before a staff account is locked"},
    {"auth.lockout.minutes", "15", "how long a locked staff account stays locked"},
    {"auth.idle.timeout", "300", "seconds without a touch before a staff session ends"},
};
} // namespace

Result<Config> Config::load(const QString &path)
{
    Config config;
    QFile file(path);
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("config.unreadable"),
                     QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(QStringLiteral("config.malformed"),
                     QStringLiteral("%1 is not a JSON object (%2 at offset %3)")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        config.m_values.insert(it.key(), it.value().isString() ? it.value().toString()
                                                               : it.value().toVariant().toString());
    return config;
}

Status Config::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("config.unwritable"),
                     QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // QSaveFile::commit() does not notice a failed flush of its buffer (disk full): it would replace the
    // good file with an empty one. So write and flush explicitly, and give up on any error.
    const QByteArray bytes = QJsonDocument(m_values).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error(QStringLiteral("config.unwritable"), QStringLiteral("cannot write %1: %2").arg(path, why));
    }
    if (!file.commit())
        return Error(QStringLiteral("config.unwritable"),
                     QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QString Config::value(const QString &key) const
{
    if (m_values.contains(key))
        return m_values.value(key).toString();
    return defaultValue(key);
}

QList<QPair<QString, QString>> Config::knownKeys()
{
    QList<QPair<QString, QString>> out;
    for (const KnownKey &k : kKnownKeys)
        out.append({QString::fromLatin1(k.key), QString::fromUtf8(k.description)});
    return out;
}

QString Config::defaultValue(const QString &key)
{
    for (const KnownKey &k : kKnownKeys)
        if (key == QLatin1String(k.key))
            return QString::fromUtf8(k.defaultValue);
    return {};
}

} // namespace bianmin
