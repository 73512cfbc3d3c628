// The approver's queue: the cases waiting for a step this approver may decide, oldest first. Each opens
// the review page; what was just decided is confirmed at the top.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "approvalQueuePage"
    title: qsTr("Cases waiting for your approval")
    subtitle: approvals && approvals.cases.length === 0 ? qsTr("Nothing is waiting for you.") : ""

    /** Set by the review page after a decision. */
    property string notice

    Component.onCompleted: if (approvals) approvals.refresh()

    Text {
        objectName: "queueNotice"
        Layout.fillWidth: true
        visible: root.notice !== ""
        text: root.notice
        color: Theme.success
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }

    Repeater {
        model: approvals ? approvals.cases : []
        Card {
            id: caseCard
            required property var modelData
            required property int index
            objectName: "queueCase_" + index
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
                        objectName: "queueCaseStep"
                        Layout.fillWidth: true
                        text: qsTr("Step %1 of %2: %3").arg(caseCard.modelData.stepNumber)
                                  .arg(caseCard.modelData.stepCount).arg(caseCard.modelData.stepName)
                              + " · " + qsTr("submitted %1").arg(Qt.formatDateTime(caseCard.modelData.submittedAt, "yyyy-MM-dd hh:mm"))
                              + " · " + (caseCard.modelData.channel === "agent"
                                         ? qsTr("by clerk %1").arg(caseCard.modelData.clerkName) : qsTr("self-service"))
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
                BigButton {
                    objectName: "reviewButton"
                    text: qsTr("Review")
                    onClicked: window.openStaffPage("caseReviewPage", {
                        caseId: caseCard.modelData.caseId, step: caseCard.modelData.step,
                        stepLabel: qsTr("Step %1 of %2: %3").arg(caseCard.modelData.stepNumber)
                                   .arg(caseCard.modelData.stepCount).arg(caseCard.modelData.stepName) })
                }
            }
        }
    }
}
