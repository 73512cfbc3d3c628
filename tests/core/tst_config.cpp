// Settings survive a round trip, fall back to documented defaults, and a damaged file is reported.
#include "core/config.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace bianmin;

class TestConfig : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsAndDefaults()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        auto empty = Config::load(path);
        QVERIFY(empty.ok());
        QCOMPARE(empty->value(QStringLiteral("idcard.baud")), QStringLiteral("115200"));
        empty->setValue(QStringLiteral("kiosk.id"), QStringLiteral("500242-huatian-01"));
        QVERIFY(empty->save(path).ok());
        auto again = Config::load(path);
        QVERIFY(again.ok());
        QCOMPARE(again->value(QStringLiteral("kiosk.id")), QStringLiteral("500242-huatian-01"));
    }

    void malformedFileIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kiosk.id\": ");
        f.close();
        auto r = Config::load(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("config.malformed"));
        QVERIFY(r.error().message.contains(path));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
