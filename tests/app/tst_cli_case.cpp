// `bianmin case submit|import|list|show` as a black box: what is stored, what is printed, what is refused.
// The full ID number must never appear in any output, only its masked form.
#include "clitest.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

class TestCliCase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void submitFromFileAndStdin();
    void submitJsonShape();
    void listAndShowMaskIdNumbers();
    void listFiltersByState();
    void importReportsRefusedLines();
    void importJsonAndIds();
    void invalidSubmitStoresNothing_data();
    void invalidSubmitStoresNothing();

private:
    Run submit(const QByteArray &json) { return run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), QStringLiteral("-")}, json); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QRegularExpression kUuidLine(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n$"));

void TestCliCase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Run r = run(m_dir->path(), {QStringLiteral("init")});
    QVERIFY2(r.ok(), r.err.constData());
}

void TestCliCase::submitFromFileAndStdin()
{
    const QString file = m_dir->filePath(QStringLiteral("case.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(caseObject(QStringLiteral("李桂兰"), idNumber(1))).toJson());
    f.close();
    const Run fromFile = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("submit"), QStringLiteral("--case"), file});
    QVERIFY2(fromFile.ok(), fromFile.err.constData());
    QVERIFY2(kUuidLine.match(fromFile.outText()).hasMatch(), fromFile.out.constData());
    QVERIFY(fromFile.err.isEmpty());

    const Run fromStdin = submit(compact(caseObject(QStringLiteral("王建国"), idNumber(2))));
    QVERIFY2(fromStdin.ok(), fromStdin.err.constData());
    QVERIFY(kUuidLine.match(fromStdin.outText()).hasMatch());

    QStringList expected{fromFile.outText().trimmed(), fromStdin.outText().trimmed()};
    expected.sort();
    QCOMPARE(caseIds(m_dir->path()), expected);
}

void TestCliCase::submitJsonShape()
{
    const Run r = run(m_dir->path(), {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("submit"),
                                      QStringLiteral("--case"), QStringLiteral("-")},
                      compact(caseObject(QStringLiteral("赵四"), idNumber(3))));
    QVERIFY2(r.ok(), r.err.constData());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("state")}));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(caseIds(m_dir->path()), QStringList{o.value(QStringLiteral("id")).toString()});
}

void TestCliCase::listAndShowMaskIdNumbers()
{
    const QString number = idNumber(4);
    const QString masked = number.left(6) + QStringLiteral("********") + number.right(4);
    const Run s = submit(compact(caseObject(QStringLiteral("欧阳秀英"), number)));
    QVERIFY2(s.ok(), s.err.constData());
    const QString id = s.outText().trimmed();

    const QList<QStringList> commands = {
        {QStringLiteral("case"), QStringLiteral("list")},
        {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("case"), QStringLiteral("show"), id},
        {QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json")},
        {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--id-number"), number},
    };
    for (const QStringList &c : commands) {
        const Run r = run(m_dir->path(), c);
        QVERIFY2(r.ok(), qPrintable(c.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.errText()));
        QVERIFY2(r.outText().contains(masked), qPrintable(c.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.outText()));
        QVERIFY2(!r.outText().contains(number), qPrintable(c.join(QLatin1Char(' '))));
        QVERIFY2(!r.outText().contains(number.mid(6, 8)), "the birth date digits leak");
        QVERIFY(r.outText().contains(QStringLiteral("欧阳秀英")));
    }

    const QJsonArray list = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
    QCOMPARE(list.size(), 1);
    const QJsonObject item = list.first().toObject();
    QCOMPARE(item.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(item.value(QStringLiteral("service_id")).toString(), QStringLiteral("petition_direct"));
    QCOMPARE(item.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("id_number")).toString(), masked);

    const QJsonObject shown = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json")}).json().object();
    QCOMPARE(shown.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(shown.value(QStringLiteral("fields")).toObject().value(QStringLiteral("matter_type")).toString(), QStringLiteral("complaint"));
    QCOMPARE(shown.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("phone")).toString(),
             QStringLiteral("13812345678"));
    QVERIFY(!shown.value(QStringLiteral("history")).toArray().isEmpty());

    // An id that is not stored, and one that is not an id at all.
    const Run unknown = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("show"), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.oneErrorLine());
    const Run garbage = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("12")});
    QVERIFY(garbage.exitCode != 0);
    QVERIFY(garbage.oneErrorLine());
}

