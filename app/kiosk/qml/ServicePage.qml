// One service before applying: what it is, what to bring, how long it takes, who approves it, and the
// tags; then one big button to start the application.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "servicePage"

    property string serviceId
    // Re-read on a language switch: the catalogue carries both languages.
    readonly property var info: catalogue.language, catalogue.service(serviceId)

    title: info.name || ""

    component SectionTitle: Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing / 2
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    component BodyText: Text {
        Layout.fillWidth: true
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        lineHeight: 1.2
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Repeater {
            model: root.info.tagLabels || []
            TagChip { required property string modelData; text: modelData }
        }
    }
    BodyText {
        objectName: "serviceDescription"
        text: root.info.description || ""
    }

    SectionTitle { text: qsTr("How long it takes") }
    BodyText {
        objectName: "promisedDays"
        text: root.info.promisedDays === 0 ? qsTr("Handled on the spot, while you wait.")
                                           : qsTr("About %n working day(s) after you apply.", "", root.info.promisedDays || 0)
    }

    SectionTitle { text: qsTr("What to bring"); visible: (root.info.materials || []).length > 0 }
    Repeater {
        model: root.info.materials || []
        BodyText { required property string modelData; text: "• " + modelData }
    }

    SectionTitle { text: qsTr("Who checks it"); visible: (root.info.approvalChain || []).length > 0 }
    BodyText {
        visible: (root.info.approvalChain || []).length > 0
        text: (root.info.approvalChain || []).map(step => step.name).join("  →  ")
    }

    buttons: [
        BigButton {
            objectName: "applyButton"
            Layout.fillWidth: true
            kind: "accent"
            fontSize: Theme.fontTitle
            text: qsTr("Start the application")
            onClicked: window.startForm(root.serviceId)
        }
    ]
}
