// Cases the county refused (a conflict or invalid data), with the county's message: the supervisor sorts
// out the problem with the villager, then sends the case on again.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "refusedCasesPage"
    title: qsTr("Cases the county refused")
    subtitle: cases && cases.refused.length === 0 ? qsTr("The county has refused no case.") : ""

    property string notice
    /** Why the last "send again" was not saved (errorCode, errorString); "" after a success. */
    property string problemCode
    property string problemDetail
    /** The case number being sent again: its commit runs on the staff thread. */
    property string sending
    Connections {
        target: approvals
        enabled: root.sending !== ""
        function onFinished(action, caseId, ok) {
            if (action !== "resubmit")
                return
            root.notice = ok ? qsTr("Case %1 is on its way again.").arg(root.sending) : ""
            root.problemCode = ok ? "" : approvals.errorCode
            root.problemDetail = ok ? "" : approvals.errorString
            root.sending = ""
            cases.refreshRefused()
        }
    }

    Component.onCompleted: if (cases) cases.refreshRefused()

    Text {
        objectName: "refusedNotice"
        Layout.fillWidth: true
        visible: root.notice !== ""
        text: root.notice
        color: Theme.success
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    SaveProblemText {
        objectName: "resubmitProblem"
        code: root.problemCode
        detail: root.problemDetail
        fontSize: Theme.fontLarge
    }

    WorkingText {
        objectName: "resubmitSaving"
        visible: root.sending !== ""
        text: qsTr("Saving…")
    }

    Repeater {
        model: cases ? cases.refused : []
        Card {
            id: caseCard
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: caseRow.implicitHeight + 2 * Theme.spacing
            RowLayout {
                id: caseRow
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    Text {
                        Layout.fillWidth: true
                        text: caseCard.modelData.serviceName + " · " + caseCard.modelData.caseNumber
                        color: Theme.primary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: caseCard.modelData.applicantName + "  " + caseCard.modelData.idNumberMasked
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "countyMessage"
                        Layout.fillWidth: true
                        text: qsTr("The county said: “%1”").arg(caseCard.modelData.countyMessage)
                        color: Theme.danger
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
                BigButton {
                    objectName: "sendAgainButton"
                    text: qsTr("Send again")
                    enabled: root.sending === ""
                    onClicked: {
                        root.notice = ""
                        root.problemCode = ""
                        root.sending = caseCard.modelData.caseNumber
                        approvals.resubmit(caseCard.modelData.caseId, "")
                    }
                }
            }
        }
    }
}
