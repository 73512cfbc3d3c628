#include "formcontroller.h"

#include "core/residentid.h"

#include <QJSValue>
#include <QJsonArray>
#include <QJsonDocument>

namespace bianmin {

namespace {

const QString applicantPrefix = QStringLiteral("applicant.");

// QML hands over JS values, dates and nested lists; the answers are JSON.
QJsonValue toJsonValue(const QVariant &in)
{
    QVariant v = in;
    if (v.userType() == qMetaTypeId<QJSValue>())
        v = v.value<QJSValue>().toVariant();
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QJsonValue();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().date().toString(Qt::ISODate);
    case QMetaType::QVariantList:
    case QMetaType::QStringList: {
        QJsonArray a;
        for (const QVariant &x : v.toList())
            a.append(toJsonValue(x));
        return a;
    }
    case QMetaType::QVariantMap: {
        QJsonObject o;
        const QVariantMap m = v.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            o.insert(it.key(), toJsonValue(it.value()));
        return o;
    }
    default:
        if (v.userType() == qMetaTypeId<QJsonValue>())
            return v.value<QJsonValue>();
        return QJsonValue::fromVariant(v);
    }
}

FieldDefinition applicantField(const char *id, FieldType type, const char *zh, const char *en, bool required)
{
    FieldDefinition f;
    f.id = applicantPrefix + QLatin1String(id);
    f.type = type;
    f.label = LocalizedText{QString::fromUtf8(zh), QString::fromUtf8(en)};
    f.required = required;
    f.maxLength = type == FieldType::Text ? 200 : 0;
    return f;
}

} // namespace

// --- FormFieldModel ---

FormFieldModel::FormFieldModel(FormController *controller) : QAbstractListModel(controller), m_controller(controller) {}

int FormFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant FormFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    return m_controller->fieldData(*m_fields.at(index.row()), role);
}

QHash<int, QByteArray> FormFieldModel::roleNames() const
{
    return {{FieldIdRole, "fieldId"},       {TypeRole, "type"},
            {LabelRole, "label"},           {HelpRole, "help"},
            {PlaceholderRole, "placeholder"}, {RequiredRole, "required"},
            {VisibleRole, "visible"},       {ValueRole, "value"},
            {ErrorRole, "error"},           {ItemErrorsRole, "itemErrors"},
            {OptionsRole, "options"},       {UnitRole, "unit"},
            {MinRole, "min"},               {MaxRole, "max"},
            {DecimalsRole, "decimals"},     {MaxLengthRole, "maxLength"},
            {MinItemsRole, "minItems"},     {MaxItemsRole, "maxItems"},
            {SubfieldsRole, "subfields"},   {ItemLabelRole, "itemLabel"},
            {AddressLevelsRole, "addressLevels"}, {AttachmentKindRole, "attachmentKind"},
            {NotFutureRole, "notFuture"},   {DisplayValueRole, "displayValue"}};
}

QVariantMap FormFieldModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= m_fields.size())
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

int FormFieldModel::indexOf(const QString &fieldId) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i)->id == fieldId)
            return int(i);
    }
    return -1;
}

void FormFieldModel::reset(const QList<const FieldDefinition *> &fields)
{
    const qsizetype before = m_fields.size();
    beginResetModel();
    m_fields = fields;
    endResetModel();
    if (before != m_fields.size())
        emit countChanged();
}

void FormFieldModel::refresh()
{
    if (!m_fields.isEmpty())
        emit dataChanged(index(0), index(int(m_fields.size()) - 1));
}

// --- FormController ---

FormController::FormController(QObject *parent) : QObject(parent), m_fieldModel(new FormFieldModel(this))
{
    m_applicantFields = {
        applicantField("name", FieldType::Text, "申请人姓名", "Applicant's name", true),
        applicantField("id_number", FieldType::ResidentId, "申请人身份证号码", "Applicant's ID number", true),
        applicantField("phone", FieldType::Phone, "联系电话", "Phone number", true),
        applicantField("address", FieldType::Text, "住址", "Address", false),
    };
}

FormController::~FormController() = default;

std::shared_ptr<const Catalogue> FormController::currentCatalogue() const
{
    if (m_catalogueModel && m_catalogueModel->catalogue())
        return m_catalogueModel->catalogue();
    return m_catalogue;
}

