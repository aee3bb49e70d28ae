<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentsPage</name>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>Tibetan name</source>
        <translation>藏文名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation>添加代办员</translation>
    </message>
    <message>
        <source>New enrollment code</source>
        <translation>生成注册码</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最后同步</translation>
    </message>
    <message>
        <source>Last change received</source>
        <translation>最后收到的变更</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>吊销设备</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>Fewer than %1 active agents: %2</source>
        <translation>在岗代办员不足 %1 人：%2</translation>
    </message>
</context>
<context>
    <name>ApplicationPanel</name>
    <message>
        <source>Open an application from the arrivals or the deadlines board.</source>
        <translation>请从收件或办理时限列表打开一件申请。</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Agent&apos;s check</source>
        <translation>代办员核验</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The agent&apos;s checklist</source>
        <translation>代办员的材料核验单</translation>
    </message>
    <message>
        <source>Departments (parallel review)</source>
        <translation>并联办理部门</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Return for correction…</source>
        <translation>退回补正…</translation>
    </message>
    <message>
        <source>Not accept…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Route to departments…</source>
        <translation>转部门办理…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>录入决定…</translation>
    </message>
    <message>
        <source>Stop clock…</source>
        <translation>中止计时…</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>结果已出</translation>
    </message>
    <message>
        <source>Print the notice again…</source>
        <translation>再次打印告知书…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · state: %4 · version %5</source>
        <translation>%1 · %2 · %3 · 状态：%4 · 版本 %5</translation>
    </message>
    <message>
        <source>If you disagree, you may apply for administrative review to %1 within 60 days, or bring an administrative lawsuit before %2 within 6 months.</source>
        <translation>如不服，可在60日内向%1申请行政复议，或在6个月内向%2提起行政诉讼。</translation>
    </message>
    <message>
        <source>Saved for printing: %1</source>
        <translation>已保存，待打印：%1</translation>
    </message>
    <message>
        <source>%1: done (now %2).</source>
        <translation>%1：已办理（现为%2）。</translation>
    </message>
</context>
<context>
    <name>ArrivalsPage</name>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>Import a USB batch…</source>
        <translation>导入U盘批次…</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>0-1 days</source>
        <translation>0-1天</translation>
    </message>
    <message>
        <source>2-3 days</source>
        <translation>2-3天</translation>
    </message>
    <message>
        <source>4-5 days</source>
        <translation>4-5天</translation>
    </message>
    <message>
        <source>Over 5 days</source>
        <translation>超过5天</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Working days waiting</source>
        <translation>已等待工作日</translation>
    </message>
    <message>
        <source>USB batch from a village</source>
        <translation>村里送来的U盘批次</translation>
    </message>
    <message>
        <source>The batch was refused whole: %1 (%2)</source>
        <translation>整个批次被拒收：%1（%2）</translation>
    </message>
    <message>
        <source>Batch from %1: %2 new applications; records: %3 new, %4 already here, %5 refused.</source>
        <translation>来自%1的批次：新申请 %2 件；记录：新增 %3 条，已有 %4 条，拒收 %5 条。</translation>
    </message>
    <message>
        <source>Entry %1 refused: %2</source>
        <translation>第 %1 条被拒收：%2</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Entry number printed on a report</source>
        <translation>报表上打印的条目号</translation>
    </message>
    <message>
        <source>Hash printed on that report</source>
        <translation>该报表上打印的哈希值</translation>
    </message>
    <message>
        <source>Check the audit chain</source>
        <translation>核验审计链</translation>
    </message>
    <message>
        <source>Villages without network: their changes on a USB stick</source>
        <translation>无网络的村：用U盘带回变更</translation>
    </message>
    <message>
        <source>Export for the village…</source>
        <translation>为该村导出…</translation>
    </message>
    <message>
        <source>Printed entry</source>
        <translation>打印的条目号</translation>
    </message>
    <message>
        <source>Printed hash</source>
        <translation>打印的哈希值</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 entries, head %2 (entry %3); %4 published heads match.</source>
        <translation>审计链完整：共 %1 条，链头 %2（第 %3 条）；%4 个已公布链头一致。</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at entry %1 (%2). Report this to the county.</source>
        <translation>审计链在第 %1 条断裂（%2）。请报告县里。</translation>
    </message>
    <message>
        <source>USB batch for the village</source>
        <translation>给该村的U盘批次</translation>
    </message>
    <message>
        <source>%1 changes written to %2</source>
        <translation>已将 %1 条变更写入 %2</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>State Council</source>
        <translation>国务院</translation>
    </message>
    <message>
        <source>Estimated by rule</source>
        <translation>按规则推定</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>e.g. Losar</source>
        <translation>如：藏历新年</translation>
    </message>
    <message>
        <source>Add local holiday</source>
        <translation>添加本地节假日</translation>
    </message>
    <message>
        <source>Next year&apos;s official schedule, one line each: 2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休</source>
        <translation>下一年国务院放假安排，每行一条：2027-01-01 holiday 元旦 / 2027-02-06 workday 春节调休</translation>
    </message>
    <message>
        <source>Enter official schedule for the year</source>
        <translation>录入该年国务院放假安排</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Official schedule entered</source>
        <translation>已录入国务院放假安排</translation>
    </message>
    <message>
        <source>Provisional: enter the State Council&apos;s notice when it is published</source>
        <translation>暂定：国务院通知发布后请录入</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（汉文）</translation>
    </message>
    <message>
        <source>Name (Tibetan)</source>
        <translation>名称（藏文）</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Material (Chinese)</source>
        <translation>材料（汉文）</translation>
    </message>
    <message>
        <source>Material (Tibetan)</source>
        <translation>材料（藏文）</translation>
    </message>
    <message>
        <source>New version, e.g. 2026-12-township</source>
        <translation>新版本号，如 2026-12-township</translation>
    </message>
    <message>
        <source>Publish to every village</source>
        <translation>发布到各村</translation>
    </message>
    <message>
        <source>Current version: %1 (published: %2)</source>
        <translation>当前版本：%1（已发布：%2）</translation>
    </message>
    <message>
        <source>Give the new catalog a version first.</source>
        <translation>请先填写新目录的版本号。</translation>
    </message>
    <message>
        <source>Catalog %1 published; it reaches every village at its next sync.</source>
        <translation>目录 %1 已发布，各村下次同步时收到。</translation>
    </message>
