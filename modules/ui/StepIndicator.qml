// Where the villager is in the form: "Step 2 of 5" in words and a row of blocks, the current one lit.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

ColumnLayout {
    id: root

    property int count: 1
    property int current: 0
    /** The step titles, for the words under the blocks when they fit. */
    property var titles: []

    spacing: Theme.spacing / 2

    Text {
        objectName: "stepText"
        Layout.fillWidth: true
        text: root.current >= root.count ? qsTr("Check your answers")
                                         : qsTr("Step %1 of %2").arg(root.current + 1).arg(root.count)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: root.count + 1 // the review page is the last block
            Rectangle {
                required property int index
                Layout.fillWidth: true
                implicitHeight: 14
                radius: 7
                color: index <= root.current ? Theme.primary : Theme.surfaceAlt
                border.width: Theme.highContrast ? 2 : 0
                border.color: Theme.border
            }
        }
    }
}
