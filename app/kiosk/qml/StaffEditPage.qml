// Adding a staff member (number, name, role, approval steps, PIN), resetting a PIN, or setting an
// approver's steps: one page in three modes, so the number pad and the messages are the same everywhere.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "staffEditPage"
    title: mode === "add" ? qsTr("Add a staff member")
         : mode === "reset" ? qsTr("New PIN for %1").arg(staffName)
         : qsTr("Approval steps of %1").arg(staffName)

    /** "add" | "reset" | "steps" */
    property string mode: "add"
    property string staffId
    property string staffName
    /** The approver's steps: ids of the catalogue's approval steps; empty = every step. */
    property var steps: []
    readonly property var knownSteps: cases ? cases.approvalSteps() : []
    function toggleStep(id) {
        const i = steps.indexOf(id)
        let next = steps.slice()
        if (i >= 0)
            next.splice(i, 1)
        else
            next.push(id)
        steps = next
    }
    property string role: "clerk"
    property string pin
    property string message
    /** Why the save failed where the page has no sentence of its own (errorCode, errorString). */
    property string problemCode
    property string problemDetail
    property bool saving: false

    readonly property bool needsPin: mode !== "steps"
    readonly property bool showsSteps: mode === "steps" || (mode === "add" && role === "approver")

    function save() {
        message = ""
        problemCode = ""
        saving = true
        if (mode === "add")
            auth.addStaff(idInput.text, nameInput.text, role, pin, role === "approver" ? steps : [])
        else if (mode === "reset")
            auth.resetPin(staffId, pin)
        else
            auth.setStaffSteps(staffId, steps)
        pin = ""
    }
    // Hashed and committed on the staff thread: "done" only once the commit returned.
    Connections {
        target: auth
        enabled: root.saving
        function onFinished(action, ok) {
            if (["addStaff", "resetPin", "setStaffSteps"].indexOf(action) < 0)
                return
            root.saving = false
            if (!ok) {
                switch (auth.errorCode) {
                case "auth.exists": root.message = qsTr("A staff member with this number already exists."); break
                case "auth.bad_id": root.message = qsTr("A staff number has letters, digits, dots, dashes or underscores (at most 32)."); break
                case "auth.bad_name": root.message = qsTr("Enter the staff member's name."); break
                case "auth.bad_pin": root.message = qsTr("A PIN has 6 digits."); break
                default:
                    root.problemCode = auth.errorCode
                    root.problemDetail = auth.errorString
                }
                return
            }
            const done = root.mode === "add" ? qsTr("%1 can now log in.").arg(nameInput.text)
                       : root.mode === "reset" ? qsTr("The new PIN of %1 is set.").arg(root.staffName)
                       : qsTr("The approval steps of %1 are saved.").arg(root.staffName)
            window.goBack()
            if (window.currentPage && window.currentPage.objectName === "staffManagePage")
                window.currentPage.notice = done
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
                visible: root.mode === "add"
                Layout.fillWidth: true
                label: qsTr("Staff number")
            }
            StaffInput {
                id: nameInput
                objectName: "nameInput"
                visible: root.mode === "add"
                Layout.fillWidth: true
                label: qsTr("Name")
            }
            Text {
                visible: root.mode === "add"
                text: qsTr("Role")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Flow {
                visible: root.mode === "add"
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Repeater {
                    model: ["clerk", "approver", "supervisor", "technician"]
                    BigButton {
                        required property string modelData
                        objectName: "role_" + modelData
                        kind: "secondary"
                        fontSize: Theme.fontBody
                        sidePadding: 32
                        selected: root.role === modelData
                        text: window.roleLabel(modelData)
                        onClicked: root.role = modelData
                    }
                }
            }
            Text {
                visible: root.showsSteps
                Layout.fillWidth: true
                text: root.steps.length === 0 ? qsTr("Approval steps: none chosen, so every step")
                                              : qsTr("Approval steps: only those chosen")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Flow {
                visible: root.showsSteps
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Repeater {
                    model: root.knownSteps
                    BigButton {
                        required property var modelData
                        objectName: "step_" + modelData.id
                        kind: "secondary"
                        fontSize: Theme.fontBody
                        sidePadding: 32
                        selected: root.steps.indexOf(modelData.id) >= 0
                        text: (selected ? "✓ " : "") + modelData.name
                        onClicked: root.toggleStep(modelData.id)
                    }
                }
            }
            PinField {
                objectName: "pinField"
                visible: root.needsPin
                Layout.fillWidth: true
                label: qsTr("PIN (6 digits)")
                pin: root.pin
                current: true
            }
            WorkingText {
                objectName: "editSaving"
                visible: root.saving
                text: qsTr("Saving…")
            }
            Text {
                objectName: "editMessage"
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
                objectName: "editProblem"
                code: root.problemCode
                detail: root.problemDetail
            }
        }
        PinPad {
            visible: root.needsPin
            enabled: !root.saving
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            onDigit: d => { if (root.pin.length < 6) root.pin += d }
            onErase: root.pin = root.pin.slice(0, -1)
            onClearAll: root.pin = ""
        }
    }

    buttons: [
        BigButton {
            objectName: "saveButton"
            Layout.fillWidth: true
            kind: "primary"
            enabled: (!root.needsPin || root.pin.length === 6) && !root.saving
            text: root.saving ? qsTr("Saving…") : root.mode === "add" ? qsTr("Add") : qsTr("Save")
            onClicked: root.save()
        }
    ]
}
