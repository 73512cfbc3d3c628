#include "voiceguide.h"

#include <QLocale>
#include <QTextToSpeech>

namespace bianmin {

VoiceGuide::VoiceGuide(const QString &engine, const QVariantMap &parameters, QObject *parent) : QObject(parent)
{
    const QStringList engines = QTextToSpeech::availableEngines();
    const QString chosen = engine.isEmpty() ? engines.value(0) : engine;
    if (chosen.isEmpty() || !engines.contains(chosen)) {
        setProblem(tr("No speech engine is installed, so voice prompts are off. Install speech-dispatcher and "
                      "speech-dispatcher-espeak-ng."));
        return;
    }
    m_speech = new QTextToSpeech(chosen, parameters, this);
    connect(m_speech, &QTextToSpeech::errorOccurred, this, [this](QTextToSpeech::ErrorReason, const QString &why) {
        setProblem(tr("Voice prompts stopped working: %1").arg(why));
    });
    checkVoice();
}

VoiceGuide::~VoiceGuide() = default;

void VoiceGuide::setEnabled(bool on)
{
    if (m_enabled == on)
        return;
    m_enabled = on;
    emit enabledChanged();
    if (!on)
        stop();
    else if (!available() && !m_noticeGiven) {
        m_noticeGiven = true;
        emit staffNotice(m_problem);
    }
}

void VoiceGuide::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    if (m_speech)
        checkVoice();
}

void VoiceGuide::checkVoice()
{
    if (m_speech->state() == QTextToSpeech::Error) {
        setProblem(tr("The speech engine does not start (%1), so voice prompts are off.").arg(m_speech->errorString()));
        return;
    }
    const bool english = m_language == QLatin1String("en");
    const QLocale::Language wanted = english ? QLocale::English : QLocale::Chinese;
    const QList<QLocale> locales = m_speech->availableLocales();
    for (const QLocale &locale : locales) {
        if (locale.language() == wanted) {
            m_speech->setLocale(locale);
            setProblem({});
            return;
        }
    }
    // espeak-ng (through speech-dispatcher) names its Mandarin voice with the language code "cmn", which
    // QLocale does not know, so Qt files it under the C locale: find it there by its name.
    if (!english) {
        for (const QLocale &locale : locales) {
            if (locale.language() != QLocale::C)
                continue;
            m_speech->setLocale(locale);
            for (const QVoice &voice : m_speech->availableVoices()) {
                if (voice.name().contains(QLatin1String("Mandarin"), Qt::CaseInsensitive)) {
                    m_speech->setVoice(voice);
                    setProblem({});
                    return;
                }
            }
        }
    }
    setProblem(m_language == QLatin1String("en")
                   ? tr("The speech engine has no English voice, so voice prompts are off.")
                   : tr("The speech engine has no Mandarin voice, so voice prompts are off. Install "
                        "speech-dispatcher-espeak-ng."));
}

void VoiceGuide::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit availabilityChanged();
    if (!problem.isEmpty() && m_enabled && !m_noticeGiven) {
        m_noticeGiven = true;
        emit staffNotice(problem);
    }
}

void VoiceGuide::announceStep(const QString &title)
{
    speak(title);
}

void VoiceGuide::announceField(const QString &label, const QString &hint)
{
    speak(hint.isEmpty() ? label : label + sentenceBreak() + hint);
}

void VoiceGuide::announceChoice(const QString &label, const QString &chosen)
{
    speak(label.isEmpty() ? chosen : label + sentenceBreak() + chosen);
}

QString VoiceGuide::sentenceBreak() const
{
    // A pause between the field's name and what follows, as each language writes it.
    return m_language == QLatin1String("en") ? QStringLiteral(". ") : QStringLiteral("。");
}

void VoiceGuide::announceError(const QString &message)
{
    speak(message);
}

void VoiceGuide::stop()
{
    if (m_speech && m_speech->state() == QTextToSpeech::Speaking)
        m_speech->stop();
}

void VoiceGuide::speak(const QString &text)
{
    if (!m_enabled || !available() || text.trimmed().isEmpty())
        return;
    // A new prompt replaces the old one: a villager tapping ahead should hear where they are now.
    stop();
    m_speech->say(text);
    m_lastSpoken = text;
    emit spoken(text);
}

} // namespace bianmin
