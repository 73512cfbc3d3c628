#include "casestate.h"

#include <QStringList>

#include <array>
#include <utility>

namespace bianmin {

namespace {
const std::array<std::pair<CaseState, const char *>, 12> kNames = {{
    {CaseState::Draft, "draft"},
    {CaseState::Submitted, "submitted"},
    {CaseState::AwaitingApproval, "awaiting_approval"},
    {CaseState::Queued, "queued"},
    {CaseState::Uploaded, "uploaded"},
    {CaseState::Received, "received"},
    {CaseState::InReview, "in_review"},
    {CaseState::Approved, "approved"},
    {CaseState::Rejected, "rejected"},
    {CaseState::NeedsMaterials, "needs_materials"},
    {CaseState::Completed, "completed"},
    {CaseState::Refused, "refused"},
}};
}

QString caseStateName(CaseState s)
{
    for (const auto &[state, name] : kNames)
        if (state == s)
            return QString::fromLatin1(name);
    return {};
}

std::optional<CaseState> caseStateFromName(const QString &name)
{
    for (const auto &[state, n] : kNames)
        if (name == QLatin1String(n))
            return state;
    return std::nullopt;
}

QStringList allCaseStateNames()
{
    QStringList out;
    for (const auto &entry : kNames)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace bianmin
