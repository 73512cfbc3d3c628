// "Where is my case?": a villager's cases found by ID number or by the receipt's QR code, each with its
// state and the county's latest message, and nothing unmasked that a bystander could read.
#include "../auth/authtesthelpers.h"

#include "core/residentid.h"
#include "workflow/caselookup.h"
#include "workflow/caseworkflow.h"
#include "workflow/submissionservice.h"

using namespace bianmin;
using namespace bianmin::test;

namespace {
const QString kWang = QStringLiteral("11010519491231002X");

QString validId(const QString &first17)
{
    return first17 + residentIdCheckCharacter(first17);
}

CaseRecord caseOf(const QString &name, const QString &idNumber, const QString &service)
{
    CaseRecord r;
    r.serviceId = service;
    r.applicant.name = name;
    r.applicant.idNumber = idNumber;
    return r;
}

ServicePolicyLookup policies()
{
    ServicePolicy direct;
    direct.serviceId = QStringLiteral("direct");
    direct.nameZh = QStringLiteral("城乡居民医保参保登记");
    direct.nameEn = QStringLiteral("Medical insurance enrolment");
    ServicePolicy chain;
    chain.serviceId = QStringLiteral("chain");
    chain.chain = {ApprovalChainStep{QStringLiteral("village_committee"), {}, {}, {}}};
    return policyLookup({direct, chain});
}
} // namespace

class TestCaseLookup : public QObject
{
    Q_OBJECT
private slots:
    void byIdNumberAndReceipt()
    {
        QTemporaryDir tmp;
        ManualClock clock(testStart());
        Kiosk k(tmp.filePath(QStringLiteral("k")), clock);
        QVERIFY(k.init());
        SubmissionService submission(*k.store, policies());
        const QString other = validId(QStringLiteral("50024219800101123"));
        const QString first = submission.submit(caseOf(QStringLiteral("王小明"), kWang, QStringLiteral("direct")), nullptr)->id;
        clock.advanceSeconds(3600);
        const QString second = submission.submit(caseOf(QStringLiteral("王小明"), kWang, QStringLiteral("chain")), nullptr)->id;
        const QString stranger = submission.submit(caseOf(QStringLiteral("李四"), other, QStringLiteral("direct")), nullptr)->id;
        // The county has answered the first one.
        QVERIFY(k.store->cases().markUploaded({{first, QStringLiteral("CQ-1")}}).ok());
        QVERIFY(k.store->cases().applyCountyUpdates({CountyUpdate{QStringLiteral("u1"), first, CaseState::NeedsMaterials,
                                                                  QStringLiteral("请补交户口本复印件"), clock.now()}},
                                                    QStringLiteral("u1")).ok());

        CaseLookup lookup(k.store->cases(), policies());
        // Typed with spaces and a lower-case x: still found.
        const auto found = lookup.byIdNumber(QStringLiteral(" 110105 19491231002x"), QStringLiteral("zh_CN"));
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).caseId, second); // newest first
        QCOMPARE(found->at(0).stateLabel, QStringLiteral("等待本地审核"));
        QCOMPARE(found->at(1).caseId, first);
        QCOMPARE(found->at(1).state, CaseState::NeedsMaterials);
        QCOMPARE(found->at(1).countyMessage, QStringLiteral("请补交户口本复印件"));
        QCOMPARE(found->at(1).serviceName, QStringLiteral("城乡居民医保参保登记"));
        for (const PublicCaseView &v : *found) {
            QCOMPARE(v.maskedName, QStringLiteral("王**"));
            QCOMPARE(v.maskedIdNumber, QStringLiteral("110105********002X"));
            QVERIFY(v.caseId != stranger);
        }
        QCOMPARE(found->at(1).caseNumber, first.right(8).toUpper().insert(4, QLatin1Char('-'))); // as its receipt prints it
        const auto en = lookup.byIdNumber(kWang, QStringLiteral("en"));
        QCOMPARE(en->at(1).stateLabel, QStringLiteral("More documents needed"));
        QCOMPARE(en->at(1).serviceName, QStringLiteral("Medical insurance enrolment"));

        QCOMPARE(lookup.byIdNumber(QStringLiteral("110105194912310021")).error().code, QStringLiteral("lookup.bad_id_number"));
        QCOMPARE(lookup.byIdNumber(validId(QStringLiteral("43010219991231000")))->size(), 0);

        // Receipt QR: the verifier (the printing module's ReceiptCode in the kiosk) gives the case id.
        CaseLookup withVerifier(k.store->cases(), policies(), [&](const QString &scanned) -> Result<QString> {
            if (scanned == QLatin1String("BM1:GOOD"))
                return second;
            return Error(QStringLiteral("receipt.forged"), QStringLiteral("this receipt was not issued here"));
        });
        const auto byQr = withVerifier.byReceipt(QStringLiteral("BM1:GOOD"));
        QVERIFY(byQr.ok());
        QCOMPARE(byQr->size(), 2); // that person's cases, not only the receipt's
        QCOMPARE(withVerifier.byReceipt(QStringLiteral("BM1:BAD")).error().code, QStringLiteral("receipt.forged"));
        QCOMPARE(lookup.byReceipt(QStringLiteral("BM1:GOOD")).error().code, QStringLiteral("receipt.malformed"));
        QCOMPARE(lookup.byReceipt(stranger)->size(), 1); // without a verifier a plain case id is accepted
        QCOMPARE(lookup.byReceipt(QStringLiteral("00000000-0000-4000-8000-000000000000")).error().code,
                 QStringLiteral("lookup.not_found"));
    }

    void localRejectionShowsNoNote()
    {
        QTemporaryDir tmp;
        ManualClock clock(testStart());
        Kiosk k(tmp.filePath(QStringLiteral("k")), clock);
        QVERIFY(k.init());
        QVERIFY(k.staff->add(account(QStringLiteral("v1"), Role::Approver), QStringLiteral("123456"), QStringLiteral("t")).ok());
        const QString id = SubmissionService(*k.store, policies()).submit(caseOf(QStringLiteral("王小明"), kWang, QStringLiteral("chain")), nullptr)->id;
        CaseWorkflow workflow(*k.store, policies());
        QVERIFY(workflow.reject(id, QStringLiteral("village_committee"), k.staff->get(QStringLiteral("v1")).value(),
                                QStringLiteral("王小明的低保证明是假的")).ok());
        const auto found = CaseLookup(k.store->cases(), policies()).byIdNumber(kWang);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().stateLabel, QStringLiteral("已退回代办员"));
        QCOMPARE(found->first().countyMessage, QString()); // the approver's note is for the clerk, not the hall
    }
};

QTEST_GUILESS_MAIN(TestCaseLookup)
#include "tst_caselookup.moc"