void FormController::setCatalogue(CatalogueModel *model)
{
    if (model == m_catalogueModel)
        return;
    m_catalogueModel = model;
    emit catalogueChanged();
}

void FormController::setCatalogue(std::shared_ptr<const Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    emit catalogueChanged();
}

bool FormController::loadService(const QString &serviceId)
{
    const std::shared_ptr<const Catalogue> catalogue = currentCatalogue();
    const ServiceDefinition *service = catalogue ? catalogue->service(serviceId) : nullptr;
    if (!service) {
        // Both languages travel with the controller (like the validator's messages), not the translator.
        m_errorString = catalogue ? LocalizedText{QStringLiteral("服务目录中没有“%1”这项服务。"),
                                                  QStringLiteral("There is no service \"%1\" in the catalogue.")}
                                        .text(m_language)
                                        .arg(serviceId)
                                  : LocalizedText{QStringLiteral("服务目录尚未加载。"),
                                                  QStringLiteral("No service catalogue is loaded.")}
                                        .text(m_language);
        emit serviceChanged();
        return false;
    }
    m_serviceOwner = catalogue;
    m_service = service;
    m_errorString.clear();
    m_answers = {};
    m_errors.clear();
    m_applicantFields[2].required = service->applicant.phoneRequired;
    m_reviewing = false;
    emit serviceChanged();
    showStep(0);
    emit answersChanged();
    emit errorsChanged();
    return true;
}

void FormController::clear()
{
    m_service = nullptr;
    m_serviceOwner.reset();
    m_answers = {};
    m_errors.clear();
    m_errorString.clear();
    m_reviewing = false;
    m_step = 0;
    m_fieldModel->reset({});
    emit serviceChanged();
    emit stepChanged();
    emit answersChanged();
    emit errorsChanged();
}

QJsonObject FormController::formAnswers() const
{
    QJsonObject o;
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        if (!it.key().startsWith(applicantPrefix))
            o.insert(it.key(), it.value());
    }
    return o;
}

Applicant FormController::applicantValue() const
{
    Applicant a;
    a.name = m_answers.value(applicantPrefix + QLatin1String("name")).toString();
    a.idNumber = m_answers.value(applicantPrefix + QLatin1String("id_number")).toString();
    a.phone = m_answers.value(applicantPrefix + QLatin1String("phone")).toVariant().toString();
    a.address = m_answers.value(applicantPrefix + QLatin1String("address")).toString();
    if (m_answers.contains(applicantPrefix + QLatin1String("id_type")))
        a.idType = m_answers.value(applicantPrefix + QLatin1String("id_type")).toString();
    return a;
}

const FieldDefinition *FormController::findField(const QString &fieldId) const
{
    for (const FieldDefinition &f : m_applicantFields) {
        if (f.id == fieldId)
            return &f;
    }
    return m_service ? m_service->form.field(fieldId) : nullptr;
}

void FormController::setAnswer(const QString &fieldId, const QVariant &value)
{
    if (!m_service || !findField(fieldId))
        return;
    const QJsonValue v = toJsonValue(value);
    if (v.isNull() || v.isUndefined())
        m_answers.remove(fieldId);
    else
        m_answers.insert(fieldId, v);
    const qsizetype before = m_errors.size();
    m_errors.removeIf([&](const FieldError &e) { return e.topLevelField() == fieldId; });
    m_fieldModel->refresh();
    emit answersChanged();
    if (before != m_errors.size())
        emit errorsChanged();
    emit stepChanged(); // a visible_if may have shown or hidden a whole step
}

QVariant FormController::answer(const QString &fieldId) const
{
    return m_answers.value(fieldId).toVariant();
}

int FormController::addItem(const QString &groupId)
{
    const FieldDefinition *group = findField(groupId);
    if (!group || group->type != FieldType::RepeatGroup)
        return -1;
    QJsonArray items = m_answers.value(groupId).toArray();
    if (group->maxItems > 0 && items.size() >= group->maxItems)
        return -1;
    items.append(QJsonObject());
    m_answers.insert(groupId, items);
    m_errors.removeIf([&](const FieldError &e) { return e.fieldId == groupId; });
    m_fieldModel->refresh();
    emit answersChanged();
    emit errorsChanged();
    return int(items.size() - 1);
}

