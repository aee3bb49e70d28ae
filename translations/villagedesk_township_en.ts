<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgentsPage</name>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Tibetan name</source>
        <translation>Tibetan name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <source>New enrollment code</source>
        <translation>New enrollment code</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Last change received</source>
        <translation>Last change received</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>Fewer than %1 active agents: %2</source>
        <translation>Fewer than %1 active agents: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <source>Open an application from the arrivals or the deadlines board.</source>
        <translation>Open an application from the arrivals or the deadlines board.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Agent&apos;s check</source>
        <translation>Agent&apos;s check</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>The agent&apos;s checklist</source>
        <translation>The agent&apos;s checklist</translation>
    </message>
    <message>
        <source>Departments (parallel review)</source>
        <translation>Departments (parallel review)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Return for correction…</source>
        <translation>Return for correction…</translation>
    </message>
    <message>
        <source>Not accept…</source>
        <translation>Not accept…</translation>
    </message>
    <message>
        <source>Route to departments…</source>
        <translation>Route to departments…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Stop clock…</source>
        <translation>Stop clock…</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Extend…</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Print the notice again…</source>
        <translation>Print the notice again…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · state: %4 · version %5</source>
        <translation>%1 · %2 · %3 · state: %4 · version %5</translation>
    </message>
    <message>
        <source>If you disagree, you may apply for administrative review to %1 within 60 days, or bring an administrative lawsuit before %2 within 6 months.</source>
        <translation>If you disagree, you may apply for administrative review to %1 within 60 days, or bring an administrative lawsuit before %2 within 6 months.</translation>
    </message>
    <message>
        <source>Saved for printing: %1</source>
        <translation>Saved for printing: %1</translation>
    </message>
    <message>
        <source>%1: done (now %2).</source>
        <translation>%1: done (now %2).</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>Import a USB batch…</source>
        <translation>Import a USB batch…</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>0-1 days</source>
        <translation>0-1 days</translation>
    </message>
    <message>
        <source>2-3 days</source>
        <translation>2-3 days</translation>
    </message>
    <message>
        <source>4-5 days</source>
        <translation>4-5 days</translation>
    </message>
    <message>
        <source>Over 5 days</source>
        <translation>Over 5 days</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Working days waiting</source>
        <translation>Working days waiting</translation>
    </message>
    <message>
        <source>USB batch from a village</source>
        <translation>USB batch from a village</translation>
    </message>
    <message>
        <source>The batch was refused whole: %1 (%2)</source>
        <translation>The batch was refused whole: %1 (%2)</translation>
    </message>
    <message>
        <source>Batch from %1: %2 new applications; records: %3 new, %4 already here, %5 refused.</source>
        <translation>Batch from %1: %2 new applications; records: %3 new, %4 already here, %5 refused.</translation>
    </message>
    <message>
        <source>Entry %1 refused: %2</source>
        <translation>Entry %1 refused: %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Entry number printed on a report</source>
        <translation>Entry number printed on a report</translation>
    </message>
    <message>
        <source>Hash printed on that report</source>
        <translation>Hash printed on that report</translation>
    </message>
    <message>
        <source>Check the audit chain</source>
        <translation>Check the audit chain</translation>
    </message>
    <message>
        <source>Villages without network: their changes on a USB stick</source>
        <translation>Villages without network: their changes on a USB stick</translation>
    </message>
    <message>
        <source>Export for the village…</source>
        <translation>Export for the village…</translation>
    </message>
    <message>
        <source>Printed entry</source>
        <translation>Printed entry</translation>
    </message>
    <message>
        <source>Printed hash</source>
        <translation>Printed hash</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries, head %2 (entry %3); %4 published heads match.</source>
        <translation>The audit chain is intact: %1 entries, head %2 (entry %3); %4 published heads match.</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at entry %1 (%2). Report this to the county.</source>
        <translation>The audit chain is BROKEN at entry %1 (%2). Report this to the county.</translation>
    </message>
    <message>
        <source>USB batch for the village</source>
        <translation>USB batch for the village</translation>
    </message>
    <message>
        <source>%1 changes written to %2</source>
        <translation>%1 changes written to %2</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Rest day</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State Council</source>
        <translation>State Council</translation>
    </message>
    <message>
        <source>Estimated by rule</source>
        <translation>Estimated by rule</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Losar</source>
        <translation>e.g. Losar</translation>
    </message>
    <message>
        <source>Add local holiday</source>
        <translation>Add local holiday</translation>
    </message>
    <message>
        <source>Next year&apos;s official schedule, one line each: 2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休</source>
        <translation>Next year&apos;s official schedule, one line each: 2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休</translation>
    </message>
    <message>
        <source>Enter official schedule for the year</source>
        <translation>Enter official schedule for the year</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Official schedule entered</source>
        <translation>Official schedule entered</translation>
    </message>
    <message>
        <source>Provisional: enter the State Council&apos;s notice when it is published</source>
        <translation>Provisional: enter the State Council&apos;s notice when it is published</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <source>Name (Tibetan)</source>
        <translation>Name (Tibetan)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Material (Chinese)</source>
        <translation>Material (Chinese)</translation>
    </message>
    <message>
        <source>Material (Tibetan)</source>
        <translation>Material (Tibetan)</translation>
    </message>
    <message>
        <source>New version, e.g. 2026-12-township</source>
        <translation>New version, e.g. 2026-12-township</translation>
    </message>
    <message>
        <source>Publish to every village</source>
        <translation>Publish to every village</translation>
    </message>
    <message>
        <source>Current version: %1 (published: %2)</source>
        <translation>Current version: %1 (published: %2)</translation>
    </message>
    <message>
        <source>Give the new catalog a version first.</source>
        <translation>Give the new catalog a version first.</translation>
    </message>
    <message>
        <source>Catalog %1 published; it reaches every village at its next sync.</source>
        <translation>Catalog %1 published; it reaches every village at its next sync.</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Extend the time limit</source>
        <translation>Extend the time limit</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Stop the clock</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>On-site inspection</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>Public notice</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>Expert review</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>Resolve by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>How it was resolved</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>Complaints, each to a resolution by its date</source>
        <translation>Complaints, each to a resolution by its date</translation>
    </message>
    <message>
        <source>Villagers&apos; ratings (好差评)</source>
        <translation>Villagers&apos; ratings (好差评)</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>Due within 3 working days</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>clock stopped</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Working days left</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>Record a decision</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>Choose PDF…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decision document (PDF)</source>
        <translation>Decision document (PDF)</translation>
    </message>
    <message>
        <source>Decision document</source>
        <translation>Decision document</translation>
    </message>
