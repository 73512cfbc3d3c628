// Single or multiple choice as big tiles that wrap onto several rows: touch one to choose it (single),
// or to add or remove it (multiple). No drop-down lists: they are hard to hit and hide the options.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    readonly property bool multiple: type === "multiple_choice"

    function isChosen(optionValue) {
        if (multiple)
            return Array.isArray(value) && value.indexOf(optionValue) >= 0
        return value === optionValue
    }
    function toggle(optionValue) {
        if (!multiple) {
            edited(optionValue)
        } else {
            let list = Array.isArray(value) ? value.slice() : []
            const at = list.indexOf(optionValue)
            if (at >= 0)
                list.splice(at, 1)
            else
                list.push(optionValue)
            edited(list)
        }
        finished()
    }
    /** What voice prompts say after a touch (FormPage): the option or options chosen now. */
    function spokenValue(v) {
        const labels = root.options.filter(o => root.multiple ? Array.isArray(v) && v.indexOf(o.value) >= 0 : o.value === v)
                              .map(o => o.label)
        return labels.length === 0 ? qsTr("Nothing chosen") : qsTr("Chosen: %1").arg(labels.join(qsTr(", ")))
    }

    Text {
        visible: root.multiple
        Layout.fillWidth: true
        text: qsTr("You may choose more than one.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: root.options
            BigButton {
                required property var modelData
                objectName: "option_" + modelData.value
                kind: "secondary"
                selected: root.isChosen(modelData.value)
                fontSize: Theme.fontLarge
                width: Math.min(implicitWidth + (root.multiple ? 40 : 0), root.width)
                text: (root.multiple ? (selected ? "☑ " : "☐ ") : "") + modelData.label
                onClicked: root.toggle(modelData.value)
            }
        }
    }
}
