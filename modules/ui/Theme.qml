// The kiosk's look, one instance per engine: sizes and colours every component binds to, so the
// large-text and high-contrast switches (reachable from every screen) restyle everything live.
// Touch targets never go below minTarget (72 px): many users are elderly.
pragma Singleton
import QtQuick

QtObject {
    id: theme

    /** All text at least 1.5 times larger (issue 8). */
    property bool largeText: false
    /** Black background, white text, yellow actions, thick borders. */
    property bool highContrast: false

    readonly property real textScale: largeText ? 1.5 : 1.0
    readonly property string fontFamily: "Noto Sans CJK SC"

    // Text sizes in pixels; the smallest is still comfortable for weak eyes.
    readonly property int fontSmall: Math.round(22 * textScale)
    readonly property int fontBody: Math.round(26 * textScale)
    readonly property int fontLarge: Math.round(32 * textScale)
    readonly property int fontTitle: Math.round(38 * textScale)
    readonly property int fontHuge: Math.round(52 * textScale)

    readonly property int minTarget: 72
    readonly property int buttonHeight: Math.max(88, Math.round(fontBody * 2.6))
    readonly property int inputHeight: Math.max(minTarget, Math.round(fontBody * 2.4))
    readonly property int spacing: 16
    readonly property int margin: 32
    readonly property int radius: highContrast ? 4 : 14
    readonly property int borderWidth: highContrast ? 3 : 2

    // Colours. Normal: a calm light page with a deep-blue action colour (contrast >= 7:1 for text).
    readonly property color background: highContrast ? "#000000" : "#f3efe6"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color surfaceAlt: highContrast ? "#1a1a1a" : "#e8e2d4"
    readonly property color text: highContrast ? "#ffffff" : "#1a1a1a"
    readonly property color textMuted: highContrast ? "#ffffff" : "#4a4a4a"
    readonly property color border: highContrast ? "#ffffff" : "#b9b09c"
    readonly property color primary: highContrast ? "#ffd400" : "#1b4f9c"
    readonly property color primaryText: highContrast ? "#000000" : "#ffffff"
    readonly property color accent: highContrast ? "#ffd400" : "#b3261e"
    readonly property color accentText: highContrast ? "#000000" : "#ffffff"
    readonly property color secondary: highContrast ? "#000000" : "#ffffff"
    readonly property color secondaryText: highContrast ? "#ffd400" : "#1b4f9c"
    readonly property color danger: highContrast ? "#ff6b6b" : "#b3261e"
    readonly property color dangerSurface: highContrast ? "#000000" : "#fbe9e7"
    readonly property color success: highContrast ? "#7dff7d" : "#1e6b34"
    readonly property color selected: highContrast ? "#ffd400" : "#1b4f9c"
    readonly property color selectedText: highContrast ? "#000000" : "#ffffff"
    readonly property color topBar: highContrast ? "#000000" : "#1b4f9c"
    readonly property color topBarText: highContrast ? "#ffffff" : "#ffffff"
    readonly property color tag: highContrast ? "#000000" : "#fff1cc"
    readonly property color tagText: highContrast ? "#ffd400" : "#7a4b00"
}
