// The staff member's start page: one big button per thing their role may do (the permission table of
// modules/auth), and "log out". A technician gets no button that shows personal data.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "staffHomePage"
    hideBack: true
    title: auth ? qsTr("Hello, %1").arg(auth.session.displayName) : ""
    subtitle: auth ? qsTr("Logged in as %1 (%2). You are logged out after %n minute(s) without a touch.", "",
                          Math.round(auth.session.idleTimeout / 60))
                     .arg(window.roleLabel(auth.session.role)).arg(auth.session.staffId) : ""

    function can(permission) { return auth !== null && auth.session.active && auth.session.can(permission) }

    Component.onCompleted: {
        if (approvals)
            approvals.refresh()
        if (cases && can("case.handle_refused"))
            cases.refreshRefused()
    }

    GridLayout {
        Layout.fillWidth: true
        columns: Math.max(1, Math.floor((root.width - 2 * Theme.margin) / (Theme.largeText ? 560 : 400)))
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        BigButton {
            objectName: "approvalsButton"
            visible: root.can("case.decide")
            Layout.fillWidth: true
            Layout.preferredWidth: 400 // equal tiles
            Layout.fillHeight: true
            implicitHeight: Math.max(140, Theme.buttonHeight * 1.4, contentItem.implicitHeight + 24)
            text: qsTr("Cases to approve") + "\n" + qsTr("%n waiting", "", approvals ? approvals.cases.length : 0)
            onClicked: window.openStaffPage("approvalQueuePage")
        }
        BigButton {
            objectName: "agentButton"
            visible: root.can("case.submit_agent")
            Layout.fillWidth: true
            Layout.preferredWidth: 400 // equal tiles
            Layout.fillHeight: true
            implicitHeight: Math.max(140, Theme.buttonHeight * 1.4, contentItem.implicitHeight + 24)
            kind: "accent"
            text: qsTr("Apply for a villager")
            onClicked: window.startAgentApplication()
        }
        BigButton {
            objectName: "returnedButton"
            visible: root.can("case.resubmit")
            Layout.fillWidth: true
            Layout.preferredWidth: 400 // equal tiles
            Layout.fillHeight: true
            implicitHeight: Math.max(140, Theme.buttonHeight * 1.4, contentItem.implicitHeight + 24)
            text: qsTr("Returned cases") + "\n" + qsTr("%n returned", "", approvals ? approvals.returned.length : 0)
            onClicked: window.openStaffPage("returnedCasesPage")
        }
        BigButton {
            objectName: "refusedButton"
            visible: root.can("case.handle_refused")
            Layout.fillWidth: true
            Layout.preferredWidth: 400 // equal tiles
            Layout.fillHeight: true
            implicitHeight: Math.max(140, Theme.buttonHeight * 1.4, contentItem.implicitHeight + 24)
            text: qsTr("Cases the county refused") + "\n" + qsTr("%n case(s)", "", cases ? cases.refused.length : 0)
            onClicked: window.openStaffPage("refusedCasesPage")
        }
        BigButton {
            objectName: "reprintButton"
            visible: root.can("receipt.reprint")
            Layout.fillWidth: true
            Layout.preferredWidth: 400 // equal tiles
            Layout.fillHeight: true
            implicitHeight: Math.max(140, Theme.buttonHeight * 1.4, contentItem.implicitHeight + 24)
            kind: "secondary"
            text: qsTr("Reprint a receipt")
            onClicked: window.openStaffPage("reprintPage")
        }
        BigButton {
            objectName: "syncQueueButton"
            visible: root.can("sync.run") || root.can("kiosk.diagnostics")
            Layout.fillWidth: true
            Layout.preferredWidth: 400 // equal tiles
            Layout.fillHeight: true
            implicitHeight: Math.max(140, Theme.buttonHeight * 1.4, contentItem.implicitHeight + 24)
            kind: "secondary"
            text: qsTr("Sending to the county")
            onClicked: window.openSyncQueue()
        }
        BigButton {
            objectName: "manageStaffButton"
            visible: root.can("staff.manage")
            Layout.fillWidth: true
            Layout.preferredWidth: 400 // equal tiles
            Layout.fillHeight: true
            implicitHeight: Math.max(140, Theme.buttonHeight * 1.4, contentItem.implicitHeight + 24)
            kind: "secondary"
            text: qsTr("Staff accounts")
            onClicked: window.openStaffPage("staffManagePage")
        }
    }

    Card {
        objectName: "technicianNote"
        Layout.fillWidth: true
        visible: auth !== null && auth.session.role === "technician"
        implicitHeight: techText.implicitHeight + 2 * Theme.spacing
        Text {
            id: techText
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: qsTr("Technicians see how sending to the county goes here, and configure and check the kiosk with the bianmin command; no personal data is shown to this role.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
    }

    buttons: [
        Item { Layout.fillWidth: true },
        BigButton {
            objectName: "logoutButton"
            kind: "danger"
            text: qsTr("Log out")
            onClicked: auth.logout()
        }
    ]
}
