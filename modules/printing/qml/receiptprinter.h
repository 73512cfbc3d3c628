// QML module Bianmin.Printing 1.0: printing and reprinting receipts from the kiosk without blocking the UI.
// The application creates one ReceiptPrinter (it needs the data directory's ReceiptService) and hands it
// to QML; print() reads the committed case on the store's thread (setStoreContext; by default the calling
// thread), renders and sends it on the printer's own worker thread, records the audit entry back on the
// store's thread, and answers on this object's thread with finished() or failed(). A failed print loses
// nothing: call print() again.
//
//   // main.cpp: ReceiptService receipts(store); receipts.setServiceLookup(...);
//   //           ReceiptPrinter printer(receipts); engine.setInitialProperties({{"receiptPrinter", QVariant::fromValue(&printer)}});
//   import Bianmin.Printing
//   required property ReceiptPrinter receiptPrinter
//   Button { text: qsTr("Reprint"); enabled: !receiptPrinter.busy
//            onClicked: receiptPrinter.print(caseId, session.staffId) }   // reprint = any later print
//   Connections { target: receiptPrinter
//       function onFinished(caseId, reprint, warning) { ... }          // warning: e.g. paper near end
//       function onFailed(caseId, code, message) { errorBanner.text = message } } // "打印机缺纸… / …out of paper…"
#pragma once

#include "printing/printerlink.h"
#include "printing/receipt.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtQml/qqmlregistration.h>

namespace bianmin {

class ReceiptService;

class ReceiptPrinter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ReceiptPrinter is created by the application: it needs the kiosk's data directory")
    /** Printer URI (usb:/dev/usb/lp0, tcp://host:9100, serial:/dev/ttyUSB0, cups:NAME, pdf:DIR);
     *  starts as the config key "printer". */
    Q_PROPERTY(QString printer READ printer WRITE setPrinter NOTIFY printerChanged)
    /** 58 or 80 (mm); starts as the config key "printer.width". */
    Q_PROPERTY(int paperWidth READ paperWidth WRITE setPaperWidth NOTIFY paperWidthChanged)
    /** "zh" or "en": the language printed on the receipt. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** True while prints are queued or running. */
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit ReceiptPrinter(ReceiptService &service, const QString &printer = {}, int paperWidth = 80,
                            QObject *parent = nullptr);
    ~ReceiptPrinter() override;

    QString printer() const { return m_printer; }
    void setPrinter(const QString &uri);
    int paperWidth() const { return m_paperWidth; }
    void setPaperWidth(int mm);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool busy() const { return m_pending > 0; }

    /** The ReceiptService and its DataStore belong to `context`'s thread (e.g. the kiosk's StoreWorker):
     *  reading the case and auditing the print are queued there. Without one they run on the thread that
     *  calls print(). Both objects must outlive this one. */
    void setStoreContext(QObject *context) { m_storeContext = context; }

    /** Prints the receipt of a committed case; returns false (and emits failed) when it cannot even start
     *  (no or a malformed printer URI; an unknown case too when there is no store context). `staffId`: who asked, for the audit entry ("system" if empty). */
    Q_INVOKABLE bool print(const QString &caseId, const QString &staffId = QString());
    /** Prints the notice of the county's decision (approved / rejected / needs materials). */
    Q_INVOKABLE bool printDecision(const QString &caseId, const QString &staffId = QString());
    /** The case id of a scanned receipt QR code, or "" when it is not a genuine receipt of this kiosk. */
    Q_INVOKABLE QString verifyLookup(const QString &lookup) const;

signals:
    void finished(const QString &caseId, bool reprint, const QString &warning);
    void failed(const QString &caseId, const QString &code, const QString &message);
    void printerChanged();
    void paperWidthChanged();
    void languageChanged();
    void busyChanged();

private:
    bool start(const QString &caseId, const QString &staffId, ReceiptKind kind);
    /** On the worker thread: renders and sends, then queues the audit step on the store's thread. */
    void deliver(const ReceiptData &data, const QString &staffId, const PrinterUri &target, int width);
    /** On this object's thread. */
    void report(const QString &caseId, bool reprint, const QString &errorCode, const QString &errorMessage,
                const QString &warning);
    QObject *storeObject() { return m_storeContext ? m_storeContext.data() : this; }

    ReceiptService &m_service;
    QString m_printer;
    int m_paperWidth = 80;
    QString m_language = QStringLiteral("zh");
    int m_pending = 0;
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives in m_thread; jobs run there in order
    QPointer<QObject> m_storeContext;
};

} // namespace bianmin
