// A big number pad for PINs: 1–9, "clear", 0 and "delete", every key well above the 72 px minimum, so a
// PIN is entered without the on-screen keyboard (and without showing the digits).
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

GridLayout {
    id: root

    signal digit(string d)
    signal erase()
    signal clearAll()

    readonly property int keyHeight: Math.max(Theme.minTarget + 12, Math.round(Theme.fontTitle * 2.2))
    readonly property int keyWidth: Math.round(keyHeight * 1.5)

    columns: 3
    columnSpacing: Theme.spacing / 2
    rowSpacing: Theme.spacing / 2

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        BigButton {
            required property string modelData
            objectName: "pinKey_" + modelData
            Layout.preferredWidth: root.keyWidth
            Layout.preferredHeight: root.keyHeight
            kind: "secondary"
            fontSize: Theme.fontTitle
            text: modelData
            onClicked: root.digit(modelData)
        }
    }
    BigButton {
        objectName: "pinClear"
        Layout.preferredWidth: root.keyWidth
        Layout.preferredHeight: root.keyHeight
        kind: "secondary"
        fontSize: Theme.fontBody
        sidePadding: 16
        text: qsTr("Clear")
        onClicked: root.clearAll()
    }
    BigButton {
        objectName: "pinKey_0"
        Layout.preferredWidth: root.keyWidth
        Layout.preferredHeight: root.keyHeight
        kind: "secondary"
        fontSize: Theme.fontTitle
        text: "0"
        onClicked: root.digit("0")
    }
    BigButton {
        objectName: "pinDelete"
        Layout.preferredWidth: root.keyWidth
        Layout.preferredHeight: root.keyHeight
        kind: "secondary"
        fontSize: Theme.fontTitle
        sidePadding: 16
        text: "⌫"
        Accessible.name: qsTr("Delete")
        onClicked: root.erase()
    }
}
