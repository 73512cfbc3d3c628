#include "staffworker.h"

#include "auth/staffdirectory.h"
#include "core/datadir.h"
#include "store/datastore.h"
#include "workflow/caseworkflow.h"

namespace bianmin {

StaffWorker::StaffWorker(QString dataDir, const Clock &clock, ServicePolicyLookup policies)
    : m_dataDir(std::move(dataDir)), m_clock(clock), m_policies(std::move(policies))
{
}

StaffWorker::~StaffWorker() = default;

void StaffWorker::open()
{
    auto store = DataStore::open(DataDir(m_dataDir), m_clock);
    if (!store) {
        emit opened(store.error().message);
        return;
    }
    auto staff = StaffDirectory::open(**store);
    if (!staff) {
        emit opened(staff.error().message);
        return;
    }
    m_store = std::move(*store);
    m_staff = std::move(*staff);
    m_workflow = std::make_unique<CaseWorkflow>(*m_store, m_policies);
    emit opened(QString());
}

} // namespace bianmin
