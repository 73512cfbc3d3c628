// The floor for `bianmin-bench-startup`: the anchors' minimal Qt Quick window (a Label and a Button),
// same font and renderer as the kiosk. Prints "first-frame" when its first frame is shown, quits 300 ms
// later (like the kiosk's self-test), and prints its peak RSS.
#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setFont(QFont(QStringLiteral("Noto Sans CJK SC")));
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQmlApplicationEngine engine(QUrl(QStringLiteral("qrc:/minimal/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    bool shown = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&] {
        if (std::exchange(shown, true))
            return;
        std::puts("first-frame");
        std::fflush(stdout);
        QTimer::singleShot(300, &app, &QCoreApplication::quit);
    });
    const int rc = QGuiApplication::exec();
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                std::printf("peak-rss-kb %s\n", line.mid(6).trimmed().split(' ').first().constData());
    return rc;
}
