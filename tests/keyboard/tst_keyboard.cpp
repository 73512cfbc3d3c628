// Runs tst_keyboard.qml: the real Qt Virtual Keyboard with our layouts and Pinyin input method, in a real
// Qt Quick window on the offscreen platform.
#include <QDir>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Bianmin_KeyboardPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_UiPlugin)

class KeyboardTestSetup : public QObject
{
    Q_OBJECT
public:
    KeyboardTestSetup()
    {
        // The keyboard reads these once, when it is first created.
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
        qputenv("QT_VIRTUALKEYBOARD_LAYOUT_PATH", "qrc:/Bianmin/Keyboard/layouts");
        qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
        qputenv("QT_VIRTUALKEYBOARD_STYLE", "bianmin"); // the kiosk's style (larger labels and candidates)
    }
public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Screenshots of the keyboard go to the build tree, for people to look at.
        const QString dir = qEnvironmentVariable("BIANMIN_BINARY_DIR", QDir::tempPath()) + QStringLiteral("/screenshots/keyboard");
        QDir().mkpath(dir);
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"), dir);
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_keyboard, KeyboardTestSetup)
#include "tst_keyboard.moc"
