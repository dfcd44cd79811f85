<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AtRiskList</name>
    <message>
        <location filename="../../ui/customers/at_risk_list.py" line="45"/>
        <source>An open complaint, a low score, or more than one worry lately. Double-click to open the card.</source>
        <translation>شکایت باز، نمرهٔ پایین، یا بیش از یک نگرانی در این اواخر. برای باز کردن کارت دوبار کلیک کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/at_risk_list.py" line="65"/>
        <source>No customer is at risk.</source>
        <translation>هیچ مشتری‌ای در خطر نیست.</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="155"/>
        <source>Find a customer: name or any part of the mobile</source>
        <translation>یافتن مشتری: نام یا بخشی از شمارهٔ موبایل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="157"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="158"/>
        <source>Language and source</source>
        <translation>زبان و راه آشنایی</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="159"/>
        <source>Opted out of SMS (gets no messages)</source>
        <translation>لغو پیامک (هیچ پیامکی دریافت نمی‌کند)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="160"/>
        <source>Marketing messages (surveys, news)</source>
        <translation>پیامک‌های تبلیغاتی (نظرسنجی، خبرها)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="161"/>
        <source>The customer&apos;s yes or no, kept with its date. A text of «۱۱» or «لغو» stops them, «۱۲» starts them again.</source>
        <translation>پاسخ مثبت یا منفی مشتری، با تاریخش نگه داشته می‌شود. پیامک «۱۱» یا «لغو» آن‌ها را متوقف و «۱۲» دوباره برقرار می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="165"/>
        <source>Record complaint…</source>
        <translation>ثبت شکایت…</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="166"/>
        <source>A complaint from this customer, straight to a manager</source>
        <translation>شکایت این مشتری، مستقیم به مدیر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="168"/>
        <source>Find</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="169"/>
        <source>At risk</source>
        <translation>در خطر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="173"/>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="173"/>
        <source>Jobs</source>
        <translation>کارها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="174"/>
        <source>Follow-ups ({count})</source>
        <translation>پیگیری‌ها ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="175"/>
        <source>Follow-ups</source>
        <translation>پیگیری‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="176"/>
        <source>Messages</source>
        <translation>پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="176"/>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="181"/>
        <source>Walked in</source>
        <translation>مراجعهٔ حضوری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="181"/>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="182"/>
        <source>Referred by a customer</source>
        <translation>معرفی مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="183"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="183"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="235"/>
        <source>Stopped on {day}: the customer texted «لغو ۱۱». A text of «۱۲» starts them again.</source>
        <translation>از {day} قطع شد: مشتری «لغو ۱۱» فرستاد. با فرستادن «۱۲» دوباره برقرار می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="238"/>
        <source>Stopped on {day}: the customer said no at the desk. A text of «۱۲» starts them again.</source>
        <translation>از {day} قطع شد: مشتری در پذیرش گفت نمی‌خواهد. با فرستادن «۱۲» دوباره برقرار می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="294"/>
        <source>No customer chosen</source>
        <translation>مشتری‌ای انتخاب نشده است</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../ui/customers/care_parts.py" line="65"/>
        <source>No open follow-ups.</source>
        <translation>پیگیری بازی نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/customers/care_parts.py" line="74"/>
        <source>{kind} (serious)</source>
        <translation>{kind} (جدی)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/care_parts.py" line="79"/>
        <source>overdue since {moment}</source>
        <translation>موعدش از {moment} گذشته</translation>
    </message>
    <message>
        <location filename="../../ui/customers/care_parts.py" line="80"/>
        <source>due {moment}</source>
        <translation>موعد {moment}</translation>
    </message>
    <message>
        <location filename="../../ui/customers/care_parts.py" line="81"/>
        <source>nobody yet</source>
        <translation>هنوز به کسی سپرده نشده</translation>
    </message>
</context>
<context>
    <name>HealthChip</name>
    <message>
        <location filename="../../ui/customers/care_parts.py" line="46"/>
        <source>Health: {level}</source>
        <translation>سلامت مشتری: {level}</translation>
    </message>
    <message>
        <location filename="../../ui/customers/care_parts.py" line="49"/>
        <source>Nothing to worry about</source>
        <translation>جای نگرانی نیست</translation>
    </message>
</context>
</TS>
