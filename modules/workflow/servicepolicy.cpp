#include "servicepolicy.h"

namespace bianmin {

ServicePolicyLookup policyLookup(QList<ServicePolicy> policies)
{
    return [policies = std::move(policies)](const QString &serviceId) -> std::optional<ServicePolicy> {
        for (const ServicePolicy &p : policies)
            if (p.serviceId == serviceId)
                return p;
        return std::nullopt;
    };
}

} // namespace bianmin
