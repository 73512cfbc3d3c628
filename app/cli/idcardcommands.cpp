// idcard read | status, mrz parse, barcode decode: the technician's tools for ID documents. `idcard read`
// prints the full ID number on purpose (checking a reader in the field needs it); the kiosk screens mask it.
#include "cli.h"
#include "idscan/barcodedecoder.h"
#include "idscan/cardreaderdriver.h"
#include "idscan/idcard.h"
#include "idscan/mrz.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <cmath>

namespace bianmin::cli {

namespace {

    using namespace bianmin::idscan;

    QString tr(const char *text)
    {
        return QCoreApplication::translate("bianmin::cli::IdCardCommands", text);
    }

    Error usageError(const QString &message)
    {
        return Error(QStringLiteral("cli.usage"), message);
    }

    /** --device, --baud and --timeout (seconds, default 10) into reader settings and a total timeout in ms.
     */
    Result<std::pair<ReaderSettings, int>> readerOptions(const Options &o)
    {
        ReaderSettings s;
        s.device = o.value(QStringLiteral("--device"));
        if (s.device.isEmpty())
            return usageError(tr("--device PATH is required (e.g. /dev/ttyUSB0)"));
        if (o.has(QStringLiteral("--baud"))) {
            bool ok = false;
            s.baudRate = o.value(QStringLiteral("--baud")).toInt(&ok);
            if (!ok || s.baudRate <= 0)
                return usageError(tr("--baud must be a positive number, e.g. 115200"));
        }
        double seconds = 10;
        if (o.has(QStringLiteral("--timeout"))) {
            bool ok = false;
            seconds = o.value(QStringLiteral("--timeout")).toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600)
                return usageError(tr("--timeout must be a number of seconds between 0 and 3600"));
        }
        const int totalMs = int(seconds * 1000);
        // One exchange must not outlast the whole command.
        s.commandTimeoutMs = qMin(s.commandTimeoutMs, totalMs);
        s.readTimeoutMs = qMin(s.readTimeoutMs, qMax(totalMs, 1000));
        return std::pair { s, totalMs };
    }

    QString sexName(Sex s)
    {
        return s == Sex::Male  ? QStringLiteral("male")
            : s == Sex::Female ? QStringLiteral("female")
                               : QStringLiteral("unknown");
    }

    void printFields(const Context &ctx, const QJsonObject &o, const QStringList &order)
    {
        for (const QString &key : order) {
            const QJsonValue v = o.value(key);
            QString text;
            if (v.isBool())
                text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (v.isDouble())
                text = QString::number(v.toDouble());
            else
                text = v.toString();
            ctx.out << key << ": " << text << "\n";
        }
        ctx.out.flush();
    }

    int idcardRead(Context &ctx, const QStringList &args)
    {
        const auto opts = parseOptions(
            args, { QStringLiteral("--device"), QStringLiteral("--baud"), QStringLiteral("--timeout") });
        if (!opts)
            return ctx.usage(opts.error().message);
        const auto settings = readerOptions(opts.value());
        if (!settings)
            return ctx.usage(settings.error().message);

        CardReaderDriver reader(settings->first);
        if (Status s = reader.open(); !s) // a wrong path should fail at once, not after the timeout
            return ctx.fail(s.error());
        const Result<IdCardData> card = reader.waitForCard(settings->second);
        if (!card)
            return ctx.fail(card.error());

        const IdCardChecks checks = checkCard(card.value(), ctx.clock.now().date());
        const IdCardData &c = card.value();
        const QJsonObject o {
            { QStringLiteral("name"), c.name },
            { QStringLiteral("sex"), sexName(c.sex) },
            { QStringLiteral("nation"), c.nationZh },
            { QStringLiteral("nation_code"), c.nationCode },
            { QStringLiteral("birth_date"), c.birthDate.toString(Qt::ISODate) },
            { QStringLiteral("address"), c.address },
            { QStringLiteral("id_number"), c.idNumber },
            { QStringLiteral("issuer"), c.issuer },
            { QStringLiteral("valid_from"), c.validFrom.toString(Qt::ISODate) },
            { QStringLiteral("valid_until"),
                c.longTerm ? QStringLiteral("long-term") : c.validUntil.toString(Qt::ISODate) },
            { QStringLiteral("card_type"), cardTypeName(c.cardType) },
            { QStringLiteral("expired"), checks.expired },
            { QStringLiteral("check_digit_ok"), checks.checkDigitOk },
            { QStringLiteral("number_matches_card"), checks.birthDateMatches && checks.sexMatches },
            { QStringLiteral("photo_bytes"), int(c.photo.size()) },
        };
        if (ctx.json)
            ctx.printJson(o);
        else
            printFields(ctx, o,
                { QStringLiteral("name"), QStringLiteral("sex"), QStringLiteral("nation"),
                    QStringLiteral("birth_date"), QStringLiteral("address"), QStringLiteral("id_number"),
                    QStringLiteral("issuer"), QStringLiteral("valid_from"), QStringLiteral("valid_until"),
                    QStringLiteral("card_type"), QStringLiteral("expired"), QStringLiteral("check_digit_ok"),
                    QStringLiteral("number_matches_card") });
        return Ok;
    }

