// The kiosk's ID card reader, for QML (import Bianmin.IdScan 1.0, type IdCardReader): set `device` and
// `active`, and it polls the reader on its own thread, filling its properties when a card is read. The
// UI fills the applicant from these properties; public screens show `maskedName` / `maskedIdNumber`.
#pragma once

#include "core/clock.h"
#include "idcard.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QString>
#include <QThread>
#include <QtQml/qqmlregistration.h>
#include <atomic>

namespace bianmin::idscan {

class ReaderWorker;

class IdCardReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // Configuration
    Q_PROPERTY(QString device READ device WRITE setDevice NOTIFY deviceChanged)
    Q_PROPERTY(int baudRate READ baudRate WRITE setBaudRate NOTIFY baudRateChanged)
    Q_PROPERTY(int pollInterval READ pollInterval WRITE setPollInterval NOTIFY pollIntervalChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

    // Reader state
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString samStatus READ samStatus NOTIFY status)
    Q_PROPERTY(QString samId READ samId NOTIFY status)

    // The card last read (empty strings and hasCard false until then, and after clear())
    Q_PROPERTY(bool hasCard READ hasCard NOTIFY cardChanged)
    Q_PROPERTY(QString cardType READ cardType NOTIFY cardChanged)
    Q_PROPERTY(QString name READ name NOTIFY cardChanged)
    Q_PROPERTY(QString maskedName READ maskedName NOTIFY cardChanged)
    Q_PROPERTY(QString sex READ sex NOTIFY cardChanged)
    Q_PROPERTY(QString nationCode READ nationCode NOTIFY cardChanged)
    Q_PROPERTY(QString nation READ nation NOTIFY cardChanged)
    Q_PROPERTY(QString nationEn READ nationEn NOTIFY cardChanged) ///< "Han", for the English screen
    Q_PROPERTY(QDate birthDate READ birthDate NOTIFY cardChanged)
    Q_PROPERTY(QString address READ address NOTIFY cardChanged)
    Q_PROPERTY(QString idNumber READ idNumber NOTIFY cardChanged)
    Q_PROPERTY(QString maskedIdNumber READ maskedIdNumber NOTIFY cardChanged)
    Q_PROPERTY(QString issuer READ issuer NOTIFY cardChanged)
    Q_PROPERTY(QDate validFrom READ validFrom NOTIFY cardChanged)
    Q_PROPERTY(QString validUntil READ validUntil NOTIFY cardChanged)
    Q_PROPERTY(bool longTerm READ longTerm NOTIFY cardChanged)
    Q_PROPERTY(bool expired READ expired NOTIFY cardChanged)
    Q_PROPERTY(bool checkDigitOk READ checkDigitOk NOTIFY cardChanged)
    Q_PROPERTY(bool consistent READ consistent NOTIFY cardChanged)
    Q_PROPERTY(QByteArray photo READ photo NOTIFY cardChanged)

public:
    enum State {
        Inactive, ///< not polling (no device or active is false)
        Connecting, ///< opening the port
        WaitingForCard, ///< polling, no card on the reader
        Reading, ///< a card was found and is being read
        Disconnected, ///< the device is missing or stopped working; retried every second
    };
    Q_ENUM(State)

    explicit IdCardReader(QObject *parent = nullptr);
    ~IdCardReader() override;

    /** Expiry is judged against this clock (default: the system clock). Not owned. */
    void setClock(const Clock *clock);

    QString device() const { return m_device; }
    void setDevice(const QString &device);
    int baudRate() const { return m_baudRate; }
    void setBaudRate(int baud);
    int pollInterval() const { return m_pollInterval; }
    void setPollInterval(int ms);
    bool active() const { return m_active; }
    void setActive(bool active);

    State state() const { return m_state; }
    QString errorCode() const { return m_errorCode; }
    /** In Chinese when the UI language is Chinese, otherwise English. */
    QString errorMessage() const { return m_errorMessage; }
    QString samStatus() const { return m_samStatus; }
    QString samId() const { return m_samId; }

    bool hasCard() const { return m_hasCard; }
    const IdCardData &card() const { return m_card; }
    QString cardType() const;
    QString name() const { return m_card.name; }
    QString maskedName() const;
    QString sex() const;
    QString nationCode() const { return m_card.nationCode; }
    QString nation() const { return m_card.nationZh; }
    QString nationEn() const { return m_card.nationEn; }
    QDate birthDate() const { return m_card.birthDate; }
    QString address() const { return m_card.address; }
    QString idNumber() const { return m_card.idNumber; }
    QString maskedIdNumber() const;
    QString issuer() const { return m_card.issuer; }
    QDate validFrom() const { return m_card.validFrom; }
    QString validUntil() const;
    bool longTerm() const { return m_card.longTerm; }
    bool expired() const { return m_hasCard && m_checks.expired; }
    bool checkDigitOk() const { return m_hasCard && m_checks.checkDigitOk; }
    bool consistent() const { return m_hasCard && m_checks.consistent(); }
    QByteArray photo() const { return m_card.photo; }

    /** Forgets the card (call when the applicant is done, so the next person's screen starts empty). */
    Q_INVOKABLE void clear();
    /** Asks the reader's SAM for its status and id (for a staff "check reader" button); answers with
     * status(). */
    Q_INVOKABLE void queryStatus();

    /** The Chinese message for an idscan error code (for codes without one, an empty string). */
    static QString chineseMessage(const QString &code);

Q_SIGNALS:
    void deviceChanged();
    void baudRateChanged();
    void pollIntervalChanged();
    void activeChanged();
    void stateChanged();
    void errorChanged();
    void cardChanged();
    /** A card was read and the properties hold it. */
    void cardRead();
    /** Something went wrong; `message` is what errorMessage now says. */
    void error(const QString &code, const QString &message);
    /** The SAM's answer to queryStatus(): "ok" or the reason, and its id. */
    void status(const QString &samStatus, const QString &samId);

private:
    void restart();
    void setState(State s);
    void setError(const QString &code, const QString &englishMessage);
    void onCardRead(const IdCardData &card);

    QString m_device;
    int m_baudRate = 115200;
    int m_pollInterval = 300;
    bool m_active = false;
    State m_state = Inactive;
    QString m_errorCode;
    QString m_errorMessage;
    QString m_samStatus;
    QString m_samId;
    bool m_hasCard = false;
    IdCardData m_card;
    IdCardChecks m_checks;

    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    std::atomic<bool> m_stopping { false };
    QThread m_thread;
    ReaderWorker *m_worker = nullptr; // lives on m_thread
};

} // namespace bianmin::idscan
