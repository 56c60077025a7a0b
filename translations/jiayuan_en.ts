<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>jy::AccountEditDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>The whole street</source>
        <translation>The whole street</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Can sign in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Works for:</source>
        <translation>&amp;Works for:</translation>
    </message>
    <message>
        <source>&amp;Grids:</source>
        <translation>&amp;Grids:</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>First &amp;password:</translation>
    </message>
    <message>
        <source>Grids matter for grid workers only: they see and record work in these grids.</source>
        <translation>Grids matter for grid workers only: they see and record work in these grids.</translation>
    </message>
</context>
<context>
    <name>jy::AccountMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Staff &amp;accounts…</source>
        <translation>Staff &amp;accounts…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>Lock when &amp;idle…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Lock when idle</translation>
    </message>
    <message>
        <source>Lock Jiayuan after this many minutes without input (0: never):</source>
        <translation>Lock Jiayuan after this many minutes without input (0: never):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>jy::AccountService</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>A user name has at most 32 characters and no spaces.</source>
        <translation>A user name has at most 32 characters and no spaces.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>This database already has accounts: sign in instead.</source>
        <translation>This database already has accounts: sign in instead.</translation>
    </message>
    <message>
        <source>Only an administrator may manage accounts.</source>
        <translation>Only an administrator may manage accounts.</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>The user name %1 is taken.</translation>
    </message>
    <message>
        <source>The community no longer exists.</source>
        <translation>The community no longer exists.</translation>
    </message>
    <message>
        <source>A grid worker needs at least one grid.</source>
        <translation>A grid worker needs at least one grid.</translation>
    </message>
    <message>
        <source>A chosen grid no longer exists.</source>
        <translation>A chosen grid no longer exists.</translation>
    </message>
    <message>
        <source>The grids must belong to the account&apos;s community.</source>
        <translation>The grids must belong to the account&apos;s community.</translation>
    </message>
    <message>
        <source>This is the last active administrator: keep it, or make another one first.</source>
        <translation>This is the last active administrator: keep it, or make another one first.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
    <message>
        <source>Sign in with an account to change its password.</source>
        <translation>Sign in with an account to change its password.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>The current password is not right.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Choose a password different from the current one.</translation>
    </message>
</context>
<context>
    <name>jy::AccountsDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
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
        <source>Works for</source>
        <translation>Works for</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>The whole street</source>
        <translation>The whole street</translation>
    </message>
    <message numerus="yes">
        <source> (%n grid(s))</source>
        <translation>
            <numerusform> (%n grid)</numerusform>
            <numerusform> (%n grids)</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>, must change password</source>
        <translation>, must change password</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>A new password for %1 (they choose their own at the next sign-in):</source>
        <translation>A new password for %1 (they choose their own at the next sign-in):</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>jy::Activities</name>
    <message>
        <source>lecture</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>emergency drill</source>
        <translation>emergency drill</translation>
    </message>
    <message>
        <source>popular science</source>
        <translation>popular science</translation>
    </message>
    <message>
        <source>charity</source>
        <translation>charity</translation>
    </message>
    <message>
        <source>culture and festivals</source>
        <translation>culture and festivals</translation>
    </message>
    <message>
        <source>volunteer service</source>
        <translation>volunteer service</translation>
    </message>
    <message>
        <source>the activities register</source>
        <translation>the activities register</translation>
    </message>
    <message>
        <source>Enter the activity&apos;s title.</source>
        <translation>Enter the activity&apos;s title.</translation>
    </message>
    <message>
        <source>Choose the kind of activity.</source>
        <translation>Choose the kind of activity.</translation>
    </message>
    <message>
        <source>Enter the date of the activity.</source>
        <translation>Enter the date of the activity.</translation>
    </message>
    <message>
        <source>The number of participants is from 0 up.</source>
        <translation>The number of participants is from 0 up.</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <source>The activity no longer exists.</source>
        <translation>The activity no longer exists.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB; save it smaller.</source>
        <translation>The photo is larger than %1 MB; save it smaller.</translation>
    </message>
    <message>
        <source>Only PNG or JPEG photos can be kept.</source>
        <translation>Only PNG or JPEG photos can be kept.</translation>
    </message>
</context>
<context>
    <name>jy::ActivitySource</name>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Attach a &amp;photo…</source>
        <translation>Attach a &amp;photo…</translation>
    </message>
    <message>
        <source>&amp;Photo:</source>
        <translation>&amp;Photo:</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg)</source>
        <translation>Photos (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose the photo file.</source>
        <translation>Choose the photo file.</translation>
    </message>
    <message>
        <source>The photo is larger than %1 MB; save it smaller.</source>
        <translation>The photo is larger than %1 MB; save it smaller.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>P&amp;articipants:</source>
        <translation>P&amp;articipants:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>jy::AgencyServices</name>
    <message>
        <source>agency services</source>
        <translation>agency services</translation>
    </message>
    <message>
        <source>The resident is not on the roster.</source>
        <translation>The resident is not on the roster.</translation>
    </message>
    <message>
        <source>Choose the resident, or enter the name of the person asking.</source>
        <translation>Choose the resident, or enter the name of the person asking.</translation>
    </message>
    <message>
        <source>Say what is to be handled.</source>
        <translation>Say what is to be handled.</translation>
    </message>
    <message>
        <source>Choose the kind of matter.</source>
        <translation>Choose the kind of matter.</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
</context>
<context>
    <name>jy::AgencySource</name>
    <message>
        <source>Agency services</source>
        <translation>Agency services</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Matter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Days taken</source>
        <translation>Days taken</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Requester:</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Matter:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
</context>
<context>
    <name>jy::AgencyWorkflow</name>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>being handled</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>receive</translation>
    </message>
    <message>
        <source>take on</source>
        <translation>take on</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>finish</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>The handler</source>
        <translation>The handler</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>A reason</translation>
    </message>
</context>
<context>
    <name>jy::AnnualReports</name>
    <message>
        <source>%1</source>
        <comment>a single year in a title (zh: %1年度)</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a span of years in a title (zh: %1—%2年度)</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 Honors %2</source>
        <comment>zh: %1%2荣誉统计表 (place, years)</comment>
        <translation>%1 Honors %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>level and count (zh: %1%2项)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No honors recorded</source>
        <comment>zh: 无荣誉记录</comment>
        <translation>No honors recorded</translation>
    </message>
    <message>
        <source>%1 honors: %2</source>
        <comment>zh: 共%1项：%2</comment>
        <translation>%1 honors: %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>zh: 、</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Honor</source>
        <translation>Honor</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>recipient and its kind (zh: %1（%2）)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Honors of each community by level</source>
        <comment>zh: 各社区荣誉分级统计</comment>
        <translation>Honors of each community by level</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <comment>zh: 制表人：</comment>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <comment>zh: 审核人：</comment>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>%1 Work Statistics %2</source>
        <comment>zh: %1%2年度工作统计报表 (place, year)</comment>
        <translation>%1 Work Statistics %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <comment>zh: 统计时段：%1</comment>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Orders received</source>
        <translation>Orders received</translation>
    </message>
    <message>
        <source>Services done</source>
        <comment>person-times (zh: 服务人次)</comment>
        <translation>Services done</translation>
    </message>
    <message>
        <source>People served</source>
        <translation>People served</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>Honors</source>
        <translation>Honors</translation>
    </message>
    <message>
        <source>Households, residents and party members as registered on the day of the report; volunteers as registered by the end of the year; orders, services, people served and hours of the year; honors awarded for the year.</source>
        <comment>zh: 户数、居民数、党员数为制表日登记数；志愿者为年末登记数；订单、服务人次、服务居民数和服务时长为本年度数；荣誉为本年度所获荣誉。</comment>
        <translation>Households, residents and party members as registered on the day of the report; volunteers as registered by the end of the year; orders, services, people served and hours of the year; honors awarded for the year.</translation>
    </message>
    <message>
        <source>Volunteer services completed by month</source>
        <comment>zh: 志愿服务分月完成情况</comment>
        <translation>Volunteer services completed by month</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>month number in a table head (zh: %1月)</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Volunteer services completed by category</source>
        <comment>zh: 志愿服务分类完成情况</comment>
        <translation>Volunteer services completed by category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Services completed per month</source>
        <comment>zh: 各月完成服务人次</comment>
        <translation>Services completed per month</translation>
    </message>
    <message>
        <source>Services completed per category</source>
        <comment>zh: 各类别完成服务人次</comment>
        <translation>Services completed per category</translation>
    </message>
</context>
<context>
    <name>jy::AnnualStatistics</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>jy::AuditLog</name>
    <message>
        <source>entry %1 does not follow the entry before it (an entry was removed or inserted)</source>
        <translation>entry %1 does not follow the entry before it (an entry was removed or inserted)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>entry %1 was changed after it was written</translation>
    </message>
</context>
<context>
    <name>jy::AuditQuery</name>
    <message>
        <source>Your role (%1) may not read the audit log.</source>
        <translation>Your role (%1) may not read the audit log.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>Choose a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Audit log (exported %1)</source>
        <translation>Audit log (exported %1)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Record kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 more)</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Community map</source>
        <translation>Community map</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Grid role</source>
        <translation>Grid role</translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation>Grid staff</translation>
    </message>
    <message>
        <source>Grid incident</source>
        <translation>Grid incident</translation>
    </message>
    <message>
        <source>Patrol</source>
        <translation>Patrol</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Care visit</source>
        <translation>Care visit</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Division list</source>
        <translation>Division list</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Party member</translation>
    </message>
    <message>
        <source>Party post</source>
        <translation>Party post</translation>
    </message>
    <message>
        <source>Branch meeting</source>
        <translation>Branch meeting</translation>
    </message>
    <message>
        <source>Star assessment</source>
        <translation>Star assessment</translation>
    </message>
    <message>
        <source>Honor</source>
        <translation>Honor</translation>
    </message>
    <message>
        <source>Service order</source>
        <translation>Service order</translation>
    </message>
    <message>
        <source>Service category</source>
        <translation>Service category</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>Service item</translation>
    </message>
    <message>
        <source>Service certificate</source>
        <translation>Service certificate</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Redemption</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Co-building unit</source>
        <translation>Co-building unit</translation>
    </message>
    <message>
        <source>Co-building member</source>
        <translation>Co-building member</translation>
    </message>
    <message>
        <source>Co-building agreement</source>
        <translation>Co-building agreement</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Meeting follow-up</source>
        <translation>Meeting follow-up</translation>
    </message>
    <message>
        <source>Mediation case</source>
        <translation>Mediation case</translation>
    </message>
    <message>
        <source>Agency service</source>
        <translation>Agency service</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>State changed</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Attached</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Exported unmasked</source>
        <translation>Exported unmasked</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Redeemed</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Adjusted</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Showed full personal data</source>
        <translation>Showed full personal data</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sign-in failed</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>jy::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>jy::AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <source>Text in the values…</source>
        <translation>Text in the values…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Select an entry to see what it changed.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: an entry changed, inserted or removed afterwards is found.</source>
        <translation>Recompute every entry&apos;s hash: an entry changed, inserted or removed afterwards is found.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Write the entries the filter shows to an .xlsx file.</source>
        <translation>Write the entries the filter shows to an .xlsx file.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 by %3 at %4 (entry %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 by %3 at %4 (entry %5)</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>The chain could not be checked: %1</translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2. The log was changed outside Jiayuan.</source>
        <translation>The chain is broken at entry %1: %2. The log was changed outside Jiayuan.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entries checked.</source>
        <translation>
            <numerusform>The chain is intact: %n entry checked.</numerusform>
            <numerusform>The chain is intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit-log-%1.xlsx</source>
        <translation>audit-log-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop the check or export that is running (Esc).</source>
        <translation>Stop the check or export that is running (Esc).</translation>
    </message>
    <message>
        <source>Check stopped after %L1 of %L2 entries: nothing was found so far, but the rest is unchecked.</source>
        <translation>Check stopped after %L1 of %L2 entries: nothing was found so far, but the rest is unchecked.</translation>
    </message>
    <message>
        <source>Export stopped: no file was written.</source>
        <translation>Export stopped: no file was written.</translation>
    </message>
</context>
<context>
    <name>jy::AutoBackupDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Every 6 hours</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Every 12 hours</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>&amp;Back up:</translation>
    </message>
    <message>
        <source>Keep the last &amp;days:</source>
        <translation>Keep the last &amp;days:</translation>
    </message>
    <message>
        <source>Keep the last &amp;weeks:</source>
        <translation>Keep the last &amp;weeks:</translation>
    </message>
    <message>
        <source>Copies go to %1 and are checked after writing. The newest copy of each kept day and week stays; older automatic copies are deleted. Last automatic backup: %2.</source>
        <translation>Copies go to %1 and are checked after writing. The newest copy of each kept day and week stays; older automatic copies are deleted. Last automatic backup: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every %n hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::Backup</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 is damaged or not a database: %2</translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation>%1 failed the integrity check: %2</translation>
    </message>
    <message>
        <source>Cannot copy the database to %1: %2</source>
        <translation>Cannot copy the database to %1: %2</translation>
    </message>
    <message>
        <source>Backups here are for SQLite databases; back up a PostgreSQL server with pg_dump.</source>
        <translation>Backups here are for SQLite databases; back up a PostgreSQL server with pg_dump.</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its connection.</source>
        <translation>The SQLite driver does not expose its connection.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 already exists; choose another name.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>The backup %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a Jiayuan database.</source>
        <translation>%1 is not a Jiayuan database.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program (%3); restore it with a newer Jiayuan.</source>
        <translation>%1 has schema version %2, newer than this program (%3); restore it with a newer Jiayuan.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup before the upgrade.</source>
        <translation>Cannot create the folder %1 for the backup before the upgrade.</translation>
    </message>
</context>
<context>
    <name>jy::BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <source>Jiayuan database (*.sqlite)</source>
        <translation>Jiayuan database (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Backup written</translation>
    </message>
    <message>
        <source>The database was backed up to
%1
and the copy passed its integrity check.</source>
        <translation>The database was backed up to
%1
and the copy passed its integrity check.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Jiayuan database (*.sqlite);;All files (*)</source>
        <translation>Jiayuan database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>Cannot restore this file</translation>
    </message>
    <message>
        <source>Replace the current database with this backup?</source>
        <translation>Replace the current database with this backup?</translation>
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
        <translation>Backup: %1
Made: %2
Schema version: %3
Communities: %4
Households: %5
Residents: %6
Audit entries: %7

The current database is kept in the backups folder first, so this can be undone. Jiayuan restarts afterwards.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Database restored</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is saved as
%1

Jiayuan now starts again on the restored data.</source>
        <translation>The backup was restored. The database as it was before is saved as
%1

Jiayuan now starts again on the restored data.</translation>
    </message>
</context>
<context>
    <name>jy::BackupSchedule</name>
    <message>
        <source>Cannot create the folder %1 for automatic backups.</source>
        <translation>Cannot create the folder %1 for automatic backups.</translation>
    </message>
</context>
<context>
    <name>jy::BranchMeetingSource</name>
    <message>
        <source>Branch meetings and lessons</source>
        <translation>Branch meetings and lessons</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Expected:</source>
        <translation>&amp;Expected:</translation>
    </message>
    <message>
        <source>&amp;Attended:</source>
        <translation>&amp;Attended:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>jy::BranchMeetings</name>
    <message>
        <source>branch assembly</source>
        <translation>branch assembly</translation>
    </message>
    <message>
        <source>branch committee meeting</source>
        <translation>branch committee meeting</translation>
    </message>
    <message>
        <source>party group meeting</source>
        <translation>party group meeting</translation>
    </message>
    <message>
        <source>party lesson</source>
        <translation>party lesson</translation>
    </message>
    <message>
        <source>theme party day</source>
        <translation>theme party day</translation>
    </message>
    <message>
        <source>the branch meeting log</source>
        <translation>the branch meeting log</translation>
    </message>
    <message>
        <source>Choose the branch that met.</source>
        <translation>Choose the branch that met.</translation>
    </message>
    <message>
        <source>Choose the kind of meeting: assembly, committee, group meeting, lesson or theme day.</source>
        <translation>Choose the kind of meeting: assembly, committee, group meeting, lesson or theme day.</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>Enter the date of the meeting.</translation>
    </message>
    <message>
        <source>Enter the topic.</source>
        <translation>Enter the topic.</translation>
    </message>
    <message>
        <source>Attendance cannot be negative.</source>
        <translation>Attendance cannot be negative.</translation>
    </message>
    <message>
        <source>More attended (%1) than were expected (%2).</source>
        <translation>More attended (%1) than were expected (%2).</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
</context>
<context>
    <name>jy::BranchSource</name>
    <message>
        <source>Party organisation</source>
        <translation>Party organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Party groups:</source>
        <translation>Party groups:</translation>
    </message>
    <message>
        <source>Five-star assessment %1: %2</source>
        <translation>Five-star assessment %1: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Secretary:</translation>
    </message>
    <message>
        <source>&amp;Founded on:</source>
        <translation>&amp;Founded on:</translation>
    </message>
    <message>
        <source>Add a party &amp;group…</source>
        <translation>Add a party &amp;group…</translation>
    </message>
    <message>
        <source>Five-star &amp;assessment…</source>
        <translation>Five-star &amp;assessment…</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Star:</source>
        <translation>&amp;Star:</translation>
    </message>
    <message>
        <source>S&amp;core (pass mark %1):</source>
        <translation>S&amp;core (pass mark %1):</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
</context>
<context>
    <name>jy::CarePlans</name>
    <message>
        <source>Your role (%1) may not change care plans.</source>
        <translation>Your role (%1) may not change care plans.</translation>
    </message>
    <message>
        <source>Choose the resident from the roster.</source>
        <translation>Choose the resident from the roster.</translation>
    </message>
    <message>
        <source>Choose the care list the resident is on.</source>
        <translation>Choose the care list the resident is on.</translation>
    </message>
    <message>
        <source>Visit every 1 to 365 days.</source>
        <translation>Visit every 1 to 365 days.</translation>
    </message>
    <message>
        <source>Name the person responsible for the visits.</source>
        <translation>Name the person responsible for the visits.</translation>
    </message>
    <message>
        <source>The resident already has a care plan for this list.</source>
        <translation>The resident already has a care plan for this list.</translation>
    </message>
    <message>
        <source>The care plan no longer exists.</source>
        <translation>The care plan no longer exists.</translation>
    </message>
    <message>
        <source>Your role (%1) may not record care visits.</source>
        <translation>Your role (%1) may not record care visits.</translation>
    </message>
    <message>
        <source>The care plan for %1 has ended.</source>
        <translation>The care plan for %1 has ended.</translation>
    </message>
    <message>
        <source>Enter the day of the visit.</source>
        <translation>Enter the day of the visit.</translation>
    </message>
    <message>
        <source>A visit cannot be recorded for a day still to come.</source>
        <translation>A visit cannot be recorded for a day still to come.</translation>
    </message>
    <message>
        <source>Choose a home visit or a phone call.</source>
        <translation>Choose a home visit or a phone call.</translation>
    </message>
    <message>
        <source>Enter who made the visit.</source>
        <translation>Enter who made the visit.</translation>
    </message>
</context>
<context>
    <name>jy::CareView</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Every care list</source>
        <translation>Every care list</translation>
    </message>
    <message>
        <source>&amp;Record a visit…</source>
        <translation>&amp;Record a visit…</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Care list</source>
        <translation>Care list</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Choose the resident who was visited.</source>
        <translation>Choose the resident who was visited.</translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation>Visit to %1</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>&amp;Visitor:</source>
        <translation>&amp;Visitor:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Visit to %1 recorded.</source>
        <translation>Visit to %1 recorded.</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>All grids</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>&amp;End plan…</source>
        <translation>&amp;End plan…</translation>
    </message>
    <message>
        <source>New care plan</source>
        <translation>New care plan</translation>
    </message>
    <message>
        <source>The resident&apos;s name:</source>
        <translation>The resident&apos;s name:</translation>
    </message>
    <message>
        <source>%1, born %2, %3</source>
        <translation>%1, born %2, %3</translation>
    </message>
    <message>
        <source>Nobody called %1 lives in this community.</source>
        <translation>Nobody called %1 lives in this community.</translation>
    </message>
    <message>
        <source>Which %1?</source>
        <translation>Which %1?</translation>
    </message>
    <message>
        <source>Care plan for %1 saved.</source>
        <translation>Care plan for %1 saved.</translation>
    </message>
    <message>
        <source>Care plan for %1</source>
        <translation>Care plan for %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Care list:</source>
        <translation>&amp;Care list:</translation>
    </message>
    <message>
        <source>&amp;Visit every:</source>
        <translation>&amp;Visit every:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Choose the resident whose plan ends.</source>
        <translation>Choose the resident whose plan ends.</translation>
    </message>
    <message>
        <source>End care plan</source>
        <translation>End care plan</translation>
    </message>
    <message>
        <source>End the %1 care plan for %2? Its visits stay on record.</source>
        <translation>End the %1 care plan for %2? Its visits stay on record.</translation>
    </message>
    <message>
        <source>The care plan for %1 has ended.</source>
        <translation>The care plan for %1 has ended.</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>Care visits</translation>
    </message>
</context>
<context>
    <name>jy::CaseSteps</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>A step cannot be dated before the case&apos;s previous step.</source>
        <translation>A step cannot be dated before the case&apos;s previous step.</translation>
    </message>
    <message>
        <source>Someone else changed this case meanwhile; look at it again.</source>
        <translation>Someone else changed this case meanwhile; look at it again.</translation>
    </message>
</context>
<context>
    <name>jy::CatalogueDialog</name>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Points rule</source>
        <translation>Points rule</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>On/off shelf</source>
        <translation>On/off shelf</translation>
    </message>
    <message>
        <source>New service…</source>
        <translation>New service…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Services of the category</source>
        <translation>Services of the category</translation>
    </message>
    <message>
        <source>Your role (%1) may look at the catalogue but not change it.</source>
        <translation>Your role (%1) may look at the catalogue but not change it.</translation>
    </message>
    <message>
        <source>%1 (off the shelf)</source>
        <translation>%1 (off the shelf)</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <source>per service</source>
        <translation>per service</translation>
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
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Edit service</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Points &amp;rule:</source>
        <translation>Points &amp;rule:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
</context>
<context>
    <name>jy::CatalogueService</name>
    <message>
        <source>Your role (%1) may not change the service catalogue.</source>
        <translation>Your role (%1) may not change the service catalogue.</translation>
    </message>
    <message>
        <source>Name the category.</source>
        <translation>Name the category.</translation>
    </message>
    <message>
        <source>There is already a category named %1.</source>
        <translation>There is already a category named %1.</translation>
    </message>
    <message>
        <source>The category no longer exists.</source>
        <translation>The category no longer exists.</translation>
    </message>
    <message>
        <source>Name the service.</source>
        <translation>Name the service.</translation>
    </message>
    <message>
        <source>Choose points per service or per hour.</source>
        <translation>Choose points per service or per hour.</translation>
    </message>
    <message>
        <source>Points must be between 0 and 1000.</source>
        <translation>Points must be between 0 and 1000.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>This category already has a service named %1.</source>
        <translation>This category already has a service named %1.</translation>
    </message>
    <message>
        <source>The service no longer exists.</source>
        <translation>The service no longer exists.</translation>
    </message>
</context>
<context>
    <name>jy::CellValue</name>
    <message>
        <source>The date is empty.</source>
        <translation>The date is empty.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 is not a date.</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as 1950-03-02.</source>
        <translation>%1 is not a date: write it as 1950-03-02.</translation>
    </message>
    <message>
        <source>The date %1 does not exist.</source>
        <translation>The date %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>jy::CheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows with problems are left out of the import; you get them back in a file to correct and import again.</source>
        <translation>Nothing has been written yet. Rows with problems are left out of the import; you get them back in a file to correct and import again.</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Skip them</translation>
    </message>
    <message>
        <source>&amp;Update them with the sheet&apos;s values</source>
        <translation>&amp;Update them with the sheet&apos;s values</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Rows naming no &amp;community go to:</source>
        <translation>Rows naming no &amp;community go to:</translation>
    </message>
    <message>
        <source>Residents already registered:</source>
        <translation>Residents already registered:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reading… %1 rows</source>
        <translation>Reading… %1 rows</translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>Checking… %p%</translation>
    </message>
    <message>
        <source>(the community column decides)</source>
        <translation>(the community column decides)</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; rows of people read: &lt;b&gt;%2&lt;/b&gt; can be imported, &lt;b&gt;%3&lt;/b&gt; existing residents will be updated, &lt;b&gt;%4&lt;/b&gt; rows have problems.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; rows of people read: &lt;b&gt;%2&lt;/b&gt; can be imported, &lt;b&gt;%3&lt;/b&gt; existing residents will be updated, &lt;b&gt;%4&lt;/b&gt; rows have problems.</translation>
    </message>
    <message>
        <source>%1 rows name people already registered or listed twice; %2 of them are left as they are.</source>
        <translation>%1 rows name people already registered or listed twice; %2 of them are left as they are.</translation>
    </message>
    <message>
        <source>Skipped: %1 blank rows, %2 footer rows (制表人, 合计 …).</source>
        <translation>Skipped: %1 blank rows, %2 footer rows (制表人, 合计 …).</translation>
    </message>
    <message>
        <source>New households: %1.</source>
        <translation>New households: %1.</translation>
    </message>
    <message>
        <source>New places: %1 communities, %2 estates, %3 buildings, %4 units, %5 dwellings, %6 grids.</source>
        <translation>New places: %1 communities, %2 estates, %3 buildings, %4 units, %5 dwellings, %6 grids.</translation>
    </message>
</context>
<context>
    <name>jy::CoBuildingProjects</name>
    <message>
        <source>the co-building projects</source>
        <translation>the co-building projects</translation>
    </message>
    <message>
        <source>Name the project, e.g. 平价果蔬进小区.</source>
        <translation>Name the project, e.g. 平价果蔬进小区.</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <source>The need must be one of this community&apos;s list.</source>
        <translation>The need must be one of this community&apos;s list.</translation>
    </message>
    <message>
        <source>The resource must be offered by a unit of this community.</source>
        <translation>The resource must be offered by a unit of this community.</translation>
    </message>
    <message>
        <source>The unit does not exist.</source>
        <translation>The unit does not exist.</translation>
    </message>
    <message>
        <source>%1 is a co-building unit of another community.</source>
        <translation>%1 is a co-building unit of another community.</translation>
    </message>
</context>
<context>
    <name>jy::CoBuildingUnits</name>
    <message>
        <source>government body</source>
        <translation>government body</translation>
    </message>
    <message>
        <source>public institution</source>
        <translation>public institution</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>enterprise</translation>
    </message>
    <message>
        <source>social organisation</source>
        <translation>social organisation</translation>
    </message>
    <message>
        <source>the co-building units</source>
        <translation>the co-building units</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name, e.g. 中国银行信阳分行.</source>
        <translation>Enter the unit&apos;s name, e.g. 中国银行信阳分行.</translation>
    </message>
    <message>
        <source>Choose the kind of unit.</source>
        <translation>Choose the kind of unit.</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <source>The date is not plausible.</source>
        <translation>The date is not plausible.</translation>
    </message>
    <message>
        <source>%1 is already a co-building unit of this community.</source>
        <translation>%1 is already a co-building unit of this community.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>The unit no longer exists.</translation>
    </message>
    <message>
        <source>Choose the unit that signed.</source>
        <translation>Choose the unit that signed.</translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation>Enter the date the agreement was signed.</translation>
    </message>
    <message>
        <source>An agreement ends after the day it is signed.</source>
        <translation>An agreement ends after the day it is signed.</translation>
    </message>
    <message>
        <source>Say what the unit and the community agree to do.</source>
        <translation>Say what the unit and the community agree to do.</translation>
    </message>
    <message>
        <source>Choose the unit that registered the member.</source>
        <translation>Choose the unit that registered the member.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Enter the member&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the date the member reported to the community.</source>
        <translation>Enter the date the member reported to the community.</translation>
    </message>
    <message>
        <source>The resident is not on the roster.</source>
        <translation>The resident is not on the roster.</translation>
    </message>
</context>
<context>
    <name>jy::CommunitySetup</name>
    <message>
        <source>Enter the street&apos;s name, e.g. 辛寨子街道.</source>
        <translation>Enter the street&apos;s name, e.g. 辛寨子街道.</translation>
    </message>
    <message>
        <source>Enter the community&apos;s name, e.g. 魅力社区.</source>
        <translation>Enter the community&apos;s name, e.g. 魅力社区.</translation>
    </message>
    <message>
        <source>The division code has 12 digits (统计用区划代码), e.g. 210211014001.</source>
        <translation>The division code has 12 digits (统计用区划代码), e.g. 210211014001.</translation>
    </message>
    <message>
        <source>No province has the code %1: check the first two digits.</source>
        <translation>No province has the code %1: check the first two digits.</translation>
    </message>
    <message>
        <source>Your role (%1) may not set up communities.</source>
        <translation>Your role (%1) may not set up communities.</translation>
    </message>
    <message>
        <source>A community with the code %1 exists already.</source>
        <translation>A community with the code %1 exists already.</translation>
    </message>
</context>
<context>
    <name>jy::ConflictPrompt</name>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>&amp;Reload the record</source>
        <translation>&amp;Reload the record</translation>
    </message>
    <message>
        <source>&amp;Keep my changes on screen</source>
        <translation>&amp;Keep my changes on screen</translation>
    </message>
</context>
<context>
    <name>jy::ConnectionString</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as postgresql://user@host:5432/database.</source>
        <translation>&quot;%1&quot; is not a server address; write it as postgresql://user@host:5432/database.</translation>
    </message>
</context>
<context>
    <name>jy::CsvTableWriter</name>
    <message>
        <source>The file %1 was already closed.</source>
        <translation>The file %1 was already closed.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>jy::DashboardData</name>
    <message>
        <source>under 35</source>
        <translation>under 35</translation>
    </message>
    <message>
        <source>35–59</source>
        <translation>35–59</translation>
    </message>
    <message>
        <source>60–79</source>
        <translation>60–79</translation>
    </message>
    <message>
        <source>80 and over</source>
        <translation>80 and over</translation>
    </message>
    <message>
        <source>on their own</source>
        <translation>on their own</translation>
    </message>
    <message>
        <source>branch meetings</source>
        <translation>branch meetings</translation>
    </message>
    <message>
        <source>residents&apos; meetings</source>
        <translation>residents&apos; meetings</translation>
    </message>
    <message>
        <source>mediation cases</source>
        <translation>mediation cases</translation>
    </message>
    <message>
        <source>agency services</source>
        <translation>agency services</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>co-building projects</source>
        <translation>co-building projects</translation>
    </message>
</context>
<context>
    <name>jy::DashboardPage</name>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Residents and households by grid (click: the grid&apos;s residents)</source>
        <translation>Residents and households by grid (click: the grid&apos;s residents)</translation>
    </message>
    <message>
        <source>Party members by age</source>
        <translation>Party members by age</translation>
    </message>
    <message>
        <source>Volunteer services by month (click: the month&apos;s orders)</source>
        <translation>Volunteer services by month (click: the month&apos;s orders)</translation>
    </message>
    <message>
        <source>Volunteer services by category (click: the orders)</source>
        <translation>Volunteer services by category (click: the orders)</translation>
    </message>
    <message>
        <source>Service hours by team</source>
        <translation>Service hours by team</translation>
    </message>
    <message>
        <source>Honors by level and year (click: the honors)</source>
        <translation>Honors by level and year (click: the honors)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
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
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>residents</source>
        <translation>residents</translation>
    </message>
    <message>
        <source>households</source>
        <translation>households</translation>
    </message>
    <message>
        <source>party members</source>
        <translation>party members</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Residents by age and sex (click: the residents)</source>
        <translation>Residents by age and sex (click: the residents)</translation>
    </message>
    <message>
        <source>Residence types (click: the residents)</source>
        <translation>Residence types (click: the residents)</translation>
    </message>
    <message>
        <source>Care visits overdue by grid, today (click: the list)</source>
        <translation>Care visits overdue by grid, today (click: the list)</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Party and governance work in the year</source>
        <translation>Party and governance work in the year</translation>
    </message>
    <message>
        <source>held or opened</source>
        <translation>held or opened</translation>
    </message>
    <message>
        <source>Party members by branch (click: the branch&apos;s members)</source>
        <translation>Party members by branch (click: the branch&apos;s members)</translation>
    </message>
</context>
<context>
    <name>jy::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist. Create it with &quot;jiayuan-cli init&quot; or &quot;jiayuan-cli demo&quot;.</source>
        <translation>The database file %1 does not exist. Create it with &quot;jiayuan-cli init&quot; or &quot;jiayuan-cli demo&quot;.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is damaged or not a Jiayuan database (%2).</source>
        <translation>Cannot open the database %1: it is damaged or not a Jiayuan database (%2).</translation>
    </message>
    <message>
        <source>The Qt SQL driver for %1 is not installed.</source>
        <translation>The Qt SQL driver for %1 is not installed.</translation>
    </message>
    <message>
        <source>Cannot connect to %1</source>
        <translation>Cannot connect to %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2.</source>
        <translation>Cannot open the database %1: %2.</translation>
    </message>
    <message>
        <source>Cannot use the database %1 on the server: %2</source>
        <translation>Cannot use the database %1 on the server: %2</translation>
    </message>
</context>
<context>
    <name>jy::DatabaseCopy</name>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>The two databases have different schema versions (%1 and %2).</translation>
    </message>
    <message>
        <source>The target database %1 already holds communities that were not copied from this file; nothing was changed. Move an office into an empty database.</source>
        <translation>The target database %1 already holds communities that were not copied from this file; nothing was changed. Move an office into an empty database.</translation>
    </message>
    <message>
        <source>The target database %1 holds a copy of another office&apos;s file; nothing was changed.</source>
        <translation>The target database %1 holds a copy of another office&apos;s file; nothing was changed.</translation>
    </message>
    <message>
        <source>The move was cancelled; the target database is as it was.</source>
        <translation>The move was cancelled; the target database is as it was.</translation>
    </message>
    <message>
        <source>The copy does not match the file (a table&apos;s row count differs); nothing was kept.</source>
        <translation>The copy does not match the file (a table&apos;s row count differs); nothing was kept.</translation>
    </message>
</context>
<context>
    <name>jy::DemoGenerator</name>
    <message>
        <source>You are not allowed to generate demo data.</source>
        <translation>You are not allowed to generate demo data.</translation>
    </message>
    <message>
        <source>Choose between 1 and %1 communities.</source>
        <translation>Choose between 1 and %1 communities.</translation>
    </message>
    <message>
        <source>Choose a valid reference date.</source>
        <translation>Choose a valid reference date.</translation>
    </message>
    <message>
        <source>The database already holds residents; demo data is only generated into an empty database.</source>
        <translation>The database already holds residents; demo data is only generated into an empty database.</translation>
    </message>
    <message>
        <source>The community %1 (%2) already has estates, grids or party branches; demo data only goes into an empty community.</source>
        <translation>The community %1 (%2) already has estates, grids or party branches; demo data only goes into an empty community.</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; nothing was written.</source>
        <translation>Demo data generation was cancelled; nothing was written.</translation>
    </message>
</context>
<context>
    <name>jy::DivisionImport</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is neither a county list (code,name,cityCode,provinceCode) nor a township list (code,name,areaCode,provinceCode,cityCode)</source>
        <translation>%1 is neither a county list (code,name,cityCode,provinceCode) nor a township list (code,name,areaCode,provinceCode,cityCode)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>a quote is not closed</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 fields instead of %2</translation>
    </message>
    <message>
        <source>the code “%1” is not %2 digits</source>
        <translation>the code “%1” is not %2 digits</translation>
    </message>
    <message>
        <source>the name of %1 is empty</source>
        <translation>the name of %1 is empty</translation>
    </message>
    <message>
        <source>the parent code “%1” does not match %2</source>
        <translation>the parent code “%1” does not match %2</translation>
    </message>
    <message>
        <source>Your role may not import data.</source>
        <translation>Your role may not import data.</translation>
    </message>
</context>
<context>
    <name>jy::ExportDialog</name>
    <message>
        <source>Export the roster</source>
        <translation>Export the roster</translation>
    </message>
    <message>
        <source>residents-%1.xlsx</source>
        <translation>residents-%1.xlsx</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Write ID numbers and phones in &amp;full (the export is recorded in the audit log)</source>
        <translation>Write ID numbers and phones in &amp;full (the export is recorded in the audit log)</translation>
    </message>
    <message>
        <source>Your role may not see personal data.</source>
        <translation>Your role may not see personal data.</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s), as the roster shows them now: its search, filters and order. ID numbers and phones are masked (210211********1234, 138****5678) unless you choose otherwise.</source>
        <translation>
            <numerusform>%n resident, as the roster shows them now: its search, filters and order. ID numbers and phones are masked (210211********1234, 138****5678) unless you choose otherwise.</numerusform>
            <numerusform>%n residents, as the roster shows them now: its search, filters and order. ID numbers and phones are masked (210211********1234, 138****5678) unless you choose otherwise.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Give the file the ending .xlsx or .csv.</source>
        <translation>Give the file the ending .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 exists. Replace it?</translation>
    </message>
    <message numerus="yes">
        <source>%n resident(s) exported to %1.</source>
        <translation>
            <numerusform>%n resident exported to %1.</numerusform>
            <numerusform>%n residents exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::FilterBar</name>
    <message>
        <source>Name / pinyin initials / last 4–6 digits of ID / phone / building-unit-room</source>
        <translation>Name / pinyin initials / last 4–6 digits of ID / phone / building-unit-room</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F). Examples: 张三, zsf, zhangsan, 1234, 13800001234, 3-2-401</source>
        <translation>Search as you type (Ctrl+F). Examples: 张三, zsf, zhangsan, 1234, 13800001234, 3-2-401</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Rese&amp;t</translation>
    </message>
    <message>
        <source>Show everyone again</source>
        <translation>Show everyone again</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grid</translation>
    </message>
    <message>
        <source>&amp;Building</source>
        <translation>&amp;Building</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>T&amp;ag</source>
        <translation>T&amp;ag</translation>
    </message>
    <message>
        <source>Age f&amp;rom</source>
        <translation>Age f&amp;rom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>All grids</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>All buildings</translation>
    </message>
