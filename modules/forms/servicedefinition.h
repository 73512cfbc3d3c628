// What the kiosk offers: a service of the catalogue (names, materials, promised days, tags, approval chain)
// and the form a villager fills for it. Plain value types, read from the catalogue JSON by CatalogueLoader
// (catalogue.h) and interpreted by FormValidator (formvalidator.h). The JSON format is in README.md,
// section "Service catalogue and forms".
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bianmin {

/** A text in both kiosk languages. Both are required in a catalogue: the kiosk switches language live. */
struct LocalizedText
{
    QString zh; ///< zh_CN, the default
    QString en;

    /** "en" (or anything starting with "en") gives English, everything else Chinese. */
    QString text(const QString &language) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
};

enum class FieldType {
    Text,           ///< "text": one line
    Multiline,      ///< "multiline"
    Number,         ///< "number": with optional unit, min/max, decimals (default 0: whole numbers)
    Money,          ///< "money": yuan, at most 2 decimals; stored as a string "1234.50"
    Date,           ///< "date": stored "yyyy-MM-dd"; may forbid future/past dates
    SingleChoice,   ///< "single_choice": one option value (string)
    MultipleChoice, ///< "multiple_choice": array of option values
    YesNo,          ///< "yes_no": bool
    Phone,          ///< "phone": mainland mobile number, 11 digits, stored without +86
    ResidentId,     ///< "resident_id": 18-character resident ID number (GB 11643)
    Address,        ///< "address": {province, city, county, town, village, detail}
    RepeatGroup,    ///< "repeat_group": array of objects, each answering `fields` (household members)
    Attachment,     ///< "attachment": array of {sha256, mime, bytes} (photo or document)
    Signature,      ///< "signature": {sha256, mime} of the signature image
};

/** "text", "money", ... as written in the catalogue; an empty optional for an unknown name. */
std::optional<FieldType> fieldTypeFromString(const QString &name);
QString fieldTypeName(FieldType type);

struct FieldOption
{
    QString value; ///< what is stored
    LocalizedText label;
};

/** `visible_if` / `required_if`: holds when the answer to `field` satisfies the operator. `field` names a
 *  sibling inside the same repeat-group item first, then a top-level field. */
struct Condition
{
    enum class Op { Equals, NotEquals, In, Filled, Empty, Contains, GreaterThan, AtLeast, LessThan, AtMost };
    QString field;
    Op op = Op::Equals;
    QJsonValue value; ///< the operand (an array for In); unused for Filled/Empty
};

struct FieldDefinition
{
    QString id;   ///< [a-z][a-z0-9_]*, unique within the form (or within its repeat group)
    FieldType type = FieldType::Text;
    LocalizedText label;
    LocalizedText help;        ///< one line under the field, may be empty
    LocalizedText placeholder; ///< may be empty
    bool required = false;
    std::optional<Condition> visibleIf;
    std::optional<Condition> requiredIf;

    // number / money: value range; date: see minDate/maxDate
    std::optional<double> min;
    std::optional<double> max;
    int decimals = 0;          ///< number only; money is always 2
    LocalizedText unit;        ///< number: "人", "平方米"; money: "元" by default
    // text / multiline
    int minLength = 0;
    int maxLength = 0;         ///< 0 = the type's default (text 100, multiline 2000)
    QString pattern;           ///< a full-match regular expression on the normalised text
    LocalizedText patternMessage; ///< what the pattern means, shown when it does not match
    // date
    bool notFuture = false;    ///< "not_future": true, e.g. a date of birth or of an accident
    bool notPast = false;      ///< "not_past": true
    QString minDate, maxDate;  ///< "yyyy-MM-dd"
    // single / multiple choice
    QList<FieldOption> options;
    // multiple choice (selections), repeat group (items), attachment (files)
    int minItems = 0;
    int maxItems = 0;          ///< 0 = no limit (attachment: 1)
    // repeat group
    QList<FieldDefinition> fields;
    LocalizedText itemLabel;   ///< "成员" / "Member": items are shown as "成员 2"
    // resident id: other fields that must agree with the number (may be empty)
    QString birthDateField;    ///< a date field
    QString sexField;          ///< a single_choice field with options "male" and "female"
    std::optional<int> minAge, maxAge; ///< age on the day of validation, from the number's birth date
    // address: which levels must be filled (default: all five); "detail" is always optional
    QStringList addressLevels;
    // attachment
    QString attachmentKind = QStringLiteral("document"); ///< "id_photo" | "document" (PROTOCOL.md kinds)

    const FieldDefinition *subfield(const QString &id) const;
};

/** A declarative check across fields, reported on `field`. */
struct CrossCheck
{
    enum class Kind {
        Compare,    ///< "compare": answer(field) <op> answer(other); dates, numbers, money
        CountEquals ///< "count_equals": items in repeat group `field` == number `other` + `offset`
    };
    QString id;
    Kind kind = Kind::Compare;
    QString field;
    QString other;
    QString op = QStringLiteral(">="); ///< compare: "<", "<=", "==", "!=", ">=", ">"
    int offset = 0;
    LocalizedText message;             ///< what is wrong, in words a villager understands
};

struct FormStep
{
    QString id;
    LocalizedText title;
    QList<FieldDefinition> fields;
};

struct FormDefinition
{
    int version = 1; ///< a case keeps the version it was filled with (CaseRecord::formVersion)
    QList<FormStep> steps;
    QList<CrossCheck> checks;

    /** A top-level field by id; nullptr if there is none. */
    const FieldDefinition *field(const QString &id) const;
    /** The step a top-level field is on; -1 if there is none. */
    int stepOf(const QString &fieldId) const;
    int fieldCount() const; ///< top-level and repeat-group fields
};

struct ApprovalStep
{
    QString id;         ///< e.g. "village_committee"; matches Approval::step in the envelope
    QString role;       ///< the staff role that may decide it, e.g. "village_approver"
    LocalizedText name; ///< "村委会审核" / "Village committee review"
};

struct Category
{
    QString id;
    LocalizedText name;
};

/** The tags the catalogue knows; a service may carry any of them. */
namespace ServiceTag {
inline constexpr const char *RunAtMostOnce = "run_at_most_once"; ///< 最多跑一次
inline constexpr const char *ZeroErrands = "zero_errands";       ///< 零跑腿
inline constexpr const char *OnTheSpot = "on_the_spot";          ///< 即办
}

/** The applicant rules a service may add (the applicant is always validated: name, ID number, phone). */
struct ApplicantRules
{
    std::optional<int> minAge, maxAge; ///< from the applicant's ID number, e.g. old-age allowance: 80
    bool phoneRequired = true;
};

struct ServiceDefinition
{
    QString id; ///< [a-z][a-z0-9_]*, stable: cases reference it
    LocalizedText name;
    LocalizedText description;
    QString category;               ///< a Category id
    QList<LocalizedText> materials; ///< what to bring
    int promisedDays = 0;           ///< working days; 0 = handled on the spot
    QStringList tags;               ///< ServiceTag values
    QList<ApprovalStep> approvalChain; ///< in order; empty = goes straight to the county
    bool agentAllowed = false;      ///< may a clerk submit it for a villager
    QStringList searchKeys;         ///< pinyin initials and other words to search by, written by the author
    ApplicantRules applicant;
    FormDefinition form;
    QString sourceFile;             ///< where it was loaded from, for error messages
};

} // namespace bianmin
