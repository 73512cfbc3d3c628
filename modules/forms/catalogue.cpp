#include "catalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace bianmin {

namespace {

// The loader's sentences say why a catalogue is refused; they are kept untranslated (TranslatableText) so
// the sync queue page shows them in the kiosk's language of the moment and the command line, the JSON
// reports and the audit log in English. Context "bianmin::Catalogue" in translations/*.ts.
TranslatableText tx(const char *source, std::vector<TranslatableText> args = {})
{
    return TranslatableText("bianmin::Catalogue", source, std::move(args));
}

// A definition error names where it is; the loader throws nothing, it collects the first problem.
struct Where
{
    TranslatableText file; ///< a path, or "county catalogue version 4"
    QString service;
    QString field;

    TranslatableText describe(TranslatableText problem) const
    {
        if (!field.isEmpty())
            return tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "%1: service \"%2\", field \"%3\": %4"),
                      {file, service, field, std::move(problem)});
        if (!service.isEmpty())
            return tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "%1: service \"%2\": %3"),
                      {file, service, std::move(problem)});
        return tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "%1: %2"), {file, std::move(problem)});
    }
};

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re;
}

const QStringList &allAddressLevels()
{
    static const QStringList levels{QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("county"),
                                    QStringLiteral("town"), QStringLiteral("village")};
    return levels;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(bianmin::Catalogue) // the context of its QT_TR_NOOP texts

public:
    std::optional<Error> error;

    void fail(const Where &w, TranslatableText problem)
    {
        if (!error)
            error = Error(QStringLiteral("catalogue.invalid"), w.describe(std::move(problem)));
    }

    bool onlyKeys(const QJsonObject &o, const QStringList &allowed, const Where &w, const TranslatableText &what)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!allowed.contains(it.key())) {
                fail(w, tx(QT_TR_NOOP("%1 has an unknown member \"%2\""), {what, it.key()}));
                return false;
            }
        }
        return true;
    }

    LocalizedText text(const QJsonValue &v, const Where &w, const TranslatableText &what, bool required)
    {
        LocalizedText t;
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(w, tx(QT_TR_NOOP("%1 is missing (needs \"zh\" and \"en\")"), {what}));
            return t;
        }
        if (!v.isObject()) {
            fail(w, tx(QT_TR_NOOP("%1 must be an object {\"zh\": ..., \"en\": ...}"), {what}));
            return t;
        }
        const QJsonObject o = v.toObject();
        onlyKeys(o, {QStringLiteral("zh"), QStringLiteral("en")}, w, what);
        t.zh = o.value(QLatin1String("zh")).toString().trimmed();
        t.en = o.value(QLatin1String("en")).toString().trimmed();
        if (t.zh.isEmpty() || t.en.isEmpty())
            fail(w, tx(QT_TR_NOOP("%1 needs both \"zh\" and \"en\" texts"), {what}));
        return t;
    }

    std::optional<double> number(const QJsonObject &o, const char *key, const Where &w)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(w, tx(QT_TR_NOOP("\"%1\" must be a number"), {QString::fromLatin1(key)}));
            return std::nullopt;
        }
        return v.toDouble();
    }

    int integer(const QJsonObject &o, const char *key, const Where &w, int fallback, int lo, int hi)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < lo || d > hi) {
            fail(w, tx(QT_TR_NOOP("\"%1\" must be a whole number from %2 to %3"),
                       {QString::fromLatin1(key), QString::number(lo), QString::number(hi)}));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QJsonObject &o, const char *key, const Where &w, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(w, tx(QT_TR_NOOP("\"%1\" must be true or false"), {QString::fromLatin1(key)}));
            return fallback;
        }
        return v.toBool();
    }

    std::optional<Condition> condition(const QJsonValue &v, const Where &w, const char *key)
    {
        if (v.isUndefined())
            return std::nullopt;
        const QString what = QLatin1String(key);
        if (!v.isObject()) {
            fail(w, tx(QT_TR_NOOP("\"%1\" must be an object {\"field\": ..., \"equals\": ...}"), {what}));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        Condition c;
        c.field = o.value(QLatin1String("field")).toString();
        if (c.field.isEmpty())
            fail(w, tx(QT_TR_NOOP("\"%1\" needs a \"field\""), {what}));
        static const QList<QPair<QString, Condition::Op>> ops{
            {QStringLiteral("equals"), Condition::Op::Equals},   {QStringLiteral("not_equals"), Condition::Op::NotEquals},
            {QStringLiteral("in"), Condition::Op::In},           {QStringLiteral("filled"), Condition::Op::Filled},
            {QStringLiteral("empty"), Condition::Op::Empty},     {QStringLiteral("contains"), Condition::Op::Contains},
            {QStringLiteral("gt"), Condition::Op::GreaterThan},  {QStringLiteral("gte"), Condition::Op::AtLeast},
            {QStringLiteral("lt"), Condition::Op::LessThan},     {QStringLiteral("lte"), Condition::Op::AtMost}};
        int found = 0;
        for (const auto &[name, op] : ops) {
            if (o.contains(name)) {
                ++found;
                c.op = op;
                c.value = o.value(name);
            }
        }
        if (found != 1 || o.size() != 2)
            fail(w, tx(QT_TR_NOOP("\"%1\" needs \"field\" and exactly one of equals, not_equals, in, filled, "
                                  "empty, contains, gt, gte, lt, lte"),
                       {what}));
        else if (c.op == Condition::Op::In && !c.value.isArray())
            fail(w, tx(QT_TR_NOOP("\"%1\": \"in\" needs an array"), {what}));
        else if ((c.op == Condition::Op::GreaterThan || c.op == Condition::Op::AtLeast
                  || c.op == Condition::Op::LessThan || c.op == Condition::Op::AtMost)
                 && !c.value.isDouble() && !c.value.isString())
            fail(w, tx(QT_TR_NOOP("\"%1\": a comparison needs a number or a date"), {what}));
        return c;
    }

    FieldDefinition field(const QJsonValue &v, Where w, bool inGroup)
    {
        FieldDefinition f;
        if (!v.isObject()) {
            fail(w, tx(QT_TR_NOOP("a field must be an object")));
            return f;
        }
        const QJsonObject o = v.toObject();
        f.id = o.value(QLatin1String("id")).toString();
        w.field = inGroup ? w.field + QLatin1Char('.') + f.id : f.id;
        if (!idPattern().match(f.id).hasMatch()) {
            fail(w, tx(QT_TR_NOOP("the field id must be lowercase letters, digits and _ (got \"%1\")"), {f.id}));
            return f;
        }
        static const QStringList keys{
            QStringLiteral("id"),          QStringLiteral("type"),          QStringLiteral("label"),
            QStringLiteral("help"),        QStringLiteral("placeholder"),   QStringLiteral("required"),
            QStringLiteral("visible_if"),  QStringLiteral("required_if"),   QStringLiteral("min"),
            QStringLiteral("max"),         QStringLiteral("decimals"),      QStringLiteral("unit"),
            QStringLiteral("min_length"),  QStringLiteral("max_length"),    QStringLiteral("pattern"),
            QStringLiteral("pattern_message"), QStringLiteral("not_future"), QStringLiteral("not_past"),
            QStringLiteral("min_date"),    QStringLiteral("max_date"),      QStringLiteral("options"),
            QStringLiteral("min_items"),   QStringLiteral("max_items"),     QStringLiteral("fields"),
            QStringLiteral("item_label"),  QStringLiteral("birth_date_field"), QStringLiteral("sex_field"),
            QStringLiteral("min_age"),     QStringLiteral("max_age"),       QStringLiteral("levels"),
            QStringLiteral("kind")};
        if (!onlyKeys(o, keys, w, tx(QT_TR_NOOP("the field"))))
            return f;
        const QString typeName = o.value(QLatin1String("type")).toString();
        const auto type = fieldTypeFromString(typeName);
        if (!type) {
            fail(w, tx(QT_TR_NOOP("unknown field type \"%1\""), {typeName}));
            return f;
        }
        f.type = *type;
        f.label = text(o.value(QLatin1String("label")), w, QStringLiteral("\"label\""), true);
        f.help = text(o.value(QLatin1String("help")), w, QStringLiteral("\"help\""), false);
        f.placeholder = text(o.value(QLatin1String("placeholder")), w, QStringLiteral("\"placeholder\""), false);
        f.required = boolean(o, "required", w, false);
        f.visibleIf = condition(o.value(QLatin1String("visible_if")), w, "visible_if");
        f.requiredIf = condition(o.value(QLatin1String("required_if")), w, "required_if");

        auto only = [&](std::initializer_list<FieldType> types, const char *key) {
            if (o.contains(QLatin1String(key)) && std::find(types.begin(), types.end(), f.type) == types.end())
                fail(w, tx(QT_TR_NOOP("\"%1\" does not apply to a %2 field"), {QString::fromLatin1(key), typeName}));
        };
        only({FieldType::Number, FieldType::Money}, "min");
        only({FieldType::Number, FieldType::Money}, "max");
        only({FieldType::Number}, "decimals");
        only({FieldType::Number, FieldType::Money}, "unit");
        only({FieldType::Text, FieldType::Multiline}, "min_length");
        only({FieldType::Text, FieldType::Multiline}, "max_length");
        only({FieldType::Text}, "pattern");
        only({FieldType::Text}, "pattern_message");
        only({FieldType::Date}, "not_future");
        only({FieldType::Date}, "not_past");
        only({FieldType::Date}, "min_date");
        only({FieldType::Date}, "max_date");
        only({FieldType::SingleChoice, FieldType::MultipleChoice}, "options");
        only({FieldType::MultipleChoice, FieldType::RepeatGroup, FieldType::Attachment}, "min_items");
        only({FieldType::MultipleChoice, FieldType::RepeatGroup, FieldType::Attachment}, "max_items");
        only({FieldType::RepeatGroup}, "fields");
        only({FieldType::RepeatGroup}, "item_label");
        only({FieldType::ResidentId}, "birth_date_field");
        only({FieldType::ResidentId}, "sex_field");
        only({FieldType::ResidentId}, "min_age");
        only({FieldType::ResidentId}, "max_age");
        only({FieldType::Address}, "levels");
        only({FieldType::Attachment}, "kind");
        if (error)
            return f;

        f.min = number(o, "min", w);
        f.max = number(o, "max", w);
        if (f.min && f.max && *f.min > *f.max)
            fail(w, tx(QT_TR_NOOP("\"min\" is greater than \"max\"")));
        f.decimals = f.type == FieldType::Money ? 2 : integer(o, "decimals", w, 0, 0, 6);
        f.unit = text(o.value(QLatin1String("unit")), w, QStringLiteral("\"unit\""), false);
        if (f.type == FieldType::Money && f.unit.isEmpty())
            f.unit = LocalizedText{QStringLiteral("元"), QStringLiteral("yuan")};
        if (f.type == FieldType::Money && !f.min)
            f.min = 0.0;
        f.minLength = integer(o, "min_length", w, 0, 0, 100000);
        f.maxLength = integer(o, "max_length", w, f.type == FieldType::Multiline ? 2000 : 100, 1, 100000);
        if (f.minLength > f.maxLength)
            fail(w, tx(QT_TR_NOOP("\"min_length\" is greater than \"max_length\"")));
        f.pattern = o.value(QLatin1String("pattern")).toString();
        if (!f.pattern.isEmpty() && !QRegularExpression(f.pattern).isValid())
            fail(w, tx(QT_TR_NOOP("\"pattern\" is not a valid regular expression: %1"),
                       {QRegularExpression(f.pattern).errorString()}));
        f.patternMessage = text(o.value(QLatin1String("pattern_message")), w, QStringLiteral("\"pattern_message\""), false);
        f.notFuture = boolean(o, "not_future", w, false);
        f.notPast = boolean(o, "not_past", w, false);
        for (const char *key : {"min_date", "max_date"}) {
            const QString d = o.value(QLatin1String(key)).toString();
            if (!d.isEmpty() && !QDate::fromString(d, Qt::ISODate).isValid())
                fail(w, tx(QT_TR_NOOP("\"%1\" must be a date yyyy-MM-dd"), {QString::fromLatin1(key)}));
        }
        f.minDate = o.value(QLatin1String("min_date")).toString();
        f.maxDate = o.value(QLatin1String("max_date")).toString();

        if (f.type == FieldType::SingleChoice || f.type == FieldType::MultipleChoice) {
            const QJsonArray options = o.value(QLatin1String("options")).toArray();
            if (options.isEmpty())
                fail(w, tx(QT_TR_NOOP("a choice needs \"options\"")));
            QSet<QString> seen;
            for (const QJsonValue &ov : options) {
                const QJsonObject oo = ov.toObject();
                onlyKeys(oo, {QStringLiteral("value"), QStringLiteral("label")}, w, tx(QT_TR_NOOP("an option")));
                FieldOption opt;
                opt.value = oo.value(QLatin1String("value")).toString();
                if (opt.value.isEmpty() || seen.contains(opt.value))
                    fail(w, tx(QT_TR_NOOP("every option needs a unique non-empty \"value\" (\"%1\")"), {opt.value}));
                seen.insert(opt.value);
                opt.label = text(oo.value(QLatin1String("label")), w,
                                 tx(QT_TR_NOOP("the label of option \"%1\""), {opt.value}), true);
                f.options.append(opt);
            }
        }
        f.minItems = integer(o, "min_items", w, 0, 0, 1000);
        f.maxItems = integer(o, "max_items", w, f.type == FieldType::Attachment ? 1 : 0, 0, 1000);
        if (f.maxItems && f.minItems > f.maxItems)
            fail(w, tx(QT_TR_NOOP("\"min_items\" is greater than \"max_items\"")));

        if (f.type == FieldType::RepeatGroup) {
            if (inGroup)
                fail(w, tx(QT_TR_NOOP("a repeat group cannot hold another repeat group")));
            const QJsonArray subs = o.value(QLatin1String("fields")).toArray();
            if (subs.isEmpty())
                fail(w, tx(QT_TR_NOOP("a repeat group needs \"fields\"")));
            QSet<QString> ids;
            for (const QJsonValue &sv : subs) {
                Where sw = w;
                FieldDefinition sub = field(sv, sw, true);
                if (error)
                    return f;
                if (ids.contains(sub.id)) {
                    sw.field = f.id + QLatin1Char('.') + sub.id;
                    fail(sw, tx(QT_TR_NOOP("the id is used twice in the group")));
                }
                ids.insert(sub.id);
                f.fields.append(sub);
            }
            f.itemLabel = text(o.value(QLatin1String("item_label")), w, QStringLiteral("\"item_label\""), false);
            if (f.itemLabel.isEmpty())
                f.itemLabel = LocalizedText{QStringLiteral("第"), QStringLiteral("Item")};
        }
        f.birthDateField = o.value(QLatin1String("birth_date_field")).toString();
        f.sexField = o.value(QLatin1String("sex_field")).toString();
        if (o.contains(QLatin1String("min_age")))
            f.minAge = integer(o, "min_age", w, 0, 0, 150);
        if (o.contains(QLatin1String("max_age")))
            f.maxAge = integer(o, "max_age", w, 150, 0, 150);
        if (f.type == FieldType::Address) {
            f.addressLevels = allAddressLevels();
            if (o.contains(QLatin1String("levels"))) {
                f.addressLevels.clear();
                for (const QJsonValue &lv : o.value(QLatin1String("levels")).toArray()) {
                    if (!allAddressLevels().contains(lv.toString()))
                        fail(w, tx(QT_TR_NOOP("unknown address level \"%1\" (province, city, county, town, village)"),
                                   {lv.toString()}));
                    f.addressLevels.append(lv.toString());
                }
            }
        }
        if (f.type == FieldType::Attachment) {
            f.attachmentKind = o.value(QLatin1String("kind")).toString(QStringLiteral("document"));
            if (f.attachmentKind != QLatin1String("document") && f.attachmentKind != QLatin1String("id_photo"))
                fail(w, tx(QT_TR_NOOP("\"kind\" must be \"document\" or \"id_photo\"")));
        }
        return f;
    }

    // Cross references (conditions, ID consistency) once every field of the scope is known.
    void checkReferences(const FieldDefinition &f, const QList<FieldDefinition> &scope, const FormDefinition &form,
                         Where w)
    {
        w.field = f.id;
        auto resolve = [&](const QString &id) -> const FieldDefinition * {
            for (const FieldDefinition &s : scope) {
                if (s.id == id)
                    return &s;
            }
            return form.field(id);
        };
        for (const auto &cond : {f.visibleIf, f.requiredIf}) {
            if (!cond)
                continue;
            if (cond->field == f.id)
                fail(w, tx(QT_TR_NOOP("a condition cannot depend on the field itself")));
            else if (!resolve(cond->field))
                fail(w, tx(QT_TR_NOOP("the condition refers to \"%1\", which is not a field of this form"),
                           {cond->field}));
            else if (const FieldDefinition *target = resolve(cond->field);
                     (target->type == FieldType::SingleChoice || target->type == FieldType::MultipleChoice)
                     && (cond->op == Condition::Op::Equals || cond->op == Condition::Op::NotEquals
                         || cond->op == Condition::Op::Contains || cond->op == Condition::Op::In)) {
                const QJsonArray values = cond->op == Condition::Op::In ? cond->value.toArray()
                                                                         : QJsonArray{cond->value};
                for (const QJsonValue &value : values) {
                    const bool known = std::any_of(target->options.begin(), target->options.end(),
                                                   [&](const FieldOption &o) { return o.value == value.toString(); });
                    if (!known)
                        fail(w, tx(QT_TR_NOOP("the condition compares \"%1\" with \"%2\", which is not one of its options"),
                                   {cond->field, value.toString()}));
                }
            }
        }
        if (!f.birthDateField.isEmpty()) {
            const FieldDefinition *b = resolve(f.birthDateField);
            if (!b || b->type != FieldType::Date)
                fail(w, tx(QT_TR_NOOP("\"birth_date_field\" must name a date field (\"%1\")"), {f.birthDateField}));
        }
        if (!f.sexField.isEmpty()) {
            const FieldDefinition *s = resolve(f.sexField);
            const auto has = [&](const char *v) {
                return s && std::any_of(s->options.begin(), s->options.end(),
                                        [&](const FieldOption &o) { return o.value == QLatin1String(v); });
            };
            if (!s || s->type != FieldType::SingleChoice || !has("male") || !has("female"))
                fail(w, tx(QT_TR_NOOP("\"sex_field\" must name a single choice with options \"male\" and \"female\" (\"%1\")"),
                           {f.sexField}));
        }
        for (const FieldDefinition &sub : f.fields)
            checkReferences(sub, f.fields, form, Where{w.file, w.service, f.id + QLatin1Char('.') + sub.id});
    }

    CrossCheck check(const QJsonValue &v, const FormDefinition &form, Where w)
    {
        CrossCheck c;
        const QJsonObject o = v.toObject();
        c.id = o.value(QLatin1String("id")).toString();
        c.field = o.value(QLatin1String("field")).toString();
        c.other = o.value(QLatin1String("other")).toString();
        w.field = c.field;
        if (!onlyKeys(o, {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("field"), QStringLiteral("other"),
                          QStringLiteral("op"), QStringLiteral("offset"), QStringLiteral("message")},
                      w, tx(QT_TR_NOOP("check \"%1\""), {c.id})))
            return c;
        if (!idPattern().match(c.id).hasMatch())
            fail(w, tx(QT_TR_NOOP("a check needs an \"id\" of lowercase letters, digits and _")));
        const QString type = o.value(QLatin1String("type")).toString();
        const FieldDefinition *a = form.field(c.field);
        const FieldDefinition *b = form.field(c.other);
        if (!a || !b) {
            fail(w, tx(QT_TR_NOOP("check \"%1\" refers to a field that is not in the form (\"%2\", \"%3\")"),
                       {c.id, c.field, c.other}));
            return c;
        }
        c.offset = integer(o, "offset", w, 0, -1000, 1000);
        c.message = text(o.value(QLatin1String("message")), w, tx(QT_TR_NOOP("the message of check \"%1\""), {c.id}),
                         type == QLatin1String("compare"));
        if (type == QLatin1String("compare")) {
            c.kind = CrossCheck::Kind::Compare;
            c.op = o.value(QLatin1String("op")).toString(QStringLiteral(">="));
            static const QStringList ops{QStringLiteral("<"),  QStringLiteral("<="), QStringLiteral("=="),
                                         QStringLiteral("!="), QStringLiteral(">="), QStringLiteral(">")};
            if (!ops.contains(c.op))
                fail(w, tx(QT_TR_NOOP("check \"%1\": unknown op \"%2\""), {c.id, c.op}));
            const auto comparable = [](FieldType t) {
                return t == FieldType::Date || t == FieldType::Number || t == FieldType::Money;
            };
            const bool sameKind = (a->type == FieldType::Date) == (b->type == FieldType::Date);
            if (!comparable(a->type) || !comparable(b->type) || !sameKind)
                fail(w, tx(QT_TR_NOOP("check \"%1\" compares fields that are not both dates or both numbers"),
                           {c.id}));
        } else if (type == QLatin1String("count_equals")) {
            c.kind = CrossCheck::Kind::CountEquals;
            if (a->type != FieldType::RepeatGroup || b->type != FieldType::Number)
                fail(w, tx(QT_TR_NOOP("check \"%1\": count_equals needs a repeat group and a number field"), {c.id}));
        } else {
            fail(w, tx(QT_TR_NOOP("check \"%1\": unknown type \"%2\" (compare, count_equals)"), {c.id, type}));
        }
        return c;
    }

    ServiceDefinition service(const QJsonObject &o, const TranslatableText &file, const QSet<QString> &categories)
    {
        ServiceDefinition s;
        s.sourceFile = file.english();
        s.id = o.value(QLatin1String("id")).toString();
        Where w{file, s.id, {}};
        if (!idPattern().match(s.id).hasMatch()) {
            fail(w, tx(QT_TR_NOOP("a service needs an \"id\" of lowercase letters, digits and _")));
            return s;
        }
        static const QStringList keys{
            QStringLiteral("id"),       QStringLiteral("name"),           QStringLiteral("description"),
            QStringLiteral("category"), QStringLiteral("materials"),      QStringLiteral("promised_days"),
            QStringLiteral("tags"),     QStringLiteral("approval_chain"), QStringLiteral("agent_allowed"),
            QStringLiteral("search_keys"), QStringLiteral("applicant"),   QStringLiteral("form")};
        if (!onlyKeys(o, keys, w, tx(QT_TR_NOOP("the service"))))
            return s;
        s.name = text(o.value(QLatin1String("name")), w, QStringLiteral("\"name\""), true);
        s.description = text(o.value(QLatin1String("description")), w, QStringLiteral("\"description\""), true);
        s.category = o.value(QLatin1String("category")).toString();
        if (!categories.contains(s.category))
            fail(w, tx(QT_TR_NOOP("unknown category \"%1\""), {s.category}));
        for (const QJsonValue &m : o.value(QLatin1String("materials")).toArray())
            s.materials.append(text(m, w, tx(QT_TR_NOOP("a material")), true));
        if (!o.value(QLatin1String("promised_days")).isDouble())
            fail(w, tx(QT_TR_NOOP("\"promised_days\" (working days) is missing")));
        s.promisedDays = integer(o, "promised_days", w, 0, 0, 365);
        static const QStringList knownTags{QLatin1String(ServiceTag::RunAtMostOnce), QLatin1String(ServiceTag::ZeroErrands),
                                           QLatin1String(ServiceTag::OnTheSpot)};
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray()) {
            if (!knownTags.contains(t.toString()))
                fail(w, tx(QT_TR_NOOP("unknown tag \"%1\" (%2)"),
                           {t.toString(), knownTags.join(QStringLiteral(", "))}));
            s.tags.append(t.toString());
        }
        QSet<QString> stepIds;
        for (const QJsonValue &av : o.value(QLatin1String("approval_chain")).toArray()) {
            const QJsonObject ao = av.toObject();
            onlyKeys(ao, {QStringLiteral("id"), QStringLiteral("role"), QStringLiteral("name")}, w,
                     tx(QT_TR_NOOP("an approval step")));
            ApprovalStep step;
            step.id = ao.value(QLatin1String("id")).toString();
            step.role = ao.value(QLatin1String("role")).toString();
            if (!idPattern().match(step.id).hasMatch() || stepIds.contains(step.id))
                fail(w, tx(QT_TR_NOOP("every approval step needs a unique \"id\" (\"%1\")"), {step.id}));
            if (!idPattern().match(step.role).hasMatch())
                fail(w, tx(QT_TR_NOOP("approval step \"%1\" needs a \"role\""), {step.id}));
            stepIds.insert(step.id);
            step.name = text(ao.value(QLatin1String("name")), w, tx(QT_TR_NOOP("the name of approval step \"%1\""),
                                                                    {step.id}), true);
            s.approvalChain.append(step);
        }
        s.agentAllowed = boolean(o, "agent_allowed", w, false);
        for (const QJsonValue &k : o.value(QLatin1String("search_keys")).toArray())
            s.searchKeys.append(k.toString().trimmed().toLower());
        const QJsonObject applicant = o.value(QLatin1String("applicant")).toObject();
        onlyKeys(applicant, {QStringLiteral("min_age"), QStringLiteral("max_age"), QStringLiteral("phone_required")}, w,
                 QStringLiteral("\"applicant\""));
        if (applicant.contains(QLatin1String("min_age")))
            s.applicant.minAge = integer(applicant, "min_age", w, 0, 0, 150);
        if (applicant.contains(QLatin1String("max_age")))
            s.applicant.maxAge = integer(applicant, "max_age", w, 150, 0, 150);
        s.applicant.phoneRequired = boolean(applicant, "phone_required", w, true);
        if (error)
            return s;

        const QJsonValue formValue = o.value(QLatin1String("form"));
        if (!formValue.isObject()) {
            fail(w, tx(QT_TR_NOOP("the service has no \"form\"")));
            return s;
        }
        const QJsonObject form = formValue.toObject();
        if (!onlyKeys(form, {QStringLiteral("version"), QStringLiteral("steps"), QStringLiteral("checks")}, w,
                      tx(QT_TR_NOOP("the form"))))
            return s;
        if (!form.value(QLatin1String("version")).isDouble())
            fail(w, tx(QT_TR_NOOP("the form needs a \"version\"")));
        s.form.version = integer(form, "version", w, 1, 1, 1000000);
        const QJsonArray steps = form.value(QLatin1String("steps")).toArray();
        if (steps.isEmpty())
            fail(w, tx(QT_TR_NOOP("the form needs at least one step")));
        QSet<QString> fieldIds, ids;
        for (const QJsonValue &sv : steps) {
            const QJsonObject so = sv.toObject();
            FormStep step;
            step.id = so.value(QLatin1String("id")).toString();
            Where sw{file, s.id, {}};
            if (!onlyKeys(so, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("fields")}, sw,
                          tx(QT_TR_NOOP("step \"%1\""), {step.id})))
                return s;
            if (!idPattern().match(step.id).hasMatch() || ids.contains(step.id))
                fail(sw, tx(QT_TR_NOOP("every step needs a unique \"id\" (\"%1\")"), {step.id}));
            ids.insert(step.id);
            step.title = text(so.value(QLatin1String("title")), sw, tx(QT_TR_NOOP("the title of step \"%1\""),
                                                                       {step.id}), true);
            const QJsonArray fields = so.value(QLatin1String("fields")).toArray();
            if (fields.isEmpty())
                fail(sw, tx(QT_TR_NOOP("step \"%1\" has no fields"), {step.id}));
            for (const QJsonValue &fv : fields) {
                FieldDefinition f = field(fv, sw, false);
                if (error)
                    return s;
                if (fieldIds.contains(f.id))
                    fail(Where{file, s.id, f.id}, tx(QT_TR_NOOP("the field id is used twice in the form")));
                fieldIds.insert(f.id);
                step.fields.append(f);
            }
            s.form.steps.append(step);
        }
        for (const FormStep &step : s.form.steps) {
            for (const FieldDefinition &f : step.fields)
                checkReferences(f, {}, s.form, w);
        }
        for (const QJsonValue &cv : form.value(QLatin1String("checks")).toArray())
            s.form.checks.append(check(cv, s.form, w));
        return s;
    }
};