</context>
<context>
    <name>jy::FirstRunWizard</name>
    <message>
        <source>Welcome to Jiayuan</source>
        <translation>Welcome to Jiayuan</translation>
    </message>
    <message>
        <source>Jiayuan keeps your community&apos;s residents, grids, volunteer services and records on this computer.</source>
        <translation>Jiayuan keeps your community&apos;s residents, grids, volunteer services and records on this computer.</translation>
    </message>
    <message>
        <source>Set up &amp;our community (an empty database)</source>
        <translation>Set up &amp;our community (an empty database)</translation>
    </message>
    <message>
        <source>Try the &amp;demo: 魅力社区 with about 9,500 invented residents</source>
        <translation>Try the &amp;demo: 魅力社区 with about 9,500 invented residents</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Your community</source>
        <translation>Your community</translation>
    </message>
    <message>
        <source>The division code is the 12-digit 统计用区划代码 of your community; its first 9 digits are the street&apos;s.</source>
        <translation>The division code is the 12-digit 统计用区划代码 of your community; its first 9 digits are the street&apos;s.</translation>
    </message>
    <message>
        <source>e.g. the community service centre&apos;s address</source>
        <translation>e.g. the community service centre&apos;s address</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>Division &amp;code:</source>
        <translation>Division &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Where the data is kept</source>
        <translation>Where the data is kept</translation>
    </message>
    <message>
        <source>Personal data stays on this computer. Choose a folder that is backed up; Settings shows it later.</source>
        <translation>Personal data stays on this computer. Choose a folder that is backed up; Settings shows it later.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Folder for Jiayuan&apos;s data</source>
        <translation>Folder for Jiayuan&apos;s data</translation>
    </message>
    <message>
        <source>The database will be %1</source>
        <translation>The database will be %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another.</source>
        <translation>Cannot create the folder %1. Choose another.</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Making the demo database…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo database</translation>
    </message>
</context>
<context>
    <name>jy::GeoJson</name>
    <message>
        <source>Your role (%1) may not change the grid map.</source>
        <translation>Your role (%1) may not change the grid map.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>The file is not valid JSON (at byte %1: %2).</translation>
    </message>
    <message>
        <source>The file is not a GeoJSON FeatureCollection.</source>
        <translation>The file is not a GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <source>The community does not exist.</source>
        <translation>The community does not exist.</translation>
    </message>
    <message>
        <source>Feature %1: %2</source>
        <translation>Feature %1: %2</translation>
    </message>
    <message>
        <source>a grid needs a Polygon geometry with at least three points</source>
        <translation>a grid needs a Polygon geometry with at least three points</translation>
    </message>
    <message>
        <source>a grid needs a &quot;code&quot; property</source>
        <translation>a grid needs a &quot;code&quot; property</translation>
    </message>
    <message>
        <source>a building needs &quot;estate&quot; and &quot;number&quot; properties</source>
        <translation>a building needs &quot;estate&quot; and &quot;number&quot; properties</translation>
    </message>
    <message>
        <source>the point has no valid coordinates</source>
        <translation>the point has no valid coordinates</translation>
    </message>
    <message>
        <source>a building needs a Point or Polygon geometry</source>
        <translation>a building needs a Point or Polygon geometry</translation>
    </message>
    <message>
        <source>building %1 %2 is not in the roster</source>
        <translation>building %1 %2 is not in the roster</translation>
    </message>
    <message>
        <source>Feature %1: no grid has the code %2; the building was placed but not assigned.</source>
        <translation>Feature %1: no grid has the code %2; the building was placed but not assigned.</translation>
    </message>
    <message>
        <source>Some features name no community_code; choose the community with --community.</source>
        <translation>Some features name no community_code; choose the community with --community.</translation>
    </message>
    <message>
        <source>No community has the code %1; choose the community with --community.</source>
        <translation>No community has the code %1; choose the community with --community.</translation>
    </message>
</context>
<context>
    <name>jy::GovernanceMeetings</name>
    <message>
        <source>residents&apos; council</source>
        <translation>residents&apos; council</translation>
    </message>
    <message>
        <source>residents&apos; talk day</source>
        <translation>residents&apos; talk day</translation>
    </message>
    <message>
        <source>courtyard meeting</source>
        <translation>courtyard meeting</translation>
    </message>
    <message>
        <source>five-party consultation</source>
        <translation>five-party consultation</translation>
    </message>
    <message>
        <source>one solicitation, three discussions, two disclosures</source>
        <translation>one solicitation, three discussions, two disclosures</translation>
    </message>
    <message>
        <source>joint party-building meeting</source>
        <translation>joint party-building meeting</translation>
    </message>
    <message>
        <source>the meetings register</source>
        <translation>the meetings register</translation>
    </message>
    <message>
        <source>Choose the kind of meeting.</source>
        <translation>Choose the kind of meeting.</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>Enter the date of the meeting.</translation>
    </message>
    <message>
        <source>Enter what the meeting discussed.</source>
        <translation>Enter what the meeting discussed.</translation>
    </message>
    <message>
        <source>The attendance is a number of people from 0 up.</source>
        <translation>The attendance is a number of people from 0 up.</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
    <message>
        <source>A follow-up is due after the meeting that decided it.</source>
        <translation>A follow-up is due after the meeting that decided it.</translation>
    </message>
    <message>
        <source>The follow-up item no longer exists.</source>
        <translation>The follow-up item no longer exists.</translation>
    </message>
    <message>
        <source>The item is already done.</source>
        <translation>The item is already done.</translation>
    </message>
    <message>
        <source>An item is done on or after the day of the meeting.</source>
        <translation>An item is done on or after the day of the meeting.</translation>
    </message>
