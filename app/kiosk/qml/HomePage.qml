// The start of a session: what would you like to do? One big tile per category of services, and a
// search box (Chinese name or pinyin initials such as "ylbx").
import QtQuick
import QtQuick.Controls.Basic as B
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "homePage"
    title: qsTr("What would you like to apply for?")
    subtitle: qsTr("Touch a group of services, or search by name.")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        B.TextField {
            id: search
            objectName: "searchInput"
            Layout.fillWidth: true
            implicitHeight: Theme.inputHeight
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
            onAccepted: searchButton.clicked()
        }
        BigButton {
            id: searchButton
            objectName: "searchButton"
            implicitHeight: Theme.inputHeight
            text: qsTr("Search")
            onClicked: {
                window.openCatalogue("")
                catalogue.searchText = search.text
            }
        }
    }

    // Villagers come back to ask how their application is doing: one big, separate way in.
    BigButton {
        objectName: "caseLookupButton"
        Layout.fillWidth: true
        implicitHeight: Math.max(110, Theme.buttonHeight * 1.2)
        kind: "accent"
        text: qsTr("Where is my case? Check the progress of an application")
        onClicked: window.openCaseLookup()
    }

    GridLayout {
        Layout.fillWidth: true
        columns: Math.max(1, Math.floor((root.width - 2 * Theme.margin) / (Theme.largeText ? 560 : 380)))
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: catalogue.categories
            BigButton {
                required property var modelData
                objectName: "category_" + modelData.id
                Layout.fillWidth: true
                implicitHeight: Math.max(140, Theme.buttonHeight * 1.4)
                kind: "primary"
                text: modelData.name + "\n" + qsTr("%n service(s)", "", modelData.count)
                onClicked: window.openCatalogue(modelData.id)
            }
        }
        BigButton {
            objectName: "category_all"
            Layout.fillWidth: true
            implicitHeight: Math.max(140, Theme.buttonHeight * 1.4)
            kind: "secondary"
            text: qsTr("All services")
            onClicked: window.openCatalogue("")
        }
    }
}
