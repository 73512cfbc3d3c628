// The kiosk's keyboard style: Qt's own default style (the dark keyboard everyone knows) with key labels
// and Pinyin candidates at least 1.5 times larger for elderly eyes, larger still in the kiosk's
// large-text mode, and the kiosk's black / white / yellow when its high-contrast theme is on.
// Qt has no way to derive a style from another, so this one creates the default style and hands on its
// delegates, replacing only the letter keys and the candidate bar. The default style sizes everything
// from its keyboardHeight: it is given a taller one, so its icons and labels (space, &123) grow too.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles
import Bianmin.Ui

KeyboardStyle {
    id: kioskStyle

    /** Labels on the keys, and candidates, compared with Qt's default style. */
    readonly property real keyScale: Theme.largeText ? 1.8 : 1.5
    readonly property real candidateScale: Theme.largeText ? 2.25 : 1.5
    /** Qt's default style draws candidates at 44 and key labels at 60 design units. */
    readonly property int candidateFontSize: Math.round(44 * scaleHint * candidateScale)
    readonly property int keyFontSize: Math.round(60 * scaleHint * keyScale)

    readonly property QtObject base: Qt.createComponent(
        "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Styles/Builtin/default/style.qml").createObject(kioskStyle)

    /** A second default style for the function keys that show words (&123, 拼音, the space bar's
     *  language): their labels grow with keyScale like the letters, also in large text. */
    readonly property QtObject textBase: Qt.createComponent(
        "qrc:/qt-project.org/imports/QtQuick/VirtualKeyboard/Styles/Builtin/default/style.qml").createObject(kioskStyle)

    Component.onCompleted: {
        // Icons (shift, backspace, enter, globe, hide): 1.3 times what Qt draws on a keyboard this wide,
        // as large as they fit our flatter keys, so not larger in large text.
        base.keyboardHeight = Qt.binding(() => kioskStyle.keyboardHeight * 1.5)
        // Worded function keys: the letters' keyScale (1.5, 1.8 in large text); they still fit their keys.
        textBase.keyboardHeight = Qt.binding(() => kioskStyle.keyboardHeight * kioskStyle.keyScale)
        // ... in the same colours as the other keys, high contrast included.
        // (By index: Qt 6.4 cannot iterate a list property with for...of, a "TypeError: Type error".)
        for (let i = 0; i < kioskStyle.contrastColours.length; ++i) {
            const name = kioskStyle.contrastColours[i].property
            textBase[name] = Qt.binding(() => kioskStyle.base[name])
        }
    }

    // High contrast: black keys with white labels, outlined by the yellow showing between them. Off, the
    // default style's own colours come back.
    component Contrast: Binding {
        target: kioskStyle.base
        when: Theme.highContrast
        restoreMode: Binding.RestoreBindingOrValue
    }
    property list<QtObject> contrastColours: [
        Contrast { property: "keyboardBackgroundColor"; value: "#ffd400" },
        Contrast { property: "normalKeyBackgroundColor"; value: "#000000" },
        Contrast { property: "highlightedKeyBackgroundColor"; value: "#3a3a3a" },
        Contrast { property: "capsLockKeyAccentColor"; value: "#ffd400" },
        Contrast { property: "modeKeyAccentColor"; value: "#ffd400" },
        Contrast { property: "keyTextColor"; value: "#ffffff" },
        Contrast { property: "keySmallTextColor"; value: "#ffffff" },
        Contrast { property: "popupBackgroundColor"; value: "#000000" },
        Contrast { property: "popupBorderColor"; value: "#ffd400" },
        Contrast { property: "popupTextColor"; value: "#ffffff" },
        Contrast { property: "popupHighlightColor"; value: "#3a3a3a" },
        Contrast { property: "selectionListTextColor"; value: "#ffffff" },
        Contrast { property: "selectionListSeparatorColor"; value: "#ffd400" },
        Contrast { property: "selectionListBackgroundColor"; value: "#000000" }
    ]

    // A little flatter than Qt's 2560 x 800 (keys still 80 px and more): the page above keeps room for
    // the field being typed into with its label (the form's Back / Next scroll under it while typing),
    // with the candidate bar between.
    keyboardDesignWidth: base.keyboardDesignWidth
    keyboardDesignHeight: 700
    keyboardRelativeLeftMargin: base.keyboardRelativeLeftMargin
    keyboardRelativeRightMargin: base.keyboardRelativeRightMargin
    keyboardRelativeTopMargin: base.keyboardRelativeTopMargin
    keyboardRelativeBottomMargin: base.keyboardRelativeBottomMargin
    keyboardBackground: base.keyboardBackground

    /** A function key drawn with one of Qt's icons (images/<icon>.svg of its default style): as tall as
     *  that style draws it on a keyboard this size (base.keyIconScale times its design height) when it
     *  fits, else shrunk, proportions kept, to fit inside the key. Qt sizes its icons by height only, and
     *  on the number pads, whose keys are narrower than the letters' rows, backspace and enter stuck out
     *  into the next key. */
    component IconKeyPanel: KeyPanel {
        id: iconPanel
        property string icon
        /** The icon's height in Qt's design units (its default style's own numbers). */
        property real designHeight
        readonly property color keyColour: control && control.highlighted ? kioskStyle.base.highlightedKeyBackgroundColor
                                                                          : kioskStyle.base.normalKeyBackgroundColor
        property color background: keyColour
        Rectangle {
            anchors.fill: parent
            anchors.margins: kioskStyle.base.keyBackgroundMargin
            radius: 5
            color: iconPanel.background
            opacity: iconPanel.control.pressed || !iconPanel.control.enabled ? 0.8 : 1
            Image {
                objectName: "keyIcon"
                readonly property real inset: Math.round(kioskStyle.base.keyBackgroundMargin)
                anchors.centerIn: parent
                visible: iconPanel.icon !== ""
                // The box the icon fits in: Qt's height (or the key's, if less) and the key's width.
                width: Math.max(1, parent.width - 2 * inset)
                height: Math.max(1, Math.min(Math.round(iconPanel.designHeight * kioskStyle.base.keyIconScale),
                                             parent.height - 2 * inset))
                fillMode: Image.PreserveAspectFit
                sourceSize: Qt.size(width, height) // drawn at the size shown, sharp
                source: iconPanel.icon !== "" ? kioskStyle.base.resourcePrefix + "images/" + iconPanel.icon + ".svg" : ""
                opacity: !iconPanel.control.enabled ? 0.2 : iconPanel.control.pressed ? 0.6 : 1
            }
        }
    }

    keyPanel: KeyPanel {
        id: keyPanel
        Rectangle {
            anchors.fill: parent
            anchors.margins: kioskStyle.base.keyBackgroundMargin
            radius: 5
            color: keyPanel.control && keyPanel.control.highlighted ? kioskStyle.base.highlightedKeyBackgroundColor
                                                                    : kioskStyle.base.normalKeyBackgroundColor
            opacity: keyPanel.control.pressed || !keyPanel.control.enabled ? 0.75 : 1
            Text {
                // The accented letters a long press offers.
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Math.round(kioskStyle.keyFontSize / 8)
                visible: keyPanel.control.smallTextVisible && keyPanel.control.smallText !== "\u2699"
                text: keyPanel.control.smallText
                color: kioskStyle.base.keySmallTextColor
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(kioskStyle.keyFontSize / 2.5)
            }
            Text {
                anchors.centerIn: parent
                text: keyPanel.control.displayText
                color: kioskStyle.base.keyTextColor
                opacity: !keyPanel.control.enabled ? 0.1 : keyPanel.control.pressed ? 0.5 : 1
                font.family: Theme.fontFamily
                font.pixelSize: kioskStyle.keyFontSize
                font.capitalization: keyPanel.control.uppercased ? Font.AllUppercase : Font.MixedCase
            }
        }
    }
    // The function keys with an icon: Qt's icons and colours, as large as Qt draws them on a keyboard this
    // wide, but never larger than their key (IconKeyPanel).
    backspaceKeyPanel: IconKeyPanel { icon: "backspace-fff"; designHeight: 88 }
    languageKeyPanel: IconKeyPanel { icon: "globe-fff"; designHeight: 127 }
    hideKeyPanel: IconKeyPanel { icon: "hidekeyboard-fff"; designHeight: 127 }
    shiftKeyPanel: IconKeyPanel {
        icon: InputContext.capsLockActive ? "shift-c5d6b6" : InputContext.shiftActive ? "shift-80c342" : "shift-fff"
        designHeight: 134
        background: InputContext.capsLockActive ? kioskStyle.base.capsLockKeyAccentColor : keyColour
    }
    enterKeyPanel: IconKeyPanel {
        id: enterPanel
        // A field may ask for a word on the key (Go, Send, Search...) instead of the return arrow.
        readonly property bool worded: control.actionId !== EnterKeyAction.None && control.displayText !== ""
        readonly property int action: control.actionId
        icon: worded ? ""
              : action === EnterKeyAction.Search ? "search-fff"
              : [EnterKeyAction.Go, EnterKeyAction.Send, EnterKeyAction.Next, EnterKeyAction.Done].includes(action) ? "check-fff"
              : "enter-fff"
        designHeight: action === EnterKeyAction.Search ? 148 : icon === "check-fff" ? 119 : 80
        Text {
            anchors.fill: parent
            anchors.margins: kioskStyle.base.keyBackgroundMargin + Math.round(42 * kioskStyle.base.scaleHint)
            visible: enterPanel.worded
            text: enterPanel.control.displayText
            color: kioskStyle.base.keyTextColor
            opacity: !enterPanel.control.enabled ? 0.2 : enterPanel.control.pressed ? 0.6 : 1
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            fontSizeMode: Text.HorizontalFit
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(50 * kioskStyle.base.scaleHint)
            font.capitalization: Font.AllUppercase
        }
    }
    spaceKeyPanel: textBase.spaceKeyPanel
    symbolKeyPanel: textBase.symbolKeyPanel
    modeKeyPanel: textBase.modeKeyPanel
    handwritingKeyPanel: base.handwritingKeyPanel

    characterPreviewMargin: base.characterPreviewMargin
    characterPreviewDelegate: base.characterPreviewDelegate
    alternateKeysListItemWidth: base.alternateKeysListItemWidth
    alternateKeysListItemHeight: base.alternateKeysListItemHeight
    alternateKeysListTopMargin: base.alternateKeysListTopMargin
    alternateKeysListBottomMargin: base.alternateKeysListBottomMargin
    alternateKeysListLeftMargin: base.alternateKeysListLeftMargin
    alternateKeysListRightMargin: base.alternateKeysListRightMargin
    alternateKeysListDelegate: base.alternateKeysListDelegate
    alternateKeysListHighlight: base.alternateKeysListHighlight
    alternateKeysListBackground: base.alternateKeysListBackground

    // The candidate bar: a touch target (72 px) tall at least, each candidate at least as wide.
    selectionListHeight: Math.max(Theme.minTarget, Math.round(candidateFontSize * 1.8))
    selectionListDelegate: SelectionListItem {
        id: candidate
        width: Math.max(Theme.minTarget, Math.round(candidateText.implicitWidth + kioskStyle.candidateFontSize))
        Text {
            id: candidateText
            anchors.centerIn: parent
            text: display
            color: kioskStyle.base.selectionListTextColor
            font.family: Theme.fontFamily
            font.pixelSize: kioskStyle.candidateFontSize
        }
        Rectangle {
            anchors.right: parent.left
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.highContrast ? 3 : 2
            height: Math.round(parent.height * 0.5)
            color: kioskStyle.base.selectionListSeparatorColor
            visible: index > 0
        }
    }
    selectionListHighlight: base.selectionListHighlight
    selectionListBackground: base.selectionListBackground
    // No slide-in: while the default style's transitions run, the list keeps the widths candidates had
    // when they arrived, and longer ones (农家乐) overlapped their neighbours.
    selectionListAdd: null
    selectionListRemove: null

    navigationHighlight: base.navigationHighlight
    traceInputKeyPanelDelegate: base.traceInputKeyPanelDelegate
    traceCanvasDelegate: base.traceCanvasDelegate
    popupListDelegate: base.popupListDelegate
    popupListHighlight: base.popupListHighlight
    popupListBackground: base.popupListBackground
    popupListAdd: base.popupListAdd
    popupListRemove: base.popupListRemove
    languagePopupListEnabled: base.languagePopupListEnabled
    languageListDelegate: base.languageListDelegate
    languageListHighlight: base.languageListHighlight
    languageListBackground: base.languageListBackground
    languageListAdd: base.languageListAdd
    languageListRemove: base.languageListRemove
    selectionHandle: base.selectionHandle
    fullScreenInputContainerBackground: base.fullScreenInputContainerBackground
    fullScreenInputBackground: base.fullScreenInputBackground
    fullScreenInputMargins: base.fullScreenInputMargins
    fullScreenInputPadding: base.fullScreenInputPadding
    fullScreenInputCursor: base.fullScreenInputCursor
    fullScreenInputFont: base.fullScreenInputFont
    fullScreenInputPasswordCharacter: base.fullScreenInputPasswordCharacter
    fullScreenInputColor: base.fullScreenInputColor
    fullScreenInputSelectionColor: base.fullScreenInputSelectionColor
    fullScreenInputSelectedTextColor: base.fullScreenInputSelectedTextColor
    functionPopupListDelegate: base.functionPopupListDelegate
    functionPopupListHighlight: base.functionPopupListHighlight
    functionPopupListBackground: base.functionPopupListBackground
}
