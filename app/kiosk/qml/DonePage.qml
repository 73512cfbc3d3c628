// The application is stored: the case number in big characters, the promised completion date, and what
// happens next. "Finish" wipes the session for the next villager.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "donePage"
    hideBack: true
    title: qsTr("Your application has been submitted")

    /** From kiosk.submit: {caseId, caseNumber, serviceName, promisedDays, promisedDate, awaitingApproval} */
    property var result: ({})

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
                text: qsTr("Keep this number. Staff at the window can print a receipt and tell you how your case is going.")
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
            onClicked: window.endSession()
        }
    ]
}
