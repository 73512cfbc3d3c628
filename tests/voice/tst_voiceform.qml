import QtQuick
import QtTest
import Bianmin.Ui
import Bianmin.Kiosk

// With voice on, a villager who touches a choice, a yes/no button or a date's + / − hears the field and
// what is now chosen, as typed fields are read when they take the keyboard focus. `speech` is what the
// mock TextToSpeech engine was asked to say; the page is the kiosk's own FormPage.
Item {
    id: window
    width: 1280
    height: 800

    function showReview() { }
    function goBack() { }

    Loader {
        id: pageLoader
        anchors.fill: parent
        active: false
        sourceComponent: FormPage { }
    }

    TestCase {
        name: "VoiceForm"
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
        function field(id) { return find(page(), "field_" + id) }
        function tap(item) {
            verify(item, "item to tap")
            wait(20) // the step's layout first (a new step's fields arrive with its polish)
            page().reveal(item)
            wait(20)
            mouseClick(item)
        }
        function lastSaid() {
            const said = speech.texts()
            return said.length > 0 ? said[said.length - 1] : ""
        }
        function optionLabel(delegate, value) {
            return delegate.options.filter(o => o.value === value)[0].label
        }

        /** Opens `serviceId` with voice on and moves past the applicant step to the service's own fields. */
        function openService(serviceId) {
            form.clear()
            verify(form.loadService(serviceId), form.errorString)
            voice.enabled = true
            verify(voice.available, voice.problem)
            speech.clear()
            pageLoader.active = true
            tryVerify(() => pageLoader.status === Loader.Ready)
            compare(lastSaid(), form.stepTitle, "the step's title is read on arrival")
            form.setAnswer("applicant.name", "王秀英")
            form.setAnswer("applicant.id_number", "500242197506150132")
            form.setAnswer("applicant.phone", "13800138000")
            tap(find(page(), "nextButton"))
            tryCompare(form, "currentStep", 1)
            compare(lastSaid(), form.stepTitle)
        }

        function cleanup() {
            pageLoader.active = false
            voice.enabled = false
            form.clear()
        }

        function test_singleChoiceAndYesNo() {
            openService("temporary_assistance")
            const hardship = field("hardship_type")
            verify(hardship)
            tap(find(hardship, "option_fire"))
            compare(form.answer("hardship_type"), "fire")
            compare(lastSaid(), hardship.label + "。已选：" + optionLabel(hardship, "fire"))
            tap(find(hardship, "option_accident"))
            compare(lastSaid(), hardship.label + "。已选：" + optionLabel(hardship, "accident"),
                    "changing the answer says the new one")
            const emergency = field("emergency")
            tap(find(emergency, "no"))
            compare(lastSaid(), emergency.label + "。已选：否")
            tap(find(emergency, "yes"))
            compare(lastSaid(), emergency.label + "。已选：是")
        }

        function test_date() {
            openService("temporary_assistance")
            const date = field("occurred_on")
            tap(find(date, "dayMinus")) // the first touch gives today
            const today = new Date()
            const spokenToday = date.label + "。已选：" + today.getFullYear() + "年" + (today.getMonth() + 1) + "月"
                                + today.getDate() + "日"
            verify(lastSaid().indexOf(spokenToday) === 0, lastSaid() + " should start with " + spokenToday)
            tap(find(date, "yearMinus"))
            verify(lastSaid().indexOf(date.label + "。已选：" + (today.getFullYear() - 1) + "年") === 0, lastSaid())
        }

        function test_multipleChoice() {
            openService("disability_subsidies")
            const subsidies = field("subsidies")
            verify(subsidies)
            const living = optionLabel(subsidies, "living")
            const care = optionLabel(subsidies, "care")
            tap(find(subsidies, "option_living"))
            compare(lastSaid(), subsidies.label + "。已选：" + living)
            tap(find(subsidies, "option_care"))
            compare(lastSaid(), subsidies.label + "。已选：" + living + "、" + care)
            tap(find(subsidies, "option_living"))
            compare(lastSaid(), subsidies.label + "。已选：" + care, "a removed option is no longer said")
            tap(find(subsidies, "option_care"))
            compare(lastSaid(), subsidies.label + "。一项也没有选")
        }

        function test_choiceInsideAGroupItem() {
            // Health insurance for the family: each person's sex is chosen inside their own panel.
            openService("resident_medical_insurance")
            verify(form.goToStep(2))
            const members = field("members")
            verify(members, "the family members' step")
            tap(find(members, "addItem"))
            const person = find(members, "item_0")
            verify(person)
            const sex = find(person, "field_sex")
            tap(find(sex, "option_female"))
            compare(lastSaid(), members.label + "。" + sex.label + "，已选：" + optionLabel(sex, "female"))
        }

        function test_typedFieldOnFocusNotOnEachKey() {
            openService("temporary_assistance")
            const situation = field("situation")
            const input = find(situation, "input")
            tap(input)
            tryVerify(() => input.activeFocus)
            verify(lastSaid().indexOf(situation.label) === 0, lastSaid())
            const count = speech.texts().length
            keyClick("a")
            keyClick("b")
            compare(speech.texts().slice(count), [], "typing is not read out key by key")
        }

        function test_silentWithVoiceOff() {
            openService("temporary_assistance")
            voice.enabled = false
            speech.clear()
            tap(find(field("hardship_type"), "option_fire"))
            tap(find(field("emergency"), "yes"))
            compare(speech.texts().length, 0)
        }
    }
}
