#include "datastore.h"

#include "internal/sqlutil.h"

#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace bianmin {

namespace {

// A value sealed under data.key plus MACs of index.key and pepper.key, stored in kiosk.db when it is
// created: opening the database with another kiosk's keys (or regenerated ones) is refused at once
// instead of failing on the first case read or, worse, writing data nobody can read later.
const QString kKeyCheckKey = QStringLiteral("store.key_check");
const QByteArray kKeyCheckPlain = QByteArrayLiteral("bianmin kiosk key check v1");

QString keyCheckMacs(const KeyRing &keys)
{
    return QString::fromLatin1(keys.mac(QByteArrayLiteral("key-check"), kKeyCheckPlain).toHex()) + QLatin1Char(':')
        + store::sha256Hex(QByteArrayLiteral("pepper-check:") + keys.pepper());
}

Status checkKeys(Database &db, const KeyRing &keys, const DataDir &dir)
{
    const QString stored = db.stateValue(kKeyCheckKey);
    if (stored.isEmpty()) {
        auto sealed = keys.encrypt(kKeyCheckPlain, kKeyCheckKey.toLatin1());
        if (!sealed)
            return sealed.error();
        return db.setStateValue(kKeyCheckKey, QString::fromLatin1(sealed->toBase64()) + QLatin1Char(':')
                                                   + keyCheckMacs(keys));
    }
    const qsizetype colon = stored.indexOf(QLatin1Char(':'));
    auto plain = keys.decrypt(QByteArray::fromBase64(stored.left(colon).toLatin1()), kKeyCheckKey.toLatin1());
    const bool dataKeyOk = plain.ok() && plain.value() == kKeyCheckPlain;
    if (!dataKeyOk || stored.mid(colon + 1) != keyCheckMacs(keys))
        return Error(QStringLiteral("keys.wrong_key"),
                     QObject::tr("the keys in %1 do not belong to %2 (its data cannot be read with them); restore "
                                 "this kiosk's own keys from its backup")
                         .arg(dir.keysDir(), dir.databasePath()));
    return {};
}

Config defaultConfig()
{
    Config config;
    for (const auto &[key, description] : Config::knownKeys())
        config.setValue(key, Config::defaultValue(key));
    return config;
}

} // namespace

DataStore::DataStore(DataDir dir, const Clock &clock, KeyRing keys, Config config, std::unique_ptr<Database> db)
    : m_dir(std::move(dir)), m_clock(clock), m_keys(std::move(keys)), m_config(std::move(config)), m_db(std::move(db))
{
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_cases = std::make_unique<CaseStore>(*m_db, m_keys, m_clock, *m_audit);
    m_cases->setKioskId(m_config.value(QStringLiteral("kiosk.id")));
    m_blobs = std::make_unique<BlobStore>(*m_db, m_keys);
    m_drafts = std::make_unique<DraftStore>(*m_db, m_keys, m_clock);
}

DataStore::~DataStore()
{
    // Users of the database go before it.
    m_drafts.reset();
    m_blobs.reset();
    m_cases.reset();
    m_audit.reset();
    m_db.reset();
}

Status DataStore::saveConfig()
{
    m_cases->setKioskId(m_config.value(QStringLiteral("kiosk.id")));
    return m_config.save(m_dir.configPath());
}

Status DataStore::initialize(const DataDir &dir)
{
    if (!QDir().mkpath(dir.root()))
        return Error(QStringLiteral("store.readonly"),
                     QObject::tr("cannot create the data directory %1").arg(dir.root()));
    if (::access(QFile::encodeName(dir.root()).constData(), W_OK) != 0)
        return Error(QStringLiteral("store.readonly"),
                     QObject::tr("%1 is read-only: the kiosk cannot write its data there").arg(dir.root()));

    // New keys are only made for a new database: fresh keys could not read the data already stored.
    const bool hasData = QFileInfo(dir.databasePath()).size() > 0;
    if (!hasData) {
        if (Status s = KeyRing::create(dir); !s)
            return s;
    }
    auto keys = KeyRing::load(dir);
    if (!keys)
        return keys.error();

    if (!QFileInfo::exists(dir.configPath())) {
        if (Status s = defaultConfig().save(dir.configPath()); !s)
            return s;
    } else if (auto config = Config::load(dir.configPath()); !config) {
        return config.error();
    }

    auto db = Database::open(dir, Database::Mode::CreateIfMissing);
    if (!db)
        return db.error();
    return checkKeys(**db, keys.value(), dir);
}

Result<std::unique_ptr<DataStore>> DataStore::open(const DataDir &dir, const Clock &clock)
{
    if (QFileInfo(dir.databasePath()).size() <= 0)
        return Error(QStringLiteral("store.not_initialized"),
                     QObject::tr("%1 is not an initialised kiosk data directory; run `bianmin --data %1 init` first")
                         .arg(dir.root()));
    auto keys = KeyRing::load(dir);
    if (!keys)
        return keys.error();
    auto config = Config::load(dir.configPath());
    if (!config)
        return config.error();
    auto db = Database::open(dir, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    if (Status s = checkKeys(**db, keys.value(), dir); !s)
        return s.error();
    return std::unique_ptr<DataStore>(
        new DataStore(dir, clock, std::move(keys.value()), std::move(config.value()), std::move(db.value())));
}

} // namespace bianmin
