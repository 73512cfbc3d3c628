#include "kiosksession.h"

#include "core/ids.h"
#include "forms/catalogue.h"
#include "printing/receiptcode.h"
#include "printing/workingdays.h"
#include "storeworker.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QQmlEngine>
#include <QTimer>

#include <algorithm>

namespace bianmin {

namespace {

// Attachments and signatures are answers shaped {sha256, mime[, bytes]} (or lists of them); the case's
// attachment list names each one with its kind, as PROTOCOL.md asks.
void collectAttachments(const QJsonValue &answer, const QString &kind, const QHash<QString, qint64> &sizes,
                        QList<Attachment> &out)
{
    if (answer.isArray()) {
        for (const QJsonValue &item : answer.toArray())
            collectAttachments(item, kind, sizes, out);
        return;
    }
    const QJsonObject o = answer.toObject();
    const QString sha = o.value(QStringLiteral("sha256")).toString();
    if (sha.isEmpty())
        return;
    for (const Attachment &a : out)
        if (a.sha256 == sha)
            return;
    Attachment a;
    a.sha256 = sha;
    a.kind = kind;
    a.mime = o.value(QStringLiteral("mime")).toString(QStringLiteral("image/png"));
    a.bytes = o.contains(QStringLiteral("bytes")) ? o.value(QStringLiteral("bytes")).toInteger() : sizes.value(sha);
    out.append(a);
}

void collectFromFields(const QList<FieldDefinition> &fields, const QJsonObject &answers,
                       const QHash<QString, qint64> &sizes, QList<Attachment> &out)
{
    for (const FieldDefinition &field : fields) {
        const QJsonValue answer = answers.value(field.id);
        if (field.type == FieldType::Signature)
            collectAttachments(answer, QStringLiteral("signature"), sizes, out);
        else if (field.type == FieldType::Attachment)
            collectAttachments(answer, field.attachmentKind, sizes, out);
        else if (field.type == FieldType::RepeatGroup)
            for (const QJsonValue &item : answer.toArray())
                collectFromFields(field.fields, item.toObject(), sizes, out);
    }
}

} // namespace

KioskSession::KioskSession(QQmlEngine *engine, QString dataDir, QString defaultLanguage, QObject *parent)
    : QObject(parent),
      m_engine(engine),
      m_defaultLanguage(defaultLanguage.startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                                       : QStringLiteral("zh_CN")),
      m_dataDir(std::move(dataDir))
{
    qRegisterMetaType<CaseRecord>("bianmin::CaseRecord");
    qRegisterMetaType<CaseState>("bianmin::CaseState");
}

KioskSession::~KioskSession()
{
    m_storeThread.quit();
    m_storeThread.wait();
}

void KioskSession::openStore(bool createIfMissing, const Clock &clock)
{
    auto *worker = new StoreWorker(m_dataDir, createIfMissing, clock);
    worker->moveToThread(&m_storeThread);
    connect(&m_storeThread, &QThread::finished, worker, &QObject::deleteLater);
    m_storeThread.setObjectName(QStringLiteral("store"));
    m_storeThread.start();
    m_worker = worker;
    connect(worker, &StoreWorker::opened, this,
            [this](bool ok, const QString &why, const QString &draftId, const QByteArray &draft) {
                m_storeReady = true;
                m_storeError = ok ? QString() : (why.isEmpty() ? QStringLiteral("cannot open %1").arg(m_dataDir) : why);
                if (!ok) {
                    setStaffNotice(m_storeError);
                } else if (!draft.isEmpty()) {
                    m_draftId = draftId;
                    m_pendingDraft = QString::fromUtf8(draft);
                    emit pendingDraftChanged();
                }
                emit storeOpened();
            });
    connect(worker, &StoreWorker::submitted, this, &KioskSession::onSubmitted);
    connect(worker, &StoreWorker::submitFailed, this, &KioskSession::onSubmitFailed);
    connect(worker, &StoreWorker::problem, this, &KioskSession::setStaffNotice);
    QMetaObject::invokeMethod(worker, &StoreWorker::open, Qt::QueuedConnection);
}

QString KioskSession::waitForStore(int ms)
{
    if (!m_worker)
        return QStringLiteral("the store was not started");
    if (!m_storeReady) {
        QEventLoop loop;
        connect(this, &KioskSession::storeOpened, &loop, &QEventLoop::quit);
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!m_storeReady)
        return QStringLiteral("%1 did not open within %2 s").arg(m_dataDir).arg(ms / 1000);
    return m_storeError;
}

void KioskSession::setCatalogue(std::shared_ptr<const Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    emit infoChanged();
}

void KioskSession::setLanguage(const QString &language)
{
    const QString lang = language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
    if (lang == m_language)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // Source strings are English, so a missing English file still reads; a missing Chinese one would
    // not, and staff must hear about it.
    if (m_translator.load(QStringLiteral(":/i18n/bianmin_") + lang))
        QCoreApplication::installTranslator(&m_translator);
    else if (lang != QLatin1String("en"))
        setStaffNotice(QStringLiteral("the Chinese translation is missing from this build"));
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                    : QLocale(QLocale::Chinese, QLocale::China));
    m_language = lang;
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
    emit infoChanged();
}

