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
            <translation type="unfinished">在岗</translation>
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished">是</translation>
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished">否</translation>
        </message>
        <message>
            <source>Add agent</source>
            <translation type="unfinished">添加代办员</translation>
        </message>
        <message>
            <source>New enrollment code</source>
            <translation type="unfinished">生成注册码</translation>
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished">设备</translation>
        </message>
        <message>
            <source>Last change received</source>
            <translation type="unfinished">最后收到的变更</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation type="unfinished">已吊销</translation>
        </message>
        <message>
            <source>Revoke device</source>
            <translation type="unfinished">吊销设备</translation>
        </message>
        <message>
            <source>ID</source>
            <translation type="unfinished">编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>མིང</translation>
        </message>
        <message>
            <source>Fewer than %1 active agents: %2</source>
            <translation type="unfinished">在岗代办员不足 %1 人：%2</translation>
        </message>
    </context>
    <context>
        <name>ApplicationPanel</name>
        <message>
            <source>Open an application from the arrivals or the deadlines board.</source>
            <translation type="unfinished">请从收件或办理时限列表打开一件申请。</translation>
        </message>
        <message>
            <source>Material</source>
            <translation type="unfinished">材料</translation>
        </message>
        <message>
            <source>Agent's check</source>
            <translation type="unfinished">代办员核验</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>གྲངས</translation>
        </message>
        <message>
            <source>Files</source>
            <translation type="unfinished">文件</translation>
        </message>
        <message>
            <source>The agent's checklist</source>
            <translation type="unfinished">代办员的材料核验单</translation>
        </message>
        <message>
            <source>Departments (parallel review)</source>
            <translation type="unfinished">并联办理部门</translation>
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished">办理记录</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>གཏན་འཁེལ</translation>
        </message>
        <message>
            <source>Return for correction…</source>
            <translation type="unfinished">退回补正…</translation>
        </message>
        <message>
            <source>Not accept…</source>
            <translation type="unfinished">不予受理…</translation>
        </message>
        <message>
            <source>Route to departments…</source>
            <translation type="unfinished">转部门办理…</translation>
        </message>
        <message>
            <source>Record decision…</source>
            <translation type="unfinished">录入决定…</translation>
        </message>
        <message>
            <source>Stop clock…</source>
            <translation type="unfinished">中止计时…</translation>
        </message>
        <message>
            <source>Resume clock</source>
            <translation type="unfinished">恢复计时</translation>
        </message>
        <message>
            <source>Extend…</source>
            <translation type="unfinished">延期…</translation>
        </message>
        <message>
            <source>Result ready</source>
            <translation>(办理结果) གྲ་སྒྲིག་ཟིན</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · state: %4 · version %5</source>
            <translation type="unfinished">%1 · %2 · %3 · 状态：%4 · 版本 %5</translation>
        </message>
        <message>
            <source>If you disagree, you may apply for administrative review to %1 within 60 days, or bring an administrative lawsuit before %2 within 6 months.</source>
            <translation type="unfinished">如不服，可在60日内向%1申请行政复议，或在6个月内向%2提起行政诉讼。</translation>
        </message>
        <message>
            <source>Printed: %1</source>
            <translation type="unfinished">已打印：%1</translation>
        </message>
        <message>
            <source>%1: done (now %2).</source>
            <translation type="unfinished">%1：已办理（现为%2）。</translation>
        </message>
    </context>
    <context>
        <name>ArrivalsPage</name>
        <message>
            <source>All villages</source>
            <translation type="unfinished">全部村</translation>
        </message>
        <message>
            <source>Import a USB batch…</source>
            <translation type="unfinished">导入U盘批次…</translation>
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
            <translation type="unfinished">0-1天</translation>
        </message>
        <message>
            <source>2-3 days</source>
            <translation type="unfinished">2-3天</translation>
        </message>
        <message>
            <source>4-5 days</source>
            <translation type="unfinished">4-5天</translation>
        </message>
        <message>
            <source>Over 5 days</source>
            <translation type="unfinished">超过5天</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>ཨང་གྲངས (办件编号)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished">事项</translation>
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
            <translation type="unfinished">已等待工作日</translation>
        </message>
        <message>
            <source>USB batch from a village</source>
            <translation type="unfinished">村里送来的U盘批次</translation>
        </message>
        <message>
            <source>The batch was refused whole: %1 (%2)</source>
            <translation type="unfinished">整个批次被拒收：%1（%2）</translation>
        </message>
        <message>
            <source>Batch from %1: %2 new applications; records: %3 new, %4 already here, %5 refused.</source>
            <translation type="unfinished">来自%1的批次：新申请 %2 件；记录：新增 %3 条，已有 %4 条，拒收 %5 条。</translation>
        </message>
        <message>
            <source>Entry %1 refused: %2</source>
            <translation type="unfinished">第 %1 条被拒收：%2</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Entry number printed on a report</source>
            <translation type="unfinished">报表上打印的条目号</translation>
        </message>
        <message>
            <source>Hash printed on that report</source>
            <translation type="unfinished">该报表上打印的哈希值</translation>
        </message>
        <message>
            <source>Check the audit chain</source>
            <translation type="unfinished">核验审计链</translation>
        </message>
        <message>
            <source>Villages without network: their changes on a USB stick</source>
            <translation type="unfinished">无网络的村：用U盘带回变更</translation>
        </message>
        <message>
            <source>Export for the village…</source>
            <translation type="unfinished">为该村导出…</translation>
        </message>
        <message>
            <source>Printed entry</source>
            <translation type="unfinished">打印的条目号</translation>
        </message>
        <message>
            <source>Printed hash</source>
            <translation type="unfinished">打印的哈希值</translation>
        </message>
        <message>
            <source>The audit chain is intact: %1 entries, head %2 (entry %3); %4 published heads match.</source>
            <translation type="unfinished">审计链完整：共 %1 条，链头 %2（第 %3 条）；%4 个已公布链头一致。</translation>
        </message>
        <message>
            <source>The audit chain is BROKEN at entry %1 (%2). Report this to the county.</source>
            <translation type="unfinished">审计链在第 %1 条断裂（%2）。请报告县里。</translation>
        </message>
        <message>
            <source>USB batch for the village</source>
            <translation type="unfinished">给该村的U盘批次</translation>
        </message>
        <message>
            <source>%1 changes written to %2</source>
            <translation type="unfinished">已将 %1 条变更写入 %2</translation>
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
            <translation type="unfinished">类型</translation>
        </message>
        <message>
            <source>Rest day</source>
            <translation type="unfinished">休息日</translation>
        </message>
        <message>
            <source>Working day</source>
            <translation type="unfinished">工作日</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">来源</translation>
        </message>
        <message>
            <source>State Council</source>
            <translation type="unfinished">国务院</translation>
        </message>
        <message>
            <source>Estimated by rule</source>
            <translation type="unfinished">按规则推定</translation>
        </message>
        <message>
            <source>Local</source>
            <translation type="unfinished">本地</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>མིང</translation>
        </message>
        <message>
            <source>e.g. Losar</source>
            <translation type="unfinished">如：藏历新年</translation>
        </message>
        <message>
            <source>Add local holiday</source>
            <translation type="unfinished">添加本地节假日</translation>
        </message>
        <message>
            <source>Next year's official schedule, one line each: 2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休</source>
            <translation type="unfinished">下一年国务院放假安排，每行一条：2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休</translation>
        </message>
        <message>
            <source>Enter official schedule for the year</source>
            <translation type="unfinished">录入该年国务院放假安排</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>ལོ</translation>
        </message>
        <message>
            <source>Official schedule entered</source>
            <translation type="unfinished">已录入国务院放假安排</translation>
        </message>
        <message>
            <source>Provisional: enter the State Council's notice when it is published</source>
            <translation type="unfinished">暂定：国务院通知发布后请录入</translation>
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
            <translation type="unfinished">名称（汉文）</translation>
        </message>
        <message>
            <source>Name (Tibetan)</source>
            <translation type="unfinished">名称（藏文）</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>ལས་ཁུངས</translation>
        </message>
        <message>
            <source>Key</source>
            <translation type="unfinished">编码</translation>
        </message>
        <message>
            <source>Material (Chinese)</source>
            <translation type="unfinished">材料（汉文）</translation>
        </message>
        <message>
            <source>Material (Tibetan)</source>
            <translation type="unfinished">材料（藏文）</translation>
        </message>
        <message>
            <source>New version, e.g. 2026-12-township</source>
            <translation type="unfinished">新版本号，如 2026-12-township</translation>
        </message>
        <message>
            <source>Publish to every village</source>
            <translation type="unfinished">发布到各村</translation>
        </message>
        <message>
            <source>Current version: %1 (published: %2)</source>
            <translation type="unfinished">当前版本：%1（已发布：%2）</translation>
        </message>
        <message>
            <source>Give the new catalog a version first.</source>
            <translation type="unfinished">请先填写新目录的版本号。</translation>
        </message>
        <message>
            <source>Catalog %1 published; it reaches every village at its next sync.</source>
            <translation type="unfinished">目录 %1 已发布，各村下次同步时收到。</translation>
        </message>
    </context>
    <context>
        <name>ClockDialog</name>
        <message>
            <source>Extend the time limit</source>
            <translation type="unfinished">延长办理时限</translation>
        </message>
        <message>
            <source>Stop the clock</source>
            <translation type="unfinished">中止计时</translation>
        </message>
        <message>
            <source>On-site inspection</source>
            <translation type="unfinished">现场核查</translation>
        </message>
        <message>
            <source>Public notice</source>
            <translation type="unfinished">公示</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation type="unfinished">听证</translation>
        </message>
        <message>
            <source>Expert review</source>
            <translation type="unfinished">专家评审</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation type="unfinished">工作日数</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">理由</translation>
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished">备注</translation>
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
            <translation type="unfinished">办结期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>རྣམ་པ</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation type="unfinished">处理结果</translation>
        </message>
        <message>
            <source>How it was resolved</source>
            <translation type="unfinished">处理结果</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation type="unfinished">标记为已办结</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation type="unfinished">评价</translation>
        </message>
        <message>
            <source>Good</source>
            <translation type="unfinished">好评</translation>
        </message>
        <message>
            <source>Bad</source>
            <translation type="unfinished">差评</translation>
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
            <translation type="unfinished">投诉：逐件按期办结</translation>
        </message>
        <message>
            <source>Villagers' ratings (好差评)</source>
            <translation type="unfinished">群众评价（好差评）</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPage</name>
        <message>
            <source>All villages</source>
            <translation type="unfinished">全部村</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation type="unfinished">全部部门</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation type="unfinished">事项编码</translation>
        </message>
        <message>
            <source>Village</source>
            <translation>གྲོང་ཚོ</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>བྱེད་རྒྱུ</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished">已超期</translation>
        </message>
        <message>
            <source>Due within 3 working days</source>
            <translation type="unfinished">3个工作日内到期</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>ཨང་གྲངས (办件编号)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation type="unfinished">事项</translation>
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
            <translation type="unfinished">计时中止</translation>
        </message>
        <message>
            <source>Working days left</source>
            <translation type="unfinished">剩余工作日</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>རྣམ་པ</translation>
        </message>
    </context>
    <context>
        <name>DecideDialog</name>
        <message>
            <source>Record a decision</source>
            <translation type="unfinished">录入决定</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>ཆོག་མཆན</translation>
        </message>
        <message>
            <source>Deny</source>
            <translation type="unfinished">不同意</translation>
        </message>
        <message>
            <source>Choose PDF…</source>
            <translation type="unfinished">选择PDF…</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>ལས་ཁུངས</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished">决定</translation>
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished">备注</translation>
        </message>
        <message>
            <source>Decision document (PDF)</source>
            <translation type="unfinished">决定文书（PDF）</translation>
        </message>
        <message>
            <source>Decision document</source>
            <translation type="unfinished">决定文书</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <source>Checked</source>
            <translation type="unfinished">已核对</translation>
        </message>
        <message>
            <source>Tracking number</source>
            <translation>ཨང་གྲངས (办件编号)</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>ཡིག་ཆ (纸质材料)</translation>
        </message>
        <message>
            <source>Countersign</source>
            <translation type="unfinished">签收确认</translation>
        </message>
        <message>
            <source>Countersigned by %1 on %2</source>
            <translation type="unfinished">%1 已于 %2 签收</translation>
        </message>
    </context>
    <context>
        <name>MaterialsViewer</name>
        <message>
            <source>◀ Previous</source>
            <translation type="unfinished">◀ 上一页</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation type="unfinished">下一页 ▶</translation>
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
            <translation type="unfinished">该材料没有文件</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished">第 %1 页，共 %2 页</translation>
        </message>
    </context>
    <context>
        <name>NotAcceptDialog</name>
        <message>
            <source>Not accept</source>
            <translation type="unfinished">不予受理</translation>
        </message>
        <message>
            <source>If outside our powers: the office to apply to</source>
            <translation type="unfinished">不属本机关职权的，应向其申请的机关</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished">理由</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>ཁྲིམས་འཛིན་གཞི་རྩ (法律依据)</translation>
        </message>
        <message>
            <source>Apply instead to</source>
            <translation type="unfinished">应向其申请的机关</translation>
        </message>
        <message>
            <source>Remedies</source>
            <translation type="unfinished">救济途径</translation>
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
            <translation type="unfinished">事项</translation>
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
            <translation type="unfinished">查看</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>འབྱོར་བའི་ཚེས་གྲངས</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>རེ་ཞུ་ལེན་ཟིན (已受理)</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation type="unfinished">退回补正</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>རེ་ཞུ་ལེན་མེད (不予受理)</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished">办结</translation>
        </message>
        <message>
            <source>On time</source>
            <translation type="unfinished">按时办结</translation>
        </message>
        <message>
            <source>Avg. working days</source>
            <translation type="unfinished">平均工作日</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>བློ་འདྲི</translation>
        </message>
        <message>
            <source>Home visits</source>
            <translation>སྒོ་ཁར་ཞབས་ཞུ (上门服务)</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>ཞུ་གཏུག (投诉)</translation>
        </message>
        <message>
            <source>Good ratings</source>
            <translation type="unfinished">好评</translation>
        </message>
        <message>
            <source>Bad ratings</source>
            <translation type="unfinished">差评</translation>
        </message>
        <message>
            <source>Free proxy services</source>
            <translation type="unfinished">免费代办</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>མིང</translation>
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished">按</translation>
        </message>
        <message>
            <source>Export XLSX…</source>
            <translation type="unfinished">导出XLSX…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation type="unfinished">导出CSV…</translation>
        </message>
        <message>
            <source>Monthly PDF report…</source>
            <translation type="unfinished">月度PDF报表…</translation>
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished">合计</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ཕྱིར་འདྲེན</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished">已保存 %1</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return for correction</source>
            <translation type="unfinished">退回补正</translation>
        </message>
        <message>
            <source>Material</source>
            <translation type="unfinished">材料</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished">问题</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation type="unfinished">问题说明</translation>
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
            <translation type="unfinished">给申请人的说明（打印在告知单上）</translation>
        </message>
        <message>
            <source>Everything to correct, at once: the applicant is asked only once.</source>
            <translation type="unfinished">需补正的全部材料一次性告知，申请人只需补正一次。</translation>
        </message>
    </context>
    <context>
        <name>RouteDialog</name>
        <message>
            <source>Route to departments</source>
            <translation type="unfinished">并联办理：转部门</translation>
        </message>
        <message>
            <source>Another body (type its name)</source>
            <translation type="unfinished">其他部门（输入名称）</translation>
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
            <translation type="unfinished">乡镇便民服务中心：工作人员登录</translation>
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished">服务器</translation>
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
            <translation type="unfinished">正在登录…</translation>
        </message>
    </context>
    <context>
        <name>TownshipWindow</name>
        <message>
            <source>VillageDesk — township center</source>
            <translation type="unfinished">村务通 — 乡镇便民服务中心</translation>
        </message>
        <message>
            <source>Arrivals</source>
            <translation type="unfinished">收件</translation>
        </message>
        <message>
            <source>At the window</source>
            <translation type="unfinished">窗口办理</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation type="unfinished">办理时限</translation>
        </message>
        <message>
            <source>Hand-over lists</source>
            <translation>(交接)གསལ་ཐོ</translation>
        </message>
        <message>
            <source>Complaints and ratings</source>
            <translation type="unfinished">投诉与评价</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>སྙན་ཞུ</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation type="unfinished">事项目录</translation>
        </message>
        <message>
            <source>Agents and devices</source>
            <translation type="unfinished">代办员与设备</translation>
        </message>
        <message>
            <source>Holiday calendar</source>
            <translation type="unfinished">节假日日历</translation>
        </message>
        <message>
            <source>Audit and USB</source>
            <translation type="unfinished">审计与U盘</translation>
        </message>
        <message>
            <source>Someone else acted on this application first (it is now version %1). Your action was not applied; the application has been reloaded: check it and decide again.</source>
            <translation type="unfinished">另一位工作人员已先办理了这件申请（现为第 %1 版）。您的操作未生效；申请已重新载入，请核对后再作决定。</translation>
        </message>
        <message>
            <source>Unexpected error: %1</source>
            <translation type="unfinished">意外错误：%1</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation type="unfinished">用户名或密码错误。</translation>
        </message>
        <message>
            <source>Your role or township does not allow this.</source>
            <translation type="unfinished">您的角色或所属乡镇无权进行此操作。</translation>
        </message>
        <message>
            <source>Your session has expired; sign in again.</source>
            <translation type="unfinished">登录已过期，请重新登录。</translation>
        </message>
        <message>
            <source>The township server cannot be reached.</source>
            <translation type="unfinished">无法连接乡镇服务器。</translation>
        </message>
        <message>
            <source>Give the reason.</source>
            <translation type="unfinished">请填写理由。</translation>
        </message>
        <message>
            <source>Tick at least one material to correct.</source>
            <translation type="unfinished">请至少勾选一份需补正的材料。</translation>
        </message>
        <message>
            <source>Say what is wrong with each defective material.</source>
            <translation type="unfinished">请写明每份有缺陷材料的问题。</translation>
        </message>
        <message>
            <source>Choose at least one department.</source>
            <translation type="unfinished">请至少选择一个部门。</translation>
        </message>
        <message>
            <source>This action is not possible in the application's present state.</source>
            <translation type="unfinished">申请当前的状态下不能进行此操作。</translation>
        </message>
        <message>
            <source>The batch file was changed after the village wrote it.</source>
            <translation type="unfinished">该批次文件在村里写出后被改动过。</translation>
        </message>
        <message>
            <source>The batch is not for this township.</source>
            <translation type="unfinished">该批次不属于本乡镇。</translation>
        </message>
        <message>
            <source>The server refused: %1 (%2)</source>
            <translation type="unfinished">服务器拒绝：%1（%2）</translation>
        </message>
        <message>
            <source>received</source>
            <translation type="unfinished">已收件</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation type="unfinished">已受理</translation>
        </message>
        <message>
            <source>returned for correction</source>
            <translation type="unfinished">已退回补正</translation>
        </message>
        <message>
            <source>not accepted</source>
            <translation type="unfinished">不予受理</translation>
        </message>
        <message>
            <source>in review</source>
            <translation type="unfinished">部门审查中</translation>
        </message>
        <message>
            <source>approved</source>
            <translation type="unfinished">已批准</translation>
        </message>
        <message>
            <source>denied</source>
            <translation type="unfinished">不予批准</translation>
        </message>
        <message>
            <source>result ready</source>
            <translation type="unfinished">结果已出</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation type="unfinished">已送达</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation type="unfinished">已撤回</translation>
        </message>
        <message>
            <source>queued</source>
            <translation type="unfinished">待发送</translation>
        </message>
        <message>
            <source>ready</source>
            <translation type="unfinished">材料齐全</translation>
        </message>
        <message>
            <source>draft</source>
            <translation type="unfinished">草稿</translation>
        </message>
        <message>
            <source>awaiting materials</source>
            <translation type="unfinished">待补材料</translation>
        </message>
        <message>
            <source>created</source>
            <translation type="unfinished">创建</translation>
        </message>
        <message>
            <source>checklist updated</source>
            <translation type="unfinished">核验单更新</translation>
        </message>
        <message>
            <source>one-time notification issued</source>
            <translation type="unfinished">已出具一次性告知</translation>
        </message>
        <message>
            <source>taken over by the other agent</source>
            <translation type="unfinished">由另一名代办员接办</translation>
        </message>
        <message>
            <source>routed to departments</source>
            <translation type="unfinished">已转部门办理</translation>
        </message>
        <message>
            <source>a department decided</source>
            <translation type="unfinished">部门已作决定</translation>
        </message>
        <message>
            <source>clock resumed</source>
            <translation type="unfinished">恢复计时</translation>
        </message>
        <message>
            <source>time limit extended</source>
            <translation type="unfinished">办理时限已延长</translation>
        </message>
        <message>
            <source>withdrawal requested</source>
            <translation type="unfinished">申请撤回</translation>
        </message>
        <message>
            <source>withdrawal refused</source>
            <translation type="unfinished">不同意撤回</translation>
        </message>
        <message>
            <source>note</source>
            <translation type="unfinished">备注</translation>
        </message>
        <message>
            <source>original kept</source>
            <translation type="unfinished">收原件</translation>
        </message>
        <message>
            <source>original seen, copy kept</source>
            <translation type="unfinished">原件核验退还，收复印件</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>(复印件) པར་སློག</translation>
        </message>
        <message>
            <source>missing</source>
            <translation type="unfinished">缺少</translation>
        </message>
        <message>
            <source>defective</source>
            <translation type="unfinished">有缺陷</translation>
        </message>
        <message>
            <source>not applicable</source>
            <translation type="unfinished">不适用</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation type="unfinished">未核验</translation>
        </message>
        <message>
            <source>pending</source>
            <translation type="unfinished">待决定</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation type="unfinished">已超期</translation>
        </message>
        <message>
            <source>due soon</source>
            <translation type="unfinished">即将到期</translation>
        </message>
        <message>
            <source>on track</source>
            <translation type="unfinished">正常</translation>
        </message>
        <message>
            <source>clock stopped</source>
            <translation type="unfinished">计时中止</translation>
        </message>
        <message>
            <source>not started</source>
            <translation type="unfinished">未开始计时</translation>
        </message>
        <message>
            <source>open</source>
            <translation type="unfinished">待处理</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation type="unfinished">处理中</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation type="unfinished">已办结</translation>
        </message>
        <message>
            <source>Signed in as %1 (%2).</source>
            <translation type="unfinished">已登录：%1（%2）。</translation>
        </message>
    </context>
</TS>
