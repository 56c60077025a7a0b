<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>jy::AccountEditDialog</name>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>The whole street</source>
        <translation>全街道</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>可以登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>工作范围(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Grids:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Grids matter for grid workers only: they see and record work in these grids.</source>
        <translation>网格只对网格员有效：网格员只能查看和登记所选网格的工作。</translation>
    </message>
</context>
<context>
    <name>jy::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Staff &amp;accounts…</source>
        <translation>工作人员账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>无操作时锁定(&amp;I)…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>无操作时锁定</translation>
    </message>
    <message>
        <source>Lock Jiayuan after this many minutes without input (0: never):</source>
        <translation>无键盘鼠标操作多少分钟后锁定家园（0 表示不锁定）：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>jy::AccountService</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name has at most 32 characters and no spaces.</source>
        <translation>用户名最多 32 个字符，且不能有空格。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <source>This database already has accounts: sign in instead.</source>
        <translation>此数据库已有账户，请直接登录。</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts.</source>
        <translation>只有管理员可以管理账户。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>The community no longer exists.</source>
        <translation>该社区已不存在。</translation>
    </message>
    <message>
        <source>A grid worker needs at least one grid.</source>
        <translation>网格员至少要负责一个网格。</translation>
    </message>
    <message>
        <source>A chosen grid no longer exists.</source>
        <translation>所选网格已不存在。</translation>
    </message>
    <message>
        <source>The grids must belong to the account&apos;s community.</source>
        <translation>所选网格必须属于该账户的社区。</translation>
    </message>
    <message>
        <source>This is the last active administrator: keep it, or make another one first.</source>
        <translation>这是最后一个启用的管理员账户：请保留，或先设置另一个管理员。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>Sign in with an account to change its password.</source>
        <translation>请先用账户登录再修改密码。</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>jy::AccountsDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Works for</source>
        <translation>工作范围</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>The whole street</source>
        <translation>全街道</translation>
    </message>
    <message numerus="yes">
        <source> (%n grid(s))</source>
        <translation>
            <numerusform>（%n 个网格）</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>, must change password</source>
        <translation>，须修改密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1 (they choose their own at the next sign-in):</source>
        <translation>为 %1 设置新密码（下次登录时须改为自己的密码）：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>jy::Activities</name>
    <message>
        <source>lecture</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>emergency drill</source>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>popular science</source>
        <translation>科普</translation>
    </message>
    <message>
        <source>charity</source>
        <translation>慈善公益</translation>
    </message>
    <message>
        <source>culture and festivals</source>
        <translation>文体节庆</translation>
    </message>
    <message>
        <source>volunteer service</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>the activities register</source>
        <translation>活动台账</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>请选择活动类别。</translation>
    </message>
    <message>
        <source>Enter the date of the activity.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>The number of participants is from 0 up.</source>
        <translation>参加人数须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB; save it smaller.</source>
        <translation>照片大于 %1 MB，请压缩后再保存。</translation>
    </message>
    <message>
        <source>Only PNG or JPEG photos can be kept.</source>
        <translation>只能保存 PNG 或 JPEG 格式的照片。</translation>
    </message>
</context>
<context>
    <name>jy::ActivitySource</name>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>活动类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>组织方</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Attach a &amp;photo…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Photo:</source>
        <translation>照片(&amp;P)：</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>照片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose the photo file.</source>
        <translation>请选择照片文件。</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB; save it smaller.</source>
        <translation>照片大于 %1 MB，请压缩后再保存。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>活动名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>组织方(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>参加人数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>jy::AgencyServices</name>
    <message>
        <source>agency services</source>
        <translation>红色代办</translation>
    </message>
    <message>
        <source>The resident is not on the roster.</source>
        <translation>该居民不在居民台账中。</translation>
    </message>
    <message>
        <source>Choose the resident, or enter the name of the person asking.</source>
        <translation>请选择居民，或填写委托人姓名。</translation>
    </message>
    <message>
        <source>Say what is to be handled.</source>
        <translation>请填写需要代办的事项。</translation>
    </message>
    <message>
        <source>Choose the kind of matter.</source>
        <translation>请选择代办事项类别。</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
</context>
<context>
    <name>jy::AgencySource</name>
    <message>
        <source>Agency services</source>
        <translation>红色代办</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>委托人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>代办事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Days taken</source>
        <translation>用时（天）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>委托人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>代办事项(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>事项类别(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>jy::AgencyWorkflow</name>
    <message>
        <source>received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>take on</source>
        <translation>接办</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>The handler</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>jy::AnnualReports</name>
    <message>
        <source>%1</source>
        <comment>a single year in a title (zh: %1年度)</comment>
        <translation>%1年度</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years in a title (zh: %1—%2年度)</comment>
        <translation>%1—%2年度</translation>
    </message>
    <message>
        <source>%1 Honors %2</source>
        <comment>zh: %1%2荣誉统计表 (place, years)</comment>
        <translation>%1%2荣誉统计表</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>level and count (zh: %1%2项)</comment>
        <translation>%1%2项</translation>
    </message>
    <message>
        <source>No honors recorded</source>
        <comment>zh: 无荣誉记录</comment>
        <translation>无荣誉记录</translation>
    </message>
    <message>
        <source>%1 honors: %2</source>
        <comment>zh: 共%1项：%2</comment>
        <translation>共%1项：%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>zh: 、</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Honor</source>
        <translation>荣誉名称</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>获奖对象</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>recipient and its kind (zh: %1（%2）)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Honors of each community by level</source>
        <comment>zh: 各社区荣誉分级统计</comment>
        <translation>各社区荣誉分级统计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <comment>zh: 制表人：</comment>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <comment>zh: 审核人：</comment>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>%1 Work Statistics %2</source>
        <comment>zh: %1%2年度工作统计报表 (place, year)</comment>
        <translation>%1%2年度工作统计报表</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <comment>zh: 统计时段：%1</comment>
        <translation>统计时段：%1</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民数</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Orders received</source>
        <translation>受理订单</translation>
    </message>
    <message>
        <source>Services done</source>
        <comment>person-times (zh: 服务人次)</comment>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>服务居民数</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Honors</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Households, residents and party members as registered on the day of the report; volunteers as registered by the end of the year; orders, services, people served and hours of the year; honors awarded for the year.</source>
        <comment>zh: 户数、居民数、党员数为制表日登记数；志愿者为年末登记数；订单、服务人次、服务居民数和服务时长为本年度数；荣誉为本年度所获荣誉。</comment>
        <translation>户数、居民数、党员数为制表日登记数；志愿者为年末登记数；订单、服务人次、服务居民数和服务时长为本年度数；荣誉为本年度所获荣誉。</translation>
    </message>
    <message>
        <source>Volunteer services completed by month</source>
        <comment>zh: 志愿服务分月完成情况</comment>
        <translation>志愿服务分月完成情况</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>month number in a table head (zh: %1月)</comment>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Volunteer services completed by category</source>
        <comment>zh: 志愿服务分类完成情况</comment>
        <translation>志愿服务分类完成情况</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Services completed per month</source>
        <comment>zh: 各月完成服务人次</comment>
        <translation>各月完成服务人次</translation>
    </message>
    <message>
        <source>Services completed per category</source>
        <comment>zh: 各类别完成服务人次</comment>
        <translation>各类别完成服务人次</translation>
    </message>
</context>
<context>
    <name>jy::AnnualStatistics</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>jy::AuditLog</name>
    <message>
        <source>entry %1 does not follow the entry before it (an entry was removed or inserted)</source>
        <translation>第 %1 条记录与前一条接不上（有记录被删除或插入）</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>第 %1 条记录在写入后被修改过</translation>
    </message>
</context>
<context>
    <name>jy::AuditQuery</name>
    <message>
        <source>Your role (%1) may not read the audit log.</source>
        <translation>您的角色（%1）无权查看审计日志。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>请选择以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>Audit log (exported %1)</source>
        <translation>审计日志（导出于 %1）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Community map</source>
        <translation>社区地图</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Grid role</source>
        <translation>网格岗位</translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation>网格人员</translation>
    </message>
    <message>
        <source>Grid incident</source>
        <translation>网格事件</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>关爱计划</translation>
    </message>
    <message>
        <source>Care visit</source>
        <translation>关爱走访</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Division list</source>
        <translation>区划代码表</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Party post</source>
        <translation>党员岗位</translation>
    </message>
    <message>
        <source>Branch meeting</source>
        <translation>三会一课</translation>
    </message>
    <message>
        <source>Star assessment</source>
        <translation>五星支部评定</translation>
    </message>
    <message>
        <source>Honor</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>服务订单</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Service certificate</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Co-building unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Co-building member</source>
        <translation>共建单位成员</translation>
    </message>
    <message>
        <source>Co-building agreement</source>
        <translation>共建协议</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>议事会议</translation>
    </message>
    <message>
        <source>Meeting follow-up</source>
        <translation>会议跟进事项</translation>
    </message>
    <message>
        <source>Mediation case</source>
        <translation>矛盾纠纷调解</translation>
    </message>
    <message>
        <source>Agency service</source>
        <translation>红色代办</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Exported unmasked</source>
        <translation>明文导出</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开具</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>评定</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>工作人员账户</translation>
    </message>
    <message>
        <source>Showed full personal data</source>
        <translation>查看完整个人信息</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>账户解锁</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>jy::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>jy::AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录号</translation>
    </message>
    <message>
        <source>Text in the values…</source>
        <translation>搜索变更内容…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>操作人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>选择一条记录，查看它改了什么。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: an entry changed, inserted or removed afterwards is found.</source>
        <translation>重新计算每条记录的哈希：事后被修改、插入或删除的记录都会被发现。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the entries the filter shows to an .xlsx file.</source>
        <translation>将当前筛选出的记录导出为 .xlsx 文件。</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>所有类型</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 by %3 at %4 (entry %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %3 于 %4 %2（第 %5 条）</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>正在校验哈希链…</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>无法校验哈希链：%1</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2. The log was changed outside Jiayuan.</source>
        <translation>哈希链在第 %1 条断开：%2。日志曾在家园之外被改动。</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>哈希链完好：已校验 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-log-%1.xlsx</source>
        <translation>审计日志-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 条到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the check or export that is running (Esc).</source>
        <translation>停止正在进行的校验或导出（Esc）。</translation>
    </message>
    <message>
        <source>Check stopped after %L1 of %L2 entries: nothing was found so far, but the rest is unchecked.</source>
        <translation>校验已停止：已校验 %L2 条中的 %L1 条，目前未发现问题，其余条目尚未校验。</translation>
    </message>
    <message>
        <source>Export stopped: no file was written.</source>
        <translation>导出已停止：未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>jy::AutoBackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>每 6 小时</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>每 12 小时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>备份频率(&amp;B)：</translation>
    </message>
    <message>
        <source>Keep the last &amp;days:</source>
        <translation>保留最近天数(&amp;D)：</translation>
    </message>
    <message>
        <source>Keep the last &amp;weeks:</source>
        <translation>保留最近周数(&amp;W)：</translation>
    </message>
    <message>
        <source>Copies go to %1 and are checked after writing. The newest copy of each kept day and week stays; older automatic copies are deleted. Last automatic backup: %2.</source>
        <translation>备份保存在 %1，写入后逐一校验。保留期内每天、每周各留最新一份，更早的自动备份会被删除。上次自动备份：%2。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::Backup</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 已损坏或不是数据库：%2</translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation>%1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>无法将数据库复制到 %1：%2</translation>
    </message>
    <message>
        <source>Backups here are for SQLite databases; back up a PostgreSQL server with pg_dump.</source>
        <translation>此处的备份仅适用于 SQLite 数据库；PostgreSQL 服务器请用 pg_dump 备份。</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>SQLite 驱动未提供其连接句柄。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a Jiayuan database.</source>
        <translation>%1 不是家园数据库。</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program (%3); restore it with a newer Jiayuan.</source>
        <translation>%1 的数据结构版本为 %2，比本程序（%3）新；请用更新版本的家园恢复。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup before the upgrade.</source>
        <translation>无法创建升级前备份所用的文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>jy::BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Jiayuan database (*.sqlite)</source>
        <translation>家园数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <source>The database was backed up to
%1
and the copy passed its integrity check.</source>
        <translation>数据库已备份到
%1
副本已通过完整性检查。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Jiayuan database (*.sqlite);;All files (*)</source>
        <translation>家园数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>无法恢复此文件</translation>
    </message>
    <message>
        <source>Replace the current database with this backup?</source>
        <translation>用此备份替换当前数据库吗？</translation>
    </message>
    <message>
        <source>Backup: %1
Made: %2
Schema version: %3
Communities: %4
Households: %5
Residents: %6
Audit entries: %7

The current database is kept in the backups folder first, so this can be undone. Jiayuan restarts afterwards.</source>
        <translation>备份：%1
备份时间：%2
数据结构版本：%3
社区：%4
户：%5
居民：%6
审计记录：%7

当前数据库会先保存到 backups 文件夹，可以撤销。恢复后家园将重新启动。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>数据库已恢复</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is saved as
%1

Jiayuan now starts again on the restored data.</source>
        <translation>备份已恢复。恢复前的数据库已保存为
%1

家园将用恢复后的数据重新启动。</translation>
    </message>
</context>
<context>
    <name>jy::BackupSchedule</name>
    <message>
        <source>Cannot create the folder %1 for automatic backups.</source>
        <translation>无法为自动备份创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>jy::BranchMeetingSource</name>
    <message>
        <source>Branch meetings and lessons</source>
        <translation>三会一课</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>会议类别</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>实到</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>应到人数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>实到人数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>jy::BranchMeetings</name>
    <message>
        <source>branch assembly</source>
        <translation>支部党员大会</translation>
    </message>
    <message>
        <source>branch committee meeting</source>
        <translation>支部委员会</translation>
    </message>
    <message>
        <source>party group meeting</source>
        <translation>党小组会</translation>
    </message>
    <message>
        <source>party lesson</source>
        <translation>党课</translation>
    </message>
    <message>
        <source>theme party day</source>
        <translation>主题党日</translation>
    </message>
    <message>
        <source>the branch meeting log</source>
        <translation>三会一课记录</translation>
    </message>
    <message>
        <source>Choose the branch that met.</source>
        <translation>请选择召开会议的支部。</translation>
    </message>
    <message>
        <source>Choose the kind of meeting: assembly, committee, group meeting, lesson or theme day.</source>
        <translation>请选择会议类别：支部党员大会、支委会、党小组会、党课或主题党日。</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>请填写会议日期。</translation>
    </message>
    <message>
        <source>Enter the topic.</source>
        <translation>请填写会议主题。</translation>
    </message>
    <message>
        <source>Attendance cannot be negative.</source>
        <translation>参会人数不能为负数。</translation>
    </message>
    <message>
        <source>More attended (%1) than were expected (%2).</source>
        <translation>实到人数（%1）多于应到人数（%2）。</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>该会议已不存在。</translation>
    </message>
</context>
<context>
    <name>jy::BranchSource</name>
    <message>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>组织名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>特色</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>上级组织</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Party groups:</source>
        <translation>党小组：</translation>
    </message>
    <message>
        <source>Five-star assessment %1: %2</source>
        <translation>%1 年度五星支部评定：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>组织名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>特色(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>上级组织(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>书记(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Add a party &amp;group…</source>
        <translation>添加党小组(&amp;G)…</translation>
    </message>
    <message>
        <source>Five-star &amp;assessment…</source>
        <translation>五星支部评定(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>组长(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Star:</source>
        <translation>星级项目(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;core (pass mark %1):</source>
        <translation>得分（%1 分达标）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>佐证材料(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>jy::CarePlans</name>
    <message>
        <source>Your role (%1) may not change care plans.</source>
        <translation>您的角色（%1）不能修改关爱计划。</translation>
    </message>
    <message>
        <source>Choose the resident from the roster.</source>
        <translation>请从居民名册中选择居民。</translation>
    </message>
    <message>
        <source>Choose the care list the resident is on.</source>
        <translation>请选择该居民所属的关爱类别。</translation>
    </message>
    <message>
        <source>Visit every 1 to 365 days.</source>
        <translation>走访周期应为1至365天。</translation>
    </message>
    <message>
        <source>Name the person responsible for the visits.</source>
        <translation>请填写走访责任人。</translation>
    </message>
    <message>
        <source>The resident already has a care plan for this list.</source>
        <translation>该居民在此类别下已有关爱计划。</translation>
    </message>
    <message>
        <source>The care plan no longer exists.</source>
        <translation>该关爱计划已不存在。</translation>
    </message>
    <message>
        <source>Your role (%1) may not record care visits.</source>
        <translation>您的角色（%1）不能登记走访。</translation>
    </message>
    <message>
        <source>The care plan for %1 has ended.</source>
        <translation>%1的关爱计划已结束。</translation>
    </message>
    <message>
        <source>Enter the day of the visit.</source>
        <translation>请填写走访日期。</translation>
    </message>
    <message>
        <source>A visit cannot be recorded for a day still to come.</source>
        <translation>不能登记未来日期的走访。</translation>
    </message>
    <message>
        <source>Choose a home visit or a phone call.</source>
        <translation>请选择入户走访或电话问候。</translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation>请填写走访人。</translation>
    </message>
</context>
<context>
    <name>jy::CareView</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>只看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Every care list</source>
        <translation>全部关爱类别</translation>
    </message>
    <message>
        <source>&amp;Record a visit…</source>
        <translation>登记走访(&amp;R)…</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Care list</source>
        <translation>关爱类别</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>走访周期</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>上次走访</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未走访</translation>
    </message>
    <message>
        <source>Choose the resident who was visited.</source>
        <translation>请先选中被走访的居民。</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>走访%1</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户走访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话问候</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>方式(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>走访人(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>情况记录(&amp;N)：</translation>
    </message>
    <message>
        <source>Visit to %1 recorded.</source>
        <translation>已登记对%1的走访。</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;End plan…</source>
        <translation>结束计划(&amp;E)…</translation>
    </message>
    <message>
        <source>New care plan</source>
        <translation>新建关爱计划</translation>
    </message>
    <message>
        <source>The resident&apos;s name:</source>
        <translation>居民姓名：</translation>
    </message>
    <message>
        <source>%1, born %2, %3</source>
        <translation>%1，%2年生，%3</translation>
    </message>
    <message>
        <source>Nobody called %1 lives in this community.</source>
        <translation>本社区没有名叫%1的居民。</translation>
    </message>
    <message>
        <source>Which %1?</source>
        <translation>哪一位%1？</translation>
    </message>
    <message>
        <source>Care plan for %1 saved.</source>
        <translation>%1的关爱计划已保存。</translation>
    </message>
    <message>
        <source>Care plan for %1</source>
        <translation>%1的关爱计划</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Care list:</source>
        <translation>关爱类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Visit every:</source>
        <translation>走访周期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>责任人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose the resident whose plan ends.</source>
        <translation>请先选择要结束计划的居民。</translation>
    </message>
    <message>
        <source>End care plan</source>
        <translation>结束关爱计划</translation>
    </message>
    <message>
        <source>End the %1 care plan for %2? Its visits stay on record.</source>
        <translation>结束%2的“%1”关爱计划吗？走访记录将保留。</translation>
    </message>
    <message>
        <source>The care plan for %1 has ended.</source>
        <translation>%1的关爱计划已结束。</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>关爱走访</translation>
    </message>
</context>
<context>
    <name>jy::CaseSteps</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>A step cannot be dated before the case&apos;s previous step.</source>
        <translation>办理时间不能早于该案件上一步的时间。</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile; look at it again.</source>
        <translation>其他人刚刚修改了这个案件，请重新查看。</translation>
    </message>
</context>
<context>
    <name>jy::CatalogueDialog</name>
    <message>
        <source>Service catalogue</source>
        <translation>服务目录</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Points rule</source>
        <translation>计分方式</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>新建类别…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>On/off shelf</source>
        <translation>上架/下架</translation>
    </message>
    <message>
        <source>New service…</source>
        <translation>新建服务项目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>服务类别</translation>
    </message>
    <message>
        <source>Services of the category</source>
        <translation>本类别的服务项目</translation>
    </message>
    <message>
        <source>Your role (%1) may look at the catalogue but not change it.</source>
        <translation>您的角色（%1）只能查看服务目录，不能修改。</translation>
    </message>
    <message>
        <source>%1 (off the shelf)</source>
        <translation>%1（已下架）</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>per service</source>
        <translation>按次</translation>
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
        <source>New category</source>
        <translation>新建类别</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新建服务项目</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>编辑服务项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Points &amp;rule:</source>
        <translation>计分方式(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>积分(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>jy::CatalogueService</name>
    <message>
        <source>Your role (%1) may not change the service catalogue.</source>
        <translation>您的角色（%1）无权修改服务目录。</translation>
    </message>
    <message>
        <source>Name the category.</source>
        <translation>请填写类别名称。</translation>
    </message>
    <message>
        <source>There is already a category named %1.</source>
        <translation>已有名为“%1”的类别。</translation>
    </message>
    <message>
        <source>The category no longer exists.</source>
        <translation>该类别已不存在。</translation>
    </message>
    <message>
        <source>Name the service.</source>
        <translation>请填写服务项目名称。</translation>
    </message>
    <message>
        <source>Choose points per service or per hour.</source>
        <translation>请选择按次计分或按小时计分。</translation>
    </message>
    <message>
        <source>Points must be between 0 and 1000.</source>
        <translation>积分须在 0 到 1000 之间。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <source>This category already has a service named %1.</source>
        <translation>该类别下已有名为“%1”的服务项目。</translation>
    </message>
    <message>
        <source>The service no longer exists.</source>
        <translation>该服务项目已不存在。</translation>
    </message>
</context>
<context>
    <name>jy::CellValue</name>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 不是日期。</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 1950-03-02.</source>
        <translation>%1 不是日期，请写成 1950-03-02 的形式。</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>日期 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>jy::CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前预检</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows with problems are left out of the import; you get them back in a file to correct and import again.</source>
        <translation>尚未写入任何数据。有问题的行不会导入，系统会将其另存为文件，供您修改后重新导入。</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Update them with the sheet&apos;s values</source>
        <translation>用表格中的内容更新(&amp;U)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新预检(&amp;A)</translation>
    </message>
    <message>
        <source>Rows naming no &amp;community go to:</source>
        <translation>未填社区的行归入(&amp;C)：</translation>
    </message>
    <message>
        <source>Residents already registered:</source>
        <translation>已登记的居民：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Reading… %1 rows</source>
        <translation>正在读取… %1 行</translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>正在检查… %p%</translation>
    </message>
    <message>
        <source>(the community column decides)</source>
        <translation>（以社区列为准）</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>预检完成</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows of people read: &lt;b&gt;%2&lt;/b&gt; can be imported, &lt;b&gt;%3&lt;/b&gt; existing residents will be updated, &lt;b&gt;%4&lt;/b&gt; rows have problems.</source>
        <translation>共读取 &lt;b&gt;%1&lt;/b&gt; 行人员信息：&lt;b&gt;%2&lt;/b&gt; 行可导入，&lt;b&gt;%3&lt;/b&gt; 名已有居民将被更新，&lt;b&gt;%4&lt;/b&gt; 行有问题。</translation>
    </message>
    <message>
        <source>%1 rows name people already registered or listed twice; %2 of them are left as they are.</source>
        <translation>%1 行人员已登记或重复列出，其中 %2 行保持不变。</translation>
    </message>
    <message>
        <source>Skipped: %1 blank rows, %2 footer rows (制表人, 合计 …).</source>
        <translation>已跳过：空行 %1 行，表尾行 %2 行（制表人、合计 …）。</translation>
    </message>
    <message>
        <source>New households: %1.</source>
        <translation>新增 %1 户。</translation>
    </message>
    <message>
        <source>New places: %1 communities, %2 estates, %3 buildings, %4 units, %5 dwellings, %6 grids.</source>
        <translation>新增地点：%1 个社区、%2 个小区、%3 栋楼、%4 个单元、%5 套住房、%6 个网格。</translation>
    </message>
</context>
<context>
    <name>jy::CoBuildingProjects</name>
    <message>
        <source>the co-building projects</source>
        <translation>共建项目</translation>
    </message>
    <message>
        <source>Name the project, e.g. 平价果蔬进小区.</source>
        <translation>请填写项目名称，例如“平价果蔬进小区”。</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
    <message>
        <source>The need must be one of this community&apos;s list.</source>
        <translation>需求须来自本社区的需求清单。</translation>
    </message>
    <message>
        <source>The resource must be offered by a unit of this community.</source>
        <translation>资源须由本社区的共建单位提供。</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>该单位不存在。</translation>
    </message>
    <message>
        <source>%1 is a co-building unit of another community.</source>
        <translation>%1 是其他社区的共建单位。</translation>
    </message>
</context>
<context>
    <name>jy::CoBuildingUnits</name>
    <message>
        <source>government body</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <source>the co-building units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, e.g. 中国银行信阳分行.</source>
        <translation>请填写单位名称，例如“中国银行信阳分行”。</translation>
    </message>
    <message>
        <source>Choose the kind of unit.</source>
        <translation>请选择单位类别。</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
    <message>
        <source>The date is not plausible.</source>
        <translation>日期不合理。</translation>
    </message>
    <message>
        <source>%1 is already a co-building unit of this community.</source>
        <translation>%1 已是本社区的共建单位。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>Choose the unit that signed.</source>
        <translation>请选择签订协议的单位。</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation>请填写协议签订日期。</translation>
    </message>
    <message>
        <source>An agreement ends after the day it is signed.</source>
        <translation>协议到期日应晚于签订日。</translation>
    </message>
    <message>
        <source>Say what the unit and the community agree to do.</source>
        <translation>请填写共建协议的内容。</translation>
    </message>
    <message>
        <source>Choose the unit that registered the member.</source>
        <translation>请选择党员报到的所在单位。</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>请填写党员姓名。</translation>
    </message>
    <message>
        <source>Enter the date the member reported to the community.</source>
        <translation>请填写到社区报到的日期。</translation>
    </message>
    <message>
        <source>The resident is not on the roster.</source>
        <translation>该居民不在居民台账中。</translation>
    </message>
</context>
<context>
    <name>jy::CommunitySetup</name>
    <message>
        <source>Enter the street&apos;s name, e.g. 辛寨子街道.</source>
        <translation>请输入街道名称，例如 辛寨子街道。</translation>
    </message>
    <message>
        <source>Enter the community&apos;s name, e.g. 魅力社区.</source>
        <translation>请输入社区名称，例如 魅力社区。</translation>
    </message>
    <message>
        <source>The division code has 12 digits (统计用区划代码), e.g. 210211014001.</source>
        <translation>区划代码为 12 位数字（统计用区划代码），例如 210211014001。</translation>
    </message>
    <message>
        <source>No province has the code %1: check the first two digits.</source>
        <translation>没有代码为 %1 的省份，请检查前两位数字。</translation>
    </message>
    <message>
        <source>Your role (%1) may not set up communities.</source>
        <translation>您的角色（%1）不能设置社区。</translation>
    </message>
    <message>
        <source>A community with the code %1 exists already.</source>
        <translation>代码为 %1 的社区已存在。</translation>
    </message>
</context>
<context>
    <name>jy::ConflictPrompt</name>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>&amp;Reload the record</source>
        <translation>重新载入记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep my changes on screen</source>
        <translation>保留屏幕上我的修改(&amp;K)</translation>
    </message>
</context>
<context>
    <name>jy::ConnectionString</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as postgresql://user@host:5432/database.</source>
        <translation>“%1”不是有效的服务器地址，请写成 postgresql://用户名@主机:5432/数据库名。</translation>
    </message>
</context>
<context>
    <name>jy::CsvTableWriter</name>
    <message>
        <source>The file %1 was already closed.</source>
        <translation>文件 %1 已关闭。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>jy::DashboardData</name>
    <message>
        <source>under 35</source>
        <translation>35岁以下</translation>
    </message>
    <message>
        <source>35–59</source>
        <translation>35—59岁</translation>
    </message>
    <message>
        <source>60–79</source>
        <translation>60—79岁</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80岁及以上</translation>
    </message>
    <message>
        <source>on their own</source>
        <translation>个人服务</translation>
    </message>
    <message>
        <source>branch meetings</source>
        <translation>三会一课</translation>
    </message>
    <message>
        <source>residents&apos; meetings</source>
        <translation>议事会议</translation>
    </message>
    <message>
        <source>mediation cases</source>
        <translation>矛盾调解</translation>
    </message>
    <message>
        <source>agency services</source>
        <translation>红色代办</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>co-building projects</source>
        <translation>共建项目</translation>
    </message>
</context>
<context>
    <name>jy::DashboardPage</name>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Residents and households by grid (click: the grid&apos;s residents)</source>
        <translation>各网格人数与户数（点击查看该网格居民）</translation>
    </message>
    <message>
        <source>Party members by age</source>
        <translation>党员年龄结构</translation>
    </message>
    <message>
        <source>Volunteer services by month (click: the month&apos;s orders)</source>
        <translation>志愿服务分月完成情况（点击查看当月订单）</translation>
    </message>
    <message>
        <source>Volunteer services by category (click: the orders)</source>
        <translation>志愿服务分类完成情况（点击查看订单）</translation>
    </message>
    <message>
        <source>Service hours by team</source>
        <translation>各服务队服务时长</translation>
    </message>
    <message>
        <source>Honors by level and year (click: the honors)</source>
        <translation>荣誉分级分年度统计（点击查看荣誉）</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1岁以上</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1—%2岁</translation>
    </message>
    <message>
        <source>men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>services</source>
        <translation>服务人次</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2年</translation>
    </message>
    <message>
        <source>Residents by age and sex (click: the residents)</source>
        <translation>居民年龄与性别（点击查看居民）</translation>
    </message>
    <message>
        <source>Residence types (click: the residents)</source>
        <translation>人口类别（点击查看居民）</translation>
    </message>
    <message>
        <source>Care visits overdue by grid, today (click: the list)</source>
        <translation>各网格今日逾期未走访人数（点击：查看名单）</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期未走访</translation>
    </message>
    <message>
        <source>Party and governance work in the year</source>
        <translation>本年度党建与治理工作</translation>
    </message>
    <message>
        <source>held or opened</source>
        <translation>开展或受理</translation>
    </message>
    <message>
        <source>Party members by branch (click: the branch&apos;s members)</source>
        <translation>各支部党员数（点击查看该支部党员）</translation>
    </message>
</context>
<context>
    <name>jy::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with &quot;jiayuan-cli init&quot; or &quot;jiayuan-cli demo&quot;.</source>
        <translation>数据库文件 %1 不存在。请先用“jiayuan-cli init”或“jiayuan-cli demo”创建。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is damaged or not a Jiayuan database (%2).</source>
        <translation>无法打开数据库 %1：文件已损坏或不是家园数据库（%2）。</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>未安装 %1 的 Qt SQL 驱动。</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>无法连接到 %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>无法打开数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot use the database %1 on the server: %2</source>
        <translation>无法使用服务器上的数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>jy::DatabaseCopy</name>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>两个数据库的结构版本不同（%1 与 %2）。</translation>
    </message>
    <message>
        <source>The target database %1 already holds communities that were not copied from this file; nothing was changed. Move an office into an empty database.</source>
        <translation>目标数据库 %1 中已有并非从此文件复制的社区，未做任何改动。请迁移到一个空数据库。</translation>
    </message>
    <message>
        <source>The target database %1 holds a copy of another office&apos;s file; nothing was changed.</source>
        <translation>目标数据库 %1 中是另一个社区数据文件的副本，未做任何改动。</translation>
    </message>
    <message>
        <source>The move was cancelled; the target database is as it was.</source>
        <translation>迁移已取消，目标数据库保持原样。</translation>
    </message>
    <message>
        <source>The copy does not match the file (a table&apos;s row count differs); nothing was kept.</source>
        <translation>副本与数据文件不一致（有表的记录数不同），已全部撤销。</translation>
    </message>
</context>
<context>
    <name>jy::DemoGenerator</name>
    <message>
        <source>You are not allowed to generate demo data.</source>
        <translation>您无权生成演示数据。</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 communities.</source>
        <translation>社区数量请选择 1 到 %1 个。</translation>
    </message>
    <message>
        <source>Choose a valid reference date.</source>
        <translation>请选择有效的基准日期。</translation>
    </message>
    <message>
        <source>The database already holds residents; demo data is only generated into an empty database.</source>
        <translation>数据库中已有居民，演示数据只能生成到空数据库中。</translation>
    </message>
    <message>
        <source>The community %1 (%2) already has estates, grids or party branches; demo data only goes into an empty community.</source>
        <translation>社区 %1（%2）已有小区、网格或党支部，演示数据只能生成到空社区中。</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation>已取消生成演示数据，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>jy::DivisionImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is neither a county list (code,name,cityCode,provinceCode) nor a township list (code,name,areaCode,provinceCode,cityCode)</source>
        <translation>%1 既不是县级区划表（code,name,cityCode,provinceCode），也不是乡级区划表（code,name,areaCode,provinceCode,cityCode）</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>有 %1 个字段，应为 %2 个</translation>
    </message>
    <message>
        <source>the code “%1” is not %2 digits</source>
        <translation>代码“%1”不是 %2 位数字</translation>
    </message>
    <message>
        <source>the name of %1 is empty</source>
        <translation>%1 的名称为空</translation>
    </message>
    <message>
        <source>the parent code “%1” does not match %2</source>
        <translation>上级代码“%1”与 %2 不符</translation>
    </message>
    <message>
        <source>Your role may not import data.</source>
        <translation>您的角色无权导入数据。</translation>
    </message>
</context>
<context>
    <name>jy::ExportDialog</name>
    <message>
        <source>Export the roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>residents-%1.xlsx</source>
        <translation>居民花名册-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Write ID numbers and phones in &amp;full (the export is recorded in the audit log)</source>
        <translation>完整导出身份证号和电话（导出操作将记入审计日志）(&amp;F)</translation>
    </message>
    <message>
        <source>Your role may not see personal data.</source>
        <translation>您的角色无权查看个人敏感信息。</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s), as the roster shows them now: its search, filters and order. ID numbers and phones are masked (210211********1234, 138****5678) unless you choose otherwise.</source>
        <translation>
            <numerusform>共 %n 名居民，按花名册当前的查找、筛选条件和排序导出。除非另行选择，身份证号和电话将脱敏（210211********1234、138****5678）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件，UTF-8 编码 (*.csv)</translation>
    </message>
    <message>
        <source>Give the file the ending .xlsx or .csv.</source>
        <translation>文件扩展名请使用 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 名居民导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::FilterBar</name>
    <message>
        <source>Name / pinyin initials / last 4–6 digits of ID / phone / building-unit-room</source>
        <translation>姓名 / 拼音首字母 / 身份证后4–6位 / 电话 / 楼-单元-室</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F). Examples: 张三, zsf, zhangsan, 1234, 13800001234, 3-2-401</source>
        <translation>边输入边查找（Ctrl+F）。例如：张三、zsf、zhangsan、1234、13800001234、3-2-401</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>重置(&amp;T)</translation>
    </message>
    <message>
        <source>Show everyone again</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>社区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>楼栋(&amp;B)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>类别(&amp;Y)</translation>
    </message>
    <message>
        <source>T&amp;ag</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>Age f&amp;rom</source>
        <translation>年龄(&amp;R)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>不限标签</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
</context>
<context>
    <name>jy::FirstRunWizard</name>
    <message>
        <source>Welcome to Jiayuan</source>
        <translation>欢迎使用家园</translation>
    </message>
    <message>
        <source>Jiayuan keeps your community&apos;s residents, grids, volunteer services and records on this computer.</source>
        <translation>家园在这台电脑上保存社区的居民、网格、志愿服务和各类台账。</translation>
    </message>
    <message>
        <source>Set up &amp;our community (an empty database)</source>
        <translation>建立我们社区的数据库（空数据库）(&amp;O)</translation>
    </message>
    <message>
        <source>Try the &amp;demo: 魅力社区 with about 9,500 invented residents</source>
        <translation>试用演示数据库：魅力社区，约 9,500 位虚构居民(&amp;D)</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>您想怎样开始？</translation>
    </message>
    <message>
        <source>Your community</source>
        <translation>您的社区</translation>
    </message>
    <message>
        <source>The division code is the 12-digit 统计用区划代码 of your community; its first 9 digits are the street&apos;s.</source>
        <translation>区划代码是社区的 12 位统计用区划代码，前 9 位是街道的代码。</translation>
    </message>
    <message>
        <source>e.g. the community service centre&apos;s address</source>
        <translation>例如社区党群服务中心的地址</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>街道(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>Division &amp;code:</source>
        <translation>区划代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Where the data is kept</source>
        <translation>数据保存位置</translation>
    </message>
    <message>
        <source>Personal data stays on this computer. Choose a folder that is backed up; Settings shows it later.</source>
        <translation>居民个人信息只保存在这台电脑上。请选择一个有备份的文件夹；以后可在“设置”中查看。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Folder for Jiayuan&apos;s data</source>
        <translation>家园数据文件夹</translation>
    </message>
    <message>
        <source>The database will be %1</source>
        <translation>数据库文件：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another.</source>
        <translation>无法创建文件夹 %1，请另选一个。</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>正在生成演示数据库……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
</context>
<context>
    <name>jy::GeoJson</name>
    <message>
        <source>Your role (%1) may not change the grid map.</source>
        <translation>您的角色（%1）不能修改网格地图。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>文件不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The file is not a GeoJSON FeatureCollection.</source>
        <translation>文件不是 GeoJSON 要素集合（FeatureCollection）。</translation>
    </message>
    <message>
        <source>The community does not exist.</source>
        <translation>该社区不存在。</translation>
    </message>
    <message>
        <source>Feature %1: %2</source>
        <translation>第 %1 个要素：%2</translation>
    </message>
    <message>
        <source>a grid needs a Polygon geometry with at least three points</source>
        <translation>网格需要至少三个点的多边形（Polygon）几何</translation>
    </message>
    <message>
        <source>a grid needs a &quot;code&quot; property</source>
        <translation>网格需要 &quot;code&quot;（编码）属性</translation>
    </message>
    <message>
        <source>a building needs &quot;estate&quot; and &quot;number&quot; properties</source>
        <translation>楼栋需要 &quot;estate&quot;（小区）和 &quot;number&quot;（楼号）属性</translation>
    </message>
    <message>
        <source>the point has no valid coordinates</source>
        <translation>点的坐标无效</translation>
    </message>
    <message>
        <source>a building needs a Point or Polygon geometry</source>
        <translation>楼栋需要点（Point）或多边形（Polygon）几何</translation>
    </message>
    <message>
        <source>building %1 %2 is not in the roster</source>
        <translation>楼栋 %1 %2 不在名册中</translation>
    </message>
    <message>
        <source>Feature %1: no grid has the code %2; the building was placed but not assigned.</source>
        <translation>第 %1 个要素：没有编码为 %2 的网格；楼栋已放到地图上，但未划入网格。</translation>
    </message>
    <message>
        <source>Some features name no community_code; choose the community with --community.</source>
        <translation>部分要素没有 community_code（社区代码），请用 --community 指定社区。</translation>
    </message>
    <message>
        <source>No community has the code %1; choose the community with --community.</source>
        <translation>没有代码为 %1 的社区，请用 --community 指定社区。</translation>
    </message>
</context>
<context>
    <name>jy::GovernanceMeetings</name>
    <message>
        <source>residents&apos; council</source>
        <translation>居民议事</translation>
    </message>
    <message>
        <source>residents&apos; talk day</source>
        <translation>居民说事日</translation>
    </message>
    <message>
        <source>courtyard meeting</source>
        <translation>坝坝会</translation>
    </message>
    <message>
        <source>five-party consultation</source>
        <translation>五方议事</translation>
    </message>
    <message>
        <source>one solicitation, three discussions, two disclosures</source>
        <translation>一征三议两公开</translation>
    </message>
    <message>
        <source>joint party-building meeting</source>
        <translation>党建联席会</translation>
    </message>
    <message>
        <source>the meetings register</source>
        <translation>议事会议台账</translation>
    </message>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>请选择会议类别。</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>请填写会议日期。</translation>
    </message>
    <message>
        <source>Enter what the meeting discussed.</source>
        <translation>请填写会议议题。</translation>
    </message>
    <message>
        <source>The attendance is a number of people from 0 up.</source>
        <translation>参会人数须为不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>该会议已不存在。</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>请填写需要办理的事项。</translation>
    </message>
    <message>
        <source>A follow-up is due after the meeting that decided it.</source>
        <translation>跟进事项的期限应在作出决定的会议之后。</translation>
    </message>
    <message>
        <source>The follow-up item no longer exists.</source>
        <translation>该跟进事项已不存在。</translation>
    </message>
    <message>
        <source>The item is already done.</source>
        <translation>该事项已办结。</translation>
    </message>
    <message>
        <source>An item is done on or after the day of the meeting.</source>
        <translation>办结日期不能早于会议日期。</translation>
    </message>
</context>
<context>
    <name>jy::GovernanceSources</name>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
</context>
<context>
    <name>jy::GridBoard</name>
    <message>
        <source>Building %1</source>
        <translation>%1栋</translation>
    </message>
    <message>
        <source>Grid notice board</source>
        <translation>网格公示牌</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（编码 %2）</translation>
    </message>
    <message>
        <source>Buildings covered</source>
        <translation>包含楼栋</translation>
    </message>
    <message>
        <source>(no buildings assigned yet)</source>
        <translation>（尚未划入楼栋）</translation>
    </message>
    <message>
        <source>Your grid team</source>
        <translation>网格服务团队</translation>
    </message>
    <message>
        <source>(no staff assigned yet)</source>
        <translation>（尚未配备网格人员）</translation>
    </message>
    <message>
        <source>Small matters stay in the grid, minor ones in the community, major ones in the street</source>
        <translation>微事不出格&#x3000;小事不出社区&#x3000;大事不出街道</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>The community has no grids to print.</source>
        <translation>该社区没有可打印的网格。</translation>
    </message>
    <message>
        <source>Grid notice boards</source>
        <translation>网格公示牌</translation>
    </message>
</context>
<context>
    <name>jy::GridIncidentWorkflow</name>
    <message>
        <source>reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
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
        <source>closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>start handling</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>check and close</source>
        <translation>核查结案</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>environment and sanitation</source>
        <translation>环境卫生</translation>
    </message>
    <message>
        <source>facility repair</source>
        <translation>设施维修</translation>
    </message>
    <message>
        <source>safety hazard</source>
        <translation>安全隐患</translation>
    </message>
    <message>
        <source>neighbour dispute</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>illegal construction or occupation</source>
        <translation>违建与占用</translation>
    </message>
    <message>
        <source>residents&apos; request</source>
        <translation>居民诉求</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>jy::GridMap</name>
    <message>
        <source>Building %1</source>
        <translation>%1栋</translation>
    </message>
</context>
<context>
    <name>jy::GridMapEditor</name>
    <message>
        <source>The change could not be made.</source>
        <translation>无法完成这项修改。</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Click a building to see its households.</source>
        <translation>点击楼栋可查看其住户。</translation>
    </message>
    <message>
        <source>Household / resident</source>
        <translation>住户 / 居民</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <source>Reshape %1</source>
        <translation>修改%1的边界</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>选择和移动</translation>
    </message>
    <message>
        <source>Draw a grid</source>
        <translation>绘制网格</translation>
    </message>
    <message>
        <source>Place a building</source>
        <translation>放置楼栋</translation>
    </message>
    <message>
        <source>Buildings not yet on the map</source>
        <translation>尚未放到地图上的楼栋</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>着色：</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Site plan underlay…</source>
        <translation>平面图底图…</translation>
    </message>
    <message>
        <source>Print the map…</source>
        <translation>打印地图…</translation>
    </message>
    <message>
        <source>Save the map as PDF…</source>
        <translation>地图另存为 PDF…</translation>
    </message>
    <message>
        <source>Export GeoJSON…</source>
        <translation>导出 GeoJSON…</translation>
    </message>
    <message>
        <source>Import GeoJSON…</source>
        <translation>导入 GeoJSON…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Your role may look at the map but not change it.</source>
        <translation>您的角色可以查看地图，但不能修改。</translation>
    </message>
    <message>
        <source>%1 (%2 buildings)</source>
        <translation>%1（%2栋楼）</translation>
    </message>
    <message>
        <source>%1 (not drawn yet)</source>
        <translation>%1（尚未绘制）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1 in all, by building</source>
        <translation>共%1，按楼栋着色</translation>
    </message>
    <message>
        <source>(every building is on the map)</source>
        <translation>（楼栋已全部放到地图上）</translation>
    </message>
    <message>
        <source>Unit %1, room %2</source>
        <translation>%1单元 %2室</translation>
    </message>
    <message>
        <source>%1 — %2
%3 households, %4 residents</source>
        <translation>%1 — %2
%3户，%4人</translation>
    </message>
    <message>
        <source>in no grid</source>
        <translation>未划入网格</translation>
    </message>
    <message>
        <source>New grid</source>
        <translation>新建网格</translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation>第%1网格</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>绘制%1</translation>
    </message>
    <message>
        <source>Every building is on the map already.</source>
        <translation>楼栋已全部放到地图上。</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>放置%1</translation>
    </message>
    <message>
        <source>Assign to grid</source>
        <translation>划入网格</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>将%1划入%2</translation>
    </message>
    <message>
        <source>Take off the map</source>
        <translation>从地图上移除</translation>
    </message>
    <message>
        <source>Take %1 off the map</source>
        <translation>将%1从地图上移除</translation>
    </message>
    <message>
        <source>Open %1 in the roster</source>
        <translation>在居民名册中查看%1</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Rename grid</source>
        <translation>重命名网格</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名%1</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n building(s) inside to this grid</source>
        <translation>
            <numerusform>将边界内的%n栋楼划入此网格</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign buildings to %1</source>
        <translation>将楼栋划入%1</translation>
    </message>
    <message>
        <source>Delete the grid…</source>
        <translation>删除网格…</translation>
    </message>
    <message>
        <source>Delete grid</source>
        <translation>删除网格</translation>
    </message>
    <message>
        <source>Delete %1? Its %2 buildings stay in the roster, in no grid. You can undo this.</source>
        <translation>删除%1吗？其中的%2栋楼仍保留在名册中，但不属于任何网格。此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>打印地图</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 横向</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>地图另存为 PDF</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The map was saved to %1.</source>
        <translation>地图已保存到 %1。</translation>
    </message>
    <message>
        <source>Export GeoJSON</source>
        <translation>导出 GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON 文件 (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The map was exported to %1.</source>
        <translation>地图已导出到 %1。</translation>
    </message>
    <message>
        <source>Import GeoJSON</source>
        <translation>导入 GeoJSON</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 features read: %2 grids created, %3 updated; %4 buildings created, %5 updated, %6 assigned to grids; %7 skipped.</source>
        <translation>读取要素%1个：新建网格%2个、更新%3个；新建楼栋%4栋、更新%5栋、划入网格%6栋；跳过%7个。</translation>
    </message>
    <message>
        <source>An import cannot be undone with Undo.</source>
        <translation>导入不能用“撤销”还原。</translation>
    </message>
    <message>
        <source>Site plan underlay</source>
        <translation>平面图底图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file is not a PNG or JPEG image that can be read.</source>
        <translation>该文件不是可读取的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>The plan&apos;s width on the ground:</source>
        <translation>平面图对应的实地宽度：</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>Set the site plan</source>
        <translation>设置平面图底图</translation>
    </message>
    <message>
        <source>Open the building in the roster</source>
        <translation>在居民名册中查看本楼栋</translation>
    </message>
    <message>
        <source>Its left edge on the map:</source>
        <translation>其左边缘在地图上的位置：</translation>
    </message>
    <message>
        <source>Its top edge on the map:</source>
        <translation>其上边缘在地图上的位置：</translation>
    </message>
</context>
<context>
    <name>jy::GridMapService</name>
    <message>
        <source>Your role (%1) may not change the grid map.</source>
        <translation>您的角色（%1）不能修改网格地图。</translation>
    </message>
    <message>
        <source>The community does not exist.</source>
        <translation>该社区不存在。</translation>
    </message>
    <message>
        <source>Enter the grid&apos;s code.</source>
        <translation>请填写网格编码。</translation>
    </message>
    <message>
        <source>Another grid of this community has the code %1.</source>
        <translation>本社区已有编码为 %1 的网格。</translation>
    </message>
    <message>
        <source>Enter the grid&apos;s name.</source>
        <translation>请填写网格名称。</translation>
    </message>
    <message>
        <source>A grid&apos;s outline needs at least three points that enclose an area.</source>
        <translation>网格边界至少需要三个点，并围成一块区域。</translation>
    </message>
    <message>
        <source>The grid no longer exists.</source>
        <translation>该网格已不存在。</translation>
    </message>
    <message>
        <source>%1 has %2 patrol or incident records; they would be lost with it. Redraw or rename the grid instead.</source>
        <translation>%1有%2条巡查或事件记录，删除网格会一并丢失。请改为重新绘制或重命名该网格。</translation>
    </message>
    <message>
        <source>The building&apos;s position is not a valid point.</source>
        <translation>楼栋位置不是有效的点。</translation>
    </message>
    <message>
        <source>A building&apos;s outline needs at least three points that enclose an area.</source>
        <translation>楼栋轮廓至少需要三个点，并围成一块区域。</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>该楼栋已不存在。</translation>
    </message>
    <message>
        <source>The building and the grid belong to different communities.</source>
        <translation>楼栋和网格不属于同一个社区。</translation>
    </message>
    <message>
        <source>The file is not a PNG or JPEG image that can be read.</source>
        <translation>该文件不是可读取的 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
        <source>The plan&apos;s scale must be a positive number of metres per pixel.</source>
        <translation>平面图比例必须是正数（米/像素）。</translation>
    </message>
    <message>
        <source>The plan&apos;s opacity must be between 5% and 100%.</source>
        <translation>平面图不透明度应在5%至100%之间。</translation>
    </message>
    <message>
        <source>The map&apos;s anchor must be a longitude and latitude inside China.</source>
        <translation>地图基准点必须是中国境内的经纬度。</translation>
    </message>
</context>
<context>
    <name>jy::GridPerformance</name>
    <message>
        <source>Weekly grid bulletin</source>
        <translation>网格工作周通报</translation>
    </message>
    <message>
        <source>Monthly grid ranking</source>
        <translation>网格工作月评比</translation>
    </message>
    <message>
        <source>In this period the %1 grids of %2 logged %3 patrols over %4 days, reported %5 incidents (%6 resolved in time) and made %7 care visits; %8 of %9 residents on the care lists were visited on time.</source>
        <translation>本期%2共%1个网格，%4天内巡查%3次，上报事件%5件（按时办结%6件），关爱走访%7次；关爱对象%9人中按时走访%8人。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>巡查次数</translation>
    </message>
    <message>
        <source>Days patrolled</source>
        <translation>巡查天数</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <source>Visited on time</source>
        <translation>按时走访率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Score by grid (patrols 40, incidents in time 30, care visits on time 30)</source>
        <translation>各网格得分（巡查40分，事件按时办结30分，按时走访30分）</translation>
    </message>
    <message>
        <source>Every grid scored 60 or more.</source>
        <translation>各网格得分均在60分以上。</translation>
    </message>
    <message>
        <source>Below 60, to be followed up: %1.</source>
        <translation>得分低于60分、需跟进督导的网格：%1。</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>制表人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审核人</translation>
    </message>
</context>
<context>
    <name>jy::GridStaff</name>
    <message>
        <source>Your role (%1) may not change who works in a grid.</source>
        <translation>您的角色（%1）不能调整网格人员。</translation>
    </message>
    <message>
        <source>Enter the role&apos;s name.</source>
        <translation>请填写岗位名称。</translation>
    </message>
    <message>
        <source>The grid no longer exists.</source>
        <translation>该网格已不存在。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择岗位。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The assignment no longer exists.</source>
        <translation>该人员安排已不存在。</translation>
    </message>
</context>
<context>
    <name>jy::GridStaffView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation>请先选择人员。</translation>
    </message>
    <message>
        <source>Remove from the grid</source>
        <translation>从网格移除</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this grid&apos;s staff?</source>
        <translation>将%1（%2）从本网格人员中移除吗？</translation>
    </message>
    <message>
        <source>%1 was removed from the grid&apos;s staff.</source>
        <translation>已将%1从网格人员中移除。</translation>
    </message>
    <message>
        <source>Edit grid staff</source>
        <translation>编辑网格人员</translation>
    </message>
    <message>
        <source>Add grid staff</source>
        <translation>添加网格人员</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>岗位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Grid staff saved.</source>
        <translation>网格人员已保存。</translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation>网格人员</translation>
    </message>
</context>
<context>
    <name>jy::GridsPage</name>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Grid notice boards…</source>
        <translation>网格公示牌…</translation>
    </message>
    <message>
        <source>Weekly bulletin…</source>
        <translation>周通报…</translation>
    </message>
    <message>
        <source>Monthly ranking…</source>
        <translation>月评比…</translation>
    </message>
    <message>
        <source>The map as a poster…</source>
        <translation>网格地图海报…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>Pa&amp;trols</source>
        <translation>巡查(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>事件(&amp;I)</translation>
    </message>
    <message>
        <source>Care &amp;visits</source>
        <translation>关爱走访(&amp;V)</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>%1 open incidents, %2 care visits overdue</source>
        <translation>待办事件%1件，逾期未走访%2人</translation>
    </message>
    <message>
        <source>Grid notice boards</source>
        <translation>网格公示牌</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Monthly ranking</source>
        <translation>网格月评比</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Grid &amp;staff</source>
        <translation>网格人员(&amp;S)</translation>
    </message>
    <message>
        <source>Save the notice boards as PDF…</source>
        <translation>公示牌另存为 PDF…</translation>
    </message>
    <message>
        <source>Save the notice boards as PDF</source>
        <translation>公示牌另存为 PDF</translation>
    </message>
    <message>
        <source>%1 grid notice boards</source>
        <translation>%1网格公示牌</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to %1.</source>
        <translation>
            <numerusform>已将%n页保存到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::GuiMain</name>
    <message>
        <source>Unknown language %1: use zh_CN or en.</source>
        <translation>未知语言 %1：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Jiayuan, the community office workstation.</source>
        <translation>家园——社区工作站。</translation>
    </message>
    <message>
        <source>The SQLite database to open (created if missing).</source>
        <translation>要打开的 SQLite 数据库（不存在时自动创建）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The language of the user interface: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Jiayuan</source>
        <translation>家园</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot read the database %1:
%2</source>
        <translation>无法读取数据库 %1：
%2</translation>
    </message>
</context>
<context>
    <name>jy::Honor</name>
    <message>
        <source>national</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县级</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道级</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>person</source>
        <translation>个人</translation>
    </message>
</context>
<context>
    <name>jy::HonorDialog</name>
    <message>
        <source>Edit honor</source>
        <translation>编辑荣誉</translation>
    </message>
    <message>
        <source>New honor</source>
        <translation>新增荣誉</translation>
    </message>
    <message>
        <source>e.g. 全国学雷锋志愿服务“四个100”先进典型</source>
        <translation>例如：全国学雷锋志愿服务“四个100”先进典型</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>(the street)</source>
        <translation>（街道）</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>荣誉名称(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Recipient &amp;is:</source>
        <translation>获奖对象类型(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>获奖对象(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Awarded by:</source>
        <translation>授予单位(&amp;A)：</translation>
    </message>
    <message>
        <source>Awarded &amp;on:</source>
        <translation>授予日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>所属社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>The honor has been deleted in the meantime.</source>
        <translation>这条荣誉在此期间已被删除。</translation>
    </message>
</context>
<context>
    <name>jy::HonorService</name>
    <message>
        <source>Your role (%1) may not change the honors register.</source>
        <translation>您的角色（%1）无权修改荣誉台账。</translation>
    </message>
    <message>
        <source>The year must be between 1949 and %1.</source>
        <translation>年度须在 1949 到 %1 之间。</translation>
    </message>
    <message>
        <source>Enter the honor&apos;s title.</source>
        <translation>请填写荣誉名称。</translation>
    </message>
    <message>
        <source>Choose the level: national, provincial, municipal, district or street.</source>
        <translation>请选择级别：国家级、省级、市级、区县级或街道级。</translation>
    </message>
    <message>
        <source>Choose who received it: the community, a branch, a team or a person.</source>
        <translation>请选择获奖对象类型：社区、党支部、团队或个人。</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>请填写获奖对象。</translation>
    </message>
    <message>
        <source>An honor for %1 is awarded in %1 or early the next year.</source>
        <translation>%1 年度的荣誉应在 %1 年或次年授予。</translation>
    </message>
    <message>
        <source>The community does not exist.</source>
        <translation>该社区不存在。</translation>
    </message>
    <message>
        <source>The honor no longer exists.</source>
        <translation>该荣誉已不存在。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; scan it at a lower resolution.</source>
        <translation>文件超过 %1 MB，请降低扫描分辨率。</translation>
    </message>
    <message>
        <source>Only PNG or JPEG images and PDF files can be kept as certificate scans.</source>
        <translation>证书扫描件只能是 PNG、JPEG 图片或 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>jy::HonorTableModel</name>
    <message>
        <source>scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>荣誉名称</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>获奖对象</translation>
    </message>
    <message>
        <source>Recipient is</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>授予单位</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
</context>
<context>
    <name>jy::HonorsPage</name>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Search title, recipient, awarding body (Ctrl+F)</source>
        <translation>搜索荣誉名称、获奖对象、授予单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a new honor (Ctrl+N)</source>
        <translation>登记一项新荣誉（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>添加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>Keep a scan of the certificate (PNG, JPEG or PDF) with the honor</source>
        <translation>为该荣誉保存证书扫描件（PNG、JPEG 或 PDF）</translation>
    </message>
    <message>
        <source>&amp;View scan</source>
        <translation>查看扫描件(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>报表(&amp;R)…</translation>
    </message>
    <message>
        <source>The annual honors report: preview, print, PDF, Excel</source>
        <translation>年度荣誉报表：预览、打印、PDF、Excel</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Honors</source>
        <translation>荣誉</translation>
    </message>
    <message numerus="yes">
        <source>%n honor(s) shown</source>
        <translation>
            <numerusform>显示 %n 项荣誉</numerusform>
        </translation>
    </message>
    <message>
        <source>Honor recorded.</source>
        <translation>荣誉已登记。</translation>
    </message>
    <message>
        <source>Delete honor</source>
        <translation>删除荣誉</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2, %3)? The audit log keeps a copy.</source>
        <translation>删除“%1”（%2，%3 年度）吗？审计日志会保留一份副本。</translation>
    </message>
    <message>
        <source>Honor deleted.</source>
        <translation>荣誉已删除。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; scan it at a lower resolution.</source>
        <translation>文件超过 %1 MB，请降低扫描分辨率。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Certificate scan</source>
        <translation>证书扫描件</translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>扫描件 (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Certificate scan kept.</source>
        <translation>证书扫描件已保存。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>jy::HouseholdView</name>
    <message>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit a member</source>
        <translation>双击或按回车键编辑成员</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>添加成员(&amp;M)…</translation>
    </message>
    <message>
        <source>Register a new member of this household</source>
        <translation>为本户登记新成员</translation>
    </message>
    <message>
        <source>Select a resident to see the household.</source>
        <translation>选择一位居民以查看其所在户。</translation>
    </message>
    <message>
        <source>Not registered in a household.</source>
        <translation>未登记在任何户中。</translation>
    </message>
    <message numerus="yes">
        <source>Household: %n member(s)</source>
        <translation>
            <numerusform>本户：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>No address recorded.</source>
        <translation>未登记住址。</translation>
    </message>
</context>
<context>
    <name>jy::IdNumber</name>
    <message>
        <source>The ID number is empty</source>
        <translation>身份证号码为空</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old numbers 15), this one has %1</source>
        <translation>身份证号码应为 18 位（旧号码 15 位），此号码为 %1 位</translation>
    </message>
    <message>
        <source>X may only be the last of 18 characters, not character %1</source>
        <translation>X 只能是 18 位号码的最后一位，不能是第 %1 位</translation>
    </message>
    <message>
        <source>Character %1 is “%2”: only digits are allowed, and X as the last of 18</source>
        <translation>第 %1 位是“%2”：只能是数字，18 位号码的最后一位可以是 X</translation>
    </message>
    <message>
        <source>Characters 2–3 of a foreign permanent residence card number must be a province code, %1 is not one</source>
        <translation>外国人永久居留身份证号码的第 2–3 位应为省级行政区划代码，%1 不是</translation>
    </message>
    <message>
        <source>Residence permits of Hong Kong, Macao and Taiwan residents start with 810000, 820000 or 830000, not %1</source>
        <translation>港澳台居民居住证号码以 810000、820000 或 830000 开头，而不是 %1</translation>
    </message>
    <message>
        <source>Unknown region code %1: %2 is not a province code</source>
        <translation>未知的地区代码 %1：%2 不是省级行政区划代码</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist: there is no month %2</source>
        <translation>出生日期 %1 不存在：没有 %2 月</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist: there is no day 00</source>
        <translation>出生日期 %1 不存在：没有 0 日</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist: month %2 of %3 has only %4 days</source>
        <translation>出生日期 %1 不存在：%3 年 %2 月只有 %4 天</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900, which is implausible</source>
        <translation>出生日期 %1 早于 1900 年，不合理</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>The check digit should be %1</source>
        <translation>校验码应为 %1</translation>
    </message>
    <message>
        <source>Foreign permanent resident</source>
        <translation>外国人永久居留</translation>
    </message>
</context>
<context>
    <name>jy::ImportJob</name>
    <message>
        <source>The file has no sheet named %1; its sheets are: %2.</source>
        <translation>文件中没有名为 %1 的工作表，现有工作表为：%2。</translation>
    </message>
    <message>
        <source>The file holds no sheet.</source>
        <translation>文件中没有工作表。</translation>
    </message>
    <message>
        <source>No header row with 姓名 and other known column names was found in the first %1 rows.</source>
        <translation>在前 %1 行中未找到包含“姓名”等已知列名的表头行。</translation>
    </message>
    <message>
        <source>Rejected rows are written as .xlsx or .csv, not %1.</source>
        <translation>未导入的行只能保存为 .xlsx 或 .csv，不能保存为 %1。</translation>
    </message>
    <message>
        <source>Reason rejected</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>jy::ImportSource</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is in the old Excel format (.xls). Open it in Excel or WPS and save it as .xlsx, then import that.</source>
        <translation>%1 是旧版 Excel 格式（.xls）。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>%1 is too large for a roster (%2 MB).</source>
        <translation>%1 过大（%2 MB），不能作为花名册导入。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>jy::ImportWizard</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>人口类别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
</context>
<context>
    <name>jy::IncidentService</name>
    <message>
        <source>Your role (%1) may not report grid incidents.</source>
        <translation>您的角色（%1）不能上报网格事件。</translation>
    </message>
    <message>
        <source>Choose the grid where it happened.</source>
        <translation>请选择事件所在网格。</translation>
    </message>
    <message>
        <source>Say in a few words what was found.</source>
        <translation>请简要说明发现的问题。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择事件类别。</translation>
    </message>
    <message>
        <source>The building does not exist.</source>
        <translation>该楼栋不存在。</translation>
    </message>
    <message>
        <source>An incident cannot be reported in the future.</source>
        <translation>不能上报未来时间的事件。</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>该事件已不存在。</translation>
    </message>
    <message>
        <source>The incident has gone up to the %1; its staff handle it now.</source>
        <translation>该事件已上报至%1，由%1工作人员处理。</translation>
    </message>
    <message>
        <source>A step cannot be dated before the incident&apos;s previous step.</source>
        <translation>处理时间不能早于该事件的上一步。</translation>
    </message>
    <message>
        <source>The incident is already with the street office; it cannot go higher.</source>
        <translation>该事件已在街道层面处理，不能再上报。</translation>
    </message>
    <message>
        <source>Someone else changed this incident meanwhile; look at it again.</source>
        <translation>其他人刚刚修改了该事件，请重新查看。</translation>
    </message>
</context>
<context>
    <name>jy::IncidentsView</name>
    <message>
        <source>Open incidents</source>
        <translation>待办事件</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <source>Search number, title, description</source>
        <translation>搜索编号、标题、描述</translation>
    </message>
    <message>
        <source>&amp;Next step…</source>
        <translation>下一步(&amp;N)…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（超时）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an incident to see its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个事件查看处理经过。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · %2 · handled at the %3 level · %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · %2 · %3层级处理 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What was done: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;处理结果：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>No step is open to your role here.</source>
        <translation>您的角色在此没有可执行的步骤。</translation>
    </message>
    <message>
        <source>Step taken: %1.</source>
        <translation>已执行：%1。</translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation>上报事件(&amp;R)…</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>上报事件</translation>
    </message>
    <message>
        <source>(not at one building)</source>
        <translation>（不在某栋楼）</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>楼栋(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>事件(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <source>The incident was reported.</source>
        <translation>事件已上报。</translation>
    </message>
    <message>
        <source>Grid incidents</source>
        <translation>网格事件</translation>
    </message>
</context>
<context>
    <name>jy::ListPrinting</name>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are printed; narrow the filter to print the others.</source>
        <translation>共 %2 行，只打印了前 %1 行；请缩小筛选范围打印其余各行。</translation>
    </message>
</context>
<context>
    <name>jy::LockDialog</name>
    <message>
        <source>Jiayuan is locked</source>
        <translation>家园已锁定</translation>
    </message>
    <message>
        <source>%1, enter your password to go on.</source>
        <translation>%1，请输入密码继续。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Quit Jiayuan</source>
        <translation>退出家园(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Jiayuan</source>
        <translation>退出家园</translation>
    </message>
    <message>
        <source>Quit? What is typed in open dialogs is lost.</source>
        <translation>确定退出？已打开的对话框中输入的内容将丢失。</translation>
    </message>
</context>
<context>
    <name>jy::Login</name>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1. An administrator can unlock it sooner.</source>
        <translation>密码错误次数过多，账户已锁定至 %1。管理员可以提前解锁。</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account is locked for %n minute(s). An administrator can unlock it sooner.</source>
        <translation>
            <numerusform>密码错误次数过多，账户已锁定 %n 分钟。管理员可以提前解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is switched off. Ask an administrator.</source>
        <translation>此账户已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>密码不正确。</translation>
    </message>
</context>
<context>
    <name>jy::MainWindow</name>
    <message>
        <source>Jiayuan — %1</source>
        <translation>家园 — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jiayuan</source>
        <translation>关于家园(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>About Jiayuan</source>
        <translation>关于家园</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jiayuan %1&lt;/h3&gt;&lt;p&gt;The workstation of a community office: residents and households, grids, party members and volunteer services.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;家园 %1&lt;/h3&gt;&lt;p&gt;社区工作站：居民与家庭户、网格、党员和志愿服务。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>报表(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>R&amp;estore from a backup…</source>
        <translation>从备份恢复(&amp;E)…</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>已自动备份：%1</translation>
    </message>
    <message>
        <source>⚠ Automatic backup failed</source>
        <translation>⚠ 自动备份失败</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;Automatic backup settings…</source>
        <translation>自动备份设置(&amp;A)…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>审计日志(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;User Manual</source>
        <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>在列表中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Go to the search field of the list on this page (Ctrl+F)</source>
        <translation>转到本页列表的搜索框（Ctrl+F）</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new record in the list on this page (Ctrl+N)</source>
        <translation>在本页列表中新建一条记录（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>打印列表(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the list on this page as it is filtered and sorted (Ctrl+P)</source>
        <translation>按当前筛选和排序打印本页列表（Ctrl+P）</translation>
    </message>
</context>
<context>
    <name>jy::Manual</name>
    <message>
        <source>User Manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>The user manual is not installed.</source>
        <translation>没有安装使用手册。</translation>
    </message>
    <message>
        <source>No program to show %1 was found. Open it in a web browser.</source>
        <translation>找不到可以打开 %1 的程序，请用网页浏览器打开它。</translation>
    </message>
</context>
<context>
    <name>jy::MapLayers</name>
    <message>
        <source>Grids only</source>
        <translation>仅网格</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民人数</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>独居老人</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Open volunteer orders</source>
        <translation>进行中的志愿服务订单</translation>
    </message>
    <message>
        <source>Overdue care visits</source>
        <translation>逾期未走访</translation>
    </message>
</context>
<context>
    <name>jy::MapPoster</name>
    <message>
        <source>%1 grid map</source>
        <translation>%1网格图</translation>
    </message>
    <message>
        <source>Grids and buildings</source>
        <translation>网格与楼栋</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>专题：%1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Buildings coloured by %1; grids by their total.</source>
        <translation>楼栋按%1着色，网格按合计着色。</translation>
    </message>
    <message>
        <source>%1    Drawn on %2</source>
        <translation>%1    制图日期：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s), %1 buildings on the map</source>
        <translation>
            <numerusform>共%n个网格，地图上%1栋楼</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>设置列对应</translation>
    </message>
    <message>
        <source>Each column of the sheet and what it holds. Columns set to &quot;not imported&quot; are left out.</source>
        <translation>请为表格的每一列选择对应的内容。设为“不导入”的列将被忽略。</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>&amp;Remember this matching for files with the same column names</source>
        <translation>列名相同的文件沿用此列对应(&amp;R)</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>（第 %1 列，无列名）</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Two columns are set to %1: choose one.</source>
        <translation>有两列都设为%1，请只保留一列。</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>请选择姓名所在的列。</translation>
    </message>
    <message>
        <source>Choose the column with ID numbers (or, without them, the birth dates).</source>
        <translation>请选择身份证号所在的列（没有身份证号时，请选择出生日期所在的列）。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>将导入 %n 列。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::MediationCases</name>
    <message>
        <source>between neighbours</source>
        <translation>邻里纠纷</translation>
    </message>
    <message>
        <source>family</source>
        <translation>婚姻家庭</translation>
    </message>
    <message>
        <source>property management</source>
        <translation>物业纠纷</translation>
    </message>
    <message>
        <source>demolition and relocation</source>
        <translation>拆迁安置</translation>
    </message>
    <message>
        <source>wages and labour</source>
        <translation>劳资纠纷</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>mediation cases</source>
        <translation>矛盾调解案件</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
    <message>
        <source>Choose the kind of dispute.</source>
        <translation>请选择纠纷类别。</translation>
    </message>
    <message>
        <source>Name the parties to the dispute.</source>
        <translation>请填写纠纷当事人。</translation>
    </message>
    <message>
        <source>Say what the dispute is about.</source>
        <translation>请简要说明纠纷情况。</translation>
    </message>
</context>
<context>
    <name>jy::MediationSource</name>
    <message>
        <source>Mediation cases</source>
        <translation>矛盾调解</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>调解人</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>调解次数</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>当事人(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>纠纷简要情况(&amp;W)：</translation>
    </message>
    <message>
        <source>A written &amp;agreement was signed</source>
        <translation>已签订书面调解协议(&amp;A)</translation>
    </message>
</context>
<context>
    <name>jy::MediationWorkflow</name>
    <message>
        <source>registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>escalated to the street</source>
        <translation>已上报街道</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>take up</source>
        <translation>受理调解</translation>
    </message>
    <message>
        <source>record a session</source>
        <translation>记录一次调解</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>调解成功</translation>
    </message>
    <message>
        <source>close unresolved</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>上报街道</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The mediator</source>
        <translation>调解人</translation>
    </message>
    <message>
        <source>A note on the session</source>
        <translation>本次调解情况</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>调解结果</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>jy::MeetingSource</name>
    <message>
        <source>Meetings</source>
        <translation>议事会议</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>议事形式</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>参会人数</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>未办结事项</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>议定事项</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>参会人员：</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>议定事项：</translation>
    </message>
    <message>
        <source>Follow-up items</source>
        <translation>跟进事项</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation>（%1 已办结）</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>（未办结）</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>议事形式(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>议题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参会人员(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>参会人数(&amp;A)：</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>议定事项(&amp;C)：</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up item…</source>
        <translation>添加跟进事项(&amp;F)…</translation>
    </message>
    <message>
        <source>Mark a follow-up item &amp;done…</source>
        <translation>跟进事项办结(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>事项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>责任人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>办结期限(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>办结日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The meeting has no open follow-up item.</source>
        <translation>该会议没有未办结的跟进事项。</translation>
    </message>
</context>
<context>
    <name>jy::MemberSource</name>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>所在支部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>党员类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>党员类型</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入党日期</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>认领岗位</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Posts held</source>
        <translation>认岗领责</translation>
    </message>
    <message>
        <source>now</source>
        <translation>至今</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>组织关系转接</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>积分：%1</translation>
    </message>
    <message>
        <source>&amp;Resident (name or ID number):</source>
        <translation>居民（姓名或身份证号）(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>支部(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>党员类别(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>党员类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>入党日期(&amp;J)：</translation>
    </message>
    <message>
        <source>%1 already has a party record.</source>
        <translation>%1 已有党员档案。</translation>
    </message>
    <message>
        <source>&amp;Transfer to another branch…</source>
        <translation>转接组织关系(&amp;T)…</translation>
    </message>
    <message>
        <source>Take a &amp;post (认岗领责)…</source>
        <translation>认岗领责(&amp;P)…</translation>
    </message>
    <message>
        <source>Record &amp;points…</source>
        <translation>记录积分(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;To branch:</source>
        <translation>转入支部(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>事由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>岗位(&amp;P)：</translation>
    </message>
    <message>
        <source>D&amp;uty:</source>
        <translation>职责(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>认岗日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>分值(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>审批人(&amp;A)：</translation>
    </message>
    <message>
        <source>party member %1</source>
        <translation>党员 %1</translation>
    </message>
    <message>
        <source>Party &amp;group:</source>
        <translation>党小组(&amp;G)：</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>（未编入党小组）</translation>
    </message>
    <message>
        <source>%1 (leader %2)</source>
        <translation>%1（组长：%2）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>党小组</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部支部</translation>
    </message>
</context>
<context>
    <name>jy::MerchantSource</name>
    <message>
        <source>Merchants</source>
        <translation>商户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>商户名称</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>经营者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Model shop</source>
        <translation>党员示范店</translation>
    </message>
    <message>
        <source>Affiliated shop</source>
        <translation>加盟店</translation>
    </message>
    <message>
        <source>List</source>
        <translation>红黑榜</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>上榜原因</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>上榜日期</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>party-member model shops</source>
        <translation>党员示范店</translation>
    </message>
    <message>
        <source>affiliated shops</source>
        <translation>加盟店</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>商户名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>经营范围(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>经营者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Party-member &amp;model shop</source>
        <translation>党员示范店(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Red/black list:</source>
        <translation>红黑榜(&amp;R)：</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>上榜原因(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Listed on:</source>
        <translation>上榜日期(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>jy::Merchants</name>
    <message>
        <source>not listed</source>
        <translation>未上榜</translation>
    </message>
    <message>
        <source>red list</source>
        <translation>红榜</translation>
    </message>
    <message>
        <source>black list</source>
        <translation>黑榜</translation>
    </message>
    <message>
        <source>the merchants register</source>
        <translation>商户台账</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>请填写商户名称。</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
    <message>
        <source>The affiliated shop does not exist.</source>
        <translation>该加盟店不存在。</translation>
    </message>
    <message>
        <source>Choose red list, black list or not listed.</source>
        <translation>请选择红榜、黑榜或未上榜。</translation>
    </message>
    <message>
        <source>Say why the shop is on the %1.</source>
        <translation>请填写该商户上%1的原因。</translation>
    </message>
    <message>
        <source>Enter the date the shop was put on the list.</source>
        <translation>请填写上榜日期。</translation>
    </message>
    <message>
        <source>The community already has a merchant named %1.</source>
        <translation>本社区已有名为 %1 的商户。</translation>
    </message>
    <message>
        <source>The merchant no longer exists.</source>
        <translation>该商户已不存在。</translation>
    </message>
</context>
<context>
    <name>jy::Migrations</name>
    <message>
        <source>the file holds tables of another program</source>
        <translation>该文件包含其他程序的数据表</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program (%2); please upgrade Jiayuan</source>
        <translation>数据库结构版本为 %1，高于本程序支持的版本（%2），请升级家园</translation>
    </message>
    <message>
        <source>the copy made before upgrading the database failed, so it was not upgraded and nothing changed (is the disk full?): %1</source>
        <translation>升级前的数据库备份失败，因此没有升级，数据未作任何改动（磁盘是否已满？）：%1</translation>
    </message>
</context>
<context>
    <name>jy::MoveHouseholdDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation>将 %1 迁移到其他户</translation>
    </message>
    <message>
        <source>%1 now lives at %2 as %3.</source>
        <translation>%1 现住 %2，身份为%3。</translation>
    </message>
    <message>
        <source>an address not recorded</source>
        <translation>未登记地址</translation>
    </message>
    <message>
        <source>%1 is not registered in a household now.</source>
        <translation>%1 目前未登记在任何户。</translation>
    </message>
    <message>
        <source>Building-unit-room, e.g. 3-2-401</source>
        <translation>楼-单元-室，如 3-2-401</translation>
    </message>
    <message>
        <source>Type the address as 3-2-401 or 3栋2单元401, or 3-2 for a whole unit; add part of the estate name to narrow it down.</source>
        <translation>地址可写作 3-2-401 或 3栋2单元401，写 3-2 查整个单元；加上小区名的一部分可缩小范围。</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查找(&amp;S)</translation>
    </message>
    <message>
        <source>Type the address of the household to join and press Enter.</source>
        <translation>输入要迁入户的地址，按回车查找。</translation>
    </message>
    <message>
        <source>New &amp;head of the old household</source>
        <translation>原户新户主(&amp;H)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>迁移(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>House&amp;hold</source>
        <translation>户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <source>%1 · empty, found a new household here</source>
        <translation>%1 · 空房，新建一户</translation>
    </message>
    <message numerus="yes">
        <source>%1 · no head · %n member(s)</source>
        <translation>
            <numerusform>%1 · 无户主 · %n人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · head %2 · %n member(s)</source>
        <translation>
            <numerusform>%1 · 户主 %2 · %n人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current household)</source>
        <translation>%1（现所在户）</translation>
    </message>
    <message>
        <source>No dwelling at this address. Type it as building-unit-room, e.g. 3-2-401.</source>
        <translation>此地址没有房屋。请按 楼-单元-室 输入，如 3-2-401。</translation>
    </message>
    <message>
        <source>Only the first %1 are shown: type a fuller address.</source>
        <translation>仅显示前 %1 项，请输入更完整的地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) at this address.</source>
        <translation>
            <numerusform>此地址共 %n 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::NeedSource</name>
    <message>
        <source>Needs</source>
        <translation>需求清单</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>已立项</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>需求(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>来源(&amp;F)：</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>提出人(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>提出日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Make it a &amp;project (点单)…</source>
        <translation>立项（点单）(&amp;P)…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目名称(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>The need is no longer on the list.</source>
        <translation>该需求已不在清单中。</translation>
    </message>
</context>
<context>
    <name>jy::NewOrderDialog</name>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or 3-2-401</source>
        <translation>姓名、拼音首字母、电话或 3-2-401</translation>
    </message>
    <message>
        <source>Choose from the roster, or type a caller&apos;s name</source>
        <translation>从居民台账中选择，或填写来电人姓名</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&amp;Find resident</source>
        <translation>查找居民(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Requester</source>
        <translation>下单人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Co&amp;mmunity</source>
        <translation>社区(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>服务项目(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>服务地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Wished time</source>
        <translation>期望时间(&amp;W)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>下单渠道(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Register order</source>
        <translation>登记订单(&amp;R)</translation>
    </message>
    <message>
        <source>Nobody on the roster matches; type the caller&apos;s name and phone below.</source>
        <translation>台账中没有匹配的居民，请在下方填写来电人姓名和电话。</translation>
    </message>
    <message>
        <source>from the roster, or another number to call</source>
        <translation>取自居民台账，也可填写其他联系电话</translation>
    </message>
</context>
<context>
    <name>jy::OrderCardDelegate</name>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>等待 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation>
            <numerusform>等待 %n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>等待 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yrs</source>
        <comment>age of the requester</comment>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no volunteer yet</source>
        <translation>尚未派单</translation>
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation>志愿者：%1</translation>
    </message>
</context>
<context>
    <name>jy::OrderChannel</name>
    <message>
        <source>at the counter</source>
        <translation>窗口下单</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>电话下单</translation>
    </message>
    <message>
        <source>through a grid worker</source>
        <translation>网格员代下单</translation>
    </message>
</context>
<context>
    <name>jy::OrderColumnModel</name>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation>志愿者：%1</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>下单时间 %1</translation>
    </message>
    <message>
        <source>Waiting longer than the supermarket&apos;s rules allow</source>
        <translation>等待时间已超过超市规定时限</translation>
    </message>
</context>
<context>
    <name>jy::OrderColumnView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>jy::OrderDetailView</name>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>下单人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <source>Wished time</source>
        <translation>期望时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>下单渠道</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>服务结果</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>Select an order to see its details and history.</source>
        <translation>选择一张订单，查看详情和办理记录。</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source> (not on the roster)</source>
        <translation>（不在台账中）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，经办人 %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>派给 %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>jy::OrderFilterBar</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>重置(&amp;T)</translation>
    </message>
    <message>
        <source>Show every order again</source>
        <translation>重新显示全部订单</translation>
    </message>
    <message>
        <source>Co&amp;mmunity</source>
        <translation>社区(&amp;M)</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>类别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Volunteer</source>
        <translation>志愿者(&amp;V)</translation>
    </message>
    <message>
        <source>Submitted &amp;from</source>
        <translation>下单日期从(&amp;F)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>全部志愿者</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>jy::OrderService</name>
    <message>
        <source>Your role (%1) may not register orders.</source>
        <translation>您的角色（%1）无权登记服务订单。</translation>
    </message>
    <message>
        <source>The resident is not on the roster.</source>
        <translation>该居民不在居民台账中。</translation>
    </message>
    <message>
        <source>Choose the resident, or enter the caller&apos;s name.</source>
        <translation>请选择居民，或填写来电人姓名。</translation>
    </message>
    <message>
        <source>Choose the community (branch store) the order belongs to.</source>
        <translation>请选择订单所属社区（分店）。</translation>
    </message>
    <message>
        <source>Choose a service from the catalogue.</source>
        <translation>请从服务目录中选择服务项目。</translation>
    </message>
    <message>
        <source>This service has been taken off the shelf.</source>
        <translation>该服务项目已下架。</translation>
    </message>
    <message>
        <source>Choose how the order came in: counter, phone or grid worker.</source>
        <translation>请选择下单渠道：窗口、电话或网格员代下单。</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>An order cannot go from %1 to %2.</source>
        <translation>订单不能从“%1”直接转为“%2”。</translation>
    </message>
    <message>
        <source>Your role (%1) may not take the step &quot;%2&quot;.</source>
        <translation>您的角色（%1）无权执行“%2”。</translation>
    </message>
    <message>
        <source>A step cannot be dated before the order&apos;s previous step.</source>
        <translation>办理时间不能早于订单上一步的时间。</translation>
    </message>
    <message>
        <source>The volunteer does not exist.</source>
        <translation>该志愿者不存在。</translation>
    </message>
    <message>
        <source>%1 no longer serves as a volunteer.</source>
        <translation>%1 已不再担任志愿者。</translation>
    </message>
    <message>
        <source>The shop does not exist.</source>
        <translation>该加盟店不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this order meanwhile; look at it again.</source>
        <translation>他人刚刚修改了此订单，请重新查看后再办理。</translation>
    </message>
</context>
<context>
    <name>jy::OrderWorkflow</name>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>拒单</translation>
    </message>
    <message>
        <source>start service</source>
        <translation>开始服务</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成服务</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>a volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时长</translation>
    </message>
    <message>
        <source>A note on the service</source>
        <translation>服务情况说明</translation>
    </message>
    <message>
        <source>The rating</source>
        <translation>评分</translation>
    </message>
</context>
<context>
    <name>jy::OverviewPage</name>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>The database has no residents yet. Add them on the Residents page, or create demo data with &quot;jiayuan-cli demo&quot;.</source>
        <translation>数据库中还没有居民。请在“居民”页面添加，或用“jiayuan-cli demo”生成演示数据。</translation>
    </message>
    <message>
        <source>Residents by age and sex</source>
        <translation>居民年龄与性别分布</translation>
    </message>
    <message>
        <source>Residence types</source>
        <translation>人口类别</translation>
    </message>
    <message>
        <source>Residents by tag</source>
        <translation>各标签人数</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>统计时间：%1</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2（%3%）</translation>
    </message>
</context>
<context>
    <name>jy::PartyGovernancePage</name>
    <message>
        <source>Party &amp; governance</source>
        <translation>党建与治理</translation>
    </message>
    <message>
        <source>&amp;Five-star branch assessment…</source>
        <translation>“五星支部”评定汇总(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Branch meetings and Party lessons (三会一课)…</source>
        <translation>“三会一课”开展情况统计(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Yearly reports of the party organisation: preview, print, save as PDF or Excel</source>
        <translation>党组织年度报表：预览、打印，保存为 PDF 或 Excel</translation>
    </message>
</context>
<context>
    <name>jy::PartyMembers</name>
    <message>
        <source>full member</source>
        <translation>正式党员</translation>
    </message>
    <message>
        <source>probationary member</source>
        <translation>预备党员</translation>
    </message>
    <message>
        <source>community-managed</source>
        <translation>自管党员</translation>
    </message>
    <message>
        <source>registered by work unit</source>
        <translation>双报到在职党员</translation>
    </message>
    <message>
        <source>floating</source>
        <translation>流动党员</translation>
    </message>
    <message>
        <source>party members</source>
        <translation>党员信息</translation>
    </message>
    <message>
        <source>Choose the resident from the roster.</source>
        <translation>请从居民台账中选择居民。</translation>
    </message>
    <message>
        <source>Choose the branch the member belongs to.</source>
        <translation>请选择党员所在的支部。</translation>
    </message>
    <message>
        <source>Members belong to a branch, not to a committee or general branch.</source>
        <translation>党员隶属于党支部，不能直接隶属于党委或党总支。</translation>
    </message>
    <message>
        <source>The party group must be one of the member&apos;s branch.</source>
        <translation>党小组必须属于该党员所在的支部。</translation>
    </message>
    <message>
        <source>Choose full or probationary member.</source>
        <translation>请选择正式党员或预备党员。</translation>
    </message>
    <message>
        <source>Choose community-managed, registered by work unit, or floating.</source>
        <translation>请选择自管党员、双报到在职党员或流动党员。</translation>
    </message>
    <message>
        <source>The date of joining is not plausible.</source>
        <translation>入党日期不合理。</translation>
    </message>
    <message>
        <source>One joins the Party at 18 at the earliest.</source>
        <translation>年满 18 岁方可入党。</translation>
    </message>
    <message>
        <source>Enter the date of joining the Party.</source>
        <translation>请填写入党日期。</translation>
    </message>
    <message>
        <source>The party record no longer exists.</source>
        <translation>该党员档案已不存在。</translation>
    </message>
    <message>
        <source>Choose the branch the member moves to.</source>
        <translation>请选择党员转入的支部。</translation>
    </message>
    <message>
        <source>The member already belongs to this branch.</source>
        <translation>该党员已在这个支部。</translation>
    </message>
    <message>
        <source>Enter the date of the transfer.</source>
        <translation>请填写转接日期。</translation>
    </message>
    <message>
        <source>A transfer cannot be dated before the member joined.</source>
        <translation>转接日期不能早于入党日期。</translation>
    </message>
    <message>
        <source>Posts are held by party members; record the member first.</source>
        <translation>岗位由党员认领，请先登记党员信息。</translation>
    </message>
    <message>
        <source>Name the post, e.g. 楼栋长 or 文明劝导员.</source>
        <translation>请填写岗位名称，例如“楼栋长”或“文明劝导员”。</translation>
    </message>
    <message>
        <source>Enter the date the post was taken.</source>
        <translation>请填写认岗日期。</translation>
    </message>
    <message>
        <source>The member already holds the post %1.</source>
        <translation>该党员已认领“%1”岗位。</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>该岗位已不存在。</translation>
    </message>
    <message>
        <source>The post has already ended.</source>
        <translation>该岗位已经结束。</translation>
    </message>
    <message>
        <source>A post ends on or after the day it was taken.</source>
        <translation>岗位的结束日期不能早于认岗日期。</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name or ID number.</source>
        <translation>请填写居民姓名或身份证号。</translation>
    </message>
    <message>
        <source>No resident on the roster is called %1.</source>
        <translation>居民台账中没有名为 %1 的居民。</translation>
    </message>
    <message>
        <source>Several residents are called %1; enter the ID number instead.</source>
        <translation>有多位居民名为 %1，请改填身份证号。</translation>
    </message>
</context>
<context>
    <name>jy::PartyOrganisation</name>
    <message>
        <source>party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <source>general branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>普通支部</translation>
    </message>
    <message>
        <source>grid branch</source>
        <translation>网格党支部</translation>
    </message>
    <message>
        <source>functional branch</source>
        <translation>功能型党支部</translation>
    </message>
    <message>
        <source>the party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name, e.g. 孝老党支部.</source>
        <translation>请填写组织名称，例如“孝老党支部”。</translation>
    </message>
    <message>
        <source>Choose the level: party committee, general branch or branch.</source>
        <translation>请选择层级：党委、党总支或党支部。</translation>
    </message>
    <message>
        <source>Choose the kind: regular, grid or functional branch.</source>
        <translation>请选择类型：普通支部、网格党支部或功能型党支部。</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
    <message>
        <source>The founding date is not plausible.</source>
        <translation>成立日期不合理。</translation>
    </message>
    <message>
        <source>The organisation above must be one of the same community.</source>
        <translation>上级组织必须属于同一社区。</translation>
    </message>
    <message>
        <source>The organisation above must be of a higher level (a committee above a general branch above a branch).</source>
        <translation>上级组织的层级必须更高（党委高于党总支，党总支高于党支部）。</translation>
    </message>
    <message>
        <source>The community already has an organisation named %1.</source>
        <translation>本社区已有名为 %1 的党组织。</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>该党组织已不存在。</translation>
    </message>
    <message>
        <source>Organisations stand under %1; move or remove them first.</source>
        <translation>%1 下还有下级组织，请先调整或删除它们。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s); transfer them to another branch first.</source>
        <translation>
            <numerusform>%1 还有 %n 名党员，请先将他们转到其他支部。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the group&apos;s name, e.g. 第一党小组.</source>
        <translation>请填写党小组名称，例如“第一党小组”。</translation>
    </message>
    <message>
        <source>Choose the branch the group belongs to.</source>
        <translation>请选择党小组所属的支部。</translation>
    </message>
    <message>
        <source>Party groups belong to a branch, not to a committee or general branch.</source>
        <translation>党小组隶属于党支部，不能隶属于党委或党总支。</translation>
    </message>
    <message>
        <source>The branch already has a group named %1.</source>
        <translation>该支部已有名为 %1 的党小组。</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>该党小组已不存在。</translation>
    </message>
</context>
<context>
    <name>jy::PartyPoints</name>
    <message>
        <source>credit</source>
        <translation>加分</translation>
    </message>
    <message>
        <source>deduction</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>party-member points</source>
        <translation>党员积分</translation>
    </message>
    <message>
        <source>Points are kept for party members only.</source>
        <translation>只有党员才记党员积分。</translation>
    </message>
    <message>
        <source>Enter the points as a whole number from 1 to 1000.</source>
        <translation>积分须为 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <source>An adjustment is a whole number from -1000 to 1000, not zero.</source>
        <translation>调整分值须为 -1000 到 1000 之间的非零整数。</translation>
    </message>
    <message>
        <source>An adjustment names who approved it.</source>
        <translation>调整积分须写明审批人。</translation>
    </message>
    <message>
        <source>Choose credit, deduction or adjustment.</source>
        <translation>请选择加分、扣分或调整。</translation>
    </message>
    <message>
        <source>Say what the points are for.</source>
        <translation>请填写积分事由。</translation>
    </message>
    <message>
        <source>Enter the date the points are for.</source>
        <translation>请填写积分对应的日期。</translation>
    </message>
    <message>
        <source>The balance is %1; it cannot go below zero.</source>
        <translation>当前积分为 %1，不能扣成负数。</translation>
    </message>
</context>
<context>
    <name>jy::PartyReports</name>
    <message>
        <source>Prepared by:</source>
        <comment>zh: 制表人：</comment>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <comment>zh: 审核人：</comment>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>%1 Five-Star Branch Assessment %2</source>
        <comment>zh: %1%2年度“五星支部”评定汇总表 (place, year)</comment>
        <translation>%1%2年度“五星支部”评定汇总表</translation>
    </message>
    <message>
        <source>%1 branches assessed, %2 of them five-star branches</source>
        <comment>zh: 共评定%1个支部，其中五星支部%2个</comment>
        <translation>共评定%1个支部，其中五星支部%2个</translation>
    </message>
    <message>
        <source>No branch assessed for the year</source>
        <comment>zh: 本年度尚无支部评定</comment>
        <translation>本年度尚无支部评定</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no star earned (zh: 无)</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>not assessed</source>
        <comment>zh: 未评定</comment>
        <translation>未评定</translation>
    </message>
    <message>
        <source>A star is awarded for a score of %1 or more out of 100; a blank score was not assessed.</source>
        <comment>zh: 单项得分达到%1分（满分100分）即评为该星；空白表示该项未评定。</comment>
        <translation>单项得分达到%1分（满分100分）即评为该星；空白表示该项未评定。</translation>
    </message>
    <message>
        <source>Branches by the number of stars</source>
        <comment>zh: 支部星级分布</comment>
        <translation>支部星级分布</translation>
    </message>
    <message>
        <source>%1 star(s)</source>
        <comment>zh: %1星</comment>
        <translation>%1星</translation>
    </message>
    <message>
        <source>No star</source>
        <comment>zh: 无星</comment>
        <translation>无星</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 Branch Meetings and Party Lessons %2</source>
        <comment>zh: %1%2年度“三会一课”开展情况统计表 (place, year)</comment>
        <translation>%1%2年度“三会一课”开展情况统计表</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <comment>zh: 统计时段：%1</comment>
        <translation>统计时段：%1</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>person-times (zh: 参会人次)</comment>
        <translation>参会人次</translation>
    </message>
    <message>
        <source>Average attendance</source>
        <comment>persons per meeting (zh: 平均参会人数)</comment>
        <translation>平均参会人数</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <comment>zh: 平均参会率</comment>
        <translation>平均参会率</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Average attendance: people present per meeting; attendance rate: people present of those who should attend.</source>
        <comment>zh: 平均参会人数为每次会议到会人数；平均参会率为到会人数占应到人数的比例。</comment>
        <translation>平均参会人数为每次会议到会人数；平均参会率为到会人数占应到人数的比例。</translation>
    </message>
    <message>
        <source>Meetings held in the year, by kind</source>
        <comment>zh: 本年度各类会议次数</comment>
        <translation>本年度各类会议次数</translation>
    </message>
</context>
<context>
    <name>jy::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own before you go on.</source>
        <translation>您的密码由管理员设置，请先设置自己的密码再继续。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>At least %1 characters, letters and digits, not containing the user name.</source>
        <translation>至少 %1 个字符，包含字母和数字，不能包含用户名。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>jy::PasswordPolicy</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password needs both letters and digits.</source>
        <translation>密码需要同时包含字母和数字。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
</context>
<context>
    <name>jy::PatrolLog</name>
    <message>
        <source>Your role (%1) may not keep the patrol log.</source>
        <translation>您的角色（%1）不能登记巡查日志。</translation>
    </message>
    <message>
        <source>Choose the grid that was walked.</source>
        <translation>请选择巡查的网格。</translation>
    </message>
    <message>
        <source>Enter the patrol&apos;s date.</source>
        <translation>请填写巡查日期。</translation>
    </message>
    <message>
        <source>A patrol cannot be logged for a day still to come.</source>
        <translation>不能登记未来日期的巡查。</translation>
    </message>
    <message>
        <source>Enter who walked the grid.</source>
        <translation>请填写巡查人。</translation>
    </message>
    <message>
        <source>Say in a few words what needs action.</source>
        <translation>请简要说明需要处理的问题。</translation>
    </message>
</context>
<context>
    <name>jy::PatrolsView</name>
    <message>
        <source>&amp;Log a patrol…</source>
        <translation>登记巡查(&amp;L)…</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>起始日期：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>巡查人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>巡查情况</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>全部网格</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Log a patrol</source>
        <translation>登记巡查</translation>
    </message>
    <message>
        <source>Needs action: report it as a grid incident</source>
        <translation>需要处理：作为网格事件上报</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>网格(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>巡查人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>巡查情况(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>事件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Patrol logged; the incident was reported.</source>
        <translation>巡查已登记，事件已上报。</translation>
    </message>
    <message>
        <source>Patrol logged.</source>
        <translation>巡查已登记。</translation>
    </message>
    <message>
        <source>Grid patrols</source>
        <translation>网格巡查记录</translation>
    </message>
</context>
<context>
    <name>jy::PersonalDataAccess</name>
    <message>
        <source>Your role (%1) may not see full ID numbers and phone numbers.</source>
        <translation>您的角色（%1）不能查看完整的身份证号和电话号码。</translation>
    </message>
</context>
<context>
    <name>jy::PhoneNumber</name>
    <message>
        <source>A mobile number starts with 13–19</source>
        <translation>手机号应以 13–19 开头</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, this one has %1</source>
        <translation>手机号应为 11 位，此号码为 %1 位</translation>
    </message>
    <message>
        <source>Not a phone number: use 11 mobile digits or a landline such as 0411-84123456</source>
        <translation>不是有效的电话号码：请填写 11 位手机号，或如 0411-84123456 的固定电话</translation>
    </message>
</context>
<context>
    <name>jy::PlaceResolver</name>
    <message>
        <source>The database has no community yet: run 初始化 (jiayuan-cli init) first.</source>
        <translation>数据库中还没有社区，请先运行“初始化”（jiayuan-cli init）。</translation>
    </message>
    <message>
        <source>Which community? Fill in the community column, or choose one for the whole import.</source>
        <translation>属于哪个社区？请填写社区列，或为本次导入统一指定一个社区。</translation>
    </message>
    <message>
        <source>community %1 (the unnamed community takes this name)</source>
        <translation>社区 %1（原未命名的社区将使用此名称）</translation>
    </message>
    <message>
        <source>The database has no street yet: run 初始化 (jiayuan-cli init) first.</source>
        <translation>数据库中还没有街道，请先运行“初始化”（jiayuan-cli init）。</translation>
    </message>
    <message>
        <source>community %1 (division code to be filled in)</source>
        <translation>社区 %1（区划代码待补充）</translation>
    </message>
    <message>
        <source>estate %1</source>
        <translation>小区 %1</translation>
    </message>
    <message>
        <source>%1 building %2</source>
        <translation>%1 %2栋</translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation>网格 %1</translation>
    </message>
</context>
<context>
    <name>jy::PlaceStore</name>
    <message>
        <source>%1 building %2</source>
        <translation>%1 %2栋</translation>
    </message>
    <message>
        <source>Our street</source>
        <translation>本街道</translation>
    </message>
    <message>
        <source>Our community</source>
        <translation>本社区</translation>
    </message>
</context>
<context>
    <name>jy::PointsService</name>
    <message>
        <source>Your role (%1) may not adjust points.</source>
        <translation>您的角色（%1）无权调整积分。</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <source>Name who approved the adjustment.</source>
        <translation>请填写批准人。</translation>
    </message>
    <message>
        <source>An adjustment changes points or hours.</source>
        <translation>调整须改变积分或服务时长。</translation>
    </message>
    <message>
        <source>Service hours cannot be taken away; correct the order instead.</source>
        <translation>服务时长不能扣减，请更正相应订单。</translation>
    </message>
    <message>
        <source>The volunteer does not exist.</source>
        <translation>该志愿者不存在。</translation>
    </message>
    <message>
        <source>The balance is %1 points; it cannot go below zero.</source>
        <translation>当前积分余额为 %1 分，不能低于零。</translation>
    </message>
    <message>
        <source>Your role (%1) may not plan redemption events.</source>
        <translation>您的角色（%1）无权安排积分兑换活动。</translation>
    </message>
    <message>
        <source>Name the event.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>Give the event&apos;s date.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>Your role (%1) may not change gift tiers.</source>
        <translation>您的角色（%1）无权修改兑换礼品档位。</translation>
    </message>
    <message>
        <source>Name the gift.</source>
        <translation>请填写礼品名称。</translation>
    </message>
    <message>
        <source>A gift costs at least one point.</source>
        <translation>礼品所需积分至少为 1 分。</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>库存不能为负数。</translation>
    </message>
    <message>
        <source>The redemption event does not exist.</source>
        <translation>该兑换活动不存在。</translation>
    </message>
    <message>
        <source>Your role (%1) may not hand out gifts.</source>
        <translation>您的角色（%1）无权发放兑换礼品。</translation>
    </message>
    <message>
        <source>Redeem at least one gift.</source>
        <translation>至少兑换一件礼品。</translation>
    </message>
    <message>
        <source>Choose a gift of this event.</source>
        <translation>请选择本次活动的礼品。</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; are left.</source>
        <translation>“%2”仅剩 %1 件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; costs %2 points; the balance is %3.</source>
        <translation>“%1”需 %2 积分，当前余额为 %3 分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran out meanwhile.</source>
        <translation>“%1”刚刚已兑完。</translation>
    </message>
    <message>
        <source>This event already has a gift named %1.</source>
        <translation>本次兑换活动已有名为“%1”的礼品。</translation>
    </message>
</context>
<context>
    <name>jy::ProjectSource</name>
    <message>
        <source>Co-building projects</source>
        <translation>项目清单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>对应需求</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>承接单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目名称(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>jy::ProjectWorkflow</name>
    <message>
        <source>ordered</source>
        <translation>已点单</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接单</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>dispatch to a unit</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>退单</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>a co-building unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>完成情况</translation>
    </message>
</context>
<context>
    <name>jy::ProvidersDialog</name>
    <message>
        <source>Teams, shops and offers</source>
        <translation>服务队、加盟店和上架服务</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>加盟店</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加盟日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>新建服务队…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Volunteer teams</source>
        <translation>志愿服务队</translation>
    </message>
    <message>
        <source>New shop…</source>
        <translation>新建加盟店…</translation>
    </message>
    <message>
        <source>Affiliated shops</source>
        <translation>加盟店</translation>
    </message>
    <message>
        <source>Put a service on the shelf…</source>
        <translation>服务上架…</translation>
    </message>
    <message>
        <source>On/off shelf</source>
        <translation>上架/下架</translation>
    </message>
    <message>
        <source>Services on the shelf</source>
        <translation>上架服务</translation>
    </message>
    <message>
        <source>Your role (%1) may look but not change these.</source>
        <translation>您的角色（%1）只能查看，不能修改。</translation>
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
        <source>New team</source>
        <translation>新建服务队</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>编辑服务队</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>负责人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>成立日期(&amp;F)：</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>新建加盟店</translation>
    </message>
    <message>
        <source>Edit shop</source>
        <translation>编辑加盟店</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>店主(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>加盟日期(&amp;J)：</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>服务队：%1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>加盟店：%1</translation>
    </message>
    <message>
        <source>e.g. 上门服务, 社区党群服务中心</source>
        <translation>例如：上门服务、社区党群服务中心</translation>
    </message>
    <message>
        <source>e.g. 每周六上午</source>
        <translation>例如：每周六上午</translation>
    </message>
    <message>
        <source>Put a service on the shelf</source>
        <translation>服务上架</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>服务项目(&amp;S)：</translation>
    </message>
    <message>
        <source>Offered &amp;by:</source>
        <translation>提供者(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>jy::RedemptionDialog</name>
    <message>
        <source>Points redemption</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Volunteer&apos;s name or number</source>
        <translation>志愿者姓名或编号</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>兑换(&amp;R)</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>兑换活动(&amp;E)：</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Handed out at this event</source>
        <translation>本次活动已发放</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>打印签领单(&amp;P)…</translation>
    </message>
    <message>
        <source>%1  %2  — %3 points</source>
        <translation>%1  %2  — %3 积分</translation>
    </message>
    <message>
        <source>Choose a gift and a volunteer.</source>
        <translation>请选择礼品和志愿者。</translation>
    </message>
    <message>
        <source>%1 received %2.</source>
        <translation>%1 已领取%2。</translation>
    </message>
</context>
<context>
    <name>jy::RegisterDialog</name>
    <message>
        <source>New: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>The record has been deleted in the meantime.</source>
        <translation>这条记录在此期间已被删除。</translation>
    </message>
</context>
<context>
    <name>jy::RegisterTab</name>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>S&amp;tep…</source>
        <translation>办理(&amp;T)…</translation>
    </message>
    <message>
        <source>Take the next step of the case: the steps your role may take</source>
        <translation>办理案件的下一步：只列出您的角色可以办理的步骤</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print preview of the list as shown, on A4</source>
        <translation>按 A4 纸预览并打印当前列表</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the list as shown to an Excel file</source>
        <translation>将当前列表保存为 Excel 文件</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1? The audit log keeps a copy.</source>
        <translation>删除 %1？审计日志会保留一份副本。</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>已删除：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已写入 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>jy::Registers</name>
    <message>
        <source>Your role (%1) may not change %2.</source>
        <translation>您的角色（%1）无权修改%2。</translation>
    </message>
</context>
<context>
    <name>jy::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Annual honors report</source>
        <translation>年度荣誉报表</translation>
    </message>
    <message>
        <source>Annual statistics report</source>
        <translation>年度工作统计报表</translation>
    </message>
    <message>
        <source>Annual volunteer ranking</source>
        <translation>志愿者年度排行榜</translation>
    </message>
    <message>
        <source>%1 (every community)</source>
        <translation>%1（全部社区）</translation>
    </message>
    <message>
        <source>Every community</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报表(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览和打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF or Excel…</source>
        <translation>另存为 PDF 或 Excel(&amp;S)…</translation>
    </message>
    <message>
        <source>Five-star branch assessment</source>
        <translation>“五星支部”评定汇总表</translation>
    </message>
    <message>
        <source>Branch meetings and Party lessons (三会一课)</source>
        <translation>“三会一课”开展情况统计表</translation>
    </message>
</context>
<context>
    <name>jy::ReportDocument</name>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>the date format of official documents (zh: yyyy年M月d日)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period of dates (zh: %1至%2)</comment>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>jy::ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <comment>page numbers at the foot (zh: 第 %1 页 共 %2 页)</comment>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not paint the report into %1.</source>
        <translation>无法将报表绘制到 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
</context>
<context>
    <name>jy::ReportPreview</name>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
</context>
<context>
    <name>jy::ReportPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save as PDF or Excel…</source>
        <translation>另存为 PDF 或 Excel…</translation>
    </message>
</context>
<context>
    <name>jy::ReportXlsx</name>
    <message>
        <source>This report has no table to write to a spreadsheet.</source>
        <translation>该报表没有可写入电子表格的表格。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>请选择以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>jy::ResidentCodes</name>
    <message>
        <source>Registered</source>
        <translation>户籍</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>常住</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>流动</translation>
    </message>
    <message>
        <source>Registered, absent</source>
        <translation>空挂</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>儿媳/女婿</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>jy::ResidentDialog</name>
    <message>
        <source>Edit resident: %1</source>
        <translation>编辑居民：%1</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>新增居民</translation>
    </message>
    <message>
        <source>18 digits; 15-digit numbers are upgraded</source>
        <translation>18位；15位旧号码自动升级</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 13800001234 or 0411-84123456</source>
        <translation>手机或固话，如 13800001234 或 0411-84123456</translation>
    </message>
    <message>
        <source>Your role may not see or change personal data.</source>
        <translation>您的角色无权查看或修改个人敏感信息。</translation>
    </message>
    <message>
        <source>Not in a household</source>
        <translation>不在任何户中</translation>
    </message>
    <message>
        <source>Space ticks the selected tag</source>
        <translation>按空格键勾选当前标签</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>性别(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Residence &amp;type</source>
        <translation>人口类别(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>民族(&amp;E)</translation>
    </message>
    <message>
        <source>House&amp;hold</source>
        <translation>所在户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation>与户主关系(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>标签(&amp;A)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>Without an ID number, enter the birth date and sex.</source>
        <translation>没有身份证号时，请填写出生日期和性别。</translation>
    </message>
    <message>
        <source>Born %1 · %2 · Birthplace: %3</source>
        <translation>出生日期 %1 · %2 · 出生地：%3</translation>
    </message>
    <message>
        <source>15-digit number: it will be stored as %1</source>
        <translation>15位旧号码，将保存为 %1</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 / 18 位</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>已被他人保存</translation>
    </message>
    <message>
        <source>The resident has been deleted in the meantime.</source>
        <translation>该居民在此期间已被删除。</translation>
    </message>
</context>
<context>
    <name>jy::ResidentImporter</name>
    <message>
        <source>Your role (%1) may not import data.</source>
        <translation>您的角色（%1）无权导入数据。</translation>
    </message>
    <message>
        <source>Your role (%1) may not change residents.</source>
        <translation>您的角色（%1）无权修改居民信息。</translation>
    </message>
    <message>
        <source>No column holds the names (姓名).</source>
        <translation>缺少“姓名”列。</translation>
    </message>
    <message>
        <source>No column holds ID numbers (身份证号) or birth dates (出生日期).</source>
        <translation>缺少“身份证号”列或“出生日期”列。</translation>
    </message>
    <message>
        <source>The import was not started.</source>
        <translation>未开始导入。</translation>
    </message>
    <message>
        <source>Row %1 has the same name and birth date: the same person twice?</source>
        <translation>与第 %1 行姓名和出生日期相同，是否重复登记？</translation>
    </message>
    <message>
        <source>Row %1 has the same ID number.</source>
        <translation>与第 %1 行身份证号相同。</translation>
    </message>
    <message>
        <source>Several households live at this address: give the household number (户号) or mark who is the head (户主).</source>
        <translation>此地址有多户居住：请填写户号，或标明谁是户主。</translation>
    </message>
    <message>
        <source>Row %1 is already the head of this household.</source>
        <translation>第 %1 行已是该户户主。</translation>
    </message>
    <message>
        <source>This household already has a head: %1.</source>
        <translation>该户已有户主：%1。</translation>
    </message>
    <message>
        <source>This household has no head: mark one person as 户主 in the relationship column.</source>
        <translation>该户没有户主：请在“与户主关系”列中将一人标为“户主”。</translation>
    </message>
    <message>
        <source>The sheet has no relationship column: the first person listed in each household is recorded as its head.</source>
        <translation>表格中没有“与户主关系”列：每户列在第一位的人将登记为户主。</translation>
    </message>
</context>
<context>
    <name>jy::ResidentRules</name>
    <message>
        <source>The name is required.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The name is longer than 40 characters.</source>
        <translation>姓名超过 40 个字。</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>姓名中不能含有数字。</translation>
    </message>
    <message>
        <source>Without an ID number the birth date is required.</source>
        <translation>未填身份证号时，出生日期必填。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>Without an ID number the sex is required.</source>
        <translation>未填身份证号时，性别必填。</translation>
    </message>
    <message>
        <source>Choose a residence type.</source>
        <translation>请选择人口类别。</translation>
    </message>
    <message>
        <source>Choose the relationship to the head of household.</source>
        <translation>请选择与户主关系。</translation>
    </message>
</context>
<context>
    <name>jy::ResidentService</name>
    <message>
        <source>Your role (%1) may not change residents.</source>
        <translation>您的角色（%1）无权修改居民信息。</translation>
    </message>
    <message>
        <source>This ID number is already registered for %1.</source>
        <translation>该身份证号已登记在 %1 名下。</translation>
    </message>
    <message>
        <source>The household does not exist.</source>
        <translation>该户不存在。</translation>
    </message>
    <message>
        <source>This household already has a head: %1.</source>
        <translation>该户已有户主：%1。</translation>
    </message>
    <message>
        <source>Unknown tags: %1</source>
        <translation>未定义的标签：%1</translation>
    </message>
    <message>
        <source>The resident no longer exists.</source>
        <translation>该居民已不存在。</translation>
    </message>
    <message>
        <source>%1 is the head of a household with other members: choose the new head first.</source>
        <translation>%1 是户主，户内还有其他成员：请先指定新户主。</translation>
    </message>
    <message>
        <source>The new head must be another member of the same household.</source>
        <translation>新户主必须是同一户的其他成员。</translation>
    </message>
    <message>
        <source>%1 already belongs to this household.</source>
        <translation>%1 已在该户中。</translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s record after you opened it, so your changes were not saved. Reload the record to see the latest version, then make your changes again.</source>
        <translation>您打开%1的记录后，其他人已修改并保存了它，因此您的修改没有保存。请重新载入记录查看最新内容，再重新修改。</translation>
    </message>
</context>
<context>
    <name>jy::ResidentsPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation>登记新居民（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected resident (Enter, double-click or F2)</source>
        <translation>编辑选中的居民（回车、双击或 F2）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected resident (Del)</source>
        <translation>删除选中的居民（Del）</translation>
    </message>
    <message>
        <source>Show &amp;personal data</source>
        <translation>显示个人信息(&amp;P)</translation>
    </message>
    <message>
        <source>Show ID numbers and phone numbers in full</source>
        <translation>完整显示身份证号和电话号码</translation>
    </message>
    <message>
        <source>Your role may not see personal data.</source>
        <translation>您的角色无权查看个人敏感信息。</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) match the filter</source>
        <translation>
            <numerusform>筛选出 %Ln 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) in total</source>
        <translation>
            <numerusform>共 %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in a household</source>
        <translation>不在任何户中</translation>
    </message>
    <message>
        <source>%1 was registered.</source>
        <translation>已登记 %1。</translation>
    </message>
    <message>
        <source>no head</source>
        <translation>无户主</translation>
    </message>
    <message>
        <source>Household of %1, %2</source>
        <translation>%1户，%2</translation>
    </message>
    <message>
        <source>This resident no longer exists.</source>
        <translation>该居民已不存在。</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 (ID number %2)</source>
        <translation>%1（身份证号 %2）</translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation>删除居民</translation>
    </message>
    <message>
        <source>Delete %1 from the roster?

The audit log keeps a record of the deletion.</source>
        <translation>确定从花名册中删除 %1 吗？

审计日志会保留删除记录。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New head of household</source>
        <translation>新户主</translation>
    </message>
    <message>
        <source>%1 is the head of a household with other members.
Who becomes the new head?</source>
        <translation>%1 是户主，本户还有其他成员。
由谁担任新户主？</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>&amp;Move to another household…</source>
        <translation>迁移到其他户(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected resident into another household, found by its address (Ctrl+M)</source>
        <translation>把选中的居民迁入按地址找到的另一户（Ctrl+M）</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 已迁至 %2。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import residents from an Excel or CSV roster (Ctrl+I)</source>
        <translation>从 Excel 或 CSV 花名册导入居民（Ctrl+I）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the residents shown to Excel or CSV (Ctrl+E)</source>
        <translation>将当前显示的居民导出为 Excel 或 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Roster imported from %1</source>
        <translation>已从 %1 导入花名册</translation>
    </message>
    <message>
        <source>Roster exported to %1</source>
        <translation>花名册已导出到 %1</translation>
    </message>
    <message>
        <source>Resident roster</source>
        <translation>居民花名册</translation>
    </message>
</context>
<context>
    <name>jy::ResourceSource</name>
    <message>
        <source>Resources</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Projects using it</source>
        <translation>使用该资源的项目</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>共建单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>jy::RosterExport</name>
    <message>
        <source>Your role may not see the roster.</source>
        <translation>您的角色无权查看花名册。</translation>
    </message>
    <message>
        <source>Your role may not export full ID numbers and phone numbers. Export them masked instead.</source>
        <translation>您的角色无权导出完整的身份证号和电话号码，请改为脱敏导出。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>请选择以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <source>%1 residents roster (exported %2)</source>
        <translation>%1居民花名册（导出日期 %2）</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <source>Could not save %1: %2. If it is open in another program, close it and try again.</source>
        <translation>无法保存 %1：%2。如该文件已在其他程序中打开，请关闭后重试。</translation>
    </message>
</context>
<context>
    <name>jy::RosterModel</name>
    <message>
        <source>, </source>
        <comment>list separator between tags</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>jy::RosterQuery</name>
    <message>
        <source>%1 building %2, unit %3, room %4</source>
        <translation>%1 %2栋%3单元%4室</translation>
    </message>
</context>
<context>
    <name>jy::RowConflict</name>
    <message>
        <source>Someone else changed %1 after you opened it, so your changes were not saved. Reload the record to see the latest version, then make your changes again.</source>
        <translation>您打开“%1”之后，其他人修改并保存了它，因此您的修改没有保存。请重新载入查看最新内容，再重新修改。</translation>
    </message>
</context>
<context>
    <name>jy::RowParser</name>
    <message>
        <source>The ID number %1 was turned into a number by Excel and its last digits are lost; it cannot be recovered. Set the column to Text in Excel and type the number again.</source>
        <translation>身份证号 %1 已被 Excel 转换为数值，末尾几位已丢失，无法恢复。请在 Excel 中将该列设为“文本”格式，并重新输入号码。</translation>
    </message>
    <message>
        <source>The sex &quot;%1&quot; is neither 男 nor 女.</source>
        <translation>性别“%1”无效，应为“男”或“女”。</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>出生日期：%1</translation>
    </message>
    <message>
        <source>The residence type &quot;%1&quot; is not one of 户籍, 常住, 流动, 空挂.</source>
        <translation>人口类别“%1”无效，应为户籍、常住、流动、空挂之一。</translation>
    </message>
    <message>
        <source>Unknown tags: %1 (add them under tags first).</source>
        <translation>未定义的标签：%1（请先在标签中添加）。</translation>
    </message>
    <message>
        <source>The sex %1 does not match the ID number, which says %2.</source>
        <translation>性别 %1 与身份证号不符（按身份证号应为 %2）。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation>出生日期 %1 与身份证号不符（按身份证号应为 %2）。</translation>
    </message>
    <message>
        <source>A room is given but no building.</source>
        <translation>填写了房号，但未填写楼栋。</translation>
    </message>
</context>
<context>
    <name>jy::RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All rows are written together: if you cancel, nothing is imported.</source>
        <translation>所有行将一次性写入：如果取消，将不导入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the rows that were not imported</source>
        <translation>打开未导入的行(&amp;O)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Reading… %1 rows</source>
        <translation>正在读取… %1 行</translation>
    </message>
    <message>
        <source>Writing… %1 of %2</source>
        <translation>正在写入… %1 / %2</translation>
    </message>
    <message>
        <source>Reading the file again and writing…</source>
        <translation>正在重新读取文件并写入…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; residents imported in &lt;b&gt;%2&lt;/b&gt; new households; &lt;b&gt;%3&lt;/b&gt; updated.</source>
        <translation>已导入 &lt;b&gt;%1&lt;/b&gt; 名居民，新增 &lt;b&gt;%2&lt;/b&gt; 户；更新 &lt;b&gt;%3&lt;/b&gt; 名。</translation>
    </message>
    <message>
        <source>%1 residents were already registered and left as they are.</source>
        <translation>%1 名居民已登记，保持不变。</translation>
    </message>
    <message>
        <source>%1 rows were not imported. Open them, correct them in Excel or WPS, and import that file again.</source>
        <translation>%1 行未导入。请打开这些行，在 Excel 或 WPS 中修改后，重新导入该文件。</translation>
    </message>
    <message>
        <source>%1-not imported.xlsx</source>
        <translation>%1-未导入.xlsx</translation>
    </message>
    <message>
        <source>Save the rows that were not imported</source>
        <translation>保存未导入的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>未导入的行</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
</context>
<context>
    <name>jy::Scope</name>
    <message>
        <source>Your account works for another community.</source>
        <translation>您的账户属于另一个社区，不能处理这里的数据。</translation>
    </message>
    <message>
        <source>This grid is not one of yours.</source>
        <translation>这不是您负责的网格。</translation>
    </message>
    <message>
        <source>This building is not in your grids.</source>
        <translation>这栋楼不在您负责的网格内。</translation>
    </message>
    <message>
        <source>This resident does not live in your grids.</source>
        <translation>这位居民不住在您负责的网格内。</translation>
    </message>
    <message>
        <source>Your account has no community to show.</source>
        <translation>你的账户没有可查看的社区。</translation>
    </message>
    <message>
        <source>Your account may only see the figures of its own community.</source>
        <translation>你的账户只能查看本社区的数据。</translation>
    </message>
</context>
<context>
    <name>jy::ServerConnectionDialog</name>
    <message>
        <source>Street server</source>
        <translation>街道服务器</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or server.street.local</source>
        <translation>例如 10.0.0.5 或 server.street.local</translation>
    </message>
    <message>
        <source>the database the server&apos;s administrator made, e.g. jiayuan</source>
        <translation>服务器管理员建好的数据库，例如 jiayuan</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The password is not saved; it is asked for at each start unless the computer keeps it in ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf).</source>
        <translation>密码不会保存；每次启动时询问，除非本机在 ~/.pgpass（Windows：%APPDATA%\postgresql\pgpass.conf）中保存了它。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>请填写服务器、数据库和用户名。</translation>
    </message>
    <message>
        <source>Connected: the database is ready.</source>
        <translation>已连接，数据库可以使用。</translation>
    </message>
</context>
<context>
    <name>jy::ServiceCertificate</name>
    <message>
        <source>Your role (%1) may not issue certificates.</source>
        <translation>您的角色（%1）无权开具证明。</translation>
    </message>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>请选择起始日期不晚于截止日期的时间段。</translation>
    </message>
    <message>
        <source>The volunteer does not exist.</source>
        <translation>该志愿者不存在。</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>JJL Cert. [%1] No. %2</source>
        <translation>家家乐志证〔%1〕第%2号</translation>
    </message>
</context>
<context>
    <name>jy::Session</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>社区工作人员</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <source>Supermarket administrator</source>
        <translation>超市管理员</translation>
    </message>
</context>
<context>
    <name>jy::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>A new language applies when Jiayuan is started again. The --lang option and the JIAYUAN_LANG variable override this choice.</source>
        <translation>新的语言在重新启动家园后生效。命令行选项 --lang 和环境变量 JIAYUAN_LANG 优先于这里的选择。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Data is kept in:</source>
        <translation>数据保存在：</translation>
    </message>
    <message>
        <source>Use the street&apos;s &amp;server…</source>
        <translation>使用街道服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Use a &amp;file on this computer</source>
        <translation>使用本机数据文件(&amp;F)</translation>
    </message>
    <message>
        <source>Jiayuan opens the server&apos;s database when it is started again.</source>
        <translation>下次启动家园时将打开服务器上的数据库。</translation>
    </message>
    <message>
        <source>a file on this computer, chosen at the next start</source>
        <translation>本机上的数据文件，下次启动时选择</translation>
    </message>
    <message>
        <source>At the next start Jiayuan opens its file in the application data folder, or asks where to keep one.</source>
        <translation>下次启动时，家园会打开应用数据文件夹中的数据文件，或询问数据保存位置。</translation>
    </message>
</context>
<context>
    <name>jy::SignInDialog</name>
    <message>
        <source>Jiayuan — create the administrator</source>
        <translation>家园 — 创建管理员</translation>
    </message>
    <message>
        <source>Jiayuan — sign in</source>
        <translation>家园 — 登录</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then creates the accounts of the other staff.</source>
        <translation>此数据库还没有账户。请创建管理员账户，再由管理员为其他工作人员创建账户。</translation>
    </message>
    <message>
        <source>Sign in with your Jiayuan account.</source>
        <translation>请用您的家园账户登录。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Demo database: sign in as admin, staff, grid, market or viewer with the password %1.</source>
        <translation>演示数据库：可用 admin、staff、grid、market 或 viewer 登录，密码均为 %1。</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>jy::SourcePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <source>An Excel or WPS workbook (.xlsx) or a CSV file. Title rows above the table are fine: pick the row that holds the column names.</source>
        <translation>Excel 或 WPS 工作簿（.xlsx），或 CSV 文件。表格上方可以有标题行，请选中列名所在的行。</translation>
    </message>
    <message>
        <source>Path of an .xlsx or .csv file</source>
        <translation>.xlsx 或 .csv 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>表头行(&amp;H)：</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No row with 姓名 and other known column names was found: choose the header row yourself.</source>
        <translation>未找到包含“姓名”等已知列名的行，请自行选择表头行。</translation>
    </message>
    <message>
        <source>Row %1 looks like the header row. Click another row to change it.</source>
        <translation>第 %1 行似乎是表头行。如需更改，请点击其他行。</translation>
    </message>
</context>
<context>
    <name>jy::StarAssessment</name>
    <message>
        <source>strong branch</source>
        <translation>支部过硬星</translation>
    </message>
    <message>
        <source>co-building and sharing</source>
        <translation>共建共享星</translation>
    </message>
    <message>
        <source>safety and rule of law</source>
        <translation>平安法治星</translation>
    </message>
    <message>
        <source>happiness and harmony</source>
        <translation>幸福和谐星</translation>
    </message>
    <message>
        <source>livelihood and enterprise</source>
        <translation>宜业兴业星</translation>
    </message>
    <message>
        <source>the five-star assessment</source>
        <translation>五星支部评定</translation>
    </message>
    <message>
        <source>Choose the branch assessed.</source>
        <translation>请选择被评定的支部。</translation>
    </message>
    <message>
        <source>The year must be between 2000 and %1.</source>
        <translation>年度须在 2000 到 %1 之间。</translation>
    </message>
    <message>
        <source>Choose one of the five stars.</source>
        <translation>请选择五星中的一颗星。</translation>
    </message>
    <message>
        <source>The score is from 0 to 100.</source>
        <translation>得分须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A star that is awarded needs its evidence in the notes.</source>
        <translation>评定为达标的星须在备注中写明佐证材料。</translation>
    </message>
</context>
<context>
    <name>jy::SupermarketPage</name>
    <message>
        <source>&amp;New order…</source>
        <translation>新建订单(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a resident&apos;s order (Ctrl+N)</source>
        <translation>登记居民的服务订单（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>办理(&amp;A)</translation>
    </message>
    <message>
        <source>The steps you may take on the selected order (Enter on a card)</source>
        <translation>对所选订单可办理的环节（在卡片上按回车）</translation>
    </message>
    <message>
        <source>Read the board again</source>
        <translation>刷新看板</translation>
    </message>
    <message>
        <source>Service &amp;catalogue…</source>
        <translation>服务目录(&amp;C)…</translation>
    </message>
    <message>
        <source>Points &amp;redemption…</source>
        <translation>积分兑换(&amp;R)…</translation>
    </message>
    <message>
        <source>Supermarket &amp;rules…</source>
        <translation>超市规则(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Order board</source>
        <translation>订单看板(&amp;O)</translation>
    </message>
    <message>
        <source>V&amp;olunteers</source>
        <translation>志愿者(&amp;O)</translation>
    </message>
    <message>
        <source>Volunteer supermarket</source>
        <translation>志愿服务超市</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) match the filter</source>
        <translation>
            <numerusform>%Ln 张订单符合筛选条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) on the board</source>
        <translation>
            <numerusform>看板上共 %Ln 张订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No step is open to your role (%1) here</source>
        <translation>您的角色（%1）在此无可办理的环节</translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation>请先选择一张订单</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <source>Order registered</source>
        <translation>订单已登记</translation>
    </message>
    <message>
        <source>&amp;Teams, shops and offers…</source>
        <translation>服务队、加盟店和上架服务(&amp;T)…</translation>
    </message>
    <message>
        <source>Volunteer service orders</source>
        <translation>志愿服务订单</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务项目</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>The first %1 of %2 orders are printed; narrow the filter to print the others.</source>
        <translation>共 %2 个订单，只打印了前 %1 个；请缩小筛选范围打印其余订单。</translation>
    </message>
</context>
<context>
    <name>jy::SupermarketSettings</name>
    <message>
        <source>Your role (%1) may not change the supermarket&apos;s rules.</source>
        <translation>您的角色（%1）无权修改志愿服务超市规则。</translation>
    </message>
    <message>
        <source>Give five rising numbers of hours for one to five stars, e.g. 100, 300, 600, 1000, 1500.</source>
        <translation>请为一至五星填写五个递增的小时数，例如 100、300、600、1000、1500。</translation>
    </message>
    <message>
        <source>The time an order may wait must be at least one hour.</source>
        <translation>订单等待时限至少为 1 小时。</translation>
    </message>
    <message>
        <source>Name the issuing organisation.</source>
        <translation>请填写出具证明的组织名称。</translation>
    </message>
</context>
<context>
    <name>jy::SupermarketSettingsDialog</name>
    <message>
        <source>Supermarket rules</source>
        <translation>超市规则</translation>
    </message>
    <message>
        <source>Star volunteers: cumulative service hours for one to five stars</source>
        <translation>星级志愿者：一至五星所需累计服务时长</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n 星</numerusform>
        </translation>
    </message>
    <message>
        <source>An order is overdue after waiting this long</source>
        <translation>订单等待超过以下时长即为超时</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Service record certificates</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>Issuing &amp;organisation:</source>
        <translation>出具单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Person in &amp;charge:</source>
        <translation>负责人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Handling officer:</source>
        <translation>经办人(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;ontact phone:</source>
        <translation>联系电话(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>jy::TagStore</name>
    <message>
        <source>Your role may not define tags.</source>
        <translation>您的角色无权定义标签。</translation>
    </message>
    <message>
        <source>A tag name has 1 to 20 characters.</source>
        <translation>标签名应为 1 至 20 个字。</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>标签“%1”已存在。</translation>
    </message>
</context>
<context>
    <name>jy::TransitionDialog</name>
    <message>
        <source>%1: order %2</source>
        <translation>%1：订单 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 → %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 → %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Why? The resident may ask, and the history keeps it.</source>
        <translation>原因是什么？居民可能会问，办理记录会保留。</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Type part of a name or volunteer number</source>
        <translation>输入姓名或志愿者编号的一部分</translation>
    </message>
    <message>
        <source>&amp;Volunteer</source>
        <translation>志愿者(&amp;V)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>enter the hours</source>
        <translation>请填写时长</translation>
    </message>
    <message>
        <source>Service &amp;hours</source>
        <translation>服务时长(&amp;H)</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>做了哪些服务</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>服务情况(&amp;N)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>What the resident said (optional)</source>
        <translation>居民的反馈（选填）</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>评分(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>反馈(&amp;F)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>jy::TwoWayLists</name>
    <message>
        <source>residents</source>
        <translation>居民点单</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格排查</translation>
    </message>
    <message>
        <source>co-building unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>the needs and resources lists</source>
        <translation>需求清单和资源清单</translation>
    </message>
    <message>
        <source>Say what is needed, e.g. 小区临时停车场.</source>
        <translation>请填写需求内容，例如“小区临时停车场”。</translation>
    </message>
    <message>
        <source>Choose where the need comes from: residents, a grid or a unit.</source>
        <translation>请选择需求来源：居民、网格或共建单位。</translation>
    </message>
    <message>
        <source>Enter the date the need was raised.</source>
        <translation>请填写需求提出日期。</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>请选择社区。</translation>
    </message>
    <message>
        <source>Say what the unit offers, e.g. 免费安装健身器材.</source>
        <translation>请填写单位提供的资源，例如“免费安装健身器材”。</translation>
    </message>
    <message>
        <source>Choose the co-building unit that offers it.</source>
        <translation>请选择提供该资源的共建单位。</translation>
    </message>
    <message>
        <source>The need is no longer on the list.</source>
        <translation>该需求已不在清单上。</translation>
    </message>
    <message>
        <source>A project takes up &quot;%1&quot;; it stays on the list as the project&apos;s reason.</source>
        <translation>已有项目承接“%1”，它作为项目的来由保留在清单上。</translation>
    </message>
    <message>
        <source>The resource is no longer on the list.</source>
        <translation>该资源已不在清单中。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) use &quot;%1&quot;; it stays on the list as what answered their need.</source>
        <translation>
            <numerusform>有%n个项目使用“%1”，须作为项目对接的资源保留在清单中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::UnitSource</name>
    <message>
        <source>Co-building units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>协议到期</translation>
    </message>
    <message>
        <source>Registered members</source>
        <translation>双报到党员</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>共建协议</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Registered party members (双报到)</source>
        <translation>双报到在职党员</translation>
    </message>
    <message>
        <source>Resources offered</source>
        <translation>资源清单</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>单位类别(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>加入日期(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Sign an &amp;agreement…</source>
        <translation>签订共建协议(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Register an in-service member (双报到)…</source>
        <translation>双报到登记(&amp;R)…</translation>
    </message>
    <message>
        <source>Offer a &amp;resource…</source>
        <translation>登记资源(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>签订日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>有效期至(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>协议内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>报到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Can offer:</source>
        <translation>服务特长(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>jy::VolunteerDialog</name>
    <message>
        <source>Edit volunteer</source>
        <translation>编辑志愿者</translation>
    </message>
    <message>
        <source>Register a volunteer</source>
        <translation>登记志愿者</translation>
    </message>
    <message>
        <source>Find the resident: name, pinyin initials, phone or 3-2-401, then Enter</source>
        <translation>查找居民：姓名、拼音首字母、电话或 3-2-401，按回车</translation>
    </message>
    <message>
        <source>For people not on the roster, e.g. 中联律师事务所</source>
        <translation>不在居民台账中的人员填写，例如：中联律师事务所</translation>
    </message>
    <message>
        <source>(kept; your role may not see it)</source>
        <translation>（保持不变；您的角色无权查看）</translation>
    </message>
    <message>
        <source>(serves on their own)</source>
        <translation>（个人服务）</translation>
    </message>
    <message>
        <source>given when left empty</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <source>Still serving</source>
        <translation>仍在服务</translation>
    </message>
    <message>
        <source>&amp;Find resident:</source>
        <translation>查找居民(&amp;F)：</translation>
    </message>
    <message>
        <source>From the roster:</source>
        <translation>台账居民：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Co-building &amp;unit:</source>
        <translation>共建单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>社区(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>服务队(&amp;T)：</translation>
    </message>
    <message>
        <source>Volunteer &amp;number:</source>
        <translation>志愿者编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>登记日期(&amp;R)：</translation>
    </message>
    <message>
        <source>not on the roster</source>
        <translation>不在台账中</translation>
    </message>
</context>
<context>
    <name>jy::VolunteerPrinting</name>
    <message>
        <source>Service record certificate</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>Redemption list</source>
        <translation>礼品签领表</translation>
    </message>
</context>
<context>
    <name>jy::VolunteerReports</name>
    <message>
        <source>Volunteer Service Record Certificate</source>
        <comment>zh: 志愿服务记录证明 (the title 民政部令第67号 gives it)</comment>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>No. %1</source>
        <comment>certificate number line (zh: 编号：%1)</comment>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Volunteer No.</source>
        <translation>志愿者编号</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>服务时段</translation>
    </message>
    <message>
        <source>This is to certify that %1 (volunteer No. %2) served as a volunteer with %3 from %4 to %5: %6 services and %7 hours of volunteer service in all. The record of service follows.</source>
        <comment>zh: 兹证明%1（志愿者编号：%2）于%4至%5期间在%3参加志愿服务%6次，累计志愿服务时长%7小时。服务记录如下。</comment>
        <translation>兹证明%1（志愿者编号：%2）于%4至%5期间在%3参加志愿服务%6次，累计志愿服务时长%7小时。服务记录如下。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>服务时长（小时）</translation>
    </message>
    <message>
        <source>Service recorded otherwise (e.g. from paper records)</source>
        <translation>其他途径记录的服务（如纸质台账）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Hereby certified.</source>
        <comment>zh: 特此证明。</comment>
        <translation>特此证明。</translation>
    </message>
    <message>
        <source>Issued under the Measures for Volunteer Service Records and Certificates (Ministry of Civil Affairs Order No. 67, 2020). Questions about this certificate go to the handling officer below.</source>
        <comment>zh: 本证明依据《志愿服务记录与证明出具办法（试行）》（民政部令第67号）出具，如有疑问请联系经办人。</comment>
        <translation>本证明依据《志愿服务记录与证明出具办法（试行）》（民政部令第67号）出具，如有疑问请联系经办人。</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <source>Contact telephone: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>%1 Volunteer Service Ranking %2</source>
        <comment>zh: %1%2年度志愿服务排行榜 (place, year)</comment>
        <translation>%1%2年度志愿服务排行榜</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <comment>zh: 统计时段：%1</comment>
        <translation>统计时段：%1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>%1 people</source>
        <comment>zh: %1人</comment>
        <translation>%1人</translation>
    </message>
    <message>
        <source>Hours are service hours in the year; stars follow cumulative service hours (one to five stars from %1 hours).</source>
        <comment>zh: 服务时长为本年度服务时长；星级按累计服务时长评定（一至五星分别为%1小时）。</comment>
        <translation>服务时长为本年度服务时长；星级按累计服务时长评定（一至五星分别为%1小时）。</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <comment>zh: 制表人：</comment>
        <translation>制表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <comment>zh: 审核人：</comment>
        <translation>审核人：</translation>
    </message>
    <message>
        <source>%1: Gift Receipt List</source>
        <comment>zh: %1签领表 (the event&apos;s name)</comment>
        <translation>%1签领表</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <comment>zh: 兑换日期：%1</comment>
        <translation>兑换日期：%1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <comment>zh: 地点：%1</comment>
        <translation>地点：%1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>zh: 签字</comment>
        <translation>签字</translation>
    </message>
    <message>
        <source>There is no redemption event %1.</source>
        <translation>没有编号为 %1 的兑换活动。</translation>
    </message>
</context>
<context>
    <name>jy::VolunteerService</name>
    <message>
        <source>Your role (%1) may not change volunteers, teams or shops.</source>
        <translation>您的角色（%1）无权修改志愿者、服务队或加盟店。</translation>
    </message>
    <message>
        <source>The resident is not on the roster.</source>
        <translation>该居民不在居民台账中。</translation>
    </message>
    <message>
        <source>%1 is already registered as a volunteer.</source>
        <translation>%1 已登记为志愿者。</translation>
    </message>
    <message>
        <source>Enter the volunteer&apos;s name.</source>
        <translation>请填写志愿者姓名。</translation>
    </message>
    <message>
        <source>The team does not exist.</source>
        <translation>该服务队不存在。</translation>
    </message>
    <message>
        <source>The volunteer number %1 is already given to someone else.</source>
        <translation>志愿者编号 %1 已被他人使用。</translation>
    </message>
    <message>
        <source>Name the team.</source>
        <translation>请填写服务队名称。</translation>
    </message>
    <message>
        <source>There is already a team named %1.</source>
        <translation>已有名为“%1”的服务队。</translation>
    </message>
    <message>
        <source>Name the shop.</source>
        <translation>请填写加盟店名称。</translation>
    </message>
    <message>
        <source>There is already a shop named %1.</source>
        <translation>已有名为“%1”的加盟店。</translation>
    </message>
    <message>
        <source>Choose one volunteer, team or shop that offers the service.</source>
        <translation>请选择提供该服务的一名志愿者、一支服务队或一家加盟店（只选其一）。</translation>
    </message>
    <message>
        <source>Choose a service from the catalogue.</source>
        <translation>请从服务目录中选择服务项目。</translation>
    </message>
    <message>
        <source>the offer</source>
        <translation>该服务</translation>
    </message>
</context>
<context>
    <name>jy::VolunteersView</name>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Name or volunteer number</source>
        <translation>姓名或志愿者编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>服务队</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务次数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n volunteers are listed; search by name or number to find others.</source>
        <translation>
            <numerusform>只列出前 %n 名志愿者；请按姓名或编号搜索其他人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a volunteer to see the points ledger.</source>
        <translation>选择一名志愿者，查看积分台账。</translation>
    </message>
    <message>
        <source>Points ledger of %1: balance %2</source>
        <translation>%1 的积分台账：余额 %2</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>订单 #%1</translation>
    </message>
    <message>
        <source>Service record &amp;certificate…</source>
        <translation>志愿服务记录证明(&amp;C)…</translation>
    </message>
    <message>
        <source>Issue and print a numbered 志愿服务记录证明 for the selected volunteer</source>
        <translation>为所选志愿者开具并打印编号的志愿服务记录证明</translation>
    </message>
    <message>
        <source>Annual &amp;ranking…</source>
        <translation>年度排行榜(&amp;R)…</translation>
    </message>
    <message>
        <source>Service record certificate</source>
        <translation>志愿服务记录证明</translation>
    </message>
    <message>
        <source>Select a volunteer first.</source>
        <translation>请先选择一名志愿者。</translation>
    </message>
    <message>
        <source>Service &amp;from:</source>
        <translation>服务时段从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>The certificate gets the next number and is recorded.</source>
        <translation>证明将获得下一个编号并登记在案。</translation>
    </message>
    <message>
        <source>&amp;Register volunteer…</source>
        <translation>登记志愿者(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>志愿者名册</translation>
    </message>
</context>
<context>
    <name>jy::Workflow</name>
    <message>
        <source>There is no step &quot;%1&quot; here.</source>
        <translation>此处没有“%1”这一步。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the case is %2; it is possible only when it is %3.</source>
        <translation>当前状态为“%2”，不能“%1”；只有在“%3”时才能办理。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Your role (%1) may not take the step &quot;%2&quot;.</source>
        <translation>您的角色（%1）无权执行“%2”。</translation>
    </message>
    <message>
        <source>%1 is required for &quot;%2&quot;.</source>
        <translation>“%2”须填写%1。</translation>
    </message>
    <message>
        <source>%1 must be a number greater than zero for &quot;%2&quot;.</source>
        <translation>“%2”时%1须为大于零的数字。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 5 for &quot;%2&quot;.</source>
        <translation>“%2”时%1须为 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>Choose %1 for &quot;%2&quot;.</source>
        <translation>“%2”须选择%1。</translation>
    </message>
</context>
<context>
    <name>jy::XlsxReader</name>
    <message>
        <source>The Excel file is damaged: the part %1 cannot be read (%2).</source>
        <translation>Excel 文件已损坏：无法读取部件 %1（%2）。</translation>
    </message>
    <message>
        <source>The Excel file is damaged: the part %1 is missing.</source>
        <translation>Excel 文件已损坏：缺少部件 %1。</translation>
    </message>
    <message>
        <source>The Excel file is too large to read: the part %1 unpacks to more than %2 MB.</source>
        <translation>Excel 文件过大，无法读取：部件 %1 解压后超过 %2 MB。</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 (.xls) file or a password-protected workbook. Open it in Excel or WPS and save it as .xlsx without a password.</source>
        <translation>这是旧版 Excel 97-2003（.xls）文件，或受密码保护的工作簿。请用 Excel 或 WPS 打开，另存为不设密码的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The file is not a valid Excel workbook (.xlsx).</source>
        <translation>该文件不是有效的 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>This is a binary Excel workbook (.xlsb). Save it as .xlsx in Excel first.</source>
        <translation>这是 Excel 二进制工作簿（.xlsb）。请先在 Excel 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods). Save it as .xlsx first.</source>
        <translation>这是 OpenDocument 电子表格（.ods）。请先另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file is not a valid Excel workbook: it contains no workbook.</source>
        <translation>该文件不是有效的 Excel 工作簿：其中没有工作簿内容。</translation>
    </message>
    <message>
        <source>The Excel file contains no worksheet.</source>
        <translation>Excel 文件中没有工作表。</translation>
    </message>
    <message>
        <source>The Excel file is too large to read: it has more than %L1 different texts.</source>
        <translation>Excel 文件过大，无法读取：不同的文本超过 %L1 条。</translation>
    </message>
    <message>
        <source>The sheet has too many merged cells to read (part %1).</source>
        <translation>工作表中的合并单元格过多，无法读取（部件 %1）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>No Excel file is open.</source>
        <translation>未打开 Excel 文件。</translation>
    </message>
    <message>
        <source>The Excel file has no sheet number %1.</source>
        <translation>Excel 文件中没有第 %1 个工作表。</translation>
    </message>
    <message>
        <source>The sheet has more than %L1 rows (part %2).</source>
        <translation>工作表超过 %L1 行（部件 %2）。</translation>
    </message>
    <message>
        <source>The Excel file is damaged: the part %1 is not valid XML (%2).</source>
        <translation>Excel 文件已损坏：其中的 %1 部分不是有效的 XML（%2）。</translation>
    </message>
    <message>
        <source>The sheet has more than %L1 cells (part %2).</source>
        <translation>工作表的单元格超过 %L1 个（%2 部分）。</translation>
    </message>
</context>
<context>
    <name>jy::XlsxTableWriter</name>
    <message>
        <source>The file %1 was already closed.</source>
        <translation>文件 %1 已关闭。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable or the file is open in another program.</source>
        <translation>无法创建 %1：文件夹不可写，或该文件已在其他程序中打开。</translation>
    </message>
    <message>
        <source>Cannot use temporary files in %1: the folder is full or not writable.</source>
        <translation>无法在 %1 中使用临时文件：磁盘空间已满或文件夹不可写。</translation>
    </message>
    <message>
        <source>Too many rows or columns for one Excel sheet (at most 1,048,576 rows).</source>
        <translation>行数或列数超出 Excel 单个工作表的上限（最多 1,048,576 行）。</translation>
    </message>
    <message>
        <source>Not enough memory to write %1.</source>
        <translation>内存不足，无法写入 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>jy::cli</name>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Missing --db PATH.</source>
        <translation>缺少 --db 路径。</translation>
    </message>
    <message>
        <source>Fill an empty database with believable demo data (deterministic for a seed).</source>
        <translation>向空数据库填入逼真的演示数据（同一种子结果相同）。</translation>
    </message>
    <message>
        <source>Number of communities: 1 is 魅力社区 alone, 19 a whole street.</source>
        <translation>社区数量：1 为魅力社区，19 为整个街道。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>随机种子。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>正在生成…… %1%</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s: %3 communities, %4 grids, %5 buildings, %6 households, %7 residents, %8 party members.</source>
        <translation>演示数据已写入 %1，用时 %2 秒：%3 个社区、%4 个网格、%5 栋楼、%6 户、%7 名居民、%8 名党员。</translation>
    </message>
    <message>
        <source>Import the official list of counties (areas.csv) or townships and streets (streets.csv).</source>
        <translation>导入官方区县名单（areas.csv）或乡镇街道名单（streets.csv）。</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>操作。</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli divisions import FILE.csv --db PATH</source>
        <translation>用法：jiayuan-cli divisions import 文件.csv --db 路径</translation>
    </message>
    <message>
        <source>Imported %1 divisions, skipped %2.</source>
        <translation>已导入 %1 个区划，跳过 %2 个。</translation>
    </message>
    <message>
        <source>Check a citizen ID number (GB 11643): exit 0 when valid, 1 when invalid.</source>
        <translation>校验公民身份号码（GB 11643）：有效时退出码为 0，无效时为 1。</translation>
    </message>
    <message>
        <source>18-digit number, or a 15-digit old one.</source>
        <translation>18 位号码，或 15 位旧号码。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Give exactly one ID number.</source>
        <translation>请给出一个身份证号。</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>18-digit number: %1</source>
        <translation>18 位号码：%1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>号码：%1</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>出生日期：%1</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>性别：%1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>地区：%1（%2）</translation>
    </message>
    <message>
        <source>Create a database, or bring an existing one up to date.</source>
        <translation>创建数据库，或将已有数据库升级到最新结构。</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Search residents by name, pinyin or initials, ID number or its last 4–6 digits, phone, or address (building-unit-room).</source>
        <translation>按姓名、拼音或首字母、身份证号或其后 4–6 位、电话、住址（楼-单元-室）查找居民。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>查找内容。</translation>
    </message>
    <message>
        <source>At most this many results (default 50).</source>
        <translation>最多显示的结果数（默认 50）。</translation>
    </message>
    <message>
        <source>Show ID numbers and phones unmasked (if your role allows).</source>
        <translation>显示完整的身份证号和电话（需角色允许）。</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli residents search QUERY --db PATH [--json] [--limit N] [--reveal]</source>
        <translation>用法：jiayuan-cli residents search 查询内容 --db 路径 [--json] [--limit N] [--reveal]</translation>
    </message>
    <message>
        <source>%1 found, %2 shown.</source>
        <translation>共找到 %1 人，显示 %2 人。</translation>
    </message>
    <message>
        <source>Headline counts of a database.</source>
        <translation>数据库的主要统计数字。</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli export residents --db PATH --out FILE.xlsx|FILE.csv [--unmasked] [--filter TEXT] [--community CODE_OR_NAME] [--json]</source>
        <translation>用法：jiayuan-cli export residents --db 路径 --out 文件.xlsx|文件.csv [--unmasked] [--filter 文本] [--community 代码或名称] [--json]</translation>
    </message>
    <message>
        <source>No community has the code or name &quot;%1&quot;.</source>
        <translation>没有代码或名称为“%1”的社区。</translation>
    </message>
    <message>
        <source>Several communities are called &quot;%1&quot;: give the 12-digit code instead.</source>
        <translation>有多个社区名为“%1”，请改用 12 位区划代码。</translation>
    </message>
    <message>
        <source>Export the residents roster to an Excel (.xlsx) or CSV file, in roster order. ID numbers and phones are masked unless --unmasked is given.</source>
        <translation>按花名册顺序将居民花名册导出为 Excel（.xlsx）或 CSV 文件。未指定 --unmasked 时，身份证号和电话均脱敏。</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>导出内容。</translation>
    </message>
    <message>
        <source>The file to write; its suffix (.xlsx or .csv) chooses the format.</source>
        <translation>要写入的文件，格式由扩展名（.xlsx 或 .csv）决定。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Write full ID numbers and phones (if your role allows; recorded in the audit log).</source>
        <translation>写出完整的身份证号和电话（需角色允许，并记入审计日志）。</translation>
    </message>
    <message>
        <source>Only residents matching this roster search text.</source>
        <translation>仅导出符合此查找内容的居民（与花名册查找相同）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Only this community, by code or name.</source>
        <translation>仅导出此社区（按代码或名称）。</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>代码或名称</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv.</source>
        <translation>输出文件须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>%1 residents written to %2 with full ID numbers and phones.</source>
        <translation>已将 %1 名居民写入 %2，身份证号和电话为完整号码。</translation>
    </message>
    <message>
        <source>%1 residents written to %2 (ID numbers and phones masked).</source>
        <translation>已将 %1 名居民写入 %2（身份证号和电话已脱敏）。</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, e.g. 3=id_number; fields: %1</source>
        <translation>--map 的参数格式为 列号=字段，如 3=id_number；可用字段：%1</translation>
    </message>
    <message>
        <source>Import a roster of residents from .xlsx or .csv (UTF-8 or GB18030). Prints a JSON summary.</source>
        <translation>从 .xlsx 或 .csv 文件（UTF-8 或 GB18030 编码）导入居民花名册，并输出 JSON 摘要。</translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation>导入内容。</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file.</source>
        <translation>.xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>Check everything and report, but write nothing.</source>
        <translation>只做预检并报告结果，不写入任何数据。</translation>
    </message>
    <message>
        <source>Update residents already in the database instead of skipping them.</source>
        <translation>更新数据库中已有的居民，而不是跳过。</translation>
    </message>
    <message>
        <source>The sheet to read (default: the first).</source>
        <translation>要读取的工作表（默认为第一个）。</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to this .xlsx or .csv file.</source>
        <translation>将未导入的行及未导入原因写入此 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>The community (code or name) for rows that name none.</source>
        <translation>未填社区的行所归入的社区（代码或名称）。</translation>
    </message>
    <message>
        <source>The header row, counted from 1 (default: found automatically).</source>
        <translation>表头所在行，从 1 开始计（默认自动查找）。</translation>
    </message>
    <message>
        <source>Column (from 0) holding a field, e.g. 3=id_number; may be repeated.</source>
        <translation>某列（从 0 开始计）对应的字段，如 3=id_number；可多次使用。</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli import residents FILE --db PATH [--dry-run] [--update] [--sheet NAME] [--errors OUT.xlsx]</source>
        <translation>用法：jiayuan-cli import residents 文件 --db 路径 [--dry-run] [--update] [--sheet 名称] [--errors 输出文件.xlsx]</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1.</source>
        <translation>--header-row 的参数应为从 1 开始的行号。</translation>
    </message>
    <message>
        <source>No community %1 in this database.</source>
        <translation>数据库中没有社区 %1。</translation>
    </message>
    <message>
        <source>The day simulated volunteer orders stop at (default: today).</source>
        <translation>模拟志愿服务订单截止的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave the volunteer supermarket empty.</source>
        <translation>不生成志愿服务超市数据。</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli demo --db PATH [--communities 1..30] [--seed S] [--today YYYY-MM-DD from 2025-01-01] [--no-orders]</source>
        <translation>用法：jiayuan-cli demo --db 路径 [--communities 1..30] [--seed 种子] [--today YYYY-MM-DD，不早于 2025-01-01] [--no-orders]</translation>
    </message>
    <message>
        <source>Volunteer supermarket: %1 volunteers in %2 teams, %3 shops, %4 orders.</source>
        <translation>志愿服务超市：%1 名志愿者、%2 支服务队、%3 家加盟店、%4 张订单。</translation>
    </message>
    <message>
        <source>Warning: the report fonts %1 are not installed (Debian: fonts-arphic-uming fonts-wqy-zenhei); the PDF may look different and its Chinese text may not copy out correctly.</source>
        <translation>警告：未安装报表字体 %1（Debian：fonts-arphic-uming fonts-wqy-zenhei）；PDF 的外观可能不同，其中的中文可能无法正确复制。</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>%1 page(s) written to %2.</source>
        <translation>已将 %1 页写入 %2。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>The file to write; its suffix (.pdf or .xlsx) chooses the format.</source>
        <translation>要写入的文件；扩展名（.pdf 或 .xlsx）决定格式。</translation>
    </message>
    <message>
        <source>The output file must end in .pdf.</source>
        <translation>输出文件必须以 .pdf 结尾。</translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .xlsx.</source>
        <translation>输出文件必须以 .pdf 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (write it as 2026-01-31).</source>
        <translation>--%1：“%2”不是日期（请写作 2026-01-31）。</translation>
    </message>
    <message>
        <source>Issue a volunteer service record certificate (PDF) for a period, by default this year to date. The certificate is numbered and recorded.</source>
        <translation>开具一段时间内的志愿服务记录证明（PDF），默认为本年初至今。证明会编号并登记在案。</translation>
    </message>
    <message>
        <source>What to print.</source>
        <translation>要打印的内容。</translation>
    </message>
    <message>
        <source>The volunteer&apos;s id, volunteer number or name.</source>
        <translation>志愿者的 ID、志愿者编号或姓名。</translation>
    </message>
    <message>
        <source>id or name</source>
        <translation>ID 或姓名</translation>
    </message>
    <message>
        <source>First day of the period (default: 1 January of this year).</source>
        <translation>时段的第一天（默认：本年 1 月 1 日）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>时段的最后一天（默认：今天）。</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>时段的开始晚于结束。</translation>
    </message>
    <message>
        <source>No volunteer has the id, number or name &quot;%1&quot;.</source>
        <translation>没有 ID、编号或姓名为“%1”的志愿者。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The annual volunteer ranking: hours, services, points and stars, with totals.</source>
        <translation>志愿者年度排行榜：服务时长、次数、积分和星级，含合计。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The gifts handed out at a redemption event, with a column to sign.</source>
        <translation>积分兑换活动发放的礼品，附签字栏。</translation>
    </message>
    <message>
        <source>The redemption event&apos;s id.</source>
        <translation>兑换活动的编号。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>--event: &quot;%1&quot; is not an event id.</source>
        <translation>--event：“%1”不是活动编号。</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year.</source>
        <translation>--%1：“%2”不是年份。</translation>
    </message>
    <message>
        <source>The honors of a year or span, grouped by level and recipient; for the whole street also the communities side by side.</source>
        <translation>一年或多年的荣誉，按级别和获奖对象分组；整个街道时另列各社区对比。</translation>
    </message>
    <message>
        <source>The (first) year.</source>
        <translation>（起始）年份。</translation>
    </message>
    <message>
        <source>The last year of a span (default: the same year).</source>
        <translation>多年时的最后一年（默认：同一年）。</translation>
    </message>
    <message>
        <source>--to: the span ends before it starts.</source>
        <translation>--to：结束年份早于起始年份。</translation>
    </message>
    <message>
        <source>The annual statistics report: a row per community and a total.</source>
        <translation>年度工作统计报表：每个社区一行，并有合计。</translation>
    </message>
    <message>
        <source>Grid work: %1 patrols, %2 incidents, %3 care plans.</source>
        <translation>网格工作：巡查%1次，事件%2件，关爱计划%3个。</translation>
    </message>
    <message>
        <source>Write the grid map (grids as polygons, buildings as points or outlines) as GeoJSON in WGS 84 longitude and latitude.</source>
        <translation>将网格地图写成 GeoJSON（网格为多边形，楼栋为点或轮廓），坐标为 WGS 84 经纬度。</translation>
    </message>
    <message>
        <source>The .geojson file to write.</source>
        <translation>要写入的 .geojson 文件。</translation>
    </message>
    <message>
        <source>Only this community, by code or name (default: every community).</source>
        <translation>只含该社区，按代码或名称（默认：全部社区）。</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli export geojson --db PATH --out FILE.geojson [--community CODE]</source>
        <translation>用法：jiayuan-cli export geojson --db 路径 --out 文件.geojson [--community 代码]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 grids and %2 buildings written to %3.</source>
        <translation>已将%1个网格和%2栋楼写入 %3。</translation>
    </message>
    <message>
        <source>Read grids and buildings from a GeoJSON file: grids matched by code, buildings by estate and number; missing ones are created. Prints a JSON summary.</source>
        <translation>从 GeoJSON 文件读取网格和楼栋：网格按编码匹配，楼栋按小区和楼号匹配，不存在的将新建。输出 JSON 摘要。</translation>
    </message>
    <message>
        <source>The .geojson file.</source>
        <translation>.geojson 文件。</translation>
    </message>
    <message>
        <source>The community the map belongs to, by code or name (default: the one named in each feature&apos;s community_code, or the only community).</source>
        <translation>地图所属社区，按代码或名称（默认：各要素 community_code 所指的社区，或唯一的社区）。</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli import geojson FILE --db PATH [--community CODE]</source>
        <translation>用法：jiayuan-cli import geojson 文件 --db 路径 [--community 代码]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to be a community map.</source>
        <translation>%1 太大，不像是社区地图。</translation>
    </message>
    <message>
        <source>The database has no community yet.</source>
        <translation>数据库中还没有社区。</translation>
    </message>
    <message>
        <source>The database holds several communities: choose one with --community.</source>
        <translation>数据库中有多个社区，请用 --community 指定一个。</translation>
    </message>
    <message>
        <source>The grid notice boards (网格公示牌): a card per grid with its buildings and staff.</source>
        <translation>网格公示牌：每个网格一张，含楼栋和网格人员。</translation>
    </message>
    <message>
        <source>The grid map as a landscape poster with a legend.</source>
        <translation>横向网格地图海报，带图例。</translation>
    </message>
    <message>
        <source>The community, by code or name (default: the only one).</source>
        <translation>社区，按代码或名称（默认：唯一的社区）。</translation>
    </message>
    <message>
        <source>Colour by: %1 (default: none).</source>
        <translation>着色图层：%1（默认：none）。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Paper: A4 or A3 (default A4).</source>
        <translation>纸张：A4 或 A3（默认 A4）。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>--layer must be one of: %1.</source>
        <translation>--layer 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--size must be A4 or A3.</source>
        <translation>--size 必须是 A4 或 A3。</translation>
    </message>
    <message>
        <source>The weekly grid bulletin (周通报) for the week holding --date (default: today).</source>
        <translation>--date 所在周的网格工作周通报（默认：本周）。</translation>
    </message>
    <message>
        <source>Any day of the week (default: today).</source>
        <translation>该周的任意一天（默认：今天）。</translation>
    </message>
    <message>
        <source>The monthly grid ranking (月评比).</source>
        <translation>网格工作月评比。</translation>
    </message>
    <message>
        <source>The month, 1 to 12.</source>
        <translation>月份，1 至 12。</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>--month must be a number from 1 to 12.</source>
        <translation>--month 必须是 1 至 12 的数字。</translation>
    </message>
    <message>
        <source>Write a verified copy of a database, made with SQLite&apos;s online backup API.</source>
        <translation>用 SQLite 在线备份接口写出一份经过校验的数据库副本。</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>要写入的备份文件（不得已存在）。</translation>
    </message>
    <message>
        <source>Missing --out FILE.</source>
        <translation>缺少 --out FILE。</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes, schema version %3); its integrity check passed.</source>
        <translation>备份已写入 %1（%2 字节，数据结构版本 %3），完整性检查通过。</translation>
    </message>
    <message>
        <source>Replace a database with a backup; the current database is kept in the backups folder beside it.</source>
        <translation>用备份替换数据库；当前数据库先保存在其旁边的 backups 文件夹中。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Missing --from FILE.</source>
        <translation>缺少 --from FILE。</translation>
    </message>
    <message>
        <source>Restored %1 from %2: schema version %3, %4 communities, %5 households, %6 residents.</source>
        <translation>已从 %2 恢复 %1：数据结构版本 %3，%4 个社区，%5 户，%6 名居民。</translation>
    </message>
    <message>
        <source>The database as it was before is saved as %1; restore that file to undo.</source>
        <translation>恢复前的数据库已保存为 %1；恢复该文件即可撤销。</translation>
    </message>
    <message>
        <source>Check a database: file integrity, foreign keys, the audit log&apos;s hash chain. Exit 0 when all is well, 1 on a problem.</source>
        <translation>检查数据库：文件完整性、外键、审计日志哈希链。全部正常时退出码为 0，有问题时为 1。</translation>
    </message>
    <message>
        <source>File integrity: ok</source>
        <translation>文件完整性：正常</translation>
    </message>
    <message numerus="yes">
        <source>File integrity: %n problem(s), first: %1</source>
        <translation>
            <numerusform>文件完整性：%n 处问题，第一处：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>References between records: ok</source>
        <translation>记录间引用：正常</translation>
    </message>
    <message numerus="yes">
        <source>References between records: %n broken</source>
        <translation>
            <numerusform>记录间引用：%n 处断开</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 row %2 points to a missing %3</source>
        <translation>  %1 第 %2 行指向不存在的 %3</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, the chain is broken: %1</source>
        <translation>
            <numerusform>审计日志：%n 条记录，哈希链已断开：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, the chain is intact</source>
        <translation>
            <numerusform>审计日志：%n 条记录，哈希链完整</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>发现问题。</translation>
    </message>
    <message>
        <source>List the audit log, newest first: who changed which record when, before → after.</source>
        <translation>列出审计日志（最新在前）：谁在何时改了哪条记录，修改前 → 修改后。</translation>
    </message>
    <message>
        <source>Only the entries of this person.</source>
        <translation>只列此人的操作。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Only this kind of record (resident, household, grid …).</source>
        <translation>只列此类记录（resident、household、grid …）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Only this record (its id; with --table).</source>
        <translation>只列此条记录（记录号；与 --table 同用）。</translation>
    </message>
    <message>
        <source>From this day on.</source>
        <translation>从此日起。</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>截至此日（含当天）。</translation>
    </message>
    <message>
        <source>Only entries whose values contain this text.</source>
        <translation>只列内容含此文字的记录。</translation>
    </message>
    <message>
        <source>At most this many entries (default 50).</source>
        <translation>最多列出的条数（默认 50）。</translation>
    </message>
    <message>
        <source>--record must be a record id (a whole number).</source>
        <translation>--record 须为记录号（整数）。</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1.</source>
        <translation>--limit 须为不小于 1 的整数。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>共 %n 条，显示 %1 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli report certificate --db PATH --volunteer ID_OR_NAME --out FILE.pdf [--from DATE] [--to DATE]
       jiayuan-cli report volunteers --db PATH --year Y --out FILE.pdf|FILE.xlsx [--community CODE_OR_NAME]
       jiayuan-cli report redemptions --db PATH --event ID --out FILE.pdf|FILE.xlsx
       jiayuan-cli report honors --db PATH --year Y [--to Y2] [--community CODE] --out FILE.pdf|FILE.xlsx
       jiayuan-cli report stats --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
       jiayuan-cli report five-star --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
       jiayuan-cli report party-meetings --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
       jiayuan-cli report grid-board --db PATH --out FILE.pdf [--community CODE]
       jiayuan-cli report grid-map --db PATH --out FILE.pdf [--community CODE] [--layer KEY] [--size A4|A3]
       jiayuan-cli report grid-bulletin --db PATH --out FILE.pdf|FILE.xlsx [--community CODE] [--date DATE]
       jiayuan-cli report grid-ranking --db PATH --out FILE.pdf|FILE.xlsx [--community CODE] --year Y --month M</source>
        <translation>用法：jiayuan-cli report certificate --db 路径 --volunteer 编号或姓名 --out 文件.pdf [--from 日期] [--to 日期]
      jiayuan-cli report volunteers --db 路径 --year 年份 --out 文件.pdf|文件.xlsx [--community 代码或名称]
      jiayuan-cli report redemptions --db 路径 --event 编号 --out 文件.pdf|文件.xlsx
      jiayuan-cli report honors --db 路径 --year 年份 [--to 年份] [--community 代码] --out 文件.pdf|文件.xlsx
      jiayuan-cli report stats --db 路径 --year 年份 [--community 代码] --out 文件.pdf|文件.xlsx
      jiayuan-cli report five-star --db 路径 --year 年份 [--community 代码] --out 文件.pdf|文件.xlsx
      jiayuan-cli report party-meetings --db 路径 --year 年份 [--community 代码] --out 文件.pdf|文件.xlsx
      jiayuan-cli report grid-board --db 路径 --out 文件.pdf [--community 代码]
      jiayuan-cli report grid-map --db 路径 --out 文件.pdf [--community 代码] [--layer 图层] [--size A4|A3]
      jiayuan-cli report grid-bulletin --db 路径 --out 文件.pdf|文件.xlsx [--community 代码] [--date 日期]
      jiayuan-cli report grid-ranking --db 路径 --out 文件.pdf|文件.xlsx [--community 代码] --year 年份 --month 月份</translation>
    </message>
    <message>
        <source>The five-star branch assessment of a year: each branch&apos;s score per star and its stars.</source>
        <translation>年度“五星支部”评定汇总：各支部每颗星的得分和所获星级。</translation>
    </message>
    <message>
        <source>The branch meetings and Party lessons (三会一课) of a year: per branch, meetings by kind and attendance.</source>
        <translation>年度“三会一课”开展情况：各支部分类会议次数和参会情况。</translation>
    </message>
    <message>
        <source>The database file, or postgresql://user@host:port/dbname for a shared server.</source>
        <translation>数据库文件，或共用服务器地址 postgresql://用户名@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli COMMAND [options]

Commands:
  init --db PATH                          create or upgrade a database
  demo --db PATH [--communities N] [--seed S] [--today YYYY-MM-DD] [--no-orders]
                                          fill an empty database with a demo community (N &gt; 1: a street),
                                          volunteer orders up to --today, honors
  stats --db PATH [--json]                headline counts
  id-check NUMBER [--json]                check a citizen ID number (exit 0 valid, 1 invalid)
  residents search QUERY --db PATH [--json] [--limit N] [--reveal]
                                          search by name, pinyin, ID number or its tail, phone, address
  divisions import FILE.csv --db PATH     import the official county or street list
  import residents FILE --db PATH [--dry-run] [--update] [--sheet NAME] [--errors OUT.xlsx]
                                          import a roster (.xlsx or .csv); prints a JSON summary
  export residents --db PATH --out FILE.xlsx|FILE.csv [--unmasked] [--filter TEXT]
                   [--community CODE_OR_NAME] [--json]
                                          write the roster (masked unless --unmasked)
  report certificate --db PATH --volunteer ID_OR_NAME --out FILE.pdf [--from DATE] [--to DATE]
                                          issue a volunteer service record certificate (default: this year to date)
  report volunteers --db PATH --year Y --out FILE.pdf|FILE.xlsx [--community CODE_OR_NAME]
                                          the annual volunteer ranking with totals
  report redemptions --db PATH --event ID --out FILE.pdf|FILE.xlsx
                                          the gifts handed out at a redemption event, with a column to sign
  report honors --db PATH --year Y [--to Y2] [--community CODE] --out FILE.pdf|FILE.xlsx
                                          the honors of a year or span, by level and recipient
  report stats --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
                                          the annual statistics report, a row per community and a total
  report five-star --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
                                          the five-star branch assessment: scores per star and stars per branch
  report party-meetings --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
                                          三会一课 of a year: meetings by kind and attendance per branch
  report grid-board --db PATH --out FILE.pdf [--community CODE]
                                          the grid notice boards: a card per grid with buildings and staff
  report grid-map --db PATH --out FILE.pdf [--community CODE] [--layer KEY] [--size A4|A3]
                                          the grid map poster, optionally coloured by a theme
  report grid-bulletin|grid-ranking --db PATH --out FILE.pdf|FILE.xlsx [--community CODE]
                   [--date DATE] | [--year Y --month M]
                                          the weekly grid bulletin, the monthly grid ranking
  export geojson --db PATH --out FILE.geojson [--community CODE]
                                          the grid map for QGIS or a city GIS (WGS 84)
  import geojson FILE --db PATH [--community CODE]
                                          grids and buildings from GeoJSON; prints a JSON summary
  backup --db PATH --out FILE             a verified copy made with SQLite&apos;s online backup API
  restore --db PATH --from FILE           replace the database with a backup (the current one is kept
                                          in the backups folder beside it)
  check --db PATH [--json]                file integrity, foreign keys, audit chain (exit 1 on a problem)
  audit --db PATH [--user U] [--table T] [--record ID] [--from DATE] [--to DATE] [--text T]
                  [--limit N] [--json]    the audit log, newest first, with each change before → after
  migrate --from PATH --to postgresql://USER@HOST:PORT/DB
                                          move an office&apos;s file to the street&apos;s shared server; JSON summary

PATH may also be postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or ~/.pgpass).

Options:
  --help, -h                              this help (also after a command)
  --version, -v                           the program&apos;s version
  --lang zh_CN|en                         language of messages (default zh_CN)
</source>
        <translation>用法：jiayuan-cli 命令 [选项]

命令：
  init --db 路径                          创建数据库，或升级已有数据库
  demo --db 路径 [--communities N] [--seed S] [--today YYYY-MM-DD] [--no-orders]
                                          向空数据库生成演示社区（N &gt; 1 时为整个街道），
                                          含截至 --today 的志愿服务订单和荣誉
  stats --db 路径 [--json]                主要统计数字
  id-check 号码 [--json]                  校验公民身份号码（有效退出码 0，无效 1）
  residents search 查询内容 --db 路径 [--json] [--limit N] [--reveal]
                                          按姓名、拼音、身份证号或其尾号、电话、住址查找居民
  divisions import 文件.csv --db 路径     导入官方区县或街道名单
  import residents 文件 --db 路径 [--dry-run] [--update] [--sheet 名称] [--errors 输出文件.xlsx]
                                          导入居民花名册（.xlsx 或 .csv），输出 JSON 摘要
  export residents --db 路径 --out 文件.xlsx|文件.csv [--unmasked] [--filter 文本]
                   [--community 代码或名称] [--json]
                                          导出花名册（未指定 --unmasked 时脱敏）
  report certificate --db 路径 --volunteer 编号或姓名 --out 文件.pdf [--from 日期] [--to 日期]
                                          开具志愿服务记录证明（默认：本年初至今）
  report volunteers --db 路径 --year 年份 --out 文件.pdf|文件.xlsx [--community 代码或名称]
                                          志愿者年度排行榜（含合计）
  report redemptions --db 路径 --event 编号 --out 文件.pdf|文件.xlsx
                                          积分兑换活动的礼品签领表
  report honors --db 路径 --year 年份 [--to 年份] [--community 代码] --out 文件.pdf|文件.xlsx
                                          一年或多年的荣誉，按级别和获奖对象分组
  report stats --db 路径 --year 年份 [--community 代码] --out 文件.pdf|文件.xlsx
                                          年度工作统计报表，每个社区一行并有合计
  report five-star --db 路径 --year 年份 [--community 代码] --out 文件.pdf|文件.xlsx
                                          五星支部评定汇总：各支部每颗星的得分和星级
  report party-meetings --db 路径 --year 年份 [--community 代码] --out 文件.pdf|文件.xlsx
                                          年度“三会一课”统计：各支部分类会议次数和参会情况
  report grid-board --db 路径 --out 文件.pdf [--community 代码]
                                          网格公示牌：每个网格一张，含楼栋和网格人员
  report grid-map --db 路径 --out 文件.pdf [--community 代码] [--layer 图层] [--size A4|A3]
                                          网格地图海报，可按专题着色
  report grid-bulletin|grid-ranking --db 路径 --out 文件.pdf|文件.xlsx [--community 代码]
                   [--date 日期] | [--year 年份 --month 月份]
                                          网格周通报、网格月评比
  export geojson --db 路径 --out 文件.geojson [--community 代码]
                                          导出网格地图，供 QGIS 或城市 GIS 使用（WGS 84）
  import geojson 文件 --db 路径 [--community 代码]
                                          从 GeoJSON 导入网格和楼栋，输出 JSON 摘要
  backup --db PATH --out FILE             用 SQLite 在线备份接口写出经过校验的副本
  restore --db PATH --from FILE           用备份替换数据库（当前数据库先保存到其旁边的
                                          backups 文件夹）
  check --db PATH [--json]                文件完整性、外键、审计哈希链（有问题时退出码 1）
  audit --db PATH [--user U] [--table T] [--record ID] [--from DATE] [--to DATE] [--text T]
                  [--limit N] [--json]    审计日志，最新在前，逐字段列出修改前 → 修改后
  migrate --from PATH --to postgresql://USER@HOST:PORT/DB
                                          把社区的数据文件迁移到街道共用服务器，输出 JSON 摘要

PATH 也可以是 postgresql://USER@HOST:PORT/DB（密码取自 PGPASSWORD 或 ~/.pgpass）。

选项：
  --help, -h                              显示帮助（也可放在命令之后）
  --version, -v                           显示版本
  --lang zh_CN|en                         提示信息的语言（默认 zh_CN）
</translation>
    </message>
    <message>
        <source>Move an office&apos;s database file to the street&apos;s shared server: copies every record with its id, checks the counts table by table, and can be run again (it replaces its own earlier copy). Prints a JSON summary.</source>
        <translation>把社区的数据文件迁移到街道共用服务器：连同编号复制每条记录，逐表核对记录数，可以重复运行（替换它自己之前的副本）。输出 JSON 摘要。</translation>
    </message>
    <message>
        <source>The office&apos;s database file.</source>
        <translation>社区的数据库文件。</translation>
    </message>
    <message>
        <source>The target, e.g. postgresql://user@host:5432/street (an empty database or an earlier copy of the same file).</source>
        <translation>目标，例如 postgresql://用户名@主机:5432/street（空数据库，或同一文件之前的副本）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Give both --from PATH and --to postgresql://…</source>
        <translation>请同时给出 --from 路径 和 --to postgresql://…</translation>
    </message>
    <message>
        <source>--from must be a database file.</source>
        <translation>--from 必须是数据库文件。</translation>
    </message>
    <message>
        <source>%1 of %2 records copied</source>
        <translation>已复制 %1 / %2 条记录</translation>
    </message>
</context>
</TS>