QStringList KioskSession::announcements() const
{
    // The catalogue may carry "announcements" from the county.
    QStringList out;
    if (!m_catalogue)
        return out;
    for (const LocalizedText &a : m_catalogue->announcements())
        out.append(a.text(m_language));
    return out;
}

QVariantList KioskSession::oneVisitServices() const
{
    QVariantList out;
    if (!m_catalogue)
        return out;
    for (const ServiceDefinition &s : m_catalogue->services()) {
        if (!s.tags.contains(QLatin1String(ServiceTag::RunAtMostOnce)))
            continue;
        out.append(QVariantMap{{QStringLiteral("serviceId"), s.id}, {QStringLiteral("name"), s.name.text(m_language)}});
    }
    return out;
}

void KioskSession::setCenterInfo(const QString &name, const QString &hours, const QString &phone)
{
    m_centerName = name;
    m_openingHours = hours;
    m_centerPhone = phone;
    emit infoChanged();
}

void KioskSession::setStaffNotice(const QString &notice)
{
    if (notice == m_staffNotice)
        return;
    m_staffNotice = notice;
    emit staffNoticeChanged();
}

void KioskSession::submit(const QVariantMap &caseJson)
{
    submitRecord(caseJson, std::nullopt);
}

void KioskSession::submitForVillager(const QVariantMap &caseJson, const QString &consentMethod,
                                     const QString &signatureSha256)
{
    AgentInfo agent;
    agent.consent.method = consentMethod;
    agent.consent.blob = signatureSha256;
    submitRecord(caseJson, agent);
}

void KioskSession::submitRecord(const QVariantMap &caseJson, const std::optional<AgentInfo> &agent)
{
    if (m_submitting)
        return;
    auto parsed = CaseRecord::fromJson(QJsonObject::fromVariantMap(caseJson));
    if (!parsed) {
        emit submitFailed(tr("The application could not be read (%1). Please ask the staff for help.")
                              .arg(parsed.error().message),
                          parsed.error().code, parsed.error().message);
        return;
    }
    CaseRecord record = std::move(*parsed);
    record.channel = agent ? QStringLiteral("agent") : QStringLiteral("self");
    record.agent = agent.value_or(AgentInfo());
    CaseState initial = CaseState::Queued;
    if (const ServiceDefinition *service = m_catalogue ? m_catalogue->service(record.serviceId) : nullptr) {
        for (const FormStep &step : service->form.steps)
            collectFromFields(step.fields, record.fields, m_blobSizes, record.attachments);
        if (!service->approvalChain.isEmpty())
            initial = CaseState::AwaitingApproval;
    }
    if (!m_cardPhoto.sha256.isEmpty())
        record.attachments.append(m_cardPhoto);
    if (!m_worker) {
        emit submitFailed(tr("The kiosk cannot store applications right now. Please ask the staff for help."),
                          QStringLiteral("kiosk.no_store"), QStringLiteral("the store thread is not running"));
        return;
    }
    if (agent) {
        const Status allowed = m_agentCheck ? m_agentCheck(record)
                                            : Status(Error(QStringLiteral("kiosk.no_staff"),
                                                           tr("The staff side of the kiosk is not ready yet.")));
        if (!allowed) {
            emit submitFailed(tr("The application was not saved: %1").arg(allowed.error().message),
                              allowed.error().code, allowed.error().message);
            return;
        }
    }
    m_submitting = true;
    emit submittingChanged();
    const QString actor = agent ? record.agent.staffId : QStringLiteral("villager");
    QMetaObject::invokeMethod(m_worker, "submit", Qt::QueuedConnection, Q_ARG(bianmin::CaseRecord, record),
                              Q_ARG(bianmin::CaseState, initial), Q_ARG(QString, actor));
}

