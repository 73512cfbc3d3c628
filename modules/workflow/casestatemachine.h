// The case lifecycle of DESIGN.md as an explicit table: for each state, which actions are legal and where
// they lead. Everything that changes a case's state (submission, approvals, sync, county updates) asks
// this first; anything not in the table is refused with workflow.illegal_transition.
//
//   draft|submitted --submit--> awaiting_approval (chain has steps) | queued (no chain)
//   awaiting_approval --approve--> awaiting_approval (steps left) | queued (last step)
//   awaiting_approval --reject--> rejected (back to the clerk with the note)
//   submitted|awaiting_approval --enqueue--> queued (only when no step is left)
//   rejected (locally) | refused --resubmit--> awaiting_approval | queued
//   queued --upload--> uploaded          queued --refuse--> refused (county said conflict/invalid)
//   county: uploaded --received--> received; uploaded|received|needs_materials --in_review--> in_review;
//   uploaded|received|in_review --approved|needs_materials--> ...; ... --rejected--> rejected;
//   uploaded|received|in_review|approved --completed--> completed
#pragma once

#include "core/casedata.h"
#include "core/casestate.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace bianmin {

enum class CaseAction {
    Submit,
    Approve,
    Reject,
    Enqueue,
    Resubmit,
    Upload,
    Refuse,
    CountyReceived,
    CountyInReview,
    CountyApproved,
    CountyRejected,
    CountyNeedsMaterials,
    CountyCompleted,
};

QString caseActionName(CaseAction action); ///< "submit", "county_in_review", ...
std::optional<CaseAction> caseActionFromName(const QString &name);
QList<CaseAction> allCaseActions();
QList<CaseState> allCaseStates();

/** The county update that moves a case to `status` (received, in_review, approved, ...). */
std::optional<CaseAction> countyActionFor(CaseState status);

/** Facts about the case that the table needs besides its state. */
struct TransitionFacts
{
    /** Approval steps still undecided after this action (submit/resubmit: the whole chain;
     *  approve: the steps after the one being approved; enqueue: what is left). */
    int stepsLeft = 0;
    /** For a case in state rejected: true when a local approver rejected it (it never reached the
     *  county); only such a case can be resubmitted. */
    bool locallyRejected = false;
};

/** Where `action` takes a case in state `from`, or workflow.illegal_transition (or
 *  workflow.approval_pending for enqueue with steps left) with a sentence a clerk understands. */
Result<CaseState> nextState(CaseState from, CaseAction action, const TransitionFacts &facts = {});

/** True when the case is in state rejected because a local approver rejected it. */
bool isLocallyRejected(const CaseRecord &record);

} // namespace bianmin
