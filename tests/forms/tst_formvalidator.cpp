// FormValidator: every field type and rule with valid and invalid input, as a villager would type it
// (full-width digits, surrounding spaces, a lowercase x, 29 February, future dates, three decimals, an
// empty repeat group, conditional fields), the cross-field checks, the applicant, and the messages in
// both languages naming the field. The form under test is tests/forms/data/allfields.json.
#include "core/residentid.h"
#include "forms/catalogue.h"
#include "forms/formvalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bianmin;

namespace {

const QDate today(2026, 11, 23);

// A valid ID number for a birth date; `odd` picks the sex digit (odd = male). `wantX` searches for a
// sequence whose check character is X.
QString makeId(const QString &birth, bool male, bool wantX = false)
{
    for (int seq = 10; seq < 100; ++seq) {
        const QString first17 = QStringLiteral("500240") + birth + QString::number(seq)
                                + QString::number(male ? 1 : 2);
        const QChar check = residentIdCheckCharacter(first17);
        if (!wantX || check == QLatin1Char('X'))
            return first17 + check;
    }
    return {};
}

QString sha(char c)
{
    return QString(64, QLatin1Char(c));
}

} // namespace

class TestFormValidator : public QObject
{
    Q_OBJECT

private:
    Catalogue m_catalogue;
    const ServiceDefinition *m_service = nullptr;
    QJsonObject m_valid;
    Applicant m_applicant;

    QList<FieldError> check(const QJsonObject &answers, ValidationResult *out = nullptr)
    {
        const ValidationResult r = FormValidator(*m_service, today).validate(answers, m_applicant);
        if (out)
            *out = r;
        return r.errors;
    }

