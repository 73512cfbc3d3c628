// The kiosk's settings: a flat JSON object of string keys and values in DIR/config.json, written
// atomically (a power cut leaves the old file or the new one, never half of one).
// Known keys (used by later modules): kiosk.id, kiosk.name, kiosk.phone, county.url, county.ca,
// county.pin, kiosk.cert, kiosk.key, printer, idcard.device, idcard.baud, locale, idle.timeout ...
#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bianmin {

class Config
{
public:
    /** Reads the file; a missing file is an empty config, a malformed one is an error. */
    static Result<Config> load(const QString &path);

    /** Writes the current values to `path` atomically. */
    Status save(const QString &path) const;

    /** The value, or the built-in default for known keys, or an empty string. */
    QString value(const QString &key) const;
    bool contains(const QString &key) const { return m_values.contains(key); }
    void setValue(const QString &key, const QString &value) { m_values.insert(key, value); }
    QStringList keys() const { return m_values.keys(); }
    QJsonObject toJson() const { return m_values; }

    /** Keys the kiosk knows, each with a one-line description (for `config get` with no key, and docs). */
    static QList<QPair<QString, QString>> knownKeys();
    static QString defaultValue(const QString &key);

private:
    QJsonObject m_values;
};

} // namespace bianmin
