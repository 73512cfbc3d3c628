// QML module Bianmin.Forms 1.0: drives one application through its form, one step at a time, for the
// kiosk's form, review and confirmation pages. QML only shows what this says and calls setAnswer(),
// next(), back(); every rule is checked here (FormValidator) and errors come back next to their field.
//
//   import Bianmin.Forms
//   FormController { id: form; catalogue: catalogueModel; language: "zh_CN" }
//   form.loadService("medical_assistance")      // step 0, empty answers (false + errorString if unknown)
//   Repeater { model: form.fields               // the current step's fields, a FormFieldModel
//       delegate: Loader { required property string type; required property var value;
//                          required property string error; required property bool visible ... } }
//   form.setAnswer("income", "１２００.５")   // stored as typed; normalised when checked
//   form.next()                                 // false: errors set on the step's fields, stays
//   form.back(); form.reviewing; form.summary   // review page; form.goToStep(i) to edit a step
//   form.validateAll(); form.caseJson()         // what `case submit` takes; form.draftJson() to autosave
//
// Steps: with applicantStep (default true) step 0 is "申请人 / Applicant" with the fields
// "applicant.name" (text), "applicant.id_number" (resident_id), "applicant.phone" (phone) and
// "applicant.address" (text, optional); the form's own steps follow. Steps whose fields are all hidden
// (visible_if) are skipped by next()/back().
//
// Value shapes for setAnswer (what value/answer return, as given): text, multiline, phone, resident_id,
// number, money: string (or number); date: "yyyy-MM-dd" string (a JS Date is accepted); single_choice:
// option value string; multiple_choice: [option values]; yes_no: bool; address: {province, city, county,
// town, village, detail}; repeat_group: [{subfield id: value}] (or use addItem/setItemAnswer/removeItem);
// attachment: [{sha256, mime, bytes}]; signature: {sha256, mime}.
#pragma once

#include "cataloguemodel.h"
#include "forms/formvalidator.h"
#include "forms/servicedefinition.h"

#include <QAbstractListModel>
#include <QDate>
#include <QJsonObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace bianmin {

class FormController;

/** The fields of the current step, one row per field (hidden ones included with visible == false, so
 *  delegates are not recreated while the villager types). Rows change in place (dataChanged). */
class FormFieldModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("FormFieldModel is FormController.fields")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        FieldIdRole = Qt::UserRole + 1, ///< "fieldId": "income", "applicant.phone"
        TypeRole,        ///< "type": "text" | "multiline" | "number" | "money" | "date" | "single_choice" |
                         ///  "multiple_choice" | "yes_no" | "phone" | "resident_id" | "address" |
                         ///  "repeat_group" | "attachment" | "signature"
        LabelRole,       ///< "label": in the controller's language
        HelpRole,        ///< "help": "" if none
        PlaceholderRole, ///< "placeholder"
        RequiredRole,    ///< "required": bool, with required_if applied to the current answers
        VisibleRole,     ///< "visible": bool, visible_if applied to the current answers
        ValueRole,       ///< "value": the current answer (see the value shapes above), undefined if none
        ErrorRole,       ///< "error": the message for this field in the current language, "" if none
        ItemErrorsRole,  ///< "itemErrors": repeat groups: {"0.name": message, ...} (0-based item index)
        OptionsRole,     ///< "options": [{value, label}] for choices
        UnitRole,        ///< "unit": "元", "人", "平方米", ""
        MinRole,         ///< "min": number or undefined (number and money fields)
        MaxRole,         ///< "max": number or undefined
        DecimalsRole,    ///< "decimals": number 0.., money 2
        MaxLengthRole,   ///< "maxLength": text 100 / multiline 2000 unless the form says otherwise
        MinItemsRole,    ///< "minItems"
        MaxItemsRole,    ///< "maxItems": 0 = no limit
        SubfieldsRole,   ///< "subfields": repeat groups: [{fieldId, type, label, help, placeholder,
                         ///  required, options, unit, min, max, decimals, maxLength}] (static description)
        ItemLabelRole,   ///< "itemLabel": "成员" -> the delegate shows "成员 1", "成员 2"
        AddressLevelsRole, ///< "addressLevels": ["province", "city", "county", "town", "village"]
        AttachmentKindRole, ///< "attachmentKind": "id_photo" | "document"
        NotFutureRole,   ///< "notFuture": date pickers should not offer later days
        DisplayValueRole, ///< "displayValue": the answer as the review page shows it
    };
    Q_ENUM(Role)

    explicit FormFieldModel(FormController *controller);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The row's data as a map with the role names above (for tests and simple delegates). */
    Q_INVOKABLE QVariantMap get(int row) const;
    /** The row of a field id on this step, -1 if it is not on this step. */
    Q_INVOKABLE int indexOf(const QString &fieldId) const;

