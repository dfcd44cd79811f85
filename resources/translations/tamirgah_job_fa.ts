<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="142"/>
        <location filename="../../ui/job/care_dialogs.py" line="155"/>
        <source>Record complaint</source>
        <translation>ثبت شکایت</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="143"/>
        <source>The complaint goes straight to a manager as a follow-up, due within the shop&apos;s working hours.</source>
        <translation>شکایت به‌صورت پیگیری مستقیم به مدیر می‌رسد و باید در ساعت‌های کاری تعمیرگاه رسیدگی شود.</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="145"/>
        <source>What is wrong:</source>
        <translation>شرح شکایت:</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="146"/>
        <source>In the customer&apos;s words</source>
        <translation>با همان کلمات مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="147"/>
        <source>How serious:</source>
        <translation>شدت:</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="150"/>
        <source>How it came:</source>
        <translation>نحوهٔ دریافت:</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="158"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/job/conflict.py" line="21"/>
        <source>Changed on another workstation</source>
        <translation>تغییر در ایستگاه دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/job/conflict.py" line="23"/>
        <source>{who} changed this job at {when}, after you opened it.</source>
        <translation>{who} این کار را در {when}، پس از باز شدن آن در اینجا، تغییر داده است.</translation>
    </message>
    <message>
        <location filename="../../ui/job/conflict.py" line="26"/>
        <source>This job was changed on another workstation after you opened it.</source>
        <translation>این کار پس از باز شدن در اینجا، در ایستگاه دیگری تغییر کرده است.</translation>
    </message>
    <message>
        <location filename="../../ui/job/conflict.py" line="29"/>
        <source>Nothing of yours was saved. Reload to see their change; what you typed stays on the screen, so you can make your change again.</source>
        <translation>از تغییر شما چیزی ذخیره نشد. «بارگذاری دوباره» را بزنید تا تغییر آن‌ها را ببینید؛ آنچه نوشته‌اید روی صفحه می‌ماند تا دوباره ثبتش کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/job/conflict.py" line="31"/>
        <source>Reload</source>
        <translation>بارگذاری دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/job/conflict.py" line="33"/>
        <source>Not now</source>
        <translation>فعلاً نه</translation>
    </message>
</context>
<context>
    <name>EstimateEditor</name>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="227"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="227"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="227"/>
        <source>Qty</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="228"/>
        <source>Unit price</source>
        <translation>قیمت واحد</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="228"/>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="228"/>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="229"/>
        <source>Add part</source>
        <translation>افزودن قطعه</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="230"/>
        <source>Add labour</source>
        <translation>افزودن اجرت</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="231"/>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="232"/>
        <source>Save estimate</source>
        <translation>ذخیرهٔ برآورد</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="258"/>
        <source>Total: {total} (discount {discount})</source>
        <translation>جمع: {total} (تخفیف {discount})</translation>
    </message>
    <message>
        <location filename="../../ui/job/estimate_editor.py" line="261"/>
        <source>Not saved yet</source>
        <translation>هنوز ذخیره نشده</translation>
    </message>
