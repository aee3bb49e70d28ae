<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicantsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tibetan name</source>
        <translation>Tibetan name</translation>
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
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Find by ID number, phone or name (any spelling, Chinese or Tibetan)</source>
        <translation>Find by ID number, phone or name (any spelling, Chinese or Tibetan)</translation>
    </message>
    <message>
        <source>New application for this person</source>
        <translation>New application for this person</translation>
    </message>
    <message>
        <source>Register or update an applicant</source>
        <translation>Register or update an applicant</translation>
    </message>
    <message>
        <source>Name on the ID card</source>
        <translation>Name on the ID card</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>Village group</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Disability note</source>
        <translation>Disability note</translation>
    </message>
    <message>
        <source>The number is right as on the card (confirm)</source>
        <translation>The number is right as on the card (confirm)</translation>
    </message>
    <message>
        <source>Has a disability certificate</source>
        <translation>Has a disability certificate</translation>
    </message>
    <message>
        <source>Save applicant</source>
        <translation>Save applicant</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>Age %1: free proxy service (elderly or disabled).</source>
        <translation>Age %1: free proxy service (elderly or disabled).</translation>
    </message>
    <message>
        <source>Age %1.</source>
        <translation>Age %1.</translation>
    </message>
    <message>
        <source>Registered: %1.</source>
        <translation>Registered: %1.</translation>
    </message>
    <message>
        <source>Updated: %1.</source>
        <translation>Updated: %1.</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <source>(only in the stated cases)</source>
        <translation>(only in the stated cases)</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>Asked: %1</translation>
    </message>
    <message>
        <source>What is wrong (required if defective)</source>
        <translation>What is wrong (required if defective)</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>%1 file(s), %2</source>
        <translation>%1 file(s), %2</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Applicant&apos;s ID number</source>
        <translation>Applicant&apos;s ID number</translation>
    </message>
    <message>
        <source>18 characters, then Enter</source>
        <translation>18 characters, then Enter</translation>
    </message>
    <message>
        <source>Start application</source>
        <translation>Start application</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>Materials checklist</translation>
    </message>
    <message>
        <source>Scan or photo</source>
        <translation>Scan or photo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Drop a file here, use Attach…, or scan into the scanner folder: %1</source>
        <translation>Drop a file here, use Attach…, or scan into the scanner folder: %1</translation>
    </message>
    <message>
        <source>Missing materials: print the one-time notification</source>
        <translation>Missing materials: print the one-time notification</translation>
    </message>
    <message>
        <source>Complete: print the receipt and queue</source>
        <translation>Complete: print the receipt and queue</translation>
    </message>
    <message>
        <source>Not registered: register on the Applicants screen first.</source>
        <translation>Not registered: register on the Applicants screen first.</translation>
    </message>
    <message>
        <source>Choose the service item and the applicant first.</source>
        <translation>Choose the service item and the applicant first.</translation>
    </message>
    <message>
        <source>Choose an item and an applicant, then start.</source>
        <translation>Choose an item and an applicant, then start.</translation>
    </message>
    <message>
        <source>%1 — state: %2</source>
        <translation>%1 — state: %2</translation>
    </message>
    <message>
        <source>Free proxy service</source>
        <translation>Free proxy service</translation>
    </message>
    <message>
        <source>The one-time notification lists every missing material. Give it to the villager.</source>
        <translation>The one-time notification lists every missing material. Give it to the villager.</translation>
    </message>
    <message>
        <source>Queued. Tracking number %1. Give the receipt to the villager.</source>
        <translation>Queued. Tracking number %1. Give the receipt to the villager.</translation>
    </message>
    <message>
        <source>Choose a scan or photo</source>
        <translation>Choose a scan or photo</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic)</source>
        <translation>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic)</translation>
    </message>
    <message>
        <source>Start the application first.</source>
        <translation>Start the application first.</translation>
    </message>
    <message>
        <source>Compressing…</source>
        <translation>Compressing…</translation>
    </message>
    <message>
        <source>No file waiting</source>
        <translation>No file waiting</translation>
    </message>
    <message>
        <source>For: %1. Size after compression: %2 (was %3).</source>
        <translation>For: %1. Size after compression: %2 (was %3).</translation>
    </message>
    <message>
        <source>PDF file (no picture preview)</source>
        <translation>PDF file (no picture preview)</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>Search by name (Chinese or Tibetan), code or department</source>
        <translation>Search by name (Chinese or Tibetan), code or department</translation>
    </message>
    <message>
        <source>Print the guide for the villager</source>
        <translation>Print the guide for the villager</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>on the spot</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation>%1 calendar days</translation>
    </message>
    <message>
        <source>Catalog version %1.</source>
        <translation>Catalog version %1.</translation>
    </message>
    <message>
        <source>A realistic sample, not the official catalog.</source>
        <translation>A realistic sample, not the official catalog.</translation>
    </message>
    <message>
        <source>(only in the stated cases)</source>
        <translation>(only in the stated cases)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Apply in person at the township.</source>
        <translation>Apply in person at the township.</translation>
    </message>
    <message>
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <source>Type the 18-character ID number from the card.</source>
        <translation>Type the 18-character ID number from the card.</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1. Check for a missing or extra digit.</source>
        <translation>An ID number has 18 characters; this one has %1. Check for a missing or extra digit.</translation>
    </message>
    <message>
        <source>Character %1 is not allowed: only digits, and X as the last character.</source>
        <translation>Character %1 is not allowed: only digits, and X as the last character.</translation>
    </message>
    <message>
        <source>This is an old 15-digit number. Use the 18-character number on the new card.</source>
        <translation>This is an old 15-digit number. Use the 18-character number on the new card.</translation>
    </message>
    <message>
        <source>Characters 7 to 14 are the birth date, and %1 is not a real date. Check those digits.</source>
        <translation>Characters 7 to 14 are the birth date, and %1 is not a real date. Check those digits.</translation>
    </message>
    <message>
        <source>The birth date in the number is too long ago. Check characters 7 to 14.</source>
        <translation>The birth date in the number is too long ago. Check characters 7 to 14.</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future. Check characters 7 to 14.</source>
        <translation>The birth date in the number is in the future. Check characters 7 to 14.</translation>
    </message>
    <message>
        <source>The last character should be %1 for these digits. One digit is probably mistyped: read the number on the card again.</source>
        <translation>The last character should be %1 for these digits. One digit is probably mistyped: read the number on the card again.</translation>
    </message>
    <message>
        <source>The first 6 digits (%1) are not a known county code. Check them; if the card really says so, tick the box to confirm.</source>
        <translation>The first 6 digits (%1) are not a known county code. Check them; if the card really says so, tick the box to confirm.</translation>
    </message>
    <message>
        <source>The first 6 digits (%1) are not a county code. Check them; if the card really says so, tick the box to confirm.</source>
        <translation>The first 6 digits (%1) are not a county code. Check them; if the card really says so, tick the box to confirm.</translation>
    </message>
    <message>
        <source>This number makes the person %1 years old. Check the birth date; tick the box to confirm.</source>
        <translation>This number makes the person %1 years old. Check the birth date; tick the box to confirm.</translation>
    </message>
    <message>
        <source>Type the name as it is on the ID card.</source>
        <translation>Type the name as it is on the ID card.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <source>The name has characters that cannot be on an ID card.</source>
        <translation>The name has characters that cannot be on an ID card.</translation>
    </message>
    <message>
        <source>The middle dot (·) goes between two parts of the name.</source>
        <translation>The middle dot (·) goes between two parts of the name.</translation>
    </message>
    <message>
        <source>The Tibetan name must be in Tibetan script.</source>
        <translation>The Tibetan name must be in Tibetan script.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 13 digits.</source>
        <translation>A phone number has 7 to 13 digits.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before a short wait.</source>
        <translation>Wrong PIN. %1 tries left before a short wait.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>Too many wrong PINs. Wait %1 seconds.</translation>
    </message>
    <message>
        <source>Set a PIN for this agent first.</source>
        <translation>Set a PIN for this agent first.</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>A PIN has 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Type the current PIN to change it.</source>
        <translation>Type the current PIN to change it.</translation>
    </message>
    <message>
        <source>This agent is no longer on the roster.</source>
        <translation>This agent is no longer on the roster.</translation>
    </message>
    <message>
        <source>Say what is wrong with the defective material.</source>
        <translation>Say what is wrong with the defective material.</translation>
    </message>
    <message>
        <source>Check every material first.</source>
        <translation>Check every material first.</translation>
    </message>
    <message>
        <source>Some required materials are still missing.</source>
        <translation>Some required materials are still missing.</translation>
    </message>
    <message>
        <source>A required material cannot be marked not applicable.</source>
        <translation>A required material cannot be marked not applicable.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Nothing is missing.</translation>
    </message>
    <message>
        <source>Only the materials the township returned can be changed.</source>
        <translation>Only the materials the township returned can be changed.</translation>
    </message>
    <message>
        <source>This application can no longer be changed here.</source>
        <translation>This application can no longer be changed here.</translation>
    </message>
    <message>
        <source>This step is not possible in the application&apos;s state.</source>
        <translation>This step is not possible in the application&apos;s state.</translation>
    </message>
    <message>
        <source>This item needs the applicant in person at the township.</source>
        <translation>This item needs the applicant in person at the township.</translation>
    </message>
    <message>
        <source>Enroll this laptop with the township before issuing receipts.</source>
        <translation>Enroll this laptop with the township before issuing receipts.</translation>
    </message>
    <message>
        <source>For a poor rating, write what went wrong.</source>
        <translation>For a poor rating, write what went wrong.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached.</source>
        <translation>This kind of file cannot be attached.</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>The file is damaged.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The township cannot be reached. Try again later.</source>
        <translation>The township cannot be reached. Try again later.</translation>
    </message>
    <message>
        <source>The network asks for a sign-in page first.</source>
        <translation>The network asks for a sign-in page first.</translation>
    </message>
    <message>
        <source>The township server is busy. Try again later.</source>
        <translation>The township server is busy. Try again later.</translation>
    </message>
    <message>
        <source>The server is not the one this code was made for. Do not continue; call the township.</source>
        <translation>The server is not the one this code was made for. Do not continue; call the township.</translation>
    </message>
    <message>
        <source>The code is not complete. Check it.</source>
        <translation>The code is not complete. Check it.</translation>
    </message>
    <message>
        <source>The server address starts with https://</source>
        <translation>The server address starts with https://</translation>
    </message>
    <message>
        <source>This code is too short. Ask the township for the long code.</source>
        <translation>This code is too short. Ask the township for the long code.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>The township changed this application meanwhile. Sync again; then check it.</source>
        <translation>The township changed this application meanwhile. Sync again; then check it.</translation>
    </message>
    <message>
        <source>The township refused this entry as incomplete. Open it, fix it, send again.</source>
        <translation>The township refused this entry as incomplete. Open it, fix it, send again.</translation>
    </message>
    <message>
        <source>This laptop is no longer enrolled. Enroll it again.</source>
        <translation>This laptop is no longer enrolled. Enroll it again.</translation>
    </message>
    <message>
        <source>Held back by the township (%1). Call the township center.</source>
        <translation>Held back by the township (%1). Call the township center.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to VillageDesk</source>
        <translation>Welcome to VillageDesk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Enroll this laptop with the township: type the server address and the one-time code the township center gave you.</source>
        <translation>Enroll this laptop with the township: type the server address and the one-time code the township center gave you.</translation>
    </message>
    <message>
        <source>Township server</source>
        <translation>Township server</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enroll</translation>
    </message>
    <message>
        <source>Later (work offline)</source>
        <translation>Later (work offline)</translation>
    </message>
    <message>
        <source>Type the server address and the code.</source>
        <translation>Type the server address and the code.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Open to fix the returned materials</source>
        <translation>Open to fix the returned materials</translation>
    </message>
    <message>
        <source>Print the decision document</source>
        <translation>Print the decision document</translation>
    </message>
    <message>
        <source>Print the notice of not accepting</source>
        <translation>Print the notice of not accepting</translation>
    </message>
    <message>
        <source>Print the acceptance notice</source>
        <translation>Print the acceptance notice</translation>
    </message>
    <message>
        <source>Hand over the result</source>
        <translation>Hand over the result</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <source>Rating (好差评)</source>
        <translation>Rating (好差评)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Thumbprint</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Record the delivery</source>
        <translation>Record the delivery</translation>
    </message>
    <message>
        <source>Deadlines count working days from the township&apos;s acceptance date. * = the holiday schedule for that year is not official yet.</source>
        <translation>Deadlines count working days from the township&apos;s acceptance date. * = the holiday schedule for that year is not official yet.</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Nothing to follow up.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Returned for correction. To fix: %1</source>
        <translation>Returned for correction. To fix: %1</translation>
    </message>
    <message>
        <source>Not accepted. Reason: %1</source>
        <translation>Not accepted. Reason: %1</translation>
    </message>
    <message>
        <source>Write who received the result.</source>
        <translation>Write who received the result.</translation>
    </message>
    <message>
        <source>Delivery recorded.</source>
        <translation>Delivery recorded.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VillageDesk — village proxy point</source>
        <translation>VillageDesk — village proxy point</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Service catalog</source>
        <translation>Service catalog</translation>
    </message>
    <message>
        <source>Outbox and sync</source>
        <translation>Outbox and sync</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Trips</translation>
    </message>
    <message>
        <source>Consultations and visits</source>
        <translation>Consultations and visits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>You took over the open work (AB岗); it is recorded on each application.</source>
        <translation>You took over the open work (AB岗); it is recorded on each application.</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>Export to USB…</translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation>Import from USB…</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation>Hand-over list</translation>
    </message>
    <message>
        <source>The township is reachable.</source>
        <translation>The township is reachable.</translation>
    </message>
    <message>
        <source>The township cannot be reached now; work goes on offline.</source>
        <translation>The township cannot be reached now; work goes on offline.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 change(s) waiting, %2 held back. Last successful sync: %3.</source>
        <translation>%1 change(s) waiting, %2 held back. Last successful sync: %3.</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the township yet.</source>
        <translation>This laptop is not enrolled with the township yet.</translation>
    </message>
    <message>
        <source>Syncing… you can keep working.</source>
        <translation>Syncing… you can keep working.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Sending files…</source>
        <translation>Sending files…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Sending changes…</translation>
    </message>
    <message>
        <source>Receiving from the township…</source>
        <translation>Receiving from the township…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received.</source>
        <translation>Sync finished: %1 sent, %2 received.</translation>
    </message>
    <message>
        <source>Sync finished, but %1 change(s) were held back: see below.</source>
        <translation>Sync finished, but %1 change(s) were held back: see below.</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>Export to USB</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>%1 change(s) written to %2.</translation>
    </message>
    <message>
        <source>Import from USB</source>
        <translation>Import from USB</translation>
    </message>
    <message>
        <source>Imported the township&apos;s batch.</source>
        <translation>Imported the township&apos;s batch.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 page(s)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Answer by</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>Item code (optional)</source>
        <translation>Item code (optional)</translation>
    </message>
    <message>
        <source>Free proxy</source>
        <translation>Free proxy</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>ID number (optional)</translation>
    </message>
    <message>
        <source>Elderly or disabled: free service</source>
        <translation>Elderly or disabled: free service</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Lock after (minutes, 0 = never)</source>
        <translation>Lock after (minutes, 0 = never)</translation>
    </message>
    <message>
        <source>Printed slips in</source>
        <translation>Printed slips in</translation>
    </message>
    <message>
        <source>Use larger text everywhere</source>
        <translation>Use larger text everywhere</translation>
    </message>
    <message>
        <source>Chinese and Tibetan</source>
        <translation>Chinese and Tibetan</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>Tibetan</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Take over the open work of %1 (AB岗)</source>
        <translation>Take over the open work of %1 (AB岗)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>%1 stepped away. Type the PIN to continue.</source>
        <translation>%1 stepped away. Type the PIN to continue.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>No agents yet: the roster comes from the township with the first sync.</source>
        <translation>No agents yet: the roster comes from the township with the first sync.</translation>
    </message>
    <message>
        <source>Set PIN and sign in</source>
        <translation>Set PIN and sign in</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>Countersigned by</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Originals to the township</source>
        <translation>Originals to the township</translation>
    </message>
    <message>
        <source>Results to the village</source>
        <translation>Results to the village</translation>
    </message>
    <message>
        <source>Originals to carry to the township</source>
        <translation>Originals to carry to the township</translation>
    </message>
    <message>
        <source>Results to bring back</source>
        <translation>Results to bring back</translation>
    </message>
    <message>
        <source>Hand-over lists</source>
        <translation>Hand-over lists</translation>
    </message>
    <message>
        <source>Make the hand-over list and print it</source>
        <translation>Make the hand-over list and print it</translation>
    </message>
    <message>
        <source>Make the list of results and print it</source>
        <translation>Make the list of results and print it</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Name of the township staff who checked it</source>
        <translation>Name of the township staff who checked it</translation>
    </message>
    <message>
        <source>Record the countersignature</source>
        <translation>Record the countersignature</translation>
    </message>
    <message>
        <source>Countersignature recorded.</source>
        <translation>Countersignature recorded.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Waiting for materials</source>
        <translation>Waiting for materials</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>Queued to send</translation>
    </message>
    <message>
        <source>Arrived at the township</source>
        <translation>Arrived at the township</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Original received</source>
        <translation>Original received</translation>
    </message>
    <message>
        <source>Original seen, copy kept</source>
        <translation>Original seen, copy kept</translation>
    </message>
    <message>
        <source>Copy received</source>
        <translation>Copy received</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Defective</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>original and copy</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>Basically satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Through</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Held back</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Clock stopped</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Overdue by %1 working days</source>
        <translation>Overdue by %1 working days</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>%1 working days left</translation>
    </message>
</context>
</TS>
