#include "casedesk.h"

#include "auth/permissions.h"
#include "core/residentid.h"
#include "forms/catalogue.h"
#include "printing/receiptcode.h"
#include "staffsession.h"
#include "store/casestore.h"
#include "store/datastore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QVariantMap>

namespace bianmin {

namespace {

QString answerText(const FieldDefinition &field, const QJsonValue &value, const QString &language)
{
    switch (field.type) {
    case FieldType::Attachment:
    case FieldType::Signature:
        return {};
    case FieldType::YesNo:
        return value.toBool() ? CaseDesk::tr("Yes") : CaseDesk::tr("No");
    case FieldType::ResidentId:
        return maskIdNumber(value.toString());
    case FieldType::SingleChoice:
    case FieldType::MultipleChoice: {
        QStringList labels;
        const QJsonArray chosen = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &v : chosen) {
            QString label = v.toString();
            for (const FieldOption &o : field.options)
                if (o.value == label)
                    label = o.label.text(language);
            labels << label;
        }
        return labels.join(QStringLiteral("、"));
    }
    case FieldType::Address: {
        QString joined;
        const QJsonObject a = value.toObject();
        for (const char *level : {"province", "city", "county", "town", "village", "detail"}) {
            const QString part = a.value(QLatin1String(level)).toString();
            if (!part.isEmpty() && !joined.endsWith(part)) // 重庆市 重庆市: the city repeats the province
                joined += part;
        }
        return joined;
    }
    case FieldType::RepeatGroup: {
        QStringList items;
        int n = 0;
        for (const QJsonValue &item : value.toArray()) {
            QStringList parts;
            for (const FieldDefinition &sub : field.fields) {
                const QString text = answerText(sub, item.toObject().value(sub.id), language);
                if (!text.isEmpty())
                    parts << sub.label.text(language) + QStringLiteral(": ") + text;
            }
            items << QStringLiteral("%1 %2 — %3").arg(field.itemLabel.text(language)).arg(++n).arg(parts.join(QStringLiteral("; ")));
        }
        return items.join(QLatin1Char('\n'));
    }
    default:
        return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
    }
}

} // namespace

CaseDesk::CaseDesk(DataStore &store, StaffSession &session, QObject *parent)
    : QObject(parent), m_store(store), m_session(session)
{
    connect(&m_session, &StaffSession::ended, this, [this] {
        m_refused.clear();
        Q_EMIT refusedChanged();
        setError({});
    });
}

void CaseDesk::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

QString CaseDesk::serviceName(const QString &serviceId) const
{
    const ServiceDefinition *s = m_catalogue ? m_catalogue->service(serviceId) : nullptr;
    return s ? s->name.text(m_language) : serviceId;
}

QVariantList CaseDesk::approvalSteps() const
{
    QVariantList steps;
    QStringList seen;
    if (!m_catalogue)
        return steps;
    for (const ServiceDefinition &s : m_catalogue->services())
        for (const ApprovalStep &step : s.approvalChain) {
            if (seen.contains(step.id))
                continue;
            seen << step.id;
            steps << QVariantMap{{QStringLiteral("id"), step.id}, {QStringLiteral("name"), step.name.text(m_language)}};
        }
    return steps;
}

QVariantList CaseDesk::answerRows(const QString &serviceId, const QVariantMap &fields) const
{
    QVariantList rows;
    const ServiceDefinition *s = m_catalogue ? m_catalogue->service(serviceId) : nullptr;
    if (!s || !m_session.can(Permission::ViewPersonalData))
        return rows;
    const QJsonObject answers = QJsonObject::fromVariantMap(fields);
    for (const FormStep &step : s->form.steps)
        for (const FieldDefinition &field : step.fields) {
            if (!answers.contains(field.id))
                continue;
            const QString text = answerText(field, answers.value(field.id), m_language);
            if (!text.isEmpty())
                rows << QVariantMap{{QStringLiteral("label"), field.label.text(m_language)},
                                    {QStringLiteral("value"), text}};
        }
    return rows;
}

QString CaseDesk::caseIdForNumber(const QString &caseNumber)
{
    m_session.touch();
    if (!m_session.can(Permission::ReprintReceipt) && !m_session.can(Permission::ViewPersonalData)) {
        setError(m_session.require(Permission::ReprintReceipt).error().message);
        return {};
    }
    // The receipt prints the first eight hex digits of the id, as "3F2B-91AC".
    QString wanted = caseNumber.trimmed().toUpper();
    wanted.remove(QRegularExpression(QStringLiteral("[^0-9A-F]")));
    if (wanted.size() != 8) {
        setError(tr("a case number has eight letters and digits, like 3F2B-91AC"));
        return {};
    }
    CaseFilter all;
    all.limit = 0;
    const auto cases = m_store.cases().list(all);
    if (!cases) {
        setError(cases.error().message);
        return {};
    }
    for (const CaseRecord &c : *cases)
        if (ReceiptCode::caseNumber(c.id).remove(QLatin1Char('-')) == wanted) {
            setError({});
            return c.id;
        }
    setError(tr("no case with the number %1 on this kiosk").arg(caseNumber.trimmed()));
    return {};
}

void CaseDesk::refreshRefused()
{
    m_session.touch();
    m_refused.clear();
    if (m_session.can(Permission::HandleRefusedCase)) {
        CaseFilter filter;
        filter.state = CaseState::Refused;
        filter.limit = 0;
        const auto cases = m_store.cases().list(filter);
        if (cases) {
            for (const CaseRecord &c : *cases)
                m_refused << QVariantMap{{QStringLiteral("caseId"), c.id},
                                         {QStringLiteral("caseNumber"), ReceiptCode::caseNumber(c.id)},
                                         {QStringLiteral("serviceId"), c.serviceId},
                                         {QStringLiteral("serviceName"), serviceName(c.serviceId)},
                                         {QStringLiteral("applicantName"), c.applicant.name},
                                         {QStringLiteral("idNumberMasked"), maskIdNumber(c.applicant.idNumber)},
                                         {QStringLiteral("countyMessage"), c.countyMessage},
                                         {QStringLiteral("updatedAt"), c.updatedAt}};
            setError({});
        } else {
            setError(cases.error().message);
        }
    }
    Q_EMIT refusedChanged();
}

} // namespace bianmin
