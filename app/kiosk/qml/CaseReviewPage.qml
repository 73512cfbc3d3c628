// One case as the approver reviews it: the applicant, every answer, the pictures (documents, photos,
// signatures), who submitted it with which consent and the decisions so far; then approve, or reject
// with a note (required: the clerk reads it on the returned-cases page).
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "caseReviewPage"
    title: details.serviceName ? details.serviceName + " · " + details.caseNumber : qsTr("Case")
    subtitle: stepLabel

    required property string caseId
    required property string step
    /** "Step 1 of 2: Village committee review", from the queue. */
    property string stepLabel
    property var details: ({})
    property var answers: []
    /** What the approver must do first (a note to reject), or that someone else decided the case. */
    property string problem
    /** Why the decision was not saved (errorCode, errorString), told as every staff page tells a failed
     *  save (SaveProblemText); "" after a success. */
    property string problemCode
    property string problemDetail
    /** The decision is being committed on the staff thread. */
    property bool saving: false
    property bool approving: false
    // The message is under the long case: scroll to it, or the approver sees nothing happen.
    onProblemChanged: if (problem !== "") Qt.callLater(() => root.reveal(problemText))
    onProblemCodeChanged: if (problemCode !== "") Qt.callLater(() => root.reveal(saveProblemText))

    Component.onCompleted: {
        details = approvals ? approvals.details(caseId) : ({})
        answers = cases && details.fields ? cases.answerRows(details.serviceId, details.fields) : []
    }

    function decide(approve) {
        problem = ""
        problemCode = ""
        const note = noteInput.text.trim()
        if (!approve && note === "") {
            problem = qsTr("Write why you reject it: the clerk reads this note.")
            return
        }
        saving = true
        approving = approve
        if (approve)
            approvals.approve(caseId, step, note)
        else
            approvals.reject(caseId, step, note)
    }
    // "Approved" only once the decision's commit returned.
    Connections {
        target: approvals
        enabled: root.saving
        function onFinished(action, caseId, ok) {
            if (caseId !== root.caseId)
                return
            root.saving = false
            if (!ok) {
                if (approvals.errorCode === "workflow.already_decided") {
                    root.problem = qsTr("Someone else decided this case a moment ago.")
                } else {
                    root.problemCode = approvals.errorCode !== "" ? approvals.errorCode : "unknown"
                    root.problemDetail = approvals.errorString
                }
                return
            }
            const number = root.details.caseNumber
            window.goBack()
            if (window.currentPage && window.currentPage.objectName === "approvalQueuePage")
                window.currentPage.notice = action === "approve" ? qsTr("Case %1 approved.").arg(number)
                                                                 : qsTr("Case %1 rejected and returned to the clerk.").arg(number)
        }
    }

    // Placed by hand, not a RowLayout: after a switch to large text the layout kept the first row's
    // normal-size height and the next row drew over its label.
    component Row2: Item {
        id: row
        property string label
        property string value
        Layout.fillWidth: true
        visible: value !== ""
        implicitHeight: Math.max(rowLabel.contentHeight, rowValue.contentHeight)
        Text {
            id: rowLabel
            width: Theme.largeText ? 300 : 260
            text: row.label
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            id: rowValue
            x: rowLabel.width + Theme.spacing
            width: row.width - x
            text: row.value
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    Card {
        Layout.fillWidth: true
        implicitHeight: applicantColumn.implicitHeight + 2 * Theme.spacing
        ColumnLayout {
            id: applicantColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            spacing: 6
            Row2 { objectName: "applicantName"; label: qsTr("Applicant"); value: root.details.applicantName || "" }
            Row2 { label: qsTr("ID number"); value: root.details.idNumberMasked || "" }
            Row2 { label: qsTr("Phone"); value: root.details.phone || "" }
            Row2 { label: qsTr("Address"); value: root.details.address || "" }
            Row2 {
                objectName: "submittedRow"
                label: qsTr("Submitted")
                value: root.details.submittedAt
                       ? Qt.formatDateTime(root.details.submittedAt, "yyyy-MM-dd hh:mm") + " · "
                         + (root.details.channel === "agent" ? qsTr("by clerk %1").arg(root.details.clerkName) : qsTr("self-service"))
                       : ""
            }
            Row2 {
                objectName: "consentRow"
                label: qsTr("Villager's consent")
                value: !root.details.consent || !root.details.consent.method ? ""
                       : root.details.consent.method === "signature" ? qsTr("signature drawn at the kiosk")
                       : qsTr("ID card read at the kiosk")
            }
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.answers.length > 0
        implicitHeight: answersColumn.implicitHeight + 2 * Theme.spacing
        ColumnLayout {
            id: answersColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            spacing: 6
            Repeater {
                model: root.answers
                Row2 {
                    required property var modelData
                    label: modelData.label
                    value: modelData.value
                }
            }
        }
    }

    Text {
        Layout.fillWidth: true
        visible: attachmentFlow.children.length > 1
        text: qsTr("Documents and signatures")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }
    Flow {
        id: attachmentFlow
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: {
                let pictures = (root.details.attachments || []).slice()
                const consent = root.details.consent
                if (consent && consent.blob)
                    pictures.push({ sha256: consent.blob, kind: "consent", mime: "image/png" })
                return pictures
            }
            Card {
                id: pictureCard
                required property var modelData
                objectName: "attachment_" + modelData.kind
                width: 380
                height: 380
                Image {
                    objectName: "attachmentImage"
                    anchors.fill: parent
                    anchors.margins: 8
                    anchors.bottomMargin: 48
                    asynchronous: false // the store is read on the UI thread
                    cache: false // a decrypted picture stays in memory no longer than the page
                    fillMode: Image.PreserveAspectFit
                    sourceSize.width: 720
                    source: "image://blob/" + pictureCard.modelData.sha256
                }
                Text {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: 8
                    horizontalAlignment: Text.AlignHCenter
                    text: pictureCard.modelData.kind === "consent" ? qsTr("Villager's consent signature")
                          : pictureCard.modelData.kind === "signature" ? qsTr("Signature")
                          : pictureCard.modelData.kind === "id_photo" ? qsTr("ID photo") : qsTr("Document")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
        }
    }

    // The decisions so far: who by name (as on the returned-cases page), the step as the catalogue names it.
    Repeater {
        model: root.details.approvals || []
        Text {
            required property var modelData
            required property int index
            objectName: "decision_" + index
            Layout.fillWidth: true
            text: (modelData.decision === "approve" ? qsTr("Approved") : qsTr("Rejected")) + " · "
                  + modelData.stepName + " · " + modelData.staffName + " · "
                  + Qt.formatDateTime(modelData.at, "yyyy-MM-dd hh:mm") + (modelData.note ? " · " + modelData.note : "")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
        }
    }

    StaffInput {
        id: noteInput
        objectName: "noteInput"
        Layout.fillWidth: true
        label: qsTr("Note (required to reject)")
        placeholderText: qsTr("e.g. the household book page is missing")
    }
    WorkingText {
        objectName: "reviewSaving"
        visible: root.saving
        text: qsTr("Saving…")
    }
    Text {
        id: problemText
        objectName: "reviewProblem"
        Layout.fillWidth: true
        visible: root.problem !== ""
        text: root.problem
        color: Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    SaveProblemText {
        id: saveProblemText
        objectName: "reviewSaveProblem"
        code: root.problemCode
        detail: root.problemDetail
    }

    buttons: [
        BigButton {
            objectName: "rejectButton"
            Layout.fillWidth: true
            kind: "danger"
            enabled: !root.saving
            text: root.saving && !root.approving ? qsTr("Saving…") : qsTr("Reject and return")
            onClicked: root.decide(false)
        },
        BigButton {
            objectName: "approveButton"
            Layout.fillWidth: true
            kind: "primary"
            enabled: !root.saving
            text: root.saving && root.approving ? qsTr("Saving…") : qsTr("Approve")
            onClicked: root.decide(true)
        }
    ]
}
