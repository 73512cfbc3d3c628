#include "cataloguelookup.h"

#include "forms/catalogueinforce.h"

namespace bianmin {

ServiceLookup catalogueServiceLookup(std::shared_ptr<const CatalogueInForce> catalogue)
{
    return [catalogue = std::move(catalogue)](const QString &serviceId, const QString &language) {
        ServiceInfo info;
        const std::shared_ptr<const Catalogue> now = catalogue ? catalogue->get() : nullptr;
        if (const ServiceDefinition *s = now ? now->service(serviceId) : nullptr) {
            info.name = s->name.text(language);
            info.promisedDays = s->promisedDays;
        }
        return info;
    };
}

} // namespace bianmin
