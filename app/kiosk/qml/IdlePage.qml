// The idle screen, shown when nobody is using the kiosk: the center's name and opening hours, the
// services that need only one visit (最多跑一次), announcements from the county, and one big start
// button. The first touch on it starts a fresh session.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "idlePage"
    hideBack: true

    readonly property var oneVisitServices: kiosk.oneVisitServices

    // Discreet but reachable: staff log in (or set up the first supervisor) from here.
    buttons: [
        Item { Layout.fillWidth: true },
        BigButton {
            objectName: "staffButton"
            kind: "secondary"
            fontSize: Theme.fontBody
            enabled: auth !== null
            text: qsTr("Staff")
            onClicked: window.openStaff()
        }
    ]

    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 1100 && !Theme.largeText ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 3000 // with the card's 2000: a 3 : 2 split (Qt 6.4 has no stretch factors)
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing * 1.5
            Text {
                objectName: "centerName"
                Layout.fillWidth: true
                text: kiosk.centerName !== "" ? kiosk.centerName : qsTr("Convenience Service Center")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHuge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Apply for government services here, close to home.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "openingHours"
                Layout.fillWidth: true
                visible: kiosk.openingHours !== ""
                text: qsTr("Opening hours: %1").arg(kiosk.openingHours)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                wrapMode: Text.Wrap
            }
            BigButton {
                id: startButton
                objectName: "startButton"
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                implicitHeight: Math.max(180, Theme.buttonHeight * 1.8)
                kind: "accent"
                fontSize: Theme.fontHuge
                text: qsTr("Touch here to start")
                onClicked: window.startSession()
            }
            Repeater {
                model: kiosk.announcements
                Card {
                    required property string modelData
                    Layout.fillWidth: true
                    implicitHeight: announcement.implicitHeight + 2 * Theme.spacing
                    Text {
                        id: announcement
                        anchors.fill: parent
                        anchors.margins: Theme.spacing
                        text: parent.modelData
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        Card {
            objectName: "oneVisitList"
            Layout.fillWidth: true
            Layout.preferredWidth: 2000
            Layout.alignment: Qt.AlignTop
            visible: root.oneVisitServices.length > 0
            implicitHeight: oneVisit.implicitHeight + 2 * Theme.spacing
            ColumnLayout {
                id: oneVisit
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2
                // A Flow, not a RowLayout: the row kept the normal-size height of this text after a
                // switch to large text. Here the text wraps under the tag when there is no room.
                Flow {
                    id: oneVisitHeading
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    TagChip { text: qsTr("Run at most once") }
                    Text {
                        width: Math.min(implicitWidth, oneVisitHeading.width)
                        text: qsTr("One visit is enough for:")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
                Repeater {
                    model: root.oneVisitServices
                    Text {
                        required property var modelData
                        Layout.fillWidth: true
                        text: "• " + modelData.name
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLarge
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