    static QString describe(const QList<FieldError> &errors)
    {
        QStringList s;
        for (const FieldError &e : errors)
            s << e.fieldId + QLatin1Char(' ') + e.code + QLatin1Char(' ') + e.messageEn;
        return s.join(QStringLiteral("; "));
    }

private slots:
    void initTestCase()
    {
        auto loaded = Catalogue::loadFile(QStringLiteral(BIANMIN_FORMS_TEST_DATA "/allfields.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message));
        m_catalogue = loaded.value();
        m_service = m_catalogue.service(QStringLiteral("all_fields"));
        QVERIFY(m_service);
        m_valid = QJsonObject{
            {QStringLiteral("title"), QStringLiteral("修缮申请")},
            {QStringLiteral("code"), QStringLiteral("AB1234")},
            {QStringLiteral("note"), QStringLiteral("无")},
            {QStringLiteral("area"), 86.5},
            {QStringLiteral("people"), 2},
            {QStringLiteral("amount"), QStringLiteral("1200.50")},
            {QStringLiteral("start"), QStringLiteral("2026-01-05")},
            {QStringLiteral("end"), QStringLiteral("2026-03-05")},
            {QStringLiteral("appointment"), QStringLiteral("2026-12-01")},
            {QStringLiteral("kind"), QStringLiteral("a")},
            {QStringLiteral("services"), QJsonArray{QStringLiteral("x")}},
            {QStringLiteral("married"), false},
            {QStringLiteral("mobile"), QStringLiteral("13800138000")},
            {QStringLiteral("person_id"), makeId(QStringLiteral("19800512"), true)},
            {QStringLiteral("birth"), QStringLiteral("1980-05-12")},
            {QStringLiteral("sex"), QStringLiteral("male")},
            {QStringLiteral("home"), QJsonObject{{QStringLiteral("province"), QStringLiteral("重庆市")},
                                                 {QStringLiteral("city"), QStringLiteral("重庆市")},
                                                 {QStringLiteral("county"), QStringLiteral("石柱县")},
                                                 {QStringLiteral("town"), QStringLiteral("黄水镇")},
                                                 {QStringLiteral("village"), QStringLiteral("华田村")}}},
            {QStringLiteral("members"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("张三")},
                                    {QStringLiteral("id_number"), makeId(QStringLiteral("19800512"), true)}},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("李四")},
                                    {QStringLiteral("id_number"), makeId(QStringLiteral("20120229"), false)},
                                    {QStringLiteral("student"), true},
                                    {QStringLiteral("school"), QStringLiteral("黄水小学")}}}},
            {QStringLiteral("photos"), QJsonArray{QJsonObject{{QStringLiteral("sha256"), sha('a')},
                                                              {QStringLiteral("mime"), QStringLiteral("image/jpeg")}}}},
            {QStringLiteral("sign"), QJsonObject{{QStringLiteral("sha256"), sha('b')}}},
        };
        m_applicant.name = QStringLiteral("张三");
        m_applicant.idNumber = makeId(QStringLiteral("19800512"), true);
        m_applicant.phone = QStringLiteral("13800138000");
    }

    void completeFormIsValid()
    {
        ValidationResult r;
        const QList<FieldError> errors = check(m_valid, &r);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QCOMPARE(r.answers.value(QStringLiteral("members")).toArray().size(), 2);
    }

    // One changed answer: either it is accepted and normalised, or exactly the expected error names it.
    void field_data()
    {
        QTest::addColumn<QJsonObject>("changes");    // answers replaced; a null value removes the answer
        QTest::addColumn<QString>("errorField");     // "" = valid
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("normalField");    // when valid: this answer ...
        QTest::addColumn<QJsonValue>("normalValue"); // ... is stored as this (undefined = dropped)

        const auto row = [](const char *name, QJsonObject changes, const QString &errField, const QString &code,
                            const QString &normField = {}, const QJsonValue &normValue = QJsonValue::Undefined) {
            QTest::newRow(name) << changes << errField << code << normField << normValue;
        };
        const QString none;
        // text
        row("text surrounding spaces", {{"title", "  修缮申请 "}}, none, none, "title", "修缮申请");
        row("text ideographic spaces", {{"title", "\u3000修缮\u3000"}}, none, none, "title", "修缮");
        row("text required blank", {{"title", "   "}}, "title", "field.required");
        row("text missing", {{"title", QJsonValue::Null}}, "title", "field.required");
        row("text ideographic spaces only", {{"title", "\u3000\u3000"}}, "title", "field.required");
        row("text tabs and newlines only", {{"title", "\t\n \r\n"}}, "title", "field.required");
        row("text empty", {{"title", ""}}, "title", "field.required");
        row("address all blank, optional", {{"home", QJsonObject{{"province", " "}, {"village", "\u3000"}}}}, none, none, "home",
            QJsonValue::Undefined);
        row("text too short", {{"title", "修"}}, "title", "field.too_short");
        row("text too long", {{"title", "一二三四五六七八九十一"}}, "title", "field.too_long");
        row("text wrong type", {{"title", QJsonArray{1}}}, "title", "field.type");
        row("pattern full-width folded", {{"code", "ＡＢ１２３４"}}, none, none, "code", "AB1234");
        row("pattern mismatch", {{"code", "A12345"}}, "code", "field.pattern");
        row("pattern lowercase", {{"code", "ab1234"}}, "code", "field.pattern");
        row("multiline too long", {{"note", "一二三四五六七八九十一二三四五六七八九十一"}}, "note", "field.too_long");
        row("multiline keeps punctuation", {{"note", "已修，未完。"}}, none, none, "note", "已修，未完。");
        // number
        row("number full-width", {{"area", "１２.５"}}, none, none, "area", 12.5);
        row("number string spaces", {{"area", " 30 "}}, none, none, "area", 30);
        row("number too many decimals", {{"area", 12.55}}, "area", "field.decimals");
        row("number not a number", {{"area", "三十"}}, "area", "field.number");
        row("number below min", {{"area", 5}}, "area", "field.min");
        row("number above max", {{"area", "600"}}, "area", "field.max");
        row("number whole only", {{"people", 2.5}}, "people", "field.whole_number");
        // money
        row("money one decimal", {{"amount", "1234.5"}}, none, none, "amount", "1234.50");
        row("money number", {{"amount", 88}}, none, none, "amount", "88.00");
        row("money full-width", {{"amount", "１２３４．５６"}}, none, none, "amount", "1234.56");
        row("money thousands separator", {{"amount", "1,000"}}, none, none, "amount", "1000.00");
        row("money three decimals text", {{"amount", "12.345"}}, "amount", "field.money");
        row("money three decimals number", {{"amount", 12.345}}, "amount", "field.money");
        row("money negative", {{"amount", "-5"}}, "amount", "field.money");
        row("money above max", {{"amount", "100000.01"}}, "amount", "field.max");
        // date
        row("date 29 February leap year", {{"start", "2024-02-29"}}, none, none, "start", "2024-02-29");
        row("date 29 February non-leap", {{"start", "2023-02-29"}}, "start", "field.date");
        row("date slashes", {{"start", "2024/2/9"}}, none, none, "start", "2024-02-09");
        row("date chinese full-width", {{"start", "２０２４年２月２９日"}}, none, none, "start", "2024-02-29");
        row("date today allowed", {{"start", "2026-11-23"}, {"end", "2026-11-23"}}, none, none, "start", "2026-11-23");
        row("date future", {{"start", "2026-11-24"}}, "start", "field.date_future");
        row("date past", {{"appointment", "2026-11-22"}}, "appointment", "field.date_past");
        row("date nonsense", {{"start", "yesterday"}}, "start", "field.date");
        row("date 31 April", {{"start", "2026-04-31"}}, "start", "field.date");
        row("date month 13", {{"start", "2026-13-01"}}, "start", "field.date");
        row("date month 00", {{"start", "2026-00-10"}}, "start", "field.date");
        row("date day 00", {{"start", "2026-01-00"}}, "start", "field.date");
        row("date letter in it", {{"start", "2026-O1-05"}}, "start", "field.date");
        row("date two-digit year", {{"start", "26-01-05"}}, "start", "field.date");
        row("date with time", {{"start", "2026-01-05T08:00"}}, "start", "field.date");
        row("date full-width hyphens", {{"start", "2024－02－29"}}, none, none, "start", "2024-02-29");
        row("date surrounding spaces", {{"start", " 2024-02-29\u3000"}}, none, none, "start", "2024-02-29");
        row("date as a number", {{"start", 20240229}}, "start", "field.date");
        // cross-field compare
        row("end before start", {{"end", "2026-01-04"}}, "end", "check.failed");
        row("end equals start", {{"end", "2026-01-05"}}, none, none, "end", "2026-01-05");
        // single choice and conditions
        row("choice unknown", {{"kind", "c"}}, "kind", "field.option");
        row("conditional required missing", {{"kind", "other"}}, "kind_other", "field.required");
        row("conditional required given", {{"kind", "other"}, {"kind_other", " 丙 "}}, none, none, "kind_other", "丙");
        row("hidden answer dropped", {{"kind", "a"}, {"kind_other", "丙"}}, none, none, "kind_other", QJsonValue::Undefined);
        // multiple choice
        row("multiple deduplicated", {{"services", QJsonArray{"x", "x", "y"}}}, none, none, "services", QJsonArray{"x", "y"});
        row("multiple too many", {{"services", QJsonArray{"x", "y", "z"}}}, "services", "field.too_many");
        row("multiple unknown option", {{"services", QJsonArray{"x", "w"}}}, "services", "field.option");
        // yes/no and its condition
        row("yes_no chinese", {{"married", "否"}}, none, none, "married", false);
        row("yes_no nonsense", {{"married", "maybe"}}, "married", "field.yes_no");
        row("yes shows spouse, required", {{"married", "是"}}, "spouse_name", "field.required");
        row("yes with spouse", {{"married", true}, {"spouse_name", "王五"}}, none, none, "spouse_name", "王五");
        // phone
        row("phone spaces", {{"mobile", "138 0013 8000"}}, none, none, "mobile", "13800138000");
        row("phone +86", {{"mobile", "+86 138-0013-8000"}}, none, none, "mobile", "13800138000");
        row("phone full-width", {{"mobile", "１３８００１３８０００"}}, none, none, "mobile", "13800138000");
        row("phone bad prefix", {{"mobile", "12800138000"}}, "mobile", "field.phone");
        row("phone too short", {{"mobile", "1380013800"}}, "mobile", "field.phone");
        row("phone landline not a mobile", {{"mobile", "023-12345678"}}, "mobile", "field.phone");
        // resident ID
        const QString idX = makeId(QStringLiteral("19800512"), true, true);
        QVERIFY(idX.endsWith(QLatin1Char('X')));
        const QString idXLower = QStringLiteral("  ") + idX.left(17) + QStringLiteral("x ");
        row("id lowercase x and spaces", {{"person_id", idXLower}}, none, none, "person_id", idX);
        QString fullWidth;
        for (QChar c : makeId(QStringLiteral("19800512"), true))
            fullWidth += c == QLatin1Char('X') ? QChar(0xFF38) : QChar(char16_t(c.unicode() + 0xFEE0));
        row("id full-width digits", {{"person_id", fullWidth}}, none, none, "person_id", makeId(QStringLiteral("19800512"), true));
        QString wrongCheck = makeId(QStringLiteral("19800512"), true);
        wrongCheck[17] = wrongCheck[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        row("id check digit", {{"person_id", wrongCheck}}, "person_id", "field.id_checksum");
        row("id 17 characters", {{"person_id", wrongCheck.left(17)}}, "person_id", "field.id_format");
        row("id 29 February non-leap", {{"person_id", QStringLiteral("50024019990229123") + QChar(u'0')}}, "person_id", "field.id_format");
        row("id born in the future", {{"person_id", makeId(QStringLiteral("20270101"), true)}}, "person_id", "field.id_birth_future");
        row("id too young", {{"person_id", makeId(QStringLiteral("20100101"), true)}, {"birth", "2010-01-01"}}, "person_id", "field.age_min");
        row("id birth date disagrees", {{"birth", "1980-05-13"}}, "birth", "field.id_mismatch");
        row("id sex disagrees", {{"sex", "female"}}, "sex", "field.id_mismatch");
        // address
        row("address missing village", {{"home", QJsonObject{{"province", "重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"}}}},
            "home", "field.address_level");
        row("address as text", {{"home", "重庆市石柱县"}}, "home", "field.type");
        row("address with a full-width part",
            {{"home", QJsonObject{{"province", "重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"},
                                  {"village", "华田村"}, {"detail", "３组"}}}},
            none, none, "home",
            QJsonObject{{"province", "重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"}, {"village", "华田村"}, {"detail", "3组"}});
        row("address with a null part", {{"home", QJsonObject{{"province", "重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"}, {"village", "华田村"}, {"detail", QJsonValue::Null}}}},
            none, none, "home",
            QJsonObject{{"province", "重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"}, {"village", "华田村"}});
        row("address with a number part", {{"home", QJsonObject{{"province", "重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"}, {"village", "华田村"}, {"detail", 3}}}},
            "home", "field.type");
        row("address with an unknown part", {{"home", QJsonObject{{"province", "重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"}, {"village", "华田村"}, {"street", "x"}}}},
            "home", "field.type");
        row("address trimmed", {{"home", QJsonObject{{"province", " 重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"}, {"village", "华田村 "}, {"detail", "3组"}}}},
            none, none, "home",
            QJsonObject{{"province", "重庆市"}, {"city", "重庆市"}, {"county", "石柱县"}, {"town", "黄水镇"}, {"village", "华田村"}, {"detail", "3组"}});
        // repeat group
        row("empty repeat group", {{"members", QJsonArray{}}}, "members", "field.required");
        row("repeat group too many", {{"people", 4}, {"members", QJsonArray{QJsonObject{{"name", "甲"}, {"id_number", makeId("19800512", true)}},
                                                                QJsonObject{{"name", "乙"}, {"id_number", makeId("19800512", true)}},
                                                                QJsonObject{{"name", "丙"}, {"id_number", makeId("19800512", true)}},
                                                                QJsonObject{{"name", "丁"}, {"id_number", makeId("19800512", true)}}}}},
            "members", "field.too_many");
        row("repeat item bad id", {{"members", QJsonArray{QJsonObject{{"name", "甲"}, {"id_number", makeId("19800512", true)}},
                                                       QJsonObject{{"name", "乙"}, {"id_number", wrongCheck}}}}},
            "members[1].id_number", "field.id_checksum");
        row("repeat item conditional required", {{"members", QJsonArray{QJsonObject{{"name", "甲"}, {"id_number", makeId("19800512", true)}, {"student", true}},
                                                                     QJsonObject{{"name", "乙"}, {"id_number", makeId("19800512", true)}}}}},
            "members[0].school", "field.required");
        row("repeat item unknown answer", {{"members", QJsonArray{QJsonObject{{"name", "甲"}, {"id_number", makeId("19800512", true)}, {"age", 3}},
                                                               QJsonObject{{"name", "乙"}, {"id_number", makeId("19800512", true)}}}}},
            "members[0].age", "field.unknown");
        row("members do not match people", {{"people", 3}}, "members", "check.count");
        // attachments and signature
        row("attachment too many", {{"photos", QJsonArray{sha('a'), sha('b'), sha('c')}}}, "photos", "field.too_many");
        row("attachment bad hash", {{"photos", QJsonArray{QJsonObject{{"sha256", "xyz"}}}}}, "photos", "field.attachment");
        row("attachment uppercase hash", {{"photos", QJsonObject{{"sha256", sha('A')}}}}, none, none, "photos",
            QJsonArray{QJsonObject{{"sha256", sha('a')}}});
        row("signature bad", {{"sign", "zz"}}, "sign", "field.signature");
        row("signature as hash text", {{"sign", sha('c')}}, none, none, "sign", QJsonObject{{"sha256", sha('c')}});
        // the form as a whole
        row("unknown question", {{"bogus", 1}}, "bogus", "field.unknown");
    }

    void field()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QString, errorField);
        QFETCH(QString, errorCode);
        QFETCH(QString, normalField);
        QFETCH(QJsonValue, normalValue);

        QJsonObject answers = m_valid;
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it->isNull())
                answers.remove(it.key());
            else
                answers.insert(it.key(), it.value());
        }
        ValidationResult r;
        const QList<FieldError> errors = check(answers, &r);
        if (errorField.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
            QCOMPARE(r.answers.value(normalField), normalValue);
            return;
        }
        QCOMPARE(errors.size(), 1);
        const FieldError &e = errors.first();
        QCOMPARE(e.fieldId, errorField);
        QVERIFY2(e.code == errorCode, qPrintable(describe(errors)));
        // Both languages, each naming the field in that language.
        QVERIFY(!e.messageZh.isEmpty() && !e.messageEn.isEmpty() && e.messageZh != e.messageEn);
        const FieldDefinition *f = m_service->form.field(e.topLevelField());
        if (f) {
            QVERIFY2(e.messageZh.startsWith(f->label.zh), qPrintable(e.messageZh));
            QVERIFY2(e.messageEn.startsWith(f->label.en), qPrintable(e.messageEn));
        }
        if (errorCode.startsWith(QLatin1String("field.")) && errorCode != QLatin1String("field.id_mismatch"))
            QVERIFY(!r.answers.contains(errorField)); // a wrong answer is never kept as if it were right
    }

    void repeatItemMessageNamesItemAndField()
    {
        QJsonObject answers = m_valid;
        QJsonArray members = answers.value(QStringLiteral("members")).toArray();
        QJsonObject second = members.at(1).toObject();
        second.insert(QStringLiteral("name"), QStringLiteral(" "));
        members.replace(1, second);
        answers.insert(QStringLiteral("members"), members);
        const QList<FieldError> errors = check(answers);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().fieldId, QStringLiteral("members[1].name"));
        QVERIFY2(errors.first().messageZh.contains(QStringLiteral("家庭成员")) && errors.first().messageZh.contains(QStringLiteral("第2项"))
                     && errors.first().messageZh.contains(QStringLiteral("姓名")),
                 qPrintable(errors.first().messageZh));
        QVERIFY2(errors.first().messageEn.contains(QStringLiteral("Household members (item 2): Name")),
                 qPrintable(errors.first().messageEn));
    }

    void everyProblemIsListed()
    {
        QJsonObject answers = m_valid;
        answers.insert(QStringLiteral("amount"), QStringLiteral("1.234"));
        answers.insert(QStringLiteral("mobile"), QStringLiteral("123"));
        answers.remove(QStringLiteral("title"));
        Applicant a = m_applicant;
        a.phone = QStringLiteral("12");
        const QList<FieldError> errors = FormValidator(*m_service, today).validate(answers, a).errors;
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.fieldId;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("amount"), QStringLiteral("applicant.phone"), QStringLiteral("mobile"),
                                      QStringLiteral("title")}));
    }

    // The normalised answers a valid application is stored with: exactly the visible questions' answers,
    // each as validation made it, whether or not normalising changed it.
    void normalisedAnswersAreExactlyTheVisibleQuestions()
    {
        QJsonObject answers = m_valid;
        answers.insert(QStringLiteral("title"), QStringLiteral(" 修缮申请\u3000")); // trimmed
        answers.insert(QStringLiteral("area"), QStringLiteral("８６.５"));          // text to a number
        answers.insert(QStringLiteral("amount"), 1200.5);                        // number to money text
        answers.insert(QStringLiteral("married"), QStringLiteral("否"));          // text to yes/no
        answers.insert(QStringLiteral("kind_other"), QStringLiteral("丙"));       // hidden: kind is "a"
        ValidationResult r;
        const QList<FieldError> errors = check(answers, &r);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        QJsonObject expected = m_valid;
        expected.insert(QStringLiteral("amount"), QStringLiteral("1200.50"));
        QCOMPARE(r.answers, expected);
        QCOMPARE(r.answers.value(QStringLiteral("area")).toDouble(), 86.5);
        QCOMPARE(r.answers.value(QStringLiteral("married")), QJsonValue(false));

        // One step: only that step's questions come back, though the others' answers were given too.
        for (int step = 0; step < m_service->form.steps.size(); ++step) {
            const ValidationResult s = FormValidator(*m_service, today).validateStep(step, answers);
            QVERIFY2(s.ok(), qPrintable(describe(s.errors)));
            QStringList want;
            for (const FieldDefinition &f : m_service->form.steps.at(step).fields) {
                if (expected.contains(f.id))
                    want << f.id;
            }
            QStringList got = s.answers.keys();
            want.sort();
            got.sort();
            QCOMPARE(got, want);
            for (const QString &id : got)
                QCOMPARE(s.answers.value(id), expected.value(id));
        }

        // An answer to no question is refused in a whole application and never kept in a step.
        answers.insert(QStringLiteral("bogus"), 1);
        QVERIFY(!FormValidator(*m_service, today).validateStep(0, answers).answers.contains(QStringLiteral("bogus")));
        QVERIFY(!FormValidator(*m_service, today).validate(answers, m_applicant).answers.contains(QStringLiteral("bogus")));
    }

    void stepValidationOnlyLooksAtTheStep()
    {
        QJsonObject answers = m_valid;
        answers.insert(QStringLiteral("mobile"), QStringLiteral("123")); // step "person"
        const FormValidator v(*m_service, today);
        QVERIFY(v.validateStep(0, answers).ok());
        QVERIFY(v.validateStep(1, answers).ok());
        const QList<FieldError> errors = v.validateStep(2, answers).errors;
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().fieldId, QStringLiteral("mobile"));
        // The count check belongs to the step where its last field is: the household step.
        answers.insert(QStringLiteral("people"), 5);
        QVERIFY(v.validateStep(0, answers).ok());
        QCOMPARE(v.validateStep(3, answers).errors.size(), 1);
    }

    void applicant_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("errorField"); // "" = valid
        QTest::addColumn<QString>("errorCode");

        const QString id = makeId(QStringLiteral("19800512"), true);
        const QString idX = makeId(QStringLiteral("19800512"), true, true);
        QTest::newRow("valid") << "张三" << id << "13800138000" << "" << "";
        QTest::newRow("minority name with dot") << "阿依古丽•买买提" << id << "13800138000" << "" << "";
        QTest::newRow("lowercase x") << " 张三 " << (idX.left(17) + QStringLiteral("x")) << " 138 0013 8000 " << "" << "";
        QTest::newRow("landline with area code") << "张三" << id << "023-12345678" << "" << "";
        QTest::newRow("name missing") << "  " << id << "13800138000" << "applicant.name" << "field.required";
        QTest::newRow("name without letters") << "123" << id << "13800138000" << "applicant.name" << "field.name";
        QTest::newRow("name far too long") << QString(41, QChar(0x5F20)) << id << "13800138000" << "applicant.name" << "field.name";
        QTest::newRow("id missing") << "张三" << "" << "13800138000" << "applicant.id_number" << "field.required";
        QTest::newRow("id checksum") << "张三" << (id.left(17) + (id.endsWith(QLatin1Char('0')) ? QStringLiteral("1") : QStringLiteral("0")))
                                     << "13800138000" << "applicant.id_number" << "field.id_checksum";
        QTest::newRow("under the service's minimum age") << "张三" << makeId(QStringLiteral("20090101"), true) << "13800138000"
                                                         << "applicant.id_number" << "field.age_min";
        QTest::newRow("phone missing") << "张三" << id << "" << "applicant.phone" << "field.required";
        QTest::newRow("phone wrong") << "张三" << id << "138001" << "applicant.phone" << "field.applicant_phone";
    }

    void applicant()
    {
        QFETCH(QString, name);
        QFETCH(QString, idNumber);
        QFETCH(QString, phone);
        QFETCH(QString, errorField);
        QFETCH(QString, errorCode);
        Applicant a;
        a.name = name;
        a.idNumber = idNumber;
        a.phone = phone;
        Applicant normalized;
        const QList<FieldError> errors = FormValidator(*m_service, today).validateApplicant(a, &normalized);
        if (errorField.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
            QVERIFY(!normalized.idNumber.contains(QLatin1Char('x')));
            QCOMPARE(normalized.idNumber.size(), 18);
            QCOMPARE(normalized.name, normalized.name.trimmed());
            QVERIFY(!normalized.phone.contains(QLatin1Char(' ')) && !normalized.phone.contains(QLatin1Char('-')));
            return;
        }
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().fieldId, errorField);
        QCOMPARE(errors.first().code, errorCode);
        QVERIFY(!errors.first().messageZh.isEmpty() && !errors.first().messageEn.isEmpty());
    }

    void normalisers()
    {
        QCOMPARE(normalizeTyped(QStringLiteral("\u3000１２３ ")), QStringLiteral("123"));
        QCOMPARE(normalizeMobilePhone(QStringLiteral("0086 13800138000")), QStringLiteral("13800138000"));
        QCOMPARE(normalizeMoney(QJsonValue(QStringLiteral("0.1"))), QStringLiteral("0.10"));
        QCOMPARE(normalizeMoney(QJsonValue(0.1)), QStringLiteral("0.10"));
        QVERIFY(normalizeMoney(QJsonValue(QStringLiteral("0.001"))).isEmpty());
        QCOMPARE(parseDateAnswer(QJsonValue(QStringLiteral("2000.2.29"))), QDate(2000, 2, 29));
        QVERIFY(!parseDateAnswer(QJsonValue(QStringLiteral("1900-02-29"))).isValid());
        QCOMPARE(parseDateAnswer(QJsonValue(QStringLiteral("2000-02-29"))), QDate(2000, 2, 29));
        QCOMPARE(parseDateAnswer(QJsonValue(QStringLiteral("1999-12-31"))), QDate(1999, 12, 31));
        QVERIFY(!parseDateAnswer(QJsonValue(QStringLiteral("2000-02-30"))).isValid());
        QVERIFY(!parseDateAnswer(QJsonValue(QStringLiteral("0000-01-01"))).isValid()); // there is no year 0
        QVERIFY(!parseDateAnswer(QJsonValue(QStringLiteral("2000-1-1x"))).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFormValidator)
#include "tst_formvalidator.moc"
