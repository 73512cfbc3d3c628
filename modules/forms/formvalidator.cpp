#include "formvalidator.h"

#include "core/residentid.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace bianmin {

namespace {

// Both languages at once: the case record, the CLI and a kiosk that switches language live all need
// them, so the messages are carried here as pairs rather than through the installed translator.
// %1 is always the field's label in the message's language.
struct Template
{
    const char *code;
    const char *en;
    const char *zh;
};
constexpr Template templates[] = {
    {"field.required", "%1: please fill this in", "%1：必须填写"},
    {"field.type", "%1: the answer has the wrong form", "%1：填写内容格式不对"},
    {"field.too_short", "%1: at least %2 characters", "%1：至少填写%2个字"},
    {"field.too_long", "%1: at most %2 characters", "%1：最多填写%2个字"},
    {"field.pattern", "%1: %2", "%1：%2"},
    {"field.pattern_default", "%1: the format is not right", "%1：格式不正确"},
    {"field.number", "%1: enter a number", "%1：请填写数字"},
    {"field.whole_number", "%1: enter a whole number", "%1：请填写整数"},
    {"field.decimals", "%1: at most %2 decimal places", "%1：最多保留%2位小数"},
    {"field.min", "%1: must be at least %2", "%1：不能小于%2"},
    {"field.max", "%1: must be at most %2", "%1：不能大于%2"},
    {"field.money", "%1: enter an amount in yuan with at most 2 decimal places", "%1：请填写金额（元），最多两位小数"},
    {"field.date", "%1: not a real date (year-month-day)", "%1：日期无效，请按“年-月-日”填写"},
    {"field.date_future", "%1: cannot be later than today", "%1：不能晚于今天"},
    {"field.date_past", "%1: cannot be earlier than today", "%1：不能早于今天"},
    {"field.date_min", "%1: cannot be earlier than %2", "%1：不能早于%2"},
    {"field.date_max", "%1: cannot be later than %2", "%1：不能晚于%2"},
    {"field.option", "%1: choose one of the options", "%1：请从选项中选择"},
    {"field.too_few", "%1: at least %2 needed", "%1：至少需要%2项"},
    {"field.too_many", "%1: at most %2 allowed", "%1：最多%2项"},
    {"field.yes_no", "%1: answer yes or no", "%1：请选择“是”或“否”"},
    {"field.phone", "%1: enter an 11-digit mobile number starting with 1", "%1：请填写以1开头的11位手机号码"},
    {"field.applicant_phone", "%1: enter a mobile number (11 digits) or a landline with its area code",
     "%1：请填写11位手机号码，或带区号的固定电话"},
    {"field.id_format", "%1: an ID number has 18 characters, 17 digits and a last digit or X",
     "%1：身份证号码应为18位，前17位是数字，最后一位是数字或X"},
    {"field.id_checksum", "%1: the number is not right (check digit); please check it", "%1：号码有误（校验位不符），请核对"},
    {"field.id_birth_future", "%1: the birth date in the number is in the future", "%1：号码中的出生日期晚于今天"},
    {"field.id_mismatch", "%1: does not match the ID number (%2)", "%1：与身份证号码不一致（%2）"},
    {"field.age_min", "%1: this service is for people aged %2 or over", "%1：本事项要求年满%2周岁"},
    {"field.age_max", "%1: this service is for people aged %2 or under", "%1：本事项要求不超过%2周岁"},
    {"field.address_level", "%1: %2 is missing", "%1：请填写%2"},
    {"field.attachment", "%1: the file is missing or damaged; please take it again", "%1：附件缺失或已损坏，请重新拍摄"},
    {"field.signature", "%1: the signature is missing or damaged; please sign again", "%1：签名缺失或已损坏，请重新签名"},
    {"field.unknown", "%1: this form has no such question", "%1：本表单没有这一项"},
    {"field.name", "%1: enter the full name as printed on the ID card", "%1：请填写与身份证一致的姓名"},
    {"field.id_other", "%1: enter the document number (5 to 30 letters or digits)", "%1：请填写证件号码（5至30位字母或数字）"},
    {"check.failed", "%1: %2", "%1：%2"},
    {"check.count", "%1: %2 entered, but %3 says %4", "%1：已填写%2项，与“%3”（%4）不一致"},
};

const Template *findTemplate(const QString &code)
{
    for (const Template &t : templates) {
        if (code == QLatin1String(t.code))
            return &t;
    }
    return nullptr;
}

// Surrounding whitespace, the ideographic space U+3000 included (QString::trimmed() knows it too, but
// says so nowhere: spelled out here).
QString trimAllSpaces(const QString &s)
{
    qsizetype from = 0, to = s.size();
    while (from < to && (s.at(from).isSpace() || s.at(from) == QChar(0x3000)))
        ++from;
    while (to > from && (s.at(to - 1).isSpace() || s.at(to - 1) == QChar(0x3000)))
        --to;
    return s.mid(from, to - from);
}

// Patterns come from the catalogue; compiling one per answer would dominate validation time.
const QRegularExpression &compiledPattern(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return *it;
}

LocalizedText same(const QString &s)
{
    return {s, s};
}

QString formatNumber(double v)
{
    return QString::number(v, 'f', QLocale::FloatingPointShortest);
}

const QRegularExpression &sha256Pattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re;
}

