// ReceiptPrinter, what the kiosk's QML calls: print() returns at once and the receipt goes out on a worker
// thread; finished() or failed() come back on the UI thread with plain messages; a reprint is marked and
// audited with the staff member; a failed print can simply be repeated.
#include "fakeprinter.h"
#include "printing/receiptservice.h"
#include "receiptprinter.h"
#include "storefixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QTest>

using namespace bianmin;

namespace {
QString decoded(const QByteArray &bytes)
{
    QStringDecoder gb("GB18030");
    return gb.decode(bytes);
}
} // namespace

class TestReceiptPrinter : public QObject
{
    Q_OBJECT
private slots:
    void printsThenReprints()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        FakePrinter device;
        ReceiptService service(*f.store);
        ReceiptPrinter printer(service, QStringLiteral("tcp://127.0.0.1:%1").arg(device.port()), 58);
        QSignalSpy finished(&printer, &ReceiptPrinter::finished);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        QSignalSpy busy(&printer, &ReceiptPrinter::busyChanged);

        QVERIFY(printer.print(f.caseId, QStringLiteral("clerk-07")));
        QVERIFY(printer.busy());
        QVERIFY(finished.wait(10000));
        QVERIFY(!printer.busy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.first().at(0).toString(), f.caseId);
        QCOMPARE(finished.first().at(1).toBool(), false);
        const QByteArray first = device.received(1, 1000);
        QVERIFY(decoded(first).contains(QStringLiteral("受理回执")));
        QVERIFY(!decoded(first).contains(QStringLiteral("补 打")));

        QVERIFY(printer.print(f.caseId, QStringLiteral("staff-02")));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QVERIFY(decoded(device.received(first.size() + 1, 1000).mid(first.size())).contains(QStringLiteral("补 打")));

        QStringList actors;
        QCOMPARE(f.receiptAudit(&actors), (QStringList{QStringLiteral("receipt.print"), QStringLiteral("receipt.reprint")}));
        QCOMPARE(actors, (QStringList{QStringLiteral("clerk-07"), QStringLiteral("staff-02")}));
    }

    void paperOutIsToldAndTheReceiptPrintsLater()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        FakePrinter device;
        device.setState(FakePrinter::State::PaperOut);
        ReceiptService service(*f.store);
        ReceiptPrinter printer(service, QStringLiteral("tcp://127.0.0.1:%1").arg(device.port()));
        QSignalSpy finished(&printer, &ReceiptPrinter::finished);
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);

        QVERIFY(printer.print(f.caseId));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("printer.paper_out"));
        QVERIFY(failed.first().at(2).toString().contains(QStringLiteral("缺纸")));
        QVERIFY(f.receiptAudit().isEmpty()); // nothing came out, so nothing was printed on the record

        device.setState(FakePrinter::State::Ready);
        QVERIFY(printer.print(f.caseId));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), false); // the first receipt that actually came out
        QCOMPARE(f.receiptAudit(), QStringList{QStringLiteral("receipt.print")});
    }

    void printingDoesNotBlockTheCaller()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        FakePrinter device;
        device.setSilent(true); // each unanswered status query waits for its timeout on the worker
        ReceiptService service(*f.store);
        ReceiptPrinter printer(service, QStringLiteral("tcp://127.0.0.1:%1").arg(device.port()));
        QSignalSpy finished(&printer, &ReceiptPrinter::finished);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(printer.print(f.caseId));
        QVERIFY2(timer.elapsed() < 400, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(printer.busy());
        QVERIFY(finished.wait(10000));
        QVERIFY(timer.elapsed() >= 700); // the status timeout really was spent, off this thread
    }

    void storeOnItsOwnThread()
    {
        // As in the kiosk: the DataStore lives on a store thread, QML calls from the GUI thread.
        QThread storeThread;
        storeThread.start();
        QObject context;
        context.moveToThread(&storeThread);
        std::unique_ptr<StoreFixture> f;
        std::unique_ptr<ReceiptService> service;
        bool ok = false;
        QMetaObject::invokeMethod(&context, [&] {
            f = std::make_unique<StoreFixture>();
            ok = f->setUp();
            service = std::make_unique<ReceiptService>(*f->store);
        }, Qt::BlockingQueuedConnection);
        QVERIFY(ok);

        FakePrinter device;
        {
            ReceiptPrinter printer(*service, QStringLiteral("tcp://127.0.0.1:%1").arg(device.port()));
            printer.setStoreContext(&context);
            QSignalSpy finished(&printer, &ReceiptPrinter::finished);
            QSignalSpy failed(&printer, &ReceiptPrinter::failed);
            QVERIFY(printer.print(f->caseId, QStringLiteral("clerk-07")));
            QVERIFY(finished.wait(10000));
            QVERIFY(decoded(device.received(1, 1000)).contains(QStringLiteral("受理回执")));

            // An unknown case is told asynchronously: the store is read on its own thread.
            QVERIFY(printer.print(QStringLiteral("00000000-0000-4000-8000-000000000000")));
            QVERIFY(failed.wait(10000));
            QVERIFY(!printer.busy());
        }
        QStringList actions;
        QMetaObject::invokeMethod(&context, [&] {
            actions = f->receiptAudit();
            service.reset();
            f.reset(); // the database closes on the thread that opened it
        }, Qt::BlockingQueuedConnection);
        QCOMPARE(actions, QStringList{QStringLiteral("receipt.print")});
        storeThread.quit();
        storeThread.wait();
    }

    void cannotStart()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ReceiptService service(*f.store);
        ReceiptPrinter printer(service, QStringLiteral("not a printer"));
        QSignalSpy failed(&printer, &ReceiptPrinter::failed);
        QVERIFY(!printer.print(f.caseId));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("printer.bad_uri"));
        printer.setPrinter(QStringLiteral("usb:/dev/usb/lp0"));
        QVERIFY(!printer.print(QStringLiteral("00000000-0000-4000-8000-000000000000")));
        QCOMPARE(failed.size(), 2);
        QVERIFY(!printer.busy());
    }

    void pdfDirectoryAndVerify()
    {
        StoreFixture f;
        QVERIFY(f.setUp());
        ReceiptService service(*f.store);
        ReceiptPrinter printer(service, QStringLiteral("pdf:") + f.dir.filePath(QStringLiteral("receipts")));
        QSignalSpy finished(&printer, &ReceiptPrinter::finished);
        QVERIFY(printer.print(f.caseId));
        QVERIFY(finished.wait(10000));
        QCOMPARE(QDir(f.dir.filePath(QStringLiteral("receipts"))).entryList(QDir::Files).size(), 1);

        const QString lookup = service.prepare(f.caseId)->lookup;
        QCOMPARE(printer.verifyLookup(lookup), f.caseId);
        const QChar last = lookup.back() == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
        QCOMPARE(printer.verifyLookup(lookup.left(lookup.size() - 1) + last), QString());
    }
};

QTEST_MAIN(TestReceiptPrinter)
#include "tst_receiptprinter.moc"