signals:
    void countChanged();

private:
    friend class FormController;
    void reset(const QList<const FieldDefinition *> &fields);
    void refresh(); // every row's data may have changed (visibility, errors)
    QList<const FieldDefinition *> m_fields;
    FormController *m_controller;
};

class FormController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** Where services come from (set this before loadService). */
    Q_PROPERTY(bianmin::CatalogueModel *catalogue READ catalogue WRITE setCatalogue NOTIFY catalogueChanged)
    /** "zh_CN" (default) or "en": labels, options, errors and the summary follow it live. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** Whether step 0 asks for the applicant (name, ID number, phone, address). Default true. */
    Q_PROPERTY(bool applicantStep READ applicantStep WRITE setApplicantStep NOTIFY applicantStepChanged)

    Q_PROPERTY(QString serviceId READ serviceId NOTIFY serviceChanged)    ///< "" until loadService()
    Q_PROPERTY(QString serviceName READ serviceName NOTIFY serviceChanged) ///< in `language`
    Q_PROPERTY(int formVersion READ formVersion NOTIFY serviceChanged)     ///< the version being filled

    Q_PROPERTY(int stepCount READ stepCount NOTIFY serviceChanged)         ///< applicant step included
    Q_PROPERTY(int currentStep READ currentStep NOTIFY stepChanged)        ///< 0-based
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY stepChanged)        ///< in `language`
    Q_PROPERTY(QVariantList stepTitles READ stepTitles NOTIFY stepChanged) ///< [{title, visible}]
    Q_PROPERTY(bool firstStep READ isFirstStep NOTIFY stepChanged)         ///< back() would leave the form
    Q_PROPERTY(bool lastStep READ isLastStep NOTIFY stepChanged)           ///< next() goes to the review
    Q_PROPERTY(bool reviewing READ reviewing NOTIFY stepChanged)           ///< all steps passed: review page
    /** 0.0 at the first step .. 1.0 on the review page. */
    Q_PROPERTY(double progress READ progress NOTIFY stepChanged)
    /** The current step's fields (a FormFieldModel: roles listed above). */
    Q_PROPERTY(bianmin::FormFieldModel *fields READ fields CONSTANT)

    /** Review page: [{step, title, items: [{fieldId, label, value}]}] with value the display text,
     *  visible answered fields only; the applicant step shows the ID number masked. */
    Q_PROPERTY(QVariantList summary READ summary NOTIFY answersChanged)
    /** {name, id_number, phone, address} as entered (the ID card reader may set it: setApplicant). */
    Q_PROPERTY(QVariantMap applicant READ applicant WRITE setApplicant NOTIFY answersChanged)
    /** After next()/validateAll() failed: [{fieldId, step, label, message}] in `language`. */
    Q_PROPERTY(QVariantList errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(bool hasErrors READ hasErrors NOTIFY errorsChanged)
    /** Why loadService/restoreDraft failed; "" otherwise. */
    Q_PROPERTY(QString errorString READ errorString NOTIFY serviceChanged)

public:
    explicit FormController(QObject *parent = nullptr);
    ~FormController() override;

    /** Starts a new application of `serviceId`: step 0, no answers, no errors. */
    Q_INVOKABLE bool loadService(const QString &serviceId);
    /** Forgets the service and every answer (the idle timeout wipes a session with this). */
    Q_INVOKABLE void clear();

    Q_INVOKABLE void setAnswer(const QString &fieldId, const QVariant &value);
    Q_INVOKABLE QVariant answer(const QString &fieldId) const;
    /** Repeat groups: appends an empty item and returns its index (-1 at max_items). */
    Q_INVOKABLE int addItem(const QString &groupId);
    Q_INVOKABLE void removeItem(const QString &groupId, int index);
    Q_INVOKABLE void setItemAnswer(const QString &groupId, int index, const QString &subfieldId,
                                   const QVariant &value);
    /** Whether a subfield of a repeat-group item is shown (its visible_if, evaluated in that item). */
    Q_INVOKABLE bool isItemFieldVisible(const QString &groupId, int index, const QString &subfieldId) const;

    /** Checks the current step; on success moves to the next step with visible fields, or to the
     *  review page after the last one. On failure stays and sets the errors next to the fields. */
    Q_INVOKABLE bool next();
    /** Leaves the review page, or goes to the previous step with visible fields. False on step 0. */
    Q_INVOKABLE bool back();
    /** Jumps to a step (the review page's "change" buttons). */
    Q_INVOKABLE bool goToStep(int step);
    /** Checks one field now (on leaving it) and shows or clears its error. True if it is fine. */
    Q_INVOKABLE bool validateField(const QString &fieldId);
    /** Checks everything (all steps, the cross-field checks, the applicant); sets `errors`. */
    Q_INVOKABLE bool validateAll();

    /** The normalised answers to the visible fields, as compact JSON: the case's `fields`. */
    Q_INVOKABLE QString answersJson() const;
    /** {service_id, form_version, applicant, fields}: exactly what `bianmin case submit` accepts,
     *  normalised. Call validateAll() first. */
    Q_INVOKABLE QVariantMap caseJson() const;
    /** Everything needed to resume: {service_id, form_version, step, reviewing, applicant, answers}. */
    Q_INVOKABLE QString draftJson() const;
    /** Resumes a draft (loads its service, answers, step). False + errorString if the service is gone.
     *  A draft of an older form version is resumed on the current form; unknown answers are dropped. */
    Q_INVOKABLE bool restoreDraft(const QString &json);

    CatalogueModel *catalogue() const { return m_catalogueModel.data(); }
    void setCatalogue(CatalogueModel *model);
    /** From C++ (tests, composition root) without a CatalogueModel. */
    void setCatalogue(std::shared_ptr<const Catalogue> catalogue);
    /** The day rules such as "not in the future" and ages are checked against (default: today). */
    void setToday(QDate today) { m_today = today; }

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool applicantStep() const { return m_applicantStep; }
    void setApplicantStep(bool on);
    QString serviceId() const;
    QString serviceName() const;
    int formVersion() const;
    int stepCount() const;
    int currentStep() const { return m_step; }
    QString stepTitle() const;
    QVariantList stepTitles() const;
    bool isFirstStep() const;
    bool isLastStep() const;
    bool reviewing() const { return m_reviewing; }
    double progress() const;
    FormFieldModel *fields() const { return m_fieldModel; }
    QVariantList summary() const;
    QVariantMap applicant() const;
    void setApplicant(const QVariantMap &applicant);
    QVariantList errors() const;
    bool hasErrors() const { return !m_errors.isEmpty(); }
    QString errorString() const { return m_errorString; }

    /** For the field model: a field's description/state as the roles expose it. */
    QVariant fieldData(const FieldDefinition &field, int role) const;
    /** The service being filled, nullptr before loadService. */
    const ServiceDefinition *service() const { return m_service; }

signals:
    void catalogueChanged();
    void languageChanged();
    void applicantStepChanged();
    void serviceChanged();
    void stepChanged();
    void answersChanged(); ///< any answer or the applicant changed: a good moment to autosave
    void errorsChanged();

private:
    std::shared_ptr<const Catalogue> currentCatalogue() const;
    QJsonObject formAnswers() const; // m_answers without the applicant.* entries
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QVariantMap describeField(const FieldDefinition &field) const;
    QList<const FieldDefinition *> stepFields(int step) const;
    bool stepVisible(int step) const;
    void showStep(int step);
    void setErrors(const QList<FieldError> &errors, const QSet<QString> &scope);
    Applicant applicantValue() const;
    QJsonObject normalizedAnswers() const;
    QString displayValue(const FieldDefinition &field, const QJsonValue &value) const;
    const FieldDefinition *findField(const QString &fieldId) const;

    QPointer<CatalogueModel> m_catalogueModel;
    std::shared_ptr<const Catalogue> m_catalogue;   // given by setCatalogue(shared_ptr)
    std::shared_ptr<const Catalogue> m_serviceOwner; // keeps m_service alive across a catalogue reload
    const ServiceDefinition *m_service = nullptr;
    QList<FieldDefinition> m_applicantFields;        // the synthetic applicant step
    QJsonObject m_answers;                           // as given, keyed by field id (applicant.* included)
    QList<FieldError> m_errors;
    FormFieldModel *m_fieldModel;
    QString m_language = QStringLiteral("zh_CN");
    QString m_errorString;
    QDate m_today;
    int m_step = 0;
    bool m_reviewing = false;
    bool m_applicantStep = true;
};

} // namespace bianmin
