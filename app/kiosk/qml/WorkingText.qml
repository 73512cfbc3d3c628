// The line a staff page shows while its PIN check or commit runs on the staff thread ("Checking the
// PIN…", "Saving…"): the page's buttons are disabled meanwhile, and nothing says "done" before the answer.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

Text {
    Layout.fillWidth: true
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: true
    wrapMode: Text.Wrap
}
