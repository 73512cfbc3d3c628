// First start of a kiosk without staff: whoever sets it up becomes its first supervisor (staff number,
// name, a 6-digit PIN entered twice). Later staff are added by that supervisor.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "firstSupervisorPage"
    title: qsTr("Set up the first supervisor")
    subtitle: qsTr("This kiosk has no staff accounts yet. The first account manages all the others.")

    property string pin
    property string pinAgain
    property bool typingAgain: false
    property string message
    /** Why the account was not saved where the page has no sentence of its own (errorCode, errorString). */
    property string problemCode
    property string problemDetail
    property bool saving: false
    // The messages are under the PIN fields, below the fold in large text: scroll to them, or nothing
    // seems to happen.
    onMessageChanged: if (message !== "") Qt.callLater(() => root.reveal(messageText))
    onProblemCodeChanged: if (problemCode !== "") Qt.callLater(() => root.reveal(problemText))

    function create() {
        message = ""
        problemCode = ""
        if (pin !== pinAgain) {
            message = qsTr("The two PINs are not the same. Enter them again.")
            pin = ""
            pinAgain = ""
            typingAgain = false
            return
        }
        saving = true
        auth.createFirstSupervisor(idInput.text, nameInput.text, pin)
    }
    // The PIN is hashed and the account committed on the staff thread; the supervisor is logged in then.
    Connections {
        target: auth
        enabled: root.saving
        function onFinished(action, ok) {
            if (action !== "createFirstSupervisor")
                return
            root.saving = false
            if (ok) {
                window.showStaffHome()
                return
            }
            switch (auth.errorCode) {
            case "auth.bad_id": root.message = qsTr("A staff number has letters, digits, dots, dashes or underscores (at most 32)."); break
            case "auth.bad_name": root.message = qsTr("Enter the supervisor's name."); break
            case "auth.bad_pin": root.message = qsTr("A PIN has 6 digits."); break
            case "auth.forbidden": root.message = qsTr("This kiosk has a supervisor already: ask them to add your account."); break
            default:
                root.problemCode = auth.errorCode !== "" ? auth.errorCode : "unknown"
                root.problemDetail = auth.errorString
            }
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 1000 && !Theme.largeText ? 2 : 1
        columnSpacing: Theme.margin * 2
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            StaffInput {
                id: idInput
                objectName: "staffIdInput"
                Layout.fillWidth: true
                label: qsTr("Staff number")
                placeholderText: qsTr("e.g. zhang01")
            }
            StaffInput {
                id: nameInput
                objectName: "nameInput"
                Layout.fillWidth: true
                label: qsTr("Name")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: Theme.largeText ? 1 : 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                PinField {
                    objectName: "pinField"
                    Layout.fillWidth: true
                    label: qsTr("PIN (6 digits)")
                    pin: root.pin
                    current: !root.typingAgain
                    onSelected: root.typingAgain = false
                }
                PinField {
                    objectName: "pinAgainField"
                    Layout.fillWidth: true
                    label: qsTr("The same PIN again")
                    pin: root.pinAgain
                    current: root.typingAgain
                    onSelected: root.typingAgain = true
                }
            }
            WorkingText {
                objectName: "setupSaving"
                visible: root.saving
                text: qsTr("Saving…")
            }
            Text {
                id: messageText
                objectName: "setupMessage"
                Layout.fillWidth: true
                visible: root.message !== ""
                text: root.message
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            SaveProblemText {
                id: problemText
                objectName: "setupProblem"
                code: root.problemCode
                detail: root.problemDetail
            }
        }
        PinPad {
            enabled: !root.saving
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            onDigit: d => {
                if (!root.typingAgain && root.pin.length < 6) {
                    root.pin += d
                    if (root.pin.length === 6)
                        root.typingAgain = true
                } else if (root.typingAgain && root.pinAgain.length < 6) {
                    root.pinAgain += d
                }
            }
            onErase: {
                if (root.typingAgain)
                    root.pinAgain = root.pinAgain.slice(0, -1)
                else
                    root.pin = root.pin.slice(0, -1)
            }
            onClearAll: {
                root.pin = ""
                root.pinAgain = ""
                root.typingAgain = false
            }
        }
    }

    buttons: [
        BigButton {
            objectName: "cancelButton"
            Layout.fillWidth: true
            kind: "secondary"
            enabled: !root.saving
            text: qsTr("Cancel")
            onClicked: window.showIdle()
        },
        BigButton {
            objectName: "createButton"
            Layout.fillWidth: true
            kind: "primary"
            enabled: idInput.text.trim() !== "" && nameInput.text.trim() !== "" && root.pin.length === 6
                     && root.pinAgain.length === 6 && !root.saving
            text: root.saving ? qsTr("Saving…") : qsTr("Create the account")
            onClicked: root.create()
        }
    ]
}
