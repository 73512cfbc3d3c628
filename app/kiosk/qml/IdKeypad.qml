// A keypad for resident ID numbers: the ten digits, X (the check character), delete and clear, each at
// least 72 px. What was typed is shown masked like every ID number on the public screen (first six, eight
// stars, the rest), so the villager sees how many characters are in and a bystander learns nothing.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

ColumnLayout {
    id: root

    /** The characters typed so far (at most 18); never shown unmasked. */
    property string entered: ""
    readonly property bool complete: entered.length === 18

    function clear() { entered = "" }
    function masked(t) {
        let out = ""
        for (let i = 0; i < t.length; ++i)
            out += (i >= 6 && i < 14) ? "*" : t[i]
        return out
    }

    spacing: Theme.spacing

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.inputHeight
        color: Theme.surface
        radius: Theme.radius / 2
        border.width: Theme.borderWidth + 1
        border.color: Theme.primary
        Text {
            objectName: "idNumberDisplay"
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 16
            verticalAlignment: Text.AlignVCenter
            text: root.entered === "" ? qsTr("18 digits or X") : root.masked(root.entered)
            color: root.entered === "" ? Theme.textMuted : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.letterSpacing: root.entered === "" ? 0 : 3
            elide: Text.ElideRight
        }
    }
    Text {
        objectName: "idNumberCount"
        Layout.fillWidth: true
        text: qsTr("%1 of 18 characters").arg(root.entered.length)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 3
        rowSpacing: Theme.spacing / 2
        columnSpacing: Theme.spacing / 2
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "X", "0", "del"]
            BigButton {
                required property string modelData
                objectName: modelData === "del" ? "keyDelete" : "key" + modelData
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: Math.max(Theme.minTarget, Math.round(Theme.fontLarge * 2.2))
                sidePadding: 8
                kind: modelData === "del" || modelData === "X" ? "secondary" : "primary"
                fontSize: modelData === "del" ? Theme.fontBody : Theme.fontLarge
                text: modelData === "del" ? qsTr("Delete") : modelData
                enabled: modelData === "del" ? root.entered.length > 0 : root.entered.length < 18
                onClicked: {
                    if (modelData === "del")
                        root.entered = root.entered.slice(0, -1)
                    else
                        root.entered += modelData
                }
            }
        }
    }
}
