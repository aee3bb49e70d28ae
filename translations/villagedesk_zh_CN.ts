<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicantsPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tibetan name</source>
        <translation>藏文名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Find by ID number, phone or name (any spelling, Chinese or Tibetan)</source>
        <translation>按身份证号、电话或姓名查找（汉文、藏文，各种写法均可）</translation>
    </message>
    <message>
        <source>New application for this person</source>
        <translation>为此人新建申请</translation>
    </message>
    <message>
        <source>Register or update an applicant</source>
        <translation>登记或更新申请人</translation>
    </message>
    <message>
        <source>Name on the ID card</source>
        <translation>身份证上的姓名</translation>
    </message>
    <message>
        <source>Village group</source>
        <translation>村民小组</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Disability note</source>
        <translation>残疾情况说明</translation>
    </message>
    <message>
        <source>The number is right as on the card (confirm)</source>
        <translation>号码与证件一致（确认）</translation>
    </message>
    <message>
        <source>Has a disability certificate</source>
        <translation>持有残疾人证</translation>
    </message>
    <message>
        <source>Save applicant</source>
        <translation>保存申请人</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到 %1 人</translation>
    </message>
    <message>
        <source>Age %1: free proxy service (elderly or disabled).</source>
        <translation>%1 岁：免费代办（老年人或残疾人）。</translation>
    </message>
    <message>
        <source>Age %1.</source>
        <translation>%1 岁。</translation>
    </message>
    <message>
        <source>Registered: %1.</source>
        <translation>已登记：%1。</translation>
    </message>
    <message>
        <source>Updated: %1.</source>
        <translation>已更新：%1。</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <source>(only in the stated cases)</source>
        <translation>（仅限所述情形）</translation>
    </message>
    <message>
        <source>Asked: %1</source>
        <translation>要求：%1</translation>
    </message>
    <message>
        <source>What is wrong (required if defective)</source>
        <translation>问题所在（有缺陷时必填）</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>%1 file(s), %2</source>
        <translation>%1 个文件，%2</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Applicant&apos;s ID number</source>
        <translation>申请人身份证号</translation>
    </message>
    <message>
        <source>18 characters, then Enter</source>
        <translation>18 位，输完按回车</translation>
    </message>
    <message>
        <source>Start application</source>
        <translation>开始申请</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Scan or photo</source>
        <translation>扫描件或照片</translation>
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
        <source>Accept</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Drop a file here, use Attach…, or scan into the scanner folder: %1</source>
        <translation>把文件拖到这里、点“添加附件…”，或扫描到扫描文件夹：%1</translation>
    </message>
    <message>
        <source>Missing materials: print the one-time notification</source>
        <translation>材料不齐：打印一次性告知书</translation>
    </message>
    <message>
        <source>Complete: print the receipt and queue</source>
        <translation>材料齐全：打印回执并排队上报</translation>
    </message>
    <message>
        <source>Not registered: register on the Applicants screen first.</source>
        <translation>未登记：请先在“申请人”页面登记。</translation>
    </message>
    <message>
        <source>Choose the service item and the applicant first.</source>
        <translation>请先选择事项和申请人。</translation>
    </message>
    <message>
        <source>Choose an item and an applicant, then start.</source>
        <translation>选择事项和申请人，然后开始。</translation>
    </message>
    <message>
        <source>%1 — state: %2</source>
        <translation>%1 — 状态：%2</translation>
    </message>
    <message>
        <source>Free proxy service</source>
        <translation>免费代办</translation>
    </message>
    <message>
        <source>The one-time notification lists every missing material. Give it to the villager.</source>
        <translation>一次性告知书已列出全部缺少的材料，请交给群众。</translation>
    </message>
    <message>
        <source>Queued. Tracking number %1. Give the receipt to the villager.</source>
        <translation>已排队上报。受理编号 %1。请把回执交给群众。</translation>
    </message>
    <message>
        <source>Choose a scan or photo</source>
        <translation>选择扫描件或照片</translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic)</source>
        <translation>扫描件和照片 (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.heic)</translation>
    </message>
    <message>
        <source>Start the application first.</source>
        <translation>请先开始申请。</translation>
    </message>
    <message>
        <source>Compressing…</source>
        <translation>正在压缩…</translation>
    </message>
    <message>
        <source>No file waiting</source>
        <translation>没有待处理的文件</translation>
    </message>
    <message>
        <source>For: %1. Size after compression: %2 (was %3).</source>
        <translation>用于：%1。压缩后大小：%2（原为 %3）。</translation>
    </message>
    <message>
        <source>PDF file (no picture preview)</source>
        <translation>PDF 文件（无图片预览）</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Search by name (Chinese or Tibetan), code or department</source>
        <translation>按名称（汉文或藏文）、编码或部门搜索</translation>
    </message>
    <message>
        <source>Print the guide for the villager</source>
        <translation>为群众打印办事指南</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 个工作日</translation>
    </message>
    <message>
        <source>%1 calendar days</source>
        <translation>%1 个自然日</translation>
    </message>
    <message>
        <source>Catalog version %1.</source>
        <translation>事项清单版本 %1。</translation>
    </message>
    <message>
        <source>A realistic sample, not the official catalog.</source>
        <translation>这是示例清单，不是正式清单。</translation>
    </message>
    <message>
        <source>(only in the stated cases)</source>
        <translation>（仅限所述情形）</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>申请条件</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Apply in person at the township.</source>
        <translation>须本人到乡镇办理。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1</source>
        <translation>出错了：%1</translation>
    </message>
    <message>
        <source>Type the 18-character ID number from the card.</source>
        <translation>请输入证件上的 18 位身份证号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1. Check for a missing or extra digit.</source>
        <translation>身份证号码应为 18 位，这个有 %1 位。请检查是否少输或多输了数字。</translation>
    </message>
    <message>
        <source>Character %1 is not allowed: only digits, and X as the last character.</source>
        <translation>第 %1 位字符不允许：只能是数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>This is an old 15-digit number. Use the 18-character number on the new card.</source>
        <translation>这是旧的 15 位号码，请使用新证件上的 18 位号码。</translation>
    </message>
    <message>
        <source>Characters 7 to 14 are the birth date, and %1 is not a real date. Check those digits.</source>
        <translation>第 7 至 14 位是出生日期，%1 不是有效日期。请检查这几位数字。</translation>
    </message>
    <message>
        <source>The birth date in the number is too long ago. Check characters 7 to 14.</source>
        <translation>号码中的出生日期过早。请检查第 7 至 14 位。</translation>
    </message>
    <message>
        <source>The birth date in the number is in the future. Check characters 7 to 14.</source>
        <translation>号码中的出生日期在今天之后。请检查第 7 至 14 位。</translation>
    </message>
    <message>
        <source>The last character should be %1 for these digits. One digit is probably mistyped: read the number on the card again.</source>
        <translation>按前面的数字，最后一位应是 %1。可能输错了一位数字：请再对照证件读一遍。</translation>
    </message>
    <message>
        <source>The first 6 digits (%1) are not a known county code. Check them; if the card really says so, tick the box to confirm.</source>
        <translation>前 6 位（%1）不是已知的县级代码。请检查；如果证件上确实如此，请勾选确认。</translation>
    </message>
    <message>
        <source>The first 6 digits (%1) are not a county code. Check them; if the card really says so, tick the box to confirm.</source>
        <translation>前 6 位（%1）不是县级代码。请检查；如果证件上确实如此，请勾选确认。</translation>
    </message>
    <message>
        <source>This number makes the person %1 years old. Check the birth date; tick the box to confirm.</source>
        <translation>按此号码，此人 %1 岁。请检查出生日期；确认无误请勾选。</translation>
    </message>
    <message>
        <source>Type the name as it is on the ID card.</source>
        <translation>请按身份证上的写法输入姓名。</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>姓名太长。</translation>
    </message>
    <message>
        <source>The name has characters that cannot be on an ID card.</source>
        <translation>姓名中有身份证上不可能出现的字符。</translation>
    </message>
    <message>
        <source>The middle dot (·) goes between two parts of the name.</source>
        <translation>间隔号（·）只能放在姓名两部分之间。</translation>
    </message>
    <message>
        <source>The Tibetan name must be in Tibetan script.</source>
        <translation>藏文名必须用藏文书写。</translation>
    </message>
    <message>
        <source>A phone number has 7 to 13 digits.</source>
        <translation>电话号码应为 7 至 13 位数字。</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 tries left before a short wait.</source>
        <translation>PIN 码错误。还可再试 %1 次，之后需稍等。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait %1 seconds.</source>
        <translation>PIN 码错误次数过多。请等 %1 秒。</translation>
    </message>
    <message>
        <source>Set a PIN for this agent first.</source>
        <translation>请先为此代办员设置 PIN 码。</translation>
    </message>
    <message>
        <source>A PIN has 4 to 8 digits.</source>
        <translation>PIN 码为 4 至 8 位数字。</translation>
    </message>
    <message>
        <source>Type the current PIN to change it.</source>
        <translation>修改前请输入当前 PIN 码。</translation>
    </message>
    <message>
        <source>This agent is no longer on the roster.</source>
        <translation>此代办员已不在名单中。</translation>
    </message>
    <message>
        <source>Say what is wrong with the defective material.</source>
        <translation>请写明材料有什么问题。</translation>
    </message>
    <message>
        <source>Check every material first.</source>
        <translation>请先逐项核对材料。</translation>
    </message>
    <message>
        <source>Some required materials are still missing.</source>
        <translation>还缺少必需的材料。</translation>
    </message>
    <message>
        <source>A required material cannot be marked not applicable.</source>
        <translation>必需材料不能标为“不适用”。</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>没有缺少的材料。</translation>
    </message>
    <message>
        <source>Only the materials the township returned can be changed.</source>
        <translation>只能修改乡镇退回的材料。</translation>
    </message>
    <message>
        <source>This application can no longer be changed here.</source>
        <translation>此申请已不能在此修改。</translation>
    </message>
    <message>
        <source>This step is not possible in the application&apos;s state.</source>
        <translation>申请目前的状态下不能进行这一步。</translation>
    </message>
    <message>
        <source>This item needs the applicant in person at the township.</source>
        <translation>此事项需要申请人本人到乡镇办理。</translation>
    </message>
    <message>
        <source>Enroll this laptop with the township before issuing receipts.</source>
        <translation>出具回执前，请先将本电脑在乡镇注册。</translation>
    </message>
    <message>
        <source>For a poor rating, write what went wrong.</source>
        <translation>差评请写明原因。</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>文件太大。</translation>
    </message>
    <message>
        <source>This kind of file cannot be attached.</source>
        <translation>不能添加这种文件。</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>文件已损坏。</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取文件。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The township cannot be reached. Try again later.</source>
        <translation>连不上乡镇，请稍后再试。</translation>
    </message>
    <message>
        <source>The network asks for a sign-in page first.</source>
        <translation>网络要求先登录网页。</translation>
    </message>
    <message>
        <source>The township server is busy. Try again later.</source>
        <translation>乡镇服务器忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The server is not the one this code was made for. Do not continue; call the township.</source>
        <translation>服务器与此验证码不符。请不要继续，给乡镇打电话。</translation>
    </message>
    <message>
        <source>The code is not complete. Check it.</source>
        <translation>验证码不完整，请检查。</translation>
    </message>
    <message>
        <source>The server address starts with https://</source>
        <translation>服务器地址以 https:// 开头</translation>
    </message>
    <message>
        <source>This code is too short. Ask the township for the long code.</source>
        <translation>验证码太短，请向乡镇要完整的长码。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>The township changed this application meanwhile. Sync again; then check it.</source>
        <translation>乡镇已修改了这份申请。请再同步一次，然后核对。</translation>
    </message>
    <message>
        <source>The township refused this entry as incomplete. Open it, fix it, send again.</source>
        <translation>乡镇认为这条记录不完整而拒收。请打开、改正后重新发送。</translation>
    </message>
    <message>
        <source>This laptop is no longer enrolled. Enroll it again.</source>
        <translation>本电脑的注册已失效，请重新注册。</translation>
    </message>
    <message>
        <source>Held back by the township (%1). Call the township center.</source>
        <translation>被乡镇暂扣（%1）。请给乡镇便民服务中心打电话。</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to VillageDesk</source>
        <translation>欢迎使用村代办助手</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Enroll this laptop with the township: type the server address and the one-time code the township center gave you.</source>
        <translation>将本电脑在乡镇注册：输入乡镇便民服务中心给您的服务器地址和一次性验证码。</translation>
    </message>
    <message>
        <source>Township server</source>
        <translation>乡镇服务器</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Later (work offline)</source>
        <translation>以后再说（离线工作）</translation>
    </message>
    <message>
        <source>Type the server address and the code.</source>
        <translation>请输入服务器地址和验证码。</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Open to fix the returned materials</source>
        <translation>打开并补正退回的材料</translation>
    </message>
    <message>
        <source>Print the decision document</source>
        <translation>打印决定书</translation>
    </message>
    <message>
        <source>Print the notice of not accepting</source>
        <translation>打印不予受理通知书</translation>
    </message>
    <message>
        <source>Print the acceptance notice</source>
        <translation>打印受理通知书</translation>
    </message>
    <message>
        <source>Hand over the result</source>
        <translation>送达办理结果</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认方式</translation>
    </message>
    <message>
        <source>Rating (好差评)</source>
        <translation>评价（好差评）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>按手印</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <source>Record the delivery</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <source>Deadlines count working days from the township&apos;s acceptance date. * = the holiday schedule for that year is not official yet.</source>
        <translation>期限从乡镇受理之日起按工作日计算。* = 该年节假日安排尚未正式公布。</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>没有需要跟进的事项。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Returned for correction. To fix: %1</source>
        <translation>已退回补正。需补正：%1</translation>
    </message>
    <message>
        <source>Not accepted. Reason: %1</source>
        <translation>不予受理。原因：%1</translation>
    </message>
    <message>
        <source>Write who received the result.</source>
        <translation>请填写领取人。</translation>
    </message>
    <message>
        <source>Delivery recorded.</source>
        <translation>已登记送达。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VillageDesk — village proxy point</source>
        <translation>村代办助手 — 村便民服务代办点</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>Service catalog</source>
        <translation>事项清单</translation>
    </message>
    <message>
        <source>Outbox and sync</source>
        <translation>待发送与同步</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>送件</translation>
    </message>
    <message>
        <source>Consultations and visits</source>
        <translation>咨询与上门</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>当前登录：%1</translation>
    </message>
    <message>
        <source>You took over the open work (AB岗); it is recorded on each application.</source>
        <translation>您已接手未办结的工作（AB岗），每份申请都已记录。</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Export to USB…</source>
        <translation>导出到U盘…</translation>
    </message>
    <message>
        <source>Import from USB…</source>
        <translation>从U盘导入…</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <source>The township is reachable.</source>
        <translation>可以连上乡镇。</translation>
    </message>
    <message>
        <source>The township cannot be reached now; work goes on offline.</source>
        <translation>现在连不上乡镇；可以继续离线工作。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 change(s) waiting, %2 held back. Last successful sync: %3.</source>
        <translation>%1 条待发送，%2 条被暂扣。上次同步成功：%3。</translation>
    </message>
    <message>
        <source>This laptop is not enrolled with the township yet.</source>
        <translation>本电脑尚未在乡镇注册。</translation>
    </message>
    <message>
        <source>Syncing… you can keep working.</source>
        <translation>正在同步…您可以继续工作。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Sending files…</source>
        <translation>正在上传文件…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>正在发送更改…</translation>
    </message>
    <message>
        <source>Receiving from the township…</source>
        <translation>正在接收乡镇的数据…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>即将完成…</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received.</source>
        <translation>同步完成：发送 %1 条，接收 %2 条。</translation>
    </message>
    <message>
        <source>Sync finished, but %1 change(s) were held back: see below.</source>
        <translation>同步完成，但有 %1 条被暂扣：见下方。</translation>
    </message>
    <message>
        <source>Export to USB</source>
        <translation>导出到U盘</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>已将 %1 条写入 %2。</translation>
    </message>
    <message>
        <source>Import from USB</source>
        <translation>从U盘导入</translation>
    </message>
    <message>
        <source>Imported the township&apos;s batch.</source>
        <translation>已导入乡镇的数据包。</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>正在生成文件…</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
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
        <source>Answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Item code (optional)</source>
        <translation>事项编码（可不填）</translation>
    </message>
    <message>
        <source>Free proxy</source>
        <translation>免费代办</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>身份证号码（可不填）</translation>
    </message>
    <message>
        <source>Elderly or disabled: free service</source>
        <translation>老年人或残疾人：免费服务</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>大字体</translation>
    </message>
    <message>
        <source>Lock after (minutes, 0 = never)</source>
        <translation>无操作自动锁定（分钟，0 = 不锁定）</translation>
    </message>
    <message>
        <source>Printed slips in</source>
        <translation>打印单据的语言</translation>
    </message>
    <message>
        <source>Use larger text everywhere</source>
        <translation>全部使用大字体</translation>
    </message>
    <message>
        <source>Chinese and Tibetan</source>
        <translation>汉藏双语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>汉文</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏文</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Agent</source>
        <translation>代办员</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>再输一次 PIN 码</translation>
    </message>
    <message>
        <source>Take over the open work of %1 (AB岗)</source>
        <translation>接手 %1 未办结的工作（AB岗）</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>%1 stepped away. Type the PIN to continue.</source>
        <translation>%1 暂时离开。输入 PIN 码继续。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>No agents yet: the roster comes from the township with the first sync.</source>
        <translation>还没有代办员：首次同步后乡镇会发来名单。</translation>
    </message>
    <message>
        <source>Set PIN and sign in</source>
        <translation>设置 PIN 码并登录</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>签收人</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质材料</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Originals to the township</source>
        <translation>原件送乡镇</translation>
    </message>
    <message>
        <source>Results to the village</source>
        <translation>结果带回村</translation>
    </message>
    <message>
        <source>Originals to carry to the township</source>
        <translation>要送到乡镇的原件</translation>
    </message>
    <message>
        <source>Results to bring back</source>
        <translation>要带回的办理结果</translation>
    </message>
    <message>
        <source>Hand-over lists</source>
        <translation>交接清单</translation>
    </message>
    <message>
        <source>Make the hand-over list and print it</source>
        <translation>生成交接清单并打印</translation>
    </message>
    <message>
        <source>Make the list of results and print it</source>
        <translation>生成结果清单并打印</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Name of the township staff who checked it</source>
        <translation>核对的乡镇工作人员姓名</translation>
    </message>
    <message>
        <source>Record the countersignature</source>
        <translation>登记签收</translation>
    </message>
    <message>
        <source>Countersignature recorded.</source>
        <translation>已登记签收。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Waiting for materials</source>
        <translation>等待补齐材料</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>可以上报</translation>
    </message>
    <message>
        <source>Queued to send</source>
        <translation>待上报</translation>
    </message>
    <message>
        <source>Arrived at the township</source>
        <translation>已到乡镇</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>结果已出</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Original received</source>
        <translation>收原件</translation>
    </message>
    <message>
        <source>Original seen, copy kept</source>
        <translation>验原件、留复印件</translation>
    </message>
    <message>
        <source>Copy received</source>
        <translation>收复印件</translation>
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
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未核对</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>原件和复印件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>已送达乡镇</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>被暂扣</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>计时已暂停</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Overdue by %1 working days</source>
        <translation>已超期 %1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>还剩 %1 个工作日</translation>
    </message>
</context>
</TS>
