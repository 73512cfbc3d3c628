#include "catalogueinstaller.h"

#include "forms/catalogue.h"

namespace bianmin {

SyncClient::CatalogueInstaller catalogueInstaller(const QString &dataDir)
{
    return [dataDir](const QJsonObject &catalogue) -> Status {
        auto installed = Catalogue::importJson(catalogue, dataDir);
        if (!installed)
            return installed.error();
        return {};
    };
}

} // namespace bianmin
