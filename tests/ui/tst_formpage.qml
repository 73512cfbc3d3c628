import QtQuick
import QtTest
import Bianmin.Ui
import Bianmin.Kiosk

// The root stands in for the kiosk window: FormPage asks `window` to show the review or go back.
Item {
    id: window
    width: 1280
    height: 800

    property int reviews: 0
    function showReview() { reviews += 1 }
    function goBack() { pageLoader.item.back() }

    Loader {
        id: pageLoader
        anchors.fill: parent
        active: false
        sourceComponent: FormPage { }
    }

    Item {
        id: sandbox
        anchors.fill: parent
        visible: false
    }

    Component {
        id: delegateComponent
        FieldDelegate { width: 1000 }
    }

    TestCase {
        id: test
        name: "FormPage"
        when: windowShown

        function find(item, name) {
            if (!item)
                return null
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible)
                    continue
                if (child.objectName === name)
                    return child
                const found = find(child, name)
                if (found)
                    return found
            }
            return null
        }
        function page() { return pageLoader.item }
        function tap(item) {
            verify(item, "item to tap")
            wait(20) // layouts first: a new step's or a new item's fields are placed at the next polish
            if (page() && isInside(item, page().flickable))
                page().reveal(item)
            wait(20)
            mouseClick(item)
        }
        function isInside(item, ancestor) {
            for (let p = item.parent; p; p = p.parent)
                if (p === ancestor)
                    return true
            return false
        }
        function typeText(input, text) {
            tap(input)
            tryVerify(() => input.activeFocus)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function field(id) { return find(page(), "field_" + id) }

        function init() {
            Theme.largeText = false
            Theme.highContrast = false
            form.clear()
            verify(form.loadService("temporary_assistance"), form.errorString)
            pageLoader.active = true
            tryVerify(() => pageLoader.status === Loader.Ready)
            window.reviews = 0
            sandbox.visible = false
        }
        function cleanup() {
            pageLoader.active = false
            form.clear()
        }

        function test_messageNextToTheField() {
            const next = find(page(), "nextButton")
            tap(next)
            compare(form.currentStep, 0, "next is refused on an empty step")
            verify(form.hasErrors)
            const name = field("applicant.name")
            verify(name)
            const error = find(name, "errorText")
            verify(error, "the message is inside the field's own delegate")
            verify(error.text.length > 0)
            verify(error.text.indexOf("姓名") >= 0 || error.text.length > 2, error.text)
            // Right under the field's box, not somewhere else on the page.
            const input = find(name, "input")
            const below = () => {
                const inputBottom = input.mapToItem(name, 0, input.height).y
                const errorTop = error.mapToItem(name, 0, 0).y
                return errorTop >= inputBottom && errorTop - inputBottom < 60
            }
            tryVerify(below, 2000, "the message sits right under the box")
        }

        function test_nextBlockedUntilFixed() {
            typeText(find(field("applicant.phone"), "input"), "12345")
            typeText(find(field("applicant.id_number"), "input"), "500242197506150132")
            tap(find(page(), "nextButton"))
            compare(form.currentStep, 0)
            verify(find(field("applicant.phone"), "errorText").text.length > 0, "a wrong phone number is shown")
            compare(find(field("applicant.id_number"), "errorText"), null, "a valid ID number has no message")
            compare(window.reviews, 0)
        }

        function test_backKeepsAnswers() {
            form.setAnswer("applicant.name", "王秀英")
            typeText(find(field("applicant.id_number"), "input"), "500242197506150132")
            typeText(find(field("applicant.phone"), "input"), "13800138000")
            tap(find(page(), "nextButton"))
            tryCompare(form, "currentStep", 1)
            verify(field("hardship_type"), "the second step's fields are shown")
            tap(find(page(), "prevButton"))
            tryCompare(form, "currentStep", 0)
            compare(find(field("applicant.phone"), "input").text, "13800138000")
            compare(find(field("applicant.id_number"), "input").text, "500242197506150132")
            compare(find(field("applicant.name"), "input").text, "王秀英")
        }

        function test_largeTextAndContrast() {
            const next = find(page(), "nextButton")
            const title = find(page(), "stepTitle")
            const normal = title.font.pixelSize
            Theme.largeText = true
            wait(0)
            verify(title.font.pixelSize >= normal * 1.5, normal + " -> " + title.font.pixelSize)
            verify(next.height >= 72 && next.width >= 72)
            Theme.highContrast = true
            compare(String(Theme.background), "#000000")
            verify(next.visible)
        }

        function makeField(props) {
            const d = createTemporaryObject(delegateComponent, sandbox, props)
            verify(d)
            sandbox.visible = true
            tryVerify(() => d.editor !== null)
            return d
        }

        function test_dateField() {
            const d = makeField({ fieldId: "day", type: "date", label: "日期" })
            let got = null
            d.edited.connect(v => { got = v; d.value = v })
            tap(find(d, "dayPlus"))
            const now = new Date()
            const pad = n => (n < 10 ? "0" : "") + n
            compare(got, now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()),
                    "the first touch gives today")
            tap(find(d, "yearMinus"))
            compare(got.substr(0, 4), String(now.getFullYear() - 1))
            verify(find(d, "dayPlus").width >= 72 && find(d, "dayPlus").height >= 72)
        }

        function test_choiceFields() {
            const options = [{ value: "a", label: "甲" }, { value: "b", label: "乙" }]
            const multi = makeField({ fieldId: "m", type: "multiple_choice", label: "多选", options: options })
            multi.edited.connect(v => multi.value = v)
            tap(find(multi, "option_a"))
            tap(find(multi, "option_b"))
            compare(JSON.stringify(multi.value), JSON.stringify(["a", "b"]))
            tap(find(multi, "option_a"))
            compare(JSON.stringify(multi.value), JSON.stringify(["b"]))
            const yn = makeField({ fieldId: "y", type: "yes_no", label: "是否" })
            yn.edited.connect(v => yn.value = v)
            tap(find(yn, "no"))
            compare(yn.value, false)
        }

        function test_repeatGroup() {
            const g = makeField({ fieldId: "members", type: "repeat_group", label: "成员", itemLabel: "成员",
                                  subfields: [{ fieldId: "name", type: "text", label: "姓名", required: true }] })
            g.edited.connect(v => g.value = v)
            tap(find(g, "addItem"))
            tap(find(g, "addItem"))
            compare(g.value.length, 2)
            verify(find(g, "item_1"))
            g.itemErrors = { "1.name": "姓名：必须填写" }
            compare(find(find(g, "item_1"), "errorText").text, "姓名：必须填写")
            tap(find(find(g, "item_0"), "removeItem"))
            compare(g.value.length, 1)
        }

        function test_signature() {
            let stored = ""
            const s = makeField({ fieldId: "signature", type: "signature", label: "签名",
                                  storeImage: url => { stored = url; return { sha256: "ab".repeat(32), mime: "image/png" } } })
            s.edited.connect(v => s.value = v)
            const pad = find(s, "signaturePad")
            mousePress(pad, 50, 100)
            for (let i = 0; i < 10; ++i)
                mouseMove(pad, 60 + 20 * i, 100 + 10 * (i % 3))
            mouseRelease(pad, 260, 120)
            verify(s.editor.strokes.length > 0, "the finger's strokes are recorded")
            verify(s.editor.storeImage !== null, "the page's storeImage reached the pad")
            waitForRendering(pad)
            tap(find(s, "keepSignature"))
            verify(stored.indexOf("data:image/png;base64,") === 0, "the strokes went out as PNG")
            compare(s.value.sha256, "ab".repeat(32))
        }
    }
}
