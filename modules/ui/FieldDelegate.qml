// Picks the editor for a field's type (text, date, choices, ...) and passes it the field's description,
// value and error. Named "field_<id>" so tests and the walk-through find it.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

Item {
    id: root

    property string fieldId
    property string type: "text"
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
    property var storeImage: null
    property var itemFieldVisible: null
    property bool cameraAvailable: false
    property var bringPaper: null
    readonly property alias editor: loader.item

    signal edited(var value)
    signal finished()

    objectName: "field_" + fieldId
    implicitHeight: loader.item ? loader.item.implicitHeight : 0
    implicitWidth: loader.item ? loader.item.implicitWidth : 0

    function editorFor(type) {
        switch (type) {
        case "multiline": return "MultilineField.qml"
        case "date": return "DateField.qml"
        case "single_choice":
        case "multiple_choice": return "ChoiceField.qml"
        case "yes_no": return "YesNoField.qml"
        case "address": return "AddressField.qml"
        case "repeat_group": return "RepeatGroupField.qml"
        case "attachment": return "AttachmentField.qml"
        case "signature": return "SignatureField.qml"
        default: return "TextEntryField.qml" // text, number, money, phone, resident_id
        }
    }

    /** For voice prompts: how an answer given by touch reads aloud ("Chosen: ..."); empty for fields
     *  that are typed into (those are announced when they take the keyboard focus). */
    function spokenValue(v) {
        return loader.item && typeof loader.item.spokenValue === "function" ? loader.item.spokenValue(v) : ""
    }

    // Functions cannot go through Binding (its value is not a var), so they are handed over directly.
    function passFunctions() {
        if (!loader.item)
            return
        loader.item.storeImage = root.storeImage
        loader.item.itemFieldVisible = root.itemFieldVisible
        loader.item.bringPaper = root.bringPaper
    }
    Component.onCompleted: passFunctions()
    onStoreImageChanged: passFunctions()
    onItemFieldVisibleChanged: passFunctions()
    onBringPaperChanged: passFunctions()

    Loader {
        id: loader
        width: root.width
        source: root.editorFor(root.type)
        onLoaded: {
            item.objectName = "editor"
            item.edited.connect(root.edited)
            item.finished.connect(root.finished)
            root.passFunctions()
        }
        Binding { target: loader.item; property: "fieldId"; value: root.fieldId; when: loader.item !== null }
        Binding { target: loader.item; property: "type"; value: root.type; when: loader.item !== null }
        Binding { target: loader.item; property: "label"; value: root.label; when: loader.item !== null }
        Binding { target: loader.item; property: "help"; value: root.help; when: loader.item !== null }
        Binding { target: loader.item; property: "placeholder"; value: root.placeholder; when: loader.item !== null }
        Binding { target: loader.item; property: "isRequired"; value: root.isRequired; when: loader.item !== null }
        Binding { target: loader.item; property: "value"; value: root.value; when: loader.item !== null }
        Binding { target: loader.item; property: "error"; value: root.error; when: loader.item !== null }
        Binding { target: loader.item; property: "options"; value: root.options; when: loader.item !== null }
        Binding { target: loader.item; property: "unit"; value: root.unit; when: loader.item !== null }
        Binding { target: loader.item; property: "minValue"; value: root.minValue; when: loader.item !== null }
        Binding { target: loader.item; property: "maxValue"; value: root.maxValue; when: loader.item !== null }
        Binding { target: loader.item; property: "decimals"; value: root.decimals; when: loader.item !== null }
        Binding { target: loader.item; property: "maxLength"; value: root.maxLength; when: loader.item !== null }
        Binding { target: loader.item; property: "notFuture"; value: root.notFuture; when: loader.item !== null }
        Binding { target: loader.item; property: "subfields"; value: root.subfields; when: loader.item !== null }
        Binding { target: loader.item; property: "itemLabel"; value: root.itemLabel; when: loader.item !== null }
        Binding { target: loader.item; property: "itemErrors"; value: root.itemErrors; when: loader.item !== null }
        Binding { target: loader.item; property: "minItems"; value: root.minItems; when: loader.item !== null }
        Binding { target: loader.item; property: "maxItems"; value: root.maxItems; when: loader.item !== null }
        Binding { target: loader.item; property: "addressLevels"; value: root.addressLevels; when: loader.item !== null }
        Binding { target: loader.item; property: "attachmentKind"; value: root.attachmentKind; when: loader.item !== null }
        Binding { target: loader.item; property: "cameraAvailable"; value: root.cameraAvailable; when: loader.item !== null }
    }
}
