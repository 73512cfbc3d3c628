// A labelled one-line text input of the staff pages (staff number, name, note), in the kiosk's style.
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui

ColumnLayout {
    id: root

    property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias input: input

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
    B.TextField {
        id: input
        objectName: "input"
        Layout.fillWidth: true
        implicitHeight: Theme.inputHeight
        placeholderTextColor: Theme.textMuted
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        leftPadding: 16
        inputMethodHints: Qt.ImhNoPredictiveText
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius / 2
            border.width: input.activeFocus ? Theme.borderWidth + 1 : Theme.borderWidth
            border.color: input.activeFocus ? Theme.primary : Theme.border
        }
    }
}