void FormController::removeItem(const QString &groupId, int index)
{
    QJsonArray items = m_answers.value(groupId).toArray();
    if (index < 0 || index >= items.size())
        return;
    items.removeAt(index);
    m_answers.insert(groupId, items);
    // The items after it moved up: their errors no longer point at the right item.
    m_errors.removeIf([&](const FieldError &e) { return e.topLevelField() == groupId; });
    m_fieldModel->refresh();
    emit answersChanged();
    emit errorsChanged();
}

void FormController::setItemAnswer(const QString &groupId, int index, const QString &subfieldId, const QVariant &value)
{
    const FieldDefinition *group = findField(groupId);
    if (!group || !group->subfield(subfieldId))
        return;
    QJsonArray items = m_answers.value(groupId).toArray();
    if (index < 0 || index >= items.size())
        return;
    QJsonObject item = items.at(index).toObject();
    const QJsonValue v = toJsonValue(value);
    if (v.isNull() || v.isUndefined())
        item.remove(subfieldId);
    else
        item.insert(subfieldId, v);
    items.replace(index, item);
    m_answers.insert(groupId, items);
    const QString path = QStringLiteral("%1[%2].%3").arg(groupId).arg(index).arg(subfieldId);
    m_errors.removeIf([&](const FieldError &e) { return e.fieldId == path || e.fieldId == groupId; });
    m_fieldModel->refresh();
    emit answersChanged();
    emit errorsChanged();
}

bool FormController::isItemFieldVisible(const QString &groupId, int index, const QString &subfieldId) const
{
    const FieldDefinition *group = findField(groupId);
    const FieldDefinition *sub = group ? group->subfield(subfieldId) : nullptr;
    if (!sub)
        return false;
    const QJsonObject item = m_answers.value(groupId).toArray().at(index).toObject();
    return FormValidator(*m_service, today()).isVisible(*sub, formAnswers(), item);
}

int FormController::stepCount() const
{
    if (!m_service)
        return 0;
    return int(m_service->form.steps.size()) + (m_applicantStep ? 1 : 0);
}

QList<const FieldDefinition *> FormController::stepFields(int step) const
{
    QList<const FieldDefinition *> fields;
    if (!m_service || step < 0 || step >= stepCount())
        return fields;
    if (m_applicantStep && step == 0) {
        for (const FieldDefinition &f : m_applicantFields)
            fields << &f;
        return fields;
    }
    for (const FieldDefinition &f : m_service->form.steps.at(step - (m_applicantStep ? 1 : 0)).fields)
        fields << &f;
    return fields;
}

bool FormController::stepVisible(int step) const
{
    if (m_applicantStep && step == 0)
        return m_service != nullptr;
    const FormValidator validator(*m_service, today());
    const QJsonObject answers = formAnswers();
    const QList<const FieldDefinition *> fields = stepFields(step);
    return std::any_of(fields.begin(), fields.end(),
                       [&](const FieldDefinition *f) { return validator.isVisible(*f, answers); });
}

void FormController::showStep(int step)
{
    m_step = step;
    m_fieldModel->reset(stepFields(step));
    emit stepChanged();
}

bool FormController::next()
{
    if (!m_service || m_reviewing)
        return false;
    QList<FieldError> errors;
    if (m_applicantStep && m_step == 0)
        errors = FormValidator(*m_service, today()).validateApplicant(applicantValue());
    else
        errors = FormValidator(*m_service, today()).validateStep(m_step - (m_applicantStep ? 1 : 0), formAnswers()).errors;
    m_errors = errors;
    emit errorsChanged();
    if (!errors.isEmpty()) {
        m_fieldModel->refresh();
        return false;
    }
    for (int s = m_step + 1; s < stepCount(); ++s) {
        if (stepVisible(s)) {
            showStep(s);
            return true;
        }
    }
    m_reviewing = true;
    m_fieldModel->refresh();
    emit stepChanged();
    return true;
}

