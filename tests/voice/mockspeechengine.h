// A Qt TextToSpeech engine for tests: it speaks nothing and records what it was asked to say, so tests
// can check which prompts a villager would hear. Parameter "locales" (comma separated, e.g. "en_GB")
// picks the voices it claims to have ("C" stands for espeak-ng's Mandarin voice, which Qt files under
// the C locale); "fail" makes it fail to start.
#pragma once

#include <QTextToSpeechEngine>
#include <QTextToSpeechPlugin>

class MockSpeechEngine : public QTextToSpeechEngine
{
    Q_OBJECT
public:
    MockSpeechEngine(const QVariantMap &parameters, QObject *parent);

    static QStringList &spokenTexts(); // what every mock engine was asked to say, in order

    QList<QLocale> availableLocales() const override { return m_locales; }
    QList<QVoice> availableVoices() const override;
    void say(const QString &text) override;
    void stop(QTextToSpeech::BoundaryHint) override;
    void pause(QTextToSpeech::BoundaryHint) override {}
    void resume() override {}
    double rate() const override { return 0; }
    bool setRate(double) override { return true; }
    double pitch() const override { return 0; }
    bool setPitch(double) override { return true; }
    QLocale locale() const override { return m_locale; }
    bool setLocale(const QLocale &locale) override;
    double volume() const override { return 1; }
    bool setVolume(double) override { return true; }
    QVoice voice() const override { return availableVoices().value(0); }
    bool setVoice(const QVoice &voice) override;
    QString voiceName() const { return m_voiceName; }
    QTextToSpeech::State state() const override { return m_state; }
    QTextToSpeech::ErrorReason errorReason() const override { return m_error; }
    QString errorString() const override { return m_errorString; }

private:
    QList<QLocale> m_locales;
    QLocale m_locale;
    QTextToSpeech::State m_state = QTextToSpeech::Ready;
    QTextToSpeech::ErrorReason m_error = QTextToSpeech::ErrorReason::NoError;
    QString m_errorString;
    QString m_voiceName;
};

class MockSpeechPlugin : public QObject, public QTextToSpeechPlugin
{
    Q_OBJECT
    Q_INTERFACES(QTextToSpeechPlugin)
    Q_PLUGIN_METADATA(IID "org.qt-project.qt.speech.tts.plugin/6.0" FILE "mockspeech.json")
public:
    QTextToSpeechEngine *createTextToSpeechEngine(const QVariantMap &parameters, QObject *parent,
                                                  QString *) const override
    {
        return new MockSpeechEngine(parameters, parent);
    }
};
