// The application is stored: the case number in big characters, the promised completion date, and what
// happens next. "Finish" wipes the session for the next villager.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "donePage"
    hideBack: true
    title: root.result.channel === "agent" ? qsTr("The villager's application has been submitted")
                                          : qsTr("Your application has been submitted")

    /** From kiosk.submit: {caseId, caseNumber, serviceName, promisedDays, promisedDate, awaitingApproval,
     *  channel, clerk} */
    property var result: ({})

    // The receipt prints in the background once the case is stored (it is, by now); a printer problem is
    // said here in plain words, with "print again". The case is safe either way.
    /** "" | "printing" | "printed" | "failed" */
    property string printState
    property string printProblem
    function printReceipt() {
        if (!receiptPrinter || !root.result.caseId) {
            printState = "failed"
            printProblem = qsTr("The receipt printer is not ready yet.")
            return
        }
        printState = "printing"
        receiptPrinter.print(root.result.caseId, root.result.clerk || "")
    }
    Component.onCompleted: printReceipt()
    Connections {
        target: receiptPrinter
        function onFinished(caseId, reprint, warning) {
            if (caseId === root.result.caseId)
                root.printState = "printed"
        }
        function onFailed(caseId, code, message) {
            if (caseId !== root.result.caseId)
                return
            root.printState = "failed"
            root.printProblem = window.printerProblem(code)
        }
    }

    Rectangle {
        objectName: "receiptStatus"
        Layout.fillWidth: true
        visible: root.printState !== ""
        implicitHeight: receiptRow.implicitHeight + 2 * Theme.spacing
        color: root.printState === "failed" ? Theme.dangerSurface : Theme.surface
        border.width: Theme.borderWidth
        border.color: root.printState === "failed" ? Theme.danger : Theme.border
        radius: Theme.radius
        RowLayout {
            id: receiptRow
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: Theme.spacing
            spacing: Theme.spacing
            Text {
                objectName: "receiptStatusText"
                Layout.fillWidth: true
                text: root.printState === "printing" ? qsTr("Printing your receipt…")
                    : root.printState === "printed" ? qsTr("Your receipt has been printed. Please take it.")
                    // The number is repeated here: without a receipt it is all the villager takes home, and
                    // in large text the card that shows it lies below the fold.
                    : qsTr("The receipt was not printed: %1 Your application is saved as No. %2 — please note this number; staff can print the receipt later.")
                      .arg(root.printProblem).arg(root.result.caseNumber || "")
                color: root.printState === "failed" ? Theme.danger : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            BigButton {
                objectName: "printAgainButton"
                visible: root.printState === "failed" && receiptPrinter !== null
                kind: "secondary"
                fontSize: Theme.fontBody
                text: qsTr("Print again")
                onClicked: root.printReceipt()
            }
        }
    }

    Card {
        Layout.fillWidth: true
        implicitHeight: doneColumn.implicitHeight + 2 * Theme.margin
        ColumnLayout {
            id: doneColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: root.result.serviceName || ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Your case number")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Text {
                objectName: "caseNumber"
                Layout.fillWidth: true
                text: root.result.caseNumber || ""
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHuge * 1.2
                font.bold: true
                font.letterSpacing: 4
                wrapMode: Text.WrapAnywhere
            }
            Text {
                objectName: "promisedDate"
                Layout.fillWidth: true
                text: root.result.promisedDays === 0
                      ? qsTr("It will be handled on the spot.")
                      : qsTr("Promised completion: %1 (%n working day(s)).", "", root.result.promisedDays || 0)
                        .arg(root.result.promisedDate || "")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                visible: root.result.awaitingApproval === true
                text: qsTr("The village committee will check it first, then it goes to the county.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                // Once the receipt is in the villager's hand, point to it and to the look-up on the home screen.
                text: root.printState === "printed"
                      ? qsTr("Keep the receipt. With its number or QR code you can see how your case is going here, under “Where is my case?”, or ask at the window.")
                      : qsTr("Keep this number. Staff at the window can print a receipt and tell you how your case is going.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
        }
    }

    buttons: [
        BigButton {
            objectName: "finishButton"
            Layout.fillWidth: true
            kind: "primary"
            fontSize: Theme.fontTitle
            text: qsTr("Finish")
            onClicked: window.agentMode ? window.finishAgentApplication() : window.endSession()
        }
    ]
}