</context>
<context>
    <name>ClockDialog</name>
    <message>
        <source>Extend the time limit</source>
        <translation>延长办理时限</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>中止计时</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>现场核查</translation>
    </message>
    <message>
        <source>Public notice</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Expert review</source>
        <translation>专家评审</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Resolve by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>标记为已办结</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Bad</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Complaints, each to a resolution by its date</source>
        <translation>投诉：逐件按期办结</translation>
    </message>
    <message>
        <source>Villagers&apos; ratings (好差评)</source>
        <translation>群众评价（好差评）</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due within 3 working days</source>
        <translation>3个工作日内到期</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>计时中止</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>情况</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Record a decision</source>
        <translation>录入决定</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>Choose PDF…</source>
        <translation>选择PDF…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Decision document (PDF)</source>
        <translation>决定文书（PDF）</translation>
    </message>
    <message>
        <source>Decision document</source>
        <translation>决定文书</translation>
    </message>
</context>
<context>
    <name>DepartmentTasksPage</name>
    <message>
        <source>Tracking number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Our decision</source>
        <translation>本部门决定</translation>
    </message>
    <message>
        <source>Applications routed to %1</source>
        <translation>转给%1的申请</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Checked</source>
        <translation>已核对</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质材料</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translation>签收确认</translation>
    </message>
    <message>
        <source>Countersigned by %1 on %2</source>
        <translation>%1 已于 %2 签收</translation>
    </message>
</context>
<context>
    <name>MaterialsViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>No file for this material</source>
        <translation>该材料没有文件</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>NotAcceptDialog</name>
    <message>
        <source>Not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>If outside our powers: the office to apply to</source>
        <translation>不属本机关职权的，应向其申请的机关</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Apply instead to</source>
        <translation>应向其申请的机关</translation>
    </message>
    <message>
        <source>Remedies</source>
        <translation>救济途径</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Avg. working days</source>
        <translation>平均工作日</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Good ratings</source>
        <translation>好评</translation>
    </message>
    <message>
        <source>Bad ratings</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Free proxy services</source>
        <translation>免费代办</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出XLSX…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出CSV…</translation>
    </message>
    <message>
        <source>Monthly PDF report…</source>
        <translation>月度PDF报表…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>有缺陷</translation>
    </message>
    <message>
        <source>Notes for the applicant (printed on the notification)</source>
        <translation>给申请人的说明（打印在告知单上）</translation>
    </message>
    <message>
        <source>Everything to correct, at once: the applicant is asked only once.</source>
        <translation>需补正的全部材料一次性告知，申请人只需补正一次。</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <source>Route to departments</source>
        <translation>并联办理：转部门</translation>
    </message>
    <message>
        <source>Another body (type its name)</source>
        <translation>其他部门（输入名称）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Township convenience service center: staff sign-in</source>
        <translation>乡镇便民服务中心：工作人员登录</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Department reviewers only</source>
        <translation>仅部门审查人员填写</translation>
    </message>
    <message>
        <source>Save account</source>
        <translation>保存账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>账户 %1 已保存。</translation>
    </message>