</context>
<context>
    <name>jy::GovernanceSources</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>jy::GridBoard</name>
    <message>
        <source>Building %1</source>
        <translation>Building %1</translation>
    </message>
    <message>
        <source>Grid notice board</source>
        <translation>Grid notice board</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Buildings covered</source>
        <translation>Buildings covered</translation>
    </message>
    <message>
        <source>(no buildings assigned yet)</source>
        <translation>(no buildings assigned yet)</translation>
    </message>
    <message>
        <source>Your grid team</source>
        <translation>Your grid team</translation>
    </message>
    <message>
        <source>(no staff assigned yet)</source>
        <translation>(no staff assigned yet)</translation>
    </message>
    <message>
        <source>Small matters stay in the grid, minor ones in the community, major ones in the street</source>
        <translation>Small matters stay in the grid, minor ones in the community, major ones in the street</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>The community has no grids to print.</source>
        <translation>The community has no grids to print.</translation>
    </message>
    <message>
        <source>Grid notice boards</source>
        <translation>Grid notice boards</translation>
    </message>
</context>
<context>
    <name>jy::GridIncidentWorkflow</name>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
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
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <source>start handling</source>
        <translation>start handling</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>resolve</translation>
    </message>
    <message>
        <source>check and close</source>
        <translation>check and close</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>reopen</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalate</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>A reason</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>environment and sanitation</source>
        <translation>environment and sanitation</translation>
    </message>
    <message>
        <source>facility repair</source>
        <translation>facility repair</translation>
    </message>
    <message>
        <source>safety hazard</source>
        <translation>safety hazard</translation>
    </message>
    <message>
        <source>neighbour dispute</source>
        <translation>neighbour dispute</translation>
    </message>
    <message>
        <source>illegal construction or occupation</source>
        <translation>illegal construction or occupation</translation>
    </message>
    <message>
        <source>residents&apos; request</source>
        <translation>residents&apos; request</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>jy::GridMap</name>
    <message>
        <source>Building %1</source>
        <translation>Building %1</translation>
    </message>
</context>
<context>
    <name>jy::GridMapEditor</name>
    <message>
        <source>The change could not be made.</source>
        <translation>The change could not be made.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Click a building to see its households.</source>
        <translation>Click a building to see its households.</translation>
    </message>
    <message>
        <source>Household / resident</source>
        <translation>Household / resident</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Reshape %1</source>
        <translation>Reshape %1</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Select and move</translation>
    </message>
    <message>
        <source>Draw a grid</source>
        <translation>Draw a grid</translation>
    </message>
    <message>
        <source>Place a building</source>
        <translation>Place a building</translation>
    </message>
    <message>
        <source>Buildings not yet on the map</source>
        <translation>Buildings not yet on the map</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colour by:</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Fit to window</translation>
    </message>
    <message>
        <source>Site plan underlay…</source>
        <translation>Site plan underlay…</translation>
    </message>
    <message>
        <source>Print the map…</source>
        <translation>Print the map…</translation>
    </message>
    <message>
        <source>Save the map as PDF…</source>
        <translation>Save the map as PDF…</translation>
    </message>
    <message>
        <source>Export GeoJSON…</source>
        <translation>Export GeoJSON…</translation>
    </message>
    <message>
        <source>Import GeoJSON…</source>
        <translation>Import GeoJSON…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Your role may look at the map but not change it.</source>
        <translation>Your role may look at the map but not change it.</translation>
    </message>
    <message>
        <source>%1 (%2 buildings)</source>
        <translation>%1 (%2 buildings)</translation>
    </message>
    <message>
        <source>%1 (not drawn yet)</source>
        <translation>%1 (not drawn yet)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1 in all, by building</source>
        <translation>%1 in all, by building</translation>
    </message>
    <message>
        <source>(every building is on the map)</source>
        <translation>(every building is on the map)</translation>
    </message>
    <message>
        <source>Unit %1, room %2</source>
        <translation>Unit %1, room %2</translation>
    </message>
    <message>
        <source>%1 — %2
%3 households, %4 residents</source>
        <translation>%1 — %2
%3 households, %4 residents</translation>
    </message>
    <message>
        <source>in no grid</source>
        <translation>in no grid</translation>
    </message>
    <message>
        <source>New grid</source>
        <translation>New grid</translation>
    </message>
    <message>
        <source>Grid %1</source>
        <translation>Grid %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>Draw %1</translation>
    </message>
    <message>
        <source>Every building is on the map already.</source>
        <translation>Every building is on the map already.</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Place %1</translation>
    </message>
    <message>
        <source>Assign to grid</source>
        <translation>Assign to grid</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Assign %1 to %2</translation>
    </message>
    <message>
        <source>Take off the map</source>
        <translation>Take off the map</translation>
    </message>
    <message>
        <source>Take %1 off the map</source>
        <translation>Take %1 off the map</translation>
    </message>
    <message>
        <source>Open %1 in the roster</source>
        <translation>Open %1 in the roster</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rename grid</source>
        <translation>Rename grid</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Rename %1</translation>
    </message>
    <message numerus="yes">
        <source>Assign the %n building(s) inside to this grid</source>
        <translation>
            <numerusform>Assign the %n building inside to this grid</numerusform>
            <numerusform>Assign the %n buildings inside to this grid</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign buildings to %1</source>
        <translation>Assign buildings to %1</translation>
    </message>
    <message>
        <source>Delete the grid…</source>
        <translation>Delete the grid…</translation>
    </message>
    <message>
        <source>Delete grid</source>
        <translation>Delete grid</translation>
    </message>
    <message>
        <source>Delete %1? Its %2 buildings stay in the roster, in no grid. You can undo this.</source>
        <translation>Delete %1? Its %2 buildings stay in the roster, in no grid. You can undo this.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <source>Print the map</source>
        <translation>Print the map</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 landscape</translation>
    </message>
    <message>
        <source>Save the map as PDF</source>
        <translation>Save the map as PDF</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The map was saved to %1.</source>
        <translation>The map was saved to %1.</translation>
    </message>
    <message>
        <source>Export GeoJSON</source>
        <translation>Export GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The map was exported to %1.</source>
        <translation>The map was exported to %1.</translation>
    </message>
    <message>
        <source>Import GeoJSON</source>
        <translation>Import GeoJSON</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>%1 features read: %2 grids created, %3 updated; %4 buildings created, %5 updated, %6 assigned to grids; %7 skipped.</source>
        <translation>%1 features read: %2 grids created, %3 updated; %4 buildings created, %5 updated, %6 assigned to grids; %7 skipped.</translation>
    </message>
    <message>
        <source>An import cannot be undone with Undo.</source>
        <translation>An import cannot be undone with Undo.</translation>
    </message>
    <message>
        <source>Site plan underlay</source>
        <translation>Site plan underlay</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file is not a PNG or JPEG image that can be read.</source>
        <translation>The file is not a PNG or JPEG image that can be read.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>The plan&apos;s width on the ground:</source>
        <translation>The plan&apos;s width on the ground:</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacity:</translation>
    </message>
    <message>
        <source>Set the site plan</source>
        <translation>Set the site plan</translation>
    </message>
    <message>
        <source>Open the building in the roster</source>
        <translation>Open the building in the roster</translation>
    </message>
    <message>
        <source>Its left edge on the map:</source>
        <translation>Its left edge on the map:</translation>
    </message>
    <message>
        <source>Its top edge on the map:</source>
        <translation>Its top edge on the map:</translation>
    </message>
</context>
<context>
    <name>jy::GridMapService</name>
    <message>
        <source>Your role (%1) may not change the grid map.</source>
        <translation>Your role (%1) may not change the grid map.</translation>
    </message>
    <message>
        <source>The community does not exist.</source>
        <translation>The community does not exist.</translation>
    </message>
    <message>
        <source>Enter the grid&apos;s code.</source>
        <translation>Enter the grid&apos;s code.</translation>
    </message>
    <message>
        <source>Another grid of this community has the code %1.</source>
        <translation>Another grid of this community has the code %1.</translation>
    </message>
    <message>
        <source>Enter the grid&apos;s name.</source>
        <translation>Enter the grid&apos;s name.</translation>
    </message>
    <message>
        <source>A grid&apos;s outline needs at least three points that enclose an area.</source>
        <translation>A grid&apos;s outline needs at least three points that enclose an area.</translation>
    </message>
    <message>
        <source>The grid no longer exists.</source>
        <translation>The grid no longer exists.</translation>
    </message>
    <message>
        <source>%1 has %2 patrol or incident records; they would be lost with it. Redraw or rename the grid instead.</source>
        <translation>%1 has %2 patrol or incident records; they would be lost with it. Redraw or rename the grid instead.</translation>
    </message>
    <message>
        <source>The building&apos;s position is not a valid point.</source>
        <translation>The building&apos;s position is not a valid point.</translation>
    </message>
    <message>
        <source>A building&apos;s outline needs at least three points that enclose an area.</source>
        <translation>A building&apos;s outline needs at least three points that enclose an area.</translation>
    </message>
    <message>
        <source>The building no longer exists.</source>
        <translation>The building no longer exists.</translation>
    </message>
    <message>
        <source>The building and the grid belong to different communities.</source>
        <translation>The building and the grid belong to different communities.</translation>
    </message>
    <message>
        <source>The file is not a PNG or JPEG image that can be read.</source>
        <translation>The file is not a PNG or JPEG image that can be read.</translation>
    </message>
    <message>
        <source>The plan&apos;s scale must be a positive number of metres per pixel.</source>
        <translation>The plan&apos;s scale must be a positive number of metres per pixel.</translation>
    </message>
    <message>
        <source>The plan&apos;s opacity must be between 5% and 100%.</source>
        <translation>The plan&apos;s opacity must be between 5% and 100%.</translation>
    </message>
    <message>
        <source>The map&apos;s anchor must be a longitude and latitude inside China.</source>
        <translation>The map&apos;s anchor must be a longitude and latitude inside China.</translation>
    </message>
</context>
<context>
    <name>jy::GridPerformance</name>
    <message>
        <source>Weekly grid bulletin</source>
        <translation>Weekly grid bulletin</translation>
    </message>
    <message>
        <source>Monthly grid ranking</source>
        <translation>Monthly grid ranking</translation>
    </message>
    <message>
        <source>In this period the %1 grids of %2 logged %3 patrols over %4 days, reported %5 incidents (%6 resolved in time) and made %7 care visits; %8 of %9 residents on the care lists were visited on time.</source>
        <translation>In this period the %1 grids of %2 logged %3 patrols over %4 days, reported %5 incidents (%6 resolved in time) and made %7 care visits; %8 of %9 residents on the care lists were visited on time.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Patrols</source>
        <translation>Patrols</translation>
    </message>
    <message>
        <source>Days patrolled</source>
        <translation>Days patrolled</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Resolved in time</source>
        <translation>Resolved in time</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>Care visits</translation>
    </message>
    <message>
        <source>Visited on time</source>
        <translation>Visited on time</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Score by grid (patrols 40, incidents in time 30, care visits on time 30)</source>
        <translation>Score by grid (patrols 40, incidents in time 30, care visits on time 30)</translation>
    </message>
    <message>
        <source>Every grid scored 60 or more.</source>
        <translation>Every grid scored 60 or more.</translation>
    </message>
    <message>
        <source>Below 60, to be followed up: %1.</source>
        <translation>Below 60, to be followed up: %1.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
</context>
<context>
    <name>jy::GridStaff</name>
    <message>
        <source>Your role (%1) may not change who works in a grid.</source>
        <translation>Your role (%1) may not change who works in a grid.</translation>
    </message>
    <message>
        <source>Enter the role&apos;s name.</source>
        <translation>Enter the role&apos;s name.</translation>
    </message>
    <message>
        <source>The grid no longer exists.</source>
        <translation>The grid no longer exists.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Choose a role.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>The assignment no longer exists.</source>
        <translation>The assignment no longer exists.</translation>
    </message>
</context>
<context>
    <name>jy::GridStaffView</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Choose the person first.</source>
        <translation>Choose the person first.</translation>
    </message>
    <message>
        <source>Remove from the grid</source>
        <translation>Remove from the grid</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from this grid&apos;s staff?</source>
        <translation>Remove %1 (%2) from this grid&apos;s staff?</translation>
    </message>
    <message>
        <source>%1 was removed from the grid&apos;s staff.</source>
        <translation>%1 was removed from the grid&apos;s staff.</translation>
    </message>
    <message>
        <source>Edit grid staff</source>
        <translation>Edit grid staff</translation>
    </message>
    <message>
        <source>Add grid staff</source>
        <translation>Add grid staff</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Grid staff saved.</source>
        <translation>Grid staff saved.</translation>
    </message>
    <message>
        <source>Grid staff</source>
        <translation>Grid staff</translation>
    </message>
</context>
<context>
    <name>jy::GridsPage</name>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Grid notice boards…</source>
        <translation>Grid notice boards…</translation>
    </message>
    <message>
        <source>Weekly bulletin…</source>
        <translation>Weekly bulletin…</translation>
    </message>
    <message>
        <source>Monthly ranking…</source>
        <translation>Monthly ranking…</translation>
    </message>
    <message>
        <source>The map as a poster…</source>
        <translation>The map as a poster…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Pa&amp;trols</source>
        <translation>Pa&amp;trols</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>Care &amp;visits</source>
        <translation>Care &amp;visits</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>%1 open incidents, %2 care visits overdue</source>
        <translation>%1 open incidents, %2 care visits overdue</translation>
    </message>
    <message>
        <source>Grid notice boards</source>
        <translation>Grid notice boards</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Monthly ranking</source>
        <translation>Monthly ranking</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Grid &amp;staff</source>
        <translation>Grid &amp;staff</translation>
    </message>
    <message>
        <source>Save the notice boards as PDF…</source>
        <translation>Save the notice boards as PDF…</translation>
    </message>
    <message>
        <source>Save the notice boards as PDF</source>
        <translation>Save the notice boards as PDF</translation>
    </message>
    <message>
        <source>%1 grid notice boards</source>
        <translation>%1 grid notice boards</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to %1.</source>
        <translation>
            <numerusform>%n page saved to %1.</numerusform>
            <numerusform>%n pages saved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::GuiMain</name>
    <message>
        <source>Unknown language %1: use zh_CN or en.</source>
        <translation>Unknown language %1: use zh_CN or en.</translation>
    </message>
    <message>
        <source>Jiayuan, the community office workstation.</source>
        <translation>Jiayuan, the community office workstation.</translation>
    </message>
    <message>
        <source>The SQLite database to open (created if missing).</source>
        <translation>The SQLite database to open (created if missing).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>The language of the user interface: zh_CN (default) or en.</source>
        <translation>The language of the user interface: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Jiayuan</source>
        <translation>Jiayuan</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot read the database %1:
%2</source>
        <translation>Cannot read the database %1:
%2</translation>
    </message>
</context>
<context>
    <name>jy::Honor</name>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>provincial</source>
        <translation>provincial</translation>
    </message>
    <message>
        <source>municipal</source>
        <translation>municipal</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>community</source>
        <translation>community</translation>
    </message>
    <message>
        <source>party branch</source>
        <translation>party branch</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
</context>
<context>
    <name>jy::HonorDialog</name>
    <message>
        <source>Edit honor</source>
        <translation>Edit honor</translation>
    </message>
    <message>
        <source>New honor</source>
        <translation>New honor</translation>
    </message>
    <message>
        <source>e.g. 全国学雷锋志愿服务“四个100”先进典型</source>
        <translation>e.g. 全国学雷锋志愿服务“四个100”先进典型</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>(the street)</source>
        <translation>(the street)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Recipient &amp;is:</source>
        <translation>Recipient &amp;is:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <source>&amp;Awarded by:</source>
        <translation>&amp;Awarded by:</translation>
    </message>
    <message>
        <source>Awarded &amp;on:</source>
        <translation>Awarded &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>The honor has been deleted in the meantime.</source>
        <translation>The honor has been deleted in the meantime.</translation>
    </message>
</context>
<context>
    <name>jy::HonorService</name>
    <message>
        <source>Your role (%1) may not change the honors register.</source>
        <translation>Your role (%1) may not change the honors register.</translation>
    </message>
    <message>
        <source>The year must be between 1949 and %1.</source>
        <translation>The year must be between 1949 and %1.</translation>
    </message>
    <message>
        <source>Enter the honor&apos;s title.</source>
        <translation>Enter the honor&apos;s title.</translation>
    </message>
    <message>
        <source>Choose the level: national, provincial, municipal, district or street.</source>
        <translation>Choose the level: national, provincial, municipal, district or street.</translation>
    </message>
    <message>
        <source>Choose who received it: the community, a branch, a team or a person.</source>
        <translation>Choose who received it: the community, a branch, a team or a person.</translation>
    </message>
    <message>
        <source>Name the recipient.</source>
        <translation>Name the recipient.</translation>
    </message>
    <message>
        <source>An honor for %1 is awarded in %1 or early the next year.</source>
        <translation>An honor for %1 is awarded in %1 or early the next year.</translation>
    </message>
    <message>
        <source>The community does not exist.</source>
        <translation>The community does not exist.</translation>
    </message>
    <message>
        <source>The honor no longer exists.</source>
        <translation>The honor no longer exists.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; scan it at a lower resolution.</source>
        <translation>The file is larger than %1 MB; scan it at a lower resolution.</translation>
    </message>
    <message>
        <source>Only PNG or JPEG images and PDF files can be kept as certificate scans.</source>
        <translation>Only PNG or JPEG images and PDF files can be kept as certificate scans.</translation>
    </message>
</context>
<context>
    <name>jy::HonorTableModel</name>
    <message>
        <source>scanned</source>
        <translation>scanned</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Recipient is</source>
        <translation>Recipient is</translation>
    </message>
    <message>
        <source>Awarded by</source>
        <translation>Awarded by</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
