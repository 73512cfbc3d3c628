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
    auto target = PrinterUri::parse(m_printer);
    if (!target) {
        emit failed(caseId, target.error().code, target.error().message);
        return false;
    }
    const int width = m_paperWidth;
    const QString language = m_language;
    if (!m_storeContext) {
        // Read here, on the store's thread: only a committed case can be read, so none prints before it is.
        auto data = m_service.prepare(caseId, kind, language);
        if (!data) {
            emit failed(caseId, data.error().code, data.error().message);
            return false;
        }
        if (m_pending++ == 0)
            emit busyChanged();
        QMetaObject::invokeMethod(m_worker, [this, d = data.value(), staffId, uri = target.value(), width] {
            deliver(d, staffId, uri, width);
        }, Qt::QueuedConnection);
        return true;
    }
    if (m_pending++ == 0)
        emit busyChanged();
    QMetaObject::invokeMethod(m_storeContext, [this, caseId, kind, language, staffId, uri = target.value(), width] {
        auto data = m_service.prepare(caseId, kind, language);
        if (!data) {
            QMetaObject::invokeMethod(this, [this, caseId, e = data.error()] { report(caseId, false, e.code, e.message, {}); },
                                      Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(m_worker, [this, d = data.value(), staffId, uri, width] { deliver(d, staffId, uri, width); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

void ReceiptPrinter::deliver(const ReceiptData &data, const QString &staffId, const PrinterUri &target, int width)
{
    const auto delivered = deliverReceipt(data, target, width == 58 ? PaperWidth::Mm58 : PaperWidth::Mm80);
    if (!delivered) {
        QMetaObject::invokeMethod(this, [this, id = data.caseId, e = delivered.error()] {
            report(id, false, e.code, e.message, {});
        }, Qt::QueuedConnection);
        return;
    }
    const bool nearEnd = delivered->outcome.paperNearEnd;
    // The paper is out: who printed it goes on the record now (a reprint names its staff member).
    QMetaObject::invokeMethod(storeObject(), [this, data, staffId, target = target.toString(), width, nearEnd] {
        const Status recorded = m_service.recordPrinted(data, staffId, target, width);
        const QString warning = nearEnd ? QStringLiteral("打印纸即将用完，请准备更换纸卷 / the paper roll is nearly used up: "
                                                         "have a new roll ready")
                                        : QString();
        QMetaObject::invokeMethod(this, [=, this] {
            report(data.caseId, data.reprint, recorded ? QString() : recorded.error().code,
                   recorded ? QString() : recorded.error().message, warning);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void ReceiptPrinter::report(const QString &caseId, bool reprint, const QString &errorCode,
                            const QString &errorMessage, const QString &warning)
{
    if (--m_pending == 0)
        emit busyChanged();
    if (!errorCode.isEmpty())
        emit failed(caseId, errorCode, errorMessage);
    else
        emit finished(caseId, reprint, warning);
}

} // namespace bianmin
