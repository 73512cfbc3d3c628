// The workflow's view of the service catalogue (modules/forms): each service's approval chain and whether
// a clerk may submit it for a villager, as ServicePolicy values.
#pragma once

#include "servicepolicy.h"

#include <memory>

namespace bianmin {

class Catalogue;
class CatalogueInForce;
struct ServiceDefinition;

ServicePolicy servicePolicy(const ServiceDefinition &service);
QList<ServicePolicy> servicePolicies(const Catalogue &catalogue);
/** A lookup over a copy of the catalogue's policies (the catalogue may be replaced meanwhile). */
ServicePolicyLookup cataloguePolicyLookup(const Catalogue &catalogue);
/** A lookup that always answers from the catalogue in force: a running kiosk's workflow follows the
 *  catalogues the county sends without being rebuilt. Safe on any thread. */
ServicePolicyLookup cataloguePolicyLookup(std::shared_ptr<const CatalogueInForce> catalogue);

} // namespace bianmin
