// The staff side's writes, on a thread of their own with their own connection to the data directory: a
// PIN check (scrypt, ≈ 60 ms), a staff change, an approval decision, a villager's consent signature and
// a printed receipt's audit entry are committed here with synchronous=FULL, and the UI thread only queues
// them and gets the answer back (Auth/Approval/SubmissionController::setWorker,
// ReceiptPrinter::setStoreContext), as the villager's submissions do on the StoreWorker.
// The objects below belong to this thread: use them only in code queued to this object.
#pragma once

#include "printing/receiptservice.h"
#include "workflow/servicepolicy.h"

#include <QObject>
#include <QString>

#include <memory>

namespace bianmin {

class CaseWorkflow;
class Clock;
class DataStore;
class StaffDirectory;
class SubmissionService;

class StaffWorker : public QObject
{
    Q_OBJECT
public:
    /** `services`: the receipts' service names and promises (safe on any thread, like `policies`). */
    StaffWorker(QString dataDir, const Clock &clock, ServicePolicyLookup policies, ServiceLookup services);
    ~StaffWorker() override;

    StaffDirectory *staff() const { return m_staff.get(); }
    CaseWorkflow *workflow() const { return m_workflow.get(); }
    ReceiptService *receipts() const { return m_receipts.get(); }
    SubmissionService *submissions() const { return m_submissions.get(); }
    /** For tests that make a commit fail (e.g. `PRAGMA query_only`): only in code queued to this object. */
    DataStore *store() const { return m_store.get(); }

public slots:
    /** Opens the data directory on this thread and builds the objects above; then opened(""), or
     *  opened(why) and they stay null. */
    void open();

signals:
    void opened(const QString &error);

private:
    QString m_dataDir;
    const Clock &m_clock;
    ServicePolicyLookup m_policies;
    ServiceLookup m_services;
    std::unique_ptr<DataStore> m_store;
    // Declared after m_store: destroyed before the store they write.
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<CaseWorkflow> m_workflow;
    std::unique_ptr<ReceiptService> m_receipts;
    std::unique_ptr<SubmissionService> m_submissions;
};

} // namespace bianmin