void KioskSession::onSubmitted(const CaseRecord &record)
{
    m_submitting = false;
    emit submittingChanged();
    const ServiceDefinition *service = m_catalogue ? m_catalogue->service(record.serviceId) : nullptr;
    const int days = service ? service->promisedDays : 0;
    const QDate promised = WorkingDayCalendar::builtIn().addWorkingDays(record.submittedAt.date(), days);
    const QLocale locale;
    emit submitted(QVariantMap{
        {QStringLiteral("caseId"), record.id},
        {QStringLiteral("caseNumber"), ReceiptCode::caseNumber(record.id)},
        {QStringLiteral("serviceName"), service ? service->name.text(m_language) : record.serviceId},
        {QStringLiteral("promisedDays"), days},
        {QStringLiteral("promisedDate"), locale.toString(promised, QLocale::LongFormat)},
        {QStringLiteral("promisedIsoDate"), promised.toString(Qt::ISODate)},
        {QStringLiteral("awaitingApproval"), record.state == CaseState::AwaitingApproval},
        {QStringLiteral("channel"), record.channel},
        {QStringLiteral("clerk"), record.agent.staffId},
    });
}

void KioskSession::onSubmitFailed(const QString &code, const QString &message)
{
    m_submitting = false;
    emit submittingChanged();
    setStaffNotice(message);
    emit submitFailed(tr("The application could not be saved: %1. Please ask the staff for help.").arg(message),
                      code, message);
}

void KioskSession::saveDraft(const QString &draftJson)
{
    if (!m_worker)
        return;
    if (m_draftId.isEmpty())
        m_draftId = newId();
    const QString serviceId = QJsonDocument::fromJson(draftJson.toUtf8()).object().value(QStringLiteral("service_id")).toString();
    QMetaObject::invokeMethod(m_worker, "saveDraft", Qt::QueuedConnection, Q_ARG(QString, m_draftId),
                              Q_ARG(QString, serviceId), Q_ARG(QByteArray, draftJson.toUtf8()));
}

void KioskSession::clearDraft()
{
    forgetCardPhoto();
    if (!m_pendingDraft.isEmpty()) {
        m_pendingDraft.clear();
        emit pendingDraftChanged();
    }
    if (!m_worker || m_draftId.isEmpty())
        return;
    QMetaObject::invokeMethod(m_worker, "removeDraft", Qt::QueuedConnection, Q_ARG(QString, m_draftId));
    m_draftId.clear();
}

QVariantMap KioskSession::storeImage(const QString &dataUrl)
{
    const qsizetype comma = dataUrl.indexOf(QLatin1Char(','));
    if (!dataUrl.startsWith(QLatin1String("data:image/png;base64")) || comma < 0)
        return {};
    return storePng(QByteArray::fromBase64(dataUrl.mid(comma + 1).toLatin1()));
}

QVariantList KioskSession::paperNotes(const QString &serviceName, const QString &fieldLabel, int count)
{
    QVariantList out;
    const QString day = QLocale().toString(QDate::currentDate(), QLocale::LongFormat);
    for (int i = 1; i <= std::clamp(count, 1, 10); ++i) {
        QImage note(800, 400, QImage::Format_RGB32);
        note.fill(Qt::white);
        QPainter painter(&note);
        QFont font(QStringLiteral("Noto Sans CJK SC"));
        font.setPixelSize(30);
        painter.setFont(font);
        painter.setPen(Qt::black);
        const QString text = QStringLiteral("纸质材料到窗口补交 / Paper copy to be handed in at the window\n\n%1\n%2 (%3/%4)\n%5")
                                 .arg(serviceName, fieldLabel)
                                 .arg(i)
                                 .arg(count)
                                 .arg(day);
        painter.drawText(note.rect().adjusted(24, 24, -24, -24), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        painter.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        note.save(&buffer, "PNG");
        QVariantMap ref = storePng(png);
        if (ref.isEmpty())
            continue;
        ref.insert(QStringLiteral("note"), QStringLiteral("paper"));
        out.append(ref);
    }
    return out;
}

void KioskSession::keepCardPhoto(const QByteArray &photo)
{
    forgetCardPhoto();
    if (photo.isEmpty())
        return;
    // The reader's compressed (WLT) photo: decoding it needs a licensed library, so it is kept as it is.
    const QString mime = QStringLiteral("image/x-wlt");
    m_cardPhoto = Attachment{QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()),
                             QStringLiteral("id_photo"), mime, photo.size()};
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "putBlob", Qt::QueuedConnection, Q_ARG(QByteArray, photo),
                                  Q_ARG(QString, mime));
}

void KioskSession::forgetCardPhoto()
{
    m_cardPhoto = Attachment();
}

QVariantMap KioskSession::storePng(const QByteArray &png)
{
    if (png.isEmpty())
        return {};
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    m_blobSizes.insert(sha, png.size());
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "putBlob", Qt::QueuedConnection, Q_ARG(QByteArray, png),
                                  Q_ARG(QString, QStringLiteral("image/png")));
    return {{QStringLiteral("sha256"), sha}, {QStringLiteral("mime"), QStringLiteral("image/png")},
            {QStringLiteral("bytes"), png.size()}};
}

} // namespace bianmin