bool FormController::back()
{
    if (!m_service)
        return false;
    if (m_reviewing) {
        m_reviewing = false;
        showStep(m_step);
        return true;
    }
    for (int s = m_step - 1; s >= 0; --s) {
        if (stepVisible(s)) {
            m_errors.clear();
            emit errorsChanged();
            showStep(s);
            return true;
        }
    }
    return false;
}

bool FormController::goToStep(int step)
{
    if (!m_service || step < 0 || step >= stepCount() || !stepVisible(step))
        return false;
    m_reviewing = false;
    showStep(step);
    return true;
}

bool FormController::validateField(const QString &fieldId)
{
    if (!m_service)
        return false;
    const FormValidator validator(*m_service, today());
    QList<FieldError> errors;
    if (fieldId.startsWith(applicantPrefix)) {
        errors = validator.validateApplicant(applicantValue());
    } else {
        const int step = m_service->form.stepOf(fieldId);
        if (step < 0)
            return false;
        errors = validator.validateStep(step, formAnswers()).errors;
    }
    errors.removeIf([&](const FieldError &e) { return e.topLevelField() != fieldId; });
    m_errors.removeIf([&](const FieldError &e) { return e.topLevelField() == fieldId; });
    m_errors += errors;
    m_fieldModel->refresh();
    emit errorsChanged();
    return errors.isEmpty();
}

bool FormController::validateAll()
{
    if (!m_service)
        return false;
    m_errors = FormValidator(*m_service, today()).validate(formAnswers(), applicantValue()).errors;
    m_fieldModel->refresh();
    emit errorsChanged();
    return m_errors.isEmpty();
}

QString FormController::answersJson() const
{
    if (!m_service)
        return QStringLiteral("{}");
    const ValidationResult r = FormValidator(*m_service, today()).validate(formAnswers(), applicantValue());
    return QString::fromUtf8(QJsonDocument(r.answers).toJson(QJsonDocument::Compact));
}

QVariantMap FormController::caseJson() const
{
    if (!m_service)
        return {};
    const ValidationResult r = FormValidator(*m_service, today()).validate(formAnswers(), applicantValue());
    return QJsonObject{{QStringLiteral("service_id"), m_service->id},
                       {QStringLiteral("form_version"), m_service->form.version},
                       {QStringLiteral("applicant"), r.applicant.toJson()},
                       {QStringLiteral("fields"), r.answers}}
        .toVariantMap();
}

QString FormController::draftJson() const
{
    if (!m_service)
        return {};
    QJsonObject applicant;
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        if (it.key().startsWith(applicantPrefix))
            applicant.insert(it.key().mid(applicantPrefix.size()), it.value());
    }
    const QJsonObject draft{{QStringLiteral("service_id"), m_service->id},
                            {QStringLiteral("form_version"), m_service->form.version},
                            {QStringLiteral("step"), m_step},
                            {QStringLiteral("reviewing"), m_reviewing},
                            {QStringLiteral("applicant"), applicant},
                            {QStringLiteral("answers"), formAnswers()}};
    return QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact));
}

bool FormController::restoreDraft(const QString &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_errorString = LocalizedText{QStringLiteral("保存的草稿已损坏，无法继续填写。"),
                                      QStringLiteral("The saved draft is damaged and cannot be resumed.")}
                            .text(m_language);
        emit serviceChanged();
        return false;
    }
    const QJsonObject draft = doc.object();
    if (!loadService(draft.value(QLatin1String("service_id")).toString()))
        return false;
    const QJsonObject answers = draft.value(QLatin1String("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (m_service->form.field(it.key())) // answers to questions the current form no longer asks are dropped
            m_answers.insert(it.key(), it.value());
    }
    const QJsonObject applicant = draft.value(QLatin1String("applicant")).toObject();
    for (auto it = applicant.begin(); it != applicant.end(); ++it)
        m_answers.insert(applicantPrefix + it.key(), it.value());
    const int step = std::clamp(draft.value(QLatin1String("step")).toInt(), 0, std::max(0, stepCount() - 1));
    m_reviewing = draft.value(QLatin1String("reviewing")).toBool();
    showStep(step);
    emit answersChanged();
    return true;
}

void FormController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    emit serviceChanged();
    emit stepChanged();
    emit answersChanged();
    emit errorsChanged();
    m_fieldModel->refresh();
}

