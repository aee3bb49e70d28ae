<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo_CN">
<context>
    <name>AgentsPage</name>
    <message>
        <source>Village</source>
        <translation>གྲོང་ཚོ</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ལས་བྱེད་པ</translation>
    </message>
    <message>
        <source>Tibetan name</source>
        <translation>བོད་ཡིག་གི་མིང</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ཁ་པར་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ལས་ཀར་ཡོད</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ཡིན</translation>
    </message>
    <message>
        <source>no</source>
        <translation>མིན</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>ལས་བྱེད་པ་ཁ་སྣོན</translation>
    </message>
    <message>
        <source>New enrollment code</source>
        <translation>ཐོ་འགོད་ཨང་རྟགས་གསར་བཟོ</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>གློག་ཀླད (设备)</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>མཉམ་བགྲོད་མཐའ་མ</translation>
    </message>
    <message>
        <source>Last change received</source>
        <translation>མཐའ་མར་འབྱོར་བའི་བཟོ་བཅོས</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ཐོ་འགོད་སུབ་ཟིན (已吊销)</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>གློག་ཀླད་ཐོ་འགོད་སུབ་པ (吊销)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>མིང</translation>
    </message>
    <message>
        <source>never</source>
        <translation>མེད</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>སྐར་མ་ %1 སྔོན</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>ཆུ་ཚོད་ %1 སྔོན</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>ཉིན་ %1 སྔོན</translation>
    </message>
    <message>
        <source>Fewer than %1 active agents: %2</source>
        <translation>ལས་ཀར་ཡོད་པའི་ལས་བྱེད་པ་ %1 ལས་ཉུང: %2</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <source>Open an application from the arrivals or the deadlines board.</source>
        <translation>འབྱོར་བའམ་དུས་བཅད་ཀྱི་གསལ་ཐོ་ནས་རེ་ཞུ་གཅིག་ཁ་འབྱེད་རོགས</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>ཡིག་ཆ (材料)</translation>
    </message>
    <message>
        <source>Agent&apos;s check</source>
        <translation>ཞིབ་བཤེར</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>གྲངས</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ཡིག་ཆ</translation>
    </message>
    <message>
        <source>The agent&apos;s checklist</source>
        <translation>ལས་བྱེད་པའི་ཡིག་ཆའི་གསལ་ཐོ</translation>
    </message>
    <message>
        <source>Departments (parallel review)</source>
        <translation>ལས་ཁུངས (并联办理)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>སྒྲུབ་ཚད (办理记录)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>རེ་ཞུ་ལེན (受理)</translation>
    </message>
    <message>
        <source>Return for correction…</source>
        <translation>(退回补正) ཕྱིར་ལོག…</translation>
    </message>
    <message>
        <source>Not accept…</source>
        <translation>རེ་ཞུ་ལེན་མེད (不予受理)…</translation>
    </message>
    <message>
        <source>Route to departments…</source>
        <translation>ལས་ཁུངས་ལ་བསྐུར…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>གཏན་འཁེལ་ཐོ་འགོད…</translation>
    </message>
    <message>
        <source>Stop clock…</source>
        <translation>དུས་ཚོད་མཚམས་འཇོགས (计时)…</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>དུས་ཚོད་མུ་མཐུད (恢复计时)</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>དུས་བཅད (延期)…</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>(办理结果) གྲ་སྒྲིག་ཟིན</translation>
    </message>
    <message>
        <source>Print the notice again…</source>
        <translation>བརྡ་ཐོ་ཡང་བསྐྱར་པར་འདེབས…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · state: %4 · version %5</source>
        <translation>%1 · %2 · %3 · རྣམ་པ: %4 · པར་གཞི་ %5</translation>
    </message>
    <message>
        <source>If you disagree, you may apply for administrative review to %1 within 60 days, or bring an administrative lawsuit before %2 within 6 months.</source>
        <translation>ཡིད་མ་ཚིམ་ན་ཉིན་ 60 ནང་ %1 ལ་(行政复议)རེ་ཞུ་བྱེད་ཆོག ཡང་ན་ཟླ་ 6 ནང་ %2 ལ་(行政诉讼)འབུལ་ཆོག</translation>
    </message>
    <message>
        <source>Saved for printing: %1</source>
        <translation>པར་འདེབས་ཆེད་ཉར་ཚགས་བྱས: %1</translation>
    </message>
    <message>
        <source>%1: done (now %2).</source>
        <translation>%1: གྲུབ་ཟིན (ད་ལྟ་ %2)</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>All villages</source>
        <translation>གྲོང་ཚོ་ཚང་མ</translation>
    </message>
    <message>
        <source>Import a USB batch…</source>
        <translation>USB ནས་ནང་འདྲེན…</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>གྲོང་ཚོ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <source>0-1 days</source>
        <translation>ཉིན་ 0-1</translation>
    </message>
    <message>
        <source>2-3 days</source>
        <translation>ཉིན་ 2-3</translation>
    </message>
    <message>
        <source>4-5 days</source>
        <translation>ཉིན་ 4-5</translation>
    </message>
    <message>
        <source>Over 5 days</source>
        <translation>ཉིན་ 5 ལས་མང་བ</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ཨང་གྲངས (办件编号)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ཞབས་ཞུ (事项)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ལས་བྱེད་པ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>འབྱོར་བའི་ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Working days waiting</source>
        <translation>སྒུག་པའི་ཉིན་གྲངས (工作日)</translation>
    </message>
    <message>
        <source>USB batch from a village</source>
        <translation>གྲོང་ཚོ་ནས་ USB (批次)</translation>
    </message>
    <message>
        <source>The batch was refused whole: %1 (%2)</source>
        <translation>(批次) ཆ་ཚང་ལེན་མ་བྱས: %1 (%2)</translation>
    </message>
    <message>
        <source>Batch from %1: %2 new applications; records: %3 new, %4 already here, %5 refused.</source>
        <translation>%1 ནས་(批次): རེ་ཞུ་གསར་པ་ %2། (记录) གསར་པ་ %3། ཡོད་ཟིན་ %4། ལེན་མ་བྱས་ %5</translation>
    </message>
    <message>
        <source>Entry %1 refused: %2</source>
        <translation>ཐོ་ %1 པ་ལེན་མ་བྱས: %2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Entry number printed on a report</source>
        <translation>སྙན་ཞུའི་སྟེང་གི་ཨང་གྲངས (条目号)</translation>
    </message>
    <message>
        <source>Hash printed on that report</source>
        <translation>སྙན་ཞུ་དེའི་སྟེང་གི་(哈希值)</translation>
    </message>
    <message>
        <source>Check the audit chain</source>
        <translation>(审计链) ཞིབ་བཤེར</translation>
    </message>
    <message>
        <source>Villages without network: their changes on a USB stick</source>
        <translation>དྲ་རྒྱ་མེད་པའི་གྲོང་ཚོ: བཟོ་བཅོས་ USB ཡིས་སྐྱེལ</translation>
    </message>
    <message>
        <source>Export for the village…</source>
        <translation>གྲོང་ཚོར་ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <source>Printed entry</source>
        <translation>པར་འདེབས་ཀྱི་ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Printed hash</source>
        <translation>པར་འདེབས་ཀྱི་(哈希值)</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries, head %2 (entry %3); %4 published heads match.</source>
        <translation>(审计链) ཆ་ཚང: ཐོ་ %1། (链头) %2 (ཐོ་ %3 པ)། སྤྱི་བསྒྲགས་བྱས་པའི་(链头) %4 མཐུན</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at entry %1 (%2). Report this to the county.</source>
        <translation>ནོར་བ: (审计链) ཐོ་ %1 པར་(断裂) (%2)། རྫོང་ལ་སྙན་ཞུ་རོགས</translation>
    </message>
    <message>
        <source>USB batch for the village</source>
        <translation>གྲོང་ཚོའི་ USB (批次)</translation>
    </message>
    <message>
        <source>%1 changes written to %2</source>
        <translation>%1 ནི་ %2 ལ་ཉར་ཚགས་བྱས་ཟིན</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Day</source>
        <translation>ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>རིགས (类型)</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>ཉིན (休息日)</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>ཉིན (工作日)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ཁུངས (来源)</translation>
    </message>
    <message>
        <source>State Council</source>
        <translation>རྒྱལ་སྲིད་སྤྱི་ཁྱབ་ཁང</translation>
    </message>
    <message>
        <source>Estimated by rule</source>
        <translation>སོར་བཞག (按规则推定)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ས་གནས (本地)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>མིང</translation>
    </message>
    <message>
        <source>e.g. Losar</source>
        <translation>དཔེར་ན། ལོ་གསར</translation>
    </message>
    <message>
        <source>Add local holiday</source>
        <translation>(本地节假日) ཁ་སྣོན</translation>
    </message>
    <message>
        <source>Next year&apos;s official schedule, one line each: 2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休</source>
        <translation>ལོ་རྗེས་མའི་གཞུང་འབྲེལ་(放假安排, 每行一条): 2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休</translation>
    </message>
    <message>
        <source>Enter official schedule for the year</source>
        <translation>ལོ་དེའི་གཞུང་འབྲེལ་(放假安排)ཐོ་འགོད</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>ལོ</translation>
    </message>
    <message>
        <source>Official schedule entered</source>
        <translation>གཞུང་འབྲེལ་(放假安排)ཐོ་འགོད་ཟིན</translation>
    </message>
    <message>
        <source>Provisional: enter the State Council&apos;s notice when it is published</source>
        <translation>(暂定) རྒྱལ་སྲིད་སྤྱི་ཁྱབ་ཁང་གི་བརྡ་ཐོ་སྤྱི་བསྒྲགས་བྱས་རྗེས་ཐོ་འགོད་རོགས</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>ཨང་རྟགས</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>མིང (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <source>Name (Tibetan)</source>
        <translation>མིང (བོད་ཡིག)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>ལས་ཁུངས</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>ཨང་རྟགས</translation>
    </message>
    <message>
        <source>Material (Chinese)</source>
        <translation>ཡིག་ཆ (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <source>Material (Tibetan)</source>
        <translation>ཡིག་ཆ (བོད་ཡིག)</translation>
    </message>
    <message>
        <source>New version, e.g. 2026-12-township</source>
        <translation>པར་གཞི་གསར་པ (2026-12-township)</translation>
    </message>
    <message>
        <source>Publish to every village</source>
        <translation>གྲོང་ཚོ་ཚང་མར་སྤྱི་བསྒྲགས</translation>
    </message>
    <message>
        <source>Current version: %1 (published: %2)</source>
        <translation>ད་ལྟའི་པར་གཞི: %1 (སྤྱི་བསྒྲགས: %2)</translation>
    </message>
    <message>
        <source>Give the new catalog a version first.</source>
        <translation>སྔོན་ལ་གསལ་ཐོ་གསར་པའི་པར་གཞི་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>Catalog %1 published; it reaches every village at its next sync.</source>
        <translation>གསལ་ཐོའི་པར་གཞི་ %1 སྤྱི་བསྒྲགས་བྱས་ཟིན། གྲོང་ཚོ་རེ་རེར་མཉམ་བགྲོད་རྗེས་མར་འབྱོར</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Extend the time limit</source>
        <translation>དུས་བཅད (延长时限)</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>དུས་ཚོད་མཚམས་འཇོགས (中止计时)</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>(现场) ཞིབ་བཤེར</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>སྤྱི་བསྒྲགས</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>(听证) ཞིབ་བཤེར</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>(专家) ཞིབ་བཤེར</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>ཉིན་གྲངས (工作日)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>གསལ་བཤད (备注)</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Received</source>
        <translation>འབྱོར་བའི་ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>གྲོང་ཚོ</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ཞུ་གཏུག (投诉)</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>དུས་བཅད (办结期限)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>རྣམ་པ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>འབྲས་བུ (处理结果)</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>འབྲས་བུ (处理结果)</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>གྲུབ་ཟིན (办结) ཐོ་འགོད</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>དཔྱད་བརྗོད (评价)</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>དཔྱད་བརྗོད་ཡིད་ཚིམ (好评)</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>དཔྱད་བརྗོད་ཡིད་མ་ཚིམ (差评)</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>ཧ་ཅང་ཡིད་ཚིམ (非常满意)</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>ཡིད་མ་ཚིམ (不满意)</translation>
    </message>
    <message>
        <source>Complaints, each to a resolution by its date</source>
        <translation>ཞུ་གཏུག (投诉) རེ་རེ་དུས་བཅད་ནང་གྲུབ་དགོས</translation>
    </message>
    <message>
        <source>Villagers&apos; ratings (好差评)</source>
        <translation>གྲོང་མིའི་དཔྱད་བརྗོད (好差评)</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>All villages</source>
        <translation>གྲོང་ཚོ་ཚང་མ</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>ལས་ཁུངས་ཚང་མ</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>ཞབས་ཞུའི་ཨང་རྟགས</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>གྲོང་ཚོ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>དུས་ལས་ཡོལ་བ</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>ཉིན་གྲངས་ 3 (工作日) ནང་དུས་བཅད</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ཨང་གྲངས (办件编号)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ཞབས་ཞུ (事项)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>ལས་ཁུངས</translation>
    </message>
    <message>
        <source>State</source>
        <translation>རྣམ་པ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>དུས་བཅད་ཚེས་གྲངས</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>དུས་ཚོད་མཚམས་འཇོགས (计时暂停)</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>ལྷག་མ (工作日)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>དུས་བཅད་ཀྱི་རྣམ་པ</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>གཏན་འཁེལ་ཐོ་འགོད (决定)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>ཆོག་མཆན</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>ཆོག་མཆན་མི་སྤྲོད</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>PDF འདེམས་པ…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>ལས་ཁུངས</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>གཏན་འཁེལ (决定)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>གསལ་བཤད (备注)</translation>
    </message>
    <message>
        <source>Decision document (PDF)</source>
        <translation>གཏན་འཁེལ་ཡིག་ཆ (决定书, PDF)</translation>
    </message>
    <message>
        <source>Decision document</source>
        <translation>གཏན་འཁེལ་ཡིག་ཆ (决定书)</translation>
    </message>
</context>
<context>
    <name>DepartmentTasksPage</name>
    <message>
        <source>Tracking number</source>
        <translation>ཨང་གྲངས (办件编号)</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>གྲོང་ཚོ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ཞབས་ཞུ (事项)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>རྣམ་པ</translation>
    </message>
    <message>
        <source>Our decision</source>
        <translation>ང་ཚོའི་གཏན་འཁེལ (决定)</translation>
    </message>
    <message>
        <source>Applications routed to %1</source>
        <translation>%1 ལ་བསྐུར་བའི་རེ་ཞུ</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Checked</source>
        <translation>ཞིབ་བཤེར་བྱས</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>ཨང་གྲངས</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ཡིག་ཆ (纸质材料)</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>མིང་རྟགས་ཐོ་འགོད</translation>
    </message>
    <message>
        <source>Countersigned by %1 on %2</source>
        <translation>%1 ཡིས་ཚེས་གྲངས་ %2 ལ་མིང་རྟགས་བཀོད</translation>
    </message>
</context>
<context>
    <name>MaterialsViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ སྔ་མ</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>རྗེས་མ ▶</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ཆེ་རུ་གཏོང (放大)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ཆུང་རུ་གཏོང (缩小)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>སྐོར་བ (旋转)</translation>
    </message>
    <message>
        <source>No file for this material</source>
        <translation>(材料) འདི་ལ་ཡིག་ཆ་མེད</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ཤོག་ལྷེ་ %1 / %2</translation>
    </message>
</context>
<context>
    <name>NotAcceptDialog</name>
    <message>
        <source>Not accept</source>
        <translation>རེ་ཞུ་ལེན་མེད (不予受理)</translation>
    </message>
    <message>
        <source>If outside our powers: the office to apply to</source>
        <translation>ལས་ཁུངས་འདིའི་(职权)མ་ཡིན་ན: རེ་ཞུ་བྱ་རྒྱུའི་ལས་ཁུངས</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>ཁྲིམས་འཛིན་གཞི་རྩ (法律依据)</translation>
    </message>
    <message>
        <source>Apply instead to</source>
        <translation>རེ་ཞུ་བྱ་རྒྱུའི་ལས་ཁུངས</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>ཐབས (救济途径)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Village</source>
        <translation>གྲོང་ཚོ</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ལས་བྱེད་པ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>ཞབས་ཞུ (事项)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>ལས་ཁུངས</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>ཟླ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>མངོན་སྟོན</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>འབྱོར་བ</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>རེ་ཞུ་ལེན་ཟིན</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>(退回补正) ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>རེ་ཞུ་ལེན་མེད</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>གྲུབ་ཟིན (办结)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>དུས་བཅད་ནང་གྲུབ</translation>
    </message>
    <message>
        <source>Avg. working days</source>
        <translation>ཉིན་གྲངས (平均工作日)</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>བློ་འདྲི</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>སྒོ་ཁར་ཞབས་ཞུ</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>ཞུ་གཏུག (投诉)</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>ཡིད་ཚིམ (好评)</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>ཡིད་མ་ཚིམ (差评)</translation>
    </message>
    <message>
        <source>Free proxy services</source>
        <translation>འགྲོ་སོང་མེད་པའི་ཞབས་ཞུ (免费代办)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>མིང</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ལྟར (按)</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ཕྱིར་འདྲེན…</translation>
    </message>
    <message>
        <source>Monthly PDF report…</source>
        <translation>ཟླ་རེའི་ PDF སྙན་ཞུ…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ཚང་མ (合计)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ཕྱིར་འདྲེན</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>ཉར་ཚགས་གྲུབ་ཟིན: %1</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return for correction</source>
        <translation>(退回补正) ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>ཡིག་ཆ (材料)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>སྐྱོན</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>སྐྱོན་ཅི་ཡོད</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ཆ་མི་ཚང</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>སྐྱོན་ཡོད</translation>
    </message>
    <message>
        <source>Notes for the applicant (printed on the notification)</source>
        <translation>ཞུ་མཁན་ལ་གསལ་བཤད (བརྡ་ཐོའི་སྟེང་པར་འདེབས)</translation>
    </message>
    <message>
        <source>Everything to correct, at once: the applicant is asked only once.</source>
        <translation>བཟོ་བཅོས་དགོས་པ་ཚང་མ་བརྡ་ཐོ་(一次性告知)གཅིག་ཏུ། ཞུ་མཁན་ལ་ཐེངས་གཅིག་ཁོ་ན་ཞུ</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route to departments</source>
        <translation>ལས་ཁུངས་ལ་བསྐུར་བ (并联办理)</translation>
    </message>
    <message>
        <source>Another body (type its name)</source>
        <translation>ལས་ཁུངས་གཞན (མིང་འབྲི་རོགས)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>ཁ་སྣོན</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>ཐོ་འཇུག</translation>
    </message>
    <message>
        <source>Township convenience service center: staff sign-in</source>
        <translation>ཤང་གི་ཞབས་ཞུའི་ལྟེ་གནས: ལས་བྱེད་པ་ཐོ་འཇུག</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>ཤང་གི་(服务器)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>སྤྱོད་མཁན་མིང</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>གསང་ཨང</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>ཐོ་འཇུག་བྱེད་བཞིན་པ…</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>User name</source>
        <translation>སྤྱོད་མཁན་མིང</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ཐོབ་ཐང (角色)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>ལས་ཁུངས</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>ཤང</translation>
    </message>
    <message>
        <source>Department reviewers only</source>
        <translation>ལས་ཁུངས་ཀྱི་ཞིབ་བཤེར་མཁན་ཁོ་ན</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>རྩིས་ཁྲ་ཉར་ཚགས</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>གསང་ཨང</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>རྩིས་ཁྲ་ %1 ཉར་ཚགས་གྲུབ་ཟིན</translation>
    </message>
</context>
<context>
    <name>TownshipDialog</name>
    <message>
        <source>OK</source>
        <translation>གཏན་འཁེལ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>འདོར་བ</translation>
    </message>
</context>
<context>
    <name>TownshipWindow</name>
    <message>
        <source>VillageDesk — township center</source>
        <translation>VillageDesk — ཤང་གི་ཞབས་ཞུའི་ལྟེ་གནས</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>འབྱོར་བ</translation>
    </message>
    <message>
        <source>Our department&apos;s tasks</source>
        <translation>ང་ཚོའི་ལས་ཁུངས་ཀྱི་(任务)</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>སྒེའུ་ཁུང (窗口办理)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>དུས་བཅད (时限)</translation>
    </message>
    <message>
        <source>Hand-over lists</source>
        <translation>(交接)གསལ་ཐོ</translation>
    </message>
    <message>
        <source>Complaints and ratings</source>
        <translation>ཞུ་གཏུག་དང་དཔྱད་བརྗོད (评价)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>སྙན་ཞུ</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>ཞབས་ཞུའི་གསལ་ཐོ</translation>
    </message>
    <message>
        <source>Agents and devices</source>
        <translation>ལས་བྱེད་པ་དང་གློག་ཀླད</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>ཚེས་གྲངས (节假日日历)</translation>
    </message>
    <message>
        <source>Audit and USB</source>
        <translation>ཞིབ་བཤེར་དང་ USB</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>ལས་བྱེད་པའི་རྩིས་ཁྲ</translation>
    </message>
    <message>
        <source>Someone else acted on this application first (it is now version %1). Your action was not applied; the application has been reloaded: check it and decide again.</source>
        <translation>ལས་བྱེད་པ་གཞན་ཞིག་གིས་རེ་ཞུ་འདི་སྔོན་ལ་བཟོ་བཅོས་བྱས་ཟིན (ད་ལྟ་པར་གཞི་ %1)། ཁྱེད་ཀྱི་བཟོ་བཅོས་(未生效)། རེ་ཞུ་གསར་སྒྱུར་བྱས་ཟིན། ཞིབ་བཤེར་བྱས་ནས་ཡང་བསྐྱར་གཏན་འཁེལ་རོགས</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>ནོར་བ: %1</translation>
    </message>
    <message>
        <source>As the reviewer for %1 you can only see and decide its own tasks.</source>
        <translation>ཁྱེད་ནི་ %1 ཡི་ཞིབ་བཤེར་མཁན་ཡིན། དེའི་(任务)ཁོ་ན་ལྟ་བ་དང་གཏན་འཁེལ་ཆོག</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>ཁྱེད་ཀྱི་ཐོབ་ཐང་(角色) %1 ལ་འདི་མི་ཆོག</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>སྤྱོད་མཁན་མིང་ངམ་གསང་ཨང་ནོར་བ</translation>
    </message>
    <message>
        <source>Your role or township does not allow this.</source>
        <translation>ཁྱེད་ཀྱི་ཐོབ་ཐང་(角色)འམ་ཤང་གིས་འདི་མི་ཆོག</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again.</source>
        <translation>ཐོ་འཇུག་དུས་ལས་ཡོལ་བ། ཡང་བསྐྱར་ཐོ་འཇུག་རོགས</translation>
    </message>
    <message>
        <source>The township server cannot be reached.</source>
        <translation>ཤང་གི་(服务器)དང་སྦྲེལ་མེད་པ</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>རྒྱུ་མཚན་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>Tick at least one material to correct.</source>
        <translation>བཟོ་བཅོས་དགོས་པའི་ཡིག་ཆ་ཉུང་མཐར་གཅིག་འདེམས་རོགས</translation>
    </message>
    <message>
        <source>Say what is wrong with each defective material.</source>
        <translation>སྐྱོན་ཡོད་པའི་ཡིག་ཆ་རེ་རེར་སྐྱོན་ཅི་ཡོད་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>Choose at least one department.</source>
        <translation>ཉུང་མཐར་ལས་ཁུངས་གཅིག་འདེམས་རོགས</translation>
    </message>
    <message>
        <source>This action is not possible in the application&apos;s present state.</source>
        <translation>རེ་ཞུའི་རྣམ་པ་འདིར་གོམ་སྟབས་འདི་མི་ཆོག</translation>
    </message>
    <message>
        <source>The batch file was changed after the village wrote it.</source>
        <translation>གྲོང་ཚོས་(批次)ཡིག་ཆ་བྲིས་རྗེས་བཟོ་བཅོས་བྱས་འདུག</translation>
    </message>
    <message>
        <source>The batch is not for this township.</source>
        <translation>(批次) འདི་ཤང་འདིའི་མིན</translation>
    </message>
    <message>
        <source>A department reviewer needs its department.</source>
        <translation>ལས་ཁུངས་ཀྱི་ཞིབ་བཤེར་མཁན་ལ་ལས་ཁུངས་འབྲི་དགོས</translation>
    </message>
    <message>
        <source>Only a department reviewer has a department.</source>
        <translation>ལས་ཁུངས་ཀྱི་ཞིབ་བཤེར་མཁན་ཁོ་ན་ལ་ལས་ཁུངས་ཡོད</translation>
    </message>
    <message>
        <source>Give a user name and a password.</source>
        <translation>སྤྱོད་མཁན་མིང་དང་གསང་ཨང་འབྲི་རོགས</translation>
    </message>
    <message>
        <source>The server refused: %1 (%2)</source>
        <translation>ཤང་གི་(服务器)ཡིས་ལེན་མ་བྱས: %1 (%2)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>འབྱོར་ཟིན</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>རེ་ཞུ་ལེན་ཟིན (已受理)</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>(退回补正) ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>རེ་ཞུ་ལེན་མེད (不予受理)</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>ཞིབ་བཤེར་བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>ཆོག་མཆན་ཐོབ</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>ཆོག་མཆན་མ་ཐོབ</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>(办理结果) གྲ་སྒྲིག་ཟིན</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>(已送达) སྤྲོད་ཟིན</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>(已撤回) ཕྱིར་ལོག</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>བསྐུར་རྒྱུ</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ཆ་ཚང</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ཟིན་བྲིས (草稿)</translation>
    </message>
    <message>
        <source>awaiting materials</source>
        <translation>ཡིག་ཆ་སྒུག་བཞིན་པ</translation>
    </message>
    <message>
        <source>created</source>
        <translation>གསར་བཟོ</translation>
    </message>
    <message>
        <source>checklist updated</source>
        <translation>ཡིག་ཆའི་གསལ་ཐོ་གསར་སྒྱུར</translation>
    </message>
    <message>
        <source>one-time notification issued</source>
        <translation>བརྡ་ཐོ་(一次性告知)སྤྲོད་ཟིན</translation>
    </message>
    <message>
        <source>taken over by the other agent</source>
        <translation>ལས་བྱེད་པ་གཞན་གྱིས་ལས་ཀ་ལེན་ཟིན (AB岗)</translation>
    </message>
    <message>
        <source>routed to departments</source>
        <translation>ལས་ཁུངས་ལ་བསྐུར་ཟིན</translation>
    </message>
    <message>
        <source>a department decided</source>
        <translation>ལས་ཁུངས་ཀྱིས་གཏན་འཁེལ་བྱས (决定)</translation>
    </message>
    <message>
        <source>clock resumed</source>
        <translation>དུས་ཚོད་མུ་མཐུད (恢复计时)</translation>
    </message>
    <message>
        <source>time limit extended</source>
        <translation>དུས་བཅད (已延长)</translation>
    </message>
    <message>
        <source>withdrawal requested</source>
        <translation>(撤回) རེ་ཞུ་བྱས</translation>
    </message>
    <message>
        <source>withdrawal refused</source>
        <translation>(撤回) ཆོག་མཆན་མ་ཐོབ</translation>
    </message>
    <message>
        <source>note</source>
        <translation>གསལ་བཤད (备注)</translation>
    </message>
    <message>
        <source>original kept</source>
        <translation>མ་ཡིག་འབྱོར</translation>
    </message>
    <message>
        <source>original seen, copy kept</source>
        <translation>མ་ཡིག་ལྟ་ཞིབ། (复印件)ཉར</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>(复印件) པར་སློག</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ཆ་མི་ཚང</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>སྐྱོན་ཡོད</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>འབྲེལ་བ་མེད (不适用)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ཞིབ་བཤེར་མ་བྱས</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>གཏན་འཁེལ་བྱ་རྒྱུ (待决定)</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>དུས་ལས་ཡོལ་བ</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>དུས་བཅད་ཉེ</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>ནོར་བ་མེད (正常)</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>དུས་ཚོད་མཚམས་འཇོགས (计时暂停)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>དུས་ཚོད་འགོ་མ་ཚུགས (计时)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>བྱེད་རྒྱུ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>བྱེད་བཞིན་པ</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>གྲུབ་ཟིན (办结)</translation>
    </message>
    <message>
        <source>window clerk</source>
        <translation>སྒེའུ་ཁུང་གི་ལས་བྱེད་པ (窗口受理人员)</translation>
    </message>
    <message>
        <source>department reviewer</source>
        <translation>ལས་ཁུངས་ཀྱི་ཞིབ་བཤེར་མཁན</translation>
    </message>
    <message>
        <source>center director</source>
        <translation>ལྟེ་གནས་ཀྱི་(主任)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>སྤྱོད་མཁན (管理员)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>ཐོ་འཇུག: %1 (%2)</translation>
    </message>
</context>
</TS>
