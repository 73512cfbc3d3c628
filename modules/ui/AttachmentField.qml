// A photo of a document. With a camera the villager takes the photo here; without one (or if they
// prefer) they choose "bring the paper" and hand it in at the window. The value is [{sha256, mime, bytes}]
// or, after "bring the paper", an empty list.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    /** Pages give this when a camera is there: function() -> {sha256, mime, bytes} or null. */
    property var takePhoto: null
    readonly property int count: Array.isArray(value) ? value.length : 0
    property bool paperChosen: false

    Text {
        objectName: "attachmentState"
        Layout.fillWidth: true
        text: root.count > 0 ? qsTr("%n photo(s) taken.", "", root.count)
                             : root.paperChosen ? qsTr("Please bring the paper document to the service window.")
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
            selected: root.paperChosen && root.count === 0
            width: Math.min(implicitWidth, root.width)
            text: qsTr("Skip: I will bring the paper")
            onClicked: {
                root.paperChosen = true
                root.edited([])
                root.finished()
            }
        }
    }
}
