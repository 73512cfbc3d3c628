// The one button of the kiosk: at least 72 px in both directions, a label that wraps rather than being
// cut, and three kinds (primary action, secondary, accent for "start" and "submit").
import QtQuick
import QtQuick.Controls.Basic as B
import Bianmin.Ui

B.AbstractButton {
    id: root

    /** "primary" | "secondary" | "accent" | "danger" */
    property string kind: "primary"
    property int fontSize: Theme.fontLarge
    property bool selected: false
    /** Room left and right of the label, together. */
    property int sidePadding: 56
    /** Where the normal selected colour would not stand out (the top bar is that colour). */
    property color selectedFill: Theme.selected
    property color selectedLabel: Theme.selectedText

    readonly property color fillColor: {
        if (!enabled)
            return Theme.surfaceAlt
        if (selected)
            return root.selectedFill
        switch (kind) {
        case "accent": return Theme.accent
        case "secondary": return Theme.secondary
        case "danger": return Theme.highContrast ? Theme.background : Theme.danger
        default: return Theme.primary
        }
    }
    readonly property color labelColor: {
        if (!enabled)
            return Theme.textMuted
        if (selected)
            return root.selectedLabel
        switch (kind) {
        case "accent": return Theme.accentText
        case "secondary": return Theme.secondaryText
        case "danger": return Theme.highContrast ? Theme.danger : "#ffffff"
        default: return Theme.primaryText
        }
    }

    implicitHeight: Math.max(Theme.buttonHeight, label.implicitHeight + 24)
    implicitWidth: Math.max(Theme.minTarget * 2, label.implicitWidth + sidePadding)
    // Touch buttons never take the keyboard focus: a text field keeps it (and its on-screen keyboard).
    focusPolicy: Qt.NoFocus
    Accessible.name: text

    contentItem: Text {
        id: label
        text: root.text
        font.family: Theme.fontFamily
        font.pixelSize: root.fontSize
        font.bold: true
        color: root.labelColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: root.fillColor
        opacity: root.down ? 0.8 : 1.0
        // A disabled button keeps an outline: on the grey footer it would otherwise read as plain text.
        border.width: (!root.enabled || root.kind === "secondary" || Theme.highContrast || root.activeFocus) ? Theme.borderWidth : 0
        border.color: root.activeFocus ? Theme.accent
                                       : !root.enabled ? Theme.border
                                       : (Theme.highContrast ? (root.kind === "danger" ? Theme.danger : Theme.primary)
                                                             : Theme.primary)
    }
}
