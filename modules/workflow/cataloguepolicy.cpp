#include "cataloguepolicy.h"

#include "forms/catalogue.h"
#include "forms/catalogueinforce.h"
#include "forms/servicedefinition.h"

namespace bianmin {

ServicePolicy servicePolicy(const ServiceDefinition &service)
{
    ServicePolicy p;
    p.serviceId = service.id;
    p.nameZh = service.name.zh;
    p.nameEn = service.name.en;
    p.agentAllowed = service.agentAllowed;
    for (const ApprovalStep &s : service.approvalChain)
        p.chain << ApprovalChainStep{s.id, s.role, s.name.zh, s.name.en};
    return p;
}

QList<ServicePolicy> servicePolicies(const Catalogue &catalogue)
{
    QList<ServicePolicy> all;
    for (const ServiceDefinition &s : catalogue.services())
        all << servicePolicy(s);
    return all;
}

ServicePolicyLookup cataloguePolicyLookup(const Catalogue &catalogue)
{
    return policyLookup(servicePolicies(catalogue));
}

ServicePolicyLookup cataloguePolicyLookup(std::shared_ptr<const CatalogueInForce> catalogue)
{
    return [catalogue = std::move(catalogue)](const QString &serviceId) -> std::optional<ServicePolicy> {
        const std::shared_ptr<const Catalogue> now = catalogue->get();
        const ServiceDefinition *service = now ? now->service(serviceId) : nullptr;
        if (!service)
            return std::nullopt;
        return servicePolicy(*service);
    };
}

} // namespace bianmin
