// Chinese keyboard: Pinyin by default (our PinyinInputMethod on libgooglepinyin), English letters
// through the input-mode key. Chinese punctuation in Pinyin mode.
import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

KeyboardLayout {
    id: root
    // Created by the keyboard and kept while the symbols page is shown, so a half-typed phrase survives.
    function createInputMethod() {
        return Qt.createQmlObject("import Bianmin.Keyboard; PinyinInputMethod {}", root, "pinyinInputMethod")
    }
    sharedLayouts: ["symbols"]
    keyWeight: 160
    KeyboardRow {
        Key { key: Qt.Key_Q; text: "q" }
        Key { key: Qt.Key_W; text: "w" }
        Key { key: Qt.Key_E; text: "e" }
        Key { key: Qt.Key_R; text: "r" }
        Key { key: Qt.Key_T; text: "t" }
        Key { key: Qt.Key_Y; text: "y" }
        Key { key: Qt.Key_U; text: "u" }
        Key { key: Qt.Key_I; text: "i" }
        Key { key: Qt.Key_O; text: "o" }
        Key { key: Qt.Key_P; text: "p" }
        BackspaceKey { weight: 180 }
    }
    KeyboardRow {
        FillerKey { weight: 56 }
        Key { key: Qt.Key_A; text: "a" }
        Key { key: Qt.Key_S; text: "s" }
        Key { key: Qt.Key_D; text: "d" }
        Key { key: Qt.Key_F; text: "f" }
        Key { key: Qt.Key_G; text: "g" }
        Key { key: Qt.Key_H; text: "h" }
        Key { key: Qt.Key_J; text: "j" }
        Key { key: Qt.Key_K; text: "k" }
        Key { key: Qt.Key_L; text: "l" }
        EnterKey { weight: 284 }
    }
    KeyboardRow {
        ShiftKey { weight: 204 }
        Key { key: Qt.Key_Z; text: "z" }
        Key { key: Qt.Key_X; text: "x" }
        Key { key: Qt.Key_C; text: "c" }
        Key { key: Qt.Key_V; text: "v" }
        Key { key: Qt.Key_B; text: "b" }
        Key { key: Qt.Key_N; text: "n" }
        Key { key: Qt.Key_M; text: "m" }
        Key { key: Qt.Key_Apostrophe; text: "'" }
        Key { key: Qt.Key_Comma; text: "，" }
        Key { key: Qt.Key_Period; text: "。" }
        ShiftKey { weight: 204 }
    }
    KeyboardRow {
        SymbolModeKey { weight: 217 }
        ChangeLanguageKey { weight: 154 }
        InputModeKey { weight: 154 }
        SpaceKey { weight: 864 }
        Key { key: Qt.Key_Question; text: "？" }
        HideKeyboardKey { weight: 204 }
    }
}
