// The one way a new case enters the kiosk, for the kiosk's confirmation page and `bianmin case submit`:
// checks the channel (self, or agent with the villager's consent on record and a clerk allowed to submit
// for villagers on a service that allows it), picks the initial state from the service's approval chain
// (awaiting_approval or queued) and stores the case through CaseStore::submit.
#pragma once

#include "servicepolicy.h"

#include "auth/staffdirectory.h"
#include "core/casedata.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace bianmin {

class DataStore;

class SubmissionService
{
public:
    /** `policies` may be empty (no catalogue): then every service is taken to have no approval chain and
     *  to refuse agent submissions. */
    SubmissionService(DataStore &store, ServicePolicyLookup policies);

    /** Checks the channel and consent rules and fills agent.staff_id / consent.at. `clerk`: the logged-in
     *  (or named) staff member for channel agent, nullptr for self-service. Errors:
     *  workflow.unknown_service, workflow.bad_channel, workflow.agent_not_allowed, workflow.agent_required,
     *  workflow.consent_required, workflow.consent_blob_missing, auth.forbidden, auth.disabled. */
    Status check(CaseRecord &record, const StaffAccount *clerk) const;

    /** awaiting_approval when the service's chain has steps, else queued. */
    CaseState initialState(const QString &serviceId) const;

    /** check() + CaseStore::submit with initialState(); returns the record after COMMIT returned.
     *  `actor` for the audit entry: default the clerk's id, or "villager" for self-service. */
    Result<CaseRecord> submit(CaseRecord record, const StaffAccount *clerk, const QString &actor = {});

    /** Stores a touchscreen signature (PNG bytes) as an encrypted blob; returns its sha256 for
     *  agent.consent.blob. */
    Result<QString> storeSignature(const QByteArray &png);

private:
    DataStore &m_store;
    ServicePolicyLookup m_policies;
};

} // namespace bianmin
