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
    <name>ApprovalQueuePage</name>
    <message>
        <source>Cases waiting for your approval</source>
        <translation>Cases waiting for your approval</translation>
    </message>
    <message>
        <source>Nothing is waiting for you.</source>
        <translation>Nothing is waiting for you.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>submitted %1</translation>
    </message>
    <message>
        <source>by clerk %1</source>
        <translation>by clerk %1</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>self-service</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message numerus="yes">
        <source>%n photo(s) taken.</source>
        <translation>
            <numerusform>%n photo taken.</numerusform>
            <numerusform>%n photos taken.</numerusform>
        </translation>
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
    <name>CaseLookupPage</name>
    <message>
        <source>Where is my case?</source>
        <translation>Where is my case?</translation>
    </message>
    <message>
        <source>Use your ID card, type your ID number, or scan the QR code on your receipt.</source>
        <translation>Use your ID card, type your ID number, or scan the QR code on your receipt.</translation>
    </message>
    <message>
        <source>This is not a valid ID number. Please check it and try again.</source>
        <translation>This is not a valid ID number. Please check it and try again.</translation>
    </message>
    <message>
        <source>This receipt code was not issued by this kiosk. Please ask the staff.</source>
        <translation>This receipt code was not issued by this kiosk. Please ask the staff.</translation>
    </message>
    <message>
        <source>This receipt code could not be read. Please scan it again.</source>
        <translation>This receipt code could not be read. Please scan it again.</translation>
    </message>
    <message>
        <source>No application with this receipt was found at this kiosk.</source>
        <translation>No application with this receipt was found at this kiosk.</translation>
    </message>
    <message>
        <source>Starting up, one moment please…</source>
        <translation>Starting up, one moment please…</translation>
    </message>
    <message>
        <source>Type your ID number</source>
        <translation>Type your ID number</translation>
    </message>
    <message>
        <source>Look up my cases</source>
        <translation>Look up my cases</translation>
    </message>
    <message>
        <source>You can type your ID number or scan your receipt instead.</source>
        <translation>You can type your ID number or scan your receipt instead.</translation>
    </message>
    <message>
        <source>Or scan the QR code on your receipt</source>
        <translation>Or scan the QR code on your receipt</translation>
    </message>
    <message>
        <source>Hold the receipt's QR code under the scanner. Staff can also type the code printed under it.</source>
        <translation>Hold the receipt's QR code under the scanner. Staff can also type the code printed under it.</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>Receipt code</translation>
    </message>
    <message>
        <source>Look up this receipt</source>
        <translation>Look up this receipt</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera…</source>
        <translation>Hold the QR code in front of the camera…</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Use the camera</translation>
    </message>
    <message>
        <source>No applications were found for this ID number at this kiosk.</source>
        <translation>No applications were found for this ID number at this kiosk.</translation>
    </message>
    <message>
        <source>Applications of %1 (ID %2):</source>
        <translation>Applications of %1 (ID %2):</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Submitted on %1</source>
        <translation>Submitted on %1</translation>
    </message>
    <message>
        <source>Latest message from the county: %1</source>
        <translation>Latest message from the county: %1</translation>
    </message>
    <message>
        <source>Look up again</source>
        <translation>Look up again</translation>
    </message>
    <message>
        <source>Back to the home screen</source>
        <translation>Back to the home screen</translation>
    </message>
