// bianmin-bench-startup: start-to-first-frame and peak RSS of `bianmin-kiosk --self-test` against the
// ten-line Qt Quick window in minimalquick/, each run several times (medians). Targets (issue 2): the
// kiosk within 2x the floor's time and 2x its RSS. A benchmark, not a test: it reports and exits 0.
//
//   bianmin-bench-startup [--runs N]        (QT_QPA_PLATFORM=offscreen when there is no display)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Sample
{
    double firstFrameMs = -1;
    qint64 peakRssKb = -1;
};

Sample runOnce(const QString &program, const QStringList &args)
{
    Sample s;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BIANMIN_BENCH"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    QElapsedTimer clock;
    QByteArray out;
    QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] {
        out += p.readAllStandardOutput();
        if (s.firstFrameMs < 0 && out.contains("first-frame"))
            s.firstFrameMs = clock.nsecsElapsed() / 1e6;
    });
    clock.start();
    p.start(program, args);
    if (!p.waitForFinished(60000))
        p.kill();
    out += p.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("peak-rss-kb "))
            s.peakRssKb = line.mid(12).trimmed().toLongLong();
    return s;
}

template<typename T>
T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? T(-1) : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    int runs = 5;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    QTemporaryDir dir;
    const QStringList kioskArgs{QStringLiteral("--self-test"), QStringLiteral("--demo"), QStringLiteral("--data"),
                                dir.filePath(QStringLiteral("data"))};
    // Warm-up: the first kiosk start creates its demo data directory, and both fill the file cache.
    runOnce(QStringLiteral(BIANMIN_KIOSK), kioskArgs);
    runOnce(QStringLiteral(BIANMIN_MINIMAL), {});

    QList<double> kioskMs, minimalMs;
    QList<qint64> kioskKb, minimalKb;
    for (int i = 0; i < runs; ++i) {
        const Sample m = runOnce(QStringLiteral(BIANMIN_MINIMAL), {});
        const Sample k = runOnce(QStringLiteral(BIANMIN_KIOSK), kioskArgs);
        minimalMs << m.firstFrameMs;
        minimalKb << m.peakRssKb;
        kioskMs << k.firstFrameMs;
        kioskKb << k.peakRssKb;
    }
    const double km = median(kioskMs), mm = median(minimalMs);
    const qint64 kk = median(kioskKb), mk = median(minimalKb);
    QTextStream out(stdout);
    out << "start to first frame (median of " << runs << ", platform "
        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")) << ")\n";
    out << QStringLiteral("  minimal Qt Quick window   %1 ms   peak RSS %2 MiB\n").arg(mm, 0, 'f', 1).arg(mk / 1024.0, 0, 'f', 1);
    out << QStringLiteral("  bianmin-kiosk --self-test %1 ms   peak RSS %2 MiB\n").arg(km, 0, 'f', 1).arg(kk / 1024.0, 0, 'f', 1);
    const double timeRatio = mm > 0 ? km / mm : -1;
    const double rssRatio = mk > 0 ? double(kk) / mk : -1;
    out << QStringLiteral("  ratio: time %1x (target <= 2x) %2, RSS %3x (target <= 2x) %4\n")
               .arg(timeRatio, 0, 'f', 2)
               .arg(timeRatio > 0 && timeRatio <= 2 ? QStringLiteral("ok") : QStringLiteral("MISSED"))
               .arg(rssRatio, 0, 'f', 2)
               .arg(rssRatio > 0 && rssRatio <= 2 ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    return km < 0 || mm < 0 ? 1 : 0;
}
