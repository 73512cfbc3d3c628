// catalogue list | show | import, and bench forms: the service catalogue as technicians and county IT
// see it, and how fast the kiosk opens and checks a form. The catalogue in force is DIR/catalogue.json
// when one was imported, else the one built into the program.
#include "cataloguecommands.h"
#include "cli.h"

#include "forms/catalogue.h"
#include "forms/formvalidator.h"
#include "store/datastore.h"
#include "sync/catalogueinstaller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::CatalogueCommands", text);
}

QJsonObject localized(const LocalizedText &t)
{
    return QJsonObject{{QStringLiteral("zh"), t.zh}, {QStringLiteral("en"), t.en}};
}

QJsonArray chainJson(const ServiceDefinition &s)
{
    QJsonArray chain;
    for (const ApprovalStep &a : s.approvalChain)
        chain.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("role"), a.role},
                                 {QStringLiteral("name"), localized(a.name)}});
    return chain;
}

QString chainText(const ServiceDefinition &s)
{
    if (s.approvalChain.isEmpty())
        return tr("none (straight to the county)");
    QStringList steps;
    for (const ApprovalStep &a : s.approvalChain)
        steps << QStringLiteral("%1 (%2)").arg(a.id, a.role);
    return steps.join(QStringLiteral(" -> "));
}

QString sourceText(const Catalogue &c)
{
    return c.source() == Catalogue::builtinPath() ? tr("built-in") : c.source();
}

int list(Context &ctx, const QStringList &args)
{
    auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (!opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin catalogue list [--json]"));
    auto catalogue = Catalogue::loadForDataDir(ctx.dataDir);
    if (!catalogue)
        return ctx.fail(catalogue.error());
    if (ctx.json) {
        QJsonArray services;
        for (const ServiceDefinition &s : catalogue->services()) {
            const Category *cat = catalogue->category(s.category);
            services.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("name"), localized(s.name)},
                                        {QStringLiteral("category"), s.category},
                                        {QStringLiteral("category_name"), cat ? localized(cat->name) : QJsonObject()},
                                        {QStringLiteral("promised_days"), s.promisedDays},
                                        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
                                        {QStringLiteral("approval_chain"), chainJson(s)},
                                        {QStringLiteral("agent_allowed"), s.agentAllowed},
                                        {QStringLiteral("form_version"), s.form.version}});
        }
        ctx.printJson(QJsonObject{{QStringLiteral("version"), catalogue->version()},
                                  {QStringLiteral("source"), sourceText(*catalogue)},
                                  {QStringLiteral("services"), services}});
        return Ok;
    }
    ctx.out << tr("catalogue version %1 (%2), %3 services").arg(catalogue->version()).arg(sourceText(*catalogue))
                   .arg(catalogue->services().size())
            << "\n";
    for (const ServiceDefinition &s : catalogue->services()) {
        ctx.out << "\n" << s.id << "  " << s.name.zh << " / " << s.name.en << "\n"
                << "    " << tr("category: %1; promised: %2 working day(s); form version %3")
                                  .arg(s.category)
                                  .arg(s.promisedDays)
                                  .arg(s.form.version)
                << "\n"
                << "    " << tr("approval chain: %1").arg(chainText(s)) << "\n";
    }
    return Ok;
}

