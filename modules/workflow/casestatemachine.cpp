#include "casestatemachine.h"

#include <QCoreApplication>

#include <array>

namespace bianmin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::CaseStateMachine", text);
}

struct ActionInfo
{
    CaseAction action;
    const char *name;
};

constexpr std::array kActions = {
    ActionInfo{CaseAction::Submit, "submit"},
    ActionInfo{CaseAction::Approve, "approve"},
    ActionInfo{CaseAction::Reject, "reject"},
    ActionInfo{CaseAction::Enqueue, "enqueue"},
    ActionInfo{CaseAction::Resubmit, "resubmit"},
    ActionInfo{CaseAction::Upload, "upload"},
    ActionInfo{CaseAction::Refuse, "refuse"},
    ActionInfo{CaseAction::CountyReceived, "county_received"},
    ActionInfo{CaseAction::CountyInReview, "county_in_review"},
    ActionInfo{CaseAction::CountyApproved, "county_approved"},
    ActionInfo{CaseAction::CountyRejected, "county_rejected"},
    ActionInfo{CaseAction::CountyNeedsMaterials, "county_needs_materials"},
    ActionInfo{CaseAction::CountyCompleted, "county_completed"},
};

bool in(CaseState s, std::initializer_list<CaseState> states)
{
    for (CaseState x : states)
        if (x == s)
            return true;
    return false;
}

} // namespace

QString caseActionName(CaseAction action)
{
    for (const auto &a : kActions)
        if (a.action == action)
            return QString::fromLatin1(a.name);
    return {};
}

std::optional<CaseAction> caseActionFromName(const QString &name)
{
    for (const auto &a : kActions)
        if (name == QLatin1String(a.name))
            return a.action;
    return std::nullopt;
}

QList<CaseAction> allCaseActions()
{
    QList<CaseAction> all;
    for (const auto &a : kActions)
        all << a.action;
    return all;
}

QList<CaseState> allCaseStates()
{
    QList<CaseState> all;
    for (const QString &name : allCaseStateNames())
        if (const auto s = caseStateFromName(name))
            all << *s;
    return all;
}

std::optional<CaseAction> countyActionFor(CaseState status)
{
    switch (status) {
    case CaseState::Received: return CaseAction::CountyReceived;
    case CaseState::InReview: return CaseAction::CountyInReview;
    case CaseState::Approved: return CaseAction::CountyApproved;
    case CaseState::Rejected: return CaseAction::CountyRejected;
    case CaseState::NeedsMaterials: return CaseAction::CountyNeedsMaterials;
    case CaseState::Completed: return CaseAction::CountyCompleted;
    default: return std::nullopt;
    }
}

Result<CaseState> nextState(CaseState from, CaseAction action, const TransitionFacts &facts)
{
    using S = CaseState;
    const S routed = facts.stepsLeft > 0 ? S::AwaitingApproval : S::Queued;
    std::optional<S> to;
    switch (action) {
    case CaseAction::Submit:
        if (in(from, {S::Draft, S::Submitted}))
            to = routed;
        break;
    case CaseAction::Approve:
        if (from == S::AwaitingApproval)
            to = routed;
        break;
    case CaseAction::Reject:
        if (from == S::AwaitingApproval)
            to = S::Rejected;
        break;
    case CaseAction::Enqueue:
        if (in(from, {S::Submitted, S::AwaitingApproval})) {
            if (facts.stepsLeft > 0)
                return Error(QStringLiteral("workflow.approval_pending"),
                             tr("the case still needs %1 approval step(s) before it can be queued")
                                 .arg(facts.stepsLeft));
            to = S::Queued;
        }
        break;
    case CaseAction::Resubmit:
        if (from == S::Refused || (from == S::Rejected && facts.locallyRejected))
            to = routed;
        break;
    case CaseAction::Upload:
        if (from == S::Queued)
            to = S::Uploaded;
        break;
    case CaseAction::Refuse:
        if (from == S::Queued)
            to = S::Refused;
        break;
    case CaseAction::CountyReceived:
        if (from == S::Uploaded)
            to = S::Received;
        break;
    case CaseAction::CountyInReview:
        if (in(from, {S::Uploaded, S::Received, S::NeedsMaterials}))
            to = S::InReview;
        break;
    case CaseAction::CountyApproved:
        if (in(from, {S::Uploaded, S::Received, S::InReview}))
            to = S::Approved;
        break;
    case CaseAction::CountyRejected:
        if (in(from, {S::Uploaded, S::Received, S::InReview, S::NeedsMaterials}))
            to = S::Rejected;
        break;
    case CaseAction::CountyNeedsMaterials:
        if (in(from, {S::Uploaded, S::Received, S::InReview}))
            to = S::NeedsMaterials;
        break;
    case CaseAction::CountyCompleted:
        if (in(from, {S::Uploaded, S::Received, S::InReview, S::Approved}))
            to = S::Completed;
        break;
    }
    if (!to)
        return Error(QStringLiteral("workflow.illegal_transition"),
                     tr("a case in state %1 cannot take the action \"%2\"")
                         .arg(caseStateName(from), caseActionName(action)));
    return *to;
}

bool isLocallyRejected(const CaseRecord &record)
{
    return record.state == CaseState::Rejected && record.countyRef.isEmpty() && !record.approvals.isEmpty()
        && record.approvals.constLast().decision == QLatin1String("reject");
}

} // namespace bianmin
