// bianmin-kiosk: the touchscreen application. Everything is built in KioskApp (kioskapp.h).
#include "kioskapp.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
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
    if (auto started = kiosk.start(); !started) {
        err << "bianmin-kiosk: " << started.error().message << Qt::endl;
        return 1;
    }
    if (options->selfTest) {
        if (auto tested = kiosk.selfTest(); !tested) {
            err << "bianmin-kiosk: self-test failed: " << tested.error().message << Qt::endl;
            return 1;
        }
        return 0;
    }
    return QGuiApplication::exec();
}
