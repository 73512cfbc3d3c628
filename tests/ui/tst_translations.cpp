// Every visible string exists in both languages: the .ts files hold no unfinished, empty or vanished
// translation, and running lupdate over today's sources into a copy adds nothing new (a qsTr() added
// without updating translations/ fails here).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsProblems
{
    int messages = 0;
    QStringList problems;
};

TsProblems check(const QString &path)
{
    TsProblems out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems << QStringLiteral("cannot read ") + path;
        return out;
    }
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++out.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!type.isEmpty())
                out.problems << QStringLiteral("%1: \"%2\"").arg(type, source);
            else if (text.trimmed().isEmpty())
                out.problems << QStringLiteral("empty: \"%1\"").arg(source);
        }
    }
    if (xml.hasError())
        out.problems << path + QStringLiteral(": ") + xml.errorString();
    return out;
}

} // namespace

class Translations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void complete()
    {
        QFETCH(QString, language);
        const QString ts = QStringLiteral(BIANMIN_TS_DIR "/bianmin_%1.ts").arg(language);
        const TsProblems committed = check(ts);
        QVERIFY2(committed.messages > 50, qPrintable(QString::number(committed.messages)));
        QVERIFY2(committed.problems.isEmpty(), qPrintable(committed.problems.join(QLatin1Char('\n'))));

        // lupdate over the current sources, into a copy: anything new shows up as unfinished.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QFile list(QStringLiteral(BIANMIN_TS_SOURCES));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList sources = QString::fromUtf8(list.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY(sources.size() > 10);
        QProcess lupdate;
        lupdate.start(QStringLiteral(BIANMIN_LUPDATE),
                      QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-silent")}
                          + sources + QStringList{QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsProblems fresh = check(copy);
        QVERIFY2(fresh.problems.isEmpty(),
                 qPrintable(QStringLiteral("strings without a translation (run the bianmin_kiosk_lupdate target "
                                           "and translate):\n")
                            + fresh.problems.join(QLatin1Char('\n'))));
        QCOMPARE(fresh.messages, committed.messages);
    }
};

QTEST_GUILESS_MAIN(Translations)
#include "tst_translations.moc"
