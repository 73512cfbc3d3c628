// Every state × every action of the case lifecycle: the legal ones lead where DESIGN.md says, every other
// one is refused with workflow.illegal_transition. The expected table is written out here on its own,
// row by row, so a change to the machine has to be made twice to pass.
#include "workflow/casestatemachine.h"

#include <QtTest>

using namespace bianmin;

namespace {
// from|action|facts -> to. Facts: "c" = approval steps left (chain not done), "n" = none left,
// "l" = locally rejected. A row that is absent is illegal.
struct Legal
{
    const char *from;
    const char *action;
    const char *facts; // which facts it holds for: "cn" both, "c", "n", "l"
    const char *toWithSteps;
    const char *toWithoutSteps;
};

const Legal kLegal[] = {
    {"draft", "submit", "cn", "awaiting_approval", "queued"},
    {"submitted", "submit", "cn", "awaiting_approval", "queued"},
    {"awaiting_approval", "approve", "cn", "awaiting_approval", "queued"},
    {"awaiting_approval", "reject", "cn", "rejected", "rejected"},
    {"submitted", "enqueue", "n", "", "queued"},
    {"awaiting_approval", "enqueue", "n", "", "queued"},
    {"rejected", "resubmit", "l", "awaiting_approval", "queued"},
    {"refused", "resubmit", "cn", "awaiting_approval", "queued"},
    {"queued", "upload", "cn", "uploaded", "uploaded"},
    {"queued", "refuse", "cn", "refused", "refused"},
    {"uploaded", "county_received", "cn", "received", "received"},
    {"uploaded", "county_in_review", "cn", "in_review", "in_review"},
    {"received", "county_in_review", "cn", "in_review", "in_review"},
    {"needs_materials", "county_in_review", "cn", "in_review", "in_review"},
    {"uploaded", "county_approved", "cn", "approved", "approved"},
    {"received", "county_approved", "cn", "approved", "approved"},
    {"in_review", "county_approved", "cn", "approved", "approved"},
    {"uploaded", "county_rejected", "cn", "rejected", "rejected"},
    {"received", "county_rejected", "cn", "rejected", "rejected"},
    {"in_review", "county_rejected", "cn", "rejected", "rejected"},
    {"needs_materials", "county_rejected", "cn", "rejected", "rejected"},
    {"uploaded", "county_needs_materials", "cn", "needs_materials", "needs_materials"},
    {"received", "county_needs_materials", "cn", "needs_materials", "needs_materials"},
    {"in_review", "county_needs_materials", "cn", "needs_materials", "needs_materials"},
    {"uploaded", "county_completed", "cn", "completed", "completed"},
    {"received", "county_completed", "cn", "completed", "completed"},
    {"in_review", "county_completed", "cn", "completed", "completed"},
    {"approved", "county_completed", "cn", "completed", "completed"},
};
} // namespace

class TestCaseStateMachine : public QObject
{
    Q_OBJECT
private slots:
    void everyStateTimesEveryAction_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("stepsLeft");
        QTest::addColumn<bool>("locallyRejected");
        QTest::addColumn<QString>("expected"); // "" = refused
        const QStringList states = {"draft", "submitted", "awaiting_approval", "queued", "uploaded", "received",
                                    "in_review", "approved", "rejected", "needs_materials", "completed", "refused"};
        const QStringList actions = {"submit", "approve", "reject", "enqueue", "resubmit", "upload", "refuse",
                                     "county_received", "county_in_review", "county_approved", "county_rejected",
                                     "county_needs_materials", "county_completed"};
        QCOMPARE(states, allCaseStateNames());
        QCOMPARE(actions.size(), allCaseActions().size());
        int legalRows = 0;
        for (const QString &from : states) {
            for (const QString &action : actions) {
                for (int variant = 0; variant < 3; ++variant) { // 0: steps left, 1: none left, 2: locally rejected
                    const int steps = variant == 0 ? 2 : 0;
                    const bool local = variant == 2;
                    QString expected;
                    for (const Legal &l : kLegal) {
                        if (from != QLatin1String(l.from) || action != QLatin1String(l.action))
                            continue;
                        const QString facts = QString::fromLatin1(l.facts);
                        const bool holds = (variant == 0 && facts.contains(QLatin1Char('c')))
                            || (variant == 1 && facts.contains(QLatin1Char('n')))
                            || (variant == 2 && (facts.contains(QLatin1Char('l')) || facts.contains(QLatin1Char('n'))));
                        if (holds)
                            expected = QString::fromLatin1(steps > 0 ? l.toWithSteps : l.toWithoutSteps);
                    }
                    if (!expected.isEmpty())
                        ++legalRows;
                    QTest::addRow("%s %s %s", qPrintable(from), qPrintable(action),
                                  variant == 0 ? "steps-left" : variant == 1 ? "no-steps" : "locally-rejected")
                        << from << action << steps << local << expected;
                }
            }
        }
        QVERIFY(legalRows > 40); // the table above was read, not skipped
    }
    void everyStateTimesEveryAction()
    {
        QFETCH(QString, from);
        QFETCH(QString, action);
        QFETCH(int, stepsLeft);
        QFETCH(bool, locallyRejected);
        QFETCH(QString, expected);
        const auto s = caseStateFromName(from);
        const auto a = caseActionFromName(action);
        QVERIFY(s && a);
        const auto to = nextState(*s, *a, {stepsLeft, locallyRejected});
        if (expected.isEmpty()) {
            QVERIFY2(!to.ok(), qPrintable(QStringLiteral("%1 --%2--> %3 should be refused")
                                              .arg(from, action, to.ok() ? caseStateName(*to) : QString())));
            const QString code = to.error().code;
            QVERIFY2(code == QLatin1String("workflow.illegal_transition")
                         || (action == QLatin1String("enqueue") && code == QLatin1String("workflow.approval_pending")),
                     qPrintable(code));
            QVERIFY(to.error().message.contains(from) || code == QLatin1String("workflow.approval_pending"));
        } else {
            QVERIFY2(to.ok(), qPrintable(to.ok() ? QString() : to.error().message));
            QCOMPARE(caseStateName(*to), expected);
        }
    }

    void countyStatusesMapToActions()
    {
        QCOMPARE(countyActionFor(CaseState::InReview), std::optional<CaseAction>(CaseAction::CountyInReview));
        QCOMPARE(countyActionFor(CaseState::Completed), std::optional<CaseAction>(CaseAction::CountyCompleted));
        QVERIFY(!countyActionFor(CaseState::Queued));
    }

    void localRejectionIsRecognised()
    {
        CaseRecord r;
        r.state = CaseState::Rejected;
        QVERIFY(!isLocallyRejected(r)); // rejected by the county
        r.approvals << Approval{QStringLiteral("village_committee"), QStringLiteral("a1"), QStringLiteral("reject"),
                                QDateTime::currentDateTime(), QStringLiteral("no")};
        QVERIFY(isLocallyRejected(r));
        r.countyRef = QStringLiteral("C-1");
        QVERIFY(!isLocallyRejected(r));
    }
};

QTEST_GUILESS_MAIN(TestCaseStateMachine)
#include "tst_casestatemachine.moc"
