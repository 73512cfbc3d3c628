import QtQuick

Window {
    width: 1280
    height: 800
    visible: true
    Text { anchors.centerIn: parent; text: "便民服务 Hello"; font.pixelSize: 48 }
}
