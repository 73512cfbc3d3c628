// The offline approval chain: approvers see the cases waiting for a step they may decide, approve or
// reject them with a note; the last approval moves the case into the sync queue (the store writes the
// outbox row in the same transaction), a rejection sends it back to the clerk, who may resubmit it.
// Each decision re-reads the case inside the write transaction, so of two approvers deciding the same
// step at once exactly one wins and the other is told who already decided it.
#pragma once

#include "casestatemachine.h"
#include "servicepolicy.h"

#include "auth/staffdirectory.h"
#include "core/casedata.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace bianmin {

class DataStore;

/** Where a case stands in its service's approval chain. */
struct ApprovalProgress
{
    QList<Approval> round;                     ///< decisions since the last rejection (the current round)
    std::optional<ApprovalChainStep> pending;  ///< the step that must be decided next; none when complete
    int stepsLeft = 0;                         ///< undecided steps in this round, pending included
};

ApprovalProgress approvalProgress(const CaseRecord &record, const QList<ApprovalChainStep> &chain);

/** A case waiting for a step (for the approver's list). */
struct PendingApproval
{
    CaseRecord record;
    ApprovalChainStep step;
    int stepNumber = 1;  ///< 1-based position in the chain
    int stepCount = 1;
};

class CaseWorkflow
{
public:
    CaseWorkflow(DataStore &store, ServicePolicyLookup policies);

    /** Approves `stepId`. Errors: auth.forbidden (role or per-step rights), workflow.unknown_case,
     *  workflow.unknown_service, workflow.unknown_step, workflow.wrong_step (an earlier step is pending),
     *  workflow.already_decided ("already decided by X"), workflow.illegal_transition. */
    Result<CaseRecord> approve(const QString &caseId, const QString &stepId, const StaffAccount &approver,
                               const QString &note = {});
    /** Rejects `stepId`; the note (why) is required: the clerk reads it. Same errors, plus workflow.note_required. */
    Result<CaseRecord> reject(const QString &caseId, const QString &stepId, const StaffAccount &approver,
                              const QString &note);
    /** Sends a locally rejected (clerk) or refused (supervisor) case back into its chain, or to the queue. */
    Result<CaseRecord> resubmit(const QString &caseId, const StaffAccount &staff, const QString &note = {});

    /** Cases in awaiting_approval with their pending step; only those `approver` may decide when given. */
    Result<QList<PendingApproval>> awaitingApproval(const StaffAccount *approver = nullptr) const;
    /** Cases an approver sent back (state rejected locally), optionally only those `clerkId` submitted. */
    Result<QList<CaseRecord>> returnedToClerk(const QString &clerkId = {}) const;

    std::optional<ServicePolicy> policy(const QString &serviceId) const;
    /** The case, decrypted (for the approver's review page). workflow.unknown_case. */
    Result<CaseRecord> caseRecord(const QString &caseId) const;

private:
    Result<CaseRecord> decide(const QString &caseId, const QString &stepId, const StaffAccount &approver,
                              const QString &decision, const QString &note);
    DataStore &m_store;
    ServicePolicyLookup m_policies;
};

} // namespace bianmin
