// One line of text: plain text, a phone number, a resident ID number, a number or an amount of money
// (with its unit after the box). The keyboard layout follows the type (Pinyin, dial pad, digits, digits
// plus X). The value is passed on as typed; C++ normalises and checks it.
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

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        B.TextField {
            id: input
            objectName: "input"
            Layout.fillWidth: true
            Layout.maximumWidth: root.type === "number" || root.type === "money" ? 480 * Theme.textScale
                                                                                  : 100000
            implicitHeight: Theme.inputHeight
            text: root.textOf(root.value)
            placeholderText: root.placeholder
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            leftPadding: 16
            rightPadding: 16
            maximumLength: root.maxLength > 0 ? root.maxLength : 32767
            inputMethodHints: {
                switch (root.type) {
                case "phone": return Qt.ImhDialableCharactersOnly | Qt.ImhNoPredictiveText
                case "resident_id": return Qt.ImhFormattedNumbersOnly | Qt.ImhNoPredictiveText
                case "number":
                case "money": return Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                default: return Qt.ImhNone
                }
            }
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius / 2
                border.width: input.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth
                border.color: root.error !== "" ? Theme.danger : (input.activeFocus ? Theme.primary : Theme.border)
            }
            onTextEdited: root.edited(text)
            onEditingFinished: root.finished()
        }
        Text {
            visible: root.unit !== ""
            text: root.unit
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
        }
        Item { Layout.fillWidth: root.type === "number" || root.type === "money"; visible: Layout.fillWidth }
    }
}
