#include "kioskoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

namespace bianmin {

QString KioskOptions::resolvedDataDir() const
{
    if (!dataDir.isEmpty())
        return dataDir;
    if (demo)
        return QDir::homePath() + QStringLiteral("/.local/share/bianmin-demo");
    return QStringLiteral("/var/lib/bianmin");
}

Result<KioskOptions> KioskOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bianmin Kiosk: the touchscreen application"));
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("kiosk data directory"),
                                  QStringLiteral("DIR"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("demo mode: data in ~/.local/share/bianmin-demo, created if missing"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), QStringLiteral("full screen"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QStringLiteral("load the UI, render one frame, exit (0 = fine)"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("with --self-test: save the frame as PNG"),
                                        QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size (default 1280x800)"),
                                  QStringLiteral("WxH"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en (default: config locale)"),
                                  QStringLiteral("LANG"));
    const QCommandLineOption large(QStringLiteral("large-text"), QStringLiteral("start in large-text mode"));
    const QCommandLineOption contrast(QStringLiteral("high-contrast"), QStringLiteral("start in high contrast"));
    parser.addOptions({data, demo, kiosk, selfTest, screenshot, size, lang, large, contrast});
    if (!parser.parse(arguments))
        return Error(QStringLiteral("kiosk.usage"), parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return Error(QStringLiteral("kiosk.help"), parser.helpText());
    if (!parser.positionalArguments().isEmpty())
        return Error(QStringLiteral("kiosk.usage"),
                     QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));

    KioskOptions o;
    o.dataDir = parser.value(data);
    o.demo = parser.isSet(demo);
    o.fullScreen = parser.isSet(kiosk);
    o.selfTest = parser.isSet(selfTest);
    o.screenshot = parser.value(screenshot);
    o.language = parser.value(lang);
    o.largeText = parser.isSet(large);
    o.highContrast = parser.isSet(contrast);
    if (!o.screenshot.isEmpty() && !o.selfTest)
        return Error(QStringLiteral("kiosk.usage"), QStringLiteral("--screenshot needs --self-test"));
    if (!o.language.isEmpty() && o.language != QLatin1String("zh_CN") && o.language != QLatin1String("en"))
        return Error(QStringLiteral("kiosk.usage"), QStringLiteral("--lang must be zh_CN or en"));
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto m = re.match(parser.value(size));
        if (!m.hasMatch())
            return Error(QStringLiteral("kiosk.usage"), QStringLiteral("--size must look like 1280x800"));
        o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    return o;
}

} // namespace bianmin