Result<QJsonObject> readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("catalogue.unreadable"),
                     tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "%1: cannot read: %2"), {path, file.errorString()}));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(QStringLiteral("catalogue.syntax"),
                     tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "%1: not a JSON object (%2 at byte %3)"),
                        {path, pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not an object"),
                         QString::number(pe.offset)}));
    return doc.object();
}

Result<Catalogue> parse(const QJsonObject &document, const TranslatableText &source, const QString &baseDir,
                        int *versionOut, QList<Category> *categoriesOut, QList<ServiceDefinition> *servicesOut,
                        QList<QJsonObject> *jsonOut, QList<LocalizedText> *announcementsOut)
{
    Parser p;
    const Where top{source, {}, {}};
    p.onlyKeys(document, {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("categories"),
                          QStringLiteral("services"), QStringLiteral("announcements")},
               top, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "the catalogue")));
    // What the county tells villagers on the idle screen ("医保缴费截止12月31日"), in both languages.
    for (const QJsonValue &a : document.value(QLatin1String("announcements")).toArray())
        announcementsOut->append(p.text(a, top, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "an announcement")), true));
    if (document.value(QLatin1String("format")).toInt(1) != 1)
        p.fail(top, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "unknown catalogue \"format\" (this kiosk reads format 1)")));
    if (!document.value(QLatin1String("version")).isDouble())
        p.fail(top, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "the catalogue needs a \"version\" number")));
    *versionOut = p.integer(document, "version", top, 0, 1, 2000000000);
    QSet<QString> categoryIds;
    for (const QJsonValue &cv : document.value(QLatin1String("categories")).toArray()) {
        Category c;
        c.id = cv.toObject().value(QLatin1String("id")).toString();
        if (!idPattern().match(c.id).hasMatch() || categoryIds.contains(c.id))
            p.fail(top, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "every category needs a unique \"id\" (\"%1\")"),
                           {c.id}));
        categoryIds.insert(c.id);
        c.name = p.text(cv.toObject().value(QLatin1String("name")), top,
                        tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "the name of category \"%1\""), {c.id}), true);
        categoriesOut->append(c);
    }
    const QJsonArray services = document.value(QLatin1String("services")).toArray();
    if (services.isEmpty())
        p.fail(top, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "the catalogue has no \"services\"")));
    QSet<QString> serviceIds;
    for (const QJsonValue &sv : services) {
        if (p.error)
            break;
        QJsonObject so;
        TranslatableText file = source;
        if (sv.isString()) {
            if (baseDir.isEmpty()) {
                p.fail(top, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "service \"%1\" must be inline in a single-document catalogue"),
                               {sv.toString()}));
                break;
            }
            const QString path = QDir(baseDir).filePath(sv.toString());
            file = path;
            Result<QJsonObject> read = readJsonFile(path);
            if (!read)
                return read.error();
            so = read.value();
        } else if (sv.isObject()) {
            so = sv.toObject();
        } else {
            p.fail(top, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "a service must be an object or a file name")));
            break;
        }
        ServiceDefinition s = p.service(so, file, categoryIds);
        if (!p.error && serviceIds.contains(s.id))
            p.fail(Where{file, s.id, {}}, tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "the service id is used twice in the catalogue")));
        serviceIds.insert(s.id);
        servicesOut->append(s);
        jsonOut->append(so);
    }
    if (p.error)
        return *p.error;
    return Catalogue();
}

} // namespace

