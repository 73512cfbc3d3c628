// A fresh, initialised data directory with the store and staff directory open, for the auth tests.
#pragma once

#include "auth/staffdirectory.h"
#include "core/clock.h"
#include "store/datastore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace bianmin::test {

inline QDateTime testStart()
{
    return QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600);
}

struct Kiosk
{
    explicit Kiosk(const QString &root, const Clock &clock) : dir(root), clock(clock) {}
    DataDir dir;
    const Clock &clock;
    std::unique_ptr<DataStore> store;
    std::unique_ptr<StaffDirectory> staff;

    bool open()
    {
        staff.reset();
        store.reset();
        auto s = DataStore::open(dir, clock);
        if (!s) {
            qWarning() << s.error().message;
            return false;
        }
        store = std::move(*s);
        auto d = StaffDirectory::open(*store);
        if (!d) {
            qWarning() << d.error().message;
            return false;
        }
        staff = std::move(*d);
        return true;
    }
    bool init() { return DataStore::initialize(dir).ok() && open(); }
    void close()
    {
        staff.reset();
        store.reset();
    }
};

inline StaffAccount account(const QString &id, Role role, const QStringList &steps = {})
{
    StaffAccount a;
    a.id = id;
    a.displayName = id + QStringLiteral(" 同志");
    a.role = role;
    a.steps = steps;
    return a;
}

} // namespace bianmin::test
