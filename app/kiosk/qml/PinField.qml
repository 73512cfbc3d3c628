// A 6-digit PIN being entered on the PinPad: its label and six dots, filled as digits come in (never
// the digits themselves). Touching it makes it the one the pad types into.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

ColumnLayout {
    id: root

    property string label
    property string pin
    property bool current: false
    signal selected()

    spacing: 4

    Text {
        Layout.fillWidth: true
        text: root.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    Rectangle {
        objectName: "pinBox"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.inputHeight
        color: Theme.surface
        radius: Theme.radius / 2
        border.width: root.current ? Theme.borderWidth + 2 : Theme.borderWidth
        border.color: root.current ? Theme.primary : Theme.border
        Row {
            anchors.centerIn: parent
            spacing: Theme.spacing
            Repeater {
                model: 6
                Rectangle {
                    required property int index
                    width: Math.round(Theme.fontBody * 0.8)
                    height: width
                    radius: width / 2
                    color: index < root.pin.length ? Theme.text : "transparent"
                    border.width: 2
                    border.color: Theme.textMuted
                }
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: root.selected()
        }
    }
}
