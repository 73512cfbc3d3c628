// "Where is my case?": the villager reads their ID card, types their ID number on the keypad, or scans the
// QR code on their receipt (the camera, or a USB scanner that types into the receipt box) and sees their
// applications with the current state and the county's latest message. Names and ID numbers are masked
// (a public screen); everything is forgotten when the page is left or the session times out.
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui
import Bianmin.IdScan

PageBase {
    id: root
    objectName: "caseLookupPage"
    title: qsTr("Where is my case?")
    subtitle: searched ? "" : qsTr("Use your ID card, type your ID number, or scan the QR code on your receipt.")

    /** A look-up was made: the results (or why there are none) are shown. */
    property bool searched: false
    /** caseLookup arrives shortly after start (the UI store opens after the first frame). */
    readonly property bool ready: caseLookup !== null
    /** Main.qml switches the card reader on while this is true. */
    readonly property bool wantsIdCard: !searched
    readonly property var results: caseLookup ? caseLookup.results : []
    property bool cameraOn: false

    function lookupIdNumber(number) {
        if (!ready || number === "")
            return
        caseLookup.lookupIdNumber(number)
        showResults()
    }
    function lookupReceipt(scanned) {
        const text = scanned.trim()
        if (!ready || text === "")
            return
        caseLookup.lookupReceipt(text)
        showResults()
    }
    function showResults() {
        cameraOn = false
        keypad.clear()
        receiptInput.text = ""
        searched = true
        flickable.contentY = 0
    }
    /** Forgets everything shown or typed (leaving, "search again", idle). */
    function reset() {
        scanBuffer = ""
        root.forceActiveFocus()
        searched = false
        cameraOn = false
        keypad.clear()
        receiptInput.text = ""
        forget()
    }
    function forget() {
        if (caseLookup)
            caseLookup.clear()
        if (idcard)
            idcard.clear()
    }
    back: function() {
        if (!searched)
            return false
        reset()
        return true
    }
    Component.onDestruction: forget()

    function errorText(code) {
        switch (code) {
        case "": return ""
        case "lookup.bad_id_number": return qsTr("This is not a valid ID number. Please check it and try again.")
        case "receipt.forged": return qsTr("This receipt code was not issued by this kiosk. Please ask the staff.")
        case "receipt.malformed": return qsTr("This receipt code could not be read. Please scan it again.")
        case "lookup.not_found": return qsTr("No application with this receipt was found at this kiosk.")
        default: return caseLookup ? caseLookup.errorString : ""
        }
    }
    function stateColor(state) {
        switch (state) {
        case "rejected":
        case "refused":
        case "needs_materials": return Theme.danger
        case "approved":
        case "completed": return Theme.success
        default: return Theme.primary
        }
    }

    // A USB barcode scanner is a keyboard: it types the receipt's code and presses Enter. The page itself
    // (focused by the StackView) listens for that, without focusing a text field, which would open the
    // on-screen keyboard over the keypad.
    property string scanBuffer: ""
    // After the StackView has placed the page (it does not always hand the focus on by itself).
    Component.onCompleted: Qt.callLater(() => root.forceActiveFocus())
    Keys.onPressed: event => {
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            const scanned = scanBuffer
            scanBuffer = ""
            root.lookupReceipt(scanned)
            event.accepted = true
        } else if (event.text.length === 1 && event.text >= " ") {
            scanBuffer += event.text
            event.accepted = true
        }
    }

    // ---- asking: card, keypad, receipt ----
    Text {
        Layout.fillWidth: true
        visible: !root.ready
        text: qsTr("Starting up, one moment please…")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    GridLayout {
        Layout.fillWidth: true
        visible: !root.searched
        columns: Theme.largeText ? 1 : 2
        columnSpacing: Theme.spacing * 1.5
        rowSpacing: Theme.spacing * 1.5

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            // In one column the card reader (fastest) leads; without one, typing comes before "or scan".
            Layout.row: Theme.largeText && idcard !== null ? 1 : 0
            Layout.column: 0
            implicitHeight: typeColumn.implicitHeight + 2 * Theme.margin
            ColumnLayout {
                id: typeColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.margin
                spacing: Theme.spacing
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Type your ID number")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                IdKeypad {
                    id: keypad
                    objectName: "idKeypad"
                    Layout.fillWidth: true
                }
                BigButton {
                    objectName: "lookupIdButton"
                    Layout.fillWidth: true
                    enabled: root.ready && keypad.complete
                    text: qsTr("Look up my cases")
                    onClicked: root.lookupIdNumber(keypad.entered)
                }
            }
        }

        // Right: the card reader (fastest) above the receipt.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            Layout.row: Theme.largeText && idcard === null ? 1 : 0
            Layout.column: Theme.largeText ? 0 : 1
            spacing: Theme.spacing * 1.5
            IdCardPanel {
                Layout.fillWidth: true
                visible: idcard !== null
                reader: idcard
                showDetails: false
                compact: true
                fallbackText: qsTr("You can type your ID number or scan your receipt instead.")
                onAccepted: root.lookupIdNumber(idcard.idNumber)
            }
            Card {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                implicitHeight: receiptColumn.implicitHeight + 2 * Theme.margin
                ColumnLayout {
                    id: receiptColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Or scan the QR code on your receipt")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Hold the receipt's QR code under the scanner. Staff can also type the code printed under it.")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    // USB barcode scanners type the code and press Enter: that lands here.
                    B.TextField {
                        id: receiptInput
                        objectName: "receiptInput"
                        Layout.fillWidth: true
                        implicitHeight: Theme.inputHeight
                        placeholderText: qsTr("Receipt code")
                        placeholderTextColor: Theme.textMuted
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        leftPadding: 16
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                        background: Rectangle {
                            color: Theme.surface
                            radius: Theme.radius / 2
                            border.width: receiptInput.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth
                            border.color: receiptInput.activeFocus ? Theme.primary : Theme.border
                        }
                        onAccepted: root.lookupReceipt(text)
                    }
                    BigButton {
                        objectName: "lookupReceiptButton"
                        Layout.fillWidth: true
                        enabled: root.ready && receiptInput.text.trim() !== ""
                        text: qsTr("Look up this receipt")
                        onClicked: root.lookupReceipt(receiptInput.text)
                    }
                    BigButton {
                        objectName: "cameraButton"
                        Layout.fillWidth: true
                        visible: camera.item !== null && camera.item.available
                        kind: root.cameraOn ? "accent" : "secondary"
                        text: root.cameraOn ? qsTr("Hold the QR code in front of the camera…") : qsTr("Use the camera")
                        onClicked: root.cameraOn = !root.cameraOn
                    }
                }
            }
        }
    }
    Loader {
        id: camera
        active: root.ready && !root.searched
        sourceComponent: Component {
            CameraScanner {
                active: root.cameraOn && available
                onBarcodeFound: (format, text) => root.lookupReceipt(text)
            }
        }
    }

    // ---- the answer ----
    Text {
        objectName: "lookupError"
        Layout.fillWidth: true
        visible: root.searched && text !== ""
        text: caseLookup ? root.errorText(caseLookup.errorCode) : ""
        color: Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "noCases"
        Layout.fillWidth: true
        visible: root.searched && caseLookup !== null && caseLookup.errorCode === "" && root.results.length === 0
        text: qsTr("No applications were found for this ID number at this kiosk.")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "lookupWho"
        Layout.fillWidth: true
        visible: root.searched && root.results.length > 0
        text: root.results.length > 0
              ? qsTr("Applications of %1 (ID %2):").arg(root.results[0].maskedName).arg(root.results[0].maskedIdNumber)
              : ""
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.searched ? root.results : []
        Card {
            id: caseCard
            required property var modelData
            required property int index
            objectName: "case_" + index
            Layout.fillWidth: true
            implicitHeight: caseColumn.implicitHeight + 2 * Theme.margin
            border.color: root.stateColor(modelData.state)
            border.width: Theme.borderWidth + 1
            ColumnLayout {
                id: caseColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.margin
                spacing: Theme.spacing / 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: caseCard.modelData.serviceName
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "caseNumber"
                        text: qsTr("No. %1").arg(caseCard.modelData.caseNumber)
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                }
                Text {
                    objectName: "caseState"
                    Layout.fillWidth: true
                    text: caseCard.modelData.stateLabel
                    color: root.stateColor(caseCard.modelData.state)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Submitted on %1").arg(caseCard.modelData.submittedAt.toLocaleDateString(Qt.locale(), Locale.LongFormat))
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "countyMessage"
                    Layout.fillWidth: true
                    visible: caseCard.modelData.countyMessage !== ""
                    text: qsTr("Latest message from the county: %1").arg(caseCard.modelData.countyMessage)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    buttons: [
        BigButton {
            objectName: "searchAgainButton"
            Layout.fillWidth: true
            visible: root.searched
            kind: "secondary"
            text: qsTr("Look up again")
            onClicked: root.reset()
        },
        BigButton {
            objectName: "lookupDoneButton"
            Layout.fillWidth: true
            kind: "primary"
            text: qsTr("Back to the home screen")
            onClicked: window.goHome()
        }
    ]
}