LocalizedText addressLevelName(const QString &level)
{
    if (level == QLatin1String("province"))
        return {QStringLiteral("省（自治区、直辖市）"), QStringLiteral("the province")};
    if (level == QLatin1String("city"))
        return {QStringLiteral("市（州）"), QStringLiteral("the city or prefecture")};
    if (level == QLatin1String("county"))
        return {QStringLiteral("区（县）"), QStringLiteral("the county or district")};
    if (level == QLatin1String("town"))
        return {QStringLiteral("乡镇（街道）"), QStringLiteral("the township or subdistrict")};
    return {QStringLiteral("村（社区）"), QStringLiteral("the village or community")};
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

bool isBlank(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String: {
        // normalizeTyped(s).isEmpty(), without building the normalised copy: it maps no character to a
        // space except U+3000 (a space already), so only an answer of spaces alone is blank.
        const QString s = v.toString();
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); });
    }
    case QJsonValue::Array:
        return v.toArray().isEmpty();
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        return std::all_of(o.begin(), o.end(), [](const QJsonValue &x) { return isBlank(x); });
    }
    default:
        return false;
    }
}

// Plain decimal text of a number answer: "1234.5" from 1234.5 or from "１，２３４．５".
QString decimalText(const QJsonValue &value)
{
    if (value.isDouble())
        return formatNumber(value.toDouble());
    if (!value.isString())
        return {};
    QString s = normalizeTyped(value.toString());
    s.remove(QLatin1Char(','));
    s.remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    return re.match(s).hasMatch() ? s : QString();
}

int decimalsOf(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return 0;
    QString frac = text.mid(dot + 1);
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    return int(frac.size());
}

std::optional<bool> yesNo(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = normalizeTyped(v.toString()).toLower();
    if (s == QLatin1String("yes") || s == QLatin1String("true") || s == QLatin1String("1") || s == QStringLiteral("是"))
        return true;
    if (s == QLatin1String("no") || s == QLatin1String("false") || s == QLatin1String("0") || s == QStringLiteral("否"))
        return false;
    return std::nullopt;
}

// One validation pass over a service's answers.
class Pass
{
public:
    Pass(const ServiceDefinition &service, QDate today, const QJsonObject &answers)
        : m_service(service), m_today(today), m_answers(answers)
    {}

    QList<FieldError> errors;

    void add(const QString &path, const QString &code, const LocalizedText &label, const QList<LocalizedText> &args = {})
    {
        const Template *t = findTemplate(code);
        Q_ASSERT(t);
        QString en = QString::fromUtf8(t->en).arg(label.en);
        QString zh = QString::fromUtf8(t->zh).arg(label.zh);
        for (const LocalizedText &a : args) {
            en = en.arg(a.en);
            zh = zh.arg(a.zh);
        }
        errors.append(FieldError{path, code, zh, en});
    }

    // The answer a condition looks at, normalised lightly so "是" equals true and "１２" equals 12.
    QJsonValue conditionValue(const QString &id, const QJsonObject &item, const FieldDefinition *group, int depth) const
    {
        const FieldDefinition *def = group ? group->subfield(id) : nullptr;
        QJsonValue raw;
        if (def) {
            if (!visible(*def, item, group, depth + 1))
                return {};
            raw = item.value(id);
        } else {
            def = m_service.form.field(id);
            if (!def || !visible(*def, {}, nullptr, depth + 1))
                return {};
            raw = m_answers.value(id);
        }
        if (isBlank(raw))
            return {};
        switch (def->type) {
        case FieldType::YesNo:
            if (auto b = yesNo(raw))
                return *b;
            return {};
        case FieldType::Number:
        case FieldType::Money: {
            const QString t = decimalText(raw);
            return t.isEmpty() ? QJsonValue() : QJsonValue(t.toDouble());
        }
        case FieldType::Date: {
            const QDate d = parseDateAnswer(raw);
            return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
        }
        case FieldType::SingleChoice:
            return normalizeTyped(raw.toString());
        default:
            return raw;
        }
    }