</context>
<context>
    <name>CaseReviewPage</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Write why you reject it: the clerk reads this note.</source>
        <translation>Write why you reject it: the clerk reads this note.</translation>
    </message>
    <message>
        <source>Someone else decided this case a moment ago.</source>
        <translation>Someone else decided this case a moment ago.</translation>
    </message>
    <message>
        <source>Case %1 approved.</source>
        <translation>Case %1 approved.</translation>
    </message>
    <message>
        <source>Case %1 rejected and returned to the clerk.</source>
        <translation>Case %1 rejected and returned to the clerk.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>by clerk %1</source>
        <translation>by clerk %1</translation>
    </message>
    <message>
        <source>self-service</source>
        <translation>self-service</translation>
    </message>
    <message>
        <source>Villager's consent</source>
        <translation>Villager's consent</translation>
    </message>
    <message>
        <source>signature drawn at the kiosk</source>
        <translation>signature drawn at the kiosk</translation>
    </message>
    <message>
        <source>ID card read at the kiosk</source>
        <translation>ID card read at the kiosk</translation>
    </message>
    <message>
        <source>Documents and signatures</source>
        <translation>Documents and signatures</translation>
    </message>
    <message>
        <source>Villager's consent signature</source>
        <translation>Villager's consent signature</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>ID photo</source>
        <translation>ID photo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Note (required to reject)</source>
        <translation>Note (required to reject)</translation>
    </message>
    <message>
        <source>e.g. the household book page is missing</source>
        <translation>e.g. the household book page is missing</translation>
    </message>
    <message>
        <source>Reject and return</source>
        <translation>Reject and return</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
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
        <translation>
            <numerusform>About %n working day</numerusform>
            <numerusform>About %n working days</numerusform>
        </translation>
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
    <name>ConsentPage</name>
    <message>
        <source>The villager's consent</source>
        <translation>The villager's consent</translation>
    </message>
    <message>
        <source>The villager has not signed yet.</source>
        <translation>The villager has not signed yet.</translation>
    </message>
    <message>
        <source>The staff side of the kiosk is not ready yet.</source>
        <translation>The staff side of the kiosk is not ready yet.</translation>
    </message>
    <message>
        <source>Villager: sign here with your finger</source>
        <translation>Villager: sign here with your finger</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Sending, please wait…</source>
        <translation>Sending, please wait…</translation>
    </message>
    <message>
        <source>Submit with this signature</source>
        <translation>Submit with this signature</translation>
    </message>
    <message>
        <source>%1 is applied for by clerk %2 on behalf of the villager. The villager confirms it with their ID card or by signing below.</source>
        <translation>%1 is applied for by clerk %2 on behalf of the villager. The villager confirms it with their ID card or by signing below.</translation>
    </message>
    <message>
        <source>Or the villager signs below instead.</source>
        <translation>Or the villager signs below instead.</translation>
    </message>
    <message>
        <source>The applicant's own ID card was read: that is their consent.</source>
        <translation>The applicant's own ID card was read: that is their consent.</translation>
    </message>
    <message>
        <source>This ID card (%1) is not the applicant's. The villager applying must put their own card on the reader.</source>
        <translation>This ID card (%1) is not the applicant's. The villager applying must put their own card on the reader.</translation>
    </message>
    <message>
        <source>Submit with the ID card</source>
        <translation>Submit with the ID card</translation>
    </message>
    <message>
        <source>Or sign here:</source>
        <translation>Or sign here:</translation>
    </message>
    <message>
        <source>%1 is applied for by clerk %2 on behalf of the villager. No ID card reader is connected to this kiosk, so the villager confirms it by signing below.</source>
        <translation>%1 is applied for by clerk %2 on behalf of the villager. No ID card reader is connected to this kiosk, so the villager confirms it by signing below.</translation>
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
        <translation>
            <numerusform>For your privacy, what you entered will be cleared in %n second.</numerusform>
            <numerusform>For your privacy, what you entered will be cleared in %n seconds.</numerusform>
        </translation>
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
        <translation>
            <numerusform>Promised completion: %1 (%n working day).</numerusform>
            <numerusform>Promised completion: %1 (%n working days).</numerusform>
        </translation>
    </message>
    <message>
        <source>The village committee will check it first, then it goes to the county.</source>
        <translation>The village committee will check it first, then it goes to the county.</translation>
    </message>
    <message>
        <source>Keep the receipt. With its number or QR code you can see how your case is going here, under “Where is my case?”, or ask at the window.</source>
        <translation>Keep the receipt. With its number or QR code you can see how your case is going here, under “Where is my case?”, or ask at the window.</translation>
    </message>
    <message>
        <source>Keep this number. Staff at the window can print a receipt and tell you how your case is going.</source>
        <translation>Keep this number. Staff at the window can print a receipt and tell you how your case is going.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>The villager's application has been submitted</source>
        <translation>The villager's application has been submitted</translation>
    </message>
    <message>
        <source>The receipt printer is not ready yet.</source>
        <translation>The receipt printer is not ready yet.</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Printing your receipt…</translation>
    </message>
    <message>
        <source>Your receipt has been printed. Please take it.</source>
        <translation>Your receipt has been printed. Please take it.</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1 Your application is saved as No. %2 — please note this number; staff can print the receipt later.</source>
        <translation>The receipt was not printed: %1 Your application is saved as No. %2 — please note this number; staff can print the receipt later.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
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
    <name>FirstSupervisorPage</name>
    <message>
        <source>Set up the first supervisor</source>
        <translation>Set up the first supervisor</translation>
    </message>
    <message>
        <source>This kiosk has no staff accounts yet. The first account manages all the others.</source>
        <translation>This kiosk has no staff accounts yet. The first account manages all the others.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Enter them again.</source>
        <translation>The two PINs are not the same. Enter them again.</translation>
    </message>
    <message>
        <source>A staff number has letters, digits, dots, dashes or underscores (at most 32).</source>
        <translation>A staff number has letters, digits, dots, dashes or underscores (at most 32).</translation>
    </message>
    <message>
        <source>Enter the supervisor's name.</source>
        <translation>Enter the supervisor's name.</translation>
    </message>
    <message>
        <source>A PIN has 6 digits.</source>
        <translation>A PIN has 6 digits.</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>e.g. zhang01</source>
        <translation>e.g. zhang01</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (6 digits)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This kiosk has a supervisor already: ask them to add your account.</source>
        <translation>This kiosk has a supervisor already: ask them to add your account.</translation>
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
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Where is my case? Check the progress of an application</source>
        <translation>Where is my case? Check the progress of an application</translation>
    </message>
