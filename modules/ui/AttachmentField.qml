// A photo of a document. With a camera the villager takes the photo here; without one (or if they
// prefer) they choose "bring the paper" and hand it in at the window: the case then carries a note in
// place of each photo saying the paper follows (bringPaper, from C++). The value is [{sha256, mime, bytes}].
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    /** Pages give this when a camera is there: function() -> {sha256, mime, bytes} or null. */
    property var takePhoto: null
    readonly property int count: Array.isArray(value) ? value.length : 0
    /** The villager chose to hand in the paper: the value holds the kiosk's notes (note: "paper"). */
    readonly property bool paperChosen: Array.isArray(value) && value.length > 0
                                        && value.every(v => v && v.note === "paper")

    Text {
        objectName: "attachmentState"
        Layout.fillWidth: true
        text: root.paperChosen ? qsTr("Please bring the paper document to the service window.")
                             : root.count > 0 ? qsTr("%n photo(s) taken.", "", root.count)
                                                : (root.cameraAvailable ? qsTr("Take a photo of the document, or bring the paper.")
                                                                        : qsTr("This kiosk has no camera: please bring the paper document to the service window."))
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "takePhoto"
            visible: root.cameraAvailable && root.takePhoto !== null
            kind: "primary"
            text: qsTr("Take a photo")
            onClicked: {
                const blob = root.takePhoto()
                if (blob) {
                    let list = Array.isArray(root.value) ? root.value.slice() : []
                    list.push(blob)
                    root.edited(list)
                }
                root.finished()
            }
        }
        BigButton {
            objectName: "bringPaper"
            kind: "secondary"
            selected: root.paperChosen
            width: Math.min(implicitWidth, root.width)
            text: qsTr("Skip: I will bring the paper")
            onClicked: {
                root.edited(root.bringPaper ? root.bringPaper(root.label, Math.max(1, root.minItems)) : [])
                root.finished()
            }
        }
    }
}
