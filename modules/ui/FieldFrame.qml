// What every field delegate shares: its label (with "optional" when it is), a help line, the editor
// (the delegate's own children), and the validation message right under it, in red with a marker, so
// the villager sees what is wrong where it is wrong. Also the properties a field is described by (the
// roles of Bianmin.Forms' FormFieldModel) and the two things a delegate reports: a new value, and that
// the villager left the field (a good moment to check it).
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

ColumnLayout {
    id: root

    property string fieldId
    property string type
    property string label
    property string help
    property string placeholder
    property bool isRequired: false
    property var value
    property string error
    property var options: []
    property string unit
    property var minValue
    property var maxValue
    property int decimals: 0
    property int maxLength: 0
    property bool notFuture: false
    property var subfields: []
    property string itemLabel
    property var itemErrors: ({})
    property int minItems: 0
    property int maxItems: 0
    property var addressLevels: []
    property string attachmentKind
    /** Pages give these (C++ behind them); without them the delegate still works. */
    property var storeImage: null        // function(dataUrl) -> {sha256, mime} or null
    property var itemFieldVisible: null  // function(index, subfieldId) -> bool
    property bool cameraAvailable: false
    /** function(label, count) -> [{sha256, mime, bytes}]: notes saying the paper follows at the window. */
    property var bringPaper: null

    default property alias content: editorColumn.data
    /** PageBase.reveal() shows the whole field for anything inside it: the villager typing above the
     *  on-screen keyboard sees which question the box answers and its message. */
    readonly property bool revealWhole: true

    signal edited(var value)
    signal finished()

    spacing: Theme.spacing / 2

    Text {
        objectName: "fieldLabel"
        Layout.fillWidth: true
        text: root.isRequired || root.label === "" ? root.label : qsTr("%1 (optional)").arg(root.label)
        visible: root.label !== ""
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        text: root.help
        visible: root.help !== ""
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        id: editorColumn
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
    }
    Rectangle {
        objectName: "errorBox"
        Layout.fillWidth: true
        visible: root.error !== ""
        implicitHeight: errorText.implicitHeight + 20
        color: Theme.dangerSurface
        radius: Theme.radius / 2
        border.width: Theme.borderWidth
        border.color: Theme.danger
        Rectangle {
            id: marker
            x: 12
            anchors.verticalCenter: parent.verticalCenter
            width: Math.round(Theme.fontBody * 1.2)
            height: width
            radius: width / 2
            color: Theme.danger
            Text {
                anchors.centerIn: parent
                text: "!"
                color: Theme.highContrast ? "#000000" : "#ffffff"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
        }
        Text {
            id: errorText
            objectName: "errorText"
            anchors.left: marker.right
            anchors.leftMargin: 12
            anchors.right: parent.right
            anchors.rightMargin: 12
            anchors.verticalCenter: parent.verticalCenter
            text: root.error
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