</context>
<context>
    <name>JobHeader</name>
    <message>
        <location filename="../../ui/job/header.py" line="155"/>
        <source>Customer:</source>
        <translation>مشتری:</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="156"/>
        <source>Device:</source>
        <translation>دستگاه:</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="157"/>
        <source>Promised:</source>
        <translation>موعد تحویل:</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="158"/>
        <source>Technician:</source>
        <translation>تعمیرکار:</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="159"/>
        <source>Problem:</source>
        <translation>ایراد:</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="160"/>
        <source>Undo the status change</source>
        <translation>برگرداندن تغییر وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="161"/>
        <source>Warranty return…</source>
        <translation>بازگشت گارانتی…</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="162"/>
        <source>Show passcode and pattern</source>
        <translation>نمایش رمز و الگو</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="163"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="164"/>
        <location filename="../../ui/job/header.py" line="198"/>
        <source>Assign…</source>
        <translation>سپردن به…</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="165"/>
        <source>Give this job to a technician</source>
        <translation>سپردن این کار به یک تعمیرکار</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="167"/>
        <source>Survey:</source>
        <translation>نظرسنجی:</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="168"/>
        <source>New date → tell the customer…</source>
        <translation>تاریخ تحویل تازه و خبر به مشتری…</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="169"/>
        <source>Set a new promised date and send the customer an SMS that says so</source>
        <translation>موعد تحویل تازه ثبت و با پیامک به مشتری خبر داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="171"/>
        <source>Record complaint…</source>
        <translation>ثبت شکایت…</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="172"/>
        <source>A complaint about this job, straight to a manager</source>
        <translation>شکایت دربارهٔ این کار، مستقیم به مدیر</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="182"/>
        <source>Job {number}</source>
        <translation>کار {number}</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="196"/>
        <source>not assigned</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="198"/>
        <source>Take this job</source>
        <translation>این کار را برمی‌دارم</translation>
    </message>
    <message>
        <location filename="../../ui/job/header.py" line="229"/>
        <source>Move the job to “{status}”</source>
        <translation>بردن کار به «{status}»</translation>
    </message>
