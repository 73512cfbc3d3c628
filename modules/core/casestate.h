// The case lifecycle of DESIGN.md as one enum, with the wire names used in the database, the CLI and
// the protocol. Which transitions are legal is the workflow module's business, not this header's.
#pragma once

#include <QString>

#include <optional>

namespace bianmin {

enum class CaseState {
    Draft,
    Submitted,
    AwaitingApproval,
    Queued,
    Uploaded,
    Received,       // county states from here on
    InReview,
    Approved,
    Rejected,       // by the county, or by a local approver (then it returns to the clerk)
    NeedsMaterials,
    Completed,
    Refused,        // the county answered conflict or invalid: staff must act, it is never retried
};

QString caseStateName(CaseState s);                       ///< "awaiting_approval"
std::optional<CaseState> caseStateFromName(const QString &name);
QStringList allCaseStateNames();

} // namespace bianmin
