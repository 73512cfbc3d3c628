// The kiosk's command line: where its data is, full screen or windowed, the self-test that renders one
// frame to a PNG, and demo mode. Parsed apart from the composition so tests can build options by hand.
#pragma once

#include "core/result.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace bianmin {

struct KioskOptions
{
    QString dataDir;           ///< --data DIR; empty: the default for the mode (see resolvedDataDir)
    bool demo = false;         ///< --demo: a per-user demo data directory, created on first start
    bool fullScreen = false;   ///< --kiosk
    bool selfTest = false;     ///< --self-test: render a frame and exit
    QString screenshot;        ///< --screenshot FILE (with --self-test)
    QSize size{1280, 800};     ///< --size WxH, windowed mode
    QString language;          ///< --lang zh_CN|en; empty: config `locale`
    bool largeText = false;    ///< --large-text
    bool highContrast = false; ///< --high-contrast

    /** --data, else $HOME/.local/share/bianmin-demo with --demo, else /var/lib/bianmin. */
    QString resolvedDataDir() const;

    static Result<KioskOptions> parse(const QStringList &arguments);
};

} // namespace bianmin