</context>
<context>
    <name>TownshipDialog</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TownshipWindow</name>
    <message>
        <source>VillageDesk — township center</source>
        <translation>村务通 — 乡镇便民服务中心</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Our department&apos;s tasks</source>
        <translation>本部门任务</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>窗口办理</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Hand-over lists</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <source>Complaints and ratings</source>
        <translation>投诉与评价</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Agents and devices</source>
        <translation>代办员与设备</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Audit and USB</source>
        <translation>审计与U盘</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账户</translation>
    </message>
    <message>
        <source>Someone else acted on this application first (it is now version %1). Your action was not applied; the application has been reloaded: check it and decide again.</source>
        <translation>另一位工作人员已先办理了这件申请（现为第 %1 版）。您的操作未生效；申请已重新载入，请核对后再作决定。</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>As the reviewer for %1 you can only see and decide its own tasks.</source>
        <translation>您是%1的审查人员，只能查看和决定本部门的任务。</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>您的角色（%1）无权进行此操作。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Your role or township does not allow this.</source>
        <translation>您的角色或所属乡镇无权进行此操作。</translation>
    </message>
    <message>
        <source>Your session has expired; sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The township server cannot be reached.</source>
        <translation>无法连接乡镇服务器。</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message>
        <source>Tick at least one material to correct.</source>
        <translation>请至少勾选一份需补正的材料。</translation>
    </message>
    <message>
        <source>Say what is wrong with each defective material.</source>
        <translation>请写明每份有缺陷材料的问题。</translation>
    </message>
    <message>
        <source>Choose at least one department.</source>
        <translation>请至少选择一个部门。</translation>
    </message>
    <message>
        <source>This action is not possible in the application&apos;s present state.</source>
        <translation>申请当前的状态下不能进行此操作。</translation>
    </message>
    <message>
        <source>The batch file was changed after the village wrote it.</source>
        <translation>该批次文件在村里写出后被改动过。</translation>
    </message>
    <message>
        <source>The batch is not for this township.</source>
        <translation>该批次不属于本乡镇。</translation>
    </message>
    <message>
        <source>A department reviewer needs its department.</source>
        <translation>部门审查人员须填写所属部门。</translation>
    </message>
    <message>
        <source>Only a department reviewer has a department.</source>
        <translation>只有部门审查人员才填写所属部门。</translation>
    </message>
    <message>
        <source>Give a user name and a password.</source>
        <translation>请填写用户名和密码。</translation>
    </message>
    <message>
        <source>The server refused: %1 (%2)</source>
        <translation>服务器拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>returned for correction</source>
        <translation>已退回补正</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>部门审查中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>result ready</source>
        <translation>结果已出</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>awaiting materials</source>
        <translation>待补材料</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>checklist updated</source>
        <translation>核验单更新</translation>
    </message>
    <message>
        <source>one-time notification issued</source>
        <translation>已出具一次性告知</translation>
    </message>
    <message>
        <source>taken over by the other agent</source>
        <translation>由另一名代办员接办</translation>
    </message>
    <message>
        <source>routed to departments</source>
        <translation>已转部门办理</translation>
    </message>
    <message>
        <source>a department decided</source>
        <translation>部门已作决定</translation>
    </message>
    <message>
        <source>clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>time limit extended</source>
        <translation>办理时限已延长</translation>
    </message>
    <message>
        <source>withdrawal requested</source>
        <translation>申请撤回</translation>
    </message>
    <message>
        <source>withdrawal refused</source>
        <translation>不同意撤回</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>original kept</source>
        <translation>收原件</translation>
    </message>
    <message>
        <source>original seen, copy kept</source>
        <translation>原件核验退还，收复印件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>有缺陷</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未核验</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待决定</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>计时中止</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始计时</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>window clerk</source>
        <translation>窗口受理人员</translation>
    </message>
    <message>
        <source>department reviewer</source>
        <translation>部门审查人员</translation>
    </message>
    <message>
        <source>center director</source>
        <translation>中心主任</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已登录：%1（%2）。</translation>
    </message>
</context>
</TS>
