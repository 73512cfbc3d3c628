// The staff queue screen's model (QML: import Bianmin.Sync; SyncStatus): how many cases are in each state,
// how long the oldest queued case has waited, when the county was last reached, and every case the county
// refused with its message and what staff should do next. Created by the kiosk's composition root with the
// UI thread's DataStore and the background SyncRunner, then handed to QML.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace bianmin {

class DataStore;
class SyncRunner;
struct SyncReport;

class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SyncStatus is created by the kiosk with its data store")

    Q_PROPERTY(QVariantMap counts READ counts NOTIFY changed)          ///< state name -> number of cases
    Q_PROPERTY(int queued READ queued NOTIFY changed)                  ///< waiting in the outbox
    Q_PROPERTY(int refused READ refusedCount NOTIFY changed)
    Q_PROPERTY(qint64 oldestQueuedSeconds READ oldestQueuedSeconds NOTIFY changed) ///< -1 when none
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY changed)  ///< invalid when never
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)        ///< empty after a good pass
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    /** Why the last catalogue the county sent was refused (the one in force stays), in the language of the
     *  translator installed when it is read (a language switch re-reads it); "" when none was. */
    Q_PROPERTY(QString catalogueError READ catalogueError NOTIFY changed)
    Q_PROPERTY(QVariantList refusedCases READ refusedCases NOTIFY changed)
    ///< each: {id, serviceId, outcome ("conflict"|"invalid"), message (the county's), advice, at}

public:
    SyncStatus(DataStore &store, SyncRunner *runner = nullptr, QObject *parent = nullptr);

    QVariantMap counts() const { return m_counts; }
    int queued() const { return m_queued; }
    int refusedCount() const { return static_cast<int>(m_refused.size()); }
    qint64 oldestQueuedSeconds() const;
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QString lastError() const { return m_lastError; }
    bool syncing() const { return m_syncing; }
    QString catalogueError() const { return m_catalogueError.translatedMessage(); }
    QVariantList refusedCases() const { return m_refused; }

    /** What staff should do about a refused case, by the county's outcome. */
    static QString adviceFor(const QString &outcome);

public Q_SLOTS:
    /** Re-reads the counts from the store (after a pass, and every 30 s for the age). */
    void refresh();
    /** Asks the runner for a pass now. */
    void syncNow();

Q_SIGNALS:
    void changed();

private:
    void onPassFinished(const SyncReport &report);

    DataStore &m_store;
    QPointer<SyncRunner> m_runner;
    QTimer m_tick;
    QVariantMap m_counts;
    int m_queued = 0;
    QDateTime m_oldestQueued;
    QDateTime m_lastSuccess;
    QString m_lastError;
    bool m_syncing = false;
    Error m_catalogueError;
    QVariantList m_refused;
};

} // namespace bianmin
