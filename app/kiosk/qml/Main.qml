// The kiosk window: the top bar (back, home, language, large text, high contrast) over a stack of pages,
// and the "are you still there?" countdown over everything. Navigation lives here; the pages only ask
// for it. Context objects from KioskApp: kiosk (session), catalogue, form, idle.
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
        // Home keeps the session (and its draft): the villager may come back to the form.
        while (stack.depth > 2)
            stack.pop(B.StackView.Immediate)
        if (stack.depth === 1)
            startSession()
    }
    /** Ends the session: answers, draft and pages are wiped, the idle screen returns. */
    function endSession() {
        form.clear()
        kiosk.clearDraft()
        Theme.largeText = false
        Theme.highContrast = false
        if (voice)
            voice.enabled = false
        kiosk.language = kiosk.defaultLanguage
        showIdle()
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

    TopBar {
        id: topBar
        objectName: "topBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        showBack: stack.depth > 1 && !(stack.currentItem && stack.currentItem.hideBack)
        showHome: stack.depth > 2 && !(stack.currentItem && stack.currentItem.hideBack)
        language: kiosk.language
        caption: kiosk.centerName
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
    }

    CountdownDialog {
        objectName: "countdownDialog"
        anchors.fill: parent
        visible: idle.armed && idle.warning
        secondsLeft: idle.secondsLeft
        onContinueClicked: idle.poke()
    }
}
