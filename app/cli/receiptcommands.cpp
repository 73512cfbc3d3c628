// receipt CASE_ID (--escpos FILE | --pdf FILE | --printer URI) [--width 58|80] [--staff ID] [--notice]
// [--lang zh|en], and receipt verify CODE. Every print of a case after the first is a reprint: marked 补打 on
// paper and audited as receipt.reprint naming --staff. Only committed cases can be read, so only they print.
#include "cli.h"

#include "auth/staffdirectory.h"
#include "forms/catalogueinforce.h"
#include "printing/cataloguelookup.h"
#include "printing/escposreceipt.h"
#include "printing/pagereceipt.h"
#include "printing/receiptjob.h"
#include "printing/receiptservice.h"
#include "store/datastore.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>

namespace bianmin::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bianmin::cli::ReceiptCommands", text);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return Error(QStringLiteral("print.write_failed"), tr("cannot write to standard output"));
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(QStringLiteral("print.write_failed"), tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int receipt(Context &ctx, const QStringList &args)
{
    auto opts = parseOptions(args,
                             {QStringLiteral("--escpos"), QStringLiteral("--pdf"), QStringLiteral("--printer"),
                              QStringLiteral("--width"), QStringLiteral("--staff"), QStringLiteral("--lang")},
                             {QStringLiteral("--notice")});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1)
        return ctx.usage(tr("receipt needs exactly one CASE_ID"));
    const QString caseId = opts->positional.first().toLower();
    int outputs = 0;
    for (const char *o : {"--escpos", "--pdf", "--printer"})
        outputs += opts->has(QString::fromLatin1(o)) ? 1 : 0;
    if (outputs > 1)
        return ctx.usage(tr("give one of --escpos FILE, --pdf FILE or --printer URI"));

    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    DataStore &ds = *store.value();

    // Without an output option the kiosk's configured printer is used.
    QString printer = opts->value(QStringLiteral("--printer"));
    if (outputs == 0) {
        printer = ds.config().value(QStringLiteral("printer"));
        if (printer.isEmpty())
            return ctx.usage(tr("give --escpos FILE, --pdf FILE or --printer URI (no printer is configured)"));
    }
    auto width = parsePaperWidth(opts->value(QStringLiteral("--width"), ds.config().value(QStringLiteral("printer.width"))));
    if (!width)
        return ctx.usage(width.error().message);
    std::optional<PrinterUri> uri;
    if (!printer.isEmpty()) {
        auto parsed = PrinterUri::parse(printer);
        if (!parsed)
            return ctx.usage(parsed.error().message);
        uri = parsed.value();
    }
    if ((opts->has(QStringLiteral("--pdf")) || (uri && (uri->kind == PrinterUri::Kind::Cups || uri->kind == PrinterUri::Kind::PdfDir)))
        && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return ctx.fail(Error(QStringLiteral("print.no_gui"), tr("A4 and PDF receipts need the graphical Qt libraries")));

    ReceiptService service(ds);
    // The service's name and promised working days from the data directory's catalogue, when it has one.
    auto catalogue = Catalogue::loadForDataDir(ctx.dataDir);
    service.setServiceLookup(catalogueServiceLookup(std::make_shared<CatalogueInForce>(
        catalogue ? std::make_shared<const Catalogue>(std::move(*catalogue)) : nullptr)));
    // "代办员代办：李明" rather than a staff id, when the clerk is in the staff directory.
    std::shared_ptr<StaffDirectory> clerks;
    if (auto directory = StaffDirectory::open(ds))
        clerks = std::move(directory.value());
    service.setClerkLookup([clerks](const QString &staffId) {
        const auto account = clerks ? clerks->get(staffId) : Result<StaffAccount>(Error());
        return account ? account->displayName : QString();
    });
    const ReceiptKind kind = opts->has(QStringLiteral("--notice")) ? ReceiptKind::Decision : ReceiptKind::Submission;
    auto data = service.prepare(caseId, kind, opts->value(QStringLiteral("--lang"), ds.config().value(QStringLiteral("locale"))));
    if (!data)
        return ctx.fail(data.error());

    QString target;
    QString file;
    bool nearEnd = false;
    if (opts->has(QStringLiteral("--escpos"))) {
        file = opts->value(QStringLiteral("--escpos"));
        target = QStringLiteral("escpos:") + file;
        if (Status s = writeFile(file, escPosReceipt(data.value(), width.value())); !s)
            return ctx.fail(s.error());
    } else if (opts->has(QStringLiteral("--pdf"))) {
        file = opts->value(QStringLiteral("--pdf"));
        target = QStringLiteral("pdf:") + file;
        if (Status s = writeReceiptPdf(data.value(), file); !s)
            return ctx.fail(s.error());
    } else {
        target = uri->toString();
        auto delivered = deliverReceipt(data.value(), *uri, width.value());
        if (!delivered)
            return ctx.fail(delivered.error());
        nearEnd = delivered->outcome.paperNearEnd;
        file = delivered->file;
    }
    const int widthMm = opts->has(QStringLiteral("--pdf")) || (uri && uri->kind != PrinterUri::Kind::Device
                                                                && uri->kind != PrinterUri::Kind::Tcp
                                                                && uri->kind != PrinterUri::Kind::Serial)
                            ? 0
                            : int(width.value());
    const QString staff = opts->value(QStringLiteral("--staff"), QStringLiteral("system"));
    if (Status s = service.recordPrinted(data.value(), staff, target, widthMm); !s)
        return ctx.fail(s.error().context(tr("the receipt was printed but the audit entry failed")));

    const ReceiptData &d = data.value();
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("case_id"), d.caseId},
                      {QStringLiteral("case_number"), d.caseNumber},
                      {QStringLiteral("kind"), receiptKindName(kind)},
                      {QStringLiteral("target"), target},
                      {QStringLiteral("reprint"), d.reprint},
                      {QStringLiteral("staff"), staff},
                      {QStringLiteral("verification_code"), ReceiptCode::grouped(d.verificationCode)},
                      {QStringLiteral("lookup"), d.lookup},
                      {QStringLiteral("promised_date"), d.promisedDate.isValid() ? d.promisedDate.toString(Qt::ISODate) : QString()},
                      {QStringLiteral("paper_near_end"), nearEnd}};
        if (!file.isEmpty())
            o.insert(QStringLiteral("file"), file);
        ctx.printJson(o);
    } else if (file != QLatin1String("-")) {
        ctx.out << (d.reprint ? tr("reprinted") : tr("printed")) << " "
                << (kind == ReceiptKind::Decision ? tr("decision notice") : tr("receipt")) << " " << d.caseNumber
                << " (" << d.caseId << ") -> " << (file.isEmpty() ? target : file) << "\n";
        if (nearEnd)
            ctx.out << tr("warning: the paper roll is nearly used up") << "\n";
    }
    return Ok;
}

