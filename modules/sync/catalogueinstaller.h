// The one installer for what the county's GET /api/v1/catalogue brings, used by `bianmin sync` and by the
// kiosk's background runner: the forms module checks the catalogue fully and replaces DIR/catalogue.json
// atomically; a bad catalogue is refused with the reason and the catalogue in force stays.
#pragma once

#include "syncclient.h"

namespace bianmin {

SyncClient::CatalogueInstaller catalogueInstaller(const QString &dataDir);

} // namespace bianmin
