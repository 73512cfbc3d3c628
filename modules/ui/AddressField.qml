// An address as the countryside writes it: province, city, county, town, village, then the rest
// (group, house number). One labelled box per level; the value is {province, city, county, town,
// village, detail}.
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    readonly property var allLevels: ["province", "city", "county", "town", "village", "detail"]

    function levelName(level) {
        switch (level) {
        case "province": return qsTr("Province")
        case "city": return qsTr("City")
        case "county": return qsTr("County")
        case "town": return qsTr("Town")
        case "village": return qsTr("Village")
        default: return qsTr("Group, house number")
        }
    }
    function part(level) {
        return value && typeof value === "object" && value[level] !== undefined ? String(value[level]) : ""
    }
    function update(level, text) {
        let copy = {}
        for (const l of allLevels)
            copy[l] = part(l)
        copy[level] = text
        edited(copy)
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 900 * Theme.textScale ? 2 : 1
        columnSpacing: Theme.spacing * 2
        rowSpacing: Theme.spacing / 2
        Repeater {
            model: root.allLevels
            ColumnLayout {
                id: levelBox
                required property string modelData
                Layout.fillWidth: true
                spacing: 4
                Text {
                    text: root.levelName(levelBox.modelData)
                          + (levelBox.modelData === "detail" || root.addressLevels.length === 0
                             || root.addressLevels.indexOf(levelBox.modelData) >= 0 ? "" : qsTr(" (optional)"))
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                B.TextField {
                    id: input
                    objectName: "input_" + levelBox.modelData
                    Layout.fillWidth: true
                    implicitHeight: Theme.inputHeight
                    text: root.part(levelBox.modelData)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    leftPadding: 16
                    background: Rectangle {
                        color: Theme.surface
                        radius: Theme.radius / 2
                        border.width: input.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth
                        border.color: root.error !== "" ? Theme.danger : (input.activeFocus ? Theme.primary : Theme.border)
                    }
                    onTextEdited: root.update(levelBox.modelData, text)
                    onEditingFinished: root.finished()
                    Connections {
                        target: root
                        function onValueChanged() {
                            const v = root.part(levelBox.modelData)
                            if (input.text !== v)
                                input.text = v
                        }
                    }
                }
            }
        }
    }
}
