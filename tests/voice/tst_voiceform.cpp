// Runs tst_voiceform.qml: what a villager hears on the real form page (FormPage, the Bianmin.Ui field
// delegates, a real FormController on the shipped catalogue) with voice on, through Qt TextToSpeech and
// the recording mock engine loaded as a real (static) plugin, exactly as the kiosk's VoiceGuide speaks.
#include "formpagesetup.h"
#include "mockspeechengine.h"
#include "voice/voiceguide.h"

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
    void applicationAvailable() { formpagesetup::prepareApplication(); }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        formpagesetup::publishContext(engine, new bianmin::VoiceGuide(QStringLiteral("bianmin-mock"), {}, engine));
        engine->rootContext()->setContextProperty(QStringLiteral("speech"), new SpeechLog(engine));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(voiceform, Setup)
#include "tst_voiceform.moc"