int show(Context &ctx, const QStringList &args)
{
    auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1)
        return ctx.usage(tr("usage: bianmin catalogue show SERVICE_ID [--json]"));
    auto catalogue = Catalogue::loadForDataDir(ctx.dataDir);
    if (!catalogue)
        return ctx.fail(catalogue.error());
    const QString id = opts->positional.first();
    const ServiceDefinition *s = catalogue->service(id);
    if (!s)
        return ctx.fail(Error(QStringLiteral("catalogue.unknown_service"),
                              tr("no service \"%1\" in the catalogue; see bianmin catalogue list").arg(id)));
    if (ctx.json) {
        for (const QJsonValue &v : catalogue->toJson().value(QStringLiteral("services")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id) {
                ctx.printJson(v.toObject());
                return Ok;
            }
        }
    }
    QStringList tags;
    for (const QString &t : s->tags)
        tags << serviceTagLabel(t).zh + QStringLiteral(" ") + t;
    ctx.out << s->id << "  " << s->name.zh << " / " << s->name.en << "\n"
            << s->description.zh << "\n" << s->description.en << "\n\n"
            << tr("category: %1").arg(s->category) << "\n"
            << tr("promised: %1 working day(s)").arg(s->promisedDays) << "\n"
            << tr("tags: %1").arg(tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", "))) << "\n"
            << tr("approval chain: %1").arg(chainText(*s)) << "\n"
            << tr("a clerk may submit it for a villager: %1").arg(s->agentAllowed ? tr("yes") : tr("no")) << "\n"
            << tr("materials:") << "\n";
    for (const LocalizedText &m : s->materials)
        ctx.out << "  - " << m.zh << " / " << m.en << "\n";
    ctx.out << tr("form version %1:").arg(s->form.version) << "\n";
    for (const FormStep &step : s->form.steps) {
        ctx.out << "  [" << step.id << "] " << step.title.zh << " / " << step.title.en << "\n";
        for (const FieldDefinition &f : step.fields) {
            ctx.out << "    " << f.id << " (" << fieldTypeName(f.type) << (f.required ? tr(", required") : QString())
                    << (f.visibleIf ? tr(", conditional") : QString()) << ")  " << f.label.zh << " / " << f.label.en << "\n";
            for (const FieldDefinition &sub : f.fields)
                ctx.out << "      " << f.id << "[]." << sub.id << " (" << fieldTypeName(sub.type)
                        << (sub.required ? tr(", required") : QString()) << ")  " << sub.label.zh << " / " << sub.label.en
                        << "\n";
        }
    }
    return Ok;
}

int import(Context &ctx, const QStringList &args)
{
    auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1)
        return ctx.usage(tr("usage: bianmin catalogue import FILE.json"));
    // On an initialised kiosk the change of catalogue, or its refusal, is an audited event like any other
    // (the same installer and entries as a catalogue from the county).
    std::unique_ptr<DataStore> store;
    if (QFile::exists(DataDir(ctx.dataDir).databasePath())) {
        auto opened = ctx.openStore();
        if (!opened)
            return ctx.fail(opened.error().context(tr("catalogue not imported, the one in force stays")));
        store = std::move(*opened);
    }
    auto installed = importCatalogueFile(store.get(), ctx.dataDir, opts->positional.first());
    if (!installed && installed.error().code == QLatin1String("catalogue.unaudited"))
        return ctx.fail(installed.error());
    if (!installed)
        return ctx.fail(installed.error().context(tr("catalogue not imported, the one in force stays")));
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("version"), installed->version()},
                                  {QStringLiteral("services"), int(installed->services().size())},
                                  {QStringLiteral("path"), Catalogue::importedPath(ctx.dataDir)}});
    else
        ctx.out << tr("installed catalogue version %1 (%2 services) as %3")
                       .arg(installed->version())
                       .arg(installed->services().size())
                       .arg(Catalogue::importedPath(ctx.dataDir))
                << "\n";
    return Ok;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype i = std::min(samples.size() - 1, qsizetype(p * double(samples.size())));
    return samples.at(i);
}

// The largest form the catalogue has, and its example application when one ships with the catalogue.
const ServiceDefinition *largestForm(const Catalogue &c)
{
    const ServiceDefinition *largest = nullptr;
    for (const ServiceDefinition &s : c.services()) {
        if (!largest || s.form.fieldCount() > largest->form.fieldCount())
            largest = &s;
    }
    return largest;
}

