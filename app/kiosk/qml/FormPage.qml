// The application form, one step at a time: where you are (step n of m), the step's fields with their
// messages right under them, and big Back / Next buttons. Everything is checked in C++ (form.next()):
// the page only shows the result and scrolls to the first problem. Every step is saved as a draft.
import QtQuick
import QtQuick.Layouts
import QtQuick.Window
import Bianmin.Ui

PageBase {
    id: root
    objectName: "formPage"
    title: form.serviceName
    buttonsScrollWhileTyping: true // Back / Next under the last field while the keyboard is open

    /** Opened from a draft after a restart: say so once. */
    property bool resumed: false

    back: function() {
        if (form.reviewing || form.firstStep)
            return false
        form.back()
        kiosk.saveDraft(form.draftJson())
        flickable.contentY = 0
        return true
    }

    // Voice prompts (when switched on): the step's title on arrival, the first problem when refused.
    // stepChanged also comes with every answer (a step may appear): the title is read once per step.
    property int announcedStep: -1
    function announceStep() {
        if (!voice || form.reviewing || form.currentStep === root.announcedStep)
            return
        root.announcedStep = form.currentStep
        voice.announceStep(form.stepTitle)
    }
    Connections {
        target: form
        function onStepChanged() { root.announceStep() }
    }
    Component.onCompleted: {
        root.announceStep()
        if (idcard)
            idcard.clear() // a card from an earlier page or person is never reused
    }

    // ... and the field being filled, when the villager starts typing into it.
    property Item announcedField: null
    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() {
            if (!voice || !voice.enabled)
                return
            for (let p = root.Window.window.activeFocusItem; p; p = p.parent) {
                for (let i = 0; i < fieldRepeater.count; ++i) {
                    if (fieldRepeater.itemAt(i) !== p)
                        continue
                    if (p !== root.announcedField) {
                        root.announcedField = p
                        voice.announceField(p.label, p.help)
                    }
                    return
                }
            }
        }
    }

    // ... and a choice, yes/no or date answer when it is touched (those never take the keyboard focus).
    function announceAnswer(field, value) {
        if (!voice || !voice.enabled)
            return
        const said = field.spokenValue(value)
        if (said === "")
            return
        root.announcedField = field
        voice.announceChoice(field.label, said)
    }

    function goNext() {
        if (form.next()) {
            kiosk.saveDraft(form.draftJson())
            flickable.contentY = 0
            if (form.reviewing)
                window.showReview()
            return
        }
        // Show the first problem: the message is next to its field.
        for (let i = 0; i < fieldRepeater.count; ++i) {
            const item = fieldRepeater.itemAt(i)
            if (item && item.visible && item.error !== "") {
                root.reveal(item)
                if (voice)
                    voice.announceError(item.error)
                break
            }
        }
    }

    // Autosave while typing too, not only on each step: a power cut mid-step loses little.
    Timer {
        id: autosave
        interval: 1500
        onTriggered: if (form.serviceId !== "") kiosk.saveDraft(form.draftJson())
    }
    Connections {
        target: form
        function onAnswersChanged() { autosave.restart() }
    }

    StepIndicator {
        objectName: "stepIndicator"
        Layout.fillWidth: true
        count: form.stepCount
        current: form.reviewing ? form.stepCount : form.currentStep
    }
    Text {
        objectName: "stepTitle"
        Layout.fillWidth: true
        text: form.stepTitle
        color: Theme.primary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
    }
    Card {
        objectName: "resumedNotice"
        Layout.fillWidth: true
        visible: root.resumed
        implicitHeight: resumedText.implicitHeight + 2 * Theme.spacing
        Text {
            id: resumedText
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: qsTr("Welcome back: your answers were saved, continue where you stopped.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
    }

    // ---- the ID card step: on the applicant step, when a reader is configured ----
    readonly property bool applicantStepShown: form.applicantStep && form.currentStep === 0 && !form.reviewing
    /** Main.qml switches the reader on while the current page wants a card. */
    readonly property bool wantsIdCard: applicantStepShown
    /** The applicant's name, ID number and address came from the card: shown masked in the panel only. */
    property bool cardFilled: false
    readonly property var cardFields: ["applicant.name", "applicant.id_number", "applicant.address"]
    function useCard() {
        form.applicant = { name: idcard.name, id_number: idcard.idNumber, address: idcard.address }
        kiosk.keepCardPhoto(idcard.photo) // as read: an encrypted blob, never decoded here
        root.cardFilled = true
    }
    function forgetCard() {
        if (root.cardFilled)
            form.applicant = { name: null, id_number: null, address: null } // only these keys change
        kiosk.forgetCardPhoto()
        root.cardFilled = false
    }
    Component.onDestruction: if (idcard) idcard.clear()
    IdCardPanel {
        Layout.fillWidth: true
        visible: idcard !== null && root.applicantStepShown
        reader: idcard
        onAccepted: root.useCard()
        onDismissed: root.forgetCard()
    }

    Repeater {
        id: fieldRepeater
        model: form.fields
        FieldDelegate {
            id: fieldDelegate
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing / 2
            visible: model.visible && !(root.cardFilled && root.cardFields.indexOf(model.fieldId) >= 0)
            fieldId: model.fieldId
            type: model.type
            label: model.label
            help: model.help
            placeholder: model.placeholder
            isRequired: model.required
            value: model.value
            error: model.error
            itemErrors: model.itemErrors || ({})
            options: model.options || []
            unit: model.unit
            minValue: model.min
            maxValue: model.max
            decimals: model.decimals || 0
            maxLength: model.maxLength || 0
            notFuture: model.notFuture === true
            subfields: model.subfields || []
            itemLabel: model.itemLabel || ""
            minItems: model.minItems || 0
            maxItems: model.maxItems || 0
            addressLevels: model.addressLevels || []
            attachmentKind: model.attachmentKind || ""
            cameraAvailable: kiosk.cameraAvailable
            storeImage: dataUrl => kiosk.storeImage(dataUrl)
            bringPaper: (fieldLabel, count) => kiosk.paperNotes(form.serviceName, fieldLabel, count)
            itemFieldVisible: (index, subfieldId) => form.isItemFieldVisible(model.fieldId, index, subfieldId)
            onEdited: v => {
                form.setAnswer(model.fieldId, v)
                root.announceAnswer(fieldDelegate, v)
            }
            onFinished: form.validateField(model.fieldId)
        }
    }

    buttons: [
        BigButton {
            objectName: "prevButton"
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            kind: "secondary"
            text: form.firstStep ? qsTr("‹ Back to the service") : qsTr("‹ Previous step")
            onClicked: window.goBack()
        },
        BigButton {
            objectName: "nextButton"
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            kind: "primary"
            text: form.lastStep ? qsTr("Check my answers ›") : qsTr("Next step ›")
            onClicked: root.goNext()
        }
    ]
}