</context>
<context>
    <name>IdCardPanel</name>
    <message>
        <source>You can type your details below instead.</source>
        <translation>You can type your details below instead.</translation>
    </message>
    <message>
        <source>This is not a resident ID card (居民身份证); this kiosk cannot read it.</source>
        <translation>This is not a resident ID card (居民身份证); this kiosk cannot read it.</translation>
    </message>
    <message>
        <source>This ID card expired on %1. Please renew it at the police station.</source>
        <translation>This ID card expired on %1. Please renew it at the police station.</translation>
    </message>
    <message>
        <source>The ID number on this card does not pass its check digit: the card may be damaged.</source>
        <translation>The ID number on this card does not pass its check digit: the card may be damaged.</translation>
    </message>
    <message>
        <source>The birth date or sex on this card does not match its ID number.</source>
        <translation>The birth date or sex on this card does not match its ID number.</translation>
    </message>
    <message>
        <source>The ID card reader is not working right now. Please tell the staff.</source>
        <translation>The ID card reader is not working right now. Please tell the staff.</translation>
    </message>
    <message>
        <source>The card could not be read (%1). Put it on the reader again and keep it still.</source>
        <translation>The card could not be read (%1). Put it on the reader again and keep it still.</translation>
    </message>
    <message>
        <source>ID card read</source>
        <translation>ID card read</translation>
    </message>
    <message>
        <source>Place your ID card on the reader</source>
        <translation>Place your ID card on the reader</translation>
    </message>
    <message>
        <source>Reading the card. Keep it on the reader.</source>
        <translation>Reading the card. Keep it on the reader.</translation>
    </message>
    <message>
        <source>Lay the card flat on the reader until it has been read.</source>
        <translation>Lay the card flat on the reader until it has been read.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Not your card? Use another card, or type instead</source>
        <translation>Not your card? Use another card, or type instead</translation>
    </message>
