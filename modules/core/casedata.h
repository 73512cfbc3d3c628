// The case as the kiosk keeps it and as PROTOCOL.md ships it. Plain value types: the store encrypts
// the personal parts, the forms module validates `fields`, sync turns a CaseRecord into an envelope.
#pragma once

#include "casestate.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bianmin {

struct Applicant
{
    QString name;
    QString idType = QStringLiteral("resident_id");
    QString idNumber;
    QString phone;
    QString address;

    QJsonObject toJson() const;
    static Applicant fromJson(const QJsonObject &o);
};

struct Consent
{
    QString method; ///< "id_card" | "signature"
    QDateTime at;
    QString blob;   ///< sha256 of the signature image, empty for id_card
};

struct AgentInfo
{
    QString staffId;
    Consent consent;
};

struct Approval
{
    QString step;
    QString staffId;
    QString decision; ///< "approve" | "reject"
    QDateTime at;
    QString note;
};

struct Attachment
{
    QString sha256;
    QString kind; ///< "id_photo" | "document" | "signature"
    QString mime;
    qint64 bytes = 0;
};

struct CaseRecord
{
    QString id;
    QString kioskId;
    QString serviceId;
    int formVersion = 1;
    QDateTime createdAt;
    QDateTime submittedAt;
    QString channel = QStringLiteral("self"); ///< "self" | "agent"
    AgentInfo agent;                          ///< meaningful when channel == "agent"
    Applicant applicant;
    QJsonObject fields;
    QList<Approval> approvals;
    QList<Attachment> attachments;

    // Kiosk-side bookkeeping, not part of the envelope.
    CaseState state = CaseState::Submitted;
    QString countyRef;
    QString countyMessage;  ///< the county's latest message, or why it refused the case
    QDateTime updatedAt;

    /** The PROTOCOL.md envelope, content_hash included. */
    QJsonObject toEnvelope() const;
    /** canonicalJson(toEnvelope()), content_hash included, written member by member so the canonical form
     *  is produced once (the hash is over the same bytes without content_hash). What the store seals at
     *  submit and sync sends as is. `hash` (optional) receives the content_hash. */
    QByteArray canonicalEnvelope(QString *hash = nullptr) const;
    /** Every blob the envelope refers to (attachments, then the consent signature), without repeats. */
    QStringList blobHashes() const;
    /** Reads an envelope (or the smaller submit file: service_id, applicant, fields, ...). */
    static Result<CaseRecord> fromJson(const QJsonObject &o);
};

} // namespace bianmin
