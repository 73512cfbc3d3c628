// What the workflow needs to know about a service: its approval chain (in order) and whether a clerk may
// submit it for a villager. A small value type of our own so the state machine and its tests do not
// depend on how the catalogue is stored; cataloguepolicy.h builds it from the forms module's catalogue.
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace bianmin {

struct ApprovalChainStep
{
    QString id;     ///< "village_committee": what Approval::step records
    QString role;   ///< "village_approver": matched against an approver's steps, like the id
    QString nameZh; ///< "村委会审核"
    QString nameEn; ///< "Village committee review"

    QString name(const QString &language) const
    {
        return language.startsWith(QLatin1String("en")) && !nameEn.isEmpty() ? nameEn
             : nameZh.isEmpty()                                           ? id
                                                                          : nameZh;
    }
};

struct ServicePolicy
{
    QString serviceId;
    QString nameZh;
    QString nameEn;
    QList<ApprovalChainStep> chain; ///< empty: the case goes straight to the sync queue
    bool agentAllowed = false;

    const ApprovalChainStep *step(const QString &id) const
    {
        for (const ApprovalChainStep &s : chain)
            if (s.id == id)
                return &s;
        return nullptr;
    }
    QString name(const QString &language) const
    {
        return language.startsWith(QLatin1String("en")) && !nameEn.isEmpty() ? nameEn
             : nameZh.isEmpty()                                           ? serviceId
                                                                          : nameZh;
    }
};

/** The policy of a service id, or nullopt when the catalogue in force does not know it. */
using ServicePolicyLookup = std::function<std::optional<ServicePolicy>(const QString &serviceId)>;

/** A lookup over a fixed list (tests, and the catalogue adapter). */
ServicePolicyLookup policyLookup(QList<ServicePolicy> policies);

} // namespace bianmin