void FormController::setApplicantStep(bool on)
{
    if (on == m_applicantStep)
        return;
    m_applicantStep = on;
    emit applicantStepChanged();
    if (m_service) {
        emit serviceChanged();
        showStep(0);
    }
}

QString FormController::serviceId() const
{
    return m_service ? m_service->id : QString();
}

QString FormController::serviceName() const
{
    return m_service ? m_service->name.text(m_language) : QString();
}

int FormController::formVersion() const
{
    return m_service ? m_service->form.version : 0;
}

QString FormController::stepTitle() const
{
    if (!m_service)
        return {};
    if (m_reviewing)
        return LocalizedText{QStringLiteral("核对信息"), QStringLiteral("Check your application")}.text(m_language);
    if (m_applicantStep && m_step == 0)
        return LocalizedText{QStringLiteral("申请人信息"), QStringLiteral("Applicant")}.text(m_language);
    return m_service->form.steps.at(m_step - (m_applicantStep ? 1 : 0)).title.text(m_language);
}

QVariantList FormController::stepTitles() const
{
    QVariantList list;
    for (int s = 0; s < stepCount(); ++s) {
        const QString title = (m_applicantStep && s == 0)
                                  ? LocalizedText{QStringLiteral("申请人信息"), QStringLiteral("Applicant")}.text(m_language)
                                  : m_service->form.steps.at(s - (m_applicantStep ? 1 : 0)).title.text(m_language);
        list << QVariantMap{{QStringLiteral("title"), title}, {QStringLiteral("visible"), stepVisible(s)}};
    }
    return list;
}

bool FormController::isFirstStep() const
{
    for (int s = m_step - 1; s >= 0; --s) {
        if (stepVisible(s))
            return false;
    }
    return !m_reviewing;
}

bool FormController::isLastStep() const
{
    if (!m_service)
        return false;
    for (int s = m_step + 1; s < stepCount(); ++s) {
        if (stepVisible(s))
            return false;
    }
    return true;
}

double FormController::progress() const
{
    if (!m_service || stepCount() == 0)
        return 0.0;
    if (m_reviewing)
        return 1.0;
    return double(m_step) / double(stepCount());
}

QVariantMap FormController::applicant() const
{
    QVariantMap map;
    for (const char *key : {"name", "id_number", "phone", "address"})
        map.insert(QLatin1String(key), m_answers.value(applicantPrefix + QLatin1String(key)).toVariant());
    return map;
}

void FormController::setApplicant(const QVariantMap &applicant)
{
    for (auto it = applicant.begin(); it != applicant.end(); ++it) {
        const QJsonValue v = toJsonValue(it.value());
        if (v.isNull() || v.isUndefined())
            m_answers.remove(applicantPrefix + it.key());
        else
            m_answers.insert(applicantPrefix + it.key(), v);
        m_errors.removeIf([&](const FieldError &e) { return e.fieldId == applicantPrefix + it.key(); });
    }
    m_fieldModel->refresh();
    emit answersChanged();
    emit errorsChanged();
}

QVariantList FormController::errors() const
{
    QVariantList list;
    for (const FieldError &e : m_errors) {
        const FieldDefinition *f = findField(e.topLevelField());
        int step = -1;
        if (e.fieldId.startsWith(applicantPrefix))
            step = m_applicantStep ? 0 : -1;
        else if (m_service && f)
            step = m_service->form.stepOf(f->id) + (m_applicantStep ? 1 : 0);
        list << QVariantMap{{QStringLiteral("fieldId"), e.fieldId},
                            {QStringLiteral("step"), step},
                            {QStringLiteral("label"), f ? f->label.text(m_language) : e.fieldId},
                            {QStringLiteral("message"), e.message(m_language)}};
    }
    return list;
}

