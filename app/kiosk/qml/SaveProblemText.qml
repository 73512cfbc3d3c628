// A staff save that failed, as every staff page tells it: window.saveProblem()'s plain sentence (what
// happened, what to do) and, small underneath, the store's own words for the technician.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

ColumnLayout {
    id: root
    /** The failed save's errorCode and errorString, copied when it failed; an empty code shows nothing. */
    property string code
    property string detail
    property int fontSize: Theme.fontBody

    Layout.fillWidth: true
    visible: code !== ""
    spacing: 4
    Text {
        objectName: "saveProblem"
        Layout.fillWidth: true
        text: root.code !== "" ? window.saveProblem(root.code) : ""
        color: Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "saveProblemDetail"
        Layout.fillWidth: true
        visible: root.detail !== ""
        text: qsTr("Details for the technician: %1").arg(root.detail)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.Wrap
    }
}
