// Several lines of text (a description of what happened, an appeal): a tall box that grows as it fills.
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    function textOf(v) {
        return v === undefined || v === null ? "" : String(v)
    }
    onValueChanged: if (input.text !== textOf(value)) input.text = textOf(value)

    B.TextArea {
        id: input
        objectName: "input"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.max(Theme.inputHeight * 2.5, implicitHeight)
        text: root.textOf(root.value)
        placeholderText: root.placeholder
        placeholderTextColor: Theme.textMuted
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        wrapMode: TextEdit.Wrap
        padding: 16
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius / 2
            border.width: input.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth
            border.color: root.error !== "" ? Theme.danger : (input.activeFocus ? Theme.primary : Theme.border)
        }
        onTextChanged: if (text !== root.textOf(root.value)) root.edited(text)
        onActiveFocusChanged: if (!activeFocus) root.finished()
    }
    Text {
        visible: root.maxLength > 0
        text: qsTr("%1 of %2 characters").arg(input.length).arg(root.maxLength)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}
