// `bianmin audit verify`: intact chains pass; an entry edited or deleted behind the kiosk's back (straight
// in kiosk.db, as an intruder with a SQLite shell would) fails, naming the first broken entry.
#include "clitest.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliAudit : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void intactChain();
    void editedEntryIsNamed_data();
    void editedEntryIsNamed();
    void deletedEntryIsNamed();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("kiosk.db")); }
    int entries() const
    {
        return run(m_dir->path(), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")})
            .json().object().value(QStringLiteral("entries")).toInt();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(run(m_dir->path(), {QStringLiteral("init")}).ok());
    QByteArray jsonl;
    for (int i = 0; i < 5; ++i)
        jsonl += compact(caseObject(QStringLiteral("村民%1").arg(i), idNumber(100 + i))) + '\n';
    const Run r = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("-")}, jsonl);
    QVERIFY2(r.ok(), r.err.constData());
}

void TestCliAudit::intactChain()
{
    const Run r = run(m_dir->path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.ok(), r.err.constData());
    const QRegularExpression line(QStringLiteral("^audit chain intact: (\\d+) entries\n$"));
    const auto m = line.match(r.outText());
    QVERIFY2(m.hasMatch(), r.out.constData());
    QVERIFY(m.captured(1).toInt() >= 5); // at least one entry per submitted case
    const QJsonObject o = run(m_dir->path(), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}).json().object();
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("entries")).toInt(), m.captured(1).toInt());
}

void TestCliAudit::editedEntryIsNamed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("seq");
    QTest::newRow("actor") << QStringLiteral("UPDATE audit SET actor = 'someone-else' WHERE seq = 3") << 3;
    QTest::newRow("details") << QStringLiteral("UPDATE audit SET details = '{}' WHERE seq = 2") << 2;
    QTest::newRow("subject") << QStringLiteral("UPDATE audit SET subject = 'x' WHERE seq = 4") << 4;
    // Rewriting the stored hash too does not help: the next entry names the old one.
    QTest::newRow("time and hash") << QStringLiteral("UPDATE audit SET at = '2020-01-01T00:00:00.000Z', hash = 'ab' WHERE seq = 2") << 2;
}

void TestCliAudit::editedEntryIsNamed()
{
    QFETCH(QString, sql);
    QFETCH(int, seq);
    const int before = entries();
    QVERIFY(before >= 5);
    QVERIFY(execSql(db(), sql));
    const Run r = run(m_dir->path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.oneErrorLine(), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("entry %1 ").arg(seq)), r.err.constData());
    const QJsonObject o = run(m_dir->path(), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")}).json().object();
    QCOMPARE(o.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("first_broken")).toInt(), seq);
}

void TestCliAudit::deletedEntryIsNamed()
{
    QVERIFY(execSql(db(), QStringLiteral("DELETE FROM audit WHERE seq = 3")));
    const Run r = run(m_dir->path(), {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.oneErrorLine());
    // The gap shows at the entry after the deleted one (its predecessor hash no longer matches).
    const int broken = r.json().object().value(QStringLiteral("first_broken")).toInt();
    QVERIFY2(broken == 3 || broken == 4, qPrintable(QString::number(broken)));

    // Deleting the newest entry leaves no successor to notice; the chain must still not verify.
    QTemporaryDir other;
    QVERIFY(run(other.path(), {QStringLiteral("init")}).ok());
    QVERIFY(run(other.path(), {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), QStringLiteral("-")},
                compact(caseObject(QStringLiteral("周九"), idNumber(200)))).ok());
    QVERIFY(execSql(other.filePath(QStringLiteral("kiosk.db")),
                    QStringLiteral("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")));
    const Run tail = run(other.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(tail.exitCode, 1);
    QVERIFY2(tail.oneErrorLine(), tail.err.constData());
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
