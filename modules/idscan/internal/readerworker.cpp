#include "readerworker.h"

namespace bianmin::idscan {

ReaderWorker::ReaderWorker(std::atomic<bool> *stopping)
    : m_stopping(stopping)
{
}

ReaderWorker::~ReaderWorker() = default;

void ReaderWorker::start(const ReaderSettings &settings, int pollIntervalMs)
{
    stop();
    m_driver = std::make_unique<CardReaderDriver>(settings);
    m_interval = qMax(50, pollIntervalMs);
    m_cardPresent = false;
    m_connectionFailed = false;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ReaderWorker::poll);
    }
    Q_EMIT phaseChanged(Connecting);
    schedule(0);
}

void ReaderWorker::stop()
{
    if (m_timer)
        m_timer->stop();
    m_driver.reset();
}

void ReaderWorker::querySam()
{
    if (!m_driver) {
        Q_EMIT failed(QStringLiteral("idscan.open"), QStringLiteral("no reader device configured"));
        return;
    }
    const Result<SamInfo> sam = m_driver->samStatus();
    if (!sam) {
        Q_EMIT failed(sam.error().code, sam.error().message);
        return;
    }
    Q_EMIT samInfo(sam->status, sam->samId);
}

void ReaderWorker::schedule(int ms)
{
    if (m_timer && m_driver && !m_stopping->load())
        m_timer->start(ms);
}

void ReaderWorker::poll()
{
    if (!m_driver || m_stopping->load())
        return;
    if (!m_driver->isOpen()) {
        if (Status s = m_driver->open(); !s) {
            if (!m_connectionFailed)
                Q_EMIT failed(s.error().code, s.error().message);
            m_connectionFailed = true;
            Q_EMIT phaseChanged(Disconnected);
            schedule(qMax(1000, m_interval)); // an unplugged reader: look for it again once a second
            return;
        }
    }
    if (m_connectionFailed) {
        m_connectionFailed = false;
        Q_EMIT recovered();
    }

    const Status found = m_driver->findCard();
    if (!found) {
        if (found.error().code == QLatin1String("idscan.no_card")) {
            m_cardPresent = false;
            Q_EMIT phaseChanged(WaitingForCard);
        } else {
            Q_EMIT failed(found.error().code, found.error().message);
            if (found.error().code == QLatin1String("idscan.disconnected")) {
                m_connectionFailed = true;
                Q_EMIT phaseChanged(Disconnected);
            }
        }
        schedule(m_interval);
        return;
    }
    if (m_cardPresent) { // the card already read is still lying on the reader
        schedule(m_interval);
        return;
    }

    Q_EMIT phaseChanged(Reading);
    Result<IdCardData> card = [this]() -> Result<IdCardData> {
        if (Status s = m_driver->selectCard(); !s)
            return s.error();
        return m_driver->readTextAndPhoto();
    }();
    if (m_stopping->load())
        return;
    if (card) {
        m_cardPresent = true;
        Q_EMIT cardRead(card.value());
    } else {
        // A card type we refuse stays refused until it is taken away; do not repeat the message every poll.
        if (card.error().code == QLatin1String("idscan.card_type"))
            m_cardPresent = true;
        Q_EMIT failed(card.error().code, card.error().message);
    }
    Q_EMIT phaseChanged(WaitingForCard);
    schedule(m_interval);
}

} // namespace bianmin::idscan
