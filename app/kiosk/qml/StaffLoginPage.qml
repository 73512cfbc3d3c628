// Staff login: the staff number (typed) and the 6-digit PIN (on the big number pad, shown as dots). A
// wrong PIN, a locked or a disabled account is said in words, with the minutes left of a lock. The PIN is
// checked on the staff thread (a deliberately slow hash): the pad waits, saying so, until the answer.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "staffLoginPage"
    title: qsTr("Staff login")
    subtitle: qsTr("Enter your staff number and your 6-digit PIN.")

    property string pin
    property string message
    property bool checking: false
    hideBack: checking // an answer arriving after the page went would log in behind the idle screen

    function login() {
        if (!auth || checking || idInput.text.trim() === "" || pin.length !== 6)
            return
        message = ""
        checking = true
        auth.login(idInput.text, pin)
    }
    Connections {
        target: auth
        enabled: root.checking
        function onFinished(action, ok) {
            if (action !== "login")
                return
            root.checking = false
            root.pin = "" // the dots stay while the PIN is checked
            if (ok)
                window.showStaffHome()
            else
                root.message = root.explain(auth.errorCode)
        }
    }
    function explain(code) {
        switch (code) {
        case "auth.wrong_pin":
            return auth.attemptsLeft > 0
                   ? qsTr("Wrong PIN. After %n more wrong PIN(s) the account is locked.", "", auth.attemptsLeft)
                   : qsTr("Wrong PIN.")
        case "auth.locked":
            return auth.lockedMinutesLeft > 0
                   ? qsTr("This account is locked after too many wrong PINs. Try again in %n minute(s), or ask a supervisor to reset the PIN.", "", auth.lockedMinutesLeft)
                   : qsTr("This account is locked after too many wrong PINs. Ask a supervisor to reset the PIN.")
        case "auth.disabled":
            return qsTr("This account is disabled. Ask a supervisor.")
        case "auth.unknown_staff":
            return qsTr("There is no staff account with this number.")
        case "auth.bad_pin":
            return qsTr("A PIN has 6 digits.")
        }
        return auth.errorString
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
            }
            PinField {
                objectName: "pinField"
                Layout.fillWidth: true
                label: qsTr("PIN")
                pin: root.pin
                current: true
            }
            WorkingText {
                objectName: "pinChecking"
                visible: root.checking
                text: qsTr("Checking the PIN…")
            }
            Rectangle {
                objectName: "loginMessage"
                Layout.fillWidth: true
                visible: root.message !== ""
                implicitHeight: messageText.implicitHeight + 2 * Theme.spacing
                color: Theme.dangerSurface
                border.width: Theme.borderWidth
                border.color: Theme.danger
                radius: Theme.radius
                Text {
                    id: messageText
                    objectName: "loginMessageText"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    text: root.message
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                }
            }
        }
        PinPad {
            objectName: "pinPad"
            enabled: !root.checking
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            onDigit: d => { if (root.pin.length < 6) root.pin += d }
            onErase: root.pin = root.pin.slice(0, -1)
            onClearAll: root.pin = ""
        }
    }

    buttons: [
        BigButton {
            objectName: "cancelButton"
            Layout.fillWidth: true
            kind: "secondary"
            enabled: !root.checking
            text: qsTr("Cancel")
            onClicked: window.showIdle()
        },
        BigButton {
            objectName: "loginButton"
            Layout.fillWidth: true
            kind: "primary"
            enabled: idInput.text.trim() !== "" && root.pin.length === 6 && !root.checking
            text: root.checking ? qsTr("Checking the PIN…") : qsTr("Log in")
            onClicked: root.login()
        }
    ]
}