void TestCliCase::listFiltersByState()
{
    QVERIFY(submit(compact(caseObject(QStringLiteral("甲"), idNumber(5)))).ok());
    QVERIFY(submit(compact(caseObject(QStringLiteral("乙"), idNumber(6)))).ok());
    const auto count = [this](const QString &state) {
        return run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--state"), state,
                                   QStringLiteral("--json")}).json().array().size();
    };
    QCOMPARE(count(QStringLiteral("queued")), 2);
    QCOMPARE(count(QStringLiteral("uploaded")), 0);
    const Run bad = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("done")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.oneErrorLine());
}

void TestCliCase::importReportsRefusedLines()
{
    QByteArray jsonl;
    jsonl += compact(caseObject(QStringLiteral("一"), idNumber(7))) + '\n';          // 1 ok
    jsonl += "\n";                                                                     // 2 blank: ignored
    jsonl += compact(caseObject(QStringLiteral("二"), badCheckDigit(idNumber(8)))) + '\n'; // 3 refused
    jsonl += compact(caseObject(QStringLiteral("三"), idNumber(9))) + '\n';          // 4 ok
    jsonl += "{\"service_id\": \"x\", \"applicant\": \n";                              // 5 refused: truncated
    jsonl += compact(caseObject(QStringLiteral("四"), idNumber(10)));                // 6 ok, no final newline
    const QString file = m_dir->filePath(QStringLiteral("cases.jsonl"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(jsonl);
    f.close();

    const Run r = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("import"), file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.oneErrorLine(), r.err.constData());
    QVERIFY2(r.outText().contains(QStringLiteral("stored 3 case(s)")), r.out.constData());
    QVERIFY(r.outText().contains(QStringLiteral("line 3 refused: ")));
    QVERIFY(r.outText().contains(QStringLiteral("line 5 refused: ")));
    QVERIFY(!r.outText().contains(QStringLiteral("line 2 ")));
    QVERIFY(!r.outText().contains(badCheckDigit(idNumber(8))));
    QCOMPARE(caseIds(m_dir->path()).size(), 3);

    // All good: exit 0.
    const Run clean = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("-")},
                          compact(caseObject(QStringLiteral("五"), idNumber(12))) + '\n');
    QVERIFY2(clean.ok(), clean.err.constData());
    QVERIFY(clean.err.isEmpty());
    QCOMPARE(caseIds(m_dir->path()).size(), 4);
}

