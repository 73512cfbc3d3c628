// A real data directory (keys, kiosk.db, config) in a temporary directory holding the fixture's case,
// committed through CaseStore::submit exactly as the kiosk does.
#pragma once

#include "core/clock.h"
#include "receiptfixture.h"
#include "store/datastore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct StoreFixture
{
    QTemporaryDir dir;
    bianmin::ManualClock clock{QDateTime(QDate(2026, 9, 18), QTime(10, 42), QTimeZone(8 * 3600))};
    std::unique_ptr<bianmin::DataStore> store;
    QString caseId;

    bool setUp()
    {
        const bianmin::DataDir dataDir(dir.filePath(QStringLiteral("kiosk")));
        if (!bianmin::DataStore::initialize(dataDir).ok())
            return false;
        auto opened = bianmin::DataStore::open(dataDir, clock);
        if (!opened)
            return false;
        store = std::move(opened.value());
        store->config().setValue(QStringLiteral("kiosk.name"), QStringLiteral("华田村便民服务中心"));
        store->config().setValue(QStringLiteral("kiosk.phone"), QStringLiteral("023-7322 1234"));
        bianmin::CaseRecord record = fixture::caseRecord();
        record.id.clear(); // the store assigns it
        auto submitted = store->cases().submit(record, bianmin::CaseState::Queued, QStringLiteral("clerk-07"));
        if (!submitted)
            return false;
        caseId = submitted->id;
        return true;
    }

    /** The county's decision arrives (uploaded first, as sync would). */
    bool decide(bianmin::CaseState decision, const QString &message)
    {
        if (!store->cases().markUploaded({{caseId, QStringLiteral("CQ-2026-0001")}}).ok())
            return false;
        bianmin::CountyUpdate u;
        u.cursor = QStringLiteral("1");
        u.caseId = caseId;
        u.status = decision;
        u.message = message;
        u.at = clock.now();
        return store->cases().applyCountyUpdates({u}, QStringLiteral("1")).ok();
    }

    QStringList receiptAudit(QStringList *actors = nullptr)
    {
        QStringList actions;
        auto entries = store->audit().entriesFor(caseId);
        for (const bianmin::AuditEntry &e : entries.value()) {
            if (e.action.startsWith(QLatin1String("receipt."))) {
                actions << e.action;
                if (actors)
                    *actors << e.actor;
            }
        }
        return actions;
    }
};
