#include "mockspeechengine.h"

MockSpeechEngine::MockSpeechEngine(const QVariantMap &parameters, QObject *parent) : QTextToSpeechEngine(parent)
{
    const QString locales = parameters.value(QStringLiteral("locales"), QStringLiteral("zh_CN,en_GB")).toString();
    for (const QString &name : locales.split(QLatin1Char(','), Qt::SkipEmptyParts))
        m_locales << QLocale(name);
    m_locale = m_locales.value(0);
    if (parameters.contains(QStringLiteral("fail"))) {
        m_state = QTextToSpeech::Error;
        m_error = QTextToSpeech::ErrorReason::Initialization;
        m_errorString = QStringLiteral("cannot connect to speech-dispatcher");
    }
}

QStringList &MockSpeechEngine::spokenTexts()
{
    static QStringList texts;
    return texts;
}

QList<QVoice> MockSpeechEngine::availableVoices() const
{
    // Like espeak-ng through speech-dispatcher: the Mandarin voice sits under the C locale.
    if (m_locale.language() == QLocale::C)
        return {createVoice(QStringLiteral("Chinese (Mandarin, latin as English)"), m_locale, QVoice::Male, QVoice::Adult, {})};
    return {createVoice(QStringLiteral("mock"), m_locale, QVoice::Female, QVoice::Adult, {})};
}

void MockSpeechEngine::say(const QString &text)
{
    spokenTexts() << text;
    m_state = QTextToSpeech::Speaking;
    emit stateChanged(m_state);
}

void MockSpeechEngine::stop(QTextToSpeech::BoundaryHint)
{
    m_state = QTextToSpeech::Ready;
    emit stateChanged(m_state);
}

bool MockSpeechEngine::setVoice(const QVoice &voice)
{
    m_voiceName = voice.name();
    return true;
}

bool MockSpeechEngine::setLocale(const QLocale &locale)
{
    if (!m_locales.contains(locale))
        return false;
    m_locale = locale;
    return true;
}