QString Catalogue::builtinPath()
{
    return QStringLiteral(":/bianmin/catalogue/catalogue.json");
}

QString Catalogue::importedPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("catalogue.json"));
}

Result<Catalogue> Catalogue::loadFile(const QString &path)
{
    Result<QJsonObject> doc = readJsonFile(path);
    if (!doc)
        return doc.error();
    Catalogue c;
    c.m_source = path;
    c.m_sourceName = path;
    Result<Catalogue> r = parse(doc.value(), path, QFileInfo(path).absolutePath(), &c.m_version, &c.m_categories,
                                &c.m_services, &c.m_serviceJson, &c.m_announcements);
    if (!r)
        return r.error();
    return c;
}

Result<Catalogue> Catalogue::fromJson(const QJsonObject &document, const TranslatableText &sourceName)
{
    Catalogue c;
    c.m_source = sourceName.english();
    c.m_sourceName = sourceName;
    Result<Catalogue> r = parse(document, sourceName, {}, &c.m_version, &c.m_categories, &c.m_services,
                                &c.m_serviceJson, &c.m_announcements);
    if (!r)
        return r.error();
    return c;
}

Result<Catalogue> Catalogue::loadBuiltin()
{
    return loadFile(builtinPath());
}

Result<Catalogue> Catalogue::loadForDataDir(const QString &dataDir)
{
    if (!dataDir.isEmpty() && QFileInfo::exists(importedPath(dataDir)))
        return loadFile(importedPath(dataDir));
    return loadBuiltin();
}

