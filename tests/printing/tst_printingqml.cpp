// Bianmin.Printing from QML, as the kiosk's pages use it: the type is importable, an application-made
// ReceiptPrinter is handed in as a required property, print() is callable and finished() reaches QML.
#include "fakeprinter.h"
#include "printing/receiptservice.h"
#include "receiptprinter.h"
#include "storefixture.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Bianmin_PrintingPlugin)

using namespace bianmin;

class TestPrintingQml : public QObject
{
    Q_OBJECT
private slots:
    void printFromQml()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        FakePrinter device;
        ReceiptService service(*f.store);
        ReceiptPrinter printer(service, QStringLiteral("tcp://127.0.0.1:%1").arg(device.port()), 58);

        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQuick
            import Bianmin.Printing
            Item {
                required property ReceiptPrinter receiptPrinter
                property string result: ""
                property bool wasBusy: false
                function printIt(caseId) { receiptPrinter.print(caseId, "clerk-07"); wasBusy = receiptPrinter.busy }
                Connections {
                    target: receiptPrinter
                    function onFinished(caseId, reprint, warning) { result = "printed " + caseId + (reprint ? " again" : "") }
                    function onFailed(caseId, code, message) { result = code }
                }
            })", QUrl(QStringLiteral("qrc:/tst_printingqml.qml")));
        QScopedPointer<QObject> root(component.createWithInitialProperties(
            {{QStringLiteral("receiptPrinter"), QVariant::fromValue(&printer)}}));
        QVERIFY2(root, qPrintable(component.errorString()));

        QMetaObject::invokeMethod(root.get(), "printIt", Q_ARG(QVariant, f.caseId));
        QVERIFY(root->property("wasBusy").toBool());
        QTRY_COMPARE_WITH_TIMEOUT(root->property("result").toString(), QStringLiteral("printed ") + f.caseId, 10000);
        QCOMPARE(printer.paperWidth(), 58);
        QVERIFY(device.received(1, 1000).size() > 100);
    }
};

QTEST_MAIN(TestPrintingQml)
#include "tst_printingqml.moc"
