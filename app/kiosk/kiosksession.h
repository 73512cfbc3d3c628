// The villager's session as QML sees it (context property `kiosk`): the language (switched live), what the
// idle screen shows (center name, opening hours, one-visit services, announcements), and the actions that
// reach the data: submitting the case, autosaving the draft and storing a signature, all done on the
// store's own thread (StoreWorker) so the UI never waits. QML never touches the store; it calls these and
// shows what comes back.
#pragma once

#include "core/casedata.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTranslator>
#include <QVariantList>
#include <QVariantMap>

#include <functional>
#include <memory>
#include <optional>

class QQmlEngine;

namespace bianmin {

class Catalogue;
class Clock;
class StoreWorker;

class KioskSession : public QObject
{
    Q_OBJECT
    /** "zh_CN" (default) or "en". Setting it swaps the translator and retranslates every qsTr live. */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** The configured language (config `locale`): a new session starts in it. */
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage CONSTANT)
    Q_PROPERTY(QString centerName READ centerName NOTIFY infoChanged)
    Q_PROPERTY(QString openingHours READ openingHours NOTIFY infoChanged)
    Q_PROPERTY(QString centerPhone READ centerPhone NOTIFY infoChanged)
    Q_PROPERTY(QStringList announcements READ announcements NOTIFY infoChanged)
    /** [{serviceId, name}] of the services tagged run_at_most_once, in the current language. */
    Q_PROPERTY(QVariantList oneVisitServices READ oneVisitServices NOTIFY infoChanged)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(bool cameraAvailable READ cameraAvailable CONSTANT)
    /** The on-screen keyboard is in use (QT_IM_MODULE=qtvirtualkeyboard, set by bianmin-kiosk). */
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    /** The draft found at start (FormController::draftJson format), "" if none: resume it. */
    Q_PROPERTY(QString pendingDraft READ pendingDraft NOTIFY pendingDraftChanged)
    Q_PROPERTY(bool submitting READ submitting NOTIFY submittingChanged)
    /** A problem staff must fix (the data directory cannot be opened...); "" when all is well. */
    Q_PROPERTY(QString staffNotice READ staffNotice NOTIFY staffNoticeChanged)

public:
    KioskSession(QQmlEngine *engine, QString dataDir, QString defaultLanguage, QObject *parent = nullptr);
    ~KioskSession() override;

    /** Starts the store thread and opens the data directory there, while the pages load. */
    void openStore(bool createIfMissing, const Clock &clock);
    /** Waits (at most `ms`) until the store has opened; returns why it could not, empty when open. */
    QString waitForStore(int ms);
    void setCatalogue(std::shared_ptr<const Catalogue> catalogue);

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString defaultLanguage() const { return m_defaultLanguage; }
    QString centerName() const { return m_centerName; }
    QString openingHours() const { return m_openingHours; }
    QString centerPhone() const { return m_centerPhone; }
    QStringList announcements() const;
    QVariantList oneVisitServices() const;
    QString dataDir() const { return m_dataDir; }
    bool cameraAvailable() const { return false; }
    bool virtualKeyboard() const { return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard"; }
    QString pendingDraft() const { return m_pendingDraft; }
    bool submitting() const { return m_submitting; }
    QString staffNotice() const { return m_staffNotice; }

    void setCenterInfo(const QString &name, const QString &hours, const QString &phone);
    void setStaffNotice(const QString &notice);

    /** Stores the case ({service_id, form_version, applicant, fields} from FormController::caseJson) on
     *  the store thread; then submitted({caseId, caseNumber, serviceName, promisedDays, promisedDate,
     *  awaitingApproval}) or submitFailed(message, code, detail). */
    Q_INVOKABLE void submit(const QVariantMap &caseJson);
    /** The same for a clerk submitting for a villager (channel agent) with the villager's consent:
     *  `consentMethod` "id_card" or "signature" (`signatureSha256`: the stored signature). The agent check
     *  (the logged-in clerk, SubmissionService's rules) runs first; the result also has channel and clerk. */
    Q_INVOKABLE void submitForVillager(const QVariantMap &caseJson, const QString &consentMethod,
                                       const QString &signatureSha256 = {});
    /** Set by KioskApp once the staff side is up: checks an agent case and names the clerk in it. */
    using AgentCheck = std::function<Status(CaseRecord &record)>;
    void setAgentCheck(AgentCheck check) { m_agentCheck = std::move(check); }
    /** Autosaves the session's draft (FormController::draftJson), sealed by the store. */
    Q_INVOKABLE void saveDraft(const QString &draftJson);
    /** The session ended (submitted, or wiped by the idle timeout): its draft goes. */
    Q_INVOKABLE void clearDraft();
    /** A signature pad's picture ("data:image/png;base64,..."): stored as an encrypted blob on the store
     *  thread; returns {sha256, mime, bytes} at once (the blob is written before any later submit). */
    Q_INVOKABLE QVariantMap storeImage(const QString &dataUrl);
    /** "I will bring the paper": a kiosk without a camera (or a villager who prefers paper) still
     *  completes the form. Each of the `count` notes is a small PNG saying which document of which service
     *  is to be handed in at the window, stored like a photo; staff replace it with the scan. Returns
     *  [{sha256, mime, bytes, note: "paper"}]. */
    Q_INVOKABLE QVariantList paperNotes(const QString &serviceName, const QString &fieldLabel, int count);
    /** The applicant's ID card photo as the reader gave it (1024 compressed bytes, never decoded here):
     *  stored as an encrypted blob and attached to the next submitted case as its id_photo. */
    Q_INVOKABLE void keepCardPhoto(const QByteArray &photo);
    /** The card was not the applicant's after all (or the session ended): the next case has no photo. */
    Q_INVOKABLE void forgetCardPhoto();

signals:
    void languageChanged();
    void infoChanged();
    void staffNoticeChanged();
    void submittingChanged();
    void submitted(const QVariantMap &result);
    /** `message`: a sentence for the villager; `code` and `detail`: the error's machine code and own
     *  words, for staff pages that tell a failed save in their own plain sentence (window.saveProblem). */
    void submitFailed(const QString &message, const QString &code, const QString &detail);
    void pendingDraftChanged();
    void storeOpened();

private:
    QVariantMap storePng(const QByteArray &png);
    void submitRecord(const QVariantMap &caseJson, const std::optional<AgentInfo> &agent);
    void onSubmitted(const CaseRecord &record);
    void onSubmitFailed(const QString &code, const QString &message);

    QQmlEngine *m_engine;
    QTranslator m_translator;
    QString m_language;
    QString m_defaultLanguage;
    QString m_dataDir;
    QString m_centerName;
    QString m_openingHours;
    QString m_centerPhone;
    QString m_staffNotice;
    QString m_pendingDraft;
    QString m_draftId;
    bool m_submitting = false;
    bool m_storeReady = false;
    QString m_storeError;
    std::shared_ptr<const Catalogue> m_catalogue;
    AgentCheck m_agentCheck;
    QHash<QString, qint64> m_blobSizes; // sha256 -> bytes, for the attachment list of the case
    Attachment m_cardPhoto; // empty sha256: none
    QThread m_storeThread;
    QPointer<StoreWorker> m_worker;
};

} // namespace bianmin
