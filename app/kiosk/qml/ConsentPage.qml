// The last step of a clerk's application for a villager: the villager's consent on record before it is
// submitted, either their own ID card read at the kiosk (when a reader is connected; the card must be
// the applicant's) or a signature drawn here with a finger, stored encrypted. The case then goes through the same store path as a villager's
// own, naming the clerk.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "consentPage"
    title: qsTr("The villager's consent")
    subtitle: (idcard !== null
               ? qsTr("%1 is applied for by clerk %2 on behalf of the villager. The villager confirms it with their ID card or by signing below.")
               : qsTr("%1 is applied for by clerk %2 on behalf of the villager. No ID card reader is connected to this kiosk, so the villager confirms it by signing below."))
              .arg(form.serviceName).arg(auth ? auth.session.displayName : "")

    property var strokes: []
    property bool busy: false
    /** What to do first (the villager has not signed yet). */
    property string problem
    /** Why the signature or the case was not saved (errorCode, errorString), told as every staff page
     *  tells a failed save (SaveProblemText); "" until a save fails. */
    property string problemCode
    property string problemDetail
    // The message is under the pad: scroll to it, or the clerk sees nothing happen.
    onProblemChanged: if (problem !== "") Qt.callLater(() => root.reveal(problemText))
    onProblemCodeChanged: if (problemCode !== "") Qt.callLater(() => root.reveal(saveProblemText))

    // The ID card path: the reader polls while this page is shown (Main.qml's Binding); the card must be
    // the applicant's own.
    readonly property bool wantsIdCard: idcard !== null
    property string applicantId
    Component.onCompleted: {
        const c = form.caseJson()
        applicantId = c.applicant && c.applicant.id_number ? c.applicant.id_number : ""
    }
    readonly property bool cardMatches: idcard !== null && idcard.hasCard && applicantId !== ""
                                        && idcard.idNumber.toUpperCase() === applicantId.toUpperCase()

    function submitWithCard() {
        problem = ""
        problemCode = ""
        if (!cardMatches)
            return
        busy = true
        kiosk.submitForVillager(form.caseJson(), "id_card", "")
    }

    function submitWithSignature() {
        problem = ""
        problemCode = ""
        if (strokes.length === 0) {
            problem = qsTr("The villager has not signed yet.")
            return
        }
        if (!submission) {
            problem = qsTr("The staff side of the kiosk is not ready yet.")
            return
        }
        busy = true
        submission.storeSignature(pad.toDataURL("image/png"))
    }
    // The signature is committed on the staff thread first: the case names it only once it is stored.
    Connections {
        target: submission
        enabled: root.busy
        function onSignatureStored(sha256) {
            if (sha256 === "") {
                root.busy = false
                root.problemCode = submission.errorCode !== "" ? submission.errorCode : "unknown"
                root.problemDetail = submission.errorString
                return
            }
            kiosk.submitForVillager(form.caseJson(), "signature", sha256)
        }
    }

    Connections {
        target: kiosk
        enabled: root.busy
        function onSubmitted(result) {
            root.busy = false
            window.showDone(result)
        }
        function onSubmitFailed(message, code, detail) {
            root.busy = false
            root.problemCode = code !== "" ? code : "unknown"
            root.problemDetail = detail
        }
    }

    IdCardPanel {
        objectName: "consentIdCard"
        Layout.fillWidth: true
        visible: idcard !== null
        reader: idcard
        showDetails: false
        fallbackText: qsTr("Or the villager signs below instead.")
    }
    RowLayout {
        Layout.fillWidth: true
        visible: idcard !== null && idcard.hasCard
        spacing: Theme.spacing
        Text {
            objectName: "cardConsentText"
            Layout.fillWidth: true
            text: root.cardMatches
                  ? qsTr("The applicant's own ID card was read: that is their consent.")
                  : qsTr("This ID card (%1) is not the applicant's. The villager applying must put their own card on the reader.")
                    .arg(idcard ? idcard.maskedIdNumber : "")
            color: root.cardMatches ? Theme.success : Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
        BigButton {
            objectName: "cardSubmitButton"
            visible: root.cardMatches
            enabled: !root.busy
            kind: "accent"
            text: qsTr("Submit with the ID card")
            onClicked: root.submitWithCard()
        }
    }
    Text {
        Layout.fillWidth: true
        visible: idcard !== null
        text: qsTr("Or sign here:")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
    }

    Rectangle {
        id: padFrame
        objectName: "consentPadFrame"
        Layout.fillWidth: true
        // The whole pad in view above the docked buttons as the page opens: as tall as the room left under
        // the text above (320 at most, as designed; at 1280x800 in large text it was partly under the
        // buttons). Where the text above leaves less than 160 (a card reader's panel), it stays 160 and
        // the page scrolls to it whole.
        Layout.preferredHeight: Math.max(160, Math.min(320, root.flickable.height - 2 * Theme.margin - y))
        color: "#ffffff" // always white: the signature is stored as it is drawn
        radius: Theme.radius / 2
        border.width: Theme.borderWidth + 1
        border.color: Theme.border
        Canvas {
            id: pad
            objectName: "consentSignaturePad"
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
            text: qsTr("Villager: sign here with your finger")
            color: "#777777"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
        }
    }

    Text {
        id: problemText
        objectName: "consentProblem"
        Layout.fillWidth: true
        visible: root.problem !== ""
        text: root.problem
        color: Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    SaveProblemText {
        id: saveProblemText
        objectName: "consentSaveProblem"
        code: root.problemCode
        detail: root.problemDetail
    }

    buttons: [
        BigButton {
            objectName: "clearSignature"
            kind: "secondary"
            text: qsTr("Clear")
            onClicked: {
                root.strokes = []
                pad.requestPaint()
            }
        },
        BigButton {
            objectName: "consentSubmitButton"
            Layout.fillWidth: true
            kind: "accent"
            enabled: !root.busy && root.strokes.length > 0
            text: root.busy ? qsTr("Sending, please wait…") : qsTr("Submit with this signature")
            onClicked: root.submitWithSignature()
        }
    ]
}
