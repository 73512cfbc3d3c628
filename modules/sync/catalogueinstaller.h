// The one way a service catalogue gets installed on a kiosk, whoever brings it: the county through
// `bianmin sync` or the kiosk's background sync, or a technician's `bianmin catalogue import`. The forms
// module checks it fully and replaces DIR/catalogue.json atomically (a bad one is refused and the one in
// force stays), and either outcome is an entry of the kiosk's audit log, so `bianmin audit list` shows
// when each version came, from where, and why one was refused.
#pragma once

#include "syncclient.h"

#include "core/result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace bianmin {

class Catalogue;
class DataStore;

/** Who brought a catalogue and from where: the actor, `via` and `from` of its audit entry. */
struct CatalogueOrigin
{
    QString actor; ///< "system" for sync, "cli" for an import
    QString via;   ///< "sync" | "import"
    QString from;  ///< the county's URL, or the imported file

    static CatalogueOrigin county(const QUrl &countyUrl);
    static CatalogueOrigin importedFile(const QString &path);
};

/** Checks and installs a catalogue in `dataDir`, and audits it in `store` (null: a data directory without
 *  kiosk.db yet, nothing to audit). Installed: `catalogue.install` {version, services, replaced, via, from},
 *  written in the transaction that replaces the file, so an entry exists only for a catalogue in force.
 *  Refused: `catalogue.refuse` {version, in_force, code, reason, via, from}, written once while the same
 *  offer keeps being refused (a county offers it again on every pass). `offered` is what
 *  Catalogue::fromJson / loadFile made of it; `offeredVersion` the version it claims (0 when unreadable).
 *  catalogue.unaudited: installed, but the commit of its entry failed (the only way the two part). */
Result<Catalogue> installCatalogue(DataStore *store, const QString &dataDir, const Result<Catalogue> &offered,
                                   int offeredVersion, const CatalogueOrigin &origin);

/** The county's catalogue (GET /api/v1/catalogue), as `bianmin sync` and the kiosk's runner install it. */
Result<Catalogue> installCountyCatalogue(DataStore &store, const QJsonObject &document, const QUrl &countyUrl);

/** `bianmin catalogue import FILE`. */
Result<Catalogue> importCatalogueFile(DataStore *store, const QString &dataDir, const QString &path);

/** The installer SyncClient calls: installCountyCatalogue on the client's own store. */
SyncClient::CatalogueInstaller catalogueInstaller();

} // namespace bianmin
