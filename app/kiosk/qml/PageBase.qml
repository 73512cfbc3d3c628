// What every page shares: a big title, a scrolling column for the content (with a scroll bar that is
// always shown when there is more, so nothing is hidden below the edge) and a fixed row of big buttons at
// the bottom. Pages put their content inside and their buttons in `buttons`.
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui

Item {
    id: root

    property string title
    property string subtitle
    property bool hideBack: false
    default property alias content: column.data
    property alias buttons: buttonRow.data
    readonly property alias flickable: flick

    /** Pages may handle "back" themselves (the form steps back within itself); true = handled. */
    property var back: null

    /** Scrolls so that `item` (inside the content) is in view. */
    function reveal(item) {
        const p = item.mapToItem(column, 0, 0)
        const top = p.y + column.y
        if (top >= flick.contentY && top + Math.min(item.height, flick.height / 2) <= flick.contentY + flick.height)
            return // already in view: do not jump
        const target = Math.max(0, Math.min(p.y - Theme.spacing, flick.contentHeight - flick.height))
        flick.contentY = target
    }

    Flickable {
        id: flick
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: footer.top
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        B.ScrollBar.vertical: B.ScrollBar {
            policy: flick.contentHeight > flick.height ? B.ScrollBar.AlwaysOn : B.ScrollBar.AlwaysOff
            width: 18
            contentItem: Rectangle { radius: 9; color: Theme.primary; implicitWidth: 18 }
            background: Rectangle { color: Theme.surfaceAlt; radius: 9 }
        }

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin - 24
            spacing: Theme.spacing * 1.5

            Text {
                objectName: "pageTitle"
                Layout.fillWidth: true
                visible: root.title !== ""
                text: root.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.subtitle !== ""
                text: root.subtitle
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
    }

    Rectangle {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: buttonRow.children.length > 0 ? buttonRow.implicitHeight + 2 * Theme.spacing : 0
        visible: height > 0
        color: Theme.surfaceAlt
        border.width: Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.border
        RowLayout {
            id: buttonRow
            anchors.fill: parent
            anchors.margins: Theme.spacing
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            spacing: Theme.spacing * 2
        }
    }
}
