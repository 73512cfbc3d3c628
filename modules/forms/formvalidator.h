// Checks a filled form against its service definition: normalises what people type (full-width digits,
// surrounding spaces, a lowercase x in an ID number), applies every field rule, the conditions and the
// cross-field checks, and validates the applicant. Every problem is reported, each naming its field in
// both languages, so the kiosk shows it next to the field and the CLI lists them all.
#pragma once

#include "core/casedata.h"
#include "servicedefinition.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace bianmin {

struct FieldError
{
    /** The field's path: "income", "members[0].id_number" (0-based item), "applicant.phone",
     *  or "" for a problem with the form as a whole. */
    QString fieldId;
    QString code;      ///< stable, e.g. "field.required", "field.id_checksum", "check.failed"
    QString messageZh; ///< e.g. "身份证号码：校验位不正确"
    QString messageEn; ///< e.g. "ID number: the check digit is wrong"

    QString message(const QString &language) const;
    /** "members[0].id_number" -> "members": the top-level field the error belongs to. */
    QString topLevelField() const;
};

struct ValidationResult
{
    QJsonObject answers;  ///< normalised; answers to hidden fields dropped
    Applicant applicant;  ///< normalised
    QList<FieldError> errors;
    bool ok() const { return errors.isEmpty(); }
};

class FormValidator
{
public:
    /** `today` decides "not in the future" and ages; pass the kiosk clock's date. */
    explicit FormValidator(const ServiceDefinition &service, QDate today = QDate::currentDate());

    /** Everything: every visible field, the cross-field checks, the applicant, unknown answers. */
    ValidationResult validate(const QJsonObject &answers, const Applicant &applicant) const;
    /** Only the fields of one step (and the checks whose fields all lie on steps up to it): what
     *  the kiosk checks on "next". The applicant is not checked. */
    ValidationResult validateStep(int step, const QJsonObject &answers) const;
    /** The applicant alone (name, ID number, phone, the service's age rules). */
    QList<FieldError> validateApplicant(const Applicant &applicant, Applicant *normalized = nullptr) const;

    /** Is the field visible given the answers (its visible_if holds, or it has none)? `item` is the
     *  repeat-group item the field belongs to, if any. */
    bool isVisible(const FieldDefinition &field, const QJsonObject &answers, const QJsonObject &item = {}) const;
    /** Is it required given the answers (required, or its required_if holds)? */
    bool isRequired(const FieldDefinition &field, const QJsonObject &answers, const QJsonObject &item = {}) const;

    /** The brief form used in case submit/import: all errors, or none. */
    static QList<FieldError> validate(const ServiceDefinition &service, const QJsonObject &answers,
                                      const Applicant &applicant, QDate today = QDate::currentDate());

private:
    ValidationResult run(const QJsonObject &answers, const QSet<int> &steps, bool unknownAreErrors) const;

    const ServiceDefinition &m_service;
    QDate m_today;
};

/** Normalises typed text: full-width ASCII (digits, letters, punctuation) and the ideographic space to
 *  ASCII, surrounding whitespace trimmed. */
QString normalizeTyped(const QString &typed);

/** A mainland mobile number ("138 0013 8000", "+86 13800138000", full-width digits) as 11 digits, or an
 *  empty string if it is not one. */
QString normalizeMobilePhone(const QString &typed);

/** A money amount ("1,234.5", "１２３４．５０", 1234.5) as "1234.50"; empty if it is not an amount with at
 *  most 2 decimals. */
QString normalizeMoney(const QJsonValue &value);

/** A date ("2024-2-29", "2024/02/29", "2024年2月29日", full-width) as a valid QDate; invalid otherwise. */
QDate parseDateAnswer(const QJsonValue &value);

} // namespace bianmin
