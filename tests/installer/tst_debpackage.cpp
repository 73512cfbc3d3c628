// The Debian package a county installs: it must carry the three programs and the systemd unit, and
// declare every runtime package — including the ones dpkg-shlibdeps cannot see (QML modules, the CJK
// font, the SQLite driver plugin), without which the kiosk starts to a blank or tofu screen.
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestDebPackage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_out;
    QString m_deb;

    static QByteArray run(const QString &program, const QStringList &args, const QString &cwd = {})
    {
        QProcess p;
        if (!cwd.isEmpty())
            p.setWorkingDirectory(cwd);
        p.start(program, args);
        if (!p.waitForFinished(540000) || p.exitCode() != 0)
            qWarning().noquote() << program << args.join(QLatin1Char(' ')) << "failed:\n"
                                 << p.readAllStandardError() << p.readAllStandardOutput();
        return p.exitCode() == 0 ? p.readAllStandardOutput() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
            QSKIP("dpkg-deb is not installed (installer/debian-packages.sh installs dpkg-dev)");
        QVERIFY(m_out.isValid());
        const QByteArray log = run(QStringLiteral(BIANMIN_CPACK),
                                   {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_out.path()},
                                   QStringLiteral(BIANMIN_BUILD_DIR));
        QVERIFY2(!log.isEmpty(), "cpack -G DEB failed");
        const QStringList debs = QDir(m_out.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_out.filePath(debs.first());
    }

    void carriesTheProgramsAndTheUnit()
    {
        const QString listing = QString::fromUtf8(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb}));
        for (const char *path : {"./usr/bin/bianmin", "./usr/bin/bianmin-kiosk", "./usr/bin/bianmin-county",
                                 "./usr/lib/systemd/system/bianmin-kiosk.service"})
            QVERIFY2(listing.contains(QLatin1String(path) + QLatin1Char('\n')) || listing.contains(QLatin1String(path) + QLatin1Char(' ')),
                     qPrintable(QStringLiteral("missing from the package: %1").arg(QLatin1String(path))));
    }

    void dependsOnWhatTheKioskLoadsAtRunTime()
    {
        const QString depends = QString::fromUtf8(
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Depends")}));
        // Shared libraries come from dpkg-shlibdeps; these come only from our explicit list.
        for (const char *pkg : {"libqt6sql6-sqlite", "qml6-module-qtquick-controls", "qml6-module-qtquick-layouts",
                                "qml6-module-qtquick-window", "fonts-noto-cjk", "libqt6core6", "libssl3"})
            QVERIFY2(depends.contains(QLatin1String(pkg)),
                     qPrintable(QStringLiteral("Depends lacks %1: %2").arg(QLatin1String(pkg), depends)));
    }

    void unitRunsTheKioskFullScreen()
    {
        QTemporaryDir x;
        run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, x.path()});
        QFile unit(x.filePath(QStringLiteral("usr/lib/systemd/system/bianmin-kiosk.service")));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        const QByteArray text = unit.readAll();
        QVERIFY(text.contains("ExecStart=/usr/bin/bianmin-kiosk --kiosk --data /var/lib/bianmin"));
        QFileInfo cli(x.filePath(QStringLiteral("usr/bin/bianmin")));
        QVERIFY(cli.isExecutable());
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
