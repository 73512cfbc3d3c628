#include "idcardreader.h"

#include "internal/readerworker.h"

#include <QLocale>

namespace bianmin::idscan {

IdCardReader::IdCardReader(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("idcard-reader"));
    m_worker = new ReaderWorker(&m_stopping);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReaderWorker::phaseChanged, this, [this](int phase) {
        if (!m_active)
            return;
        switch (phase) {
        case ReaderWorker::Connecting:
            setState(Connecting);
            break;
        case ReaderWorker::WaitingForCard:
            setState(WaitingForCard);
            break;
        case ReaderWorker::Reading:
            setState(Reading);
            break;
        default:
            setState(Disconnected);
        }
    });
    connect(m_worker, &ReaderWorker::cardRead, this, &IdCardReader::onCardRead);
    connect(m_worker, &ReaderWorker::failed, this, [this](const QString &code, const QString &message) {
        if (m_active)
            setError(code, message);
    });
    connect(m_worker, &ReaderWorker::recovered, this, [this] {
        if (m_errorCode == QLatin1String("idscan.open")
            || m_errorCode == QLatin1String("idscan.disconnected"))
            setError({}, {});
    });
    connect(m_worker, &ReaderWorker::samInfo, this, [this](const QString &samStatus, const QString &samId) {
        m_samStatus = samStatus;
        m_samId = samId;
        Q_EMIT status(samStatus, samId);
    });
    m_thread.start();
}

IdCardReader::~IdCardReader()
{
    // The worker finishes its current exchange (bounded by the driver's timeouts) and stops.
    m_stopping = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
    m_thread.quit();
    m_thread.wait();
}

void IdCardReader::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &m_systemClock;
}

void IdCardReader::setDevice(const QString &device)
{
    if (device == m_device)
        return;
    m_device = device;
    Q_EMIT deviceChanged();
    restart();
}

void IdCardReader::setBaudRate(int baud)
{
    if (baud == m_baudRate || baud <= 0)
        return;
    m_baudRate = baud;
    Q_EMIT baudRateChanged();
    restart();
}

void IdCardReader::setPollInterval(int ms)
{
    if (ms == m_pollInterval || ms <= 0)
        return;
    m_pollInterval = ms;
    Q_EMIT pollIntervalChanged();
    restart();
}

void IdCardReader::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    restart();
}

void IdCardReader::restart()
{
    const bool run = m_active && !m_device.isEmpty();
    if (!run) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); });
        setState(Inactive);
        return;
    }
    ReaderSettings settings;
    settings.device = m_device;
    settings.baudRate = m_baudRate;
    const int interval = m_pollInterval;
    setState(Connecting);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, settings, interval] { w->start(settings, interval); });
}

void IdCardReader::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged();
}

void IdCardReader::setError(const QString &code, const QString &englishMessage)
{
    QString message = englishMessage;
    if (!code.isEmpty() && QLocale().language() == QLocale::Chinese) {
        const QString zh = chineseMessage(code);
        if (!zh.isEmpty())
            message = zh;
    }
    if (code == m_errorCode && message == m_errorMessage)
        return;
    m_errorCode = code;
    m_errorMessage = message;
    Q_EMIT errorChanged();
    if (!code.isEmpty())
        Q_EMIT error(code, message);
}

void IdCardReader::onCardRead(const IdCardData &card)
{
    if (!m_active)
        return;
    m_card = card;
    m_checks = checkCard(card, m_clock->now().date());
    m_hasCard = true;
    setError({}, {});
    Q_EMIT cardChanged();
    Q_EMIT cardRead();
}

void IdCardReader::clear()
{
    m_card = IdCardData();
    m_checks = IdCardChecks();
    m_hasCard = false;
    setError({}, {});
    Q_EMIT cardChanged();
}

void IdCardReader::queryStatus()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->querySam(); });
}

QString IdCardReader::cardType() const
{
    return m_hasCard ? cardTypeName(m_card.cardType) : QString();
}

QString IdCardReader::maskedName() const
{
    return maskName(m_card.name);
}

QString IdCardReader::sex() const
{
    switch (m_card.sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Unknown:
        break;
    }
    return {};
}

QString IdCardReader::maskedIdNumber() const
{
    return maskIdNumber(m_card.idNumber);
}

QString IdCardReader::validUntil() const
{
    if (!m_hasCard)
        return {};
    return m_card.longTerm ? QStringLiteral("long-term") : m_card.validUntil.toString(Qt::ISODate);
}

QString IdCardReader::chineseMessage(const QString &code)
{
    static const QHash<QString, QString> messages = [] {
        QHash<QString, QString> m {
            { QStringLiteral("idscan.open"), QStringLiteral("无法打开身份证读卡器，请检查读卡器连接") },
            { QStringLiteral("idscan.disconnected"), QStringLiteral("身份证读卡器已断开，请检查连接线") },
            { QStringLiteral("idscan.timeout"), QStringLiteral("读卡器没有响应，请重新放置身份证") },
            { QStringLiteral("idscan.checksum"), QStringLiteral("读卡数据校验错误，请重新放置身份证") },
            { QStringLiteral("idscan.length"), QStringLiteral("读卡数据长度错误，请重新放置身份证") },
            { QStringLiteral("idscan.card_type"), QStringLiteral("暂不支持此类证件，请手工录入") },
            { QStringLiteral("idscan.text"), QStringLiteral("证件信息无法识别，请手工录入") },
        };
        for (int sw3 = 0; sw3 < 256; ++sw3) {
            const StatusText t = statusText(quint8(sw3));
            if (t.code != QLatin1String("idscan.status_unknown"))
                m.insert(t.code, t.chinese);
        }
        return m;
    }();
    return messages.value(code);
}

} // namespace bianmin::idscan
