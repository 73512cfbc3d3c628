// The one submit path of the command line, shared by `case submit`, `case import` and `bench submit` so
// the benchmark measures exactly what a clerk's script runs: parse the submit file, validate it, store it.
// Private to app/cli; the kiosk has its own composition but the same store call.
#pragma once

#include "core/casedata.h"
#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bianmin {

class DataStore;

namespace cli {

/** Parses one submit file (service_id, applicant, fields, optional id/form_version/channel/agent/attachments).
 *  Errors: case.malformed_json, case.not_object, case.unknown_member, case.bad_type, and CaseRecord's own. */
Result<CaseRecord> parseSubmission(const QByteArray &json);

/** Checks what can be checked before storing and normalises it (ID number, phone). The forms engineer
 *  extends this with validation against the service catalogue. Messages never repeat an ID number. */
Status validateSubmission(CaseRecord &record, DataStore &store);

/** parseSubmission + validateSubmission + CaseStore::submit (initial state Queued). Returns the stored
 *  record only after its commit returned. */
Result<CaseRecord> submitCase(DataStore &store, const QByteArray &json);

/** Who the audit entry names for a case entered on the command line. */
QString submitActor(const CaseRecord &record);

} // namespace cli
} // namespace bianmin