Result<Catalogue> Catalogue::importFile(const QString &path, const QString &dataDir)
{
    Result<Catalogue> incoming = loadFile(path);
    if (!incoming)
        return incoming.error();
    return install(*incoming, dataDir);
}

TranslatableText Catalogue::countySource(const QJsonObject &document)
{
    const QJsonValue version = document.value(QLatin1String("version"));
    if (!version.isDouble())
        return tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "county catalogue"));
    return tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "county catalogue version %1"),
              {QString::number(version.toInteger())});
}

Result<Catalogue> Catalogue::importJson(const QJsonObject &document, const QString &dataDir)
{
    Result<Catalogue> incoming = fromJson(document, countySource(document));
    if (!incoming)
        return incoming.error();
    return install(*incoming, dataDir);
}

Result<Catalogue> Catalogue::install(const Catalogue &incoming, const QString &dataDir)
{
    // A case keeps the form version it was filled with, so a form that changes must say so with a new
    // version; otherwise two different forms would share one version number.
    Result<Catalogue> current = loadForDataDir(dataDir);
    if (current) {
        for (qsizetype i = 0; i < incoming.m_services.size(); ++i) {
            const ServiceDefinition &s = incoming.m_services.at(i);
            for (qsizetype j = 0; j < current->m_services.size(); ++j) {
                const ServiceDefinition &old = current->m_services.at(j);
                if (old.id == s.id && old.form.version == s.form.version
                    && current->m_serviceJson.at(j).value(QLatin1String("form"))
                           != incoming.m_serviceJson.at(i).value(QLatin1String("form")))
                    return Error(QStringLiteral("catalogue.invalid"),
                                 Where{s.sourceFile == incoming.m_source ? incoming.m_sourceName : s.sourceFile, s.id, {}}
                                     .describe(tx(QT_TRANSLATE_NOOP("bianmin::Catalogue",
                                                                    "the form differs from the installed one but keeps "
                                                                    "version %1; give the changed form a new version"),
                                                  {QString::number(s.form.version)})));
            }
        }
    }
    if (!QDir().mkpath(dataDir))
        return Error(QStringLiteral("catalogue.write"),
                     tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "%1: cannot create the directory"), {dataDir}));
    QSaveFile out(importedPath(dataDir));
    if (!out.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("catalogue.write"),
                     tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "%1: %2"), {out.fileName(), out.errorString()}));
    out.write(QJsonDocument(incoming.toJson()).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return Error(QStringLiteral("catalogue.write"),
                     tx(QT_TRANSLATE_NOOP("bianmin::Catalogue", "%1: %2"), {out.fileName(), out.errorString()}));
    return loadFile(importedPath(dataDir));
}

