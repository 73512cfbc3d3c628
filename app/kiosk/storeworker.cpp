#include "storeworker.h"

#include "core/datadir.h"
#include "store/datastore.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace bianmin {

StoreWorker::StoreWorker(QString dataDir, bool createIfMissing, const Clock &clock)
    : m_dataDir(std::move(dataDir)), m_createIfMissing(createIfMissing), m_clock(clock)
{
}

StoreWorker::~StoreWorker() = default;

void StoreWorker::open()
{
    const DataDir dir(m_dataDir);
    if (m_createIfMissing && !QFileInfo::exists(dir.databasePath())) {
        if (auto made = DataStore::initialize(dir); !made) {
            emit opened(false, made.error().message, {}, {});
            return;
        }
    }
    auto store = DataStore::open(dir, m_clock);
    if (!store) {
        emit opened(false, store.error().message, {}, {});
        return;
    }
    m_store = std::move(*store);
    QString draftId;
    QByteArray draftJson;
    if (auto latest = m_store->drafts().latest(); latest && latest->has_value()) {
        draftId = (*latest)->id;
        draftJson = QJsonDocument((*latest)->answers).toJson(QJsonDocument::Compact);
    }
    emit opened(true, {}, draftId, draftJson);
}

void StoreWorker::saveDraft(const QString &draftId, const QString &serviceId, const QByteArray &json)
{
    if (!m_store)
        return;
    const QJsonObject draft = QJsonDocument::fromJson(json).object();
    if (auto saved = m_store->drafts().save(draftId, serviceId, draft); !saved)
        emit problem(saved.error().message);
}

void StoreWorker::removeDraft(const QString &draftId)
{
    if (!m_store)
        return;
    if (auto removed = m_store->drafts().remove(draftId); !removed)
        emit problem(removed.error().message);
}

void StoreWorker::putBlob(const QByteArray &bytes, const QString &mime)
{
    if (!m_store)
        return;
    if (auto put = m_store->blobs().put(bytes, mime); !put)
        emit problem(put.error().message);
}

void StoreWorker::submit(const CaseRecord &record, CaseState initialState, const QString &actor)
{
    if (!m_store) {
        emit submitFailed(QStringLiteral("kiosk.no_store"), QStringLiteral("the data directory is not open"));
        return;
    }
    auto stored = m_store->cases().submit(record, initialState, actor);
    if (!stored) {
        emit submitFailed(stored.error().code, stored.error().message);
        return;
    }
    emit submitted(*stored);
}

} // namespace bianmin