    bool holds(const Condition &c, const QJsonObject &item, const FieldDefinition *group, int depth) const
    {
        if (depth > 16) // a cycle of conditions: treat as not holding rather than recursing forever
            return false;
        const QJsonValue v = conditionValue(c.field, item, group, depth);
        const auto less = [](const QJsonValue &a, const QJsonValue &b) {
            if (a.isDouble() && b.isDouble())
                return a.toDouble() < b.toDouble();
            return a.toVariant().toString() < b.toVariant().toString();
        };
        const auto equal = [](const QJsonValue &a, const QJsonValue &b) {
            if (a.isDouble() && b.isDouble())
                return a.toDouble() == b.toDouble();
            return a == b;
        };
        switch (c.op) {
        case Condition::Op::Equals:
            return equal(v, c.value);
        case Condition::Op::NotEquals:
            return !equal(v, c.value);
        case Condition::Op::In: {
            const QJsonArray values = c.value.toArray();
            return std::any_of(values.begin(), values.end(), [&](const QJsonValue &x) { return equal(v, x); });
        }
        case Condition::Op::Filled:
            return !isBlank(v) && (!v.isBool() || v.toBool());
        case Condition::Op::Empty:
            return isBlank(v) || (v.isBool() && !v.toBool());
        case Condition::Op::Contains:
            if (v.isArray())
                return v.toArray().contains(c.value);
            return v.isString() && v.toString().contains(c.value.toString());
        case Condition::Op::GreaterThan:
            return !isBlank(v) && less(c.value, v);
        case Condition::Op::AtLeast:
            return !isBlank(v) && !less(v, c.value);
        case Condition::Op::LessThan:
            return !isBlank(v) && less(v, c.value);
        case Condition::Op::AtMost:
            return !isBlank(v) && !less(c.value, v);
        }
        return false;
    }

    bool visible(const FieldDefinition &f, const QJsonObject &item, const FieldDefinition *group, int depth = 0) const
    {
        return !f.visibleIf || holds(*f.visibleIf, item, group, depth);
    }

    bool required(const FieldDefinition &f, const QJsonObject &item, const FieldDefinition *group) const
    {
        return f.required || (f.requiredIf && holds(*f.requiredIf, item, group, 0));
    }

    // Checks one answer; returns it normalised (undefined when blank or wrong, and then nothing is kept).
    QJsonValue field(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label,
                     const QJsonObject &item, const FieldDefinition *group)
    {
        if (isBlank(raw)) {
            if (required(f, item, group))
                add(path, QStringLiteral("field.required"), label);
            else if (f.type == FieldType::RepeatGroup && f.minItems > 0 && raw.isArray())
                add(path, QStringLiteral("field.too_few"), label, {same(QString::number(f.minItems))});
            return {};
        }
        switch (f.type) {
        case FieldType::Text:
        case FieldType::Multiline:
            return text(f, raw, path, label);
        case FieldType::Number:
            return number(f, raw, path, label);
        case FieldType::Money:
            return money(f, raw, path, label);
        case FieldType::Date:
            return date(f, raw, path, label);
        case FieldType::SingleChoice: {
            const QString v = raw.isString() ? normalizeTyped(raw.toString()) : QString();
            if (!hasOption(f, v)) {
                add(path, QStringLiteral("field.option"), label);
                return {};
            }
            return v;
        }
        case FieldType::MultipleChoice:
            return multiple(f, raw, path, label);
        case FieldType::YesNo:
            if (auto b = yesNo(raw))
                return *b;
            add(path, QStringLiteral("field.yes_no"), label);
            return {};
        case FieldType::Phone: {
            const QString p = raw.isString() || raw.isDouble() ? normalizeMobilePhone(raw.toVariant().toString()) : QString();
            if (p.isEmpty()) {
                add(path, QStringLiteral("field.phone"), label);
                return {};
            }
            return p;
        }
        case FieldType::ResidentId:
            return residentId(f, raw, path, label);
        case FieldType::Address:
            return address(f, raw, path, label);
        case FieldType::RepeatGroup:
            return repeat(f, raw, path, label);
        case FieldType::Attachment:
            return attachments(f, raw, path, label);
        case FieldType::Signature:
            return signature(raw, path, label);
        }
        return {};
    }

    static bool hasOption(const FieldDefinition &f, const QString &v)
    {
        return std::any_of(f.options.begin(), f.options.end(), [&](const FieldOption &o) { return o.value == v; });
    }

    QJsonValue text(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        if (!raw.isString() && !raw.isDouble()) {
            add(path, QStringLiteral("field.type"), label);
            return {};
        }
        // Chinese prose keeps its full-width punctuation; only a patterned field (codes, numbers) is folded.
        QString s = raw.isDouble() ? formatNumber(raw.toDouble()) : raw.toString();
        s = f.pattern.isEmpty() ? trimAllSpaces(s) : normalizeTyped(s);
        if (f.type == FieldType::Text)
            s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (s.size() < f.minLength) {
            add(path, QStringLiteral("field.too_short"), label, {same(QString::number(f.minLength))});
            return {};
        }
        if (s.size() > f.maxLength) {
            add(path, QStringLiteral("field.too_long"), label, {same(QString::number(f.maxLength))});
            return {};
        }
        if (!f.pattern.isEmpty()) {
            if (!compiledPattern(f.pattern).match(s).hasMatch()) {
                if (f.patternMessage.isEmpty())
                    add(path, QStringLiteral("field.pattern_default"), label);
                else
                    add(path, QStringLiteral("field.pattern"), label, {f.patternMessage});
                return {};
            }
        }
        return s;
    }

