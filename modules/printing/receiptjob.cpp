#include "receiptjob.h"

#include "pagereceipt.h"

#include <QDir>

namespace bianmin {

Result<DeliveredReceipt> deliverReceipt(const ReceiptData &data, const PrinterUri &target, PaperWidth width,
                                        const PrintTimeouts &timeouts)
{
    DeliveredReceipt delivered;
    switch (target.kind) {
    case PrinterUri::Kind::Cups:
        if (Status s = printReceiptA4(data, target.name); !s)
            return s.error();
        return delivered;
    case PrinterUri::Kind::PdfDir: {
        if (!QDir().mkpath(target.path))
            return Error(QStringLiteral("print.pdf_failed"), QStringLiteral("cannot create %1").arg(target.path));
        // One file per print: a reprint never overwrites the receipt handed out before.
        const QString stamp = data.printedAt.isValid() ? data.printedAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                                       : QStringLiteral("receipt");
        delivered.file = QDir(target.path).filePath(QStringLiteral("%1-%2-%3.pdf")
                                                        .arg(data.caseNumber,
                                                             data.kind == ReceiptKind::Decision ? QStringLiteral("notice")
                                                                                                : QStringLiteral("receipt"),
                                                             stamp));
        if (Status s = writeReceiptPdf(data, delivered.file); !s)
            return s.error();
        return delivered;
    }
    case PrinterUri::Kind::Device:
    case PrinterUri::Kind::Tcp:
    case PrinterUri::Kind::Serial: {
        auto sent = sendToPrinter(target, escPosReceipt(data, width), timeouts);
        if (!sent)
            return sent.error();
        delivered.outcome = sent.value();
        return delivered;
    }
    }
    return Error(QStringLiteral("printer.bad_uri"), QStringLiteral("unknown printer kind"));
}

Result<PaperWidth> parsePaperWidth(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.remove(QStringLiteral("mm"));
    if (t == QLatin1String("58"))
        return PaperWidth::Mm58;
    if (t == QLatin1String("80"))
        return PaperWidth::Mm80;
    return Error(QStringLiteral("printer.bad_width"),
                 QStringLiteral("paper width \"%1\" is not 58 or 80 (mm)").arg(text));
}

} // namespace bianmin
