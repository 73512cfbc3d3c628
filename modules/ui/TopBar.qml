// The bar at the top of every screen: back and home on the left, and on the right the three switches
// a villager may need anywhere: language (中文 / English), large text, high contrast. The page title is
// not here but at the top of each page, so a long title never pushes a switch off the screen.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

Rectangle {
    id: root

    property bool showBack: true
    property bool showHome: true
    /** "zh_CN" or "en": which language button is lit. */
    property string language: "zh_CN"
    /** Shown between the buttons when there is room: the center's name. */
    property string caption: ""

    // A switch that is on: gold on the blue bar (yellow with a black label in high contrast).
    readonly property color litFill: Theme.highContrast ? Theme.selected : "#f7c948"
    readonly property color litLabel: Theme.highContrast ? Theme.selectedText : "#1a1a1a"

    /** Voice prompts: shown when the kiosk has them. */
    property bool showVoice: false
    property bool voiceOn: false

    signal voiceClicked()
    signal backClicked()
    signal homeClicked()
    signal languageSelected(string language)

    implicitHeight: Math.max(Theme.minTarget + 24, row.implicitHeight + 24)
    color: Theme.topBar
    border.width: Theme.highContrast ? Theme.borderWidth : 0
    border.color: Theme.border

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing / 2

        BigButton {
            objectName: "backButton"
            visible: root.showBack
            kind: "secondary"
            fontSize: Theme.fontBody
            implicitHeight: Theme.minTarget
            sidePadding: 28
            text: qsTr("‹ Back")
            onClicked: root.backClicked()
        }
        BigButton {
            objectName: "homeButton"
            visible: root.showHome
            kind: "secondary"
            fontSize: Theme.fontBody
            implicitHeight: Theme.minTarget
            sidePadding: 28
            text: qsTr("Home")
            onClicked: root.homeClicked()
        }
        Text {
            Layout.fillWidth: true
            text: root.caption
            color: Theme.topBarText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            // A cut-off name helps nobody: shown only where it fits whole.
            opacity: implicitWidth <= width ? 1 : 0
        }

        // The language switch: each language named in itself, so anyone can find their own.
        Row {
            spacing: 0
            BigButton {
                objectName: "languageZh"
                kind: "secondary"
                selected: root.language !== "en"
                selectedFill: root.litFill
                selectedLabel: root.litLabel
                fontSize: Theme.fontBody
                implicitHeight: Theme.minTarget
                sidePadding: 28
                implicitWidth: Math.max(Theme.minTarget + 24, contentItem.implicitWidth + 32)
                text: "中文"
                Accessible.name: "中文"
                onClicked: root.languageSelected("zh_CN")
            }
            BigButton {
                objectName: "languageEn"
                kind: "secondary"
                selected: root.language === "en"
                selectedFill: root.litFill
                selectedLabel: root.litLabel
                fontSize: Theme.fontBody
                implicitHeight: Theme.minTarget
                sidePadding: 28
                implicitWidth: Math.max(Theme.minTarget + 24, contentItem.implicitWidth + 32)
                text: "English"
                Accessible.name: "English"
                onClicked: root.languageSelected("en")
            }
        }
        BigButton {
            objectName: "voiceToggle"
            visible: root.showVoice
            kind: "secondary"
            selected: root.voiceOn
            selectedFill: root.litFill
            selectedLabel: root.litLabel
            fontSize: Theme.fontBody
            implicitHeight: Theme.minTarget
            sidePadding: 28
            text: qsTr("Voice")
            onClicked: root.voiceClicked()
        }
        BigButton {
            objectName: "largeTextToggle"
            kind: "secondary"
            selected: Theme.largeText
            selectedFill: root.litFill
            selectedLabel: root.litLabel
            fontSize: Theme.fontBody
            implicitHeight: Theme.minTarget
            sidePadding: 28
            text: qsTr("A+ Large")
            onClicked: Theme.largeText = !Theme.largeText
        }
        BigButton {
            objectName: "contrastToggle"
            kind: "secondary"
            selected: Theme.highContrast
            selectedFill: root.litFill
            selectedLabel: root.litLabel
            fontSize: Theme.fontBody
            implicitHeight: Theme.minTarget
            sidePadding: 28
            text: qsTr("Contrast")
            onClicked: Theme.highContrast = !Theme.highContrast
        }
    }
}