const ServiceDefinition *Catalogue::service(const QString &id) const
{
    for (const ServiceDefinition &s : m_services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const Category *Catalogue::category(const QString &id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QJsonObject Catalogue::toJson() const
{
    QJsonArray categories;
    for (const Category &c : m_categories)
        categories.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("name"),
                                       QJsonObject{{QStringLiteral("zh"), c.name.zh}, {QStringLiteral("en"), c.name.en}}}});
    QJsonArray services;
    for (const QJsonObject &s : m_serviceJson)
        services.append(s);
    QJsonObject document{{QStringLiteral("format"), 1},
                         {QStringLiteral("version"), m_version},
                         {QStringLiteral("categories"), categories},
                         {QStringLiteral("services"), services}};
    QJsonArray announcements;
    for (const LocalizedText &a : m_announcements)
        announcements.append(QJsonObject{{QStringLiteral("zh"), a.zh}, {QStringLiteral("en"), a.en}});
    if (!announcements.isEmpty())
        document.insert(QStringLiteral("announcements"), announcements);
    return document;
}

LocalizedText serviceTagLabel(const QString &tag)
{
    if (tag == QLatin1String(ServiceTag::RunAtMostOnce))
        return {QStringLiteral("最多跑一次"), QStringLiteral("Run at most once")};
    if (tag == QLatin1String(ServiceTag::ZeroErrands))
        return {QStringLiteral("零跑腿"), QStringLiteral("Zero errands")};
    if (tag == QLatin1String(ServiceTag::OnTheSpot))
        return {QStringLiteral("即办"), QStringLiteral("Handled on the spot")};
    return {tag, tag};
}

bool serviceMatches(const ServiceDefinition &service, const QString &query)
{
    const QString q = query.trimmed().toLower();
    if (q.isEmpty())
        return true;
    if (service.name.zh.contains(q) || service.name.en.toLower().contains(q) || service.id.contains(q))
        return true;
    return std::any_of(service.searchKeys.begin(), service.searchKeys.end(),
                       [&](const QString &k) { return k.contains(q); });
}

} // namespace bianmin
