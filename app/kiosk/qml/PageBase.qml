// What every page shares: a big title, a scrolling column for the content (with a scroll bar that is
// always shown when there is more, so nothing is hidden below the edge) and a fixed row of big buttons at
// the bottom. Pages put their content inside and their buttons in `buttons`.
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import QtQuick.Window
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

    /** While the on-screen keyboard is open the buttons scroll with the content, below it, instead of
     *  staying docked: at 1280x800 in large text the docked row left too little room above the keyboard
     *  for the field being typed into together with its label. Pages with text fields switch it on. */
    property bool buttonsScrollWhileTyping: false
    readonly property bool buttonsInline: buttonsScrollWhileTyping && Qt.inputMethod.visible

    /** Scrolls so that `item` (inside the content) is in view. An item inside a form field (FieldFrame)
     *  brings the whole field: its label, help, editor and message, not only the box being typed into;
     *  when the field is taller than the view, its label first. */
    function reveal(item) {
        let target = item
        for (let p = item; p && p !== column; p = p.parent) {
            if (p.revealWhole === true) {
                target = p
                break
            }
        }
        if (target !== item && target.height > flick.height && item.height <= flick.height) {
            // The whole field does not fit (a long repeat group): its label if the item still shows.
            const itemBottom = item.mapToItem(target, 0, item.height).y
            if (itemBottom + Theme.spacing > flick.height)
                target = item
        }
        const p = target.mapToItem(column, 0, 0)
        const top = p.y + column.y
        const bottom = top + Math.min(target.height, flick.height - Theme.spacing)
        if (top >= flick.contentY && bottom <= flick.contentY + flick.height)
            return // already in view: do not jump
        flick.contentY = Math.max(0, Math.min(top - Theme.spacing, flick.contentHeight - flick.height))
    }
    /** The field being typed into stays in view when the room for the page changes (the keyboard opens,
     *  its candidate bar appears, the window turns): Main.qml makes the page shorter, this follows. */
    function revealFocus() {
        const focused = root.Window.window ? root.Window.window.activeFocusItem : null
        if (!focused || !Qt.inputMethod.visible)
            return
        for (let p = focused.parent; p; p = p.parent) {
            if (p === column) {
                root.reveal(focused)
                return
            }
        }
    }

    Flickable {
        id: flick
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.bottomMargin: root.buttonsInline ? 0 : footer.height
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin + (root.buttonsInline ? footer.height : 0)
        onHeightChanged: Qt.callLater(root.revealFocus)
        // Content that got shorter (the buttons docked again) leaves no empty space under the view.
        onContentHeightChanged: if (contentY > Math.max(0, contentHeight - height)) contentY = Math.max(0, contentHeight - height)
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
        objectName: "buttonBar"
        // Docked at the bottom of the page, or (while typing, see buttonsInline) under the content.
        parent: root.buttonsInline ? flick.contentItem : root
        x: 0
        y: root.buttonsInline ? column.y + column.implicitHeight + Theme.margin : root.height - height
        width: root.buttonsInline ? flick.width - 24 : root.width // inline: clear of the scroll bar
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
