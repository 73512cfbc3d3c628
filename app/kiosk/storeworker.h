// The kiosk's data directory, owned by one worker thread: Qt SQL connections belong to the thread that
// opened them, and a commit with synchronous=FULL may take a while on an SD card, so every store call
// (submit, autosave, blobs) runs here and the UI thread only queues requests and gets signals back.
#pragma once

#include "core/casedata.h"
#include "core/casestate.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace bianmin {

class Clock;
class DataStore;

class StoreWorker : public QObject
{
    Q_OBJECT
public:
    StoreWorker(QString dataDir, bool createIfMissing, const Clock &clock);
    ~StoreWorker() override;

public slots:
    /** Opens (with createIfMissing: first initialises) the data directory; emits opened(). Also reports
     *  the latest draft, to resume after a crash or power cut. */
    void open();
    void saveDraft(const QString &draftId, const QString &serviceId, const QByteArray &json);
    void removeDraft(const QString &draftId);
    void putBlob(const QByteArray &bytes, const QString &mime);
    /** `actor`: "villager", or the clerk's staff id for an agent submission (the audit entry). */
    void submit(const bianmin::CaseRecord &record, bianmin::CaseState initialState, const QString &actor);

signals:
    void opened(bool ok, const QString &error, const QString &draftId, const QByteArray &draftJson);
    void submitted(const bianmin::CaseRecord &record);
    void submitFailed(const QString &code, const QString &message);
    /** Autosave or blob problems: the session goes on, staff are told. */
    void problem(const QString &message);

private:
    QString m_dataDir;
    bool m_createIfMissing;
    const Clock &m_clock;
    std::unique_ptr<DataStore> m_store;
};

} // namespace bianmin
