// The sync queue, for staff: when the county was last reached and why not since, how long the oldest
// queued case has waited, the service list in use (and why a new one from the county was refused), every
// case the county refused with its message and what to do next (first: it needs someone), how many cases
// are in each state, and "send now". Sync itself runs in the background (KioskApp's SyncRunner); this page
// only reads syncStatus, which is null for a moment after start.
import QtQuick
import QtQuick.Layouts
import Bianmin.Ui

PageBase {
    id: root
    objectName: "syncQueuePage"
    title: qsTr("Sending applications to the county")

    readonly property bool ready: syncStatus !== null
    readonly property var counts: ready ? syncStatus.counts : ({})

    function stateLabel(state) {
        switch (state) {
        case "awaiting_approval": return qsTr("Waiting for local approval")
        case "queued": return qsTr("Waiting to be sent")
        case "uploaded": return qsTr("Sent, not yet received")
        case "received": return qsTr("Received by the county")
        case "in_review": return qsTr("Being reviewed by the county")
        case "approved": return qsTr("Approved")
        case "rejected": return qsTr("Rejected")
        case "needs_materials": return qsTr("Needs more documents")
        case "completed": return qsTr("Completed")
        case "refused": return qsTr("Refused by the county")
        case "submitted": return qsTr("Submitted")
        case "draft": return qsTr("Draft")
        default: return state
        }
    }
    function age(seconds) {
        if (seconds < 60)
            return qsTr("less than a minute")
        const minutes = Math.floor(seconds / 60)
        if (minutes < 60)
            return qsTr("%n minute(s)", "", minutes)
        const hours = Math.floor(minutes / 60)
        if (hours < 48)
            return qsTr("%n hour(s)", "", hours)
        return qsTr("%n day(s)", "", Math.floor(hours / 24))
    }
    function when(t) {
        return t.toLocaleString(Qt.locale(), "yyyy-MM-dd HH:mm")
    }

    Text {
        Layout.fillWidth: true
        visible: !root.ready
        text: qsTr("Starting up, one moment please…")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    // ---- the connection: last success, syncing, last error in plain words ----
    Card {
        Layout.fillWidth: true
        visible: root.ready
        implicitHeight: statusColumn.implicitHeight + 2 * Theme.margin
        border.color: root.ready && syncStatus.lastError !== "" ? Theme.danger : Theme.border
        ColumnLayout {
            id: statusColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.spacing / 2
            Text {
                objectName: "syncState"
                Layout.fillWidth: true
                text: !root.ready ? "" : syncStatus.syncing ? qsTr("Sending now…")
                      : syncStatus.queued === 0 ? qsTr("Everything has been sent.")
                      : qsTr("%n application(s) waiting to be sent.", "", syncStatus.queued)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLarge
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "oldestQueued"
                Layout.fillWidth: true
                visible: root.ready && syncStatus.oldestQueuedSeconds >= 0
                text: root.ready ? qsTr("The oldest has been waiting for %1.").arg(root.age(syncStatus.oldestQueuedSeconds)) : ""
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "lastSuccess"
                Layout.fillWidth: true
                text: !root.ready ? ""
                      : isNaN(syncStatus.lastSuccess.getTime()) ? qsTr("The county has not been reached from this kiosk yet.")
                      : qsTr("Last successful contact with the county: %1").arg(root.when(syncStatus.lastSuccess))
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "lastError"
                Layout.fillWidth: true
                visible: root.ready && syncStatus.lastError !== ""
                text: qsTr("The last attempt did not get through. Applications stay safely on this kiosk and are sent automatically when the county can be reached. If this lasts more than a day, check the network cable or call the county's technician.")
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "lastErrorDetail"
                Layout.fillWidth: true
                visible: root.ready && syncStatus.lastError !== ""
                text: root.ready ? qsTr("Details for the technician: %1").arg(syncStatus.lastError) : ""
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }

    // ---- the service catalogue: the version on screen, and a new one from the county that was refused ----
    Card {
        objectName: "catalogueCard"
        Layout.fillWidth: true
        visible: root.ready
        implicitHeight: catalogueColumn.implicitHeight + 2 * Theme.margin
        border.color: root.ready && syncStatus.catalogueError !== "" ? Theme.danger : Theme.border
        ColumnLayout {
            id: catalogueColumn
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.spacing / 2
            Text {
                objectName: "catalogueVersion"
                Layout.fillWidth: true
                text: qsTr("The services on offer come from service list version %1.").arg(catalogue.catalogueVersion)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "catalogueRefused"
                Layout.fillWidth: true
                visible: root.ready && syncStatus.catalogueError !== ""
                text: qsTr("The county sent a new service list that this kiosk cannot use, so the kiosk keeps offering the services it has. Ask the county's technician to send a corrected list.")
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "catalogueRefusedDetail"
                Layout.fillWidth: true
                visible: root.ready && syncStatus.catalogueError !== ""
                text: root.ready ? qsTr("Details for the technician: %1").arg(syncStatus.catalogueError) : ""
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }

    // ---- refused cases: the county's message and what to do ----
    Text {
        Layout.fillWidth: true
        visible: root.ready
        text: root.ready && syncStatus.refused > 0
              ? qsTr("Refused by the county: %n application(s) need you", "", syncStatus.refused)
              : qsTr("The county has not refused any application.")
        color: root.ready && syncStatus.refused > 0 ? Theme.danger : Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
        wrapMode: Text.Wrap
    }
    Repeater {
        model: root.ready ? syncStatus.refusedCases : []
        Card {
            id: refusedCard
            required property var modelData
            required property int index
            objectName: "refused_" + index
            Layout.fillWidth: true
            implicitHeight: refusedColumn.implicitHeight + 2 * Theme.margin
            border.color: Theme.danger
            ColumnLayout {
                id: refusedColumn
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.margin
                spacing: Theme.spacing / 2
                Text {
                    objectName: "refusedCaseNumber"
                    Layout.fillWidth: true
                    text: qsTr("No. %1 · %2").arg(refusedCard.modelData.caseNumber)
                              .arg(catalogue.service(refusedCard.modelData.serviceId).name || refusedCard.modelData.serviceId)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "refusedMessage"
                    Layout.fillWidth: true
                    text: qsTr("The county said: %1").arg(refusedCard.modelData.message)
                    color: Theme.danger
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Text {
                    objectName: "refusedAdvice"
                    Layout.fillWidth: true
                    text: qsTr("What to do: %1").arg(refusedCard.modelData.advice)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    // ---- counts per state ----
    Text {
        Layout.fillWidth: true
        visible: root.ready
        text: qsTr("Applications on this kiosk")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLarge
        font.bold: true
    }
    GridLayout {
        Layout.fillWidth: true
        visible: root.ready
        columns: Theme.largeText ? 2 : 5
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: ["awaiting_approval", "queued", "uploaded", "received", "in_review", "needs_materials",
                    "approved", "rejected", "completed", "refused"]
            Card {
                id: countCard
                required property string modelData
                objectName: "count_" + modelData
                readonly property int value: root.counts[modelData] || 0
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                implicitHeight: countColumn.implicitHeight + 2 * Theme.spacing
                border.color: modelData === "refused" && value > 0 ? Theme.danger : Theme.border
                ColumnLayout {
                    id: countColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacing
                    spacing: 0
                    Text {
                        objectName: "countValue"
                        text: countCard.value
                        color: countCard.modelData === "refused" && countCard.value > 0 ? Theme.danger : Theme.primary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                    }
                    Text {
                        Layout.fillWidth: true
                        text: root.stateLabel(countCard.modelData)
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }

    buttons: [
        BigButton {
            objectName: "syncNowButton"
            Layout.fillWidth: true
            enabled: root.ready && !syncStatus.syncing
            text: qsTr("Send now")
            onClicked: syncStatus.syncNow()
        },
        BigButton {
            objectName: "syncRefreshButton"
            Layout.fillWidth: true
            enabled: root.ready
            kind: "secondary"
            text: qsTr("Refresh")
            onClicked: syncStatus.refresh()
        }
    ]
}