    bool range(const FieldDefinition &f, double v, const QString &path, const LocalizedText &label)
    {
        const auto withUnit = [&](double bound) {
            return LocalizedText{formatNumber(bound) + f.unit.zh,
                                 formatNumber(bound) + (f.unit.en.isEmpty() ? QString() : QLatin1Char(' ') + f.unit.en)};
        };
        if (f.min && v < *f.min) {
            add(path, QStringLiteral("field.min"), label, {withUnit(*f.min)});
            return false;
        }
        if (f.max && v > *f.max) {
            add(path, QStringLiteral("field.max"), label, {withUnit(*f.max)});
            return false;
        }
        return true;
    }

    QJsonValue number(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        const QString t = decimalText(raw);
        if (t.isEmpty()) {
            add(path, QStringLiteral("field.number"), label);
            return {};
        }
        if (decimalsOf(t) > f.decimals) {
            if (f.decimals == 0)
                add(path, QStringLiteral("field.whole_number"), label);
            else
                add(path, QStringLiteral("field.decimals"), label, {same(QString::number(f.decimals))});
            return {};
        }
        const double v = t.toDouble();
        if (!std::isfinite(v) || !range(f, v, path, label))
            return {};
        return v;
    }

    QJsonValue money(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        const QString t = normalizeMoney(raw);
        if (t.isEmpty()) {
            add(path, QStringLiteral("field.money"), label);
            return {};
        }
        if (!range(f, t.toDouble(), path, label))
            return {};
        return t;
    }

    QJsonValue date(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        const QDate d = parseDateAnswer(raw);
        if (!d.isValid()) {
            add(path, QStringLiteral("field.date"), label);
            return {};
        }
        if (f.notFuture && d > m_today) {
            add(path, QStringLiteral("field.date_future"), label);
            return {};
        }
        if (f.notPast && d < m_today) {
            add(path, QStringLiteral("field.date_past"), label);
            return {};
        }
        if (!f.minDate.isEmpty() && d < QDate::fromString(f.minDate, Qt::ISODate)) {
            add(path, QStringLiteral("field.date_min"), label, {same(f.minDate)});
            return {};
        }
        if (!f.maxDate.isEmpty() && d > QDate::fromString(f.maxDate, Qt::ISODate)) {
            add(path, QStringLiteral("field.date_max"), label, {same(f.maxDate)});
            return {};
        }
        return d.toString(Qt::ISODate);
    }

    bool count(const FieldDefinition &f, qsizetype n, const QString &path, const LocalizedText &label)
    {
        if (n < f.minItems) {
            add(path, QStringLiteral("field.too_few"), label, {same(QString::number(f.minItems))});
            return false;
        }
        if (f.maxItems > 0 && n > f.maxItems) {
            add(path, QStringLiteral("field.too_many"), label, {same(QString::number(f.maxItems))});
            return false;
        }
        return true;
    }

    QJsonValue multiple(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        const QJsonArray in = raw.isArray() ? raw.toArray() : QJsonArray{raw};
        QJsonArray out;
        for (const QJsonValue &v : in) {
            const QString s = normalizeTyped(v.toString());
            if (!v.isString() || !hasOption(f, s)) {
                add(path, QStringLiteral("field.option"), label);
                return {};
            }
            if (!out.contains(s))
                out.append(s);
        }
        if (!count(f, out.size(), path, label))
            return {};
        return out;
    }

    QJsonValue residentId(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        const QString n = normalizeResidentId(raw.toString());
        const ResidentIdInfo info = parseResidentId(n);
        if (!raw.isString() || !info.wellFormed) {
            add(path, QStringLiteral("field.id_format"), label);
            return {};
        }
        if (!info.checkDigitOk) {
            add(path, QStringLiteral("field.id_checksum"), label);
            return {};
        }
        if (info.birthDate > m_today) {
            add(path, QStringLiteral("field.id_birth_future"), label);
            return {};
        }
        if (!ages(f.minAge, f.maxAge, info.birthDate, path, label))
            return {};
        return n;
    }

    bool ages(std::optional<int> minAge, std::optional<int> maxAge, const QDate &birth, const QString &path,
              const LocalizedText &label)
    {
        const int age = ageOn(birth, m_today);
        if (minAge && age < *minAge) {
            add(path, QStringLiteral("field.age_min"), label, {same(QString::number(*minAge))});
            return false;
        }
        if (maxAge && age > *maxAge) {
            add(path, QStringLiteral("field.age_max"), label, {same(QString::number(*maxAge))});
            return false;
        }
        return true;
    }