    int idcardStatus(Context &ctx, const QStringList &args)
    {
        const auto opts = parseOptions(
            args, { QStringLiteral("--device"), QStringLiteral("--baud"), QStringLiteral("--timeout") });
        if (!opts)
            return ctx.usage(opts.error().message);
        const auto settings = readerOptions(opts.value());
        if (!settings)
            return ctx.usage(settings.error().message);
        CardReaderDriver reader(settings->first);
        const Result<SamInfo> sam = reader.samStatus();
        if (!sam)
            return ctx.fail(sam.error());
        const QJsonObject o {
            { QStringLiteral("device"), settings->first.device },
            { QStringLiteral("sam_status"), sam->status },
            { QStringLiteral("sam_id"), sam->samId },
        };
        if (ctx.json)
            ctx.printJson(o);
        else
            printFields(
                ctx, o, { QStringLiteral("device"), QStringLiteral("sam_status"), QStringLiteral("sam_id") });
        if (sam->sw3 != 0x90)
            return ctx.fail(statusError(sam->sw3).context(tr("SAM status")));
        return Ok;
    }

    int mrzParse(Context &ctx, const QStringList &args)
    {
        const auto opts = parseOptions(args, {});
        if (!opts)
            return ctx.usage(opts.error().message);
        if (opts->positional.size() != 1)
            return ctx.usage(tr("usage: bianmin mrz parse FILE|-"));
        const auto input = readInput(opts->positional.first());
        if (!input)
            return ctx.fail(input.error());
        const auto doc = parseMrz(QString::fromUtf8(input.value()), ctx.clock.now().date());
        if (!doc)
            return ctx.fail(doc.error());

        QJsonObject checks;
        for (const MrzCheckDigit &c : doc->checks)
            checks.insert(c.field, c.ok);
        const QJsonObject o {
            { QStringLiteral("format"),
                doc->format == MrzDocument::Format::TD1 ? QStringLiteral("TD1") : QStringLiteral("TD3") },
            { QStringLiteral("document_code"), doc->documentCode },
            { QStringLiteral("issuing_state"), doc->issuingState },
            { QStringLiteral("document_number"), doc->documentNumber },
            { QStringLiteral("surname"), doc->surname },
            { QStringLiteral("given_names"), doc->givenNames },
            { QStringLiteral("nationality"), doc->nationality },
            { QStringLiteral("birth_date"), doc->birthDate.toString(Qt::ISODate) },
            { QStringLiteral("sex"), doc->sex },
            { QStringLiteral("expiry_date"), doc->expiryDate.toString(Qt::ISODate) },
            { QStringLiteral("optional_data"), doc->optionalData1 },
            { QStringLiteral("optional_data_2"), doc->optionalData2 },
            { QStringLiteral("checks"), checks },
            { QStringLiteral("valid"), doc->allChecksOk() },
        };
        if (ctx.json) {
            ctx.printJson(o);
        } else {
            printFields(ctx, o,
                { QStringLiteral("format"), QStringLiteral("document_code"), QStringLiteral("issuing_state"),
                    QStringLiteral("document_number"), QStringLiteral("surname"),
                    QStringLiteral("given_names"), QStringLiteral("nationality"),
                    QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("expiry_date"),
                    QStringLiteral("optional_data"), QStringLiteral("optional_data_2") });
            for (const MrzCheckDigit &c : doc->checks)
                ctx.out << "check " << c.field << ": " << (c.ok ? "ok" : "FAILED") << "\n";
            ctx.out.flush();
        }
        if (const MrzCheckDigit *bad = doc->firstFailure())
            return ctx.fail(Error(QStringLiteral("mrz.check_digit"),
                tr("check digit for %1 fails: the MRZ says %2, the data computes to %3")
                    .arg(bad->field, QString(bad->found), QString(bad->expected))));
        return Ok;
    }

    int barcodeDecode(Context &ctx, const QStringList &args)
    {
        const auto opts = parseOptions(args, {});
        if (!opts)
            return ctx.usage(opts.error().message);
        if (opts->positional.size() != 1)
            return ctx.usage(tr("usage: bianmin barcode decode IMAGE"));
        QImageReader reader(opts->positional.first());
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull())
            return ctx.fail(Error(QStringLiteral("barcode.image"),
                tr("cannot read image %1: %2").arg(opts->positional.first(), reader.errorString())));
        const QList<Barcode> codes = decodeBarcodes(image);
        if (codes.isEmpty())
            return ctx.fail(Error(QStringLiteral("barcode.none"),
                tr("no barcode or QR code found in %1").arg(opts->positional.first())));
        if (ctx.json) {
            QJsonArray all;
            for (const Barcode &b : codes)
                all.append(QJsonObject {
                    { QStringLiteral("format"), b.format }, { QStringLiteral("text"), b.text } });
            ctx.printJson(QJsonObject { { QStringLiteral("format"), codes.first().format },
                { QStringLiteral("text"), codes.first().text }, { QStringLiteral("barcodes"), all } });
        } else {
            for (const Barcode &b : codes)
                ctx.out << "format: " << b.format << "\ntext: " << b.text << "\n";
            ctx.out.flush();
        }
        return Ok;
    }

} // namespace

QList<Command> idcardCommands()
{
    return {
        { { QStringLiteral("idcard"), QStringLiteral("read") },
            QStringLiteral("idcard read --device PATH [--baud N] [--timeout S]"),
            tr("wait for a resident ID card on the reader and print it (full ID number)"), idcardRead },
        { { QStringLiteral("idcard"), QStringLiteral("status") },
            QStringLiteral("idcard status --device PATH [--baud N]"),
            tr("check the ID card reader: SAM status and SAM id"), idcardStatus },
        { { QStringLiteral("mrz"), QStringLiteral("parse") }, QStringLiteral("mrz parse FILE|-"),
            tr("parse an ICAO 9303 MRZ (TD1/TD3) and verify every check digit"), mrzParse },
        { { QStringLiteral("barcode"), QStringLiteral("decode") }, QStringLiteral("barcode decode IMAGE"),
            tr("print the format and text of the barcodes or QR codes in an image"), barcodeDecode },
    };
}

} // namespace bianmin::cli
