// The supervisor's list of staff accounts: role, approval steps, disabled or locked; per account disable
// or enable, reset the PIN (which also lifts a lock) and set the approval steps; "add staff" on top.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "staffManagePage"
    title: qsTr("Staff accounts")

    property var rows: []
    property string notice
    /** Why the last disable/enable was not saved (errorCode, errorString). */
    property string problemCode
    property string problemDetail
    /** A disable/enable is being committed on the staff thread. */
    property bool saving: false

    function refresh() { rows = auth ? auth.staffList() : [] }
    /** Step ids as the catalogue names them. */
    function stepNames(ids) {
        const known = cases ? cases.approvalSteps() : []
        return Array.from(ids).map(id => {
            const step = known.find(s => s.id === id)
            return step ? step.name : id
        }).join("、")
    }
    Component.onCompleted: refresh()
    Connections {
        target: auth
        function onStaffChanged() { root.refresh() }
        function onFinished(action, ok) {
            if (!root.saving || action !== "setStaffDisabled")
                return
            root.saving = false
            root.problemCode = ok ? "" : auth.errorCode
            root.problemDetail = ok ? "" : auth.errorString
        }
    }

    Text {
        objectName: "manageNotice"
        Layout.fillWidth: true
        visible: root.notice !== ""
        text: root.notice
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    SaveProblemText {
        objectName: "manageProblem"
        code: root.problemCode
        detail: root.problemDetail
    }

    Repeater {
        model: root.rows
        Card {
            id: staffCard
            required property var modelData
            objectName: "staff_" + modelData.id
            Layout.fillWidth: true
            implicitHeight: staffColumn.implicitHeight + 2 * Theme.spacing
            GridLayout {
                id: staffColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                columns: root.width > 1000 && !Theme.largeText ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing / 2
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Text {
                        Layout.fillWidth: true
                        text: staffCard.modelData.name + " (" + staffCard.modelData.id + ") · "
                              + window.roleLabel(staffCard.modelData.role)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "staffState"
                        Layout.fillWidth: true
                        text: {
                            let parts = []
                            if (staffCard.modelData.disabled)
                                parts.push(qsTr("Disabled"))
                            if (staffCard.modelData.locked)
                                parts.push(qsTr("Locked until %1").arg(Qt.formatDateTime(staffCard.modelData.lockedUntil, "hh:mm")))
                            if (staffCard.modelData.role === "approver")
                                parts.push(staffCard.modelData.steps.length > 0
                                           ? qsTr("Approval steps: %1").arg(root.stepNames(staffCard.modelData.steps))
                                           : qsTr("May decide every approval step"))
                            return parts.length > 0 ? parts.join(" · ") : qsTr("Active")
                        }
                        color: staffCard.modelData.disabled || staffCard.modelData.locked ? Theme.danger : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                }
                Row {
                    spacing: Theme.spacing
                    BigButton {
                        objectName: "toggleDisabled"
                        visible: staffCard.modelData.id !== auth.session.staffId // never yourself
                        kind: staffCard.modelData.disabled ? "primary" : "danger"
                        fontSize: Theme.fontBody
                        text: staffCard.modelData.disabled ? qsTr("Enable") : qsTr("Disable")
                        enabled: !root.saving
                        onClicked: {
                            root.notice = ""
                            root.problemCode = ""
                            root.saving = true
                            auth.setStaffDisabled(staffCard.modelData.id, !staffCard.modelData.disabled)
                        }
                    }
                    BigButton {
                        objectName: "resetPin"
                        kind: "secondary"
                        fontSize: Theme.fontBody
                        text: qsTr("Reset PIN")
                        onClicked: window.openStaffPage("staffEditPage", { mode: "reset", staffId: staffCard.modelData.id,
                                                                           staffName: staffCard.modelData.name })
                    }
                    BigButton {
                        objectName: "editSteps"
                        visible: staffCard.modelData.role === "approver"
                        kind: "secondary"
                        fontSize: Theme.fontBody
                        text: qsTr("Approval steps")
                        onClicked: window.openStaffPage("staffEditPage", { mode: "steps", staffId: staffCard.modelData.id,
                                                                           staffName: staffCard.modelData.name,
                                                                           steps: Array.from(staffCard.modelData.steps) })
                    }
                }
            }
        }
    }

    buttons: [
        BigButton {
            objectName: "addStaffButton"
            Layout.fillWidth: true
            kind: "accent"
            text: qsTr("Add a staff member")
            onClicked: window.openStaffPage("staffEditPage", { mode: "add" })
        }
    ]
}
