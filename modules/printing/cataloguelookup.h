// The receipts' service look-up over the forms module's catalogue: a service's name in the receipt's language
// and its promised working days. The one ServiceLookup for the kiosk and for `bianmin receipt`.
#pragma once

#include "receiptservice.h"

#include <memory>

namespace bianmin {

class CatalogueInForce;

/** Answers from the catalogue in force at each call (a kiosk's may be replaced by the county meanwhile);
 *  safe on any thread. Without a catalogue, or for a service it does not know, the ServiceInfo is empty. */
ServiceLookup catalogueServiceLookup(std::shared_ptr<const CatalogueInForce> catalogue);

} // namespace bianmin