</context>
<context>
    <name>IdKeypad</name>
    <message>
        <source>18 digits or X</source>
        <translation>18 digits or X</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>%1 of 18 characters</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Convenience service kiosk</source>
        <translation>Convenience service kiosk</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>The printer is out of paper. Load a new roll, then print again.</source>
        <translation>The printer is out of paper. Load a new roll, then print again.</translation>
    </message>
    <message>
        <source>The printer's cover is open. Close it, then print again.</source>
        <translation>The printer's cover is open. Close it, then print again.</translation>
    </message>
    <message>
        <source>The printer is offline. Check its power and lights, then print again.</source>
        <translation>The printer is offline. Check its power and lights, then print again.</translation>
    </message>
    <message>
        <source>The printer reports a fault (paper jam or overheating). Clear it, then print again.</source>
        <translation>The printer reports a fault (paper jam or overheating). Clear it, then print again.</translation>
    </message>
    <message>
        <source>The printer cannot be reached. Check that it is on and connected, then print again.</source>
        <translation>The printer cannot be reached. Check that it is on and connected, then print again.</translation>
    </message>
    <message>
        <source>No receipt printer is set up on this kiosk.</source>
        <translation>No receipt printer is set up on this kiosk.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Try again, or ask a technician.</source>
        <translation>The receipt could not be printed. Try again, or ask a technician.</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message numerus="yes">
        <source>No touch for a while: you will be logged out in %n second(s). Touch the screen to stay.</source>
        <translation>
            <numerusform>No touch for a while: you will be logged out in %n second. Touch the screen to stay.</numerusform>
            <numerusform>No touch for a while: you will be logged out in %n seconds. Touch the screen to stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: the disk is full. Please call the technician.</source>
        <translation>Not saved: the disk is full. Please call the technician.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk could not write to its disk (it may be full or failing). Please call the technician.</source>
        <translation>Not saved: the kiosk could not write to its disk (it may be full or failing). Please call the technician.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk cannot write its data at the moment. Please call the technician.</source>
        <translation>Not saved: the kiosk cannot write its data at the moment. Please call the technician.</translation>
    </message>
    <message>
        <source>Not saved: the kiosk's database is busy. Wait a minute, then try again.</source>
        <translation>Not saved: the kiosk's database is busy. Wait a minute, then try again.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this case a moment ago. Look at the list again before you try once more.</source>
        <translation>Not saved: someone else changed this case a moment ago. Look at the list again before you try once more.</translation>
    </message>
    <message>
        <source>Not saved. Please try again; if it fails again, call the technician.</source>
        <translation>Not saved. Please try again; if it fails again, call the technician.</translation>
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
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RefusedCasesPage</name>
    <message>
        <source>Cases the county refused</source>
        <translation>Cases the county refused</translation>
    </message>
    <message>
        <source>The county has refused no case.</source>
        <translation>The county has refused no case.</translation>
    </message>
    <message>
        <source>The county said: “%1”</source>
        <translation>The county said: “%1”</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Case %1 is on its way again.</source>
        <translation>Case %1 is on its way again.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
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
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReprintPage</name>
    <message>
        <source>Reprint a receipt</source>
        <translation>Reprint a receipt</translation>
    </message>
    <message>
        <source>Type the case number, e.g. 3F2B-91AC.</source>
        <translation>Type the case number, e.g. 3F2B-91AC.</translation>
    </message>
    <message>
        <source>No case with this number on this kiosk.</source>
        <translation>No case with this number on this kiosk.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>The receipt was printed.</source>
        <translation>The receipt was printed.</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>Print the receipt again</translation>
    </message>
</context>
<context>
    <name>ReturnedCasesPage</name>
    <message>
        <source>Cases returned to you</source>
        <translation>Cases returned to you</translation>
    </message>
    <message>
        <source>No case has been returned.</source>
        <translation>No case has been returned.</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: “%3”</source>
        <translation>Returned by %1 on %2: “%3”</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Case %1 is back in the approval queue.</source>
        <translation>Case %1 is back in the approval queue.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
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
    <message>
        <source>Next: the villager's consent</source>
        <translation>Next: the villager's consent</translation>
    </message>
</context>
<context>
    <name>SaveProblemText</name>
    <message>
        <source>Details for the technician: %1</source>
        <translation>Details for the technician: %1</translation>
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
        <translation>
            <numerusform>About %n working day after you apply.</numerusform>
            <numerusform>About %n working days after you apply.</numerusform>
        </translation>
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
    <name>StaffEditPage</name>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
    </message>
    <message>
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <source>Approval steps of %1</source>
        <translation>Approval steps of %1</translation>
    </message>
    <message>
        <source>A staff member with this number already exists.</source>
        <translation>A staff member with this number already exists.</translation>
    </message>
    <message>
        <source>A staff number has letters, digits, dots, dashes or underscores (at most 32).</source>
        <translation>A staff number has letters, digits, dots, dashes or underscores (at most 32).</translation>
    </message>
    <message>
        <source>Enter the staff member's name.</source>
        <translation>Enter the staff member's name.</translation>
    </message>
    <message>
        <source>A PIN has 6 digits.</source>
        <translation>A PIN has 6 digits.</translation>
    </message>
    <message>
        <source>%1 can now log in.</source>
        <translation>%1 can now log in.</translation>
    </message>
    <message>
        <source>The new PIN of %1 is set.</source>
        <translation>The new PIN of %1 is set.</translation>
    </message>
    <message>
        <source>The approval steps of %1 are saved.</source>
        <translation>The approval steps of %1 are saved.</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN (6 digits)</source>
        <translation>PIN (6 digits)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Approval steps: none chosen, so every step</source>
        <translation>Approval steps: none chosen, so every step</translation>
    </message>
    <message>
        <source>Approval steps: only those chosen</source>
        <translation>Approval steps: only those chosen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message numerus="yes">
        <source>Logged in as %1 (%2). You are logged out after %n minute(s) without a touch.</source>
        <translation>
            <numerusform>Logged in as %1 (%2). You are logged out after %n minute without a touch.</numerusform>
            <numerusform>Logged in as %1 (%2). You are logged out after %n minutes without a touch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases to approve</source>
        <translation>Cases to approve</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply for a villager</source>
        <translation>Apply for a villager</translation>
    </message>
    <message>
        <source>Returned cases</source>
        <translation>Returned cases</translation>
    </message>
    <message numerus="yes">
        <source>%n returned</source>
        <translation>
            <numerusform>%n returned</numerusform>
            <numerusform>%n returned</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases the county refused</source>
        <translation>Cases the county refused</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Reprint a receipt</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Sending to the county</source>
        <translation>Sending to the county</translation>
    </message>
    <message>
        <source>Technicians see how sending to the county goes here, and configure and check the kiosk with the bianmin command; no personal data is shown to this role.</source>
        <translation>Technicians see how sending to the county goes here, and configure and check the kiosk with the bianmin command; no personal data is shown to this role.</translation>
    </message>
