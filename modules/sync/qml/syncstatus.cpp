#include "syncstatus.h"

#include "sync/syncrunner.h"

#include "core/ids.h"
#include "store/datastore.h"

namespace bianmin {

SyncStatus::SyncStatus(DataStore &store, SyncRunner *runner, QObject *parent)
    : QObject(parent), m_store(store), m_runner(runner)
{
    if (runner) {
        connect(runner, &SyncRunner::passStarted, this, [this] {
            m_syncing = true;
            emit changed();
        });
        connect(runner, &SyncRunner::passFinished, this, &SyncStatus::onPassFinished);
    }
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatus::refresh);
    m_tick.start();
    refresh();
}

qint64 SyncStatus::oldestQueuedSeconds() const
{
    if (!m_oldestQueued.isValid())
        return -1;
    return qMax<qint64>(0, m_oldestQueued.secsTo(m_store.clock().now()));
}

QString SyncStatus::adviceFor(const QString &outcome)
{
    if (outcome == QLatin1String("conflict"))
        return tr("The county already holds a different version of this case. Do not submit it again; "
                  "call the county service desk with the case number.");
    return tr("The county could not accept this case. Correct what the county's message names and submit "
              "a new application with the applicant.");
}

void SyncStatus::refresh()
{
    CaseStore &cases = m_store.cases();
    m_counts.clear();
    if (auto counts = cases.countByState(); counts) {
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            m_counts.insert(it.key(), it.value());
    }
    m_queued = cases.outboxSize().ok() ? cases.outboxSize().value() : 0;
    m_oldestQueued = cases.oldestQueuedAt().value_or(QDateTime());
    m_lastSuccess = fromRfc3339(m_store.database().stateValue(QStringLiteral("sync.last_success")));
    if (!m_syncing)
        m_lastError = m_store.database().stateValue(QStringLiteral("sync.last_error"));

    m_refused.clear();
    CaseFilter filter;
    filter.state = CaseState::Refused;
    if (auto list = cases.list(filter); list) {
        for (const CaseRecord &c : *list) {
            QString outcome = QStringLiteral("invalid");
            if (auto entries = m_store.audit().entriesFor(c.id); entries) {
                for (const AuditEntry &e : *entries) {
                    if (e.action == QLatin1String("case.refused"))
                        outcome = e.details.value(QLatin1String("outcome")).toString(outcome);
                }
            }
            m_refused.append(QVariantMap{{QStringLiteral("id"), c.id},
                                         {QStringLiteral("caseNumber"), caseNumberOf(c.id)},
                                         {QStringLiteral("serviceId"), c.serviceId},
                                         {QStringLiteral("outcome"), outcome},
                                         {QStringLiteral("message"), c.countyMessage},
                                         {QStringLiteral("advice"), adviceFor(outcome)},
                                         {QStringLiteral("at"), c.updatedAt}});
        }
    }
    emit changed();
}

void SyncStatus::syncNow()
{
    if (m_runner)
        m_runner->syncNow();
}

void SyncStatus::onPassFinished(const SyncReport &report)
{
    m_syncing = false;
    m_lastError = report.ok ? QString() : report.error.message;
    // A pass that got through asked for the catalogue: until the county sends one this kiosk can use, every
    // such pass refuses it again. A pass that did not get through says nothing about it.
    if (report.ok)
        m_catalogueError = report.catalogueError;
    refresh();
}

} // namespace bianmin
