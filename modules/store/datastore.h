// Everything a program needs to work on one data directory, opened in the right order:
// keys, database (migrated), audit log, cases, blobs. The composition roots (CLI, kiosk, tests) use this
// instead of wiring the pieces by hand; `initialize` is what `bianmin init` does.
#pragma once

#include "auditlog.h"
#include "blobstore.h"
#include "casestore.h"
#include "core/clock.h"
#include "core/config.h"
#include "core/datadir.h"
#include "database.h"
#include "drafts.h"
#include "keyring.h"

#include <memory>

namespace bianmin {

class DataStore
{
public:
    /** Creates DIR, keys/, config.json and kiosk.db at the latest migration; keeps anything already there. */
    static Status initialize(const DataDir &dir);
    /** Opens an initialised directory (store.not_initialized if it is not). Refuses keys that do not
     *  belong to this kiosk.db (keys.wrong_key) before anything is read or written. */
    static Result<std::unique_ptr<DataStore>> open(const DataDir &dir, const Clock &clock);
    ~DataStore();
    DataStore(const DataStore &) = delete;
    DataStore &operator=(const DataStore &) = delete;

    const DataDir &dataDir() const { return m_dir; }
    Config &config() { return m_config; }
    /** Writes config.json; settings the store itself uses (kiosk.id) take effect at once. */
    Status saveConfig();
    Database &database() { return *m_db; }
    const KeyRing &keys() const { return m_keys; }
    AuditLog &audit() { return *m_audit; }
    CaseStore &cases() { return *m_cases; }
    BlobStore &blobs() { return *m_blobs; }
    DraftStore &drafts() { return *m_drafts; }
    const Clock &clock() const { return m_clock; }

private:
    DataStore(DataDir dir, const Clock &clock, KeyRing keys, Config config, std::unique_ptr<Database> db);
    DataDir m_dir;
    const Clock &m_clock;
    KeyRing m_keys;
    Config m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<CaseStore> m_cases;
    std::unique_ptr<BlobStore> m_blobs;
    std::unique_ptr<DraftStore> m_drafts;
};

} // namespace bianmin
