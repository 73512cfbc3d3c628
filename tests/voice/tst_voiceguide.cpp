// What a villager hears with voice on, and what staff are told when the kiosk cannot speak: through
// Qt TextToSpeech with a recording mock engine loaded as a real (static) plugin.
#include "mockspeechengine.h"
#include "voice/voiceguide.h"

#include <QSignalSpy>
#include <QtTest>

Q_IMPORT_PLUGIN(MockSpeechPlugin)

using namespace bianmin;

class TestVoiceGuide : public QObject
{
    Q_OBJECT
private:
    static QStringList &spoken() { return MockSpeechEngine::spokenTexts(); }

private slots:
    void init() { spoken().clear(); }

    void mockEngineIsSeenByQt() { QVERIFY(QTextToSpeech::availableEngines().contains(QStringLiteral("bianmin-mock"))); }

    void readsStepFieldAndErrorAloud()
    {
        VoiceGuide voice(QStringLiteral("bianmin-mock"));
        QVERIFY2(voice.available(), qPrintable(voice.problem()));
        voice.setEnabled(true);
        voice.announceStep(QStringLiteral("第二步：申请人信息"));
        voice.announceField(QStringLiteral("手机号码"), QStringLiteral("请输入11位手机号"));
        voice.announceError(QStringLiteral("手机号码应为11位数字"));
        QCOMPARE(spoken(), QStringList({QStringLiteral("第二步：申请人信息"), QStringLiteral("手机号码。请输入11位手机号"),
                                        QStringLiteral("手机号码应为11位数字")}));
    }

    void silentUntilSwitchedOn()
    {
        VoiceGuide voice(QStringLiteral("bianmin-mock"));
        voice.announceStep(QStringLiteral("第一步"));
        QVERIFY(spoken().isEmpty());
        voice.setEnabled(true);
        voice.announceStep(QStringLiteral("第一步"));
        voice.setEnabled(false);
        voice.announceStep(QStringLiteral("第二步"));
        QCOMPARE(spoken(), QStringList({QStringLiteral("第一步")}));
    }

    void noMandarinVoiceTellsStaffOnceAndStaysSilent()
    {
        VoiceGuide voice(QStringLiteral("bianmin-mock"), {{QStringLiteral("locales"), QStringLiteral("en_GB")}});
        QVERIFY(!voice.available());
        QVERIFY(voice.problem().contains(QStringLiteral("Mandarin")));
        QSignalSpy notices(&voice, &VoiceGuide::staffNotice);
        voice.setEnabled(true);
        voice.setEnabled(false);
        voice.setEnabled(true);
        QCOMPARE(notices.size(), 1);
        voice.announceStep(QStringLiteral("第一步"));
        QVERIFY(spoken().isEmpty());
        // The same kiosk in English does have a voice.
        voice.setLanguage(QStringLiteral("en"));
        QVERIFY(voice.available());
        voice.announceStep(QStringLiteral("Step 1"));
        voice.announceChoice(QStringLiteral("Kind of hardship"), QStringLiteral("Chosen: Fire"));
        QCOMPARE(spoken(), QStringList({QStringLiteral("Step 1"), QStringLiteral("Kind of hardship. Chosen: Fire")}));
    }

    void findsEspeakMandarinUnderTheCLocale()
    {
        VoiceGuide voice(QStringLiteral("bianmin-mock"), {{QStringLiteral("locales"), QStringLiteral("en_GB,C")}});
        QVERIFY2(voice.available(), qPrintable(voice.problem()));
        voice.setEnabled(true);
        voice.announceStep(QStringLiteral("请把身份证放在读卡器上"));
        QCOMPARE(spoken(), QStringList({QStringLiteral("请把身份证放在读卡器上")}));
    }

    void brokenEngineIsReported()
    {
        VoiceGuide voice(QStringLiteral("bianmin-mock"), {{QStringLiteral("fail"), true}});
        QVERIFY(!voice.available());
        QVERIFY(voice.problem().contains(QStringLiteral("speech-dispatcher")));
    }

    void noEngineAtAll()
    {
        VoiceGuide voice(QStringLiteral("no-such-engine"));
        QVERIFY(!voice.available());
        QSignalSpy notices(&voice, &VoiceGuide::staffNotice);
        voice.setEnabled(true);
        QCOMPARE(notices.size(), 1);
        voice.announceError(QStringLiteral("错误"));
        QVERIFY(spoken().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVoiceGuide)
#include "tst_voiceguide.moc"