    QJsonValue address(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        if (!raw.isObject()) {
            add(path, QStringLiteral("field.type"), label);
            return {};
        }
        static const QStringList parts{QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("county"),
                                       QStringLiteral("town"), QStringLiteral("village"), QStringLiteral("detail")};
        const QJsonObject in = raw.toObject();
        QJsonObject out = in; // edited only where normalising changes a part: most come in as stored
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QString key = it.key();
            if (!parts.contains(key) || !(it->isString() || it->isNull())) {
                add(path, QStringLiteral("field.type"), label);
                return {};
            }
            const QString given = it->toString();
            const QString v = normalizeTyped(given);
            if (v.isEmpty())
                out.remove(key);
            else if (v != given)
                out.insert(key, v);
        }
        for (const QString &level : f.addressLevels) {
            if (!out.contains(level)) {
                add(path, QStringLiteral("field.address_level"), label, {addressLevelName(level)});
                return {};
            }
        }
        return out;
    }

    QJsonValue repeat(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        if (!raw.isArray()) {
            add(path, QStringLiteral("field.type"), label);
            return {};
        }
        const QJsonArray items = raw.toArray();
        bool ok = count(f, items.size(), path, label);
        QJsonArray out;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            const LocalizedText itemLabel{
                QStringLiteral("%1（%2%3项）").arg(label.zh, QStringLiteral("第")).arg(i + 1),
                QStringLiteral("%1 (item %2)").arg(label.en).arg(i + 1)};
            if (!items.at(i).isObject()) {
                add(itemPath, QStringLiteral("field.type"), itemLabel);
                ok = false;
                continue;
            }
            const qsizetype before = errors.size();
            out.append(scope(f.fields, items.at(i).toObject(), itemPath + QLatin1Char('.'), itemLabel, &f));
            ok = ok && errors.size() == before;
        }
        return ok ? QJsonValue(out) : QJsonValue();
    }

    QJsonValue attachmentRef(const QJsonValue &v)
    {
        QJsonObject o = v.isString() ? QJsonObject{{QStringLiteral("sha256"), v.toString()}} : v.toObject();
        const QString sha = o.value(QLatin1String("sha256")).toString().trimmed().toLower();
        if (!sha256Pattern().match(sha).hasMatch())
            return {};
        o.insert(QStringLiteral("sha256"), sha);
        if (o.contains(QLatin1String("bytes")) && o.value(QLatin1String("bytes")).toDouble(-1) < 0)
            return {};
        return o;
    }

    QJsonValue attachments(const FieldDefinition &f, const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        const QJsonArray in = raw.isArray() ? raw.toArray() : QJsonArray{raw};
        QJsonArray out;
        for (const QJsonValue &v : in) {
            const QJsonValue ref = attachmentRef(v);
            if (ref.isNull() || ref.isUndefined()) {
                add(path, QStringLiteral("field.attachment"), label);
                return {};
            }
            out.append(ref);
        }
        if (!count(f, out.size(), path, label))
            return {};
        return out;
    }

    QJsonValue signature(const QJsonValue &raw, const QString &path, const LocalizedText &label)
    {
        const QJsonValue ref = raw.isArray() ? QJsonValue() : attachmentRef(raw);
        if (ref.isNull() || ref.isUndefined())
            add(path, QStringLiteral("field.signature"), label);
        return ref;
    }

    // The fields of one scope (the form's top level, or one repeat-group item), then the ID consistency
    // checks between them.
    QJsonObject scope(const QList<FieldDefinition> &fields, const QJsonObject &answers, const QString &prefix,
                      const LocalizedText &prefixLabel, const FieldDefinition *group)
    {
        QJsonObject out = answers; // edited field by field (see checkOne)
        for (const FieldDefinition &f : fields)
            checkOne(f, answers, prefix, prefixLabel, group, out);
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            if (!std::any_of(fields.begin(), fields.end(), [&](const FieldDefinition &f) { return f.id == it.key(); })) {
                add(prefix + it.key(), QStringLiteral("field.unknown"), join(prefixLabel, same(it.key())));
                out.remove(it.key());
            }
        }
        consistency(fields, out, prefix, prefixLabel);
        return out;
    }

    static LocalizedText join(const LocalizedText &prefix, const LocalizedText &label)
    {
        if (prefix.isEmpty())
            return label;
        return {prefix.zh + label.zh, prefix.en + QStringLiteral(": ") + label.en};
    }

    // Checks one field and brings `out` (which started as a copy of the answers) up to date for it: the
    // normalised answer, or none when it is hidden, blank or wrong.
    void checkOne(const FieldDefinition &f, const QJsonObject &answers, const QString &prefix,
                  const LocalizedText &prefixLabel, const FieldDefinition *group, QJsonObject &out)
    {
        if (!visible(f, answers, group)) {
            out.remove(f.id); // a hidden question's answer is dropped
            return;
        }
        const QJsonValue v = field(f, answers.value(f.id), prefix.isEmpty() ? f.id : prefix + f.id,
                                   join(prefixLabel, f.label), answers, group);
        if (v.isUndefined() || v.isNull()) // a blank or wrong answer is not kept
            out.remove(f.id);
        else if (!alreadyHolds(out, f.id, v))
            out.insert(f.id, v);
    }

    // Most answers come in already normalised; inserting into a QJsonObject costs more than checking
    // that. Numbers and lists are always stored as validation made them: 12 and 12.0 compare equal.
    static bool alreadyHolds(const QJsonObject &out, const QString &id, const QJsonValue &v)
    {
        return !v.isDouble() && !v.isArray() && out.value(id) == v;
    }

    void consistency(const QList<FieldDefinition> &fields, const QJsonObject &normalized, const QString &prefix,
                     const LocalizedText &prefixLabel)
    {
        for (const FieldDefinition &f : fields) {
            if (f.type != FieldType::ResidentId || !normalized.contains(f.id))
                continue;
            const ResidentIdInfo info = parseResidentId(normalized.value(f.id).toString());
            const auto other = [&](const QString &id) -> const FieldDefinition * {
                for (const FieldDefinition &x : fields) {
                    if (x.id == id)
                        return &x;
                }
                return nullptr;
            };
            const LocalizedText idLabel = f.label;
            if (const FieldDefinition *b = other(f.birthDateField); b && normalized.contains(b->id)
                && normalized.value(b->id).toString() != info.birthDate.toString(Qt::ISODate))
                add(prefix + b->id, QStringLiteral("field.id_mismatch"), join(prefixLabel, b->label), {idLabel});
            if (const FieldDefinition *s = other(f.sexField); s && normalized.contains(s->id)) {
                const QString sex = info.sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
                if (normalized.value(s->id).toString() != sex)
                    add(prefix + s->id, QStringLiteral("field.id_mismatch"), join(prefixLabel, s->label), {idLabel});
            }
        }
    }

    void crossCheck(const CrossCheck &c, const QJsonObject &normalized)
    {
        const FieldDefinition *a = m_service.form.field(c.field);
        const FieldDefinition *b = m_service.form.field(c.other);
        if (!a || !b || !normalized.contains(c.field) || !normalized.contains(c.other))
            return; // a missing or wrong answer has its own error already
        const QJsonValue va = normalized.value(c.field);
        const QJsonValue vb = normalized.value(c.other);
        if (c.kind == CrossCheck::Kind::CountEquals) {
            const qsizetype n = va.toArray().size();
            const double expected = vb.toDouble() + c.offset;
            if (double(n) != expected) {
                if (!c.message.isEmpty())
                    add(c.field, QStringLiteral("check.failed"), a->label, {c.message});
                else
                    add(c.field, QStringLiteral("check.count"), a->label,
                        {same(QString::number(n)), b->label, same(formatNumber(vb.toDouble()))});
            }
            return;
        }
        int cmp = 0;
        if (a->type == FieldType::Date) {
            const QString x = va.toString(), y = vb.toString();
            cmp = x < y ? -1 : (x > y ? 1 : 0);
        } else {
            const double x = va.isString() ? va.toString().toDouble() : va.toDouble();
            const double y = vb.isString() ? vb.toString().toDouble() : vb.toDouble();
            cmp = x < y ? -1 : (x > y ? 1 : 0);
        }
        bool ok = true;
        if (c.op == QLatin1String("<"))
            ok = cmp < 0;
        else if (c.op == QLatin1String("<="))
            ok = cmp <= 0;
        else if (c.op == QLatin1String("=="))
            ok = cmp == 0;
        else if (c.op == QLatin1String("!="))
            ok = cmp != 0;
        else if (c.op == QLatin1String(">="))
            ok = cmp >= 0;
        else if (c.op == QLatin1String(">"))
            ok = cmp > 0;
        if (!ok)
            add(c.field, QStringLiteral("check.failed"), a->label, {c.message});
    }

    QList<FieldError> applicant(const ApplicantRules &rules, const Applicant &in, Applicant *normalized)
    {
        const qsizetype before = errors.size();
        Applicant a = in;
        static const LocalizedText nameLabel{QStringLiteral("申请人姓名"), QStringLiteral("Applicant's name")};
        static const LocalizedText idLabel{QStringLiteral("申请人身份证号码"), QStringLiteral("Applicant's ID number")};
        static const LocalizedText phoneLabel{QStringLiteral("联系电话"), QStringLiteral("Phone number")};
        static const LocalizedText addressLabel{QStringLiteral("住址"), QStringLiteral("Address")};

        a.name = normalizeName(in.name);
        // Lenient on purpose: names are checked against the ID card by people; this catches only what cannot
        // be a name (no letter at all, control characters, far too long).
        static const QRegularExpression nameRe(QStringLiteral("^(?=.*[\\p{Han}\\p{L}])[^\\p{Cc}<>{}\\[\\]\\\\]{1,40}$"));
        if (a.name.isEmpty())
            add(QStringLiteral("applicant.name"), QStringLiteral("field.required"), nameLabel);
        else if (!nameRe.match(a.name).hasMatch())
            add(QStringLiteral("applicant.name"), QStringLiteral("field.name"), nameLabel);

        if (a.idType.isEmpty())
            a.idType = QStringLiteral("resident_id");
        if (a.idType == QLatin1String("resident_id")) {
            a.idNumber = normalizeResidentId(in.idNumber);
            FieldDefinition idField;
            idField.minAge = rules.minAge;
            idField.maxAge = rules.maxAge;
            if (a.idNumber.isEmpty())
                add(QStringLiteral("applicant.id_number"), QStringLiteral("field.required"), idLabel);
            else
                residentId(idField, a.idNumber, QStringLiteral("applicant.id_number"), idLabel);
        } else {
            a.idNumber = normalizeTyped(in.idNumber).toUpper();
            static const QRegularExpression otherRe(QStringLiteral("^[A-Z0-9()\\-]{5,30}$"));
            if (a.idNumber.isEmpty())
                add(QStringLiteral("applicant.id_number"), QStringLiteral("field.required"), idLabel);
            else if (!otherRe.match(a.idNumber).hasMatch())
                add(QStringLiteral("applicant.id_number"), QStringLiteral("field.id_other"), idLabel);
        }

        const QString phone = normalizeTyped(in.phone);
        a.phone = normalizeMobilePhone(phone);
        if (a.phone.isEmpty()) {
            // Many elderly applicants have only a landline: accepted for the applicant, with its area code.
            QString digits = phone;
            static const QRegularExpression separators(QStringLiteral("[\\s\\-()]"));
            digits.remove(separators);
            static const QRegularExpression landline(QStringLiteral("^0\\d{9,11}$"));
            if (landline.match(digits).hasMatch())
                a.phone = digits;
        }
        if (phone.isEmpty()) {
            if (rules.phoneRequired)
                add(QStringLiteral("applicant.phone"), QStringLiteral("field.required"), phoneLabel);
        } else if (a.phone.isEmpty()) {
            add(QStringLiteral("applicant.phone"), QStringLiteral("field.applicant_phone"), phoneLabel);
        }
        a.address = in.address.trimmed();
        if (a.address.size() > 200)
            add(QStringLiteral("applicant.address"), QStringLiteral("field.too_long"), addressLabel, {same(QStringLiteral("200"))});
        if (normalized)
            *normalized = a;
        return errors.mid(before);
    }

    static QString normalizeName(const QString &typed)
    {
        QString s = trimAllSpaces(typed);
        // Minority names are written with a middle dot; people type it in many ways.
        for (const QChar c : {QChar(0x2022), QChar(0x30FB), QChar(0xFF0E), QChar(0x2027), QChar(0xFF65), QChar(0x00B7)})
            s.replace(c, QChar(0x00B7));
        return s;
    }

    const ServiceDefinition &m_service;
    QDate m_today;
    const QJsonObject &m_answers;
};

