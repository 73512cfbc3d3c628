// One print of one receipt to wherever the kiosk's printer setting points: ESC/POS to a thermal printer,
// A4 to a CUPS queue, or a PDF into a directory. Blocking; ReceiptPrinter runs it on its worker thread and
// the CLI calls it directly. Uses no database, so it is safe on any thread.
#pragma once

#include "escposreceipt.h"
#include "printerlink.h"
#include "receipt.h"

namespace bianmin {

/** `outcome.file` names the PDF written for pdf:DIR targets. */
struct DeliveredReceipt
{
    PrintOutcome outcome;
    QString file;
};

Result<DeliveredReceipt> deliverReceipt(const ReceiptData &data, const PrinterUri &target, PaperWidth width,
                                        const PrintTimeouts &timeouts = {});

/** 58 or 80 from text ("58", "80", "58mm"); error printer.bad_width otherwise. */
Result<PaperWidth> parsePaperWidth(const QString &text);

} // namespace bianmin
