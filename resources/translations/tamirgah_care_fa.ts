<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>FollowUpAssignDialog</name>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="58"/>
        <source>Nobody</source>
        <translation>هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="63"/>
        <source>Give it to:</source>
        <translation>سپردن به:</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="68"/>
        <source>Assign the follow-up</source>
        <translation>سپردن پیگیری</translation>
    </message>
</context>
<context>
    <name>FollowUpComplaintDialog</name>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="33"/>
        <source>Job number, or the customer&apos;s mobile</source>
        <translation>شمارهٔ کار، یا موبایل مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="35"/>
        <source>In the customer&apos;s words, as exactly as you can</source>
        <translation>با همان کلمه‌های مشتری، تا جایی که می‌شود دقیق</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="51"/>
        <source>Job or customer:</source>
        <translation>کار یا مشتری:</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="52"/>
        <source>What happened:</source>
        <translation>چه پیش آمده:</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="53"/>
        <source>How serious:</source>
        <translation>چقدر جدی:</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="54"/>
        <source>How it came:</source>
        <translation>از چه راهی:</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="55"/>
        <source>It goes straight to a manager, who has until the due time to answer it; after that it is escalated.</source>
        <translation>یکراست به مدیر می‌رسد و او تا موعدش فرصت دارد به آن رسیدگی کند؛ پس از آن به سطح بالاتر گزارش می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="63"/>
        <source>Record complaint</source>
        <translation>ثبت شکایت</translation>
    </message>
    <message>
        <location filename="../../ui/care/complaint_dialog.py" line="65"/>
        <source>Record a complaint</source>
        <translation>ثبت یک شکایت</translation>
    </message>
</context>
<context>
    <name>FollowUpDoneDialog</name>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="157"/>
        <source>What was said or done; kept on the job&apos;s timeline</source>
        <translation>چه گفته یا انجام شد؛ در تاریخچهٔ کار می‌ماند</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="161"/>
        <source>Outcome:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="162"/>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="167"/>
        <source>Mark done</source>
        <translation>ثبت انجام</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="168"/>
        <source>Follow-up done</source>
        <translation>انجام پیگیری</translation>
    </message>
</context>
<context>
    <name>FollowUpSnoozeDialog</name>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="94"/>
        <source>Tomorrow morning ({time})</source>
        <translation>فردا صبح ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="96"/>
        <source>In 3 days ({time})</source>
        <translation>سه روز دیگر ({time})</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="98"/>
        <source>On:</source>
        <translation>در:</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="122"/>
        <source>Out of the list until:</source>
        <translation>بیرون از فهرست تا:</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="126"/>
        <source>Its due time stays: an overdue follow-up still goes up to the manager.</source>
        <translation>موعدش همان می‌ماند: پیگیری دیرشده باز هم به مدیر گزارش می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="132"/>
        <source>Snooze the follow-up</source>
        <translation>تعویق پیگیری</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../ui/care/followups_model.py" line="42"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="42"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="42"/>
        <source>Job</source>
        <translation>شمارهٔ کار</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="43"/>
        <source>About</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="43"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="43"/>
        <source>Due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="44"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="80"/>
        <source>Unread reply</source>
        <translation>پاسخ خوانده‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="91"/>
        <source>nobody yet</source>
        <translation>هنوز هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="111"/>
        <source>Scored {score}</source>
        <translation>نمرهٔ {score}</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="118"/>
        <source>received {time}</source>
        <translation>رسیده در {time}</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="125"/>
        <source>serious</source>
        <translation>جدی</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="127"/>
        <source>overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="131"/>
        <source>snoozed until {time}</source>
        <translation>به تعویق تا {time}</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_model.py" line="139"/>
        <source>{text}

Note: {note}</source>
        <translation>{text}

یادداشت: {note}</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../ui/care/followups_page.py" line="137"/>
        <source>All open</source>
        <translation>همهٔ پیگیری‌های باز</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="137"/>
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="138"/>
        <source>Mine</source>
        <translation>مال من</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="138"/>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="142"/>
        <source>Include snoozed</source>
        <translation>با پیگیری‌های به تعویق افتاده</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="143"/>
        <source>Record complaint…</source>
        <translation>ثبت شکایت…</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="144"/>
        <source>Assign…</source>
        <translation>سپردن…</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="145"/>
        <source>Snooze…</source>
        <translation>تعویق…</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="146"/>
        <source>Done…</source>
        <translation>انجام شد…</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="147"/>
        <source>Open job</source>
        <translation>باز کردن کار</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="148"/>
        <source>Open customer</source>
        <translation>باز کردن مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="149"/>
        <source>Make a task…</source>
        <translation>ساختن پیگیری…</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="150"/>
        <source>Mark read</source>
        <translation>خوانده شد</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="194"/>
        <source>Nothing done yet.</source>
        <translation>هنوز پیگیری‌ای انجام نشده است.</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="195"/>
        <source>Nothing to follow up. Complaints, unhappy survey answers and customers&apos; replies show here.</source>
        <translation>پیگیری‌ای نمانده است. شکایت‌ها، نظرسنجی‌های ناراضی و پاسخ‌های مشتریان اینجا می‌آیند.</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="222"/>
        <source>{count} open</source>
        <translation>{count} باز</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="224"/>
        <source>{count} overdue</source>
        <translation>{count} با دیرکرد</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="226"/>
        <source>{count} with the owner</source>
        <translation>{count} نزد مالک</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="235"/>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="236"/>
        <source>Follow-ups ({count})</source>
        <translation>پیگیری‌ها ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="266"/>
        <source>Only reception or a manager gives follow-ups to people.</source>
        <translation>فقط پذیرش یا مدیر پیگیری‌ها را به کسی می‌سپارد.</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="272"/>
        <source>Only a manager or the owner closes a recovery or a complaint: the customer was let down.</source>
        <translation>جبران نارضایتی یا شکایت را فقط مدیر یا مالک می‌بندد: مشتری ناراضی شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/care/followups_page.py" line="278"/>
        <source>This reply is from a number that is no customer&apos;s: it can be marked read, not made into a task.</source>
        <translation>این پاسخ از شماره‌ای است که مال هیچ مشتری‌ای نیست: می‌شود آن را خوانده‌شده زد، ولی پیگیری از آن ساخت نه.</translation>
    </message>
</context>
<context>
    <name>ReplyTaskDialog</name>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="185"/>
        <source>Empty: the reply&apos;s own words</source>
        <translation>خالی: همان متن پاسخ</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="187"/>
        <source>The task:</source>
        <translation>پیگیری:</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="189"/>
        <source>The customer wrote:</source>
        <translation>مشتری نوشته است:</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="193"/>
        <source>Make a task</source>
        <translation>ساختن پیگیری</translation>
    </message>
    <message>
        <location filename="../../ui/care/task_dialogs.py" line="194"/>
        <source>A task from a reply</source>
        <translation>پیگیری از یک پاسخ</translation>
    </message>
</context>
</TS>
