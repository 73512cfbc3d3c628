// Check before sending: every answer, step by step, each step with a "change" button; then one big
// submit button. Submitting goes through C++ (kiosk.submit) on the store's thread; the page waits with
// a clear "please wait" and shows any problem in words.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "reviewPage"
    title: qsTr("Please check your answers")
    subtitle: form.serviceName

    property bool busy: false
    property string problem

    back: function() {
        form.back() // leaves the review; the stack returns to the last step
        return false
    }

    function submit() {
        problem = ""
        if (!form.validateAll()) {
            const first = form.errors[0]
            problem = first ? first.message : qsTr("Some answers need to be corrected.")
            return
        }
        if (window.agentMode) { // a clerk's application: the villager's consent comes first
            window.showConsent()
            return
        }
        busy = true
        kiosk.submit(form.caseJson())
    }

    Connections {
        target: kiosk
        enabled: root.busy
        function onSubmitted(result) {
            root.busy = false
            window.showDone(result)
        }
        function onSubmitFailed(message) {
            root.busy = false
            root.problem = message
        }
    }

    StepIndicator {
        Layout.fillWidth: true
        count: form.stepCount
        current: form.stepCount
    }

    Repeater {
        model: form.summary
        Card {
            id: stepCard
            required property var modelData
            objectName: "reviewStep_" + modelData.step
            Layout.fillWidth: true
            implicitHeight: stepColumn.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: stepColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2
                // The step's title and its Change button, placed by hand like the answers below.
                Item {
                    Layout.fillWidth: true
                    implicitHeight: Math.max(stepTitle.contentHeight, changeButton.height)
                    Text {
                        id: stepTitle
                        width: parent.width - changeButton.width - Theme.spacing
                        anchors.verticalCenter: parent.verticalCenter
                        text: stepCard.modelData.title
                        color: Theme.primary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    BigButton {
                        id: changeButton
                        objectName: "changeStep"
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        kind: "secondary"
                        fontSize: Theme.fontBody
                        implicitHeight: Theme.minTarget
                        text: qsTr("Change")
                        onClicked: {
                            form.goToStep(stepCard.modelData.step)
                            window.goBack()
                        }
                    }
                }
                Repeater {
                    model: stepCard.modelData.items
                    // Label and answer side by side on a wide screen, one above the other on a narrow
                    // one. Placed by hand: a GridLayout kept the normal-size heights of its first row
                    // after a switch to large text and pushed the answer off its column.
                    Item {
                        id: itemRow
                        required property var modelData
                        readonly property bool wide: root.width > 1000
                        Layout.fillWidth: true
                        implicitHeight: wide ? Math.max(itemLabel.contentHeight, itemValue.contentHeight)
                                             : itemValue.y + itemValue.contentHeight
                        Text {
                            id: itemLabel
                            width: itemRow.wide ? (root.width - 4 * Theme.margin) * 0.35 : itemRow.width
                            text: itemRow.modelData.label
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.Wrap
                        }
                        Text {
                            id: itemValue
                            x: itemRow.wide ? itemLabel.width + Theme.spacing : 0
                            y: itemRow.wide ? 0 : itemLabel.contentHeight + 2
                            width: itemRow.width - x
                            text: itemRow.modelData.value
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                    }
                }
            }
        }
    }

    Rectangle {
        objectName: "submitProblem"
        Layout.fillWidth: true
        visible: root.problem !== ""
        implicitHeight: problemText.implicitHeight + 2 * Theme.spacing
        color: Theme.dangerSurface
        border.width: Theme.borderWidth
        border.color: Theme.danger
        radius: Theme.radius
        Text {
            id: problemText
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: root.problem
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    buttons: [
        BigButton {
            objectName: "submitButton"
            Layout.fillWidth: true
            kind: "accent"
            enabled: !root.busy
            fontSize: Theme.fontTitle
            text: root.busy ? qsTr("Sending, please wait…")
                  : window.agentMode ? qsTr("Next: the villager's consent") : qsTr("Submit the application")
            onClicked: root.submit()
        }
    ]
}