</context>
<context>
    <name>DepartmentTasksPage</name>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Our decision</source>
        <translation>Our decision</translation>
    </message>
    <message>
        <source>Applications routed to %1</source>
        <translation>Applications routed to %1</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
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
        <source>Countersign</source>
        <translation>Countersign</translation>
    </message>
    <message>
        <source>Countersigned by %1 on %2</source>
        <translation>Countersigned by %1 on %2</translation>
    </message>
</context>
<context>
    <name>MaterialsViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
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
        <source>No file for this material</source>
        <translation>No file for this material</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>NotAcceptDialog</name>
    <message>
        <source>Not accept</source>
        <translation>Not accept</translation>
    </message>
    <message>
        <source>If outside our powers: the office to apply to</source>
        <translation>If outside our powers: the office to apply to</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Apply instead to</source>
        <translation>Apply instead to</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>Remedies</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Avg. working days</source>
        <translation>Avg. working days</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
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
        <source>Good ratings</source>
        <translation>Good ratings</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <source>Free proxy services</source>
        <translation>Free proxy services</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Monthly PDF report…</source>
        <translation>Monthly PDF report…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return for correction</source>
        <translation>Return for correction</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
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
        <source>Notes for the applicant (printed on the notification)</source>
        <translation>Notes for the applicant (printed on the notification)</translation>
    </message>
    <message>
        <source>Everything to correct, at once: the applicant is asked only once.</source>
        <translation>Everything to correct, at once: the applicant is asked only once.</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route to departments</source>
        <translation>Route to departments</translation>
    </message>
    <message>
        <source>Another body (type its name)</source>
        <translation>Another body (type its name)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Township convenience service center: staff sign-in</source>
        <translation>Township convenience service center: staff sign-in</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>Department reviewers only</source>
        <translation>Department reviewers only</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>Save account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Account %1 saved.</translation>
    </message>
