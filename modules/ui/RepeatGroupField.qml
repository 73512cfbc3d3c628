// A list of like items (household members): each item in its own panel titled "Member 1", "Member 2"
// with its fields and a remove button, and a big "add" button under the list. The value is the whole
// list [{subfield: value}]; item errors come as {"0.name": message}.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    readonly property var items: Array.isArray(value) ? value : []

    function setItem(index, subfieldId, subValue) {
        let list = items.map(item => Object.assign({}, item))
        list[index][subfieldId] = subValue
        edited(list)
    }
    function addItem() {
        let list = items.slice()
        list.push({})
        edited(list)
    }
    /** For voice prompts (FormPage): a choice, yes/no or date just given inside an item, with its label. */
    property string lastSubAnswer
    function spokenValue(v) {
        const said = lastSubAnswer
        lastSubAnswer = ""
        return said
    }
    function removeItem(index) {
        let list = items.slice()
        list.splice(index, 1)
        edited(list)
        finished()
    }

    Repeater {
        model: root.items.length
        Card {
            id: itemCard
            required property int index
            objectName: "item_" + index
            Layout.fillWidth: true
            implicitHeight: itemColumn.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: itemColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    Text {
                        Layout.fillWidth: true
                        text: root.itemLabel !== "" ? root.itemLabel + " " + (itemCard.index + 1) : qsTr("Item %1").arg(itemCard.index + 1)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    BigButton {
                        objectName: "removeItem"
                        kind: "danger"
                        fontSize: Theme.fontBody
                        implicitHeight: Theme.minTarget
                        text: qsTr("Remove")
                        onClicked: root.removeItem(itemCard.index)
                    }
                }
                Repeater {
                    model: root.subfields
                    FieldDelegate {
                        id: subfield
                        required property var modelData
                        Layout.fillWidth: true
                        visible: root.itemFieldVisible ? root.itemFieldVisible(itemCard.index, modelData.fieldId) : true
                        fieldId: modelData.fieldId
                        type: modelData.type
                        label: modelData.label
                        help: modelData.help || ""
                        placeholder: modelData.placeholder || ""
                        isRequired: modelData.required === true
                        options: modelData.options || []
                        unit: modelData.unit || ""
                        minValue: modelData.min
                        maxValue: modelData.max
                        decimals: modelData.decimals || 0
                        maxLength: modelData.maxLength || 0
                        value: root.items[itemCard.index] ? root.items[itemCard.index][modelData.fieldId] : undefined
                        error: root.itemErrors && root.itemErrors[itemCard.index + "." + modelData.fieldId]
                               ? root.itemErrors[itemCard.index + "." + modelData.fieldId] : ""
                        storeImage: root.storeImage
                        bringPaper: root.bringPaper
                        cameraAvailable: root.cameraAvailable
                        onEdited: v => {
                            const said = subfield.spokenValue(v)
                            root.lastSubAnswer = said !== "" ? qsTr("%1, %2").arg(modelData.label).arg(said) : ""
                            root.setItem(itemCard.index, modelData.fieldId, v)
                        }
                        onFinished: root.finished()
                    }
                }
            }
        }
    }
    Text {
        visible: root.items.length === 0
        Layout.fillWidth: true
        text: qsTr("None added yet.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    BigButton {
        objectName: "addItem"
        Layout.fillWidth: true
        Layout.maximumWidth: 600 * Theme.textScale
        kind: "secondary"
        enabled: root.maxItems <= 0 || root.items.length < root.maxItems
        text: qsTr("+ Add %1").arg(root.itemLabel !== "" ? root.itemLabel : qsTr("item"))
        onClicked: root.addItem()
    }
}
