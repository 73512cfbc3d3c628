// The services of a category (or all of them, or those the search finds), each as a big card with its
// name, tags and how long it takes. The categories stay on the left to switch between them.
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "cataloguePage"
    title: catalogue.searchText !== "" ? qsTr("Services matching “%1”").arg(catalogue.searchText)
                                       : qsTr("Choose a service")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        B.TextField {
            id: search
            objectName: "searchInput"
            Layout.fillWidth: true
            implicitHeight: Theme.inputHeight
            text: catalogue.searchText
            placeholderText: qsTr("Search, e.g. 医疗 or ylbx")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            leftPadding: 16
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius / 2
                border.width: Theme.borderWidth
                border.color: search.activeFocus ? Theme.primary : Theme.border
            }
            onTextEdited: catalogue.searchText = text
        }
        BigButton {
            objectName: "clearSearch"
            visible: catalogue.searchText !== ""
            kind: "secondary"
            implicitHeight: Theme.inputHeight
            text: qsTr("Clear")
            onClicked: catalogue.searchText = ""
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        BigButton {
            objectName: "filter_all"
            kind: "secondary"
            fontSize: Theme.fontBody
            implicitHeight: Theme.minTarget
            selected: catalogue.categoryFilter === ""
            text: qsTr("All")
            onClicked: catalogue.categoryFilter = ""
        }
        Repeater {
            model: catalogue.categories
            BigButton {
                required property var modelData
                objectName: "filter_" + modelData.id
                kind: "secondary"
                fontSize: Theme.fontBody
                implicitHeight: Theme.minTarget
                selected: catalogue.categoryFilter === modelData.id
                text: modelData.name
                onClicked: catalogue.categoryFilter = modelData.id
            }
        }
    }

    Text {
        Layout.fillWidth: true
        visible: catalogue.count === 0
        text: qsTr("No service matches. Try fewer words, or ask the staff at the window.")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        wrapMode: Text.Wrap
    }

    Repeater {
        model: catalogue
        Card {
            id: card
            required property string serviceId
            required property string name
            required property string description
            required property var tagLabels
            required property int promisedDays
            objectName: "service_" + serviceId
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.buttonHeight, cardColumn.implicitHeight + 2 * Theme.spacing)
            border.color: tap.pressed ? Theme.primary : Theme.border
            ColumnLayout {
                id: cardColumn
                anchors.left: parent.left
                anchors.right: arrow.left
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2
                Text {
                    Layout.fillWidth: true
                    text: card.name
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: card.tagLabels
                        TagChip { required property string modelData; text: modelData }
                    }
                    Text {
                        height: Theme.fontSmall * 1.8
                        verticalAlignment: Text.AlignVCenter
                        text: card.promisedDays === 0 ? qsTr("Handled on the spot")
                                                      : qsTr("About %n working day(s)", "", card.promisedDays)
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                }
            }
            Text {
                id: arrow
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: "›"
                color: Theme.primary
                font.pixelSize: Theme.fontHuge
                font.bold: true
            }
            MouseArea {
                id: tap
                anchors.fill: parent
                onClicked: window.openService(card.serviceId)
            }
        }
    }
}
