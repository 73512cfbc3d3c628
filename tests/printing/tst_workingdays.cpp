// The promised completion date: weekends skipped, public holidays skipped, make-up working days counted.
#include "printing/workingdays.h"

#include <QTest>

using namespace bianmin;

class TestWorkingDays : public QObject
{
    Q_OBJECT
private slots:
    void builtInListCoversTheYears()
    {
        const WorkingDayCalendar cal = WorkingDayCalendar::builtIn();
        QVERIFY(cal.coversYear(2025));
        QVERIFY(cal.coversYear(2026));
        QVERIFY(cal.coversYear(2027));
        QVERIFY(!cal.isProvisional(2026));
        QVERIFY(cal.isProvisional(2027));
        QVERIFY(!cal.coversYear(2030));
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<bool>("working");
        QTest::newRow("plain Monday") << QDate(2026, 11, 23) << true;
        QTest::newRow("plain Saturday") << QDate(2026, 11, 28) << false;
        QTest::newRow("plain Sunday") << QDate(2026, 11, 29) << false;
        QTest::newRow("National Day, a Thursday") << QDate(2026, 10, 1) << false;
        QTest::newRow("Spring Festival Monday") << QDate(2026, 2, 23) << false;
        QTest::newRow("make-up Sunday 2026-09-20") << QDate(2026, 9, 20) << true;
        QTest::newRow("make-up Saturday 2026-10-10") << QDate(2026, 10, 10) << true;
        QTest::newRow("make-up Sunday 2025-01-26") << QDate(2025, 1, 26) << true;
        QTest::newRow("New Year 2025 (Wednesday)") << QDate(2025, 1, 1) << false;
        QTest::newRow("Mid-Autumn+National Day 2025-10-08") << QDate(2025, 10, 8) << false;
        QTest::newRow("2027 Spring Festival, provisional") << QDate(2027, 2, 8) << false;
    }
    void isWorkingDay()
    {
        QFETCH(QDate, day);
        QFETCH(bool, working);
        QCOMPARE(WorkingDayCalendar::builtIn().isWorkingDay(day), working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("zero days is the same day") << QDate(2026, 11, 23) << 0 << QDate(2026, 11, 23);
        QTest::newRow("Monday + 1") << QDate(2026, 11, 23) << 1 << QDate(2026, 11, 24);
        QTest::newRow("Friday + 1 skips the weekend") << QDate(2026, 11, 27) << 1 << QDate(2026, 11, 30);
        QTest::newRow("Saturday + 1 is Monday") << QDate(2026, 11, 28) << 1 << QDate(2026, 11, 30);
        QTest::newRow("Monday + 5 is next Monday") << QDate(2026, 11, 23) << 5 << QDate(2026, 11, 30);
        // Fri 18 Sep 2026: Sun 20 (make-up) counts, Mid-Autumn 25-27 and National Day 1-7 Oct do not.
        QTest::newRow("across make-up day and two holidays") << QDate(2026, 9, 18) << 10 << QDate(2026, 10, 9);
        QTest::newRow("make-up Sunday is the first day") << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
        // Before the 2026 Spring Festival: 14 Feb (Sat) is a make-up day, 15-23 off.
        QTest::newRow("Spring Festival 2026") << QDate(2026, 2, 12) << 3 << QDate(2026, 2, 24);
        QTest::newRow("across New Year 2026") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
    }
    void addWorkingDays()
    {
        QFETCH(QDate, start);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        QCOMPARE(WorkingDayCalendar::builtIn().addWorkingDays(start, days), expected);
    }

    void weekendsOnlyWithoutList()
    {
        const WorkingDayCalendar cal;
        QVERIFY(cal.isWorkingDay(QDate(2026, 10, 1)));
        QCOMPARE(cal.addWorkingDays(QDate(2026, 9, 18), 1), QDate(2026, 9, 21));
    }

    void customList()
    {
        auto cal = WorkingDayCalendar::fromJson(
            R"({"years": {"2031": {"off": ["2031-03-03"], "work": ["2031-03-08"]}}})");
        QVERIFY2(cal.ok(), qPrintable(cal.ok() ? QString() : cal.error().message));
        QVERIFY(!cal->isWorkingDay(QDate(2031, 3, 3)));
        QVERIFY(cal->isWorkingDay(QDate(2031, 3, 8)));
        QCOMPARE(cal->addWorkingDays(QDate(2031, 2, 28), 2), QDate(2031, 3, 5));
    }

    void malformedListsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{years:");
        QTest::newRow("no years") << QByteArray(R"({"off": []})");
        QTest::newRow("bad date") << QByteArray(R"({"years": {"2026": {"off": ["2026-02-30"]}}})");
        QTest::newRow("date of another year") << QByteArray(R"({"years": {"2026": {"off": ["2027-01-01"]}}})");
        QTest::newRow("year not a number") << QByteArray(R"({"years": {"next": {"off": []}}})");
    }
    void malformedListsAreRefused()
    {
        QFETCH(QByteArray, json);
        auto cal = WorkingDayCalendar::fromJson(json);
        QVERIFY(!cal.ok());
        QCOMPARE(cal.error().code, QStringLiteral("holidays.malformed"));
    }

    void shippedFileIsTheBuiltInOne()
    {
        auto fromSource = WorkingDayCalendar::fromFile(qEnvironmentVariable("BIANMIN_SOURCE_DIR")
                                                       + QStringLiteral("/resources/holidays/cn.json"));
        QVERIFY(fromSource.ok());
        QCOMPARE(fromSource->addWorkingDays(QDate(2026, 9, 18), 10), QDate(2026, 10, 9));
    }
};

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
