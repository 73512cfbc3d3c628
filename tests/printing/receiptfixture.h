// The fixed case every printing test uses: an agent-submitted pension registration on Friday 18 September
// 2026, so its 10 promised working days cross a make-up Sunday (20 Sep), Mid-Autumn and National Day.
#pragma once

#include "core/casedata.h"
#include "core/residentid.h"
#include "printing/receipt.h"
#include "printing/receiptcode.h"
#include "printing/workingdays.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

namespace fixture {

inline QString fullIdNumber()
{
    const QString first17 = QStringLiteral("50024219560315262");
    return first17 + bianmin::residentIdCheckCharacter(first17);
}

/** HMAC-SHA-256 under a fixed key, the shape of KeyRing::mac. */
inline bianmin::MacFunction mac(char keyByte = 0x42)
{
    return [keyByte](const QByteArray &purpose, const QByteArray &message) {
        return QMessageAuthenticationCode::hash(purpose + '\0' + message, QByteArray(32, keyByte),
                                                QCryptographicHash::Sha256);
    };
}

inline bianmin::CaseRecord caseRecord()
{
    bianmin::CaseRecord r;
    r.id = QStringLiteral("3f2b91ac-5d7e-4c1a-9b8e-2a6f0c4d7e19");
    r.kioskId = QStringLiteral("500242-huatian-01");
    r.serviceId = QStringLiteral("pension-registration");
    const QDateTime at(QDate(2026, 9, 18), QTime(10, 42), QTimeZone(8 * 3600));
    r.createdAt = at.addSecs(-600);
    r.submittedAt = at;
    r.channel = QStringLiteral("agent");
    r.agent.staffId = QStringLiteral("clerk-07");
    r.applicant.name = QStringLiteral("王秀兰");
    r.applicant.idNumber = fullIdNumber();
    r.applicant.phone = QStringLiteral("13800001234");
    r.state = bianmin::CaseState::Queued;
    return r;
}

inline bianmin::ReceiptInputs inputs()
{
    bianmin::ReceiptInputs in;
    in.centerName = QStringLiteral("华田村便民服务中心");
    in.centerPhone = QStringLiteral("023-7322 1234");
    in.serviceName = QStringLiteral("城乡居民基本养老保险参保登记");
    in.promisedWorkingDays = 10;
    in.clerkName = QStringLiteral("李明");
    in.printedAt = QDateTime(QDate(2026, 9, 18), QTime(10, 43), QTimeZone(8 * 3600));
    return in;
}

inline bianmin::ReceiptData receipt(bianmin::ReceiptKind kind = bianmin::ReceiptKind::Submission,
                                    bianmin::CaseRecord record = caseRecord(), bianmin::ReceiptInputs in = inputs())
{
    auto r = bianmin::makeReceipt(record, in, kind, bianmin::WorkingDayCalendar::builtIn(),
                                  bianmin::ReceiptCode(mac()));
    Q_ASSERT(r.ok());
    return r.value();
}

inline QString sourceDir() { return qEnvironmentVariable("BIANMIN_SOURCE_DIR"); }
inline QString binaryDir() { return qEnvironmentVariable("BIANMIN_BINARY_DIR"); }

} // namespace fixture
