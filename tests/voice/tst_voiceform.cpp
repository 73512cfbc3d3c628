// Runs tst_voiceform.qml: what a villager hears on the real form page (FormPage, the Bianmin.Ui field
// delegates, a real FormController on the shipped catalogue) with voice on, through Qt TextToSpeech and
// the recording mock engine loaded as a real (static) plugin, exactly as the kiosk's VoiceGuide speaks.
#include "forms/catalogue.h"
#include "forms/qml/cataloguemodel.h"
#include "forms/qml/formcontroller.h"
#include "kiosksession.h"
#include "mockspeechengine.h"
#include "voice/voiceguide.h"

#include <QFont>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_PLUGIN(MockSpeechPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_UiPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_FormsPlugin)
Q_IMPORT_QML_PLUGIN(Bianmin_KioskPlugin)

/** What the mock engine was asked to say, for the QML test. */
class SpeechLog : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    Q_INVOKABLE QStringList texts() const { return MockSpeechEngine::spokenTexts(); }
    Q_INVOKABLE void clear() { MockSpeechEngine::spokenTexts().clear(); }
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(24);
        QGuiApplication::setFont(font);
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto *catalogue = new bianmin::CatalogueModel(engine);
        if (auto loaded = bianmin::Catalogue::loadBuiltin())
            catalogue->setCatalogue(std::make_shared<const bianmin::Catalogue>(std::move(*loaded)));
        auto *form = new bianmin::FormController(engine);
        form->setCatalogue(catalogue);
        form->setLanguage(QStringLiteral("zh_CN"));
        auto *session = new bianmin::KioskSession(engine, QString(), QStringLiteral("zh_CN"), engine);
        session->setLanguage(QStringLiteral("zh_CN"));
        auto *voice = new bianmin::VoiceGuide(QStringLiteral("bianmin-mock"), {}, engine);
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("catalogue"), catalogue);
        context->setContextProperty(QStringLiteral("form"), form);
        context->setContextProperty(QStringLiteral("kiosk"), session);
        context->setContextProperty(QStringLiteral("voice"), voice);
        context->setContextProperty(QStringLiteral("speech"), new SpeechLog(engine));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(voiceform, Setup)
#include "tst_voiceform.moc"
