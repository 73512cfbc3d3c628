// Who may do what: the four staff roles and the one role × permission table of the kiosk. Every check in
// the CLI, the workflow and the kiosk UI asks this table, so a change of policy is a change of one place.
// Technicians configure and diagnose the kiosk but never see personal data.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bianmin {

enum class Role {
    Clerk,      ///< 代办员: submits applications for villagers, resubmits what an approver sent back
    Approver,   ///< village committee / town staff: decides approval steps
    Supervisor, ///< manages staff, reprints receipts, handles cases the county refused
    Technician, ///< configuration and diagnostics, no personal data
};

enum class Permission {
    SubmitForVillager, ///< "case.submit_agent": enter a case with channel agent
    ViewPersonalData,  ///< "case.view": see names, ID numbers, answers and attachments of cases
    DecideApproval,    ///< "case.decide": approve or reject an approval step (per-step rights apply)
    ResubmitCase,      ///< "case.resubmit": send a locally rejected case back into its approval chain
    HandleRefusedCase, ///< "case.handle_refused": act on a case the county answered conflict/invalid
    ReprintReceipt,    ///< "receipt.reprint"
    ManageStaff,       ///< "staff.manage": add, disable, reset PINs
    Configure,         ///< "kiosk.configure": config set, catalogue import, printer and reader setup
    Diagnostics,       ///< "kiosk.diagnostics": logs, device tests, sync status without case contents
    RunSync,           ///< "sync.run": start a sync now
    VerifyAudit,       ///< "audit.verify": the audit log holds no personal data in clear
};

QString roleName(Role role);                            ///< "clerk", "approver", ...
std::optional<Role> roleFromName(const QString &name);  ///< case-insensitive
QStringList allRoleNames();
QList<Role> allRoles();

QString permissionName(Permission permission);          ///< "case.decide", ...
std::optional<Permission> permissionFromName(const QString &name);
QList<Permission> allPermissions();

/** The table. */
bool roleAllows(Role role, Permission permission);

/** auth.forbidden with a sentence naming the role and the action, or ok. */
Status checkPermission(Role role, Permission permission);

} // namespace bianmin