// The repeat group a field definition belongs to (by address), nullptr for a top-level field.
const FieldDefinition *groupOf(const ServiceDefinition &service, const FieldDefinition &field)
{
    for (const FormStep &step : service.form.steps) {
        for (const FieldDefinition &f : step.fields) {
            for (const FieldDefinition &sub : f.fields) {
                if (&sub == &field)
                    return &f;
            }
        }
    }
    return nullptr;
}

} // namespace

QString FieldError::message(const QString &language) const
{
    return language.startsWith(QLatin1String("en")) ? messageEn : messageZh;
}

QString FieldError::topLevelField() const
{
    const qsizetype cut = fieldId.indexOf(QLatin1Char('['));
    return cut < 0 ? fieldId : fieldId.left(cut);
}

FormValidator::FormValidator(const ServiceDefinition &service, QDate today) : m_service(service), m_today(today) {}

ValidationResult FormValidator::run(const QJsonObject &answers, const QSet<int> &steps, bool unknownAreErrors) const
{
    Pass pass(m_service, m_today, answers);
    Pass others(m_service, m_today, answers); // other steps: their answers feed the checks, their errors are not ours
    ValidationResult result;
    // Both start as the answers given and are edited field by field (Pass::checkOne), so an answer that
    // normalising leaves as it is is not copied again.
    result.answers = answers;
    QJsonObject context = answers; // every step's normalised answers: what the cross-field checks compare
    bool allSteps = true;
    for (int i = 0; i < m_service.form.steps.size(); ++i) {
        for (const FieldDefinition &f : m_service.form.steps.at(i).fields) {
            if (steps.contains(i)) {
                pass.checkOne(f, answers, {}, {}, nullptr, result.answers);
            } else {
                allSteps = false;
                others.checkOne(f, answers, {}, {}, nullptr, context);
                result.answers.remove(f.id); // another step's answer is not ours to return
            }
        }
    }
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (m_service.form.field(it.key()))
            continue;
        if (unknownAreErrors)
            pass.add(it.key(), QStringLiteral("field.unknown"), same(it.key()));
        result.answers.remove(it.key()); // an answer to no question is never kept
        context.remove(it.key());
    }
    if (allSteps) {
        context = result.answers;
    } else {
        for (int i = 0; i < m_service.form.steps.size(); ++i) {
            if (!steps.contains(i))
                continue;
            for (const FieldDefinition &f : m_service.form.steps.at(i).fields) {
                const QJsonValue v = result.answers.value(f.id);
                if (v.isUndefined())
                    context.remove(f.id);
                else
                    context.insert(f.id, v);
            }
        }
    }
    QList<FieldDefinition> topLevel;
    for (const FormStep &step : m_service.form.steps)
        topLevel += step.fields;
    const qsizetype beforeConsistency = pass.errors.size();
    pass.consistency(topLevel, context, {}, {});
    for (qsizetype i = pass.errors.size() - 1; i >= beforeConsistency; --i) {
        if (!steps.contains(m_service.form.stepOf(pass.errors.at(i).fieldId)))
            pass.errors.removeAt(i);
    }
    for (const CrossCheck &c : m_service.form.checks) {
        if (steps.contains(std::max(m_service.form.stepOf(c.field), m_service.form.stepOf(c.other))))
            pass.crossCheck(c, context);
    }
    result.errors = pass.errors;
    return result;
}

