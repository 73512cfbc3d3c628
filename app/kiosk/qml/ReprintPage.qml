// Reprint a receipt: the supervisor types the case number printed on it (or on the villager's slip); the
// reprint is marked as such and the audit log names who asked for it. Printing runs in the background.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "reprintPage"
    title: qsTr("Reprint a receipt")
    subtitle: qsTr("Type the case number, e.g. 3F2B-91AC.")

    property string caseId
    property string status
    property bool failed: false

    function reprint() {
        failed = false
        caseId = cases.caseIdForNumber(numberInput.text)
        if (caseId === "") {
            failed = true
            status = qsTr("No case with this number on this kiosk.")
            return
        }
        status = qsTr("Printing…")
        receiptPrinter.print(caseId, auth.session.staffId)
    }

    Connections {
        target: receiptPrinter
        function onFinished(caseId, reprint, warning) {
            if (caseId !== root.caseId)
                return
            root.failed = false
            root.status = qsTr("The receipt was printed.") + (warning !== "" ? " " + warning : "")
        }
        function onFailed(caseId, code, message) {
            if (caseId !== root.caseId)
                return
            root.failed = true
            root.status = window.printerProblem(code)
        }
    }

    StaffInput {
        id: numberInput
        objectName: "caseNumberInput"
        Layout.fillWidth: true
        label: qsTr("Case number")
        input.onAccepted: root.reprint()
    }
    Text {
        objectName: "reprintStatus"
        Layout.fillWidth: true
        visible: root.status !== ""
        text: root.status
        color: root.failed ? Theme.danger : Theme.success
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }

    buttons: [
        BigButton {
            objectName: "printButton"
            Layout.fillWidth: true
            enabled: receiptPrinter !== null && cases !== null && numberInput.text.trim() !== ""
                     && !receiptPrinter.busy
            text: qsTr("Print the receipt again")
            onClicked: root.reprint()
        }
    ]
}
