// Shared by staffcommands.cpp and approvalcommands.cpp: reading a PIN from standard input (never from the
// command line, where `ps` and the shell history would show it), opening the staff directory of the data
// directory, and the catalogue's approval chains for the workflow.
#pragma once

#include "cli.h"

#include "auth/staffdirectory.h"
#include "core/casedata.h"
#include "workflow/servicepolicy.h"

#include <memory>

namespace bianmin {

class DataStore;

namespace cli {

/** One line from standard input, trimmed; with a terminal, prompts on stderr without echo. Checked to be
 *  six digits (auth.bad_pin). `what` names whose PIN it is in the prompt. */
Result<QString> readPinFromStdin(const QString &what);

/** The data directory's staff directory, migrated. */
Result<std::unique_ptr<StaffDirectory>> openStaff(DataStore &store);

/** What most staff and approval commands work on: the opened data directory and its staff directory
 *  (declared in this order so the directory goes first). */
struct StaffScope
{
    std::unique_ptr<DataStore> store;
    std::unique_ptr<StaffDirectory> staff;
};
/** Opens ctx's data directory and its staff directory, or the error the command reports. */
Result<StaffScope> openStaffScope(Context &ctx);

/** --staff ID --pin-stdin: the staff member, after checking the PIN (lockout counted). */
Result<StaffAccount> authenticate(const Options &opts, StaffDirectory &staff);

/** The approval chains of the catalogue in force for the data directory (imported or built in).
 *  `lenient`: a service the catalogue does not know gets no chain (the forms validation refuses unknown
 *  services on submit; the workflow must not second-guess it there). */
Result<ServicePolicyLookup> cataloguePolicies(const QString &dataDir, bool lenient = false);

/** For `init`: creates the staff tables and, while the kiosk has no supervisor, prints how to add one. */
void hintFirstSupervisor(Context &ctx, DataStore &store);

/** For `init --supervisor ID --name NAME --pin-stdin`: adds the first supervisor (PIN from stdin) unless
 *  the kiosk already has one, which is left as it is. Returns the id added, or empty when one existed. */
Result<QString> addFirstSupervisor(DataStore &store, const QString &id, const QString &name);

/** `case list --awaiting-approval [--staff ID]` (approvalcommands.cpp); casecommands.cpp's `case list`
 *  hands over to it when it sees --awaiting-approval anywhere on the line. */
int caseListAwaitingApproval(Context &ctx, const QStringList &args);

/** The workflow's part of `case submit` / `case import`: consent and clerk checks for channel agent (the
 *  clerk must be an active staff member allowed to submit for villagers) and the initial state from the
 *  service's approval chain (awaiting_approval or queued), then CaseStore::submit. */
Result<CaseRecord> storeSubmission(DataStore &store, const CaseRecord &record, const QString &actor);
/** The checks of storeSubmission without storing (validateSubmission ends with it, so `case import`
 *  reports such a line as refused instead of stopping). */
Status checkWorkflow(CaseRecord &record, DataStore &store);

} // namespace cli
} // namespace bianmin
