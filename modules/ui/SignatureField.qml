// A signature written with a finger: a large white pad that records the strokes, "clear" to start
// again and "done" to keep it. The picture goes to C++ as PNG (storeImage), which stores it and returns
// {sha256, mime}: the field's value.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    property var strokes: []      // [[{x, y}, ...], ...] in pad coordinates
    readonly property bool signed: value !== undefined && value !== null && typeof value === "object"
                                   && value.sha256 !== undefined

    function clearPad() {
        strokes = []
        pad.requestPaint()
        edited(null)
    }
    function keep() {
        if (strokes.length === 0 || !storeImage)
            return
        const png = pad.toDataURL("image/png")
        const stored = png.indexOf("data:image/png") === 0 ? storeImage(png) : null
        if (stored && stored.sha256)
            edited(stored)
        finished()
    }

    Rectangle {
        Layout.fillWidth: true
        // Lower in large text: the whole field (label, help, pad and its buttons) then fits above the
        // form's Back / Next at 1280x800, so the pad is never partly under them.
        Layout.preferredHeight: Theme.largeText ? 260 : 320
        color: "#ffffff" // always white: the signature is stored as it is drawn
        radius: Theme.radius / 2
        border.width: Theme.borderWidth + 1
        border.color: root.error !== "" ? Theme.danger : Theme.border
        Canvas {
            id: pad
            objectName: "signaturePad"
            anchors.fill: parent
            anchors.margins: 4
            onPaint: {
                const ctx = getContext("2d")
                ctx.fillStyle = "#ffffff"
                ctx.fillRect(0, 0, width, height)
                ctx.strokeStyle = "#000000"
                ctx.lineWidth = 5
                ctx.lineCap = "round"
                ctx.lineJoin = "round"
                for (const stroke of root.strokes) {
                    ctx.beginPath()
                    for (let i = 0; i < stroke.length; ++i) {
                        if (i === 0)
                            ctx.moveTo(stroke[i].x, stroke[i].y)
                        else
                            ctx.lineTo(stroke[i].x, stroke[i].y)
                    }
                    if (stroke.length === 1)
                        ctx.lineTo(stroke[0].x + 1, stroke[0].y + 1)
                    ctx.stroke()
                }
            }
            MouseArea {
                anchors.fill: parent
                preventStealing: true
                onPressed: mouse => {
                    let s = root.strokes.slice()
                    s.push([{ x: mouse.x, y: mouse.y }])
                    root.strokes = s
                    pad.requestPaint()
                }
                onPositionChanged: mouse => {
                    let s = root.strokes.slice()
                    s[s.length - 1].push({ x: mouse.x, y: mouse.y })
                    root.strokes = s
                    pad.requestPaint()
                }
            }
        }
        Text {
            anchors.centerIn: parent
            visible: root.strokes.length === 0
            text: root.signed ? qsTr("Signed. Sign again to replace it.") : qsTr("Sign here with your finger")
            color: "#777777"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BigButton {
            objectName: "clearSignature"
            kind: "secondary"
            text: qsTr("Clear")
            onClicked: root.clearPad()
        }
        BigButton {
            objectName: "keepSignature"
            kind: "primary"
            enabled: root.strokes.length > 0
            text: root.signed && root.strokes.length === 0 ? qsTr("Signature kept") : qsTr("Use this signature")
            onClicked: root.keep()
        }
        Text {
            Layout.fillWidth: true
            visible: root.signed
            text: qsTr("✓ Signature saved")
            color: Theme.success
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
}