int benchForms(Context &ctx, const QStringList &args)
{
    auto opts = parseOptions(args, {QStringLiteral("--rounds"), QStringLiteral("--answers")});
    if (!opts)
        return ctx.usage(opts.error().message);
    bool ok = true;
    const int rounds = opts->value(QStringLiteral("--rounds"), QStringLiteral("200")).toInt(&ok);
    if (!ok || rounds < 1 || !opts->positional.isEmpty())
        return ctx.usage(tr("usage: bianmin bench forms [--rounds N] [--answers CASE.json]"));

    // 1. What the kiosk does when a villager taps a service: load the catalogue, open the form and work
    //    out which fields of each step to show and which are required.
    QList<double> openMs;
    QString serviceId;
    int fieldCount = 0;
    int services = 0;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto catalogue = Catalogue::loadForDataDir(ctx.dataDir);
        if (!catalogue)
            return ctx.fail(catalogue.error());
        const ServiceDefinition *s = largestForm(*catalogue);
        const FormValidator validator(*s, ctx.clock.now().date());
        int shown = 0;
        for (const FormStep &step : s->form.steps) {
            for (const FieldDefinition &f : step.fields)
                shown += (validator.isVisible(f, {}) ? 1 : 0) + (validator.isRequired(f, {}) ? 1 : 0);
        }
        [[maybe_unused]] static volatile int sink = 0; // keeps the work above from being optimised away
        sink = shown;
        openMs << double(t.nsecsElapsed()) / 1e6;
        serviceId = s->id;
        fieldCount = s->form.fieldCount();
        services = int(catalogue->services().size());
    }

    // 2. Validating a complete application of that form.
    auto catalogue = Catalogue::loadForDataDir(ctx.dataDir);
    if (!catalogue)
        return ctx.fail(catalogue.error());
    const QString answersPath = opts->value(QStringLiteral("--answers"),
                                            QStringLiteral(":/bianmin/catalogue/examples/%1.json").arg(serviceId));
    Result<QByteArray> bytes = readInput(answersPath);
    if (!bytes)
        return ctx.fail(Error(QStringLiteral("bench.no_answers"),
                              tr("no complete application for %1 (%2); pass one with --answers").arg(serviceId, answersPath)));
    const QJsonObject example = QJsonDocument::fromJson(*bytes).object();
    const ServiceDefinition *s = catalogue->service(example.value(QStringLiteral("service_id")).toString());
    if (!s)
        return ctx.fail(Error(QStringLiteral("bench.no_answers"), tr("%1 names no service of the catalogue").arg(answersPath)));
    const QJsonObject fields = example.value(QStringLiteral("fields")).toObject();
    const Applicant applicant = Applicant::fromJson(example.value(QStringLiteral("applicant")).toObject());
    const FormValidator validator(*s, ctx.clock.now().date());
    const ValidationResult check = validator.validate(fields, applicant);
    if (!check.ok())
        return ctx.fail(Error(QStringLiteral("bench.invalid_answers"),
                              tr("the application in %1 is not valid: %2").arg(answersPath, check.errors.first().messageEn)));
    const int validateRounds = rounds * 10;
    QList<double> validateMs;
    for (int i = 0; i < validateRounds; ++i) {
        QElapsedTimer t;
        t.start();
        const ValidationResult r = validator.validate(fields, applicant);
        validateMs << double(t.nsecsElapsed()) / 1e6;
        if (!r.ok())
            return ctx.fail(Error(QStringLiteral("bench.invalid_answers"), r.errors.first().messageEn));
    }

    const double openMedian = percentile(openMs, 0.5), openP99 = percentile(openMs, 0.99);
    const double valMedian = percentile(validateMs, 0.5), valP99 = percentile(validateMs, 0.99);
    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("services"), services},
            {QStringLiteral("largest_form"), serviceId},
            {QStringLiteral("largest_form_fields"), fieldCount},
            {QStringLiteral("open"), QJsonObject{{QStringLiteral("rounds"), rounds},
                                                 {QStringLiteral("median_ms"), openMedian},
                                                 {QStringLiteral("p99_ms"), openP99},
                                                 {QStringLiteral("target_ms"), 50},
                                                 {QStringLiteral("met"), openMedian <= 50.0}}},
            {QStringLiteral("validate"), QJsonObject{{QStringLiteral("service"), s->id},
                                                     {QStringLiteral("rounds"), validateRounds},
                                                     {QStringLiteral("median_ms"), valMedian},
                                                     {QStringLiteral("p99_ms"), valP99},
                                                     {QStringLiteral("target_ms"), 1},
                                                     {QStringLiteral("met"), valMedian <= 1.0}}}});
        return Ok;
    }
    // Judged on the median: on a shared machine the tail measures the neighbours as much as this code.
    const auto verdict = [](bool met) { return met ? tr("median within target") : tr("median OVER TARGET"); };
    ctx.out << tr("catalogue: %1 services (%2)").arg(services).arg(sourceText(*catalogue)) << "\n"
            << tr("load catalogue + open largest form (%1, %2 fields): median %3 ms, p99 %4 ms over %5 rounds; target <= 50 ms: %6")
                   .arg(serviceId)
                   .arg(fieldCount)
                   .arg(openMedian, 0, 'f', 2)
                   .arg(openP99, 0, 'f', 2)
                   .arg(rounds)
                   .arg(verdict(openMedian <= 50.0))
            << "\n"
            << tr("validate a complete application (%1): median %2 ms, p99 %3 ms over %4 rounds; target <= 1 ms: %5")
                   .arg(s->id)
                   .arg(valMedian, 0, 'f', 3)
                   .arg(valP99, 0, 'f', 3)
                   .arg(validateRounds)
                   .arg(verdict(valMedian <= 1.0))
            << "\n";
    return Ok;
}

} // namespace

