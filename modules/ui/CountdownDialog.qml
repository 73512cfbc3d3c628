// "Are you still there?": shown before an abandoned session is wiped, with the seconds left in big
// digits and one big button to carry on. Covers the whole screen so it cannot be missed.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

Rectangle {
    id: root

    property int secondsLeft: 0
    signal continueClicked()

    color: Theme.highContrast ? "#000000" : "#cc000000"
    // Swallow touches on the dimmed background; only the button continues.
    MouseArea { anchors.fill: parent }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        height: column.implicitHeight + 2 * Theme.margin
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing * 1.5
            Text {
                Layout.fillWidth: true
                text: qsTr("Are you still there?")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "countdownText"
                Layout.fillWidth: true
                text: qsTr("For your privacy, what you entered will be cleared in %n second(s).", "", root.secondsLeft)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: root.secondsLeft
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHuge * 1.5
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
            }
            BigButton {
                objectName: "continueButton"
                Layout.fillWidth: true
                kind: "accent"
                fontSize: Theme.fontTitle
                implicitHeight: Theme.buttonHeight * 1.3
                text: qsTr("Continue")
                onClicked: root.continueClicked()
            }
        }
    }
}