int verify(Context &ctx, const QStringList &args)
{
    auto opts = parseOptions(args, {});
    if (!opts)
        return ctx.usage(opts.error().message);
    if (opts->positional.size() != 1)
        return ctx.usage(tr("receipt verify needs the scanned code, e.g. BM1:<case id>:<code>"));
    auto store = ctx.openStore();
    if (!store)
        return ctx.fail(store.error());
    ReceiptService service(*store.value());
    auto caseId = service.verifyLookup(opts->positional.first());
    if (!caseId)
        return ctx.fail(caseId.error());
    auto record = store.value()->cases().get(caseId.value());
    if (!record)
        return ctx.fail(record.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("case_id"), caseId.value()},
                                  {QStringLiteral("case_number"), ReceiptCode::caseNumber(caseId.value())},
                                  {QStringLiteral("state"), caseStateName(record->state)},
                                  {QStringLiteral("genuine"), true}});
    else
        ctx.out << tr("genuine receipt of case %1 (%2), now %3")
                       .arg(ReceiptCode::caseNumber(caseId.value()), caseId.value(), caseStateName(record->state))
                << "\n";
    return Ok;
}

} // namespace

QList<Command> receiptCommands()
{
    return {
        {{QStringLiteral("receipt")},
         QStringLiteral("receipt CASE_ID --escpos FILE|--pdf FILE|--printer URI [--width 58|80] [--staff ID] [--notice]"),
         QStringLiteral("print or reprint a case's receipt (--notice: the county's decision)"), receipt},
        {{QStringLiteral("receipt"), QStringLiteral("verify")}, QStringLiteral("receipt verify CODE"),
         QStringLiteral("check a receipt's QR code (BM1:...) and show its case"), verify},
    };
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    // Drawing receipts (PDF, A4) needs fonts, hence a QGuiApplication; the CLI never opens a window, so
    // the offscreen platform serves when none is chosen. Every other command stays a QCoreApplication.
    bool receipt = false;
    for (int i = 1; i < argc; ++i)
        receipt = receipt || qstrcmp(argv[i], "receipt") == 0;
    if (!receipt)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's GUI start-up chatter (XDG_RUNTIME_DIR, fonts) would break the one-line error convention.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            fprintf(stderr, "bianmin: %s\n", qPrintable(message));
    });
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace bianmin::cli