</context>
<context>
    <name>jy::HonorsPage</name>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Search title, recipient, awarding body (Ctrl+F)</source>
        <translation>Search title, recipient, awarding body (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Record a new honor (Ctrl+N)</source>
        <translation>Record a new honor (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>&amp;Attach scan…</translation>
    </message>
    <message>
        <source>Keep a scan of the certificate (PNG, JPEG or PDF) with the honor</source>
        <translation>Keep a scan of the certificate (PNG, JPEG or PDF) with the honor</translation>
    </message>
    <message>
        <source>&amp;View scan</source>
        <translation>&amp;View scan</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>The annual honors report: preview, print, PDF, Excel</source>
        <translation>The annual honors report: preview, print, PDF, Excel</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <source>Honors</source>
        <translation>Honors</translation>
    </message>
    <message numerus="yes">
        <source>%n honor(s) shown</source>
        <translation>
            <numerusform>%n honor shown</numerusform>
            <numerusform>%n honors shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Honor recorded.</source>
        <translation>Honor recorded.</translation>
    </message>
    <message>
        <source>Delete honor</source>
        <translation>Delete honor</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; (%2, %3)? The audit log keeps a copy.</source>
        <translation>Delete &quot;%1&quot; (%2, %3)? The audit log keeps a copy.</translation>
    </message>
    <message>
        <source>Honor deleted.</source>
        <translation>Honor deleted.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; scan it at a lower resolution.</source>
        <translation>The file is larger than %1 MB; scan it at a lower resolution.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Certificate scan</source>
        <translation>Certificate scan</translation>
    </message>
    <message>
        <source>Scans (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Scans (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>Certificate scan kept.</source>
        <translation>Certificate scan kept.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>jy::HouseholdView</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Double-click or press Enter to edit a member</source>
        <translation>Double-click or press Enter to edit a member</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Add &amp;member…</translation>
    </message>
    <message>
        <source>Register a new member of this household</source>
        <translation>Register a new member of this household</translation>
    </message>
    <message>
        <source>Select a resident to see the household.</source>
        <translation>Select a resident to see the household.</translation>
    </message>
    <message>
        <source>Not registered in a household.</source>
        <translation>Not registered in a household.</translation>
    </message>
    <message numerus="yes">
        <source>Household: %n member(s)</source>
        <translation>
            <numerusform>Household: %n member</numerusform>
            <numerusform>Household: %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>No address recorded.</source>
        <translation>No address recorded.</translation>
    </message>
</context>
<context>
    <name>jy::IdNumber</name>
    <message>
        <source>The ID number is empty</source>
        <translation>The ID number is empty</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (old numbers 15), this one has %1</source>
        <translation>An ID number has 18 characters (old numbers 15), this one has %1</translation>
    </message>
    <message>
        <source>X may only be the last of 18 characters, not character %1</source>
        <translation>X may only be the last of 18 characters, not character %1</translation>
    </message>
    <message>
        <source>Character %1 is “%2”: only digits are allowed, and X as the last of 18</source>
        <translation>Character %1 is “%2”: only digits are allowed, and X as the last of 18</translation>
    </message>
    <message>
        <source>Characters 2–3 of a foreign permanent residence card number must be a province code, %1 is not one</source>
        <translation>Characters 2–3 of a foreign permanent residence card number must be a province code, %1 is not one</translation>
    </message>
    <message>
        <source>Residence permits of Hong Kong, Macao and Taiwan residents start with 810000, 820000 or 830000, not %1</source>
        <translation>Residence permits of Hong Kong, Macao and Taiwan residents start with 810000, 820000 or 830000, not %1</translation>
    </message>
    <message>
        <source>Unknown region code %1: %2 is not a province code</source>
        <translation>Unknown region code %1: %2 is not a province code</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist: there is no month %2</source>
        <translation>The birth date %1 does not exist: there is no month %2</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist: there is no day 00</source>
        <translation>The birth date %1 does not exist: there is no day 00</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist: month %2 of %3 has only %4 days</source>
        <translation>The birth date %1 does not exist: month %2 of %3 has only %4 days</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900, which is implausible</source>
        <translation>The birth date %1 is before 1900, which is implausible</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future</source>
        <translation>The birth date %1 is in the future</translation>
    </message>
    <message>
        <source>The check digit should be %1</source>
        <translation>The check digit should be %1</translation>
    </message>
    <message>
        <source>Foreign permanent resident</source>
        <translation>Foreign permanent resident</translation>
    </message>
</context>
<context>
    <name>jy::ImportJob</name>
    <message>
        <source>The file has no sheet named %1; its sheets are: %2.</source>
        <translation>The file has no sheet named %1; its sheets are: %2.</translation>
    </message>
    <message>
        <source>The file holds no sheet.</source>
        <translation>The file holds no sheet.</translation>
    </message>
    <message>
        <source>No header row with 姓名 and other known column names was found in the first %1 rows.</source>
        <translation>No header row with 姓名 and other known column names was found in the first %1 rows.</translation>
    </message>
    <message>
        <source>Rejected rows are written as .xlsx or .csv, not %1.</source>
        <translation>Rejected rows are written as .xlsx or .csv, not %1.</translation>
    </message>
    <message>
        <source>Reason rejected</source>
        <translation>Reason rejected</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>jy::ImportSource</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is in the old Excel format (.xls). Open it in Excel or WPS and save it as .xlsx, then import that.</source>
        <translation>%1 is in the old Excel format (.xls). Open it in Excel or WPS and save it as .xlsx, then import that.</translation>
    </message>
    <message>
        <source>%1 is too large for a roster (%2 MB).</source>
        <translation>%1 is too large for a roster (%2 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>jy::ImportWizard</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Residence type</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Relationship to the head</source>
        <translation>Relationship to the head</translation>
    </message>
    <message>
        <source>Household number</source>
        <translation>Household number</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>Import residents</translation>
    </message>
</context>
<context>
    <name>jy::IncidentService</name>
    <message>
        <source>Your role (%1) may not report grid incidents.</source>
        <translation>Your role (%1) may not report grid incidents.</translation>
    </message>
    <message>
        <source>Choose the grid where it happened.</source>
        <translation>Choose the grid where it happened.</translation>
    </message>
    <message>
        <source>Say in a few words what was found.</source>
        <translation>Say in a few words what was found.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>The building does not exist.</source>
        <translation>The building does not exist.</translation>
    </message>
    <message>
        <source>An incident cannot be reported in the future.</source>
        <translation>An incident cannot be reported in the future.</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>The incident no longer exists.</translation>
    </message>
    <message>
        <source>The incident has gone up to the %1; its staff handle it now.</source>
        <translation>The incident has gone up to the %1; its staff handle it now.</translation>
    </message>
    <message>
        <source>A step cannot be dated before the incident&apos;s previous step.</source>
        <translation>A step cannot be dated before the incident&apos;s previous step.</translation>
    </message>
    <message>
        <source>The incident is already with the street office; it cannot go higher.</source>
        <translation>The incident is already with the street office; it cannot go higher.</translation>
    </message>
    <message>
        <source>Someone else changed this incident meanwhile; look at it again.</source>
        <translation>Someone else changed this incident meanwhile; look at it again.</translation>
    </message>
</context>
<context>
    <name>jy::IncidentsView</name>
    <message>
        <source>Open incidents</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <source>Search number, title, description</source>
        <translation>Search number, title, description</translation>
    </message>
    <message>
        <source>&amp;Next step…</source>
        <translation>&amp;Next step…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose an incident to see its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose an incident to see its history.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 · %2 · handled at the %3 level · %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 · %2 · handled at the %3 level · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What was done: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;What was done: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>No step is open to your role here.</source>
        <translation>No step is open to your role here.</translation>
    </message>
    <message>
        <source>Step taken: %1.</source>
        <translation>Step taken: %1.</translation>
    </message>
    <message>
        <source>&amp;Report an incident…</source>
        <translation>&amp;Report an incident…</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>(not at one building)</source>
        <translation>(not at one building)</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Grid:</translation>
    </message>
    <message>
        <source>&amp;Building:</source>
        <translation>&amp;Building:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>The incident was reported.</source>
        <translation>The incident was reported.</translation>
    </message>
    <message>
        <source>Grid incidents</source>
        <translation>Grid incidents</translation>
    </message>
</context>
<context>
    <name>jy::ListPrinting</name>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows are printed; narrow the filter to print the others.</source>
        <translation>The first %1 of %2 rows are printed; narrow the filter to print the others.</translation>
    </message>
</context>
<context>
    <name>jy::LockDialog</name>
    <message>
        <source>Jiayuan is locked</source>
        <translation>Jiayuan is locked</translation>
    </message>
    <message>
        <source>%1, enter your password to go on.</source>
        <translation>%1, enter your password to go on.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Quit Jiayuan</source>
        <translation>&amp;Quit Jiayuan</translation>
    </message>
    <message>
        <source>Quit Jiayuan</source>
        <translation>Quit Jiayuan</translation>
    </message>
    <message>
        <source>Quit? What is typed in open dialogs is lost.</source>
        <translation>Quit? What is typed in open dialogs is lost.</translation>
    </message>
</context>
<context>
    <name>jy::Login</name>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>The user name or the password is not right.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: the account is locked until %1. An administrator can unlock it sooner.</source>
        <translation>Too many wrong passwords: the account is locked until %1. An administrator can unlock it sooner.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Please wait %n second before trying again.</numerusform>
            <numerusform>Please wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: the account is locked for %n minute(s). An administrator can unlock it sooner.</source>
        <translation>
            <numerusform>Too many wrong passwords: the account is locked for %n minute. An administrator can unlock it sooner.</numerusform>
            <numerusform>Too many wrong passwords: the account is locked for %n minutes. An administrator can unlock it sooner.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is switched off. Ask an administrator.</source>
        <translation>This account is switched off. Ask an administrator.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>The password is not right.</translation>
    </message>
</context>
<context>
    <name>jy::MainWindow</name>
    <message>
        <source>Jiayuan — %1</source>
        <translation>Jiayuan — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Jiayuan</source>
        <translation>&amp;About Jiayuan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>About Jiayuan</source>
        <translation>About Jiayuan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jiayuan %1&lt;/h3&gt;&lt;p&gt;The workstation of a community office: residents and households, grids, party members and volunteer services.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jiayuan %1&lt;/h3&gt;&lt;p&gt;The workstation of a community office: residents and households, grids, party members and volunteer services.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Back up the database…</translation>
    </message>
    <message>
        <source>R&amp;estore from a backup…</source>
        <translation>R&amp;estore from a backup…</translation>
    </message>
    <message>
        <source>Automatic backup written: %1</source>
        <translation>Automatic backup written: %1</translation>
    </message>
    <message>
        <source>⚠ Automatic backup failed</source>
        <translation>⚠ Automatic backup failed</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>&amp;Automatic backup settings…</source>
        <translation>&amp;Automatic backup settings…</translation>
    </message>
    <message>
        <source>A&amp;udit log…</source>
        <translation>A&amp;udit log…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;User Manual</source>
        <translation>&amp;User Manual</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>&amp;Find in list</source>
        <translation>&amp;Find in list</translation>
    </message>
    <message>
        <source>Go to the search field of the list on this page (Ctrl+F)</source>
        <translation>Go to the search field of the list on this page (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;New record…</translation>
    </message>
    <message>
        <source>Start a new record in the list on this page (Ctrl+N)</source>
        <translation>Start a new record in the list on this page (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Print list…</translation>
    </message>
    <message>
        <source>Print the list on this page as it is filtered and sorted (Ctrl+P)</source>
        <translation>Print the list on this page as it is filtered and sorted (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>jy::Manual</name>
    <message>
        <source>User Manual</source>
        <translation>User Manual</translation>
    </message>
    <message>
        <source>The user manual is not installed.</source>
        <translation>The user manual is not installed.</translation>
    </message>
    <message>
        <source>No program to show %1 was found. Open it in a web browser.</source>
        <translation>No program to show %1 was found. Open it in a web browser.</translation>
    </message>
</context>
<context>
    <name>jy::MapLayers</name>
    <message>
        <source>Grids only</source>
        <translation>Grids only</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Elderly living alone</source>
        <translation>Elderly living alone</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Open volunteer orders</source>
        <translation>Open volunteer orders</translation>
    </message>
    <message>
        <source>Overdue care visits</source>
        <translation>Overdue care visits</translation>
    </message>
</context>
<context>
    <name>jy::MapPoster</name>
    <message>
        <source>%1 grid map</source>
        <translation>%1 grid map</translation>
    </message>
    <message>
        <source>Grids and buildings</source>
        <translation>Grids and buildings</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Buildings coloured by %1; grids by their total.</source>
        <translation>Buildings coloured by %1; grids by their total.</translation>
    </message>
    <message>
        <source>%1    Drawn on %2</source>
        <translation>%1    Drawn on %2</translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s), %1 buildings on the map</source>
        <translation>
            <numerusform>%n grid, %1 buildings on the map</numerusform>
            <numerusform>%n grids, %1 buildings on the map</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Each column of the sheet and what it holds. Columns set to &quot;not imported&quot; are left out.</source>
        <translation>Each column of the sheet and what it holds. Columns set to &quot;not imported&quot; are left out.</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>&amp;Remember this matching for files with the same column names</source>
        <translation>&amp;Remember this matching for files with the same column names</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(column %1, no name)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Two columns are set to %1: choose one.</source>
        <translation>Two columns are set to %1: choose one.</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>Choose the column that holds the names.</translation>
    </message>
    <message>
        <source>Choose the column with ID numbers (or, without them, the birth dates).</source>
        <translation>Choose the column with ID numbers (or, without them, the birth dates).</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>%n column will be imported.</numerusform>
            <numerusform>%n columns will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::MediationCases</name>
    <message>
        <source>between neighbours</source>
        <translation>between neighbours</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>property management</source>
        <translation>property management</translation>
    </message>
    <message>
        <source>demolition and relocation</source>
        <translation>demolition and relocation</translation>
    </message>
    <message>
        <source>wages and labour</source>
        <translation>wages and labour</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>mediation cases</source>
        <translation>mediation cases</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <source>Choose the kind of dispute.</source>
        <translation>Choose the kind of dispute.</translation>
    </message>
    <message>
        <source>Name the parties to the dispute.</source>
        <translation>Name the parties to the dispute.</translation>
    </message>
    <message>
        <source>Say what the dispute is about.</source>
        <translation>Say what the dispute is about.</translation>
    </message>
</context>
<context>
    <name>jy::MediationSource</name>
    <message>
        <source>Mediation cases</source>
        <translation>Mediation cases</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Parties:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>A written &amp;agreement was signed</source>
        <translation>A written &amp;agreement was signed</translation>
    </message>
</context>
<context>
    <name>jy::MediationWorkflow</name>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>mediating</source>
        <translation>mediating</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>unresolved</translation>
    </message>
    <message>
        <source>escalated to the street</source>
        <translation>escalated to the street</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>register</source>
        <translation>register</translation>
    </message>
    <message>
        <source>take up</source>
        <translation>take up</translation>
    </message>
    <message>
        <source>record a session</source>
        <translation>record a session</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>resolve</translation>
    </message>
    <message>
        <source>close unresolved</source>
        <translation>close unresolved</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalate</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>withdraw</translation>
    </message>
    <message>
        <source>The mediator</source>
        <translation>The mediator</translation>
    </message>
    <message>
        <source>A note on the session</source>
        <translation>A note on the session</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>The outcome</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>A reason</translation>
    </message>
</context>
<context>
    <name>jy::MeetingSource</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisions:</translation>
    </message>
    <message>
        <source>Follow-up items</source>
        <translation>Follow-up items</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>(done %1)</source>
        <translation>(done %1)</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(open)</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>&amp;Attendance:</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <source>De&amp;cisions:</source>
        <translation>De&amp;cisions:</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up item…</source>
        <translation>Add a &amp;follow-up item…</translation>
    </message>
    <message>
        <source>Mark a follow-up item &amp;done…</source>
        <translation>Mark a follow-up item &amp;done…</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Due on:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Done on:</translation>
    </message>
    <message>
        <source>The meeting has no open follow-up item.</source>
        <translation>The meeting has no open follow-up item.</translation>
    </message>
</context>
<context>
    <name>jy::MemberSource</name>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Posts held</source>
        <translation>Posts held</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Points: %1</source>
        <translation>Points: %1</translation>
    </message>
    <message>
        <source>&amp;Resident (name or ID number):</source>
        <translation>&amp;Resident (name or ID number):</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <source>%1 already has a party record.</source>
        <translation>%1 already has a party record.</translation>
    </message>
    <message>
        <source>&amp;Transfer to another branch…</source>
        <translation>&amp;Transfer to another branch…</translation>
    </message>
    <message>
        <source>Take a &amp;post (认岗领责)…</source>
        <translation>Take a &amp;post (认岗领责)…</translation>
    </message>
    <message>
        <source>Record &amp;points…</source>
        <translation>Record &amp;points…</translation>
    </message>
    <message>
        <source>&amp;To branch:</source>
        <translation>&amp;To branch:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <source>D&amp;uty:</source>
        <translation>D&amp;uty:</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Points:</translation>
    </message>
    <message>
        <source>&amp;Approved by:</source>
        <translation>&amp;Approved by:</translation>
    </message>
    <message>
        <source>party member %1</source>
        <translation>party member %1</translation>
    </message>
    <message>
        <source>Party &amp;group:</source>
        <translation>Party &amp;group:</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>%1 (leader %2)</source>
        <translation>%1 (leader %2)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
</context>
<context>
    <name>jy::MerchantSource</name>
    <message>
        <source>Merchants</source>
        <translation>Merchants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Model shop</source>
        <translation>Model shop</translation>
    </message>
    <message>
        <source>Affiliated shop</source>
        <translation>Affiliated shop</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Listed on</source>
        <translation>Listed on</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>party-member model shops</source>
        <translation>party-member model shops</translation>
    </message>
    <message>
        <source>affiliated shops</source>
        <translation>affiliated shops</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Business:</source>
        <translation>&amp;Business:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Party-member &amp;model shop</source>
        <translation>Party-member &amp;model shop</translation>
    </message>
    <message>
        <source>&amp;Red/black list:</source>
        <translation>&amp;Red/black list:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>&amp;Listed on:</source>
        <translation>&amp;Listed on:</translation>
    </message>
</context>
<context>
    <name>jy::Merchants</name>
    <message>
        <source>not listed</source>
        <translation>not listed</translation>
    </message>
    <message>
        <source>red list</source>
        <translation>red list</translation>
    </message>
    <message>
        <source>black list</source>
        <translation>black list</translation>
    </message>
    <message>
        <source>the merchants register</source>
        <translation>the merchants register</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name.</source>
        <translation>Enter the shop&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <source>The affiliated shop does not exist.</source>
        <translation>The affiliated shop does not exist.</translation>
    </message>
    <message>
        <source>Choose red list, black list or not listed.</source>
        <translation>Choose red list, black list or not listed.</translation>
    </message>
    <message>
        <source>Say why the shop is on the %1.</source>
        <translation>Say why the shop is on the %1.</translation>
    </message>
    <message>
        <source>Enter the date the shop was put on the list.</source>
        <translation>Enter the date the shop was put on the list.</translation>
    </message>
    <message>
        <source>The community already has a merchant named %1.</source>
        <translation>The community already has a merchant named %1.</translation>
    </message>
    <message>
        <source>The merchant no longer exists.</source>
        <translation>The merchant no longer exists.</translation>
    </message>
</context>
<context>
    <name>jy::Migrations</name>
    <message>
        <source>the file holds tables of another program</source>
        <translation>the file holds tables of another program</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program (%2); please upgrade Jiayuan</source>
        <translation>the database has schema version %1, newer than this program (%2); please upgrade Jiayuan</translation>
    </message>
    <message>
        <source>the copy made before upgrading the database failed, so it was not upgraded and nothing changed (is the disk full?): %1</source>
        <translation>the copy made before upgrading the database failed, so it was not upgraded and nothing changed (is the disk full?): %1</translation>
    </message>
</context>
<context>
    <name>jy::MoveHouseholdDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation>Move %1 to another household</translation>
    </message>
    <message>
        <source>%1 now lives at %2 as %3.</source>
        <translation>%1 now lives at %2 as %3.</translation>
    </message>
    <message>
        <source>an address not recorded</source>
        <translation>an address not recorded</translation>
    </message>
    <message>
        <source>%1 is not registered in a household now.</source>
        <translation>%1 is not registered in a household now.</translation>
    </message>
    <message>
        <source>Building-unit-room, e.g. 3-2-401</source>
        <translation>Building-unit-room, e.g. 3-2-401</translation>
    </message>
    <message>
        <source>Type the address as 3-2-401 or 3栋2单元401, or 3-2 for a whole unit; add part of the estate name to narrow it down.</source>
        <translation>Type the address as 3-2-401 or 3栋2单元401, or 3-2 for a whole unit; add part of the estate name to narrow it down.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Type the address of the household to join and press Enter.</source>
        <translation>Type the address of the household to join and press Enter.</translation>
    </message>
    <message>
        <source>New &amp;head of the old household</source>
        <translation>New &amp;head of the old household</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>House&amp;hold</source>
        <translation>House&amp;hold</translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation>&amp;Relation to head</translation>
    </message>
    <message>
        <source>%1 · empty, found a new household here</source>
        <translation>%1 · empty, found a new household here</translation>
    </message>
    <message numerus="yes">
        <source>%1 · no head · %n member(s)</source>
        <translation>
            <numerusform>%1 · no head · %n member</numerusform>
            <numerusform>%1 · no head · %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · head %2 · %n member(s)</source>
        <translation>
            <numerusform>%1 · head %2 · %n member</numerusform>
            <numerusform>%1 · head %2 · %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (current household)</source>
        <translation>%1 (current household)</translation>
    </message>
    <message>
        <source>No dwelling at this address. Type it as building-unit-room, e.g. 3-2-401.</source>
        <translation>No dwelling at this address. Type it as building-unit-room, e.g. 3-2-401.</translation>
    </message>
    <message>
        <source>Only the first %1 are shown: type a fuller address.</source>
        <translation>Only the first %1 are shown: type a fuller address.</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) at this address.</source>
        <translation>
            <numerusform>%n choice at this address.</numerusform>
            <numerusform>%n choices at this address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::NeedSource</name>
    <message>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Need:</source>
        <translation>&amp;Need:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Raised &amp;by:</source>
        <translation>Raised &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Raised on:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Make it a &amp;project (点单)…</source>
        <translation>Make it a &amp;project (点单)…</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>The need is no longer on the list.</source>
        <translation>The need is no longer on the list.</translation>
    </message>
</context>
<context>
    <name>jy::NewOrderDialog</name>
    <message>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>Name, pinyin initials, phone or 3-2-401</source>
        <translation>Name, pinyin initials, phone or 3-2-401</translation>
    </message>
    <message>
        <source>Choose from the roster, or type a caller&apos;s name</source>
        <translation>Choose from the roster, or type a caller&apos;s name</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>&amp;Find resident</source>
        <translation>&amp;Find resident</translation>
    </message>
    <message>
        <source>&amp;Requester</source>
        <translation>&amp;Requester</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Co&amp;mmunity</source>
        <translation>Co&amp;mmunity</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Wished time</source>
        <translation>&amp;Wished time</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>&amp;Register order</source>
        <translation>&amp;Register order</translation>
    </message>
    <message>
        <source>Nobody on the roster matches; type the caller&apos;s name and phone below.</source>
        <translation>Nobody on the roster matches; type the caller&apos;s name and phone below.</translation>
    </message>
    <message>
        <source>from the roster, or another number to call</source>
        <translation>from the roster, or another number to call</translation>
    </message>
</context>
<context>
    <name>jy::OrderCardDelegate</name>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>waiting %n min</numerusform>
            <numerusform>waiting %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation>
            <numerusform>waiting %n h</numerusform>
            <numerusform>waiting %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n yrs</source>
        <comment>age of the requester</comment>
        <translation>
            <numerusform>%n yrs</numerusform>
            <numerusform>%n yrs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no volunteer yet</source>
        <translation>no volunteer yet</translation>
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation>Volunteer: %1</translation>
    </message>
</context>
<context>
    <name>jy::OrderChannel</name>
    <message>
        <source>at the counter</source>
        <translation>at the counter</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>through a grid worker</source>
        <translation>through a grid worker</translation>
    </message>
</context>
<context>
    <name>jy::OrderColumnModel</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation>Volunteer: %1</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <source>Waiting longer than the supermarket&apos;s rules allow</source>
        <translation>Waiting longer than the supermarket&apos;s rules allow</translation>
    </message>
</context>
<context>
    <name>jy::OrderColumnView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>jy::OrderDetailView</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Wished time</source>
        <translation>Wished time</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>The order no longer exists.</translation>
    </message>
    <message>
        <source>Select an order to see its details and history.</source>
        <translation>Select an order to see its details and history.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source> (not on the roster)</source>
        <translation> (not on the roster)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>reason: %1</translation>
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
        <translation>any</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Rese&amp;t</translation>
    </message>
    <message>
        <source>Show every order again</source>
        <translation>Show every order again</translation>
    </message>
    <message>
        <source>Co&amp;mmunity</source>
        <translation>Co&amp;mmunity</translation>
    </message>
    <message>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>&amp;Volunteer</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <source>Submitted &amp;from</source>
        <translation>Submitted &amp;from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>All volunteers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>jy::OrderService</name>
    <message>
        <source>Your role (%1) may not register orders.</source>
        <translation>Your role (%1) may not register orders.</translation>
    </message>
    <message>
        <source>The resident is not on the roster.</source>
        <translation>The resident is not on the roster.</translation>
    </message>
    <message>
        <source>Choose the resident, or enter the caller&apos;s name.</source>
        <translation>Choose the resident, or enter the caller&apos;s name.</translation>
    </message>
    <message>
        <source>Choose the community (branch store) the order belongs to.</source>
        <translation>Choose the community (branch store) the order belongs to.</translation>
    </message>
    <message>
        <source>Choose a service from the catalogue.</source>
        <translation>Choose a service from the catalogue.</translation>
    </message>
    <message>
        <source>This service has been taken off the shelf.</source>
        <translation>This service has been taken off the shelf.</translation>
    </message>
    <message>
        <source>Choose how the order came in: counter, phone or grid worker.</source>
        <translation>Choose how the order came in: counter, phone or grid worker.</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>The order no longer exists.</translation>
    </message>
    <message>
        <source>An order cannot go from %1 to %2.</source>
        <translation>An order cannot go from %1 to %2.</translation>
    </message>
    <message>
        <source>Your role (%1) may not take the step &quot;%2&quot;.</source>
        <translation>Your role (%1) may not take the step &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A step cannot be dated before the order&apos;s previous step.</source>
        <translation>A step cannot be dated before the order&apos;s previous step.</translation>
    </message>
    <message>
        <source>The volunteer does not exist.</source>
        <translation>The volunteer does not exist.</translation>
    </message>
    <message>
        <source>%1 no longer serves as a volunteer.</source>
        <translation>%1 no longer serves as a volunteer.</translation>
    </message>
    <message>
        <source>The shop does not exist.</source>
        <translation>The shop does not exist.</translation>
    </message>
    <message>
        <source>Someone else changed this order meanwhile; look at it again.</source>
        <translation>Someone else changed this order meanwhile; look at it again.</translation>
    </message>
</context>
<context>
    <name>jy::OrderWorkflow</name>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>in service</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>rated</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>submit</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approve</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>dispatch</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>decline</translation>
    </message>
    <message>
        <source>start service</source>
        <translation>start service</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>A reason</translation>
    </message>
    <message>
        <source>a volunteer</source>
        <translation>a volunteer</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>A note on the service</source>
        <translation>A note on the service</translation>
    </message>
    <message>
        <source>The rating</source>
        <translation>The rating</translation>
    </message>
</context>
<context>
    <name>jy::OverviewPage</name>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>The database has no residents yet. Add them on the Residents page, or create demo data with &quot;jiayuan-cli demo&quot;.</source>
        <translation>The database has no residents yet. Add them on the Residents page, or create demo data with &quot;jiayuan-cli demo&quot;.</translation>
    </message>
    <message>
        <source>Residents by age and sex</source>
        <translation>Residents by age and sex</translation>
    </message>
    <message>
        <source>Residence types</source>
        <translation>Residence types</translation>
    </message>
    <message>
        <source>Residents by tag</source>
        <translation>Residents by tag</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
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
        <translation>Age</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>jy::PartyGovernancePage</name>
    <message>
        <source>Party &amp; governance</source>
        <translation>Party &amp; governance</translation>
    </message>
    <message>
        <source>&amp;Five-star branch assessment…</source>
        <translation>&amp;Five-star branch assessment…</translation>
    </message>
    <message>
        <source>&amp;Branch meetings and Party lessons (三会一课)…</source>
        <translation>&amp;Branch meetings and Party lessons (三会一课)…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Yearly reports of the party organisation: preview, print, save as PDF or Excel</source>
        <translation>Yearly reports of the party organisation: preview, print, save as PDF or Excel</translation>
    </message>
</context>
<context>
    <name>jy::PartyMembers</name>
    <message>
        <source>full member</source>
        <translation>full member</translation>
    </message>
    <message>
        <source>probationary member</source>
        <translation>probationary member</translation>
    </message>
    <message>
        <source>community-managed</source>
        <translation>community-managed</translation>
    </message>
    <message>
        <source>registered by work unit</source>
        <translation>registered by work unit</translation>
    </message>
    <message>
        <source>floating</source>
        <translation>floating</translation>
    </message>
    <message>
        <source>party members</source>
        <translation>party members</translation>
    </message>
    <message>
        <source>Choose the resident from the roster.</source>
        <translation>Choose the resident from the roster.</translation>
    </message>
    <message>
        <source>Choose the branch the member belongs to.</source>
        <translation>Choose the branch the member belongs to.</translation>
    </message>
    <message>
        <source>Members belong to a branch, not to a committee or general branch.</source>
        <translation>Members belong to a branch, not to a committee or general branch.</translation>
    </message>
    <message>
        <source>The party group must be one of the member&apos;s branch.</source>
        <translation>The party group must be one of the member&apos;s branch.</translation>
    </message>
    <message>
        <source>Choose full or probationary member.</source>
        <translation>Choose full or probationary member.</translation>
    </message>
    <message>
        <source>Choose community-managed, registered by work unit, or floating.</source>
        <translation>Choose community-managed, registered by work unit, or floating.</translation>
    </message>
    <message>
        <source>The date of joining is not plausible.</source>
        <translation>The date of joining is not plausible.</translation>
    </message>
    <message>
        <source>One joins the Party at 18 at the earliest.</source>
        <translation>One joins the Party at 18 at the earliest.</translation>
    </message>
    <message>
        <source>Enter the date of joining the Party.</source>
        <translation>Enter the date of joining the Party.</translation>
    </message>
    <message>
        <source>The party record no longer exists.</source>
        <translation>The party record no longer exists.</translation>
    </message>
    <message>
        <source>Choose the branch the member moves to.</source>
        <translation>Choose the branch the member moves to.</translation>
    </message>
    <message>
        <source>The member already belongs to this branch.</source>
        <translation>The member already belongs to this branch.</translation>
    </message>
    <message>
        <source>Enter the date of the transfer.</source>
        <translation>Enter the date of the transfer.</translation>
    </message>
    <message>
        <source>A transfer cannot be dated before the member joined.</source>
        <translation>A transfer cannot be dated before the member joined.</translation>
    </message>
    <message>
        <source>Posts are held by party members; record the member first.</source>
        <translation>Posts are held by party members; record the member first.</translation>
    </message>
    <message>
        <source>Name the post, e.g. 楼栋长 or 文明劝导员.</source>
        <translation>Name the post, e.g. 楼栋长 or 文明劝导员.</translation>
    </message>
    <message>
        <source>Enter the date the post was taken.</source>
        <translation>Enter the date the post was taken.</translation>
    </message>
    <message>
        <source>The member already holds the post %1.</source>
        <translation>The member already holds the post %1.</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>The post no longer exists.</translation>
    </message>
    <message>
        <source>The post has already ended.</source>
        <translation>The post has already ended.</translation>
    </message>
    <message>
        <source>A post ends on or after the day it was taken.</source>
        <translation>A post ends on or after the day it was taken.</translation>
    </message>
    <message>
        <source>Enter the resident&apos;s name or ID number.</source>
        <translation>Enter the resident&apos;s name or ID number.</translation>
    </message>
    <message>
        <source>No resident on the roster is called %1.</source>
        <translation>No resident on the roster is called %1.</translation>
    </message>
    <message>
        <source>Several residents are called %1; enter the ID number instead.</source>
        <translation>Several residents are called %1; enter the ID number instead.</translation>
    </message>
</context>
<context>
    <name>jy::PartyOrganisation</name>
    <message>
        <source>party committee</source>
        <translation>party committee</translation>
    </message>
    <message>
        <source>general branch</source>
        <translation>general branch</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>regular</translation>
    </message>
    <message>
        <source>grid branch</source>
        <translation>grid branch</translation>
    </message>
    <message>
        <source>functional branch</source>
        <translation>functional branch</translation>
    </message>
    <message>
        <source>the party organisation</source>
        <translation>the party organisation</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name, e.g. 孝老党支部.</source>
        <translation>Enter the organisation&apos;s name, e.g. 孝老党支部.</translation>
    </message>
    <message>
        <source>Choose the level: party committee, general branch or branch.</source>
        <translation>Choose the level: party committee, general branch or branch.</translation>
    </message>
    <message>
        <source>Choose the kind: regular, grid or functional branch.</source>
        <translation>Choose the kind: regular, grid or functional branch.</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <source>The founding date is not plausible.</source>
        <translation>The founding date is not plausible.</translation>
    </message>
    <message>
        <source>The organisation above must be one of the same community.</source>
        <translation>The organisation above must be one of the same community.</translation>
    </message>
    <message>
        <source>The organisation above must be of a higher level (a committee above a general branch above a branch).</source>
        <translation>The organisation above must be of a higher level (a committee above a general branch above a branch).</translation>
    </message>
    <message>
        <source>The community already has an organisation named %1.</source>
        <translation>The community already has an organisation named %1.</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>The organisation no longer exists.</translation>
    </message>
    <message>
        <source>Organisations stand under %1; move or remove them first.</source>
        <translation>Organisations stand under %1; move or remove them first.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s); transfer them to another branch first.</source>
        <translation>
            <numerusform>%1 still has %n member; transfer them to another branch first.</numerusform>
            <numerusform>%1 still has %n members; transfer them to another branch first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the group&apos;s name, e.g. 第一党小组.</source>
        <translation>Enter the group&apos;s name, e.g. 第一党小组.</translation>
    </message>
    <message>
        <source>Choose the branch the group belongs to.</source>
        <translation>Choose the branch the group belongs to.</translation>
    </message>
    <message>
        <source>Party groups belong to a branch, not to a committee or general branch.</source>
        <translation>Party groups belong to a branch, not to a committee or general branch.</translation>
    </message>
    <message>
        <source>The branch already has a group named %1.</source>
        <translation>The branch already has a group named %1.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>The group no longer exists.</translation>
    </message>
</context>
<context>
    <name>jy::PartyPoints</name>
    <message>
        <source>credit</source>
        <translation>credit</translation>
    </message>
    <message>
        <source>deduction</source>
        <translation>deduction</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>adjustment</translation>
    </message>
    <message>
        <source>party-member points</source>
        <translation>party-member points</translation>
    </message>
    <message>
        <source>Points are kept for party members only.</source>
        <translation>Points are kept for party members only.</translation>
    </message>
    <message>
        <source>Enter the points as a whole number from 1 to 1000.</source>
        <translation>Enter the points as a whole number from 1 to 1000.</translation>
    </message>
    <message>
        <source>An adjustment is a whole number from -1000 to 1000, not zero.</source>
        <translation>An adjustment is a whole number from -1000 to 1000, not zero.</translation>
    </message>
    <message>
        <source>An adjustment names who approved it.</source>
        <translation>An adjustment names who approved it.</translation>
    </message>
    <message>
        <source>Choose credit, deduction or adjustment.</source>
        <translation>Choose credit, deduction or adjustment.</translation>
    </message>
    <message>
        <source>Say what the points are for.</source>
        <translation>Say what the points are for.</translation>
    </message>
    <message>
        <source>Enter the date the points are for.</source>
        <translation>Enter the date the points are for.</translation>
    </message>
    <message>
        <source>The balance is %1; it cannot go below zero.</source>
        <translation>The balance is %1; it cannot go below zero.</translation>
    </message>
</context>
<context>
    <name>jy::PartyReports</name>
    <message>
        <source>Prepared by:</source>
        <comment>zh: 制表人：</comment>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <comment>zh: 审核人：</comment>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>%1 Five-Star Branch Assessment %2</source>
        <comment>zh: %1%2年度“五星支部”评定汇总表 (place, year)</comment>
        <translation>%1 Five-Star Branch Assessment %2</translation>
    </message>
    <message>
        <source>%1 branches assessed, %2 of them five-star branches</source>
        <comment>zh: 共评定%1个支部，其中五星支部%2个</comment>
        <translation>%1 branches assessed, %2 of them five-star branches</translation>
    </message>
    <message>
        <source>No branch assessed for the year</source>
        <comment>zh: 本年度尚无支部评定</comment>
        <translation>No branch assessed for the year</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no star earned (zh: 无)</comment>
        <translation>none</translation>
    </message>
    <message>
        <source>not assessed</source>
        <comment>zh: 未评定</comment>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>A star is awarded for a score of %1 or more out of 100; a blank score was not assessed.</source>
        <comment>zh: 单项得分达到%1分（满分100分）即评为该星；空白表示该项未评定。</comment>
        <translation>A star is awarded for a score of %1 or more out of 100; a blank score was not assessed.</translation>
    </message>
    <message>
        <source>Branches by the number of stars</source>
        <comment>zh: 支部星级分布</comment>
        <translation>Branches by the number of stars</translation>
    </message>
    <message>
        <source>%1 star(s)</source>
        <comment>zh: %1星</comment>
        <translation>%1 star(s)</translation>
    </message>
    <message>
        <source>No star</source>
        <comment>zh: 无星</comment>
        <translation>No star</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 Branch Meetings and Party Lessons %2</source>
        <comment>zh: %1%2年度“三会一课”开展情况统计表 (place, year)</comment>
        <translation>%1 Branch Meetings and Party Lessons %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <comment>zh: 统计时段：%1</comment>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Attended</source>
        <comment>person-times (zh: 参会人次)</comment>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Average attendance</source>
        <comment>persons per meeting (zh: 平均参会人数)</comment>
        <translation>Average attendance</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <comment>zh: 平均参会率</comment>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Average attendance: people present per meeting; attendance rate: people present of those who should attend.</source>
        <comment>zh: 平均参会人数为每次会议到会人数；平均参会率为到会人数占应到人数的比例。</comment>
        <translation>Average attendance: people present per meeting; attendance rate: people present of those who should attend.</translation>
    </message>
    <message>
        <source>Meetings held in the year, by kind</source>
        <comment>zh: 本年度各类会议次数</comment>
        <translation>Meetings held in the year, by kind</translation>
    </message>
</context>
<context>
    <name>jy::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>An administrator set your password. Choose your own before you go on.</source>
        <translation>An administrator set your password. Choose your own before you go on.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>At least %1 characters, letters and digits, not containing the user name.</source>
        <translation>At least %1 characters, letters and digits, not containing the user name.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>jy::PasswordPolicy</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The password needs both letters and digits.</source>
        <translation>The password needs both letters and digits.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
</context>
<context>
    <name>jy::PatrolLog</name>
    <message>
        <source>Your role (%1) may not keep the patrol log.</source>
        <translation>Your role (%1) may not keep the patrol log.</translation>
    </message>
    <message>
        <source>Choose the grid that was walked.</source>
        <translation>Choose the grid that was walked.</translation>
    </message>
    <message>
        <source>Enter the patrol&apos;s date.</source>
        <translation>Enter the patrol&apos;s date.</translation>
    </message>
    <message>
        <source>A patrol cannot be logged for a day still to come.</source>
        <translation>A patrol cannot be logged for a day still to come.</translation>
    </message>
    <message>
        <source>Enter who walked the grid.</source>
        <translation>Enter who walked the grid.</translation>
    </message>
    <message>
        <source>Say in a few words what needs action.</source>
        <translation>Say in a few words what needs action.</translation>
    </message>
</context>
<context>
    <name>jy::PatrolsView</name>
    <message>
        <source>&amp;Log a patrol…</source>
        <translation>&amp;Log a patrol…</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Grid:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Since:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>All grids</source>
        <translation>All grids</translation>
    </message>
    <message>
        <source>being handled</source>
        <translation>being handled</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Log a patrol</source>
        <translation>Log a patrol</translation>
    </message>
    <message>
        <source>Needs action: report it as a grid incident</source>
        <translation>Needs action: report it as a grid incident</translation>
    </message>
    <message>
        <source>&amp;Grid:</source>
        <translation>&amp;Grid:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Worker:</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Patrol logged; the incident was reported.</source>
        <translation>Patrol logged; the incident was reported.</translation>
    </message>
    <message>
        <source>Patrol logged.</source>
        <translation>Patrol logged.</translation>
    </message>
    <message>
        <source>Grid patrols</source>
        <translation>Grid patrols</translation>
    </message>
</context>
<context>
    <name>jy::PersonalDataAccess</name>
    <message>
        <source>Your role (%1) may not see full ID numbers and phone numbers.</source>
        <translation>Your role (%1) may not see full ID numbers and phone numbers.</translation>
    </message>
</context>
<context>
    <name>jy::PhoneNumber</name>
    <message>
        <source>A mobile number starts with 13–19</source>
        <translation>A mobile number starts with 13–19</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, this one has %1</source>
        <translation>A mobile number has 11 digits, this one has %1</translation>
    </message>
    <message>
        <source>Not a phone number: use 11 mobile digits or a landline such as 0411-84123456</source>
        <translation>Not a phone number: use 11 mobile digits or a landline such as 0411-84123456</translation>
    </message>
</context>
<context>
    <name>jy::PlaceResolver</name>
    <message>
        <source>The database has no community yet: run 初始化 (jiayuan-cli init) first.</source>
        <translation>The database has no community yet: run 初始化 (jiayuan-cli init) first.</translation>
    </message>
    <message>
        <source>Which community? Fill in the community column, or choose one for the whole import.</source>
        <translation>Which community? Fill in the community column, or choose one for the whole import.</translation>
    </message>
    <message>
        <source>community %1 (the unnamed community takes this name)</source>
        <translation>community %1 (the unnamed community takes this name)</translation>
    </message>
    <message>
        <source>The database has no street yet: run 初始化 (jiayuan-cli init) first.</source>
        <translation>The database has no street yet: run 初始化 (jiayuan-cli init) first.</translation>
    </message>
    <message>
        <source>community %1 (division code to be filled in)</source>
        <translation>community %1 (division code to be filled in)</translation>
    </message>
    <message>
        <source>estate %1</source>
        <translation>estate %1</translation>
    </message>
    <message>
        <source>%1 building %2</source>
        <translation>%1 building %2</translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation>grid %1</translation>
    </message>
</context>
<context>
    <name>jy::PlaceStore</name>
    <message>
        <source>%1 building %2</source>
        <translation>%1 building %2</translation>
    </message>
    <message>
        <source>Our street</source>
        <translation>Our street</translation>
    </message>
    <message>
        <source>Our community</source>
        <translation>Our community</translation>
    </message>
</context>
<context>
    <name>jy::PointsService</name>
    <message>
        <source>Your role (%1) may not adjust points.</source>
        <translation>Your role (%1) may not adjust points.</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment.</source>
        <translation>Give the reason for the adjustment.</translation>
    </message>
    <message>
        <source>Name who approved the adjustment.</source>
        <translation>Name who approved the adjustment.</translation>
    </message>
    <message>
        <source>An adjustment changes points or hours.</source>
        <translation>An adjustment changes points or hours.</translation>
    </message>
    <message>
        <source>Service hours cannot be taken away; correct the order instead.</source>
        <translation>Service hours cannot be taken away; correct the order instead.</translation>
    </message>
    <message>
        <source>The volunteer does not exist.</source>
        <translation>The volunteer does not exist.</translation>
    </message>
    <message>
        <source>The balance is %1 points; it cannot go below zero.</source>
        <translation>The balance is %1 points; it cannot go below zero.</translation>
    </message>
    <message>
        <source>Your role (%1) may not plan redemption events.</source>
        <translation>Your role (%1) may not plan redemption events.</translation>
    </message>
    <message>
        <source>Name the event.</source>
        <translation>Name the event.</translation>
    </message>
    <message>
        <source>Give the event&apos;s date.</source>
        <translation>Give the event&apos;s date.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change gift tiers.</source>
        <translation>Your role (%1) may not change gift tiers.</translation>
    </message>
    <message>
        <source>Name the gift.</source>
        <translation>Name the gift.</translation>
    </message>
    <message>
        <source>A gift costs at least one point.</source>
        <translation>A gift costs at least one point.</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>Stock cannot be negative.</translation>
    </message>
    <message>
        <source>The redemption event does not exist.</source>
        <translation>The redemption event does not exist.</translation>
    </message>
    <message>
        <source>Your role (%1) may not hand out gifts.</source>
        <translation>Your role (%1) may not hand out gifts.</translation>
    </message>
    <message>
        <source>Redeem at least one gift.</source>
        <translation>Redeem at least one gift.</translation>
    </message>
    <message>
        <source>Choose a gift of this event.</source>
        <translation>Choose a gift of this event.</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; are left.</source>
        <translation>Only %1 of &quot;%2&quot; are left.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; costs %2 points; the balance is %3.</source>
        <translation>&quot;%1&quot; costs %2 points; the balance is %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran out meanwhile.</source>
        <translation>&quot;%1&quot; ran out meanwhile.</translation>
    </message>
    <message>
        <source>This event already has a gift named %1.</source>
        <translation>This event already has a gift named %1.</translation>
    </message>
</context>
<context>
    <name>jy::ProjectSource</name>
    <message>
        <source>Co-building projects</source>
        <translation>Co-building projects</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
</context>
<context>
    <name>jy::ProjectWorkflow</name>
    <message>
        <source>ordered</source>
        <translation>ordered</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>dispatch to a unit</source>
        <translation>dispatch to a unit</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <source>decline</source>
        <translation>decline</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <source>a co-building unit</source>
        <translation>a co-building unit</translation>
    </message>
    <message>
        <source>A reason</source>
        <translation>A reason</translation>
    </message>
    <message>
        <source>The result</source>
        <translation>The result</translation>
    </message>
</context>
<context>
    <name>jy::ProvidersDialog</name>
    <message>
        <source>Teams, shops and offers</source>
        <translation>Teams, shops and offers</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Offered by</source>
        <translation>Offered by</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Volunteer teams</source>
        <translation>Volunteer teams</translation>
    </message>
    <message>
        <source>New shop…</source>
        <translation>New shop…</translation>
    </message>
    <message>
        <source>Affiliated shops</source>
        <translation>Affiliated shops</translation>
    </message>
    <message>
        <source>Put a service on the shelf…</source>
        <translation>Put a service on the shelf…</translation>
    </message>
    <message>
        <source>On/off shelf</source>
        <translation>On/off shelf</translation>
    </message>
    <message>
        <source>Services on the shelf</source>
        <translation>Services on the shelf</translation>
    </message>
    <message>
        <source>Your role (%1) may look but not change these.</source>
        <translation>Your role (%1) may look but not change these.</translation>
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
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Edit team</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Founded:</source>
        <translation>&amp;Founded:</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>New shop</translation>
    </message>
    <message>
        <source>Edit shop</source>
        <translation>Edit shop</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>&amp;Joined:</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Shop: %1</source>
        <translation>Shop: %1</translation>
    </message>
    <message>
        <source>e.g. 上门服务, 社区党群服务中心</source>
        <translation>e.g. 上门服务, 社区党群服务中心</translation>
    </message>
    <message>
        <source>e.g. 每周六上午</source>
        <translation>e.g. 每周六上午</translation>
    </message>
    <message>
        <source>Put a service on the shelf</source>
        <translation>Put a service on the shelf</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Offered &amp;by:</source>
        <translation>Offered &amp;by:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
</context>
<context>
    <name>jy::RedemptionDialog</name>
    <message>
        <source>Points redemption</source>
        <translation>Points redemption</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Volunteer&apos;s name or number</source>
        <translation>Volunteer&apos;s name or number</translation>
    </message>
    <message>
        <source>&amp;Redeem</source>
        <translation>&amp;Redeem</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Handed out at this event</source>
        <translation>Handed out at this event</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Print list…</translation>
    </message>
    <message>
        <source>%1  %2  — %3 points</source>
        <translation>%1  %2  — %3 points</translation>
    </message>
    <message>
        <source>Choose a gift and a volunteer.</source>
        <translation>Choose a gift and a volunteer.</translation>
    </message>
    <message>
        <source>%1 received %2.</source>
        <translation>%1 received %2.</translation>
    </message>
</context>
<context>
    <name>jy::RegisterDialog</name>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>The record has been deleted in the meantime.</source>
        <translation>The record has been deleted in the meantime.</translation>
    </message>
</context>
<context>
    <name>jy::RegisterTab</name>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>S&amp;tep…</source>
        <translation>S&amp;tep…</translation>
    </message>
    <message>
        <source>Take the next step of the case: the steps your role may take</source>
        <translation>Take the next step of the case: the steps your role may take</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print preview of the list as shown, on A4</source>
        <translation>Print preview of the list as shown, on A4</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the list as shown to an Excel file</source>
        <translation>Save the list as shown to an Excel file</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;More</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete %1? The audit log keeps a copy.</source>
        <translation>Delete %1? The audit log keeps a copy.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Deleted: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Reviewed by:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>jy::Registers</name>
    <message>
        <source>Your role (%1) may not change %2.</source>
        <translation>Your role (%1) may not change %2.</translation>
    </message>
</context>
<context>
    <name>jy::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Annual honors report</source>
        <translation>Annual honors report</translation>
    </message>
    <message>
        <source>Annual statistics report</source>
        <translation>Annual statistics report</translation>
    </message>
    <message>
        <source>Annual volunteer ranking</source>
        <translation>Annual volunteer ranking</translation>
    </message>
    <message>
        <source>%1 (every community)</source>
        <translation>%1 (every community)</translation>
    </message>
    <message>
        <source>Every community</source>
        <translation>Every community</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF or Excel…</source>
        <translation>&amp;Save as PDF or Excel…</translation>
    </message>
    <message>
        <source>Five-star branch assessment</source>
        <translation>Five-star branch assessment</translation>
    </message>
    <message>
        <source>Branch meetings and Party lessons (三会一课)</source>
        <translation>Branch meetings and Party lessons (三会一课)</translation>
    </message>
</context>
<context>
    <name>jy::ReportDocument</name>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>the date format of official documents (zh: yyyy年M月d日)</comment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a period of dates (zh: %1至%2)</comment>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>jy::ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <comment>page numbers at the foot (zh: 第 %1 页 共 %2 页)</comment>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Could not paint the report into %1.</source>
        <translation>Could not paint the report into %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>(seal)</translation>
    </message>
</context>
<context>
    <name>jy::ReportPreview</name>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
</context>
<context>
    <name>jy::ReportPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Save as PDF or Excel…</source>
        <translation>Save as PDF or Excel…</translation>
    </message>
</context>
<context>
    <name>jy::ReportXlsx</name>
    <message>
        <source>This report has no table to write to a spreadsheet.</source>
        <translation>This report has no table to write to a spreadsheet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>Choose a file name ending in .xlsx or .csv.</translation>
    </message>
</context>
<context>
    <name>jy::ResidentCodes</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Floating</source>
        <translation>Floating</translation>
    </message>
    <message>
        <source>Registered, absent</source>
        <translation>Registered, absent</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Son</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Daughter</source>
        <translation>Daughter</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Grandchild</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>Son- or daughter-in-law</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>jy::ResidentDialog</name>
    <message>
        <source>Edit resident: %1</source>
        <translation>Edit resident: %1</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>18 digits; 15-digit numbers are upgraded</source>
        <translation>18 digits; 15-digit numbers are upgraded</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Mobile or landline, e.g. 13800001234 or 0411-84123456</source>
        <translation>Mobile or landline, e.g. 13800001234 or 0411-84123456</translation>
    </message>
    <message>
        <source>Your role may not see or change personal data.</source>
        <translation>Your role may not see or change personal data.</translation>
    </message>
    <message>
        <source>Not in a household</source>
        <translation>Not in a household</translation>
    </message>
    <message>
        <source>Space ticks the selected tag</source>
        <translation>Space ticks the selected tag</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;ID number</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Residence &amp;type</source>
        <translation>Residence &amp;type</translation>
    </message>
    <message>
        <source>&amp;Ethnicity</source>
        <translation>&amp;Ethnicity</translation>
    </message>
    <message>
        <source>House&amp;hold</source>
        <translation>House&amp;hold</translation>
    </message>
    <message>
        <source>&amp;Relation to head</source>
        <translation>&amp;Relation to head</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>T&amp;ags</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Without an ID number, enter the birth date and sex.</source>
        <translation>Without an ID number, enter the birth date and sex.</translation>
    </message>
    <message>
        <source>Born %1 · %2 · Birthplace: %3</source>
        <translation>Born %1 · %2 · Birthplace: %3</translation>
    </message>
    <message>
        <source>15-digit number: it will be stored as %1</source>
        <translation>15-digit number: it will be stored as %1</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>%1 of 18 characters</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Saved by someone else</translation>
    </message>
    <message>
        <source>The resident has been deleted in the meantime.</source>
        <translation>The resident has been deleted in the meantime.</translation>
    </message>
</context>
<context>
    <name>jy::ResidentImporter</name>
    <message>
        <source>Your role (%1) may not import data.</source>
        <translation>Your role (%1) may not import data.</translation>
    </message>
    <message>
        <source>Your role (%1) may not change residents.</source>
        <translation>Your role (%1) may not change residents.</translation>
    </message>
    <message>
        <source>No column holds the names (姓名).</source>
        <translation>No column holds the names (姓名).</translation>
    </message>
    <message>
        <source>No column holds ID numbers (身份证号) or birth dates (出生日期).</source>
        <translation>No column holds ID numbers (身份证号) or birth dates (出生日期).</translation>
    </message>
    <message>
        <source>The import was not started.</source>
        <translation>The import was not started.</translation>
    </message>
    <message>
        <source>Row %1 has the same name and birth date: the same person twice?</source>
        <translation>Row %1 has the same name and birth date: the same person twice?</translation>
    </message>
    <message>
        <source>Row %1 has the same ID number.</source>
        <translation>Row %1 has the same ID number.</translation>
    </message>
    <message>
        <source>Several households live at this address: give the household number (户号) or mark who is the head (户主).</source>
        <translation>Several households live at this address: give the household number (户号) or mark who is the head (户主).</translation>
    </message>
    <message>
        <source>Row %1 is already the head of this household.</source>
        <translation>Row %1 is already the head of this household.</translation>
    </message>
    <message>
        <source>This household already has a head: %1.</source>
        <translation>This household already has a head: %1.</translation>
    </message>
    <message>
        <source>This household has no head: mark one person as 户主 in the relationship column.</source>
        <translation>This household has no head: mark one person as 户主 in the relationship column.</translation>
    </message>
    <message>
        <source>The sheet has no relationship column: the first person listed in each household is recorded as its head.</source>
        <translation>The sheet has no relationship column: the first person listed in each household is recorded as its head.</translation>
    </message>
</context>
<context>
    <name>jy::ResidentRules</name>
    <message>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <source>The name is longer than 40 characters.</source>
        <translation>The name is longer than 40 characters.</translation>
    </message>
    <message>
        <source>A name cannot contain digits.</source>
        <translation>A name cannot contain digits.</translation>
    </message>
    <message>
        <source>Without an ID number the birth date is required.</source>
        <translation>Without an ID number the birth date is required.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Without an ID number the sex is required.</source>
        <translation>Without an ID number the sex is required.</translation>
    </message>
    <message>
        <source>Choose a residence type.</source>
        <translation>Choose a residence type.</translation>
    </message>
    <message>
        <source>Choose the relationship to the head of household.</source>
        <translation>Choose the relationship to the head of household.</translation>
    </message>
</context>
<context>
    <name>jy::ResidentService</name>
    <message>
        <source>Your role (%1) may not change residents.</source>
        <translation>Your role (%1) may not change residents.</translation>
    </message>
    <message>
        <source>This ID number is already registered for %1.</source>
        <translation>This ID number is already registered for %1.</translation>
    </message>
    <message>
        <source>The household does not exist.</source>
        <translation>The household does not exist.</translation>
    </message>
    <message>
        <source>This household already has a head: %1.</source>
        <translation>This household already has a head: %1.</translation>
    </message>
    <message>
        <source>Unknown tags: %1</source>
        <translation>Unknown tags: %1</translation>
    </message>
    <message>
        <source>The resident no longer exists.</source>
        <translation>The resident no longer exists.</translation>
    </message>
    <message>
        <source>%1 is the head of a household with other members: choose the new head first.</source>
        <translation>%1 is the head of a household with other members: choose the new head first.</translation>
    </message>
    <message>
        <source>The new head must be another member of the same household.</source>
        <translation>The new head must be another member of the same household.</translation>
    </message>
    <message>
        <source>%1 already belongs to this household.</source>
        <translation>%1 already belongs to this household.</translation>
    </message>
    <message>
        <source>Someone else changed %1&apos;s record after you opened it, so your changes were not saved. Reload the record to see the latest version, then make your changes again.</source>
        <translation>Someone else changed %1&apos;s record after you opened it, so your changes were not saved. Reload the record to see the latest version, then make your changes again.</translation>
    </message>
</context>
<context>
    <name>jy::ResidentsPage</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>Register a new resident (Ctrl+N)</source>
        <translation>Register a new resident (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected resident (Enter, double-click or F2)</source>
        <translation>Edit the selected resident (Enter, double-click or F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected resident (Del)</source>
        <translation>Delete the selected resident (Del)</translation>
    </message>
    <message>
        <source>Show &amp;personal data</source>
        <translation>Show &amp;personal data</translation>
    </message>
    <message>
        <source>Show ID numbers and phone numbers in full</source>
        <translation>Show ID numbers and phone numbers in full</translation>
    </message>
    <message>
        <source>Your role may not see personal data.</source>
        <translation>Your role may not see personal data.</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) match the filter</source>
        <translation>
            <numerusform>%Ln resident match the filter</numerusform>
            <numerusform>%Ln residents match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln resident(s) in total</source>
        <translation>
            <numerusform>%Ln resident in total</numerusform>
            <numerusform>%Ln residents in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in a household</source>
        <translation>Not in a household</translation>
    </message>
    <message>
        <source>%1 was registered.</source>
        <translation>%1 was registered.</translation>
    </message>
    <message>
        <source>no head</source>
        <translation>no head</translation>
    </message>
    <message>
        <source>Household of %1, %2</source>
        <translation>Household of %1, %2</translation>
    </message>
    <message>
        <source>This resident no longer exists.</source>
        <translation>This resident no longer exists.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message>
        <source>%1 (ID number %2)</source>
        <translation>%1 (ID number %2)</translation>
    </message>
    <message>
        <source>Delete resident</source>
        <translation>Delete resident</translation>
    </message>
    <message>
        <source>Delete %1 from the roster?

The audit log keeps a record of the deletion.</source>
        <translation>Delete %1 from the roster?

The audit log keeps a record of the deletion.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New head of household</source>
        <translation>New head of household</translation>
    </message>
    <message>
        <source>%1 is the head of a household with other members.
Who becomes the new head?</source>
        <translation>%1 is the head of a household with other members.
Who becomes the new head?</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 was deleted.</translation>
    </message>
    <message>
        <source>&amp;Move to another household…</source>
        <translation>&amp;Move to another household…</translation>
    </message>
    <message>
        <source>Move the selected resident into another household, found by its address (Ctrl+M)</source>
        <translation>Move the selected resident into another household, found by its address (Ctrl+M)</translation>
    </message>
    <message>
        <source>%1 moved to %2.</source>
        <translation>%1 moved to %2.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import residents from an Excel or CSV roster (Ctrl+I)</source>
        <translation>Import residents from an Excel or CSV roster (Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export the residents shown to Excel or CSV (Ctrl+E)</source>
        <translation>Export the residents shown to Excel or CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Roster imported from %1</source>
        <translation>Roster imported from %1</translation>
    </message>
    <message>
        <source>Roster exported to %1</source>
        <translation>Roster exported to %1</translation>
    </message>
    <message>
        <source>Resident roster</source>
        <translation>Resident roster</translation>
    </message>
</context>
<context>
    <name>jy::ResourceSource</name>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Projects using it</source>
        <translation>Projects using it</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>jy::RosterExport</name>
    <message>
        <source>Your role may not see the roster.</source>
        <translation>Your role may not see the roster.</translation>
    </message>
    <message>
        <source>Your role may not export full ID numbers and phone numbers. Export them masked instead.</source>
        <translation>Your role may not export full ID numbers and phone numbers. Export them masked instead.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>Choose a file name ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Cannot write in the folder %1: %2</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>All communities</translation>
    </message>
    <message>
        <source>%1 residents roster (exported %2)</source>
        <translation>%1 residents roster (exported %2)</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. If it is open in another program, close it and try again.</source>
        <translation>Could not save %1: %2. If it is open in another program, close it and try again.</translation>
    </message>
</context>
<context>
    <name>jy::RosterModel</name>
    <message>
        <source>, </source>
        <comment>list separator between tags</comment>
        <translation>, </translation>
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
        <source>Age</source>
        <translation>Age</translation>
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
        <source>Residence type</source>
        <translation>Residence type</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Relation to head</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>jy::RosterQuery</name>
    <message>
        <source>%1 building %2, unit %3, room %4</source>
        <translation>%1 building %2, unit %3, room %4</translation>
    </message>
</context>
<context>
    <name>jy::RowConflict</name>
    <message>
        <source>Someone else changed %1 after you opened it, so your changes were not saved. Reload the record to see the latest version, then make your changes again.</source>
        <translation>Someone else changed %1 after you opened it, so your changes were not saved. Reload the record to see the latest version, then make your changes again.</translation>
    </message>
</context>
<context>
    <name>jy::RowParser</name>
    <message>
        <source>The ID number %1 was turned into a number by Excel and its last digits are lost; it cannot be recovered. Set the column to Text in Excel and type the number again.</source>
        <translation>The ID number %1 was turned into a number by Excel and its last digits are lost; it cannot be recovered. Set the column to Text in Excel and type the number again.</translation>
    </message>
    <message>
        <source>The sex &quot;%1&quot; is neither 男 nor 女.</source>
        <translation>The sex &quot;%1&quot; is neither 男 nor 女.</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>Birth date: %1</translation>
    </message>
    <message>
        <source>The residence type &quot;%1&quot; is not one of 户籍, 常住, 流动, 空挂.</source>
        <translation>The residence type &quot;%1&quot; is not one of 户籍, 常住, 流动, 空挂.</translation>
    </message>
    <message>
        <source>Unknown tags: %1 (add them under tags first).</source>
        <translation>Unknown tags: %1 (add them under tags first).</translation>
    </message>
    <message>
        <source>The sex %1 does not match the ID number, which says %2.</source>
        <translation>The sex %1 does not match the ID number, which says %2.</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation>The birth date %1 does not match the ID number, which says %2.</translation>
    </message>
    <message>
        <source>A room is given but no building.</source>
        <translation>A room is given but no building.</translation>
    </message>
</context>
<context>
    <name>jy::RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>All rows are written together: if you cancel, nothing is imported.</source>
        <translation>All rows are written together: if you cancel, nothing is imported.</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancel the import</translation>
    </message>
    <message>
        <source>&amp;Open the rows that were not imported</source>
        <translation>&amp;Open the rows that were not imported</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Reading… %1 rows</source>
        <translation>Reading… %1 rows</translation>
    </message>
    <message>
        <source>Writing… %1 of %2</source>
        <translation>Writing… %1 of %2</translation>
    </message>
    <message>
        <source>Reading the file again and writing…</source>
        <translation>Reading the file again and writing…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; residents imported in &lt;b&gt;%2&lt;/b&gt; new households; &lt;b&gt;%3&lt;/b&gt; updated.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; residents imported in &lt;b&gt;%2&lt;/b&gt; new households; &lt;b&gt;%3&lt;/b&gt; updated.</translation>
    </message>
    <message>
        <source>%1 residents were already registered and left as they are.</source>
        <translation>%1 residents were already registered and left as they are.</translation>
    </message>
    <message>
        <source>%1 rows were not imported. Open them, correct them in Excel or WPS, and import that file again.</source>
        <translation>%1 rows were not imported. Open them, correct them in Excel or WPS, and import that file again.</translation>
    </message>
    <message>
        <source>%1-not imported.xlsx</source>
        <translation>%1-not imported.xlsx</translation>
    </message>
    <message>
        <source>Save the rows that were not imported</source>
        <translation>Save the rows that were not imported</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Rows not imported</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>jy::Scope</name>
    <message>
        <source>Your account works for another community.</source>
        <translation>Your account works for another community.</translation>
    </message>
    <message>
        <source>This grid is not one of yours.</source>
        <translation>This grid is not one of yours.</translation>
    </message>
    <message>
        <source>This building is not in your grids.</source>
        <translation>This building is not in your grids.</translation>
    </message>
    <message>
        <source>This resident does not live in your grids.</source>
        <translation>This resident does not live in your grids.</translation>
    </message>
    <message>
        <source>Your account has no community to show.</source>
        <translation>Your account has no community to show.</translation>
    </message>
    <message>
        <source>Your account may only see the figures of its own community.</source>
        <translation>Your account may only see the figures of its own community.</translation>
    </message>
</context>
<context>
    <name>jy::ServerConnectionDialog</name>
    <message>
        <source>Street server</source>
        <translation>Street server</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.5 or server.street.local</source>
        <translation>e.g. 10.0.0.5 or server.street.local</translation>
    </message>
    <message>
        <source>the database the server&apos;s administrator made, e.g. jiayuan</source>
        <translation>the database the server&apos;s administrator made, e.g. jiayuan</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>The password is not saved; it is asked for at each start unless the computer keeps it in ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf).</source>
        <translation>The password is not saved; it is asked for at each start unless the computer keeps it in ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf).</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>Fill in the server, the database and the user.</translation>
    </message>
    <message>
        <source>Connected: the database is ready.</source>
        <translation>Connected: the database is ready.</translation>
    </message>
</context>
<context>
    <name>jy::ServiceCertificate</name>
    <message>
        <source>Your role (%1) may not issue certificates.</source>
        <translation>Your role (%1) may not issue certificates.</translation>
    </message>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>Choose a period whose start is not after its end.</translation>
    </message>
    <message>
        <source>The volunteer does not exist.</source>
        <translation>The volunteer does not exist.</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>Resident identity card</translation>
    </message>
    <message>
        <source>JJL Cert. [%1] No. %2</source>
        <translation>JJL Cert. [%1] No. %2</translation>
    </message>
</context>
<context>
    <name>jy::Session</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>Office staff</translation>
    </message>
    <message>
        <source>Grid worker</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Supermarket administrator</source>
        <translation>Supermarket administrator</translation>
    </message>
</context>
<context>
    <name>jy::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>A new language applies when Jiayuan is started again. The --lang option and the JIAYUAN_LANG variable override this choice.</source>
        <translation>A new language applies when Jiayuan is started again. The --lang option and the JIAYUAN_LANG variable override this choice.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Data is kept in:</source>
        <translation>Data is kept in:</translation>
    </message>
    <message>
        <source>Use the street&apos;s &amp;server…</source>
        <translation>Use the street&apos;s &amp;server…</translation>
    </message>
    <message>
        <source>Use a &amp;file on this computer</source>
        <translation>Use a &amp;file on this computer</translation>
    </message>
    <message>
        <source>Jiayuan opens the server&apos;s database when it is started again.</source>
        <translation>Jiayuan opens the server&apos;s database when it is started again.</translation>
    </message>
    <message>
        <source>a file on this computer, chosen at the next start</source>
        <translation>a file on this computer, chosen at the next start</translation>
    </message>
    <message>
        <source>At the next start Jiayuan opens its file in the application data folder, or asks where to keep one.</source>
        <translation>At the next start Jiayuan opens its file in the application data folder, or asks where to keep one.</translation>
    </message>
</context>
<context>
    <name>jy::SignInDialog</name>
    <message>
        <source>Jiayuan — create the administrator</source>
        <translation>Jiayuan — create the administrator</translation>
    </message>
    <message>
        <source>Jiayuan — sign in</source>
        <translation>Jiayuan — sign in</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator&apos;s account: the administrator then creates the accounts of the other staff.</source>
        <translation>This database has no accounts yet. Create the administrator&apos;s account: the administrator then creates the accounts of the other staff.</translation>
    </message>
    <message>
        <source>Sign in with your Jiayuan account.</source>
        <translation>Sign in with your Jiayuan account.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Demo database: sign in as admin, staff, grid, market or viewer with the password %1.</source>
        <translation>Demo database: sign in as admin, staff, grid, market or viewer with the password %1.</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>jy::SourcePage</name>
    <message>
        <source>Choose the roster file</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <source>An Excel or WPS workbook (.xlsx) or a CSV file. Title rows above the table are fine: pick the row that holds the column names.</source>
        <translation>An Excel or WPS workbook (.xlsx) or a CSV file. Title rows above the table are fine: pick the row that holds the column names.</translation>
    </message>
    <message>
        <source>Path of an .xlsx or .csv file</source>
        <translation>Path of an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>No row with 姓名 and other known column names was found: choose the header row yourself.</source>
        <translation>No row with 姓名 and other known column names was found: choose the header row yourself.</translation>
    </message>
    <message>
        <source>Row %1 looks like the header row. Click another row to change it.</source>
        <translation>Row %1 looks like the header row. Click another row to change it.</translation>
    </message>
</context>
<context>
    <name>jy::StarAssessment</name>
    <message>
        <source>strong branch</source>
        <translation>strong branch</translation>
    </message>
    <message>
        <source>co-building and sharing</source>
        <translation>co-building and sharing</translation>
    </message>
    <message>
        <source>safety and rule of law</source>
        <translation>safety and rule of law</translation>
    </message>
    <message>
        <source>happiness and harmony</source>
        <translation>happiness and harmony</translation>
    </message>
    <message>
        <source>livelihood and enterprise</source>
        <translation>livelihood and enterprise</translation>
    </message>
    <message>
        <source>the five-star assessment</source>
        <translation>the five-star assessment</translation>
    </message>
    <message>
        <source>Choose the branch assessed.</source>
        <translation>Choose the branch assessed.</translation>
    </message>
    <message>
        <source>The year must be between 2000 and %1.</source>
        <translation>The year must be between 2000 and %1.</translation>
    </message>
    <message>
        <source>Choose one of the five stars.</source>
        <translation>Choose one of the five stars.</translation>
    </message>
    <message>
        <source>The score is from 0 to 100.</source>
        <translation>The score is from 0 to 100.</translation>
    </message>
    <message>
        <source>A star that is awarded needs its evidence in the notes.</source>
        <translation>A star that is awarded needs its evidence in the notes.</translation>
    </message>
</context>
<context>
    <name>jy::SupermarketPage</name>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;New order…</translation>
    </message>
    <message>
        <source>Register a resident&apos;s order (Ctrl+N)</source>
        <translation>Register a resident&apos;s order (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>The steps you may take on the selected order (Enter on a card)</source>
        <translation>The steps you may take on the selected order (Enter on a card)</translation>
    </message>
    <message>
        <source>Read the board again</source>
        <translation>Read the board again</translation>
    </message>
    <message>
        <source>Service &amp;catalogue…</source>
        <translation>Service &amp;catalogue…</translation>
    </message>
    <message>
        <source>Points &amp;redemption…</source>
        <translation>Points &amp;redemption…</translation>
    </message>
    <message>
        <source>Supermarket &amp;rules…</source>
        <translation>Supermarket &amp;rules…</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <source>&amp;Order board</source>
        <translation>&amp;Order board</translation>
    </message>
    <message>
        <source>V&amp;olunteers</source>
        <translation>V&amp;olunteers</translation>
    </message>
    <message>
        <source>Volunteer supermarket</source>
        <translation>Volunteer supermarket</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) match the filter</source>
        <translation>
            <numerusform>%Ln order match the filter</numerusform>
            <numerusform>%Ln orders match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) on the board</source>
        <translation>
            <numerusform>%Ln order on the board</numerusform>
            <numerusform>%Ln orders on the board</numerusform>
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
        <translation>No step is open to your role (%1) here</translation>
    </message>
    <message>
        <source>Select an order first</source>
        <translation>Select an order first</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>The order no longer exists.</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Order %1: %2</translation>
    </message>
    <message>
        <source>Order registered</source>
        <translation>Order registered</translation>
    </message>
    <message>
        <source>&amp;Teams, shops and offers…</source>
        <translation>&amp;Teams, shops and offers…</translation>
    </message>
    <message>
        <source>Volunteer service orders</source>
        <translation>Volunteer service orders</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>The first %1 of %2 orders are printed; narrow the filter to print the others.</source>
        <translation>The first %1 of %2 orders are printed; narrow the filter to print the others.</translation>
    </message>
</context>
<context>
    <name>jy::SupermarketSettings</name>
    <message>
        <source>Your role (%1) may not change the supermarket&apos;s rules.</source>
        <translation>Your role (%1) may not change the supermarket&apos;s rules.</translation>
    </message>
    <message>
        <source>Give five rising numbers of hours for one to five stars, e.g. 100, 300, 600, 1000, 1500.</source>
        <translation>Give five rising numbers of hours for one to five stars, e.g. 100, 300, 600, 1000, 1500.</translation>
    </message>
    <message>
        <source>The time an order may wait must be at least one hour.</source>
        <translation>The time an order may wait must be at least one hour.</translation>
    </message>
    <message>
        <source>Name the issuing organisation.</source>
        <translation>Name the issuing organisation.</translation>
    </message>
</context>
<context>
    <name>jy::SupermarketSettingsDialog</name>
    <message>
        <source>Supermarket rules</source>
        <translation>Supermarket rules</translation>
    </message>
    <message>
        <source>Star volunteers: cumulative service hours for one to five stars</source>
        <translation>Star volunteers: cumulative service hours for one to five stars</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <source>An order is overdue after waiting this long</source>
        <translation>An order is overdue after waiting this long</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Service record certificates</source>
        <translation>Service record certificates</translation>
    </message>
    <message>
        <source>Issuing &amp;organisation:</source>
        <translation>Issuing &amp;organisation:</translation>
    </message>
    <message>
        <source>Person in &amp;charge:</source>
        <translation>Person in &amp;charge:</translation>
    </message>
    <message>
        <source>&amp;Handling officer:</source>
        <translation>&amp;Handling officer:</translation>
    </message>
    <message>
        <source>C&amp;ontact phone:</source>
        <translation>C&amp;ontact phone:</translation>
    </message>
</context>
<context>
    <name>jy::TagStore</name>
    <message>
        <source>Your role may not define tags.</source>
        <translation>Your role may not define tags.</translation>
    </message>
    <message>
        <source>A tag name has 1 to 20 characters.</source>
        <translation>A tag name has 1 to 20 characters.</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>The tag %1 already exists.</translation>
    </message>
</context>
<context>
    <name>jy::TransitionDialog</name>
    <message>
        <source>%1: order %2</source>
        <translation>%1: order %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 → %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 → %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Why? The resident may ask, and the history keeps it.</source>
        <translation>Why? The resident may ask, and the history keeps it.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Type part of a name or volunteer number</source>
        <translation>Type part of a name or volunteer number</translation>
    </message>
    <message>
        <source>&amp;Volunteer</source>
        <translation>&amp;Volunteer</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>enter the hours</source>
        <translation>enter the hours</translation>
    </message>
    <message>
        <source>Service &amp;hours</source>
        <translation>Service &amp;hours</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>choose…</translation>
    </message>
    <message>
        <source>What the resident said (optional)</source>
        <translation>What the resident said (optional)</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>&amp;Rating</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Feedback</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>jy::TwoWayLists</name>
    <message>
        <source>residents</source>
        <translation>residents</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>co-building unit</source>
        <translation>co-building unit</translation>
    </message>
    <message>
        <source>the needs and resources lists</source>
        <translation>the needs and resources lists</translation>
    </message>
    <message>
        <source>Say what is needed, e.g. 小区临时停车场.</source>
        <translation>Say what is needed, e.g. 小区临时停车场.</translation>
    </message>
    <message>
        <source>Choose where the need comes from: residents, a grid or a unit.</source>
        <translation>Choose where the need comes from: residents, a grid or a unit.</translation>
    </message>
    <message>
        <source>Enter the date the need was raised.</source>
        <translation>Enter the date the need was raised.</translation>
    </message>
    <message>
        <source>Choose the community.</source>
        <translation>Choose the community.</translation>
    </message>
    <message>
        <source>Say what the unit offers, e.g. 免费安装健身器材.</source>
        <translation>Say what the unit offers, e.g. 免费安装健身器材.</translation>
    </message>
    <message>
        <source>Choose the co-building unit that offers it.</source>
        <translation>Choose the co-building unit that offers it.</translation>
    </message>
    <message>
        <source>The need is no longer on the list.</source>
        <translation>The need is no longer on the list.</translation>
    </message>
    <message>
        <source>A project takes up &quot;%1&quot;; it stays on the list as the project&apos;s reason.</source>
        <translation>A project takes up &quot;%1&quot;; it stays on the list as the project&apos;s reason.</translation>
    </message>
    <message>
        <source>The resource is no longer on the list.</source>
        <translation>The resource is no longer on the list.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) use &quot;%1&quot;; it stays on the list as what answered their need.</source>
        <translation>
            <numerusform>%n project use &quot;%1&quot;; it stays on the list as what answered their need.</numerusform>
            <numerusform>%n projects use &quot;%1&quot;; it stays on the list as what answered their need.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jy::UnitSource</name>
    <message>
        <source>Co-building units</source>
        <translation>Co-building units</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>Agreement until</translation>
    </message>
    <message>
        <source>Registered members</source>
        <translation>Registered members</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>Registered party members (双报到)</source>
        <translation>Registered party members (双报到)</translation>
    </message>
    <message>
        <source>Resources offered</source>
        <translation>Resources offered</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Joined on:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Sign an &amp;agreement…</source>
        <translation>Sign an &amp;agreement…</translation>
    </message>
    <message>
        <source>&amp;Register an in-service member (双报到)…</source>
        <translation>&amp;Register an in-service member (双报到)…</translation>
    </message>
    <message>
        <source>Offer a &amp;resource…</source>
        <translation>Offer a &amp;resource…</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signed on:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Content:</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Resource:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>&amp;Reported on:</translation>
    </message>
    <message>
        <source>&amp;Can offer:</source>
        <translation>&amp;Can offer:</translation>
    </message>
</context>
<context>
    <name>jy::VolunteerDialog</name>
    <message>
        <source>Edit volunteer</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <source>Register a volunteer</source>
        <translation>Register a volunteer</translation>
    </message>
    <message>
        <source>Find the resident: name, pinyin initials, phone or 3-2-401, then Enter</source>
        <translation>Find the resident: name, pinyin initials, phone or 3-2-401, then Enter</translation>
    </message>
    <message>
        <source>For people not on the roster, e.g. 中联律师事务所</source>
        <translation>For people not on the roster, e.g. 中联律师事务所</translation>
    </message>
    <message>
        <source>(kept; your role may not see it)</source>
        <translation>(kept; your role may not see it)</translation>
    </message>
    <message>
        <source>(serves on their own)</source>
        <translation>(serves on their own)</translation>
    </message>
    <message>
        <source>given when left empty</source>
        <translation>given when left empty</translation>
    </message>
    <message>
        <source>Still serving</source>
        <translation>Still serving</translation>
    </message>
    <message>
        <source>&amp;Find resident:</source>
        <translation>&amp;Find resident:</translation>
    </message>
    <message>
        <source>From the roster:</source>
        <translation>From the roster:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Co-building &amp;unit:</source>
        <translation>Co-building &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>&amp;ID number:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Community:</source>
        <translation>&amp;Community:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Volunteer &amp;number:</source>
        <translation>Volunteer &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Registered on:</source>
        <translation>&amp;Registered on:</translation>
    </message>
    <message>
        <source>not on the roster</source>
        <translation>not on the roster</translation>
    </message>
</context>
<context>
    <name>jy::VolunteerPrinting</name>
    <message>
        <source>Service record certificate</source>
        <translation>Service record certificate</translation>
    </message>
    <message>
        <source>Redemption list</source>
        <translation>Redemption list</translation>
    </message>
</context>
<context>
    <name>jy::VolunteerReports</name>
    <message>
        <source>Volunteer Service Record Certificate</source>
        <comment>zh: 志愿服务记录证明 (the title 民政部令第67号 gives it)</comment>
        <translation>Volunteer Service Record Certificate</translation>
    </message>
    <message>
        <source>No. %1</source>
        <comment>certificate number line (zh: 编号：%1)</comment>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Volunteer No.</source>
        <translation>Volunteer No.</translation>
    </message>
    <message>
        <source>ID document</source>
        <translation>ID document</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>Service period</translation>
    </message>
    <message>
        <source>This is to certify that %1 (volunteer No. %2) served as a volunteer with %3 from %4 to %5: %6 services and %7 hours of volunteer service in all. The record of service follows.</source>
        <comment>zh: 兹证明%1（志愿者编号：%2）于%4至%5期间在%3参加志愿服务%6次，累计志愿服务时长%7小时。服务记录如下。</comment>
        <translation>This is to certify that %1 (volunteer No. %2) served as a volunteer with %3 from %4 to %5: %6 services and %7 hours of volunteer service in all. The record of service follows.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Service recorded otherwise (e.g. from paper records)</source>
        <translation>Service recorded otherwise (e.g. from paper records)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hereby certified.</source>
        <comment>zh: 特此证明。</comment>
        <translation>Hereby certified.</translation>
    </message>
    <message>
        <source>Issued under the Measures for Volunteer Service Records and Certificates (Ministry of Civil Affairs Order No. 67, 2020). Questions about this certificate go to the handling officer below.</source>
        <comment>zh: 本证明依据《志愿服务记录与证明出具办法（试行）》（民政部令第67号）出具，如有疑问请联系经办人。</comment>
        <translation>Issued under the Measures for Volunteer Service Records and Certificates (Ministry of Civil Affairs Order No. 67, 2020). Questions about this certificate go to the handling officer below.</translation>
    </message>
    <message>
        <source>Person in charge:</source>
        <translation>Person in charge:</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>Contact telephone: %1</source>
        <translation>Contact telephone: %1</translation>
    </message>
    <message>
        <source>%1 Volunteer Service Ranking %2</source>
        <comment>zh: %1%2年度志愿服务排行榜 (place, year)</comment>
        <translation>%1 Volunteer Service Ranking %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <comment>zh: 统计时段：%1</comment>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>%1 people</source>
        <comment>zh: %1人</comment>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>Hours are service hours in the year; stars follow cumulative service hours (one to five stars from %1 hours).</source>
        <comment>zh: 服务时长为本年度服务时长；星级按累计服务时长评定（一至五星分别为%1小时）。</comment>
        <translation>Hours are service hours in the year; stars follow cumulative service hours (one to five stars from %1 hours).</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <comment>zh: 制表人：</comment>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <comment>zh: 审核人：</comment>
        <translation>Reviewed by:</translation>
    </message>
    <message>
        <source>%1: Gift Receipt List</source>
        <comment>zh: %1签领表 (the event&apos;s name)</comment>
        <translation>%1: Gift Receipt List</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <comment>zh: 兑换日期：%1</comment>
        <translation>Held on %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <comment>zh: 地点：%1</comment>
        <translation>Place: %1</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>zh: 签字</comment>
        <translation>Signature</translation>
    </message>
    <message>
        <source>There is no redemption event %1.</source>
        <translation>There is no redemption event %1.</translation>
    </message>
</context>
<context>
    <name>jy::VolunteerService</name>
    <message>
        <source>Your role (%1) may not change volunteers, teams or shops.</source>
        <translation>Your role (%1) may not change volunteers, teams or shops.</translation>
    </message>
    <message>
        <source>The resident is not on the roster.</source>
        <translation>The resident is not on the roster.</translation>
    </message>
    <message>
        <source>%1 is already registered as a volunteer.</source>
        <translation>%1 is already registered as a volunteer.</translation>
    </message>
    <message>
        <source>Enter the volunteer&apos;s name.</source>
        <translation>Enter the volunteer&apos;s name.</translation>
    </message>
    <message>
        <source>The team does not exist.</source>
        <translation>The team does not exist.</translation>
    </message>
    <message>
        <source>The volunteer number %1 is already given to someone else.</source>
        <translation>The volunteer number %1 is already given to someone else.</translation>
    </message>
    <message>
        <source>Name the team.</source>
        <translation>Name the team.</translation>
    </message>
    <message>
        <source>There is already a team named %1.</source>
        <translation>There is already a team named %1.</translation>
    </message>
    <message>
        <source>Name the shop.</source>
        <translation>Name the shop.</translation>
    </message>
    <message>
        <source>There is already a shop named %1.</source>
        <translation>There is already a shop named %1.</translation>
    </message>
    <message>
        <source>Choose one volunteer, team or shop that offers the service.</source>
        <translation>Choose one volunteer, team or shop that offers the service.</translation>
    </message>
    <message>
        <source>Choose a service from the catalogue.</source>
        <translation>Choose a service from the catalogue.</translation>
    </message>
    <message>
        <source>the offer</source>
        <translation>the offer</translation>
    </message>
</context>
<context>
    <name>jy::VolunteersView</name>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>gift</source>
        <translation>gift</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>adjustment</translation>
    </message>
    <message>
        <source>Name or volunteer number</source>
        <translation>Name or volunteer number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n volunteers are listed; search by name or number to find others.</source>
        <translation>
            <numerusform>Only the first %n volunteers are listed; search by name or number to find others.</numerusform>
            <numerusform>Only the first %n volunteers are listed; search by name or number to find others.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a volunteer to see the points ledger.</source>
        <translation>Select a volunteer to see the points ledger.</translation>
    </message>
    <message>
        <source>Points ledger of %1: balance %2</source>
        <translation>Points ledger of %1: balance %2</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>order #%1</translation>
    </message>
    <message>
        <source>Service record &amp;certificate…</source>
        <translation>Service record &amp;certificate…</translation>
    </message>
    <message>
        <source>Issue and print a numbered 志愿服务记录证明 for the selected volunteer</source>
        <translation>Issue and print a numbered 志愿服务记录证明 for the selected volunteer</translation>
    </message>
    <message>
        <source>Annual &amp;ranking…</source>
        <translation>Annual &amp;ranking…</translation>
    </message>
    <message>
        <source>Service record certificate</source>
        <translation>Service record certificate</translation>
    </message>
    <message>
        <source>Select a volunteer first.</source>
        <translation>Select a volunteer first.</translation>
    </message>
    <message>
        <source>Service &amp;from:</source>
        <translation>Service &amp;from:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>The certificate gets the next number and is recorded.</source>
        <translation>The certificate gets the next number and is recorded.</translation>
    </message>
    <message>
        <source>&amp;Register volunteer…</source>
        <translation>&amp;Register volunteer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
</context>
<context>
    <name>jy::Workflow</name>
    <message>
        <source>There is no step &quot;%1&quot; here.</source>
        <translation>There is no step &quot;%1&quot; here.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the case is %2; it is possible only when it is %3.</source>
        <translation>&quot;%1&quot; is not possible while the case is %2; it is possible only when it is %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Your role (%1) may not take the step &quot;%2&quot;.</source>
        <translation>Your role (%1) may not take the step &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is required for &quot;%2&quot;.</source>
        <translation>%1 is required for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a number greater than zero for &quot;%2&quot;.</source>
        <translation>%1 must be a number greater than zero for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to 5 for &quot;%2&quot;.</source>
        <translation>%1 must be a whole number from 1 to 5 for &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Choose %1 for &quot;%2&quot;.</source>
        <translation>Choose %1 for &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>jy::XlsxReader</name>
    <message>
        <source>The Excel file is damaged: the part %1 cannot be read (%2).</source>
        <translation>The Excel file is damaged: the part %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>The Excel file is damaged: the part %1 is missing.</source>
        <translation>The Excel file is damaged: the part %1 is missing.</translation>
    </message>
    <message>
        <source>The Excel file is too large to read: the part %1 unpacks to more than %2 MB.</source>
        <translation>The Excel file is too large to read: the part %1 unpacks to more than %2 MB.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 (.xls) file or a password-protected workbook. Open it in Excel or WPS and save it as .xlsx without a password.</source>
        <translation>This is an old Excel 97-2003 (.xls) file or a password-protected workbook. Open it in Excel or WPS and save it as .xlsx without a password.</translation>
    </message>
    <message>
        <source>The file is not a valid Excel workbook (.xlsx).</source>
        <translation>The file is not a valid Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>This is a binary Excel workbook (.xlsb). Save it as .xlsx in Excel first.</source>
        <translation>This is a binary Excel workbook (.xlsb). Save it as .xlsx in Excel first.</translation>
    </message>
    <message>
        <source>This is an OpenDocument spreadsheet (.ods). Save it as .xlsx first.</source>
        <translation>This is an OpenDocument spreadsheet (.ods). Save it as .xlsx first.</translation>
    </message>
    <message>
        <source>The file is not a valid Excel workbook: it contains no workbook.</source>
        <translation>The file is not a valid Excel workbook: it contains no workbook.</translation>
    </message>
    <message>
        <source>The Excel file contains no worksheet.</source>
        <translation>The Excel file contains no worksheet.</translation>
    </message>
    <message>
        <source>The Excel file is too large to read: it has more than %L1 different texts.</source>
        <translation>The Excel file is too large to read: it has more than %L1 different texts.</translation>
    </message>
    <message>
        <source>The sheet has too many merged cells to read (part %1).</source>
        <translation>The sheet has too many merged cells to read (part %1).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>No Excel file is open.</source>
        <translation>No Excel file is open.</translation>
    </message>
    <message>
        <source>The Excel file has no sheet number %1.</source>
        <translation>The Excel file has no sheet number %1.</translation>
    </message>
    <message>
        <source>The sheet has more than %L1 rows (part %2).</source>
        <translation>The sheet has more than %L1 rows (part %2).</translation>
    </message>
    <message>
        <source>The Excel file is damaged: the part %1 is not valid XML (%2).</source>
        <translation>The Excel file is damaged: the part %1 is not valid XML (%2).</translation>
    </message>
    <message>
        <source>The sheet has more than %L1 cells (part %2).</source>
        <translation>The sheet has more than %L1 cells (part %2).</translation>
    </message>
</context>
<context>
    <name>jy::XlsxTableWriter</name>
    <message>
        <source>The file %1 was already closed.</source>
        <translation>The file %1 was already closed.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder is not writable or the file is open in another program.</source>
        <translation>Cannot create %1: the folder is not writable or the file is open in another program.</translation>
    </message>
    <message>
        <source>Cannot use temporary files in %1: the folder is full or not writable.</source>
        <translation>Cannot use temporary files in %1: the folder is full or not writable.</translation>
    </message>
    <message>
        <source>Too many rows or columns for one Excel sheet (at most 1,048,576 rows).</source>
        <translation>Too many rows or columns for one Excel sheet (at most 1,048,576 rows).</translation>
    </message>
    <message>
        <source>Not enough memory to write %1.</source>
        <translation>Not enough memory to write %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>jy::cli</name>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Missing --db PATH.</source>
        <translation>Missing --db PATH.</translation>
    </message>
    <message>
        <source>Fill an empty database with believable demo data (deterministic for a seed).</source>
        <translation>Fill an empty database with believable demo data (deterministic for a seed).</translation>
    </message>
    <message>
        <source>Number of communities: 1 is 魅力社区 alone, 19 a whole street.</source>
        <translation>Number of communities: 1 is 魅力社区 alone, 19 a whole street.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Random seed.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>Generating… %1%</translation>
    </message>
    <message>
        <source>Demo data written to %1 in %2 s: %3 communities, %4 grids, %5 buildings, %6 households, %7 residents, %8 party members.</source>
        <translation>Demo data written to %1 in %2 s: %3 communities, %4 grids, %5 buildings, %6 households, %7 residents, %8 party members.</translation>
    </message>
    <message>
        <source>Import the official list of counties (areas.csv) or townships and streets (streets.csv).</source>
        <translation>Import the official list of counties (areas.csv) or townships and streets (streets.csv).</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>The action.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>The CSV file.</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli divisions import FILE.csv --db PATH</source>
        <translation>Usage: jiayuan-cli divisions import FILE.csv --db PATH</translation>
    </message>
    <message>
        <source>Imported %1 divisions, skipped %2.</source>
        <translation>Imported %1 divisions, skipped %2.</translation>
    </message>
    <message>
        <source>Check a citizen ID number (GB 11643): exit 0 when valid, 1 when invalid.</source>
        <translation>Check a citizen ID number (GB 11643): exit 0 when valid, 1 when invalid.</translation>
    </message>
    <message>
        <source>18-digit number, or a 15-digit old one.</source>
        <translation>18-digit number, or a 15-digit old one.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Give exactly one ID number.</source>
        <translation>Give exactly one ID number.</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Invalid: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>18-digit number: %1</source>
        <translation>18-digit number: %1</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>Birth date: %1</source>
        <translation>Birth date: %1</translation>
    </message>
    <message>
        <source>Sex: %1</source>
        <translation>Sex: %1</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>Region: %1 (%2)</translation>
    </message>
    <message>
        <source>Create a database, or bring an existing one up to date.</source>
        <translation>Create a database, or bring an existing one up to date.</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>Database %1 is ready (schema version %2).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search residents by name, pinyin or initials, ID number or its last 4–6 digits, phone, or address (building-unit-room).</source>
        <translation>Search residents by name, pinyin or initials, ID number or its last 4–6 digits, phone, or address (building-unit-room).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>What to look for.</translation>
    </message>
    <message>
        <source>At most this many results (default 50).</source>
        <translation>At most this many results (default 50).</translation>
    </message>
    <message>
        <source>Show ID numbers and phones unmasked (if your role allows).</source>
        <translation>Show ID numbers and phones unmasked (if your role allows).</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli residents search QUERY --db PATH [--json] [--limit N] [--reveal]</source>
        <translation>Usage: jiayuan-cli residents search QUERY --db PATH [--json] [--limit N] [--reveal]</translation>
    </message>
    <message>
        <source>%1 found, %2 shown.</source>
        <translation>%1 found, %2 shown.</translation>
    </message>
    <message>
        <source>Headline counts of a database.</source>
        <translation>Headline counts of a database.</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Communities</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>Grids</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>Party members</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli export residents --db PATH --out FILE.xlsx|FILE.csv [--unmasked] [--filter TEXT] [--community CODE_OR_NAME] [--json]</source>
        <translation>Usage: jiayuan-cli export residents --db PATH --out FILE.xlsx|FILE.csv [--unmasked] [--filter TEXT] [--community CODE_OR_NAME] [--json]</translation>
    </message>
    <message>
        <source>No community has the code or name &quot;%1&quot;.</source>
        <translation>No community has the code or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several communities are called &quot;%1&quot;: give the 12-digit code instead.</source>
        <translation>Several communities are called &quot;%1&quot;: give the 12-digit code instead.</translation>
    </message>
    <message>
        <source>Export the residents roster to an Excel (.xlsx) or CSV file, in roster order. ID numbers and phones are masked unless --unmasked is given.</source>
        <translation>Export the residents roster to an Excel (.xlsx) or CSV file, in roster order. ID numbers and phones are masked unless --unmasked is given.</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>What to export.</translation>
    </message>
    <message>
        <source>The file to write; its suffix (.xlsx or .csv) chooses the format.</source>
        <translation>The file to write; its suffix (.xlsx or .csv) chooses the format.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Write full ID numbers and phones (if your role allows; recorded in the audit log).</source>
        <translation>Write full ID numbers and phones (if your role allows; recorded in the audit log).</translation>
    </message>
    <message>
        <source>Only residents matching this roster search text.</source>
        <translation>Only residents matching this roster search text.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Only this community, by code or name.</source>
        <translation>Only this community, by code or name.</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>code or name</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv.</source>
        <translation>The output file must end in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>%1 residents written to %2 with full ID numbers and phones.</source>
        <translation>%1 residents written to %2 with full ID numbers and phones.</translation>
    </message>
    <message>
        <source>%1 residents written to %2 (ID numbers and phones masked).</source>
        <translation>%1 residents written to %2 (ID numbers and phones masked).</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, e.g. 3=id_number; fields: %1</source>
        <translation>--map takes COLUMN=FIELD, e.g. 3=id_number; fields: %1</translation>
    </message>
    <message>
        <source>Import a roster of residents from .xlsx or .csv (UTF-8 or GB18030). Prints a JSON summary.</source>
        <translation>Import a roster of residents from .xlsx or .csv (UTF-8 or GB18030). Prints a JSON summary.</translation>
    </message>
    <message>
        <source>What to import.</source>
        <translation>What to import.</translation>
    </message>
    <message>
        <source>The .xlsx or .csv file.</source>
        <translation>The .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>Check everything and report, but write nothing.</source>
        <translation>Check everything and report, but write nothing.</translation>
    </message>
    <message>
        <source>Update residents already in the database instead of skipping them.</source>
        <translation>Update residents already in the database instead of skipping them.</translation>
    </message>
    <message>
        <source>The sheet to read (default: the first).</source>
        <translation>The sheet to read (default: the first).</translation>
    </message>
    <message>
        <source>Write the rejected rows with their reasons to this .xlsx or .csv file.</source>
        <translation>Write the rejected rows with their reasons to this .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>The community (code or name) for rows that name none.</source>
        <translation>The community (code or name) for rows that name none.</translation>
    </message>
    <message>
        <source>The header row, counted from 1 (default: found automatically).</source>
        <translation>The header row, counted from 1 (default: found automatically).</translation>
    </message>
    <message>
        <source>Column (from 0) holding a field, e.g. 3=id_number; may be repeated.</source>
        <translation>Column (from 0) holding a field, e.g. 3=id_number; may be repeated.</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli import residents FILE --db PATH [--dry-run] [--update] [--sheet NAME] [--errors OUT.xlsx]</source>
        <translation>Usage: jiayuan-cli import residents FILE --db PATH [--dry-run] [--update] [--sheet NAME] [--errors OUT.xlsx]</translation>
    </message>
    <message>
        <source>--header-row takes a row number from 1.</source>
        <translation>--header-row takes a row number from 1.</translation>
    </message>
    <message>
        <source>No community %1 in this database.</source>
        <translation>No community %1 in this database.</translation>
    </message>
    <message>
        <source>The day simulated volunteer orders stop at (default: today).</source>
        <translation>The day simulated volunteer orders stop at (default: today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Leave the volunteer supermarket empty.</source>
        <translation>Leave the volunteer supermarket empty.</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli demo --db PATH [--communities 1..30] [--seed S] [--today YYYY-MM-DD from 2025-01-01] [--no-orders]</source>
        <translation>Usage: jiayuan-cli demo --db PATH [--communities 1..30] [--seed S] [--today YYYY-MM-DD from 2025-01-01] [--no-orders]</translation>
    </message>
    <message>
        <source>Volunteer supermarket: %1 volunteers in %2 teams, %3 shops, %4 orders.</source>
        <translation>Volunteer supermarket: %1 volunteers in %2 teams, %3 shops, %4 orders.</translation>
    </message>
    <message>
        <source>Warning: the report fonts %1 are not installed (Debian: fonts-arphic-uming fonts-wqy-zenhei); the PDF may look different and its Chinese text may not copy out correctly.</source>
        <translation>Warning: the report fonts %1 are not installed (Debian: fonts-arphic-uming fonts-wqy-zenhei); the PDF may look different and its Chinese text may not copy out correctly.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 rows written to %2.</translation>
    </message>
    <message>
        <source>%1 page(s) written to %2.</source>
        <translation>%1 page(s) written to %2.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>The PDF file to write.</translation>
    </message>
    <message>
        <source>The file to write; its suffix (.pdf or .xlsx) chooses the format.</source>
        <translation>The file to write; its suffix (.pdf or .xlsx) chooses the format.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf.</source>
        <translation>The output file must end in .pdf.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf or .xlsx.</source>
        <translation>The output file must end in .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (write it as 2026-01-31).</source>
        <translation>--%1: &quot;%2&quot; is not a date (write it as 2026-01-31).</translation>
    </message>
    <message>
        <source>Issue a volunteer service record certificate (PDF) for a period, by default this year to date. The certificate is numbered and recorded.</source>
        <translation>Issue a volunteer service record certificate (PDF) for a period, by default this year to date. The certificate is numbered and recorded.</translation>
    </message>
    <message>
        <source>What to print.</source>
        <translation>What to print.</translation>
    </message>
    <message>
        <source>The volunteer&apos;s id, volunteer number or name.</source>
        <translation>The volunteer&apos;s id, volunteer number or name.</translation>
    </message>
    <message>
        <source>id or name</source>
        <translation>id or name</translation>
    </message>
    <message>
        <source>First day of the period (default: 1 January of this year).</source>
        <translation>First day of the period (default: 1 January of this year).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>Last day of the period (default: today).</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>The period starts after it ends.</translation>
    </message>
    <message>
        <source>No volunteer has the id, number or name &quot;%1&quot;.</source>
        <translation>No volunteer has the id, number or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The annual volunteer ranking: hours, services, points and stars, with totals.</source>
        <translation>The annual volunteer ranking: hours, services, points and stars, with totals.</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>The year.</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>The gifts handed out at a redemption event, with a column to sign.</source>
        <translation>The gifts handed out at a redemption event, with a column to sign.</translation>
    </message>
    <message>
        <source>The redemption event&apos;s id.</source>
        <translation>The redemption event&apos;s id.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>--event: &quot;%1&quot; is not an event id.</source>
        <translation>--event: &quot;%1&quot; is not an event id.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a year.</source>
        <translation>--%1: &quot;%2&quot; is not a year.</translation>
    </message>
    <message>
        <source>The honors of a year or span, grouped by level and recipient; for the whole street also the communities side by side.</source>
        <translation>The honors of a year or span, grouped by level and recipient; for the whole street also the communities side by side.</translation>
    </message>
    <message>
        <source>The (first) year.</source>
        <translation>The (first) year.</translation>
    </message>
    <message>
        <source>The last year of a span (default: the same year).</source>
        <translation>The last year of a span (default: the same year).</translation>
    </message>
    <message>
        <source>--to: the span ends before it starts.</source>
        <translation>--to: the span ends before it starts.</translation>
    </message>
    <message>
        <source>The annual statistics report: a row per community and a total.</source>
        <translation>The annual statistics report: a row per community and a total.</translation>
    </message>
    <message>
        <source>Grid work: %1 patrols, %2 incidents, %3 care plans.</source>
        <translation>Grid work: %1 patrols, %2 incidents, %3 care plans.</translation>
    </message>
    <message>
        <source>Write the grid map (grids as polygons, buildings as points or outlines) as GeoJSON in WGS 84 longitude and latitude.</source>
        <translation>Write the grid map (grids as polygons, buildings as points or outlines) as GeoJSON in WGS 84 longitude and latitude.</translation>
    </message>
    <message>
        <source>The .geojson file to write.</source>
        <translation>The .geojson file to write.</translation>
    </message>
    <message>
        <source>Only this community, by code or name (default: every community).</source>
        <translation>Only this community, by code or name (default: every community).</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli export geojson --db PATH --out FILE.geojson [--community CODE]</source>
        <translation>Usage: jiayuan-cli export geojson --db PATH --out FILE.geojson [--community CODE]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 grids and %2 buildings written to %3.</source>
        <translation>%1 grids and %2 buildings written to %3.</translation>
    </message>
    <message>
        <source>Read grids and buildings from a GeoJSON file: grids matched by code, buildings by estate and number; missing ones are created. Prints a JSON summary.</source>
        <translation>Read grids and buildings from a GeoJSON file: grids matched by code, buildings by estate and number; missing ones are created. Prints a JSON summary.</translation>
    </message>
    <message>
        <source>The .geojson file.</source>
        <translation>The .geojson file.</translation>
    </message>
    <message>
        <source>The community the map belongs to, by code or name (default: the one named in each feature&apos;s community_code, or the only community).</source>
        <translation>The community the map belongs to, by code or name (default: the one named in each feature&apos;s community_code, or the only community).</translation>
    </message>
    <message>
        <source>Usage: jiayuan-cli import geojson FILE --db PATH [--community CODE]</source>
        <translation>Usage: jiayuan-cli import geojson FILE --db PATH [--community CODE]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a community map.</source>
        <translation>%1 is too large to be a community map.</translation>
    </message>
    <message>
        <source>The database has no community yet.</source>
        <translation>The database has no community yet.</translation>
    </message>
    <message>
        <source>The database holds several communities: choose one with --community.</source>
        <translation>The database holds several communities: choose one with --community.</translation>
    </message>
    <message>
        <source>The grid notice boards (网格公示牌): a card per grid with its buildings and staff.</source>
        <translation>The grid notice boards (网格公示牌): a card per grid with its buildings and staff.</translation>
    </message>
    <message>
        <source>The grid map as a landscape poster with a legend.</source>
        <translation>The grid map as a landscape poster with a legend.</translation>
    </message>
    <message>
        <source>The community, by code or name (default: the only one).</source>
        <translation>The community, by code or name (default: the only one).</translation>
    </message>
    <message>
        <source>Colour by: %1 (default: none).</source>
        <translation>Colour by: %1 (default: none).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>key</translation>
    </message>
    <message>
        <source>Paper: A4 or A3 (default A4).</source>
        <translation>Paper: A4 or A3 (default A4).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>--layer must be one of: %1.</source>
        <translation>--layer must be one of: %1.</translation>
    </message>
    <message>
        <source>--size must be A4 or A3.</source>
        <translation>--size must be A4 or A3.</translation>
    </message>
    <message>
        <source>The weekly grid bulletin (周通报) for the week holding --date (default: today).</source>
        <translation>The weekly grid bulletin (周通报) for the week holding --date (default: today).</translation>
    </message>
    <message>
        <source>Any day of the week (default: today).</source>
        <translation>Any day of the week (default: today).</translation>
    </message>
    <message>
        <source>The monthly grid ranking (月评比).</source>
        <translation>The monthly grid ranking (月评比).</translation>
    </message>
    <message>
        <source>The month, 1 to 12.</source>
        <translation>The month, 1 to 12.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>--month must be a number from 1 to 12.</source>
        <translation>--month must be a number from 1 to 12.</translation>
    </message>
    <message>
        <source>Write a verified copy of a database, made with SQLite&apos;s online backup API.</source>
        <translation>Write a verified copy of a database, made with SQLite&apos;s online backup API.</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist).</source>
        <translation>The backup file to write (must not exist).</translation>
    </message>
    <message>
        <source>Missing --out FILE.</source>
        <translation>Missing --out FILE.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes, schema version %3); its integrity check passed.</source>
        <translation>Backup written to %1 (%2 bytes, schema version %3); its integrity check passed.</translation>
    </message>
    <message>
        <source>Replace a database with a backup; the current database is kept in the backups folder beside it.</source>
        <translation>Replace a database with a backup; the current database is kept in the backups folder beside it.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>The backup file to restore.</translation>
    </message>
    <message>
        <source>Missing --from FILE.</source>
        <translation>Missing --from FILE.</translation>
    </message>
    <message>
        <source>Restored %1 from %2: schema version %3, %4 communities, %5 households, %6 residents.</source>
        <translation>Restored %1 from %2: schema version %3, %4 communities, %5 households, %6 residents.</translation>
    </message>
    <message>
        <source>The database as it was before is saved as %1; restore that file to undo.</source>
        <translation>The database as it was before is saved as %1; restore that file to undo.</translation>
    </message>
    <message>
        <source>Check a database: file integrity, foreign keys, the audit log&apos;s hash chain. Exit 0 when all is well, 1 on a problem.</source>
        <translation>Check a database: file integrity, foreign keys, the audit log&apos;s hash chain. Exit 0 when all is well, 1 on a problem.</translation>
    </message>
    <message>
        <source>File integrity: ok</source>
        <translation>File integrity: ok</translation>
    </message>
    <message numerus="yes">
        <source>File integrity: %n problem(s), first: %1</source>
        <translation>
            <numerusform>File integrity: %n problem, first: %1</numerusform>
            <numerusform>File integrity: %n problems, first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>References between records: ok</source>
        <translation>References between records: ok</translation>
    </message>
    <message numerus="yes">
        <source>References between records: %n broken</source>
        <translation>
            <numerusform>References between records: %n broken</numerusform>
            <numerusform>References between records: %n broken</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 row %2 points to a missing %3</source>
        <translation>  %1 row %2 points to a missing %3</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, the chain is broken: %1</source>
        <translation>
            <numerusform>Audit log: %n entry, the chain is broken: %1</numerusform>
            <numerusform>Audit log: %n entries, the chain is broken: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n entries, the chain is intact</source>
        <translation>
            <numerusform>Audit log: %n entry, the chain is intact</numerusform>
            <numerusform>Audit log: %n entries, the chain is intact</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>Problems found.</translation>
    </message>
    <message>
        <source>List the audit log, newest first: who changed which record when, before → after.</source>
        <translation>List the audit log, newest first: who changed which record when, before → after.</translation>
    </message>
    <message>
        <source>Only the entries of this person.</source>
        <translation>Only the entries of this person.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Only this kind of record (resident, household, grid …).</source>
        <translation>Only this kind of record (resident, household, grid …).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Only this record (its id; with --table).</source>
        <translation>Only this record (its id; with --table).</translation>
    </message>
    <message>
        <source>From this day on.</source>
        <translation>From this day on.</translation>
    </message>
    <message>
        <source>Up to and including this day.</source>
        <translation>Up to and including this day.</translation>
    </message>
    <message>
        <source>Only entries whose values contain this text.</source>
        <translation>Only entries whose values contain this text.</translation>
    </message>
    <message>
        <source>At most this many entries (default 50).</source>
        <translation>At most this many entries (default 50).</translation>
    </message>
    <message>
        <source>--record must be a record id (a whole number).</source>
        <translation>--record must be a record id (a whole number).</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1.</source>
        <translation>--limit must be a whole number of at least 1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>%1 of %n entry shown.</numerusform>
            <numerusform>%1 of %n entries shown.</numerusform>
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
        <translation>Usage: jiayuan-cli report certificate --db PATH --volunteer ID_OR_NAME --out FILE.pdf [--from DATE] [--to DATE]
       jiayuan-cli report volunteers --db PATH --year Y --out FILE.pdf|FILE.xlsx [--community CODE_OR_NAME]
       jiayuan-cli report redemptions --db PATH --event ID --out FILE.pdf|FILE.xlsx
       jiayuan-cli report honors --db PATH --year Y [--to Y2] [--community CODE] --out FILE.pdf|FILE.xlsx
       jiayuan-cli report stats --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
       jiayuan-cli report five-star --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
       jiayuan-cli report party-meetings --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx
       jiayuan-cli report grid-board --db PATH --out FILE.pdf [--community CODE]
       jiayuan-cli report grid-map --db PATH --out FILE.pdf [--community CODE] [--layer KEY] [--size A4|A3]
       jiayuan-cli report grid-bulletin --db PATH --out FILE.pdf|FILE.xlsx [--community CODE] [--date DATE]
       jiayuan-cli report grid-ranking --db PATH --out FILE.pdf|FILE.xlsx [--community CODE] --year Y --month M</translation>
    </message>
    <message>
        <source>The five-star branch assessment of a year: each branch&apos;s score per star and its stars.</source>
        <translation>The five-star branch assessment of a year: each branch&apos;s score per star and its stars.</translation>
    </message>
    <message>
        <source>The branch meetings and Party lessons (三会一课) of a year: per branch, meetings by kind and attendance.</source>
        <translation>The branch meetings and Party lessons (三会一课) of a year: per branch, meetings by kind and attendance.</translation>
    </message>
    <message>
        <source>The database file, or postgresql://user@host:port/dbname for a shared server.</source>
        <translation>The database file, or postgresql://user@host:port/dbname for a shared server.</translation>
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
        <translation>Usage: jiayuan-cli COMMAND [options]

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
</translation>
    </message>
    <message>
        <source>Move an office&apos;s database file to the street&apos;s shared server: copies every record with its id, checks the counts table by table, and can be run again (it replaces its own earlier copy). Prints a JSON summary.</source>
        <translation>Move an office&apos;s database file to the street&apos;s shared server: copies every record with its id, checks the counts table by table, and can be run again (it replaces its own earlier copy). Prints a JSON summary.</translation>
    </message>
    <message>
        <source>The office&apos;s database file.</source>
        <translation>The office&apos;s database file.</translation>
    </message>
    <message>
        <source>The target, e.g. postgresql://user@host:5432/street (an empty database or an earlier copy of the same file).</source>
        <translation>The target, e.g. postgresql://user@host:5432/street (an empty database or an earlier copy of the same file).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Give both --from PATH and --to postgresql://…</source>
        <translation>Give both --from PATH and --to postgresql://…</translation>
    </message>
    <message>
        <source>--from must be a database file.</source>
        <translation>--from must be a database file.</translation>
    </message>
    <message>
        <source>%1 of %2 records copied</source>
        <translation>%1 of %2 records copied</translation>
    </message>
</context>
</TS>
