<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AccessoriesBox</name>
    <message>
        <location filename="../../ui/intake/condition_box.py" line="76"/>
        <source>Accessories left with the device</source>
        <translation>لوازم همراه دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/intake/condition_box.py" line="77"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../../ui/intake/condition_box.py" line="78"/>
        <source>e.g. stylus tip, strap (separate with commas)</source>
        <translation>مثلاً سر قلم، بند (با ویرگول جدا کنید)</translation>
    </message>
</context>
<context>
    <name>ConditionBox</name>
    <message>
        <location filename="../../ui/intake/condition_box.py" line="38"/>
        <source>Condition</source>
        <translation>وضعیت ظاهری</translation>
    </message>
</context>
<context>
    <name>CustomerBox</name>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="86"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="87"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="87"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="88"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="88"/>
        <source>Found us through</source>
        <translation>آشنایی از طریق</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="89"/>
        <source>Referred by (mobile)</source>
        <translation>معرف (موبایل)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="92"/>
        <source>09121234567</source>
        <translation>۰۹۱۲۱۲۳۴۵۶۷</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="93"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="93"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="96"/>
        <source>Walked in</source>
        <translation>مراجعهٔ حضوری</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="96"/>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="97"/>
        <source>A customer referred them</source>
        <translation>معرفی مشتری دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="98"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="98"/>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="140"/>
        <source>Returning customer: {name} (jobs so far: {jobs})</source>
        <translation>مشتری قبلی: {name} (تعداد کارها تاکنون: {jobs})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="144"/>
        <source>Type the mobile number; a returning customer is found by it.</source>
        <translation>شمارهٔ موبایل را وارد کنید؛ مشتری قبلی با آن پیدا می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="146"/>
        <source>New customer: enter their name below.</source>
        <translation>مشتری جدید: نام را در زیر وارد کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="148"/>
        <source>Not a complete mobile number yet.</source>
        <translation>شمارهٔ موبایل هنوز کامل نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/customer_box.py" line="167"/>
        <source>Looking up this number…</source>
        <translation>در جست‌وجوی این شماره…</translation>
    </message>
</context>
<context>
    <name>DeviceBox</name>
    <message>
        <location filename="../../ui/intake/device_box.py" line="91"/>
        <location filename="../../ui/intake/device_box.py" line="92"/>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="92"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="93"/>
        <source>Brand</source>
        <translation>برند</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="93"/>
        <source>Model</source>
        <translation>مدل</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="94"/>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="94"/>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="95"/>
        <source>Serial</source>
        <translation>سریال</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="98"/>
        <source>e.g. Samsung</source>
        <translation>مثلاً Samsung</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="99"/>
        <source>e.g. Galaxy A52</source>
        <translation>مثلاً Galaxy A52</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="100"/>
        <source>15 digits, *#06# on the phone</source>
        <translation>۱۵ رقم؛ با ‎*#06#‎ روی گوشی</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="101"/>
        <source>For laptops, consoles and tablets</source>
        <translation>برای لپ‌تاپ، کنسول و تبلت</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="120"/>
        <source>A new device</source>
        <translation>دستگاه جدید</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="167"/>
        <source>✓ valid</source>
        <translation>✓ معتبر</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="168"/>
        <source>✗ wrong check digit</source>
        <translation>✗ رقم کنترل نادرست</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="169"/>
        <source>✗ {count} of 15 digits</source>
        <translation>✗ {count} از ۱۵ رقم</translation>
    </message>
    <message>
        <location filename="../../ui/intake/device_box.py" line="171"/>
        <source>✗ digits only</source>
        <translation>✗ فقط رقم</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="112"/>
        <source>Save and print (Ctrl+Enter)</source>
        <translation>ثبت و چاپ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="113"/>
        <source>Clear form</source>
        <translation>پاک کردن فرم</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="207"/>
        <source>Job {number} saved for {name}. Printing the receipt and the label…</source>
        <translation>کار {number} برای {name} ثبت شد. رسید و برچسب در حال چاپ است…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="221"/>
        <source>printed</source>
        <translation>چاپ شد</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="221"/>
        <source>saved as PDF</source>
        <translation>به‌صورت PDF ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="222"/>
        <source>not printed</source>
        <translation>چاپ نشد</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_page.py" line="224"/>
        <source>Job {number} saved for {name}. Receipt: {receipt}; label: {label}.</source>
        <translation>کار {number} برای {name} ثبت شد. رسید: {receipt}؛ برچسب: {label}.</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <location filename="../../ui/intake/problem_box.py" line="54"/>
        <source>Problem</source>
        <translation>شرح ایراد</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problem_box.py" line="56"/>
        <source>What is wrong, as the customer says it (Ctrl+1…6 adds a quick pick)</source>
        <translation>ایراد دستگاه به گفتهٔ مشتری (Ctrl+1 تا Ctrl+6 گزینهٔ آماده را اضافه می‌کند)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problem_box.py" line="57"/>
        <source>Customer&apos;s request</source>
        <translation>درخواست مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problem_box.py" line="58"/>
        <source>Printed on the receipt</source>
        <translation>روی رسید چاپ می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/intake/problem_box.py" line="60"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
</context>
<context>
    <name>TermsBox</name>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="51"/>
        <source>Date and money</source>
        <translation>تاریخ و مبلغ</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="52"/>
        <source>Promised for</source>
        <translation>تاریخ تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="53"/>
        <source>Estimate</source>
        <translation>برآورد هزینه</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="54"/>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="55"/>
        <source>Deposit</source>
        <translation>بیعانه</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="56"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="59"/>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="59"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="60"/>
        <source>Transfer</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="63"/>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="63"/>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <location filename="../../ui/intake/terms_box.py" line="64"/>
        <source>Very urgent</source>
        <translation>خیلی فوری</translation>
    </message>
</context>
<context>
    <name>UnlockBox</name>
    <message>
        <location filename="../../ui/intake/unlock_box.py" line="44"/>
        <source>Unlock</source>
        <translation>قفل دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlock_box.py" line="45"/>
        <source>Passcode</source>
        <translation>رمز</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlock_box.py" line="46"/>
        <source>PIN or password, if the customer gives it</source>
        <translation>پین یا گذرواژه، اگر مشتری بدهد</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlock_box.py" line="47"/>
        <source>Pattern: draw it on the dots, or type the digits 1-9 with the grid in focus</source>
        <translation>الگو: روی نقطه‌ها بکشید، یا با انتخاب شبکه رقم‌های ۱ تا ۹ را بزنید</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlock_box.py" line="49"/>
        <source>Clear pattern</source>
        <translation>پاک کردن الگو</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlock_box.py" line="54"/>
        <source>(none)</source>
        <translation>(ندارد)</translation>
    </message>
</context>
</TS>
