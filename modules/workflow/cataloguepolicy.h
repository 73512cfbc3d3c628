// The workflow's view of the service catalogue (modules/forms): each service's approval chain and whether
// a clerk may submit it for a villager, as ServicePolicy values.
#pragma once

#include "servicepolicy.h"

namespace bianmin {

class Catalogue;
struct ServiceDefinition;

ServicePolicy servicePolicy(const ServiceDefinition &service);
QList<ServicePolicy> servicePolicies(const Catalogue &catalogue);
/** A lookup over a copy of the catalogue's policies (the catalogue may be replaced meanwhile). */
ServicePolicyLookup cataloguePolicyLookup(const Catalogue &catalogue);

} // namespace bianmin
