// bianmin-kiosk: the touchscreen application. Everything is built in KioskApp (kioskapp.h).
#include "kioskapp.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Bianmin_KeyboardPlugin)

namespace {

// For bianmin-bench-startup (BIANMIN_BENCH=1): the moment of the first frame, and the peak RSS at exit.
void printPeakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                std::printf("peak-rss-kb %s\n", line.mid(6).trimmed().split(' ').first().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    // The on-screen keyboard with our Pinyin layouts (modules/keyboard); read once, at start.
    if (!qEnvironmentVariableIsSet("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    if (!qEnvironmentVariableIsSet("QT_VIRTUALKEYBOARD_LAYOUT_PATH"))
        qputenv("QT_VIRTUALKEYBOARD_LAYOUT_PATH", "qrc:/Bianmin/Keyboard/layouts");
    if (!qEnvironmentVariableIsSet("QT_VIRTUALKEYBOARD_STYLE"))
        qputenv("QT_VIRTUALKEYBOARD_STYLE", "bianmin"); // larger labels and candidates (modules/keyboard/styles)
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1"); // our InputPanel, not a separate desktop window
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("bianmin-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("bianmin"));

    QTextStream err(stderr);
    auto options = bianmin::KioskOptions::parse(QGuiApplication::arguments());
    if (!options) {
        if (options.error().code == QLatin1String("kiosk.help")) {
            QTextStream(stdout) << options.error().message;
            return 0;
        }
        err << "bianmin-kiosk: " << options.error().message << Qt::endl;
        return 2;
    }
    bianmin::KioskApp kiosk(*options);
    const bool bench = qEnvironmentVariableIsSet("BIANMIN_BENCH");
    if (bench)
        QObject::connect(&kiosk, &bianmin::KioskApp::firstFrameShown, [] {
            std::puts("first-frame");
            std::fflush(stdout);
        });
    if (auto started = kiosk.start(); !started) {
        err << "bianmin-kiosk: " << started.error().message << Qt::endl;
        return 1;
    }
    if (options->selfTest) {
        if (auto tested = kiosk.selfTest(); !tested) {
            err << "bianmin-kiosk: self-test failed: " << tested.error().message << Qt::endl;
            return 1;
        }
        if (bench)
            printPeakRss();
        return 0;
    }
    return QGuiApplication::exec();
}
