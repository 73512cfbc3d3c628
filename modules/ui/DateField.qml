// A date without a tiny calendar: year, month and day each in a big box with big minus and plus
// buttons either side; the year can also be typed (a birth year is far from today). Touching any button
// first fills in today. The value is "yyyy-MM-dd".
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui

FieldFrame {
    id: root

    readonly property bool hasDate: typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
    readonly property int year: hasDate ? parseInt(value.substr(0, 4)) : 0
    readonly property int month: hasDate ? parseInt(value.substr(5, 2)) : 0
    readonly property int day: hasDate ? parseInt(value.substr(8, 2)) : 0

    function longDate(y, m, d) {
        return new Date(y, m - 1, d).toLocaleDateString(Qt.locale(), Locale.LongFormat)
    }
    /** What voice prompts say after a touch (FormPage): the whole date, as on screen. */
    function spokenValue(v) {
        if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v))
            return ""
        return qsTr("Chosen: %1").arg(longDate(parseInt(v.substr(0, 4)), parseInt(v.substr(5, 2)), parseInt(v.substr(8, 2))))
    }
    function pad(n, width) {
        let s = String(n)
        while (s.length < width)
            s = "0" + s
        return s
    }
    function daysIn(y, m) {
        return new Date(y, m, 0).getDate()
    }
    function emit(y, m, d) {
        y = Math.max(1900, Math.min(2100, y))
        m = Math.max(1, Math.min(12, m))
        d = Math.max(1, Math.min(daysIn(y, m), d))
        edited(pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2))
        finished()
    }
    function step(part, delta) {
        const today = new Date()
        let y = hasDate ? year : today.getFullYear()
        let m = hasDate ? month : today.getMonth() + 1
        let d = hasDate ? day : today.getDate()
        if (!hasDate)
            delta = 0 // the first touch shows today
        if (part === "year")
            y += delta
        else if (part === "month") {
            m += delta
            if (m < 1) { m = 12; y -= 1 }
            if (m > 12) { m = 1; y += 1 }
        } else {
            d += delta
            if (d < 1) { m -= 1; if (m < 1) { m = 12; y -= 1 } d = daysIn(y, m) }
            if (d > daysIn(y, m)) { d = 1; m += 1; if (m > 12) { m = 1; y += 1 } }
        }
        emit(y, m, d)
    }

    component Stepper: RowLayout {
        id: stepper
        property string part
        property string shown
        property string suffix
        property alias editable: yearInput.visible
        spacing: 4
        BigButton {
            objectName: stepper.part + "Minus"
            kind: "secondary"
            implicitWidth: Theme.minTarget
            implicitHeight: Theme.inputHeight
            text: "−"
            Accessible.name: qsTr("Earlier")
            onClicked: root.step(stepper.part, -1)
        }
        Rectangle {
            implicitWidth: Math.max(valueText.implicitWidth, yearInput.visible ? yearInput.implicitWidth : 0) + 24
            implicitHeight: Theme.inputHeight
            color: Theme.surface
            radius: Theme.radius / 2
            border.width: Theme.borderWidth
            border.color: root.error !== "" ? Theme.danger : Theme.border
            Text {
                id: valueText
                anchors.centerIn: parent
                visible: !yearInput.visible
                text: stepper.shown + stepper.suffix
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
            }
            B.TextField {
                id: yearInput
                objectName: "yearInput"
                anchors.fill: parent // the whole box takes the touch (72 px), the box draws the border
                visible: false
                implicitWidth: Theme.fontLarge * 3.2
                horizontalAlignment: Text.AlignHCenter
                text: stepper.shown
                placeholderText: "----"
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                maximumLength: 4
                inputMethodHints: Qt.ImhDigitsOnly
                background: null
                onEditingFinished: {
                    const y = parseInt(text)
                    if (y >= 1900 && y <= 2100 && y !== root.year) {
                        const today = new Date()
                        root.emit(y, root.hasDate ? root.month : 1, root.hasDate ? root.day : 1)
                    }
                }
            }
        }
        BigButton {
            objectName: stepper.part + "Plus"
            kind: "secondary"
            implicitWidth: Theme.minTarget
            implicitHeight: Theme.inputHeight
            text: "+"
            Accessible.name: qsTr("Later")
            onClicked: root.step(stepper.part, 1)
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing * 2
        Stepper {
            part: "year"
            editable: true
            shown: root.hasDate ? root.pad(root.year, 4) : ""
            suffix: ""
        }
        Text {
            height: Theme.inputHeight
            verticalAlignment: Text.AlignVCenter
            text: qsTr("year")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
        }
        Stepper {
            part: "month"
            shown: root.hasDate ? String(root.month) : "--"
            suffix: qsTr(" month")
        }
        Stepper {
            part: "day"
            shown: root.hasDate ? String(root.day) : "--"
            suffix: qsTr(" day")
        }
    }
    Text {
        objectName: "dateText"
        Layout.fillWidth: true
        text: root.hasDate ? qsTr("Chosen: %1").arg(root.longDate(root.year, root.month, root.day))
                           : qsTr("Not chosen yet: press + or − to start from today, or type the year.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
}
