// "Place your ID card on the reader": shown where a page wants the villager's card (the form's applicant
// step, "where is my case?"). It says what the reader is doing, explains a card that cannot be used
// (expired, bad check digit, not a resident ID card, reader trouble) and, once a usable card is read,
// shows what was read with everything but the name masked. The page decides what to do with the card
// (accepted()); typing by hand always stays possible.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui
import Bianmin.IdScan

Rectangle {
    id: root

    property IdCardReader reader: null
    /** Show what was read (the form); the look-up page only needs the number. */
    property bool showDetails: true
    /** Without the picture of the reader (a narrow column). */
    property bool compact: false
    /** What the villager can do instead, said under every problem. */
    property string fallbackText: qsTr("You can type your details below instead.")

    /** A usable card is on the reader and its fields are in `reader`. */
    readonly property bool cardOk: reader !== null && reader.hasCard && problem === ""
    /** Why the card just read cannot be used ("" when it can, or when there is none). */
    readonly property string problem: {
        if (!reader || !reader.hasCard)
            return ""
        if (reader.cardType !== "resident_id")
            return qsTr("This is not a resident ID card (居民身份证); this kiosk cannot read it.")
        if (reader.expired)
            return qsTr("This ID card expired on %1. Please renew it at the police station.").arg(reader.validUntil)
        if (!reader.checkDigitOk)
            return qsTr("The ID number on this card does not pass its check digit: the card may be damaged.")
        if (!reader.consistent)
            return qsTr("The birth date or sex on this card does not match its ID number.")
        return ""
    }
    /** The reader's own trouble (unplugged, no answer, a card taken away too early). */
    readonly property string readerProblem: {
        if (!reader || reader.errorCode === "")
            return ""
        if (reader.errorCode === "idscan.open" || reader.errorCode === "idscan.disconnected")
            return qsTr("The ID card reader is not working right now. Please tell the staff.")
        if (reader.errorCode === "idscan.card_type")
            return qsTr("This is not a resident ID card (居民身份证); this kiosk cannot read it.")
        return qsTr("The card could not be read (%1). Put it on the reader again and keep it still.")
                   .arg(reader.errorMessage)
    }

    /** A usable card was read: use reader.name, reader.idNumber, ... now. */
    signal accepted()
    /** The villager wants another card or to type instead. */
    signal dismissed()

    Connections {
        target: root.reader
        function onCardRead() { if (root.problem === "") root.accepted() }
    }

    function maskedAddress(a) {
        return a.length <= 6 ? a : a.substring(0, 6) + "******"
    }

    objectName: "idCardPanel"
    implicitHeight: Math.max(root.compact ? 0 : picture.implicitHeight, texts.implicitHeight) + 2 * Theme.margin
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.borderWidth + 2
    border.color: (problem !== "" || readerProblem !== "") ? Theme.danger : Theme.primary

    // Placed with anchors, not a RowLayout: wrapped texts beside the picture made the nested layouts
    // polish in a loop when the width changed (large text, English).
    // A drawn ID card lying on a reader: recognisable without reading.
    Item {
        id: picture
        visible: !root.compact
        x: Theme.margin
        y: Theme.margin
        width: 150
        height: 110
        implicitWidth: 150
        implicitHeight: 110
        Rectangle {
            x: 0; y: 70; width: 150; height: 40; radius: 8
            color: Theme.highContrast ? Theme.background : "#3a3a3a"
            border.width: Theme.highContrast ? Theme.borderWidth : 0
            border.color: Theme.border
        }
        Rectangle {
            x: 15; y: 8; width: 120; height: 76; radius: 8
            color: Theme.highContrast ? Theme.background : "#d9ecff"
            border.width: Theme.borderWidth
            border.color: Theme.primary
            Rectangle { x: 10; y: 12; width: 30; height: 38; radius: 3; color: Theme.primary; opacity: 0.6 }
            Rectangle { x: 50; y: 16; width: 58; height: 6; radius: 3; color: Theme.primary; opacity: 0.6 }
            Rectangle { x: 50; y: 30; width: 58; height: 6; radius: 3; color: Theme.primary; opacity: 0.6 }
            Rectangle { x: 10; y: 58; width: 98; height: 6; radius: 3; color: Theme.primary; opacity: 0.6 }
        }
    }

    ColumnLayout {
        id: texts
        anchors.left: root.compact ? parent.left : picture.right
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.topMargin: Theme.margin
        spacing: Theme.spacing / 2

        Text {
            objectName: "idCardTitle"
            Layout.fillWidth: true
            text: root.cardOk ? qsTr("ID card read") : qsTr("Place your ID card on the reader")
            color: Theme.primary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "idCardStatus"
            Layout.fillWidth: true
            visible: text !== ""
            text: {
                if (!root.reader || root.cardOk || root.problem !== "" || root.readerProblem !== "")
                    return ""
                if (root.reader.state === IdCardReader.Reading)
                    return qsTr("Reading the card. Keep it on the reader.")
                return qsTr("Lay the card flat on the reader until it has been read.") + "\n" + root.fallbackText
            }
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "idCardProblem"
            Layout.fillWidth: true
            visible: text !== ""
            text: {
                const why = root.problem !== "" ? root.problem : root.readerProblem
                return why === "" ? "" : why + "\n" + root.fallbackText
            }
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
        }

        // What was read: the name in full, the rest masked (a public screen).
        GridLayout {
            objectName: "idCardDetails"
            Layout.fillWidth: true
            visible: root.showDetails && root.cardOk
            columns: Theme.largeText ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: 4
            Repeater {
                model: !root.cardOk ? [] : [
                    ["name", qsTr("Name"), root.reader.name],
                    ["sex", qsTr("Sex"), root.reader.sex === "female" ? qsTr("Female") : qsTr("Male")],
                    ["nation", qsTr("Ethnic group"), kiosk.language === "en" ? root.reader.nationEn : root.reader.nation],
                    ["birth", qsTr("Year of birth"), Qt.formatDate(root.reader.birthDate, "yyyy")],
                    ["id", qsTr("ID number"), root.reader.maskedIdNumber],
                    ["address", qsTr("Address"), root.maskedAddress(root.reader.address)]
                ]
                delegate: Text {
                    required property var modelData
                    objectName: "card_" + modelData[0]
                    Layout.fillWidth: true
                    text: modelData[1] + (kiosk.language === "en" ? ": " : "：") + modelData[2]
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }

        BigButton {
            objectName: "idCardResetButton"
            visible: root.reader !== null && root.reader.hasCard
            kind: "secondary"
            fontSize: Theme.fontBody
            text: qsTr("Not your card? Use another card, or type instead")
            onClicked: {
                root.reader.clear()
                root.dismissed()
            }
        }
    }
}