void TestCliCase::importJsonAndIds()
{
    QByteArray jsonl = compact(caseObject(QStringLiteral("一"), idNumber(13))) + "\n" + "[1,2]\n"
        + compact(caseObject(QStringLiteral("二"), idNumber(14))) + "\n";
    const Run r = run(m_dir->path(), {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("import"),
                                      QStringLiteral("-"), QStringLiteral("--ids")}, jsonl);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.oneErrorLine());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("stored")).toInt(), 2);
    const QJsonArray refused = o.value(QStringLiteral("refused")).toArray();
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().toObject().value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(!refused.first().toObject().value(QStringLiteral("reason")).toString().isEmpty());
    QStringList ids;
    for (const QJsonValue &v : o.value(QStringLiteral("ids")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    QCOMPARE(ids, caseIds(m_dir->path()));

    // Text mode with --ids: "LINE ID" as each case is stored.
    const Run text = run(m_dir->path(), {QStringLiteral("case"), QStringLiteral("import"), QStringLiteral("-"),
                                         QStringLiteral("--ids")},
                         "\n" + compact(caseObject(QStringLiteral("三"), idNumber(15))) + "\n");
    QVERIFY2(text.ok(), text.err.constData());
    const QStringList lines = text.outText().split(QLatin1Char('\n'));
    QVERIFY2(lines.first().startsWith(QStringLiteral("2 ")), text.out.constData());
    QVERIFY(caseIds(m_dir->path()).contains(lines.first().mid(2)));
}

void TestCliCase::invalidSubmitStoresNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    const QJsonObject good = caseObject(QStringLiteral("钱七"), idNumber(20));
    const auto with = [&](const QString &path, const QJsonValue &value) {
        QJsonObject o = good;
        const QStringList parts = path.split(QLatin1Char('.'));
        if (parts.size() == 1) {
            if (value.isUndefined())
                o.remove(path);
            else
                o.insert(path, value);
        } else {
            QJsonObject inner = o.value(parts.at(0)).toObject();
            if (value.isUndefined())
                inner.remove(parts.at(1));
            else
                inner.insert(parts.at(1), value);
            o.insert(parts.at(0), inner);
        }
        return compact(o);
    };
    QTest::newRow("no service_id") << with(QStringLiteral("service_id"), QJsonValue::Undefined);
    QTest::newRow("empty service_id") << with(QStringLiteral("service_id"), QStringLiteral(" "));
    QTest::newRow("no applicant") << with(QStringLiteral("applicant"), QJsonValue::Undefined);
    QTest::newRow("no name") << with(QStringLiteral("applicant.name"), QJsonValue::Undefined);
    QTest::newRow("no id number") << with(QStringLiteral("applicant.id_number"), QJsonValue::Undefined);
    QTest::newRow("check digit") << with(QStringLiteral("applicant.id_number"), badCheckDigit(idNumber(20)));
    QTest::newRow("17 digits") << with(QStringLiteral("applicant.id_number"), idNumber(20).left(17));
    QTest::newRow("impossible birth date") << with(QStringLiteral("applicant.id_number"), idNumber(20, QStringLiteral("19581340")));
    QTest::newRow("bad phone") << with(QStringLiteral("applicant.phone"), QStringLiteral("12345"));
    QTest::newRow("number as name") << with(QStringLiteral("applicant.name"), 42);
    QTest::newRow("typo member") << with(QStringLiteral("feilds"), QJsonObject{});
    QTest::newRow("fields not object") << with(QStringLiteral("fields"), QJsonArray{1});
    QTest::newRow("bad channel") << with(QStringLiteral("channel"), QStringLiteral("phone"));
    QTest::newRow("agent without staff") << with(QStringLiteral("channel"), QStringLiteral("agent"));
    QTest::newRow("unknown attachment") << with(QStringLiteral("attachments"),
        QJsonArray{QJsonObject{{QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}, {QStringLiteral("kind"), QStringLiteral("document")},
                               {QStringLiteral("mime"), QStringLiteral("image/jpeg")}, {QStringLiteral("bytes"), 10}}});
    QTest::newRow("malformed json") << QByteArray("{\"service_id\": \"x\",, }");
    QTest::newRow("truncated json") << compact(good).left(40);
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("empty") << QByteArray(" ");
}

void TestCliCase::invalidSubmitStoresNothing()
{
    QFETCH(QByteArray, json);
    QVERIFY(submit(compact(caseObject(QStringLiteral("孙八"), idNumber(21)))).ok());
    const QStringList before = caseIds(m_dir->path());
    const Run r = submit(json);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.oneErrorLine(), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY2(!r.errText().contains(idNumber(20).left(14)), "the error repeats the ID number");
    QCOMPARE(caseIds(m_dir->path()), before);
}

QTEST_GUILESS_MAIN(TestCliCase)
#include "tst_cli_case.moc"
