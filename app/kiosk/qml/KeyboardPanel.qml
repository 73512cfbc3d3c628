// The on-screen keyboard (Qt Virtual Keyboard with Bianmin.Keyboard's Pinyin layouts), docked at the
// bottom. Loaded only when the kiosk runs with the virtual keyboard input module (bianmin-kiosk sets it).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

InputPanel {
    id: panel
    objectName: "inputPanel"
    /** Room the pages must leave free at the bottom: with Pinyin, also for the candidate bar that sits
     *  above the keys (it would cover the page's Back / Next buttons). */
    readonly property real occupied: active ? height + candidateBar : 0
    readonly property real candidateBar: InputContext.inputEngine.wordCandidateListVisibleHint && panel.keyboard.style
                                         ? panel.keyboard.style.selectionListHeight : 0

    // Pinyin first on a Chinese kiosk (the system locale would give English), English one key away;
    // the other way round when the villager switched the kiosk to English.
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: kiosk.language === "en" ? ["en_GB", "zh_CN"] : ["zh_CN", "en_GB"]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: kiosk.language === "en" ? "en_GB" : "zh_CN"
    }
}