Status validateCaseForm(CaseRecord &record, const QString &dataDir, QDate today)
{
    // Read once per process and data directory (as submissionPolicies does): `case import` and
    // `bench submit` validate thousands of cases in one run, and parsing the catalogue costs ~5 ms.
    static QHash<QString, Catalogue> cache;
    if (!cache.contains(dataDir)) {
        auto loaded = Catalogue::loadForDataDir(dataDir);
        if (!loaded)
            return loaded.error();
        cache.insert(dataDir, *loaded);
    }
    const Catalogue *catalogue = &cache[dataDir];
    const ServiceDefinition *service = catalogue->service(record.serviceId);
    if (!service)
        return Error(QStringLiteral("case.unknown_service"),
                     tr("service \"%1\" is not in the catalogue in force (see bianmin catalogue list)").arg(record.serviceId));
    // The catalogue keeps only the form in force, so a case filled with another version cannot be checked.
    if (record.formVersion > 0 && record.formVersion != service->form.version)
        return Error(QStringLiteral("case.form_version"),
                     tr("the case was filled with form version %1 of %2, but version %3 is in force")
                         .arg(record.formVersion)
                         .arg(service->id)
                         .arg(service->form.version));
    const ValidationResult r = FormValidator(*service, today).validate(record.fields, record.applicant);
    if (!r.ok()) {
        QStringList problems;
        for (const FieldError &e : r.errors)
            problems << e.messageEn + QStringLiteral(" [") + e.fieldId + QLatin1Char(']');
        return Error(QStringLiteral("case.invalid_form"), tr("%1 field(s) of %2 are not valid: %3")
                                                              .arg(r.errors.size())
                                                              .arg(service->id, problems.join(QStringLiteral("; "))));
    }
    record.fields = r.answers;
    record.applicant = r.applicant;
    record.formVersion = service->form.version;
    return {};
}

QList<Command> catalogueCommands()
{
    return {
        {{QStringLiteral("catalogue"), QStringLiteral("list")},
         QStringLiteral("catalogue list [--json]"),
         tr("the services in force: id, names, category, promised days, approval chain"),
         list},
        {{QStringLiteral("catalogue"), QStringLiteral("show")},
         QStringLiteral("catalogue show SERVICE_ID [--json]"),
         tr("one service: description, materials, tags, approval chain and its form"),
         show},
        {{QStringLiteral("catalogue"), QStringLiteral("import")},
         QStringLiteral("catalogue import FILE.json"),
         tr("check a catalogue and install it atomically; a bad one leaves the old one in force"),
         import},
        {{QStringLiteral("bench"), QStringLiteral("forms")},
         QStringLiteral("bench forms [--rounds N] [--answers CASE.json]"),
         tr("time loading the catalogue + opening the largest form, and validating a complete form"),
         benchForms},
    };
}

} // namespace bianmin::cli
