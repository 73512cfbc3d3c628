#include "servicedefinition.h"

namespace bianmin {

namespace {
struct TypeName
{
    FieldType type;
    const char *name;
};
constexpr TypeName typeNames[] = {
    {FieldType::Text, "text"},
    {FieldType::Multiline, "multiline"},
    {FieldType::Number, "number"},
    {FieldType::Money, "money"},
    {FieldType::Date, "date"},
    {FieldType::SingleChoice, "single_choice"},
    {FieldType::MultipleChoice, "multiple_choice"},
    {FieldType::YesNo, "yes_no"},
    {FieldType::Phone, "phone"},
    {FieldType::ResidentId, "resident_id"},
    {FieldType::Address, "address"},
    {FieldType::RepeatGroup, "repeat_group"},
    {FieldType::Attachment, "attachment"},
    {FieldType::Signature, "signature"},
};
} // namespace

QString LocalizedText::text(const QString &language) const
{
    const bool english = language.startsWith(QLatin1String("en"));
    const QString &preferred = english ? en : zh;
    return preferred.isEmpty() ? (english ? zh : en) : preferred;
}

std::optional<FieldType> fieldTypeFromString(const QString &name)
{
    for (const TypeName &t : typeNames) {
        if (name == QLatin1String(t.name))
            return t.type;
    }
    return std::nullopt;
}

QString fieldTypeName(FieldType type)
{
    for (const TypeName &t : typeNames) {
        if (t.type == type)
            return QLatin1String(t.name);
    }
    return {};
}

const FieldDefinition *FieldDefinition::subfield(const QString &fieldId) const
{
    for (const FieldDefinition &f : fields) {
        if (f.id == fieldId)
            return &f;
    }
    return nullptr;
}

const FieldDefinition *FormDefinition::field(const QString &fieldId) const
{
    for (const FormStep &step : steps) {
        for (const FieldDefinition &f : step.fields) {
            if (f.id == fieldId)
                return &f;
        }
    }
    return nullptr;
}

int FormDefinition::stepOf(const QString &fieldId) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        for (const FieldDefinition &f : steps.at(i).fields) {
            if (f.id == fieldId)
                return int(i);
        }
    }
    return -1;
}

int FormDefinition::fieldCount() const
{
    int n = 0;
    for (const FormStep &step : steps) {
        for (const FieldDefinition &f : step.fields)
            n += 1 + int(f.fields.size());
    }
    return n;
}

} // namespace bianmin
