// The staff pages' case look-ups that the workflow controllers do not cover (context object `cases`): a
// case found by the number on its receipt (for a reprint), and the cases the county refused, which a
// supervisor sends back into the chain. Reads the UI thread's store, only for a logged-in staff member
// whose role allows it, and forgets what it listed when the staff session ends.
#pragma once

#include <QObject>
#include <QVariantList>

#include <functional>
#include <memory>

namespace bianmin {

class Catalogue;
class DataStore;
class StaffSession;

class CaseDesk : public QObject
{
    Q_OBJECT
    /** [{caseId, caseNumber, serviceId, applicantName, countyMessage, updatedAt}] (case.handle_refused). */
    Q_PROPERTY(QVariantList refused READ refused NOTIFY refusedChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)

public:
    CaseDesk(DataStore &store, StaffSession &session, QObject *parent = nullptr);

    QVariantList refused() const { return m_refused; }
    QString errorString() const { return m_error; }
    /** The catalogue for service names and field labels, and the kiosk's language ("zh_CN" | "en"). */
    void setCatalogue(std::shared_ptr<const Catalogue> catalogue) { m_catalogue = std::move(catalogue); }
    void setLanguage(const QString &language) { m_language = language; }

    /** The case id for a receipt's case number ("3F2B-91AC", dash and case optional), "" when none
     *  (receipt.reprint or case.view). */
    Q_INVOKABLE QString caseIdForNumber(const QString &caseNumber);
    Q_INVOKABLE void refreshRefused();
    /** A case's answers (ApprovalController.details().fields) as the approver reads them, in form order:
     *  [{label, value}] with option labels, yes/no, addresses joined and ID numbers masked; attachments
     *  and signatures are left to the page's pictures. */
    /** Every approval step of the catalogue's chains, once: [{id, name}] for the staff page's choice. */
    Q_INVOKABLE QVariantList approvalSteps() const;
    Q_INVOKABLE QVariantList answerRows(const QString &serviceId, const QVariantMap &fields) const;

Q_SIGNALS:
    void refusedChanged();
    void errorChanged();

private:
    void setError(const QString &error);
    QString serviceName(const QString &serviceId) const;
    DataStore &m_store;
    StaffSession &m_session;
    QVariantList m_refused;
    QString m_error;
    std::shared_ptr<const Catalogue> m_catalogue;
    QString m_language = QStringLiteral("zh_CN");
};

} // namespace bianmin
