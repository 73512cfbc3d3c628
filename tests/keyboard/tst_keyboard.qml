// The on-screen keyboard a villager uses: it appears for every text field with the layout that field
// needs, and Pinyin typed on it lands in the field as Chinese characters.
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import QtTest
import Bianmin.Ui

Item {
    id: root
    width: 1280
    height: 800

    Column {
        spacing: 8
        TextField { id: chineseField; width: 600 }
        TextField { id: englishField; width: 600; inputMethodHints: Qt.ImhLatinOnly }
        TextField { id: numberField; width: 600; inputMethodHints: Qt.ImhDigitsOnly }
        TextField { id: phoneField; width: 600; inputMethodHints: Qt.ImhDialableCharactersOnly }
        TextField { id: idNumberField; width: 600; inputMethodHints: Qt.ImhFormattedNumbersOnly | Qt.ImhPreferUppercase }
    }

    InputPanel {
        id: inputPanel
        anchors.left: parent.left
        anchors.right: parent.right
        y: active ? parent.height - height : parent.height
    }

    TestCase {
        name: "Keyboard"
        when: windowShown

        function initTestCase() {
            // The kiosk's keyboard: Chinese first, English one key away.
            VirtualKeyboardSettings.activeLocales = ["zh_CN", "en_GB"]
            VirtualKeyboardSettings.locale = "zh_CN"
        }

        function typeLetters(letters) {
            for (const c of letters)
                InputContext.inputEngine.virtualKeyClick(Qt.Key_A + c.charCodeAt(0) - 97, c, Qt.NoModifier)
        }

        function candidateIndex(text) {
            const model = InputContext.inputEngine.wordCandidateListModel
            for (let i = 0; i < Math.min(model.count, 10); ++i) {
                if (model.dataAt(i) === text)
                    return i
            }
            return -1
        }

        function focusField(field) {
            field.text = ""
            field.forceActiveFocus()
            tryVerify(() => inputPanel.active, 3000, "the keyboard appears when a field gets focus")
        }

        function test_layoutPerField_data() {
            return [
                { tag: "Chinese text", field: chineseField, layout: "main" },
                { tag: "English text", field: englishField, layout: "main" },
                { tag: "number or money", field: numberField, layout: "digits" },
                { tag: "mobile phone", field: phoneField, layout: "dialpad" },
                { tag: "resident ID number", field: idNumberField, layout: "numbers" },
            ]
        }
        function test_layoutPerField(data) {
            focusField(data.field)
            tryCompare(inputPanel.keyboard, "layoutType", data.layout)
        }

        function test_textFieldsStartInPinyin() {
            focusField(chineseField)
            tryCompare(InputContext.inputEngine, "inputMode", InputEngine.InputMode.Pinyin)
            focusField(englishField)
            tryCompare(InputContext.inputEngine, "inputMode", InputEngine.InputMode.Latin)
        }

        function test_pinyinLandsAsChinese_data() {
            return [
                { tag: "farmhouse inn", pinyin: "nongjiale", word: "农家乐" },
                { tag: "medical insurance", pinyin: "yiliaobaoxian", word: "医疗保险" },
            ]
        }
        function test_pinyinLandsAsChinese(data) {
            focusField(chineseField)
            tryCompare(InputContext.inputEngine, "inputMode", InputEngine.InputMode.Pinyin)
            typeLetters(data.pinyin)
            tryVerify(() => candidateIndex(data.word) >= 0, 2000, data.word + " among the first candidates")
            compare(chineseField.text, "", "nothing is committed while composing")
            InputContext.inputEngine.wordCandidateListModel.selectItem(candidateIndex(data.word))
            tryCompare(chineseField, "text", data.word)
        }

        function test_backspaceEditsTheSpelling() {
            focusField(chineseField)
            typeLetters("nongjialx")
            InputContext.inputEngine.virtualKeyClick(Qt.Key_Backspace, "", Qt.NoModifier)
            typeLetters("e")
            tryVerify(() => candidateIndex("农家乐") >= 0)
            InputContext.inputEngine.virtualKeyClick(Qt.Key_Space, " ", Qt.NoModifier)
            tryCompare(chineseField, "text", "农家乐")
        }

        function test_predictsTheNextPhrase() {
            focusField(chineseField)
            typeLetters("nongjia")
            tryVerify(() => candidateIndex("农家") >= 0)
            InputContext.inputEngine.wordCandidateListModel.selectItem(candidateIndex("农家"))
            tryCompare(chineseField, "text", "农家")
            tryVerify(() => candidateIndex("乐") >= 0, 2000, "a next-phrase guess follows the commit")
            InputContext.inputEngine.wordCandidateListModel.selectItem(candidateIndex("乐"))
            tryCompare(chineseField, "text", "农家乐")
        }

        function test_screenshots_data() {
            return [
                { tag: "pinyin-candidates", field: chineseField, letters: "nongjiale" },
                { tag: "english", field: englishField, letters: "" },
                { tag: "digits", field: numberField, letters: "" },
                { tag: "phone", field: phoneField, letters: "" },
                { tag: "id-number", field: idNumberField, letters: "" },
            ]
        }
        function test_screenshots(data) {
            focusField(data.field)
            typeLetters(data.letters)
            wait(300) // let the panel finish sliding in
            const image = grabImage(root)
            image.save(screenshotDir + "/" + data.tag + ".png")
            InputContext.inputEngine.inputMethod.reset()
        }

        function findText(item, text) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible)
                    continue
                if (child.text === text && child.font !== undefined)
                    return child
                const found = findText(child, text)
                if (found)
                    return found
            }
            return null
        }

        // Qt's default style draws candidates at 44 and key labels at 60 design units (times scaleHint):
        // the kiosk's style is at least 1.5 times that, in large text larger still, and high contrast
        // turns the keys black on yellow.
        function test_largeCandidatesAndLabels_data() {
            return [
                { tag: "normal", largeText: false, highContrast: false, factor: 1.5 },
                { tag: "large-text", largeText: true, highContrast: false, factor: 1.8 },
                { tag: "high-contrast", largeText: false, highContrast: true, factor: 1.5 },
            ]
        }
        function test_largeCandidatesAndLabels(data) {
            Theme.largeText = data.largeText
            Theme.highContrast = data.highContrast
            compare(VirtualKeyboardSettings.styleName, "bianmin")
            focusField(chineseField)
            tryCompare(InputContext.inputEngine, "inputMode", InputEngine.InputMode.Pinyin)
            typeLetters("nongjiale")
            tryVerify(() => candidateIndex("农家乐") >= 0)
            wait(300) // let the panel and the candidate bar finish sliding in
            const scale = inputPanel.keyboard.style.scaleHint
            verify(scale > 0.3, "scaleHint " + scale)
            const candidate = findText(inputPanel, "农家乐")
            verify(candidate, "农家乐 is shown in the candidate bar")
            verify(candidate.font.pixelSize >= Math.floor(44 * scale * data.factor),
                   candidate.font.pixelSize + " px for candidates at scaleHint " + scale)
            const key = findText(inputPanel, "q") || findText(inputPanel, "Q")
            verify(key, "the Q key's label")
            verify(key.font.pixelSize >= Math.floor(60 * scale * data.factor), key.font.pixelSize + " px for key labels")
            const candidateTop = candidate.mapToItem(root, 0, 0).y
            verify(candidateTop >= 0 && candidateTop + candidate.height <= root.height, "the candidate is on screen")
            compare(String(inputPanel.keyboard.style.base.normalKeyBackgroundColor) === "#000000", data.highContrast)
            // The worded function keys (&123, 拼音, the space bar) in the same colours as the others.
            for (const colour of ["normalKeyBackgroundColor", "highlightedKeyBackgroundColor", "keyTextColor"])
                compare(String(inputPanel.keyboard.style.textBase[colour]), String(inputPanel.keyboard.style.base[colour]), colour)
            grabImage(root).save(screenshotDir + "/pinyin-candidates-" + data.tag + ".png")

            InputContext.inputEngine.inputMethod.reset()
            Theme.largeText = false
            Theme.highContrast = false
            compare(String(inputPanel.keyboard.style.base.normalKeyBackgroundColor), "#000a12",
                    "the default colours are back when high contrast is switched off")
        }

        // The worded function keys (&123, 拼音) grow in large text as much as the letters do (they
        // stayed at the normal size), and their labels still fit inside their keys.
        function functionKeyLabel(text) {
            const label = findText(inputPanel, text)
            verify(label, "the " + text + " key's label")
            let key = label.parent
            while (key && key.keyType === undefined) // the key (BaseKey) the label is drawn on
                key = key.parent
            verify(key, "the " + text + " key")
            const inKey = label.mapToItem(key, (label.width - label.contentWidth) / 2,
                                          (label.height - label.contentHeight) / 2)
            return { text: text, size: label.font.pixelSize, left: inKey.x, top: inKey.y,
                     right: inKey.x + label.contentWidth, bottom: inKey.y + label.contentHeight,
                     keyWidth: key.width, keyHeight: key.height }
        }
        function test_functionKeyLabelsFollowLargeText() {
            focusField(chineseField)
            tryCompare(InputContext.inputEngine, "inputMode", InputEngine.InputMode.Pinyin)
            wait(300)
            const normal = [functionKeyLabel("&123").size, functionKeyLabel("拼音").size]
            Theme.largeText = true
            wait(100)
            const large = [functionKeyLabel("&123"), functionKeyLabel("拼音")]
            grabImage(root).save(screenshotDir + "/function-keys-large-text.png")
            Theme.largeText = false
            for (let i = 0; i < 2; ++i) {
                const l = large[i]
                verify(l.size >= Math.floor(normal[i] * 1.8 / 1.5),
                       l.text + ": " + l.size + " px in large text, " + normal[i] + " px normally")
                verify(l.left >= 0 && l.right <= l.keyWidth && l.top >= 0 && l.bottom <= l.keyHeight,
                       l.text + " fits its " + l.keyWidth + "x" + l.keyHeight + " key: " + JSON.stringify(l))
            }
        }

        // Every function key's icon (backspace, enter, shift, the globe, hide) lies inside the key drawn
        // around it, in every layout and look: on the number pads Qt's backspace and enter icons, sized
        // by height only, were wider than their keys.
        function keyIcons(item, found) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible)
                    continue
                if (child.paintedWidth !== undefined && child.fillMode !== undefined && child.source !== undefined)
                    found.push(child) // an Image
                keyIcons(child, found)
            }
            return found
        }
        function test_iconsInsideTheirKeys_data() {
            const rows = []
            const layouts = [
                { name: "letters", field: chineseField, layout: "main" },
                { name: "digits", field: numberField, layout: "digits" },
                { name: "phone", field: phoneField, layout: "dialpad" },
                { name: "id-number", field: idNumberField, layout: "numbers" },
            ]
            const looks = [
                { name: "normal", largeText: false, highContrast: false },
                { name: "large-text", largeText: true, highContrast: false },
                { name: "high-contrast", largeText: false, highContrast: true },
            ]
            for (const l of layouts)
                for (const look of looks)
                    rows.push({ tag: l.name + "-" + look.name, field: l.field, layout: l.layout,
                                largeText: look.largeText, highContrast: look.highContrast })
            return rows
        }
        function test_iconsInsideTheirKeys(data) {
            Theme.largeText = data.largeText
            Theme.highContrast = data.highContrast
            focusField(data.field)
            tryCompare(inputPanel.keyboard, "layoutType", data.layout)
            wait(300) // let the panel finish sliding in
            const margin = inputPanel.keyboard.style.base.keyBackgroundMargin
            const icons = keyIcons(inputPanel.keyboard, [])
            const seen = []
            for (const icon of icons) {
                let key = icon.parent
                while (key && key.keyType === undefined) // the key (BaseKey) the icon is drawn on
                    key = key.parent
                if (!key)
                    continue
                seen.push(key.keyType)
                const at = icon.mapToItem(key, (icon.width - icon.paintedWidth) / 2, (icon.height - icon.paintedHeight) / 2)
                const what = "key type " + key.keyType + ": icon " + Math.round(icon.paintedWidth) + "x"
                             + Math.round(icon.paintedHeight) + " at " + Math.round(at.x) + "," + Math.round(at.y)
                             + " on a " + Math.round(key.width) + "x" + Math.round(key.height) + " key"
                verify(at.x >= margin - 0.5 && at.y >= margin - 0.5
                       && at.x + icon.paintedWidth <= key.width - margin + 0.5
                       && at.y + icon.paintedHeight <= key.height - margin + 0.5, what)
                verify(icon.paintedWidth >= 24 && icon.paintedHeight >= 16, "still large enough to see: " + what)
            }
            // Backspace, enter and hide are on every layout.
            for (const type of [QtVirtualKeyboard.KeyType.BackspaceKey, QtVirtualKeyboard.KeyType.EnterKey,
                                QtVirtualKeyboard.KeyType.HideKeyboardKey])
                verify(seen.includes(type), "an icon on key type " + type + " among " + JSON.stringify(seen))
            grabImage(root).save(screenshotDir + "/icons-" + data.tag + ".png")
            Theme.largeText = false
            Theme.highContrast = false
        }

        function test_idNumberKeyboardTypesX() {
            focusField(idNumberField)
            tryCompare(inputPanel.keyboard, "layoutType", "numbers")
            for (const d of "11010519491231002")
                InputContext.inputEngine.virtualKeyClick(Qt.Key_0 + Number(d), d, Qt.NoModifier)
            InputContext.inputEngine.virtualKeyClick(Qt.Key_X, "X", Qt.NoModifier)
            tryCompare(idNumberField, "text", "11010519491231002X")
        }
    }
}
