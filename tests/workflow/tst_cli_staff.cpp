// The staff and approval commands as a technician or a script uses them: the real `bianmin` binary on a
// real data directory. PINs only on stdin, the approval chain of a shipped service walked from the
// command line, lockout across separate processes, and every error as one line with a non-zero exit.
#include "../app/clitest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace clitest;

namespace {

const QByteArray kPin = "123456\n";

QJsonObject exampleCase(const QString &service)
{
    QFile f(QStringLiteral(BIANMIN_SOURCE) + QStringLiteral("/resources/catalogue/examples/%1.json").arg(service));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject asAgent(QJsonObject o, const QString &clerk)
{
    o.insert(QStringLiteral("channel"), QStringLiteral("agent"));
    o.insert(QStringLiteral("agent"),
             QJsonObject{{QStringLiteral("staff_id"), clerk},
                         {QStringLiteral("consent"), QJsonObject{{QStringLiteral("method"), QStringLiteral("id_card")}}}});
    return o;
}

} // namespace

class TestCliStaff : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_data;

    Run staffAdd(const QString &id, const QString &role, const QByteArray &pin = kPin, const QStringList &extra = {})
    {
        return run(m_data, QStringList{QStringLiteral("staff"), QStringLiteral("add"), id, QStringLiteral("--name"),
                                       id + QStringLiteral(" 同志"), QStringLiteral("--role"), role,
                                       QStringLiteral("--pin-stdin")} + extra,
                   pin);
    }
    Run submit(const QJsonObject &o)
    {
        return run(m_data, {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("submit"),
                            QStringLiteral("--case"), QStringLiteral("-")},
                   compact(o));
    }
    Run decide(const QString &verb, const QString &id, const QString &step, const QString &staff,
               const QByteArray &pin = kPin, const QStringList &extra = {})
    {
        return run(m_data, QStringList{QStringLiteral("--json"), QStringLiteral("case"), verb, id, QStringLiteral("--step"),
                                       step, QStringLiteral("--staff"), staff, QStringLiteral("--pin-stdin")} + extra,
                   pin);
    }
    QJsonArray awaiting(const QStringList &extra = {})
    {
        const Run r = run(m_data, QStringList{QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("list"),
                                              QStringLiteral("--awaiting-approval")} + extra);
        return r.ok() ? r.json().array() : QJsonArray{{QStringLiteral("failed: ") + r.errText()}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(QStringLiteral("kiosk"));
        const Run init = run(m_data, {QStringLiteral("init")});
        QVERIFY2(init.ok(), init.err.constData());
        // A fresh kiosk says how to create its first supervisor.
        QVERIFY2(init.outText().contains(QStringLiteral("staff add")), init.out.constData());
        QVERIFY(!exampleCase(QStringLiteral("old_age_allowance")).isEmpty());
    }

    void initCreatesTheFirstSupervisorOnce()
    {
        // A provisioning script: init with the first supervisor, PIN on stdin; run again, nothing changes.
        const QString dir = m_tmp.filePath(QStringLiteral("provisioned"));
        const QStringList withBoss{QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--supervisor"),
                                   QStringLiteral("zhang"), QStringLiteral("--name"), QStringLiteral("张站长"),
                                   QStringLiteral("--pin-stdin")};
        const Run first = run(dir, withBoss, "246810\n");
        QVERIFY2(first.ok(), first.err.constData());
        QCOMPARE(first.json().object().value(QStringLiteral("supervisor_added")).toString(), QStringLiteral("zhang"));
        const Run again = run(dir, withBoss, "135790\n");
        QVERIFY2(again.ok(), again.err.constData());
        QCOMPARE(again.json().object().value(QStringLiteral("supervisor_added")).toString(), QString());

        const Run list = run(dir, {QStringLiteral("--json"), QStringLiteral("staff"), QStringLiteral("list")});
        QVERIFY2(list.ok(), list.err.constData());
        const QJsonArray staff = list.json().array();
        QCOMPARE(staff.size(), 1);
        QCOMPARE(staff.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));
        // Half the options is a usage error, and the PIN never comes from the command line.
        const Run half = run(dir, {QStringLiteral("init"), QStringLiteral("--supervisor"), QStringLiteral("li")});
        QCOMPARE(half.exitCode, 2);
        QCOMPARE(half.errText().trimmed().count(QLatin1Char('\n')), 0);
        const Run badPin = run(m_tmp.filePath(QStringLiteral("badpin")),
                               {QStringLiteral("init"), QStringLiteral("--supervisor"), QStringLiteral("li"),
                                QStringLiteral("--name"), QStringLiteral("李"), QStringLiteral("--pin-stdin")},
                               "12ab\n");
        QVERIFY(!badPin.ok());
        QVERIFY2(!badPin.errText().isEmpty(), "a bad PIN must be reported");
    }