ValidationResult FormValidator::validate(const QJsonObject &answers, const Applicant &applicant) const
{
    QSet<int> all;
    for (int i = 0; i < m_service.form.steps.size(); ++i)
        all.insert(i);
    ValidationResult result = run(answers, all, true);
    QList<FieldError> applicantErrors = validateApplicant(applicant, &result.applicant);
    result.errors = applicantErrors + result.errors;
    return result;
}

ValidationResult FormValidator::validateStep(int step, const QJsonObject &answers) const
{
    return run(answers, {step}, false);
}

QList<FieldError> FormValidator::validateApplicant(const Applicant &applicant, Applicant *normalized) const
{
    const QJsonObject none;
    Pass pass(m_service, m_today, none);
    return pass.applicant(m_service.applicant, applicant, normalized);
}

bool FormValidator::isVisible(const FieldDefinition &field, const QJsonObject &answers, const QJsonObject &item) const
{
    Pass pass(m_service, m_today, answers);
    const FieldDefinition *group = groupOf(m_service, field);
    return pass.visible(field, item, group);
}

bool FormValidator::isRequired(const FieldDefinition &field, const QJsonObject &answers, const QJsonObject &item) const
{
    Pass pass(m_service, m_today, answers);
    const FieldDefinition *group = groupOf(m_service, field);
    return pass.required(field, item, group);
}

