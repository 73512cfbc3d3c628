// `bianmin-kiosk --self-test --screenshot FILE` as a black box, on the offscreen platform: it exits 0 and
// the PNG shows a real screen (many colours, not one flat fill), at the default size and in large-text mode;
// a broken option makes it exit non-zero with a reason.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class SelfTest : public QObject
{
    Q_OBJECT

private:
    static QProcess *run(const QStringList &args)
    {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::SeparateChannels);
        p->start(QStringLiteral(BIANMIN_KIOSK), args);
        if (!p->waitForFinished(60000))
            p->kill();
        return p;
    }

    static void checkNotBlank(const QString &file, QSize size)
    {
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        QCOMPARE(image.size(), size);
        // A drawn screen: several distinct colours, and no single colour covering nearly everything.
        QHash<QRgb, int> counts;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                ++counts[image.pixel(x, y)];
        QVERIFY2(counts.size() >= 8, qPrintable(QString::number(counts.size())));
        int biggest = 0, total = 0;
        for (int c : std::as_const(counts)) {
            biggest = std::max(biggest, c);
            total += c;
        }
        QVERIFY2(biggest < total * 0.95, "one colour covers the whole frame");
    }

private slots:
    void rendersAFrame_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::newRow("default") << QStringList() << QSize(1280, 800);
        QTest::newRow("large-english") << QStringList{QStringLiteral("--large-text"), QStringLiteral("--lang"),
                                                      QStringLiteral("en"), QStringLiteral("--size"),
                                                      QStringLiteral("1920x1080")}
                                       << QSize(1920, 1080);
        QTest::newRow("contrast") << QStringList{QStringLiteral("--high-contrast")} << QSize(1280, 800);
    }
    void rendersAFrame()
    {
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("frame.png"));
        std::unique_ptr<QProcess> p(run(QStringList{QStringLiteral("--self-test"), QStringLiteral("--demo"),
                                                    QStringLiteral("--data"), dir.filePath(QStringLiteral("data")),
                                                    QStringLiteral("--screenshot"), png}
                                        + extra));
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                 p->readAllStandardError().constData());
        checkNotBlank(png, size);
        // Kept for people to look at.
        const QString keep = qEnvironmentVariable("BIANMIN_BINARY_DIR") + QStringLiteral("/screenshots/selftest-%1.png")
                                                                               .arg(QString::fromLatin1(QTest::currentDataTag()));
        QDir().mkpath(QFileInfo(keep).path());
        QFile::remove(keep);
        QFile::copy(png, keep);
    }

    void failsWithAReason()
    {
        QTemporaryDir dir;
        // Not a data directory and not --demo: refused, saying what to do.
        std::unique_ptr<QProcess> p(run({QStringLiteral("--self-test"), QStringLiteral("--data"), dir.path(),
                                         QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))}));
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QVERIFY(p->exitCode() != 0);
        const QString err = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(err.contains(QLatin1String(" init")), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));

        std::unique_ptr<QProcess> q(run({QStringLiteral("--screenshot"), QStringLiteral("x.png")}));
        QVERIFY(q->exitCode() != 0);
        QVERIFY(QString::fromUtf8(q->readAllStandardError()).contains(QLatin1String("--self-test")));
    }
};

QTEST_GUILESS_MAIN(SelfTest)
#include "tst_selftest.moc"
