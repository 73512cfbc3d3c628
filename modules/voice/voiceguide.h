// Spoken prompts for villagers who read little or see poorly: with voice on, each step's title, the
// field being filled and any validation message are read aloud in Mandarin through Qt TextToSpeech
// (speech-dispatcher with espeak-ng's Mandarin voice on Debian). When no engine or no Mandarin voice is
// there, the kiosk tells staff once and carries on silently: voice is a help, never a blocker.
#pragma once

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QTextToSpeech;

namespace bianmin {

class VoiceGuide : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("VoiceGuide is created by the kiosk's composition root")
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(bool available READ available NOTIFY availabilityChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY availabilityChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString lastSpoken READ lastSpoken NOTIFY spoken)

public:
    /** `engine` names a Qt TextToSpeech engine ("speechd"); empty picks the first one installed.
     *  `parameters` go to the engine as they are. */
    explicit VoiceGuide(const QString &engine = {}, const QVariantMap &parameters = {}, QObject *parent = nullptr);
    ~VoiceGuide() override;

    bool enabled() const { return m_enabled; }
    void setEnabled(bool on);
    bool available() const { return m_problem.isEmpty(); }
    /** Why there is no voice, in words for staff; empty when speech works. */
    QString problem() const { return m_problem; }
    /** "zh_CN" (Mandarin, the default) or "en". */
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString lastSpoken() const { return m_lastSpoken; }

    Q_INVOKABLE void announceStep(const QString &title);
    Q_INVOKABLE void announceField(const QString &label, const QString &hint = {});
    /** A choice, yes/no or date answer as the villager gives it: those fields never take the keyboard
     *  focus, so the touch itself is the moment to confirm what was chosen ("性别。已选：男"). */
    Q_INVOKABLE void announceChoice(const QString &label, const QString &chosen);
    Q_INVOKABLE void announceError(const QString &message);
    /** Stops what is being said, e.g. when the villager moves on. */
    Q_INVOKABLE void stop();

signals:
    void enabledChanged();
    void availabilityChanged();
    void languageChanged();
    void spoken(const QString &text);
    /** Emitted once, the first time voice is wanted and cannot work: shown on the staff screen. */
    void staffNotice(const QString &message);

private:
    void speak(const QString &text);
    QString sentenceBreak() const;
    void checkVoice();
    void setProblem(const QString &problem);

    QTextToSpeech *m_speech = nullptr;
    bool m_enabled = false;
    bool m_noticeGiven = false;
    QString m_language = QStringLiteral("zh_CN");
    QString m_problem;
    QString m_lastSpoken;
};

} // namespace bianmin
