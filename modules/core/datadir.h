// Where things live inside a kiosk's data directory (`--data DIR`). One place, so the CLI, the kiosk,
// the store and the tests agree on the layout:
//   DIR/kiosk.db      the SQLite database (WAL: kiosk.db-wal, kiosk.db-shm beside it)
//   DIR/config.json   the settings `bianmin config` reads and writes
//   DIR/keys/         0700; data.key (AES-256-GCM), index.key (HMAC blind index), pepper.key (PIN hashing)
#pragma once

#include <QDir>
#include <QString>

namespace bianmin {

class DataDir
{
public:
    explicit DataDir(QString root) : m_root(QDir::cleanPath(root)) {}

    QString root() const { return m_root; }
    QString databasePath() const { return m_root + QStringLiteral("/kiosk.db"); }
    QString configPath() const { return m_root + QStringLiteral("/config.json"); }
    QString keysDir() const { return m_root + QStringLiteral("/keys"); }
    QString keyPath(const QString &name) const { return keysDir() + QLatin1Char('/') + name; }

private:
    QString m_root;
};

} // namespace bianmin
