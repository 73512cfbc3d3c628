// The clerk's cases an approver sent back, each with the approver's note; once the villager has fixed
// what was asked, "send again" puts the case back into its approval chain.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "returnedCasesPage"
    title: qsTr("Cases returned to you")
    subtitle: approvals && approvals.returned.length === 0 ? qsTr("No case has been returned.") : ""

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
            root.notice = ok ? qsTr("Case %1 is back in the approval queue.").arg(root.sending) : ""
            root.problemCode = ok ? "" : approvals.errorCode
            root.problemDetail = ok ? "" : approvals.errorString
            root.sending = ""
        }
    }

    Component.onCompleted: if (approvals) approvals.refresh()

    Text {
        objectName: "returnedNotice"
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
        model: approvals ? approvals.returned : []
        Card {
            id: caseCard
            required property var modelData
            required property int index
            objectName: "returnedCase_" + index
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
                        objectName: "returnNote"
                        Layout.fillWidth: true
                        text: qsTr("Returned by %1 on %2: “%3”").arg(caseCard.modelData.rejectedByName)
                                  .arg(Qt.formatDateTime(caseCard.modelData.rejectedAt, "yyyy-MM-dd hh:mm"))
                                  .arg(caseCard.modelData.note)
                        color: Theme.danger
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
                BigButton {
                    objectName: "resubmitButton"
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