QString FormController::displayValue(const FieldDefinition &field, const QJsonValue &value) const
{
    const bool en = m_language.startsWith(QLatin1String("en"));
    if (value.isUndefined() || value.isNull())
        return {};
    const auto optionLabel = [&](const QString &v) {
        for (const FieldOption &o : field.options) {
            if (o.value == v)
                return o.label.text(m_language);
        }
        return v;
    };
    switch (field.type) {
    case FieldType::Number: {
        const QString unit = field.unit.text(m_language);
        return value.toVariant().toString() + (unit.isEmpty() ? QString() : (en ? QStringLiteral(" ") : QString()) + unit);
    }
    case FieldType::Money: {
        const QString amount = normalizeMoney(value);
        return en ? QStringLiteral("%1 yuan").arg(amount.isEmpty() ? value.toVariant().toString() : amount)
                  : QStringLiteral("%1元").arg(amount.isEmpty() ? value.toVariant().toString() : amount);
    }
    case FieldType::SingleChoice:
        return optionLabel(value.toString());
    case FieldType::MultipleChoice: {
        QStringList labels;
        for (const QJsonValue &v : value.toArray())
            labels << optionLabel(v.toString());
        return labels.join(en ? QStringLiteral(", ") : QStringLiteral("、"));
    }
    case FieldType::YesNo: {
        QJsonValue b = value;
        if (value.isString())
            b = value.toString() == QLatin1String("true") || value.toString() == QStringLiteral("是");
        return b.toBool() ? (en ? QStringLiteral("Yes") : QStringLiteral("是")) : (en ? QStringLiteral("No") : QStringLiteral("否"));
    }
    case FieldType::ResidentId:
        return maskIdNumber(normalizeResidentId(value.toString()));
    case FieldType::Address: {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (const char *level : {"province", "city", "county", "town", "village", "detail"}) {
            const QString p = o.value(QLatin1String(level)).toString().trimmed();
            if (!p.isEmpty())
                parts << p;
        }
        return parts.join(en ? QStringLiteral(", ") : QString());
    }
    case FieldType::RepeatGroup: {
        const QJsonArray items = value.toArray();
        QStringList names;
        for (const QJsonValue &item : items) {
            QStringList bits;
            for (const FieldDefinition &sub : field.fields) {
                if (sub.type == FieldType::Text || sub.type == FieldType::ResidentId) {
                    const QString shown = displayValue(sub, item.toObject().value(sub.id));
                    if (!shown.isEmpty())
                        bits << shown;
                }
                if (bits.size() == 2)
                    break;
            }
            names << bits.join(QLatin1Char(' '));
        }
        return en ? QStringLiteral("%1 item(s): %2").arg(items.size()).arg(names.join(QStringLiteral("; ")))
                  : QStringLiteral("共%1项：%2").arg(items.size()).arg(names.join(QStringLiteral("；")));
    }
    case FieldType::Attachment: {
        const qsizetype n = value.isArray() ? value.toArray().size() : 1;
        return en ? QStringLiteral("%1 file(s)").arg(n) : QStringLiteral("已拍摄%1张").arg(n);
    }
    case FieldType::Signature:
        return en ? QStringLiteral("Signed") : QStringLiteral("已签名");
    default:
        return value.toVariant().toString();
    }
}

QVariantList FormController::summary() const
{
    QVariantList steps;
    if (!m_service)
        return steps;
    const FormValidator validator(*m_service, today());
    const QJsonObject answers = formAnswers();
    for (int s = 0; s < stepCount(); ++s) {
        QVariantList items;
        for (const FieldDefinition *f : stepFields(s)) {
            const bool applicantField = f->id.startsWith(applicantPrefix);
            if (!applicantField && !validator.isVisible(*f, answers))
                continue;
            const QString shown = displayValue(*f, m_answers.value(f->id));
            if (shown.isEmpty())
                continue;
            items << QVariantMap{{QStringLiteral("fieldId"), f->id},
                                 {QStringLiteral("label"), f->label.text(m_language)},
                                 {QStringLiteral("value"), shown}};
        }
        if (items.isEmpty())
            continue;
        const QString title = (m_applicantStep && s == 0)
                                  ? LocalizedText{QStringLiteral("申请人信息"), QStringLiteral("Applicant")}.text(m_language)
                                  : m_service->form.steps.at(s - (m_applicantStep ? 1 : 0)).title.text(m_language);
        steps << QVariantMap{{QStringLiteral("step"), s}, {QStringLiteral("title"), title}, {QStringLiteral("items"), items}};
    }
    return steps;
}

