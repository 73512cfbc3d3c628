// A yes/no question as two big buttons side by side; the chosen one is lit.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    /** What voice prompts say after a touch (FormPage). */
    function spokenValue(v) {
        return qsTr("Chosen: %1").arg(v === true ? qsTr("Yes") : qsTr("No"))
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "yes"
            Layout.fillWidth: true
            Layout.maximumWidth: 360 * Theme.textScale
            kind: "secondary"
            selected: root.value === true
            text: qsTr("Yes")
            onClicked: { root.edited(true); root.finished() }
        }
        BigButton {
            objectName: "no"
            Layout.fillWidth: true
            Layout.maximumWidth: 360 * Theme.textScale
            kind: "secondary"
            selected: root.value === false
            text: qsTr("No")
            onClicked: { root.edited(false); root.finished() }
        }
        Item { Layout.fillWidth: true }
    }
}
