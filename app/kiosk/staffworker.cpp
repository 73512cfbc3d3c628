#include "staffworker.h"

#include "auth/staffdirectory.h"
#include "core/datadir.h"
#include "store/datastore.h"
#include "workflow/caseworkflow.h"
#include "workflow/submissionservice.h"

namespace bianmin {

StaffWorker::StaffWorker(QString dataDir, const Clock &clock, ServicePolicyLookup policies, ServiceLookup services)
    : m_dataDir(std::move(dataDir)), m_clock(clock), m_policies(std::move(policies)), m_services(std::move(services))
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
    m_submissions = std::make_unique<SubmissionService>(*m_store, m_policies);
    m_receipts = std::make_unique<ReceiptService>(*m_store);
    m_receipts->setServiceLookup(m_services);
    m_receipts->setClerkLookup([staff = m_staff.get()](const QString &staffId) {
        const auto account = staff->get(staffId);
        return account ? account->displayName : QString();
    });
    emit opened(QString());
}

} // namespace bianmin
