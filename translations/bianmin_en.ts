<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AddressField</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Group, house number</source>
        <translation>Group, house number</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message numerus="yes">
        <source>%n photo(s) taken.</source>
        <translation><numerusform>%n photo taken.</numerusform><numerusform>%n photos taken.</numerusform></translation>
    </message>
    <message>
        <source>Please bring the paper document to the service window.</source>
        <translation>Please bring the paper document to the service window.</translation>
    </message>
    <message>
        <source>Take a photo of the document, or bring the paper.</source>
        <translation>Take a photo of the document, or bring the paper.</translation>
    </message>
    <message>
        <source>This kiosk has no camera: please bring the paper document to the service window.</source>
        <translation>This kiosk has no camera: please bring the paper document to the service window.</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Skip: I will bring the paper</source>
        <translation>Skip: I will bring the paper</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Services matching “%1”</source>
        <translation>Services matching “%1”</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>Search, e.g. 医疗 or ylbx</source>
        <translation>Search, e.g. 医疗 or ylbx</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>No service matches. Try fewer words, or ask the staff at the window.</source>
        <translation>No service matches. Try fewer words, or ask the staff at the window.</translation>
    </message>
    <message>
        <source>Handled on the spot</source>
        <translation>Handled on the spot</translation>
    </message>
    <message numerus="yes">
        <source>About %n working day(s)</source>
        <translation><numerusform>About %n working day</numerusform><numerusform>About %n working days</numerusform></translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>You may choose more than one.</source>
        <translation>You may choose more than one.</translation>
    </message>
    <message>
        <source>Nothing chosen</source>
        <translation>Nothing chosen</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CountdownDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, what you entered will be cleared in %n second(s).</source>
        <translation><numerusform>For your privacy, what you entered will be cleared in %n second.</numerusform><numerusform>For your privacy, what you entered will be cleared in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source> month</source>
        <translation> month</translation>
    </message>
    <message>
        <source> day</source>
        <translation> day</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Not chosen yet: press + or − to start from today, or type the year.</source>
        <translation>Not chosen yet: press + or − to start from today, or type the year.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your application has been submitted</source>
        <translation>Your application has been submitted</translation>
    </message>
    <message>
        <source>Your case number</source>
        <translation>Your case number</translation>
    </message>
    <message>
        <source>It will be handled on the spot.</source>
        <translation>It will be handled on the spot.</translation>
    </message>
    <message numerus="yes">
        <source>Promised completion: %1 (%n working day(s)).</source>
        <translation><numerusform>Promised completion: %1 (%n working day).</numerusform><numerusform>Promised completion: %1 (%n working days).</numerusform></translation>
    </message>
    <message>
        <source>The village committee will check it first, then it goes to the county.</source>
        <translation>The village committee will check it first, then it goes to the county.</translation>
    </message>
    <message>
        <source>Keep this number. Staff at the window can print a receipt and tell you how your case is going.</source>
        <translation>Keep this number. Staff at the window can print a receipt and tell you how your case is going.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>Welcome back: your answers were saved, continue where you stopped.</source>
        <translation>Welcome back: your answers were saved, continue where you stopped.</translation>
    </message>
    <message>
        <source>‹ Back to the service</source>
        <translation>‹ Back to the service</translation>
    </message>
    <message>
        <source>‹ Previous step</source>
        <translation>‹ Previous step</translation>
    </message>
    <message>
        <source>Check my answers ›</source>
        <translation>Check my answers ›</translation>
    </message>
    <message>
        <source>Next step ›</source>
        <translation>Next step ›</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>What would you like to apply for?</source>
        <translation>What would you like to apply for?</translation>
    </message>
    <message>
        <source>Touch a group of services, or search by name.</source>
        <translation>Touch a group of services, or search by name.</translation>
    </message>
    <message>
        <source>Search, e.g. 医疗 or ylbx</source>
        <translation>Search, e.g. 医疗 or ylbx</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>Convenience Service Center</source>
        <translation>Convenience Service Center</translation>
    </message>
    <message>
        <source>Apply for government services here, close to home.</source>
        <translation>Apply for government services here, close to home.</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Opening hours: %1</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Touch here to start</translation>
    </message>
    <message>
        <source>Run at most once</source>
        <translation>Run at most once</translation>
    </message>
    <message>
        <source>One visit is enough for:</source>
        <translation>One visit is enough for:</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Convenience service kiosk</source>
        <translation>Convenience service kiosk</translation>
    </message>
</context>
<context>
    <name>MultilineField</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
</context>
<context>
    <name>RepeatGroupField</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>None added yet.</source>
        <translation>None added yet.</translation>
    </message>
    <message>
        <source>+ Add %1</source>
        <translation>+ Add %1</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Please check your answers</source>
        <translation>Please check your answers</translation>
    </message>
    <message>
        <source>Some answers need to be corrected.</source>
        <translation>Some answers need to be corrected.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sending, please wait…</source>
        <translation>Sending, please wait…</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>Submit the application</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>How long it takes</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <source>Handled on the spot, while you wait.</source>
        <translation>Handled on the spot, while you wait.</translation>
    </message>
    <message numerus="yes">
        <source>About %n working day(s) after you apply.</source>
        <translation><numerusform>About %n working day after you apply.</numerusform><numerusform>About %n working days after you apply.</numerusform></translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <source>Who checks it</source>
        <translation>Who checks it</translation>
    </message>
    <message>
        <source>Start the application</source>
        <translation>Start the application</translation>
    </message>
</context>
<context>
    <name>SignatureField</name>
    <message>
        <source>Signed. Sign again to replace it.</source>
        <translation>Signed. Sign again to replace it.</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Sign here with your finger</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Signature kept</source>
        <translation>Signature kept</translation>
    </message>
    <message>
        <source>Use this signature</source>
        <translation>Use this signature</translation>
    </message>
    <message>
        <source>✓ Signature saved</source>
        <translation>✓ Signature saved</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>A+ Large</source>
        <translation>A+ Large</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
</context>
<context>
    <name>bianmin::KioskSession</name>
    <message>
        <source>The application could not be read (%1). Please ask the staff for help.</source>
        <translation>The application could not be read (%1). Please ask the staff for help.</translation>
    </message>
    <message>
        <source>The kiosk cannot store applications right now. Please ask the staff for help.</source>
        <translation>The kiosk cannot store applications right now. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>The application could not be saved: %1. Please ask the staff for help.</source>
        <translation>The application could not be saved: %1. Please ask the staff for help.</translation>
    </message>
</context>
</TS>