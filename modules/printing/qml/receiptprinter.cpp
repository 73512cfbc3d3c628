#include "receiptprinter.h"

#include "printing/receiptjob.h"
#include "printing/receiptservice.h"

namespace bianmin {

ReceiptPrinter::ReceiptPrinter(ReceiptService &service, const QString &printer, int paperWidth, QObject *parent)
    : QObject(parent), m_service(service), m_printer(printer), m_paperWidth(paperWidth == 58 ? 58 : 80)
{
    m_thread.setObjectName(QStringLiteral("receipt printer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ReceiptPrinter::~ReceiptPrinter()
{
    // A print under way finishes (bounded by the printer timeouts); its result is dropped with us.
    m_thread.quit();
    m_thread.wait();
}

void ReceiptPrinter::setPrinter(const QString &uri)
{
    if (uri == m_printer)
        return;
    m_printer = uri;
    emit printerChanged();
}

void ReceiptPrinter::setPaperWidth(int mm)
{
    if (mm == m_paperWidth || (mm != 58 && mm != 80))
        return;
    m_paperWidth = mm;
    emit paperWidthChanged();
}

void ReceiptPrinter::setLanguage(const QString &language)
{
    const QString l = language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh");
    if (l == m_language)
        return;
    m_language = l;
    emit languageChanged();
}

bool ReceiptPrinter::print(const QString &caseId, const QString &staffId)
{
    return start(caseId, staffId, ReceiptKind::Submission);
}

bool ReceiptPrinter::printDecision(const QString &caseId, const QString &staffId)
{
    return start(caseId, staffId, ReceiptKind::Decision);
}

QString ReceiptPrinter::verifyLookup(const QString &lookup) const
{
    auto id = m_service.verifyLookup(lookup);
    return id ? id.value() : QString();
}

bool ReceiptPrinter::start(const QString &caseId, const QString &staffId, ReceiptKind kind)
{
    // Read on this (the store's) thread: only a committed case can be read, so none is printed before it is.
    auto data = m_service.prepare(caseId, kind, m_language);
    if (!data) {
        emit failed(caseId, data.error().code, data.error().message);
        return false;
    }
    auto target = PrinterUri::parse(m_printer);
    if (!target) {
        emit failed(caseId, target.error().code, target.error().message);
        return false;
    }
    const int width = m_paperWidth;
    if (m_pending++ == 0)
        emit busyChanged();
    QMetaObject::invokeMethod(m_worker, [this, receipt = data.value(), uri = target.value(), staffId, width] {
        const auto delivered = deliverReceipt(receipt, uri, width == 58 ? PaperWidth::Mm58 : PaperWidth::Mm80);
        const QString code = delivered ? QString() : delivered.error().code;
        const QString message = delivered ? QString() : delivered.error().message;
        const bool nearEnd = delivered && delivered->outcome.paperNearEnd;
        QMetaObject::invokeMethod(this, [=, this] { done(receipt, staffId, uri.toString(), width, code, message, nearEnd); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

void ReceiptPrinter::done(const ReceiptData &data, const QString &staffId, const QString &target, int width,
                          const QString &errorCode, const QString &errorMessage, bool paperNearEnd)
{
    if (--m_pending == 0)
        emit busyChanged();
    if (!errorCode.isEmpty()) {
        emit failed(data.caseId, errorCode, errorMessage);
        return;
    }
    // The paper is out; who printed it goes on the record now (a reprint names its staff member).
    if (Status recorded = m_service.recordPrinted(data, staffId, target, width); !recorded) {
        emit failed(data.caseId, recorded.error().code, recorded.error().message);
        return;
    }
    const QString warning = paperNearEnd ? QStringLiteral("打印纸即将用完，请准备更换纸卷 / the paper roll is nearly used up: "
                                                          "have a new roll ready")
                                         : QString();
    emit finished(data.caseId, data.reprint, warning);
}

} // namespace bianmin
