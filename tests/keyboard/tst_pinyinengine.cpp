// What a villager typing Pinyin on the kiosk sees: the words they mean among the first candidates,
// syllables split the way they said them, backspace that undoes one letter, phrase-by-phrase choice,
// and a guess of the next phrase.
#include "keyboard/pinyinengine.h"

#include <QtTest>

using namespace bianmin;

class TestPinyinEngine : public QObject
{
    Q_OBJECT
private:
    PinyinEngine m_engine;

private slots:
    void initTestCase() { QVERIFY2(m_engine.open().ok(), "the Debian Pinyin dictionary must open"); }
    void init() { m_engine.reset(); }

    void secondEngineIsRefused()
    {
        PinyinEngine other;
        const Status s = other.open();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("pinyin.busy"));
    }

    void wordsAmongFirstCandidates_data()
    {
        QTest::addColumn<QString>("pinyin");
        QTest::addColumn<QString>("word");
        QTest::newRow("farmhouse inn") << "nongjiale" << "农家乐";
        QTest::newRow("medical insurance") << "yiliaobaoxian" << "医疗保险";
        QTest::newRow("initials only") << "ylbx" << "医疗保险";
        QTest::newRow("village committee") << "cunweihui" << "村委会";
        QTest::newRow("with separator") << "xi'an" << "西安";
    }
    void wordsAmongFirstCandidates()
    {
        QFETCH(QString, pinyin);
        QFETCH(QString, word);
        QVERIFY(m_engine.search(pinyin) > 0);
        const QStringList firstPage = m_engine.candidates(0, 5);
        QVERIFY2(firstPage.contains(word), qPrintable(firstPage.join(QLatin1Char(' '))));
    }

    void splitsSyllables()
    {
        m_engine.search(QStringLiteral("nongjiale"));
        QCOMPARE(m_engine.syllables(), QStringList({"nong", "jia", "le"}));
        QCOMPARE(m_engine.composition(), QStringLiteral("nong jia le"));
        m_engine.search(QStringLiteral("xian"));
        QCOMPARE(m_engine.syllables(), QStringList({"xian"}));
        m_engine.search(QStringLiteral("xi'an"));
        QCOMPARE(m_engine.syllables().size(), 2);
    }

    void backspaceRemovesOneLetter()
    {
        m_engine.search(QStringLiteral("nongjiale"));
        m_engine.backspace();
        QCOMPARE(m_engine.spelling(), QStringLiteral("nongjial"));
        m_engine.backspace();
        m_engine.backspace();
        QCOMPARE(m_engine.spelling(), QStringLiteral("nongji"));
        QVERIFY(m_engine.candidates(0, 10).contains(QStringLiteral("农机")));
        while (!m_engine.spelling().isEmpty())
            m_engine.backspace();
        QCOMPARE(m_engine.candidateCount(), 0);
    }

    void choosingPhraseByPhrase()
    {
        m_engine.search(QStringLiteral("nongjiale"));
        const int nongjia = int(m_engine.candidates(0, 20).indexOf(QStringLiteral("农家")));
        QVERIFY(nongjia >= 0);
        QCOMPARE(m_engine.choose(nongjia), QString()); // "le" is still to be chosen
        QCOMPARE(m_engine.composition(), QStringLiteral("农家le"));
        const int le = int(m_engine.candidates(0, 20).indexOf(QStringLiteral("乐")));
        QVERIFY(le >= 0);
        QCOMPARE(m_engine.choose(le), QStringLiteral("农家乐"));
        QVERIFY(m_engine.spelling().isEmpty());
    }

    void choosingTheWholeSentence()
    {
        m_engine.search(QStringLiteral("yiliaobaoxian"));
        QCOMPARE(m_engine.choose(0), QStringLiteral("医疗保险"));
    }

    void pagesThroughCandidates()
    {
        const int total = m_engine.search(QStringLiteral("shi"));
        QVERIFY(total > 20);
        const QStringList first = m_engine.candidates(0, 10);
        const QStringList second = m_engine.candidates(10, 10);
        QCOMPARE(first.size(), 10);
        QCOMPARE(second.size(), 10);
        for (const QString &c : second)
            QVERIFY(!first.contains(c));
        QCOMPARE(m_engine.candidates(total - 1, 10).size(), 1);
    }

    void predictsTheNextPhrase()
    {
        const QStringList next = m_engine.predictions(QStringLiteral("农家"));
        QVERIFY(!next.isEmpty());
        QVERIFY2(next.contains(QStringLiteral("乐")), qPrintable(next.join(QLatin1Char(' '))));
    }

    void ignoresWhatIsNotPinyin()
    {
        QCOMPARE(m_engine.search(QStringLiteral("12")), 0);
        QVERIFY(m_engine.search(QStringLiteral("NONG")) > 0);
        QCOMPARE(m_engine.spelling(), QStringLiteral("nong"));
    }
};

QTEST_GUILESS_MAIN(TestPinyinEngine)
#include "tst_pinyinengine.moc"
