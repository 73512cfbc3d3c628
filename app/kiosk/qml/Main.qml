// The kiosk window: the top bar (back, home, language, large text, high contrast) over a stack of pages,
// and the "are you still there?" countdown over everything. Navigation lives here; the pages only ask
// for it. Context objects from KioskApp: kiosk (session), catalogue, form, idle; idcard (null without a
// reader); caseLookup and syncStatus (null until the UI store is open); voice (null until the first frame).
import QtQuick
import QtQuick.Controls.Basic as B
import Bianmin.Ui

Window {
    id: window

    property alias largeText: themeBinding.largeText
    property alias highContrast: themeBinding.highContrast
    readonly property Item currentPage: stack.currentItem
    property bool firstFrameShown: false

    onFrameSwapped: if (!firstFrameShown) firstFrameShown = true

    width: 1280
    height: 800
    visible: false
    title: qsTr("Convenience service kiosk")
    color: Theme.background

    QtObject {
        id: themeBinding
        property bool largeText: Theme.largeText
        property bool highContrast: Theme.highContrast
        onLargeTextChanged: Theme.largeText = largeText
        onHighContrastChanged: Theme.highContrast = highContrast
    }
    Connections {
        target: Theme
        function onLargeTextChanged() { themeBinding.largeText = Theme.largeText }
        function onHighContrastChanged() { themeBinding.highContrast = Theme.highContrast }
    }

    // ---- navigation, called by the pages ----
    function showIdle() {
        idle.armed = false
        stack.replace(null, pages.idlePage, {}, B.StackView.Immediate)
    }
    function startSession() {
        idle.armed = true
        stack.push(pages.homePage, {}, B.StackView.Immediate)
    }
    function openCatalogue(category) {
        catalogue.searchText = ""
        catalogue.categoryFilter = category
        stack.push(pages.cataloguePage, {}, B.StackView.Immediate)
    }
    function openService(serviceId) {
        stack.push(pages.servicePage, { serviceId: serviceId }, B.StackView.Immediate)
    }
    function startForm(serviceId) {
        if (!form.loadService(serviceId))
            return
        kiosk.saveDraft(form.draftJson())
        stack.push(pages.formPage, {}, B.StackView.Immediate)
    }
    function showReview() {
        stack.push(pages.reviewPage, {}, B.StackView.Immediate)
    }
    function showDone(result) {
        kiosk.clearDraft()
        stack.push(pages.donePage, { result: result }, B.StackView.Immediate)
    }
    function goBack() {
        if (stack.currentItem && stack.currentItem.back && stack.currentItem.back())
            return
        if (stack.depth > 1)
            stack.pop(B.StackView.Immediate)
    }
    function goHome() {
        if (staffActive && !agentMode) {
            while (stack.depth > 1)
                stack.pop(B.StackView.Immediate)
            return
        }
        // Home keeps the session (and its draft): the villager may come back to the form.
        while (stack.depth > 2)
            stack.pop(B.StackView.Immediate)
        if (stack.depth === 1)
            startSession()
    }
    /** Ends the session: answers, draft and pages are wiped, the idle screen returns. */
    function endSession() {
        if (staffActive) { // a staff member's session ends the same way, through its own end (ended)
            auth.logout()
            return
        }
        form.clear()
        kiosk.clearDraft()
        Theme.largeText = false
        Theme.highContrast = false
        if (voice)
            voice.enabled = false
        kiosk.language = kiosk.defaultLanguage
        if (caseLookup)
            caseLookup.clear()
        if (idcard)
            idcard.clear()
        showIdle()
    }
    // "Where is my case?" for villagers, and the sync queue for staff (staff pages link to it).
    function openCaseLookup() {
        stack.push(pages.caseLookupPage, {}, B.StackView.Immediate)
    }
    function openSyncQueue() {
        if (stack.depth === 1 && !staffActive) // staff have their own session timeout
            idle.armed = true
        stack.push(pages.syncQueuePage, {}, B.StackView.Immediate)
    }
    function resumeDraft() {
        idle.armed = true
        stack.push(pages.homePage, {}, B.StackView.Immediate)
        stack.push(pages.formPage, { resumed: true }, B.StackView.Immediate)
        if (form.reviewing)
            stack.push(pages.reviewPage, {}, B.StackView.Immediate)
    }

    /** After a crash or power cut the store reports the draft it found: continue that application. */
    function resumePendingDraft() {
        if (kiosk.pendingDraft !== "" && stack.depth === 1 && form.restoreDraft(kiosk.pendingDraft))
            resumeDraft()
    }

    // ---- the staff side: login, the staff home and its pages, a clerk's application for a villager ----
    // Context objects from KioskApp once its UI-thread store is open (null before): auth, approvals,
    // submission, cases, receiptPrinter.
    readonly property bool staffActive: auth !== null && auth.session.active
    /** A clerk is filling in an application for a villager: the form flow ends with the consent page. */
    property bool agentMode: false

    function openStaff() {
        if (!auth)
            return
        idle.armed = false
        stack.push(auth.needsFirstSupervisor ? pages.firstSupervisorPage : pages.staffLoginPage, {},
                   B.StackView.Immediate)
    }
    /** After a login: the staff home replaces everything below it. */
    function showStaffHome() {
        idle.armed = false
        agentMode = false
        stack.replace(null, pages.staffHomePage, {}, B.StackView.Immediate)
    }
    function openStaffPage(name, properties) {
        stack.push(pages[name], properties || {}, B.StackView.Immediate)
    }
    function startAgentApplication() {
        form.clear()
        agentMode = true
        stack.push(pages.homePage, {}, B.StackView.Immediate)
    }
    function showConsent() {
        stack.push(pages.consentPage, {}, B.StackView.Immediate)
    }
    /** The clerk's application is stored: back to the staff home, nothing of it left on screen. */
    function finishAgentApplication() {
        form.clear()
        kiosk.clearDraft()
        showStaffHome()
    }
    /** The staff session ended (logout, idle timeout, account disabled): wipe and show the idle screen. */
    function endStaffSession() {
        agentMode = false
        endSession()
    }
    function roleLabel(role) {
        switch (role) {
        case "clerk": return qsTr("Clerk")
        case "approver": return qsTr("Approver")
        case "supervisor": return qsTr("Supervisor")
        case "technician": return qsTr("Technician")
        }
        return role
    }
    /** A printer.* error code in plain words, with what to do. */
    function printerProblem(code) {
        switch (code) {
        case "printer.paper_out": return qsTr("The printer is out of paper. Load a new roll, then print again.")
        case "printer.cover_open": return qsTr("The printer's cover is open. Close it, then print again.")
        case "printer.offline": return qsTr("The printer is offline. Check its power and lights, then print again.")
        case "printer.error": return qsTr("The printer reports a fault (paper jam or overheating). Clear it, then print again.")
        case "printer.refused":
        case "printer.timeout":
        case "printer.not_found": return qsTr("The printer cannot be reached. Check that it is on and connected, then print again.")
        case "printer.bad_uri": return qsTr("No receipt printer is set up on this kiosk.")
        }
        return qsTr("The receipt could not be printed. Try again, or ask a technician.")
    }
    /** A staff save that failed (the store's error code: modules/store) in plain words, with what to do. */
    function saveProblem(code) {
        switch (code) {
        case "store.disk_full": return qsTr("Not saved: the disk is full. Please call the technician.")
        case "store.io": return qsTr("Not saved: the kiosk could not write to its disk (it may be full or failing). Please call the technician.")
        case "store.readonly": return qsTr("Not saved: the kiosk cannot write its data at the moment. Please call the technician.")
        case "store.busy": return qsTr("Not saved: the kiosk's database is busy. Wait a minute, then try again.")
        case "store.state_changed": return qsTr("Not saved: someone else changed this case a moment ago. Look at the list again before you try once more.")
        }
        return qsTr("Not saved. Please try again; if it fails again, call the technician.")
    }
    Connections {
        target: auth ? auth.session : null
        function onEnded(reason) { window.endStaffSession() }
    }

    Component.onCompleted: {
        stack.push(pages.idlePage, {}, B.StackView.Immediate)
        resumePendingDraft()
    }
    Connections {
        target: kiosk
        function onPendingDraftChanged() { window.resumePendingDraft() }
    }

    Connections {
        target: idle
        function onExpired() { window.endSession() }
    }

    // The ID card reader polls only while the page on screen asks for a card (wantsIdCard).
    Binding {
        when: idcard !== null
        target: idcard
        property: "active"
        value: !!(stack.currentItem && stack.currentItem.wantsIdCard === true)
        restoreMode: Binding.RestoreNone
    }

    TopBar {
        id: topBar
        objectName: "topBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        showBack: stack.depth > 1 && !(stack.currentItem && stack.currentItem.hideBack)
        showHome: stack.depth > (window.staffActive && !window.agentMode ? 1 : 2)
                  && !(stack.currentItem && stack.currentItem.hideBack)
        language: kiosk.language
        caption: window.staffActive ? qsTr("Staff: %1").arg(auth.session.displayName) : kiosk.centerName
        onBackClicked: window.goBack()
        onHomeClicked: window.goHome()
        onLanguageSelected: lang => kiosk.language = lang
        showVoice: voice !== null
        voiceOn: voice !== null && voice.enabled
        onVoiceClicked: if (voice) voice.enabled = !voice.enabled
    }

    B.StackView {
        id: stack
        objectName: "stack"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: topBar.bottom
        anchors.bottom: parent.bottom
        anchors.bottomMargin: keyboard.item ? keyboard.item.occupied : 0
    }

    // The staff session is about to end for want of a touch: say so (any touch keeps it going).
    Rectangle {
        objectName: "staffTimeoutBanner"
        z: 5
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: topBar.bottom
        visible: window.staffActive && auth.session.secondsLeft > 0 && auth.session.secondsLeft <= 30
        height: timeoutText.implicitHeight + 2 * Theme.spacing
        color: Theme.accent
        Text {
            id: timeoutText
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: window.staffActive
                  ? qsTr("No touch for a while: you will be logged out in %n second(s). Touch the screen to stay.", "",
                         auth.session.secondsLeft)
                  : ""
            color: Theme.accentText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    // The on-screen keyboard, loaded after the first frame so it never delays the start screen.
    Loader {
        id: keyboard
        z: 10
        anchors.left: parent.left
        anchors.right: parent.right
        y: item && item.active ? parent.height - item.height : parent.height
        active: kiosk.virtualKeyboard && window.firstFrameShown
        asynchronous: true
        source: "KeyboardPanel.qml"
        onYChanged: {
            // Keep the field being typed into above the keyboard.
            if (item && item.active && stack.currentItem && stack.currentItem.reveal && window.activeFocusItem)
                Qt.callLater(() => stack.currentItem.reveal(window.activeFocusItem))
        }
    }

    // Pages by URL: each is compiled when first shown, not at start (start-to-first-frame).
    QtObject {
        id: pages
        readonly property url idlePage: Qt.resolvedUrl("IdlePage.qml")
        readonly property url homePage: Qt.resolvedUrl("HomePage.qml")
        readonly property url cataloguePage: Qt.resolvedUrl("CataloguePage.qml")
        readonly property url servicePage: Qt.resolvedUrl("ServicePage.qml")
        readonly property url formPage: Qt.resolvedUrl("FormPage.qml")
        readonly property url reviewPage: Qt.resolvedUrl("ReviewPage.qml")
        readonly property url donePage: Qt.resolvedUrl("DonePage.qml")
        // the staff side
        readonly property url firstSupervisorPage: Qt.resolvedUrl("FirstSupervisorPage.qml")
        readonly property url staffLoginPage: Qt.resolvedUrl("StaffLoginPage.qml")
        readonly property url staffHomePage: Qt.resolvedUrl("StaffHomePage.qml")
        readonly property url approvalQueuePage: Qt.resolvedUrl("ApprovalQueuePage.qml")
        readonly property url caseReviewPage: Qt.resolvedUrl("CaseReviewPage.qml")
        readonly property url returnedCasesPage: Qt.resolvedUrl("ReturnedCasesPage.qml")
        readonly property url refusedCasesPage: Qt.resolvedUrl("RefusedCasesPage.qml")
        readonly property url staffManagePage: Qt.resolvedUrl("StaffManagePage.qml")
        readonly property url staffEditPage: Qt.resolvedUrl("StaffEditPage.qml")
        readonly property url reprintPage: Qt.resolvedUrl("ReprintPage.qml")
        readonly property url consentPage: Qt.resolvedUrl("ConsentPage.qml")
        readonly property url caseLookupPage: Qt.resolvedUrl("CaseLookupPage.qml")
        readonly property url syncQueuePage: Qt.resolvedUrl("SyncQueuePage.qml")
    }

    CountdownDialog {
        objectName: "countdownDialog"
        anchors.fill: parent
        visible: idle.armed && idle.warning
        secondsLeft: idle.secondsLeft
        onContinueClicked: idle.poke()
    }
}
