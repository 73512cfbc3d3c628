// The on-screen keyboard (Qt Virtual Keyboard with Bianmin.Keyboard's Pinyin layouts), docked at the
// bottom. Loaded only when the kiosk runs with the virtual keyboard input module (bianmin-kiosk sets it).
import QtQuick
import QtQuick.VirtualKeyboard

InputPanel {
    id: panel
    objectName: "inputPanel"
    /** Room the pages must leave free at the bottom. */
    readonly property real occupied: active ? height : 0
}
