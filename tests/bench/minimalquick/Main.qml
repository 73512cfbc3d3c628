// The floor the start-up target is measured against (../shared/anchors/README.md: "a minimal Qt Quick
// window, one Label, one Button"), in the Qt Quick Controls style the kiosk itself uses.
import QtQuick
import QtQuick.Controls.Basic

Window {
    width: 1280
    height: 800
    visible: true
    Label { anchors.centerIn: parent; text: "便民服务 Hello"; font.pixelSize: 48 }
    Button { anchors.horizontalCenter: parent.horizontalCenter; anchors.bottom: parent.bottom; text: "开始 Start" }
}
