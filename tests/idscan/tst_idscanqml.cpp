// Bianmin.IdScan from QML, as the kiosk's ID card page uses it: the module imports, IdCardReader's
// properties and enums are visible, and a card read shows up in bindings (masked number, expiry flag).
#include "readeremulator.h"
#include "testcards.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Bianmin_IdScanPlugin)

class TestIdScanQml : public QObject
{
    Q_OBJECT
private slots:
    void readerInQml()
    {
        QTemporaryDir dir;
        ReaderEmulator emulator(
            dir.filePath(QStringLiteral("qmlidreader-%1").arg(QCoreApplication::applicationPid())));
        QVERIFY(emulator.plugIn());
        emulator.setCard(
            ReaderEmulator::Card { testcards::residentText(testcards::wang()), testcards::photo() });

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData(QByteArray(R"(
            import QtQml
            import Bianmin.IdScan
            IdCardReader {
                property string device0
                device: device0
                pollInterval: 50
                active: device0 !== ""
                readonly property bool waiting: state === IdCardReader.WaitingForCard
                readonly property string shown: hasCard ? maskedName + " " + maskedIdNumber : ""
                readonly property bool flagged: hasCard && (expired || !checkDigitOk)
            }
        )"),
            QUrl(QStringLiteral("inline.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> reader(
            component.createWithInitialProperties({ { QStringLiteral("device0"), emulator.path() } }));
        QVERIFY(reader);
        QTRY_COMPARE(reader->property("shown").toString(), QStringLiteral("王** 500242********0032"));
        QCOMPARE(reader->property("flagged").toBool(), false);
        QCOMPARE(reader->property("sex").toString(), QStringLiteral("male"));
        QCOMPARE(reader->property("birthDate").toDate(), QDate(1980, 1, 1));
    }

    void cameraScannerIsAvailableToQml()
    {
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/"));
        QQmlComponent component(&engine);
        component.setData("import Bianmin.IdScan\nCameraScanner { }\n", QUrl(QStringLiteral("camera.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        std::unique_ptr<QObject> scanner(component.create());
        QVERIFY(scanner);
        QCOMPARE(scanner->property("active").toBool(), false); // never switches a camera on by itself
    }
};

QTEST_GUILESS_MAIN(TestIdScanQml)
#include "tst_idscanqml.moc"
