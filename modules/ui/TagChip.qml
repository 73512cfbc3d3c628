// A service tag such as 最多跑一次 "run at most once", as a label with a border.
import QtQuick
import Bianmin.Ui

Rectangle {
    id: root
    property alias text: label.text
    implicitWidth: label.implicitWidth + 28
    implicitHeight: label.implicitHeight + 12
    radius: height / 2
    color: Theme.tag
    border.width: Theme.borderWidth
    border.color: Theme.tagText
    Text {
        id: label
        anchors.centerIn: parent
        color: Theme.tagText
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
}