</context>
<context>
    <name>TownshipDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TownshipWindow</name>
    <message>
        <source>VillageDesk — township center</source>
        <translation>VillageDesk — township center</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Our department&apos;s tasks</source>
        <translation>Our department&apos;s tasks</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>At the window</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Hand-over lists</source>
        <translation>Hand-over lists</translation>
    </message>
    <message>
        <source>Complaints and ratings</source>
        <translation>Complaints and ratings</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Agents and devices</source>
        <translation>Agents and devices</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>Holiday calendar</translation>
    </message>
    <message>
        <source>Audit and USB</source>
        <translation>Audit and USB</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Someone else acted on this application first (it is now version %1). Your action was not applied; the application has been reloaded: check it and decide again.</source>
        <translation>Someone else acted on this application first (it is now version %1). Your action was not applied; the application has been reloaded: check it and decide again.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>As the reviewer for %1 you can only see and decide its own tasks.</source>
        <translation>As the reviewer for %1 you can only see and decide its own tasks.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Your role (%1) does not allow this.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Your role or township does not allow this.</source>
        <translation>Your role or township does not allow this.</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again.</source>
        <translation>Your session has expired; sign in again.</translation>
    </message>
    <message>
        <source>The township server cannot be reached.</source>
        <translation>The township server cannot be reached.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message>
        <source>Tick at least one material to correct.</source>
        <translation>Tick at least one material to correct.</translation>
    </message>
    <message>
        <source>Say what is wrong with each defective material.</source>
        <translation>Say what is wrong with each defective material.</translation>
    </message>
    <message>
        <source>Choose at least one department.</source>
        <translation>Choose at least one department.</translation>
    </message>
    <message>
        <source>This action is not possible in the application&apos;s present state.</source>
        <translation>This action is not possible in the application&apos;s present state.</translation>
    </message>
    <message>
        <source>The batch file was changed after the village wrote it.</source>
        <translation>The batch file was changed after the village wrote it.</translation>
    </message>
    <message>
        <source>The batch is not for this township.</source>
        <translation>The batch is not for this township.</translation>
    </message>
    <message>
        <source>A department reviewer needs its department.</source>
        <translation>A department reviewer needs its department.</translation>
    </message>
    <message>
        <source>Only a department reviewer has a department.</source>
        <translation>Only a department reviewer has a department.</translation>
    </message>
    <message>
        <source>Give a user name and a password.</source>
        <translation>Give a user name and a password.</translation>
    </message>
    <message>
        <source>The server refused: %1 (%2)</source>
        <translation>The server refused: %1 (%2)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>returned for correction</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>not accepted</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in review</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>result ready</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>awaiting materials</source>
        <translation>awaiting materials</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>checklist updated</source>
        <translation>checklist updated</translation>
    </message>
    <message>
        <source>one-time notification issued</source>
        <translation>one-time notification issued</translation>
    </message>
    <message>
        <source>taken over by the other agent</source>
        <translation>taken over by the other agent</translation>
    </message>
    <message>
        <source>routed to departments</source>
        <translation>routed to departments</translation>
    </message>
    <message>
        <source>a department decided</source>
        <translation>a department decided</translation>
    </message>
    <message>
        <source>clock resumed</source>
        <translation>clock resumed</translation>
    </message>
    <message>
        <source>time limit extended</source>
        <translation>time limit extended</translation>
    </message>
    <message>
        <source>withdrawal requested</source>
        <translation>withdrawal requested</translation>
    </message>
    <message>
        <source>withdrawal refused</source>
        <translation>withdrawal refused</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>original kept</source>
        <translation>original kept</translation>
    </message>
    <message>
        <source>original seen, copy kept</source>
        <translation>original seen, copy kept</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>defective</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>clock stopped</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>window clerk</source>
        <translation>window clerk</translation>
    </message>
    <message>
        <source>department reviewer</source>
        <translation>department reviewer</translation>
    </message>
    <message>
        <source>center director</source>
        <translation>center director</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
</context>
</TS>
