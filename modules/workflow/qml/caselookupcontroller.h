// QML module Bianmin.Workflow 1.0: the public "Where is my case?" page. No login: everything it returns is
// masked (name "张*", ID number "500242********1234") and it forgets the results on clear() — call it
// when the page closes or the villager walks away (idle).
//
//   CaseLookup.language = "zh_CN"
//   CaseLookup.lookupIdNumber(card.idNumber)   // or a typed number
//   CaseLookup.lookupReceipt(scannedQrText)    // "BM1:…:K7QM2X9D" (or a case id)
//   CaseLookup.results   // [{caseId, caseNumber, serviceId, serviceName, state, stateLabel, submittedAt,
//                        //   updatedAt, countyMessage, maskedName, maskedIdNumber}], newest first
//   CaseLookup.errorString / errorCode (lookup.bad_id_number, receipt.forged, lookup.not_found)
#pragma once

#include "workflow/caselookup.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace bianmin {

class CaseLookupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CaseLookupController is provided by the application")
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY resultsChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY resultsChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)

public:
    explicit CaseLookupController(CaseLookup &lookup, QObject *parent = nullptr);

    QVariantList results() const { return m_results; }
    QString errorString() const { return m_error.message; }
    QString errorCode() const { return m_error.code; }
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    Q_INVOKABLE bool lookupIdNumber(const QString &idNumber);
    Q_INVOKABLE bool lookupReceipt(const QString &scanned);
    Q_INVOKABLE void clear();

    static QVariantMap toVariant(const PublicCaseView &v);

Q_SIGNALS:
    void resultsChanged();
    void languageChanged();

private:
    bool show(const Result<QList<PublicCaseView>> &found);
    CaseLookup &m_lookup;
    QVariantList m_results;
    Error m_error;
    QString m_language = QStringLiteral("zh_CN");
};

} // namespace bianmin
