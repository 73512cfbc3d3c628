// Receipts of committed cases in a real data directory: the store's key signs the QR code, the catalogue
// look-up fills the service, the first print is audited as receipt.print and every later one as
// receipt.reprint naming who printed it, and the decision notice carries the county's words. The catalogue
// look-up the kiosk and the CLI share names the service and its promised days from the catalogue in force.
#include "forms/catalogueinforce.h"
#include "printing/cataloguelookup.h"
#include "printing/receiptservice.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace bianmin;

class TestReceiptService : public QObject
{
    Q_OBJECT
private slots:
    void catalogueLookupAnswersFromTheCatalogueInForce()
    {
        auto builtin = Catalogue::loadBuiltin();
        QVERIFY(builtin.ok());
        auto inForce = std::make_shared<CatalogueInForce>(std::make_shared<const Catalogue>(builtin.value()));
        const ServiceLookup lookup = catalogueServiceLookup(inForce);
        const QString petition = QStringLiteral("petition_direct");
        QCOMPARE(lookup(petition, QStringLiteral("zh")).name, QStringLiteral("民情直通车"));
        QCOMPARE(lookup(petition, QStringLiteral("zh_CN")).promisedDays, 15);
        QCOMPARE(lookup(petition, QStringLiteral("en")).name, QStringLiteral("Direct line to the county (complaints and appeals)"));
        QCOMPARE(lookup(QStringLiteral("no_such_service"), QStringLiteral("zh")).name, QString());
        QCOMPARE(lookup(QStringLiteral("no_such_service"), QStringLiteral("zh")).promisedDays, -1);

        // The county's next catalogue promises the answer in 10 days: the same look-up says so.
        QJsonObject next = builtin->toJson();
        next.insert(QStringLiteral("version"), 2);
        QJsonArray services = next.value(QLatin1String("services")).toArray();
        for (qsizetype i = 0; i < services.size(); ++i) {
            QJsonObject s = services.at(i).toObject();
            if (s.value(QLatin1String("id")).toString() == petition) {
                s.insert(QStringLiteral("promised_days"), 10);
                services.replace(i, s);
            }
        }
        next.insert(QStringLiteral("services"), services);
        auto replaced = Catalogue::fromJson(next, QStringLiteral("test"));
        QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().message));
        inForce->set(std::make_shared<const Catalogue>(replaced.value()));
        QCOMPARE(lookup(petition, QStringLiteral("zh")).promisedDays, 10);

        // No catalogue at all (a data directory whose catalogue cannot be read): the receipt prints the id.
        QCOMPARE(catalogueServiceLookup(std::make_shared<CatalogueInForce>())(petition, QStringLiteral("zh")).name, QString());
    }

    void firstPrintThenReprints()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ReceiptService service(*f.store);
        service.setServiceLookup([](const QString &id, const QString &language) {
            return id == QLatin1String("pension-registration") && language == QLatin1String("zh")
                ? ServiceInfo{QStringLiteral("城乡居民基本养老保险参保登记"), 10}
                : ServiceInfo{};
        });
        service.setClerkLookup([](const QString &staffId) {
            return staffId == QLatin1String("clerk-07") ? QStringLiteral("李明") : QString();
        });

        auto first = service.prepare(f.caseId);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(!first->reprint);
        QCOMPARE(first->centerName, QStringLiteral("华田村便民服务中心"));
        QCOMPARE(first->serviceName, QStringLiteral("城乡居民基本养老保险参保登记"));
        QCOMPARE(first->promisedDate, QDate(2026, 10, 9));
        QCOMPARE(first->clerk, QStringLiteral("李明"));
        QCOMPARE(first->maskedIdNumber, maskIdNumber(fixture::fullIdNumber()));
        QVERIFY(service.recordPrinted(first.value(), QStringLiteral("clerk-07"), QStringLiteral("tcp://127.0.0.1:9100"), 80).ok());

        f.clock.advanceSeconds(3600);
        auto second = service.prepare(f.caseId);
        QVERIFY(second->reprint);
        QCOMPARE(second->printedAt, f.clock.now());
        QVERIFY(service.recordPrinted(second.value(), QStringLiteral("staff-02"), QStringLiteral("cups:Office"), 0).ok());
        QVERIFY(service.recordPrinted(service.prepare(f.caseId).value(), QString(), QStringLiteral("pdf:/tmp"), 0).ok());

        QStringList actors;
        QCOMPARE(f.receiptAudit(&actors), (QStringList{QStringLiteral("receipt.print"), QStringLiteral("receipt.reprint"),
                                                       QStringLiteral("receipt.reprint")}));
        QCOMPARE(actors, (QStringList{QStringLiteral("clerk-07"), QStringLiteral("staff-02"), QStringLiteral("system")}));
        auto report = f.store->audit().verify();
        QVERIFY(report.ok() && report->intact());
    }

    void qrIsSignedWithTheKioskKey()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ReceiptService service(*f.store);
        auto data = service.prepare(f.caseId);
        QVERIFY(data.ok());
        QCOMPARE(service.verifyLookup(data->lookup).value(), f.caseId);
        // Another kiosk (another key) cannot vouch for it, nor can this kiosk for a code made elsewhere.
        StoreFixture other;
        QVERIFY(other.setUp());
        ReceiptService otherService(*other.store);
        QCOMPARE(otherService.verifyLookup(data->lookup).error().code, QStringLiteral("receipt.forged"));
    }

    void withoutCatalogueTheCaseSpeaksForItself()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ReceiptService service(*f.store);
        auto data = service.prepare(f.caseId);
        QVERIFY(data.ok());
        QCOMPARE(data->serviceName, QStringLiteral("pension-registration"));
        QVERIFY(!data->promisedDate.isValid());
    }

    void unknownCaseHasNoReceipt()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ReceiptService service(*f.store);
        auto data = service.prepare(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(!data.ok());
        QVERIFY(f.receiptAudit().isEmpty());
    }

    void decisionNotice()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ReceiptService service(*f.store);
        QCOMPARE(service.prepare(f.caseId, ReceiptKind::Decision).error().code, QStringLiteral("receipt.no_decision"));
        QVERIFY(f.decide(CaseState::NeedsMaterials, QStringLiteral("请补交户口簿复印件。")));
        auto notice = service.prepare(f.caseId, ReceiptKind::Decision);
        QVERIFY2(notice.ok(), qPrintable(notice.ok() ? QString() : notice.error().message));
        QCOMPARE(notice->state, CaseState::NeedsMaterials);
        QCOMPARE(notice->countyMessage, QStringLiteral("请补交户口簿复印件。"));
        QVERIFY(!notice->reprint);
        // A printed submission receipt does not make the first notice a reprint.
        QVERIFY(service.recordPrinted(service.prepare(f.caseId).value(), {}, QStringLiteral("x"), 0).ok());
        QVERIFY(!service.prepare(f.caseId, ReceiptKind::Decision)->reprint);
    }
};

QTEST_MAIN(TestReceiptService)
#include "tst_receiptservice.moc"