    void staffAccounts()
    {
        QCOMPARE(run(m_data, {QStringLiteral("--json"), QStringLiteral("staff"), QStringLiteral("list")}).json().array().size(), 0);
        const Run boss = run(m_data, {QStringLiteral("--json"), QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("boss"),
                                      QStringLiteral("--name"), QStringLiteral("王主任"), QStringLiteral("--role"),
                                      QStringLiteral("supervisor"), QStringLiteral("--pin-stdin")},
                             kPin);
        QVERIFY2(boss.ok(), boss.err.constData());
        QCOMPARE(boss.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("supervisor"));

        // Never a PIN on the command line, never one that is not six digits.
        const Run argvPin = run(m_data, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--name"),
                                         QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("clerk"),
                                         QStringLiteral("--pin"), QStringLiteral("123456")});
        QCOMPARE(argvPin.exitCode, 2);
        QVERIFY(argvPin.oneErrorLine());
        const Run noStdin = run(m_data, {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("x1"), QStringLiteral("--name"),
                                         QStringLiteral("x"), QStringLiteral("--role"), QStringLiteral("clerk")});
        QCOMPARE(noStdin.exitCode, 2);
        QVERIFY(noStdin.errText().contains(QStringLiteral("--pin-stdin")));
        for (const QByteArray &bad : {QByteArray("12345\n"), QByteArray("1234567\n"), QByteArray("12a456\n"), QByteArray()}) {
            const Run r = staffAdd(QStringLiteral("x1"), QStringLiteral("clerk"), bad);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.oneErrorLine(), r.err.constData());
        }
        QCOMPARE(staffAdd(QStringLiteral("x1"), QStringLiteral("admin")).exitCode, 2);

        QVERIFY(staffAdd(QStringLiteral("c1"), QStringLiteral("clerk")).ok());
        QVERIFY(staffAdd(QStringLiteral("tech"), QStringLiteral("technician")).ok());
        QVERIFY(staffAdd(QStringLiteral("v1"), QStringLiteral("approver"), kPin, {QStringLiteral("--steps"), QStringLiteral("village_approver")}).ok());
        QVERIFY(staffAdd(QStringLiteral("t1"), QStringLiteral("approver"), kPin, {QStringLiteral("--steps"), QStringLiteral("town_approver")}).ok());
        const Run dup = staffAdd(QStringLiteral("c1"), QStringLiteral("clerk"));
        QCOMPARE(dup.exitCode, 1);
        QVERIFY(dup.errText().contains(QStringLiteral("already exists")));

        const QJsonArray list = run(m_data, {QStringLiteral("--json"), QStringLiteral("staff"), QStringLiteral("list")}).json().array();
        QCOMPARE(list.size(), 5);
        QStringList ids;
        for (const QJsonValue &v : list)
            ids << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, QStringList({"boss", "c1", "t1", "tech", "v1"}));
        QCOMPARE(list.at(4).toObject().value(QStringLiteral("steps")).toArray().first().toString(), QStringLiteral("village_approver"));
        QVERIFY(!run(m_data, {QStringLiteral("staff"), QStringLiteral("list")}).outText().contains(QStringLiteral("123456")));
    }

    void approvalChainFromTheCommandLine()
    {
        // A clerk submits for a villager with the ID card read: the service has a two-step chain.
        const Run submitted = submit(asAgent(exampleCase(QStringLiteral("old_age_allowance")), QStringLiteral("c1")));
        QVERIFY2(submitted.ok(), submitted.err.constData());
        QCOMPARE(submitted.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
        const QString id = submitted.json().object().value(QStringLiteral("id")).toString();
        // A service without a chain goes straight to the queue.
        const Run direct = submit(caseObject(QStringLiteral("张三"), idNumber(7)));
        QVERIFY2(direct.ok(), direct.err.constData());
        QCOMPARE(direct.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        // A technician may not submit for a villager.
        const Run tech = submit(asAgent(exampleCase(QStringLiteral("old_age_allowance")), QStringLiteral("tech")));
        QCOMPARE(tech.exitCode, 1);
        QVERIFY2(tech.oneErrorLine() && tech.errText().contains(QStringLiteral("technician")), tech.err.constData());
        QJsonObject noConsent = asAgent(exampleCase(QStringLiteral("old_age_allowance")), QStringLiteral("c1"));
        noConsent.insert(QStringLiteral("agent"), QJsonObject{{QStringLiteral("staff_id"), QStringLiteral("c1")}});
        QCOMPARE(submit(noConsent).exitCode, 1);

        // Waiting lists: everyone's, the village approver's, the town approver's, the clerk's own.
        QCOMPARE(awaiting().size(), 1);
        const QJsonObject row = awaiting({QStringLiteral("--staff"), QStringLiteral("v1")}).first().toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(row.value(QStringLiteral("step")).toString(), QStringLiteral("village_committee"));
        QVERIFY(row.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("id_number")).toString().contains(QStringLiteral("********")));
        QCOMPARE(awaiting({QStringLiteral("--staff"), QStringLiteral("t1")}).size(), 0);
        QCOMPARE(awaiting({QStringLiteral("--staff"), QStringLiteral("c1")}).size(), 1);
        QCOMPARE(caseIds(m_data).size(), 2); // plain `case list` is untouched

        // The town approver may not decide the village step; the clerk may not decide anything.
        const Run wrongPerson = decide(QStringLiteral("approve"), id, QStringLiteral("village_committee"), QStringLiteral("t1"));
        QCOMPARE(wrongPerson.exitCode, 1);
        QVERIFY(wrongPerson.oneErrorLine());
        QCOMPARE(decide(QStringLiteral("approve"), id, QStringLiteral("village_committee"), QStringLiteral("c1")).exitCode, 1);
        const Run early = decide(QStringLiteral("approve"), id, QStringLiteral("town_review"), QStringLiteral("t1"));
        QVERIFY2(early.errText().contains(QStringLiteral("village_committee")), early.err.constData());

        const Run first = decide(QStringLiteral("approve"), id, QStringLiteral("village_committee"), QStringLiteral("v1"),
                                 kPin, {QStringLiteral("--note"), QStringLiteral("村委会已评议")});
        QVERIFY2(first.ok(), first.err.constData());
        QCOMPARE(first.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
        const Run again = decide(QStringLiteral("approve"), id, QStringLiteral("village_committee"), QStringLiteral("v1"));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.errText().contains(QStringLiteral("already decided")) && again.errText().contains(QStringLiteral("v1")),
                 again.err.constData());
        QCOMPARE(awaiting({QStringLiteral("--staff"), QStringLiteral("t1")}).size(), 1);

        const Run last = decide(QStringLiteral("approve"), id, QStringLiteral("town_review"), QStringLiteral("t1"));
        QVERIFY2(last.ok(), last.err.constData());
        QCOMPARE(last.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(awaiting().size(), 0);

        // Every step is in the case's history and the audit chain is intact.
        const QJsonObject shown = run(m_data, {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id}).json().object();
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QCOMPARE(shown.value(QStringLiteral("approvals")).toArray().size(), 2);
        QStringList actions;
        for (const QJsonValue &e : shown.value(QStringLiteral("history")).toArray())
            actions << e.toObject().value(QStringLiteral("actor")).toString() + QLatin1Char(':')
                           + e.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions, QStringList({"c1:case.submit", "v1:case.approve", "t1:case.approve"}));
        QVERIFY(run(m_data, {QStringLiteral("audit"), QStringLiteral("verify")}).ok());
    }

    void rejectReturnsToClerk()
    {
        const QString id = submit(asAgent(exampleCase(QStringLiteral("old_age_allowance")), QStringLiteral("c1")))
                               .json().object().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(decide(QStringLiteral("reject"), id, QStringLiteral("village_committee"), QStringLiteral("v1")).exitCode, 2); // no --note
        const Run rejected = decide(QStringLiteral("reject"), id, QStringLiteral("village_committee"), QStringLiteral("v1"), kPin,
                                    {QStringLiteral("--note"), QStringLiteral("年龄不满80周岁")});
        QVERIFY2(rejected.ok(), rejected.err.constData());
        QCOMPARE(rejected.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        const QJsonObject shown = run(m_data, {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("show"), id}).json().object();
        QCOMPARE(shown.value(QStringLiteral("approvals")).toArray().last().toObject().value(QStringLiteral("note")).toString(),
                 QStringLiteral("年龄不满80周岁"));
        const Run back = run(m_data, {QStringLiteral("--json"), QStringLiteral("case"), QStringLiteral("resubmit"), id,
                                      QStringLiteral("--staff"), QStringLiteral("c1"), QStringLiteral("--pin-stdin")},
                             kPin);
        QVERIFY2(back.ok(), back.err.constData());
        QCOMPARE(back.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("awaiting_approval"));
    }

    void lockoutAcrossProcesses()
    {
        const QString id = submit(asAgent(exampleCase(QStringLiteral("old_age_allowance")), QStringLiteral("c1")))
                               .json().object().value(QStringLiteral("id")).toString();
        for (int i = 1; i <= 5; ++i) {
            const Run r = decide(QStringLiteral("approve"), id, QStringLiteral("village_committee"), QStringLiteral("v1"), "999999\n");
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.oneErrorLine());
            QVERIFY2(r.errText().contains(i < 5 ? QStringLiteral("wrong PIN") : QStringLiteral("locked")), r.err.constData());
        }
        // Each attempt was its own process: the lock is in kiosk.db. The right PIN is refused now too.
        const Run locked = decide(QStringLiteral("approve"), id, QStringLiteral("village_committee"), QStringLiteral("v1"));
        QVERIFY2(locked.errText().contains(QStringLiteral("locked")), locked.err.constData());
        const QJsonArray list = run(m_data, {QStringLiteral("--json"), QStringLiteral("staff"), QStringLiteral("list")}).json().array();
        for (const QJsonValue &v : list)
            if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("v1"))
                QVERIFY(v.toObject().value(QStringLiteral("locked")).toBool());
        // A supervisor's reset lifts it.
        QVERIFY(run(m_data, {QStringLiteral("staff"), QStringLiteral("reset-pin"), QStringLiteral("v1"), QStringLiteral("--pin-stdin")},
                    "654321\n").ok());
        QVERIFY(decide(QStringLiteral("approve"), id, QStringLiteral("village_committee"), QStringLiteral("v1"), "654321\n").ok());
    }

    void disabledClerkCannotSubmit()
    {
        QVERIFY(run(m_data, {QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("c1")}).ok());
        const Run r = submit(asAgent(exampleCase(QStringLiteral("old_age_allowance")), QStringLiteral("c1")));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("disabled")), r.err.constData());
        QCOMPARE(run(m_data, {QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("ghost")}).exitCode, 1);
        QVERIFY(run(m_data, {QStringLiteral("staff"), QStringLiteral("enable"), QStringLiteral("c1")}).ok());
        QVERIFY(submit(asAgent(exampleCase(QStringLiteral("old_age_allowance")), QStringLiteral("c1"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestCliStaff)
#include "tst_cli_staff.moc"
