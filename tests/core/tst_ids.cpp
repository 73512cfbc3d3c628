// Case ids: valid protocol UUIDs, unique, and in creation order (version 7), which keeps every index keyed
// by a case id growing at its end.
#include "core/ids.h"

#include <QSet>
#include <QThread>
#include <QUuid>
#include <QtTest>

using namespace bianmin;

class TestIds : public QObject
{
    Q_OBJECT
private slots:
    void idsAreVersion7UuidsTheProtocolAccepts()
    {
        const QString id = newId();
        QVERIFY2(isValidId(id), qPrintable(id));
        const QUuid uuid(id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.variant(), QUuid::DCE);
        QCOMPARE(id.at(14), QLatin1Char('7')); // the version nibble
        // The first 48 bits are the creation time in milliseconds.
        const qint64 ms = id.left(8).append(id.mid(9, 4)).toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 5000);
    }

    void idsAreUniqueAndLaterIdsSortAfterEarlierOnes()
    {
        QSet<QString> seen;
        for (int i = 0; i < 20000; ++i) {
            const QString id = newId();
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
        const QString early = newId();
        QThread::msleep(3);
        const QString late = newId();
        QVERIFY2(early < late, qPrintable(early + QStringLiteral(" / ") + late));
        QVERIFY(!isValidId(early.toUpper()));
        // Case numbers come from the random end of these ids, so cases of the same minute differ...
        QVERIFY(caseNumberOf(early) != caseNumberOf(late));
        QCOMPARE(caseNumberOf(early), early.right(8).toUpper().insert(4, QLatin1Char('-')));
        // ...and the older random ids keep the number printed on their receipts.
        QCOMPARE(caseNumberOf(QStringLiteral("3f2b91ac-0c1d-4e2f-8a3b-4c5d6e7f8091")), QStringLiteral("3F2B-91AC"));
        QVERIFY(!isValidId(early.left(35)));
    }
};

QTEST_GUILESS_MAIN(TestIds)
#include "tst_ids.moc"
