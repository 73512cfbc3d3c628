#include "permissions.h"

#include <QCoreApplication>

#include <array>

namespace bianmin {

namespace {

struct PermissionInfo
{
    Permission permission;
    const char *name;
    const char *description; // for auth.forbidden messages: "a clerk may not <description>"
};

constexpr std::array kPermissions = {
    PermissionInfo{Permission::SubmitForVillager, "case.submit_agent", "submit applications for villagers"},
    PermissionInfo{Permission::ViewPersonalData, "case.view", "see applicants' personal data"},
    PermissionInfo{Permission::DecideApproval, "case.decide", "approve or reject approval steps"},
    PermissionInfo{Permission::ResubmitCase, "case.resubmit", "resubmit a case an approver sent back"},
    PermissionInfo{Permission::HandleRefusedCase, "case.handle_refused", "handle cases the county refused"},
    PermissionInfo{Permission::ReprintReceipt, "receipt.reprint", "reprint receipts"},
    PermissionInfo{Permission::ManageStaff, "staff.manage", "manage staff accounts"},
    PermissionInfo{Permission::Configure, "kiosk.configure", "change the kiosk's configuration"},
    PermissionInfo{Permission::Diagnostics, "kiosk.diagnostics", "run diagnostics"},
    PermissionInfo{Permission::RunSync, "sync.run", "start a sync with the county"},
    PermissionInfo{Permission::VerifyAudit, "audit.verify", "verify the audit log"},
};

constexpr std::array kRoles = {Role::Clerk, Role::Approver, Role::Supervisor, Role::Technician};

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::Permissions", text);
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Approver: return QStringLiteral("approver");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Technician: return QStringLiteral("technician");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role r : kRoles)
        if (roleName(r).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QStringList allRoleNames()
{
    QStringList names;
    for (Role r : kRoles)
        names << roleName(r);
    return names;
}

QList<Role> allRoles()
{
    return QList<Role>(kRoles.begin(), kRoles.end());
}

QString permissionName(Permission permission)
{
    for (const auto &p : kPermissions)
        if (p.permission == permission)
            return QString::fromLatin1(p.name);
    return {};
}

std::optional<Permission> permissionFromName(const QString &name)
{
    for (const auto &p : kPermissions)
        if (name == QLatin1String(p.name))
            return p.permission;
    return std::nullopt;
}

QList<Permission> allPermissions()
{
    QList<Permission> all;
    for (const auto &p : kPermissions)
        all << p.permission;
    return all;
}

// The policy, in one place. Separation of duties: whoever enters a case (clerk) cannot sign it off
// (approver); the supervisor manages people and exceptions but does not approve either, so a local
// sign-off always comes from an approver. The technician never gets a permission that shows case contents.
bool roleAllows(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Clerk:
        return permission == P::SubmitForVillager || permission == P::ViewPersonalData
            || permission == P::ResubmitCase;
    case Role::Approver:
        return permission == P::ViewPersonalData || permission == P::DecideApproval;
    case Role::Supervisor:
        return permission == P::SubmitForVillager || permission == P::ViewPersonalData
            || permission == P::ResubmitCase || permission == P::HandleRefusedCase
            || permission == P::ReprintReceipt || permission == P::ManageStaff || permission == P::RunSync
            || permission == P::VerifyAudit;
    case Role::Technician:
        return permission == P::Configure || permission == P::Diagnostics || permission == P::RunSync
            || permission == P::VerifyAudit;
    }
    return false;
}

Status checkPermission(Role role, Permission permission)
{
    if (roleAllows(role, permission))
        return {};
    QString what;
    for (const auto &p : kPermissions)
        if (p.permission == permission)
            what = tr(p.description);
    return Error(QStringLiteral("auth.forbidden"), tr("a %1 may not %2").arg(roleName(role), what));
}

} // namespace bianmin
