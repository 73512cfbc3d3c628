// The forms side of entering a case headless: `case submit` and `case import` call validateCaseForm so a
// case is checked against its service's form exactly as the kiosk checks it. Private to app/cli.
#pragma once

#include "core/casedata.h"
#include "core/result.h"

#include <QDate>
#include <QString>

namespace bianmin::cli {

/** Validates `record` against the form of its service in the catalogue in force for `dataDir`
 *  (DIR/catalogue.json, else the built-in one). Every failing field is listed in the one-line message
 *  (code case.invalid_form); an unknown service is case.unknown_service; a case filled with another
 *  form version than the one in force is case.form_version. On success the answers and the applicant
 *  are replaced by their normalised form and the case records the form version it was filled with. */
Status validateCaseForm(CaseRecord &record, const QString &dataDir, QDate today);

} // namespace bianmin::cli