</context>
<context>
    <name>StaffLoginPage</name>
    <message>
        <source>Staff login</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <source>Enter your staff number and your 6-digit PIN.</source>
        <translation>Enter your staff number and your 6-digit PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. After %n more wrong PIN(s) the account is locked.</source>
        <translation>
            <numerusform>Wrong PIN. After %n more wrong PIN the account is locked.</numerusform>
            <numerusform>Wrong PIN. After %n more wrong PINs the account is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong PINs. Try again in %n minute(s), or ask a supervisor to reset the PIN.</source>
        <translation>
            <numerusform>This account is locked after too many wrong PINs. Try again in %n minute, or ask a supervisor to reset the PIN.</numerusform>
            <numerusform>This account is locked after too many wrong PINs. Try again in %n minutes, or ask a supervisor to reset the PIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is locked after too many wrong PINs. Ask a supervisor to reset the PIN.</source>
        <translation>This account is locked after too many wrong PINs. Ask a supervisor to reset the PIN.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a supervisor.</source>
        <translation>This account is disabled. Ask a supervisor.</translation>
    </message>
    <message>
        <source>There is no staff account with this number.</source>
        <translation>There is no staff account with this number.</translation>
    </message>
    <message>
        <source>A PIN has 6 digits.</source>
        <translation>A PIN has 6 digits.</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Checking the PIN…</translation>
    </message>
</context>
<context>
    <name>StaffManagePage</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Approval steps: %1</source>
        <translation>Approval steps: %1</translation>
    </message>
    <message>
        <source>May decide every approval step</source>
        <translation>May decide every approval step</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Approval steps</source>
        <translation>Approval steps</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Add a staff member</translation>
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
    <name>SyncQueuePage</name>
    <message>
        <source>Sending applications to the county</source>
        <translation>Sending applications to the county</translation>
    </message>
    <message>
        <source>Waiting for local approval</source>
        <translation>Waiting for local approval</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Sent, not yet received</source>
        <translation>Sent, not yet received</translation>
    </message>
    <message>
        <source>Received by the county</source>
        <translation>Received by the county</translation>
    </message>
    <message>
        <source>Being reviewed by the county</source>
        <translation>Being reviewed by the county</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Needs more documents</source>
        <translation>Needs more documents</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Refused by the county</source>
        <translation>Refused by the county</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting up, one moment please…</source>
        <translation>Starting up, one moment please…</translation>
    </message>
    <message>
        <source>Sending now…</source>
        <translation>Sending now…</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Everything has been sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n application waiting to be sent.</numerusform>
            <numerusform>%n applications waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The oldest has been waiting for %1.</source>
        <translation>The oldest has been waiting for %1.</translation>
    </message>
    <message>
        <source>The county has not been reached from this kiosk yet.</source>
        <translation>The county has not been reached from this kiosk yet.</translation>
    </message>
    <message>
        <source>Last successful contact with the county: %1</source>
        <translation>Last successful contact with the county: %1</translation>
    </message>
    <message>
        <source>The last attempt did not get through. Applications stay safely on this kiosk and are sent automatically when the county can be reached. If this lasts more than a day, check the network cable or call the county's technician.</source>
        <translation>The last attempt did not get through. Applications stay safely on this kiosk and are sent automatically when the county can be reached. If this lasts more than a day, check the network cable or call the county's technician.</translation>
    </message>
    <message>
        <source>Details for the technician: %1</source>
        <translation>Details for the technician: %1</translation>
    </message>
    <message numerus="yes">
        <source>Refused by the county: %n application(s) need you</source>
        <translation>
            <numerusform>Refused by the county: %n application needs you</numerusform>
            <numerusform>Refused by the county: %n applications need you</numerusform>
        </translation>
    </message>
    <message>
        <source>The county has not refused any application.</source>
        <translation>The county has not refused any application.</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>No. %1 · %2</translation>
    </message>
    <message>
        <source>The county said: %1</source>
        <translation>The county said: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>What to do: %1</translation>
    </message>
    <message>
        <source>Applications on this kiosk</source>
        <translation>Applications on this kiosk</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The services on offer come from service list version %1.</source>
        <translation>The services on offer come from service list version %1.</translation>
    </message>
    <message>
        <source>The county sent a new service list that this kiosk cannot use, so the kiosk keeps offering the services it has. Ask the county's technician to send a corrected list.</source>
        <translation>The county sent a new service list that this kiosk cannot use, so the kiosk keeps offering the services it has. Ask the county's technician to send a corrected list.</translation>
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
    <name>bianmin::CaseDesk</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>a case number has eight letters and digits, like 3F2B-91AC</source>
        <translation>a case number has eight letters and digits, like 3F2B-91AC</translation>
    </message>
    <message>
        <source>no case with the number %1 on this kiosk</source>
        <translation>no case with the number %1 on this kiosk</translation>
    </message>