</context>
<context>
    <name>JobWindow</name>
    <message>
        <location filename="../../ui/job/job_window.py" line="161"/>
        <source>Job {number}</source>
        <translation>کار {number}</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="163"/>
        <source>Estimate</source>
        <translation>برآورد هزینه</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="164"/>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="226"/>
        <source>Working…</source>
        <translation>در حال انجام…</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="300"/>
        <source>Nobody yet</source>
        <translation>هنوز هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="303"/>
        <source>Assign</source>
        <translation>سپردن کار</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="304"/>
        <source>Technician for this job:</source>
        <translation>تعمیرکار این کار:</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="314"/>
        <location filename="../../ui/job/job_window.py" line="330"/>
        <source>Warranty return</source>
        <translation>بازگشت گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="315"/>
        <source>What is wrong this time?</source>
        <translation>این بار چه ایرادی دارد؟</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="317"/>
        <source>Open the warranty job</source>
        <translation>باز کردن کار گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="318"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="331"/>
        <source>The warranty has ended. Open a warranty job anyway (manager&apos;s override)?</source>
        <translation>گارانتی تمام شده است. با تأیید مدیر، کار گارانتی باز شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/job/job_window.py" line="416"/>
        <source>Preparing the paper…</source>
        <translation>در حال آماده کردن برگه…</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <location filename="../../ui/job/words.py" line="100"/>
        <source>Part</source>
        <translation>قطعه</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="100"/>
        <source>Labour</source>
        <translation>اجرت</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="100"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="107"/>
        <source>job received</source>
        <translation>پذیرش کار</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="108"/>
        <source>diagnosis started</source>
        <translation>شروع عیب‌یابی</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="109"/>
        <source>estimate ready</source>
        <translation>آماده شدن برآورد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="111"/>
        <source>waiting for parts</source>
        <translation>انتظار قطعه</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="111"/>
        <source>sent out</source>
        <translation>ارسال به بیرون</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="112"/>
        <source>ready for pickup</source>
        <translation>آمادهٔ تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="114"/>
        <source>unrepairable</source>
        <translation>غیرقابل تعمیر</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="115"/>
        <source>pickup reminder</source>
        <translation>یادآوری تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="121"/>
        <source>test</source>
        <translation>آزمایشی</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="133"/>
        <source>receipt</source>
        <translation>رسید پذیرش</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="133"/>
        <source>label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="134"/>
        <source>job sheet</source>
        <translation>برگهٔ کار</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="134"/>
        <source>estimate</source>
        <translation>برآورد هزینه</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="135"/>
        <source>invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="135"/>
        <source>warranty card</source>
        <translation>کارت گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="110"/>
        <source>estimate approved</source>
        <translation>تأیید برآورد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="60"/>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="81"/>
        <source>balance {amount}</source>
        <translation>مانده {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="83"/>
        <source>the shop owes the customer {amount}</source>
        <translation>بستانکاری مشتری {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="85"/>
        <source>settled</source>
        <translation>تسویه‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="88"/>
        <source>problem</source>
        <translation>شرح ایراد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="88"/>
        <source>priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="89"/>
        <source>promised date</source>
        <translation>موعد تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="90"/>
        <source>customer&apos;s note</source>
        <translation>یادداشت مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="90"/>
        <source>condition</source>
        <translation>وضعیت ظاهری</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="91"/>
        <source>accessories</source>
        <translation>لوازم همراه</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="91"/>
        <source>warranty</source>
        <translation>گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="92"/>
        <source>lowest estimate</source>
        <translation>حداقل برآورد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="93"/>
        <source>highest estimate</source>
        <translation>حداکثر برآورد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="113"/>
        <source>device delivered</source>
        <translation>تحویل دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="114"/>
        <source>job cancelled</source>
        <translation>لغو کار</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="116"/>
        <source>new promised date</source>
        <translation>موعد تحویل تازه</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="117"/>
        <source>warranty ending soon</source>
        <translation>پایان نزدیک گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="118"/>
        <source>survey (0–10)</source>
        <translation>نظرسنجی (۰ تا ۱۰)</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="118"/>
        <source>survey (1–5)</source>
        <translation>نظرسنجی (۱ تا ۵)</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="119"/>
        <source>survey: what went wrong?</source>
        <translation>نظرسنجی: چه چیزی درست پیش نرفت؟</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="120"/>
        <source>thanks for the good score</source>
        <translation>سپاس برای نمرهٔ خوب</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="121"/>
        <source>status on request</source>
        <translation>وضعیت به درخواست مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="126"/>
        <source>this message is switched off</source>
        <translation>این پیامک خاموش است</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="127"/>
        <source>the customer has opted out of SMS</source>
        <translation>مشتری دریافت پیامک را لغو کرده است</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="128"/>
        <source>the customer was already told of this event</source>
        <translation>این خبر پیش‌تر به مشتری داده شده است</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="129"/>
        <source>the customer has had enough messages lately</source>
        <translation>مشتری این روزها به‌اندازهٔ کافی پیامک گرفته است</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="143"/>
        <source>Not a move from here</source>
        <translation>از این وضعیت ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="147"/>
        <source>Only for: {roles}</source>
        <translation>فقط برای: {roles}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="149"/>
        <source>Needs an estimate first</source>
        <translation>اول برآورد هزینه لازم است</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="152"/>
        <source>{amount} is unpaid</source>
        <translation>{amount} پرداخت نشده</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="154"/>
        <source>Not allowed</source>
        <translation>مجاز نیست</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="167"/>
        <source>{before} → {after}, {lines} lines</source>
        <translation>{before} ← {after}، {lines} ردیف</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="175"/>
        <source>Note for the customer</source>
        <translation>یادداشت برای مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="176"/>
        <source>Internal note</source>
        <translation>یادداشت داخلی</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="180"/>
        <source>Printed: {document}</source>
        <translation>چاپ: {document}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="183"/>
        <source>Deposit</source>
        <translation>بیعانه</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="198"/>
        <source>New job {number}</source>
        <translation>کار تازهٔ {number}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="203"/>
        <source>SMS not sent: {event}</source>
        <translation>پیامک فرستاده نشد: {event}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="211"/>
        <source>SMS {event}: {status}</source>
        <translation>پیامک {event}: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="221"/>
        <source>SMS to the customer: {event} — {status}</source>
        <translation>پیامک به مشتری: {event} — {status}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="225"/>
        <source>Customer&apos;s reply</source>
        <translation>پاسخ مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="225"/>
        <source>Customer&apos;s reply (unread)</source>
        <translation>پاسخ مشتری (خوانده‌نشده)</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="235"/>
        <source>reason: {reason}</source>
        <translation>علت: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="237"/>
        <source>promised for {day}</source>
        <translation>موعد تحویل {day}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="240"/>
        <source>delivered unpaid ({amount}) by override</source>
        <translation>تحویل با مانده ({amount}) به تأیید مدیر</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="243"/>
        <source>by the customer&apos;s SMS reply</source>
        <translation>با پاسخ پیامکی مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="250"/>
        <source>The customer&apos;s explanation</source>
        <translation>توضیح مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="252"/>
        <source>Survey not asked</source>
        <translation>نظرسنجی پرسیده نشد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="288"/>
        <source>Follow-up “{task}” {action}</source>
        <translation>پیگیری «{task}» {action}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="255"/>
        <source>score {score}</source>
        <translation>نمرهٔ {score}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="255"/>
        <source>Survey answered</source>
        <translation>پاسخ نظرسنجی</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="257"/>
        <source>Survey asked</source>
        <translation>نظرسنجی پرسیده شد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="263"/>
        <source>not asked: {reason}</source>
        <translation>پرسیده نشد: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="267"/>
        <source>score {score} of {top}</source>
        <translation>نمرهٔ {score} از {top}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="270"/>
        <source>“{comment}”</source>
        <translation>«{comment}»</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="272"/>
        <source>asked {moment}, no answer yet</source>
        <translation>پرسیده شد {moment}، هنوز پاسخی نیامده</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="275"/>
        <source>after the recovery: {survey}</source>
        <translation>پس از جبران: {survey}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="279"/>
        <source>opened</source>
        <translation>باز شد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="279"/>
        <source>assigned</source>
        <translation>سپرده شد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="280"/>
        <source>snoozed</source>
        <translation>به تعویق افتاد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="280"/>
        <source>escalated</source>
        <translation>به بالاتر گزارش شد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="281"/>
        <source>done</source>
        <translation>انجام شد</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="292"/>
        <source>severity: {severity}</source>
        <translation>شدت: {severity}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="295"/>
        <source>to {name}</source>
        <translation>به {name}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="296"/>
        <source>to nobody</source>
        <translation>به هیچ‌کس</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="302"/>
        <source>until {moment}</source>
        <translation>تا {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="195"/>
        <source>{days} days after delivery</source>
        <translation>{days} روز پس از تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/job/words.py" line="191"/>
        <source>{days} days after the job was cancelled</source>
        <translation>{days} روز پس از لغو کار</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/job/move_dialog.py" line="76"/>
        <source>Change status</source>
        <translation>تغییر وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/job/move_dialog.py" line="77"/>
        <source>Move the job to “{status}”.</source>
        <translation>کار به «{status}» برود.</translation>
    </message>
    <message>
        <location filename="../../ui/job/move_dialog.py" line="79"/>
        <source>Reason:</source>
        <translation>علت:</translation>
    </message>
    <message>
        <location filename="../../ui/job/move_dialog.py" line="80"/>
        <source>A few words, kept on the timeline</source>
        <translation>چند کلمه؛ در تاریخچهٔ کار می‌ماند</translation>
    </message>
    <message>
        <location filename="../../ui/job/move_dialog.py" line="81"/>
        <source>New promised date:</source>
        <translation>موعد تحویل تازه:</translation>
    </message>
    <message>
        <location filename="../../ui/job/move_dialog.py" line="82"/>
        <source>Deliver with {amount} unpaid (manager&apos;s override)</source>
        <translation>تحویل با {amount} پرداخت‌نشده (تأیید مدیر)</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/job/notes.py" line="47"/>
        <source>Add a note to the job&apos;s timeline:</source>
        <translation>افزودن یادداشت به تاریخچهٔ کار:</translation>
    </message>
    <message>
        <location filename="../../ui/job/notes.py" line="48"/>
        <source>Internal (shop only)</source>
        <translation>داخلی (فقط تعمیرگاه)</translation>
    </message>
    <message>
        <location filename="../../ui/job/notes.py" line="49"/>
        <source>Visible to the customer</source>
        <translation>قابل دیدن برای مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/notes.py" line="50"/>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
</context>
<context>
    <name>PaymentsPanel</name>
    <message>
        <location filename="../../ui/job/payments.py" line="73"/>
        <source>Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <location filename="../../ui/job/payments.py" line="74"/>
        <source>Method:</source>
        <translation>روش:</translation>
    </message>
    <message>
        <location filename="../../ui/job/payments.py" line="75"/>
        <source>Refund reason:</source>
        <translation>علت بازپرداخت:</translation>
    </message>
    <message>
        <location filename="../../ui/job/payments.py" line="76"/>
        <source>Take payment</source>
        <translation>دریافت وجه</translation>
    </message>
    <message>
        <location filename="../../ui/job/payments.py" line="77"/>
        <location filename="../../ui/job/payments.py" line="96"/>
        <source>Refund</source>
        <translation>بازپرداخت</translation>
    </message>
    <message>
        <location filename="../../ui/job/payments.py" line="91"/>
        <source>Estimate {estimate} · paid {paid} · refunded {refunded} · {owed}</source>
        <translation>برآورد {estimate} · پرداختی {paid} · بازپرداخت {refunded} · {owed}</translation>
    </message>
    <message>
        <location filename="../../ui/job/payments.py" line="97"/>
        <source>Deposit</source>
        <translation>بیعانه</translation>
    </message>
    <message>
        <location filename="../../ui/job/payments.py" line="97"/>
        <source>Payment</source>
        <translation>پرداخت</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="67"/>
        <source>New promised date</source>
        <translation>موعد تحویل تازه</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="69"/>
        <source>The job gets this promised date and the customer an SMS that says so.</source>
        <translation>این تاریخ موعد تحویل کار می‌شود و پیامکی به مشتری خبر می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="70"/>
        <source>New promised date:</source>
        <translation>موعد تحویل تازه:</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="73"/>
        <source>Save and tell the customer</source>
        <translation>ثبت و خبر به مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="76"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../ui/job/care_dialogs.py" line="81"/>
        <source>The new promised date cannot be in the past (today is {today}).</source>
        <translation>موعد تحویل تازه نمی‌تواند گذشته باشد (امروز {today} است).</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/job/timeline.py" line="174"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/job/timeline.py" line="174"/>
        <source>Who</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/job/timeline.py" line="174"/>
        <source>What happened</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../../ui/job/timeline.py" line="175"/>
        <source>Reprint</source>
        <translation>چاپ دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/job/timeline.py" line="176"/>
        <source>Mark read</source>
        <translation>خوانده شد</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/job/unlock.py" line="109"/>
        <source>Passcode and pattern</source>
        <translation>رمز و الگوی قفل</translation>
    </message>
    <message>
        <location filename="../../ui/job/unlock.py" line="110"/>
        <source>Passcode:</source>
        <translation>رمز:</translation>
    </message>
    <message>
        <location filename="../../ui/job/unlock.py" line="111"/>
        <source>Pattern:</source>
        <translation>الگو:</translation>
    </message>
    <message>
        <location filename="../../ui/job/unlock.py" line="112"/>
        <location filename="../../ui/job/unlock.py" line="114"/>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <location filename="../../ui/job/unlock.py" line="115"/>
        <source>This look is recorded on the job&apos;s timeline.</source>
        <translation>این دیدن در تاریخچهٔ کار ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/job/unlock.py" line="117"/>
        <location filename="../../ui/job/unlock.py" line="118"/>
        <source>hidden</source>
        <translation>پنهان</translation>
    </message>
    <message>
        <location filename="../../ui/job/unlock.py" line="120"/>
        <source>On record, but your login does not hold the shop&apos;s key for passcodes yet. A manager or technician who has it hands it on when they log in.</source>
        <translation>ثبت شده است، اما ورود شما هنوز کلید تعمیرگاه برای رمزها را ندارد. مدیر یا تعمیرکاری که آن را دارد، با ورودش آن را به شما می‌سپارد.</translation>
    </message>
</context>
</TS>