QVariantMap FormController::describeField(const FieldDefinition &f) const
{
    QVariantList options;
    for (const FieldOption &o : f.options)
        options << QVariantMap{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label.text(m_language)}};
    QVariantMap map{{QStringLiteral("fieldId"), f.id},
                    {QStringLiteral("type"), fieldTypeName(f.type)},
                    {QStringLiteral("label"), f.label.text(m_language)},
                    {QStringLiteral("help"), f.help.text(m_language)},
                    {QStringLiteral("placeholder"), f.placeholder.text(m_language)},
                    {QStringLiteral("required"), f.required},
                    {QStringLiteral("options"), options},
                    {QStringLiteral("unit"), f.unit.text(m_language)},
                    {QStringLiteral("decimals"), f.decimals},
                    {QStringLiteral("maxLength"), fieldData(f, FormFieldModel::MaxLengthRole)},
                    {QStringLiteral("notFuture"), f.notFuture}};
    if (f.min)
        map.insert(QStringLiteral("min"), *f.min);
    if (f.max)
        map.insert(QStringLiteral("max"), *f.max);
    return map;
}

QVariant FormController::fieldData(const FieldDefinition &f, int role) const
{
    const bool applicantField = f.id.startsWith(applicantPrefix);
    switch (role) {
    case FormFieldModel::FieldIdRole:
        return f.id;
    case FormFieldModel::TypeRole:
        return fieldTypeName(f.type);
    case FormFieldModel::LabelRole:
        return f.label.text(m_language);
    case FormFieldModel::HelpRole:
        return f.help.text(m_language);
    case FormFieldModel::PlaceholderRole:
        return f.placeholder.text(m_language);
    case FormFieldModel::RequiredRole:
        if (applicantField || !m_service)
            return f.required;
        return FormValidator(*m_service, today()).isRequired(f, formAnswers());
    case FormFieldModel::VisibleRole:
        if (applicantField || !m_service)
            return true;
        return FormValidator(*m_service, today()).isVisible(f, formAnswers());
    case FormFieldModel::ValueRole:
        return m_answers.value(f.id).toVariant();
    case FormFieldModel::ErrorRole:
        for (const FieldError &e : m_errors) {
            if (e.fieldId == f.id)
                return e.message(m_language);
        }
        return QString();
    case FormFieldModel::ItemErrorsRole: {
        QVariantMap map;
        const QString prefix = f.id + QLatin1Char('[');
        for (const FieldError &e : m_errors) {
            if (!e.fieldId.startsWith(prefix))
                continue;
            // "members[1].id_number" -> "1.id_number"
            QString key = e.fieldId.mid(prefix.size());
            key.replace(QLatin1Char(']'), QString());
            map.insert(key, e.message(m_language));
        }
        return map;
    }
    case FormFieldModel::OptionsRole:
        return describeField(f).value(QStringLiteral("options"));
    case FormFieldModel::UnitRole:
        return f.unit.text(m_language);
    case FormFieldModel::MinRole:
        return f.min ? QVariant(*f.min) : QVariant();
    case FormFieldModel::MaxRole:
        return f.max ? QVariant(*f.max) : QVariant();
    case FormFieldModel::DecimalsRole:
        return f.type == FieldType::Money ? 2 : f.decimals;
    case FormFieldModel::MaxLengthRole:
        switch (f.type) {
        case FieldType::Text:
        case FieldType::Multiline:
            return f.maxLength;
        case FieldType::ResidentId:
            return 18;
        case FieldType::Phone:
            return 11;
        default:
            return 0;
        }
    case FormFieldModel::MinItemsRole:
        return f.minItems;
    case FormFieldModel::MaxItemsRole:
        return f.maxItems;
    case FormFieldModel::SubfieldsRole: {
        QVariantList subs;
        for (const FieldDefinition &sub : f.fields)
            subs << describeField(sub);
        return subs;
    }
    case FormFieldModel::ItemLabelRole:
        return f.itemLabel.text(m_language);
    case FormFieldModel::AddressLevelsRole:
        return f.addressLevels;
    case FormFieldModel::AttachmentKindRole:
        return f.attachmentKind;
    case FormFieldModel::NotFutureRole:
        return f.notFuture;
    case FormFieldModel::DisplayValueRole:
        return displayValue(f, m_answers.value(f.id));
    }
    return {};
}

} // namespace bianmin