</context>
<context>
    <name>bianmin::Catalogue</name>
    <message>
        <source>%1: service "%2", field "%3": %4</source>
        <translation>%1: service "%2", field "%3": %4</translation>
    </message>
    <message>
        <source>%1: service "%2": %3</source>
        <translation>%1: service "%2": %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has an unknown member "%2"</source>
        <translation>%1 has an unknown member "%2"</translation>
    </message>
    <message>
        <source>%1 is missing (needs "zh" and "en")</source>
        <translation>%1 is missing (needs "zh" and "en")</translation>
    </message>
    <message>
        <source>%1 must be an object {"zh": ..., "en": ...}</source>
        <translation>%1 must be an object {"zh": ..., "en": ...}</translation>
    </message>
    <message>
        <source>%1 needs both "zh" and "en" texts</source>
        <translation>%1 needs both "zh" and "en" texts</translation>
    </message>
    <message>
        <source>"%1" must be a number</source>
        <translation>"%1" must be a number</translation>
    </message>
    <message>
        <source>"%1" must be a whole number from %2 to %3</source>
        <translation>"%1" must be a whole number from %2 to %3</translation>
    </message>
    <message>
        <source>"%1" must be true or false</source>
        <translation>"%1" must be true or false</translation>
    </message>
    <message>
        <source>"%1" must be an object {"field": ..., "equals": ...}</source>
        <translation>"%1" must be an object {"field": ..., "equals": ...}</translation>
    </message>
    <message>
        <source>"%1" needs a "field"</source>
        <translation>"%1" needs a "field"</translation>
    </message>
    <message>
        <source>"%1" needs "field" and exactly one of equals, not_equals, in, filled, empty, contains, gt, gte, lt, lte</source>
        <translation>"%1" needs "field" and exactly one of equals, not_equals, in, filled, empty, contains, gt, gte, lt, lte</translation>
    </message>
    <message>
        <source>"%1": "in" needs an array</source>
        <translation>"%1": "in" needs an array</translation>
    </message>
    <message>
        <source>"%1": a comparison needs a number or a date</source>
        <translation>"%1": a comparison needs a number or a date</translation>
    </message>
    <message>
        <source>a field must be an object</source>
        <translation>a field must be an object</translation>
    </message>
    <message>
        <source>the field id must be lowercase letters, digits and _ (got "%1")</source>
        <translation>the field id must be lowercase letters, digits and _ (got "%1")</translation>
    </message>
    <message>
        <source>the field</source>
        <translation>the field</translation>
    </message>
    <message>
        <source>unknown field type "%1"</source>
        <translation>unknown field type "%1"</translation>
    </message>
    <message>
        <source>"%1" does not apply to a %2 field</source>
        <translation>"%1" does not apply to a %2 field</translation>
    </message>
    <message>
        <source>"min" is greater than "max"</source>
        <translation>"min" is greater than "max"</translation>
    </message>
    <message>
        <source>"min_length" is greater than "max_length"</source>
        <translation>"min_length" is greater than "max_length"</translation>
    </message>
    <message>
        <source>"pattern" is not a valid regular expression: %1</source>
        <translation>"pattern" is not a valid regular expression: %1</translation>
    </message>
    <message>
        <source>"%1" must be a date yyyy-MM-dd</source>
        <translation>"%1" must be a date yyyy-MM-dd</translation>
    </message>
    <message>
        <source>a choice needs "options"</source>
        <translation>a choice needs "options"</translation>
    </message>
    <message>
        <source>an option</source>
        <translation>an option</translation>
    </message>
    <message>
        <source>every option needs a unique non-empty "value" ("%1")</source>
        <translation>every option needs a unique non-empty "value" ("%1")</translation>
    </message>
    <message>
        <source>the label of option "%1"</source>
        <translation>the label of option "%1"</translation>
    </message>
    <message>
        <source>"min_items" is greater than "max_items"</source>
        <translation>"min_items" is greater than "max_items"</translation>
    </message>
    <message>
        <source>a repeat group cannot hold another repeat group</source>
        <translation>a repeat group cannot hold another repeat group</translation>
    </message>
    <message>
        <source>a repeat group needs "fields"</source>
        <translation>a repeat group needs "fields"</translation>
    </message>
    <message>
        <source>the id is used twice in the group</source>
        <translation>the id is used twice in the group</translation>
    </message>
    <message>
        <source>unknown address level "%1" (province, city, county, town, village)</source>
        <translation>unknown address level "%1" (province, city, county, town, village)</translation>
    </message>
    <message>
        <source>"kind" must be "document" or "id_photo"</source>
        <translation>"kind" must be "document" or "id_photo"</translation>
    </message>
    <message>
        <source>a condition cannot depend on the field itself</source>
        <translation>a condition cannot depend on the field itself</translation>
    </message>
    <message>
        <source>the condition refers to "%1", which is not a field of this form</source>
        <translation>the condition refers to "%1", which is not a field of this form</translation>
    </message>
    <message>
        <source>the condition compares "%1" with "%2", which is not one of its options</source>
        <translation>the condition compares "%1" with "%2", which is not one of its options</translation>
    </message>
    <message>
        <source>"birth_date_field" must name a date field ("%1")</source>
        <translation>"birth_date_field" must name a date field ("%1")</translation>
    </message>
    <message>
        <source>"sex_field" must name a single choice with options "male" and "female" ("%1")</source>
        <translation>"sex_field" must name a single choice with options "male" and "female" ("%1")</translation>
    </message>
    <message>
        <source>check "%1"</source>
        <translation>check "%1"</translation>
    </message>
    <message>
        <source>a check needs an "id" of lowercase letters, digits and _</source>
        <translation>a check needs an "id" of lowercase letters, digits and _</translation>
    </message>
    <message>
        <source>check "%1" refers to a field that is not in the form ("%2", "%3")</source>
        <translation>check "%1" refers to a field that is not in the form ("%2", "%3")</translation>
    </message>
    <message>
        <source>the message of check "%1"</source>
        <translation>the message of check "%1"</translation>
    </message>
    <message>
        <source>check "%1": unknown op "%2"</source>
        <translation>check "%1": unknown op "%2"</translation>
    </message>
    <message>
        <source>check "%1" compares fields that are not both dates or both numbers</source>
        <translation>check "%1" compares fields that are not both dates or both numbers</translation>
    </message>
    <message>
        <source>check "%1": count_equals needs a repeat group and a number field</source>
        <translation>check "%1": count_equals needs a repeat group and a number field</translation>
    </message>
    <message>
        <source>check "%1": unknown type "%2" (compare, count_equals)</source>
        <translation>check "%1": unknown type "%2" (compare, count_equals)</translation>
    </message>
    <message>
        <source>a service needs an "id" of lowercase letters, digits and _</source>
        <translation>a service needs an "id" of lowercase letters, digits and _</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>the service</translation>
    </message>
    <message>
        <source>unknown category "%1"</source>
        <translation>unknown category "%1"</translation>
    </message>
    <message>
        <source>a material</source>
        <translation>a material</translation>
    </message>
    <message>
        <source>"promised_days" (working days) is missing</source>
        <translation>"promised_days" (working days) is missing</translation>
    </message>
    <message>
        <source>unknown tag "%1" (%2)</source>
        <translation>unknown tag "%1" (%2)</translation>
    </message>
    <message>
        <source>an approval step</source>
        <translation>an approval step</translation>
    </message>
    <message>
        <source>every approval step needs a unique "id" ("%1")</source>
        <translation>every approval step needs a unique "id" ("%1")</translation>
    </message>
    <message>
        <source>approval step "%1" needs a "role"</source>
        <translation>approval step "%1" needs a "role"</translation>
    </message>
    <message>
        <source>the name of approval step "%1"</source>
        <translation>the name of approval step "%1"</translation>
    </message>
    <message>
        <source>the service has no "form"</source>
        <translation>the service has no "form"</translation>
    </message>
    <message>
        <source>the form</source>
        <translation>the form</translation>
    </message>
    <message>
        <source>the form needs a "version"</source>
        <translation>the form needs a "version"</translation>
    </message>
    <message>
        <source>the form needs at least one step</source>
        <translation>the form needs at least one step</translation>
    </message>
    <message>
        <source>step "%1"</source>
        <translation>step "%1"</translation>
    </message>
    <message>
        <source>every step needs a unique "id" ("%1")</source>
        <translation>every step needs a unique "id" ("%1")</translation>
    </message>
    <message>
        <source>the title of step "%1"</source>
        <translation>the title of step "%1"</translation>
    </message>
    <message>
        <source>step "%1" has no fields</source>
        <translation>step "%1" has no fields</translation>
    </message>
    <message>
        <source>the field id is used twice in the form</source>
        <translation>the field id is used twice in the form</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at byte %3)</source>
        <translation>%1: not a JSON object (%2 at byte %3)</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>the catalogue</translation>
    </message>
    <message>
        <source>an announcement</source>
        <translation>an announcement</translation>
    </message>
    <message>
        <source>unknown catalogue "format" (this kiosk reads format 1)</source>
        <translation>unknown catalogue "format" (this kiosk reads format 1)</translation>
    </message>
    <message>
        <source>the catalogue needs a "version" number</source>
        <translation>the catalogue needs a "version" number</translation>
    </message>
    <message>
        <source>every category needs a unique "id" ("%1")</source>
        <translation>every category needs a unique "id" ("%1")</translation>
    </message>
    <message>
        <source>the name of category "%1"</source>
        <translation>the name of category "%1"</translation>
    </message>
    <message>
        <source>the catalogue has no "services"</source>
        <translation>the catalogue has no "services"</translation>
    </message>
    <message>
        <source>service "%1" must be inline in a single-document catalogue</source>
        <translation>service "%1" must be inline in a single-document catalogue</translation>
    </message>
    <message>
        <source>a service must be an object or a file name</source>
        <translation>a service must be an object or a file name</translation>
    </message>
    <message>
        <source>the service id is used twice in the catalogue</source>
        <translation>the service id is used twice in the catalogue</translation>
    </message>
    <message>
        <source>county catalogue</source>
        <translation>county catalogue</translation>
    </message>
    <message>
        <source>county catalogue version %1</source>
        <translation>county catalogue version %1</translation>
    </message>
    <message>
        <source>the form differs from the installed one but keeps version %1; give the changed form a new version</source>
        <translation>the form differs from the installed one but keeps version %1; give the changed form a new version</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: cannot create the directory</translation>
    </message>
</context>
<context>
    <name>bianmin::KioskApp</name>
    <message>
        <source>A clerk must be logged in to submit for a villager.</source>
        <translation>A clerk must be logged in to submit for a villager.</translation>
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
    <message>
        <source>The staff side of the kiosk is not ready yet.</source>
        <translation>The staff side of the kiosk is not ready yet.</translation>
    </message>
    <message>
        <source>The application was not saved: %1</source>
        <translation>The application was not saved: %1</translation>
    </message>
</context>
<context>
    <name>bianmin::SyncStatus</name>
    <message>
        <source>The county already holds a different version of this case. Do not submit it again; call the county service desk with the case number.</source>
        <translation>The county already holds a different version of this case. Do not submit it again; call the county service desk with the case number.</translation>
    </message>
    <message>
        <source>The county could not accept this case. Correct what the county's message names and submit a new application with the applicant.</source>
        <translation>The county could not accept this case. Correct what the county's message names and submit a new application with the applicant.</translation>
    </message>
</context>
</TS>
