// Bianmin.Forms from the kiosk's side: CatalogueModel (filter, search by pinyin initials, language) and
// FormController (steps, per-step errors next to the field, conditional fields appearing in place,
// repeat groups, review summary, case JSON, drafts that resume where the villager stopped).
#include "core/residentid.h"
#include "forms/catalogue.h"
#include "forms/qml/cataloguemodel.h"
#include "forms/qml/formcontroller.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bianmin;

namespace {

QJsonObject example(const QString &serviceId)
{
    QFile f(QStringLiteral(":/bianmin/catalogue/examples/%1.json").arg(serviceId));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QStringList ids(const CatalogueModel &m)
{
    QStringList list;
    for (int i = 0; i < m.rowCount(); ++i)
        list << m.data(m.index(i), CatalogueModel::ServiceIdRole).toString();
    return list;
}

QVariantMap row(const FormController &form, const QString &fieldId)
{
    return form.fields()->get(form.fields()->indexOf(fieldId));
}

} // namespace

class TestFormController : public QObject
{
    Q_OBJECT

private slots:
    void catalogueModelFiltersAndSearches()
    {
        CatalogueModel model;
        QVERIFY(model.loaded());
        QVERIFY(model.rowCount() >= 8);
        const int all = model.rowCount();

        QSignalSpy count(&model, &CatalogueModel::countChanged);
        model.setSearchText(QStringLiteral("ylbx"));
        QVERIFY(ids(model).contains(QStringLiteral("resident_medical_insurance")));
        QVERIFY(!ids(model).contains(QStringLiteral("medical_assistance")));
        QVERIFY(count.count() >= 1);
        model.setSearchText(QStringLiteral("医疗"));
        QCOMPARE(ids(model).size(), 2); // 医疗救助 and 城乡居民医保参保登记 (its name says 医保; its key 医疗保险)
        model.setSearchText(QString());
        QCOMPARE(model.rowCount(), all);

        model.setCategoryFilter(QStringLiteral("social_assistance"));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("temporary_assistance"), QStringLiteral("medical_assistance")}));
        model.setCategoryFilter(QString());

        const QVariantList categories = model.categories();
        QVERIFY(!categories.isEmpty());
        int total = 0;
        for (const QVariant &c : categories)
            total += c.toMap().value(QStringLiteral("count")).toInt();
        QCOMPARE(total, all);

        const QVariantMap svc = model.service(QStringLiteral("petition_direct"));
        QCOMPARE(svc.value(QStringLiteral("name")).toString(), QStringLiteral("民情直通车"));
        QVERIFY(svc.value(QStringLiteral("approvalChain")).toList().isEmpty());
        QCOMPARE(svc.value(QStringLiteral("promisedDays")).toInt(), 15);
        QVERIFY(!svc.value(QStringLiteral("materials")).toStringList().isEmpty());
        QVERIFY(svc.value(QStringLiteral("tagLabels")).toStringList().contains(QStringLiteral("零跑腿")));

        model.setLanguage(QStringLiteral("en"));
        QCOMPARE(model.service(QStringLiteral("petition_direct")).value(QStringLiteral("tagLabels")).toStringList(),
                 QStringList{QStringLiteral("Zero errands")});
        QVERIFY(model.service(QStringLiteral("temporary_assistance")).value(QStringLiteral("name")).toString().startsWith(QStringLiteral("Temporary")));
    }

    void catalogueModelUsesTheImportedCatalogue()
    {
        QTemporaryDir dir;
        auto imported = Catalogue::importFile(QStringLiteral(BIANMIN_FORMS_TEST_DATA "/allfields.json"), dir.path());
        QVERIFY(imported.ok());
        CatalogueModel model;
        model.setDataDir(dir.path());
        QCOMPARE(model.catalogueVersion(), 7);
        QCOMPARE(ids(model), QStringList{QStringLiteral("all_fields")});

        // A damaged file later does not empty the kiosk: the catalogue in force stays, the error is shown.
        QFile f(Catalogue::importedPath(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{");
        f.close();
        QVERIFY(model.reload());
        QCOMPARE(model.catalogueVersion(), 7);
        QVERIFY(model.errorString().contains(QStringLiteral("catalogue.json")));
    }

    void walkThroughWithErrorsNextToFields()
    {
        CatalogueModel catalogue;
        FormController form;
        form.setCatalogue(&catalogue);
        form.setToday(QDate(2026, 11, 23));
        QVERIFY(!form.loadService(QStringLiteral("no_such_service")));
        QVERIFY(!form.errorString().isEmpty());
        QVERIFY(form.loadService(QStringLiteral("resident_medical_insurance")));
        QCOMPARE(form.stepCount(), 4); // applicant + household + members + payment
        QCOMPARE(form.currentStep(), 0);
        QVERIFY(form.isFirstStep());
        QCOMPARE(form.fields()->rowCount(), 4);

        // Next with nothing filled: stays, each required field shows its message.
        QVERIFY(!form.next());
        QCOMPARE(form.currentStep(), 0);
        QVERIFY(row(form, QStringLiteral("applicant.name")).value(QStringLiteral("error")).toString().contains(QStringLiteral("必须填写")));
        QVERIFY(row(form, QStringLiteral("applicant.id_number")).value(QStringLiteral("error")).toString().size() > 0);
        QVERIFY(row(form, QStringLiteral("applicant.address")).value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(form.hasErrors());

        const QJsonObject ex = example(QStringLiteral("resident_medical_insurance"));
        QVERIFY(!ex.isEmpty());
        const QJsonObject applicant = ex.value(QStringLiteral("applicant")).toObject();
        // Typing the name clears its error at once; the ID number's stays until it is fixed.
        form.setAnswer(QStringLiteral("applicant.name"), applicant.value(QStringLiteral("name")).toString());
        QVERIFY(row(form, QStringLiteral("applicant.name")).value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!row(form, QStringLiteral("applicant.id_number")).value(QStringLiteral("error")).toString().isEmpty());
        // The ID card reader fills the rest; the number typed with a lowercase x would be fine too.
        form.setApplicant({{QStringLiteral("id_number"), applicant.value(QStringLiteral("id_number")).toString()},
                           {QStringLiteral("phone"), QStringLiteral("１３８ ００１３ ８０００")}});
        QVERIFY(form.next());
        QCOMPARE(form.currentStep(), 1);
        QVERIFY(!form.hasErrors());
        QVERIFY(form.progress() > 0.0);

        const QJsonObject fields = ex.value(QStringLiteral("fields")).toObject();
        form.setAnswer(QStringLiteral("hukou_address"), fields.value(QStringLiteral("hukou_address")).toVariant());
        form.setAnswer(QStringLiteral("hukou_type"), QStringLiteral("agricultural"));
        form.setAnswer(QStringLiteral("insurance_year"), QStringLiteral("２０２７"));
        QVERIFY(form.next());
        QCOMPARE(form.currentStep(), 2);

        // Members: an empty group is refused next to the group.
        form.setAnswer(QStringLiteral("member_count"), 2);
        QVERIFY(!form.next());
        QVERIFY(!row(form, QStringLiteral("members")).value(QStringLiteral("error")).toString().isEmpty());
        const QJsonArray members = fields.value(QStringLiteral("members")).toArray();
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(form.addItem(QStringLiteral("members")), i);
            const QJsonObject m = members.at(i).toObject();
            for (auto it = m.begin(); it != m.end(); ++it)
                form.setItemAnswer(QStringLiteral("members"), i, it.key(), it->toVariant());
        }
        // A wrong member ID number is reported on that member's field.
        const QString goodId = members.at(1).toObject().value(QStringLiteral("id_number")).toString();
        QString badId = goodId;
        badId[17] = badId[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        form.setItemAnswer(QStringLiteral("members"), 1, QStringLiteral("id_number"), badId);
        QVERIFY(!form.next());
        const QVariantMap itemErrors = row(form, QStringLiteral("members")).value(QStringLiteral("itemErrors")).toMap();
        QVERIFY2(itemErrors.contains(QStringLiteral("1.id_number")), qPrintable(itemErrors.keys().join(QLatin1Char(','))));
        form.setItemAnswer(QStringLiteral("members"), 1, QStringLiteral("id_number"), goodId);
        // The school is asked only of a student.
        QVERIFY(!form.isItemFieldVisible(QStringLiteral("members"), 0, QStringLiteral("school")));
        form.setItemAnswer(QStringLiteral("members"), 0, QStringLiteral("category"), QStringLiteral("student"));
        QVERIFY(form.isItemFieldVisible(QStringLiteral("members"), 0, QStringLiteral("school")));
        form.setItemAnswer(QStringLiteral("members"), 0, QStringLiteral("category"), QStringLiteral("general"));
        // The count must match the list.
        form.setAnswer(QStringLiteral("member_count"), 3);
        QVERIFY(!form.next());
        QVERIFY(!row(form, QStringLiteral("members")).value(QStringLiteral("error")).toString().isEmpty());
        form.setAnswer(QStringLiteral("member_count"), 2);
        QVERIFY(form.next());
        QCOMPARE(form.currentStep(), 3);
        QVERIFY(form.isLastStep());

        // A conditional field appears in place: no model reset, the row's visibility flips.
        QSignalSpy resets(form.fields(), &QAbstractItemModel::modelReset);
        QVERIFY(!row(form, QStringLiteral("bank_account")).value(QStringLiteral("visible")).toBool());
        form.setAnswer(QStringLiteral("payment_method"), QStringLiteral("bank_withholding"));
        QVERIFY(row(form, QStringLiteral("bank_account")).value(QStringLiteral("visible")).toBool());
        QVERIFY(row(form, QStringLiteral("bank_account")).value(QStringLiteral("required")).toBool());
        QCOMPARE(resets.count(), 0);
        form.setAnswer(QStringLiteral("bank_account"), QStringLiteral("6217 0000 9876 5432"));
        QVERIFY(!form.next()); // spaces inside an account number: the pattern says digits only
        QVERIFY(row(form, QStringLiteral("bank_account")).value(QStringLiteral("error")).toString().contains(QStringLiteral("12至19位数字")));
        form.setAnswer(QStringLiteral("bank_account"), QStringLiteral("6217000098765432"));
        form.setAnswer(QStringLiteral("signature"), fields.value(QStringLiteral("signature")).toVariant());
        QVERIFY(form.next());
        QVERIFY(form.reviewing());
        QCOMPARE(form.progress(), 1.0);

        // Review: the ID number is masked, choices show their labels.
        const QVariantList summary = form.summary();
        QCOMPARE(summary.size(), 4);
        const QString text = QString::fromUtf8(QJsonDocument::fromVariant(summary).toJson());
        QVERIFY(!text.contains(goodId));
        QVERIFY(text.contains(maskIdNumber(goodId)));
        QVERIFY(text.contains(QStringLiteral("农业户口")));
        QVERIFY(text.contains(QStringLiteral("银行代扣")));

        QVERIFY(form.validateAll());
        const QVariantMap caseJson = form.caseJson();
        QCOMPARE(caseJson.value(QStringLiteral("service_id")).toString(), QStringLiteral("resident_medical_insurance"));
        QCOMPARE(caseJson.value(QStringLiteral("form_version")).toInt(), 1);
        const QVariantMap fieldsOut = caseJson.value(QStringLiteral("fields")).toMap();
        QCOMPARE(fieldsOut.value(QStringLiteral("insurance_year")).toInt(), 2027);
        QCOMPARE(caseJson.value(QStringLiteral("applicant")).toMap().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("13800138000"));
        QVERIFY(form.answersJson().contains(QStringLiteral("\"payment_method\":\"bank_withholding\"")));

        // Back from the review returns to the last step; goToStep edits an earlier one.
        QVERIFY(form.back());
        QVERIFY(!form.reviewing());
        QCOMPARE(form.currentStep(), 3);
        QVERIFY(form.goToStep(1));
        QCOMPARE(form.fields()->indexOf(QStringLiteral("hukou_type")), 1);
    }

    void draftResumesWhereItStopped()
    {
        CatalogueModel catalogue;
        FormController form;
        form.setCatalogue(&catalogue);
        QVERIFY(form.loadService(QStringLiteral("medical_assistance")));
        const QJsonObject ex = example(QStringLiteral("medical_assistance"));
        form.setApplicant(ex.value(QStringLiteral("applicant")).toObject().toVariantMap());
        QVERIFY(form.next());
        // The patient's own fields appear only when the patient is someone else.
        QVERIFY(!row(form, QStringLiteral("patient_name")).value(QStringLiteral("visible")).toBool());
        form.setAnswer(QStringLiteral("patient_is_applicant"), false);
        QVERIFY(row(form, QStringLiteral("patient_name")).value(QStringLiteral("visible")).toBool());
        form.setAnswer(QStringLiteral("patient_name"), QStringLiteral("王建国"));
        const QString draft = form.draftJson();

        FormController resumed;
        resumed.setCatalogue(&catalogue);
        QVERIFY(resumed.restoreDraft(draft));
        QCOMPARE(resumed.serviceId(), QStringLiteral("medical_assistance"));
        QCOMPARE(resumed.currentStep(), 1);
        QCOMPARE(resumed.answer(QStringLiteral("patient_name")).toString(), QStringLiteral("王建国"));
        QCOMPARE(resumed.applicant().value(QStringLiteral("name")).toString(), QStringLiteral("李秀英"));
        QCOMPARE(resumed.draftJson(), draft);

        FormController broken;
        broken.setCatalogue(&catalogue);
        QVERIFY(!broken.restoreDraft(QStringLiteral("{not json")));
        QVERIFY(!broken.errorString().isEmpty());
    }

    void languageSwitchesLabelsAndErrors()
    {
        CatalogueModel catalogue;
        FormController form;
        form.setCatalogue(&catalogue);
        QVERIFY(form.loadService(QStringLiteral("petition_direct")));
        QVERIFY(!form.next());
        QCOMPARE(row(form, QStringLiteral("applicant.phone")).value(QStringLiteral("label")).toString(), QStringLiteral("联系电话"));
        form.setLanguage(QStringLiteral("en"));
        QCOMPARE(row(form, QStringLiteral("applicant.phone")).value(QStringLiteral("label")).toString(),
                 QStringLiteral("Phone number"));
        QVERIFY(row(form, QStringLiteral("applicant.name")).value(QStringLiteral("error")).toString().startsWith(QStringLiteral("Applicant's name")));
        QCOMPARE(form.stepTitle(), QStringLiteral("Applicant"));
        QCOMPARE(form.serviceName(), QStringLiteral("Direct line to the county (complaints and appeals)"));
        const QVariantList errors = form.errors();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().toMap().value(QStringLiteral("step")).toInt(), 0);
    }

    void clearForgetsEverything()
    {
        CatalogueModel catalogue;
        FormController form;
        form.setCatalogue(&catalogue);
        QVERIFY(form.loadService(QStringLiteral("old_age_allowance")));
        form.setAnswer(QStringLiteral("applicant.name"), QStringLiteral("向桂芝"));
        form.clear();
        QVERIFY(form.serviceId().isEmpty());
        QVERIFY(form.draftJson().isEmpty());
        QCOMPARE(form.fields()->rowCount(), 0);
        QVERIFY(!form.answer(QStringLiteral("applicant.name")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFormController)
#include "tst_formcontroller.moc"