QList<FieldError> FormValidator::validate(const ServiceDefinition &service, const QJsonObject &answers,
                                          const Applicant &applicant, QDate today)
{
    return FormValidator(service, today).validate(answers, applicant).errors;
}

QString normalizeTyped(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (QChar c : typed) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII block
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        else if (u == 0x3002) // 。 typed as a decimal point
            c = QLatin1Char('.');
        out.append(c);
    }
    return out.trimmed();
}

QString normalizeMobilePhone(const QString &typed)
{
    QString s = normalizeTyped(typed);
    static const QRegularExpression separators(QStringLiteral("[\\s\\-()]"));
    s.remove(separators);
    if (s.startsWith(QLatin1String("+86")))
        s = s.mid(3);
    else if (s.startsWith(QLatin1String("0086")))
        s = s.mid(4);
    else if (s.size() == 13 && s.startsWith(QLatin1String("86")))
        s = s.mid(2);
    static const QRegularExpression re(QStringLiteral("^1[3-9]\\d{9}$"));
    return re.match(s).hasMatch() ? s : QString();
}

QString normalizeMoney(const QJsonValue &value)
{
    const QString t = decimalText(value);
    if (t.isEmpty() || t.startsWith(QLatin1Char('-')) || decimalsOf(t) > 2)
        return {};
    const double v = t.toDouble();
    if (!std::isfinite(v) || v > 1e12)
        return {};
    return QString::number(v, 'f', 2);
}

QDate parseDateAnswer(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    // The form the kiosk's date picker and most files send, "2024-02-29", read directly; anything else
    // (full-width, 年月日, slashes, one-digit months, spaces) goes through the normalisation below.
    const QString typed = value.toString();
    const auto digit = [&](int i) { return typed.at(i) >= QLatin1Char('0') && typed.at(i) <= QLatin1Char('9'); };
    if (typed.size() == 10 && typed.at(4) == QLatin1Char('-') && typed.at(7) == QLatin1Char('-') && digit(0)
        && digit(1) && digit(2) && digit(3) && digit(5) && digit(6) && digit(8) && digit(9)) {
        const auto number = [&](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i)
                v = v * 10 + (typed.at(i).unicode() - '0');
            return v;
        };
        return QDate(number(0, 4), number(5, 2), number(8, 2));
    }
    QString s = normalizeTyped(typed);
    s.replace(QStringLiteral("年"), QStringLiteral("-"));
    s.replace(QStringLiteral("月"), QStringLiteral("-"));
    s.remove(QStringLiteral("日"));
    s.replace(QLatin1Char('/'), QLatin1Char('-'));
    s.replace(QLatin1Char('.'), QLatin1Char('-'));
    s.remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace bianmin
