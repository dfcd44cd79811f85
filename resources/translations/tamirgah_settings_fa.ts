<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>BackupSection</name>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="137"/>
        <source>Backups</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="139"/>
        <source>Make a backup every day</source>
        <translation>هر روز نسخهٔ پشتیبان گرفته شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="140"/>
        <source>Daily backups kept</source>
        <translation>نسخه‌های روزانهٔ نگه‌داشته</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="141"/>
        <source> copies</source>
        <translation> نسخه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="142"/>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="144"/>
        <source>Empty: the backups folder in this PC&apos;s data folder</source>
        <translation>خالی: پوشهٔ backups در پوشهٔ داده‌های این رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="145"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="146"/>
        <source>Save backup settings</source>
        <translation>ذخیرهٔ تنظیمات پشتیبان‌گیری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="148"/>
        <source>This PC makes the daily backup</source>
        <translation>پشتیبان روزانه را این رایانه می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="150"/>
        <source>One PC makes it. On a shared PostgreSQL server that is by default the PC that sends the SMS; it needs PostgreSQL&apos;s pg_dump.</source>
        <translation>یک رایانه این کار را می‌کند. با سرور مشترک PostgreSQL، پیش‌فرض رایانه‌ای است که پیامک‌ها را می‌فرستد؛ روی آن باید pg_dump از PostgreSQL نصب باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="153"/>
        <source>Data folder ({why})</source>
        <translation>پوشهٔ داده‌ها ({why})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="156"/>
        <source>Back up now…</source>
        <translation>پشتیبان‌گیری همین حالا…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="157"/>
        <source>Open backups folder</source>
        <translation>باز کردن پوشهٔ پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="203"/>
        <source>Folder of the backups</source>
        <translation>پوشهٔ نسخه‌های پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/settings/backup_section.py" line="214"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>CareSection</name>
    <message>
        <location filename="../../ui/settings/care_section.py" line="197"/>
        <source>The next morning at {time}</source>
        <translation>صبح روز بعد ساعت {time}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="202"/>
        <source>Customer care</source>
        <translation>مراقبت از مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="203"/>
        <source>Survey after delivery</source>
        <translation>نظرسنجی پس از تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="204"/>
        <source>Follow-ups and working hours</source>
        <translation>پیگیری‌ها و ساعت کاری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="205"/>
        <source>Warnings and SMS answers</source>
        <translation>هشدارها و پاسخ پیامکی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="209"/>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="210"/>
        <source>The survey goes</source>
        <translation>زمان فرستادن نظرسنجی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="211"/>
        <source>Morning survey time</source>
        <translation>ساعت نظرسنجی صبح</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="216"/>
        <source>Working hours start</source>
        <translation>آغاز ساعت کاری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="218"/>
        <source>Closed on</source>
        <translation>روزهای تعطیل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="247"/>
        <source>Ask each customer how it went after delivery</source>
        <translation>پس از تحویل از هر مشتری نظرش را بپرس</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="248"/>
        <source>Survey cancelled jobs too</source>
        <translation>از کارهای لغوشده هم نظرسنجی شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="249"/>
        <source>Survey warranty returns too</source>
        <translation>از بازگشت‌های گارانتی هم نظرسنجی شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="250"/>
        <source>Ask an unhappy customer what went wrong</source>
        <translation>از مشتری ناراضی بپرس چه چیزی درست پیش نرفت</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="251"/>
        <source>Survey again after a resolved recovery</source>
        <translation>پس از جبران موفق دوباره نظرسنجی شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="252"/>
        <source>Thank a customer who gave 9–10 (or 5 of 5)</source>
        <translation>از مشتری‌ای که ۹ یا ۱۰ (یا ۵ از ۵) داد سپاسگزاری شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="253"/>
        <source>Remind the customer before a warranty ends</source>
        <translation>پیش از پایان گارانتی به مشتری یادآوری شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="257"/>
        <source>NPS 0–10: would they recommend the shop?</source>
        <translation>NPS از ۰ تا ۱۰: تعمیرگاه را پیشنهاد می‌کند؟</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="258"/>
        <source>CSAT 1–5: how satisfied were they?</source>
        <translation>CSAT از ۱ تا ۵: چقدر راضی بود؟</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="259"/>
        <source>Hours after delivery</source>
        <translation>چند ساعت پس از تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="261"/>
        <source> hours</source>
        <translation> ساعت</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="261"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="229"/>
        <source>Working hours: the shop&apos;s closed hours and days do not count</source>
        <translation>ساعت کاری: ساعت‌ها و روزهای تعطیل تعمیرگاه حساب نمی‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="212"/>
        <source>Least time between two surveys</source>
        <translation>کمترین فاصلهٔ دو نظرسنجی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="213"/>
        <source>Link sent with the thanks</source>
        <translation>پیوند همراه پیام سپاس</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="214"/>
        <source>A complaint or recovery is due in</source>
        <translation>مهلت رسیدگی به شکایت یا جبران</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="215"/>
        <source>Overdue: the owner hears after</source>
        <translation>دیرکرد: خبر به مالک پس از</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="217"/>
        <source>Working hours end</source>
        <translation>پایان ساعت کاری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="219"/>
        <source>Promised date at risk: warn before</source>
        <translation>هشدار موعد تحویل در خطر، پیش از</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="220"/>
        <source>Device not collected: follow up after</source>
        <translation>پیگیری دستگاه تحویل‌نگرفته پس از</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="221"/>
        <source>Warranty reminder goes before its end</source>
        <translation>یادآوری گارانتی، پیش از پایانش</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="222"/>
        <source>Status answers per customer a day</source>
        <translation>پاسخ وضعیت به هر مشتری در روز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="225"/>
        <source>At most one survey per customer within this many days (0: no limit)</source>
        <translation>حداکثر یک نظرسنجی برای هر مشتری در این چند روز (۰: بی‌محدودیت)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="227"/>
        <source>A review or referral page sent with the thanks to a happy customer; empty for none</source>
        <translation>صفحهٔ نظر یا معرفی که با پیام سپاس برای مشتری راضی فرستاده می‌شود؛ خالی یعنی هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="231"/>
        <source>Working hours an overdue complaint or recovery waits on the manager before the owner hears</source>
        <translation>ساعت‌های کاری که شکایت یا جبران دیرشده نزد مدیر می‌ماند تا به مالک خبر داده شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="233"/>
        <source>A promised day ends at this time</source>
        <translation>روز موعد تحویل در این ساعت تمام می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="234"/>
        <source>A job not ready this long before its promised day ends is flagged on the board and in the follow-ups (0: never)</source>
        <translation>کاری که تا این مدت پیش از پایان روز موعدش آماده نباشد روی تابلو و در پیگیری‌ها نشان داده می‌شود (۰: هرگز)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="237"/>
        <source>A follow-up for a device still here this many days after it was ready (0: none)</source>
        <translation>پیگیری برای دستگاهی که این چند روز پس از آماده شدن هنوز در تعمیرگاه است (۰: هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="239"/>
        <source>Answers to «وضعیت», “status” or a job number by SMS (0: none)</source>
        <translation>پاسخ به پیامک «وضعیت»، “status” یا شمارهٔ پذیرش (۰: هیچ)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="267"/>
        <source>Saturday</source>
        <translation>شنبه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="267"/>
        <source>Sunday</source>
        <translation>یکشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="268"/>
        <source>Monday</source>
        <translation>دوشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="268"/>
        <source>Tuesday</source>
        <translation>سه‌شنبه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="269"/>
        <source>Wednesday</source>
        <translation>چهارشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="269"/>
        <source>Thursday</source>
        <translation>پنجشنبه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="270"/>
        <source>Friday</source>
        <translation>جمعه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="273"/>
        <source>Save care settings</source>
        <translation>ذخیرهٔ تنظیمات مراقبت از مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/care_section.py" line="304"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>DatabaseSection</name>
    <message>
        <location filename="../../ui/settings/database_section.py" line="110"/>
        <source>Database connection</source>
        <translation>اتصال پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="111"/>
        <source>Open now: {url}</source>
        <translation>باز در حال حاضر: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="113"/>
        <source>The file in this PC&apos;s data folder (one PC)</source>
        <translation>فایل پوشهٔ داده‌های همین رایانه (یک رایانه)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="114"/>
        <source>Another SQLite file</source>
        <translation>فایل SQLite دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="115"/>
        <source>A shared PostgreSQL server (several PCs)</source>
        <translation>سرور مشترک PostgreSQL (چند رایانه)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="116"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="118"/>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="119"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="141"/>
        <source>Database file</source>
        <translation>فایل پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="143"/>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation>پایگاه‌های داده SQLite (*.db *.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="155"/>
        <source>Choose the database file.</source>
        <translation>فایل پایگاه داده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="161"/>
        <source>Write the address like postgresql://user:password@server:5432/tamirgah</source>
        <translation>نشانی را مانند postgresql://user:password@server:5432/tamirgah بنویسید</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="170"/>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="177"/>
        <source>Connected to {server}. It holds a Tamirgah database.</source>
        <translation>به {server} وصل شد. پایگاه دادهٔ تعمیرگاه در آن هست.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="179"/>
        <source>Connected to {server}. It is empty; the first PC that opens it sets it up.</source>
        <translation>به {server} وصل شد. خالی است؛ نخستین رایانه‌ای که آن را باز کند، آن را آماده می‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="186"/>
        <source>There is no database file at {path}.</source>
        <translation>در {path} فایل پایگاه داده‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="190"/>
        <source>Could not connect: {reason}</source>
        <translation>اتصال برقرار نشد: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/database_section.py" line="201"/>
        <source>Saved on this PC. Restart Tamirgah to open {url}.</source>
        <translation>روی همین رایانه ذخیره شد. برای باز کردن {url} برنامه را دوباره اجرا کنید.</translation>
    </message>
</context>
<context>
    <name>GatewaySection</name>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="112"/>
        <source>SMS gateway</source>
        <translation>سامانهٔ پیامک</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="113"/>
        <source>Gateway</source>
        <translation>سامانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="114"/>
        <source>Save gateway</source>
        <translation>ذخیرهٔ سامانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="115"/>
        <source>Try it (uses the saved settings)</source>
        <translation>آزمایش (با تنظیمات ذخیره‌شده)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="116"/>
        <source>A mobile number, e.g. 0912 123 4567</source>
        <translation>شمارهٔ موبایل، مثلاً ۰۹۱۲ ۱۲۳ ۴۵۶۷</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="117"/>
        <source>Send test</source>
        <translation>ارسال آزمایشی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="118"/>
        <source>Balance</source>
        <translation>اعتبار</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="120"/>
        <source>This PC sends the shop&apos;s SMS</source>
        <translation>پیامک‌های تعمیرگاه از همین رایانه فرستاده شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="122"/>
        <source>Exactly one PC of the shop should send; it must be switched on during working hours. Takes effect when Tamirgah starts again.</source>
        <translation>فقط یک رایانهٔ تعمیرگاه باید بفرستد و در ساعت کاری روشن باشد. پس از اجرای دوبارهٔ برنامه اعمال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="127"/>
        <source>API key</source>
        <translation>کلید API</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="127"/>
        <source>Auth token</source>
        <translation>توکن احراز هویت</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="128"/>
        <source>Sender line</source>
        <translation>خط فرستنده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="129"/>
        <source>Line for replies</source>
        <translation>خط دریافت پاسخ‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="129"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="130"/>
        <source>Send address</source>
        <translation>نشانی ارسال</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="130"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="131"/>
        <source>Account SID</source>
        <translation>شناسهٔ حساب (SID)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="131"/>
        <source>From number</source>
        <translation>شمارهٔ فرستنده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="132"/>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="183"/>
        <source>set</source>
        <translation>تنظیم شده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="183"/>
        <source>not set</source>
        <translation>تنظیم نشده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="186"/>
        <source>Type a new value to replace it</source>
        <translation>برای جایگزینی، مقدار تازه را بنویسید</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="187"/>
        <source>Not set yet</source>
        <translation>هنوز تنظیم نشده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="209"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="230"/>
        <source>The provider refused: {reason}</source>
        <translation>سامانهٔ پیامک نپذیرفت: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="244"/>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="247"/>
        <source>Sent. The provider&apos;s id for it: {id}</source>
        <translation>فرستاده شد. شناسهٔ آن نزد سامانه: {id}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="261"/>
        <source>Asking the provider…</source>
        <translation>در حال پرسیدن از سامانه…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="266"/>
        <source>{gateway} does not tell the balance.</source>
        <translation>{gateway} اعتبار حساب را اعلام نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/gateway_section.py" line="270"/>
        <source>Balance at {gateway}: {amount} {unit}</source>
        <translation>اعتبار در {gateway}: {amount} {unit}</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../ui/settings/language_section.py" line="90"/>
        <source>Language and calendar</source>
        <translation>زبان و تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_section.py" line="92"/>
        <source>Language of this PC&apos;s screens</source>
        <translation>زبان صفحه‌های این رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_section.py" line="93"/>
        <source>The window opens again in the chosen language.</source>
        <translation>پنجره با زبان انتخاب‌شده دوباره باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_section.py" line="95"/>
        <source>Shop&apos;s language (papers, SMS, new PCs)</source>
        <translation>زبان تعمیرگاه (برگه‌ها، پیامک، رایانه‌های تازه)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_section.py" line="96"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_section.py" line="99"/>
        <source>Solar Hijri (Jalali)</source>
        <translation>هجری خورشیدی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_section.py" line="100"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_section.py" line="102"/>
        <source>Save for the shop</source>
        <translation>ذخیره برای تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/language_section.py" line="137"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>PrintersSection</name>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="70"/>
        <source>Printers on this PC</source>
        <translation>چاپگرهای این رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="71"/>
        <source>Printer for each kind of paper</source>
        <translation>چاپگر هر نوع کاغذ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="72"/>
        <source>Paper size for each document</source>
        <translation>اندازهٔ کاغذ هر برگه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="73"/>
        <source>Receipts (80 mm roll)</source>
        <translation>رسید (رول ۸۰ میلی‌متری)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="74"/>
        <source>Labels</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="74"/>
        <source>A4 and A5 papers</source>
        <translation>کاغذ A4 و A5</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="75"/>
        <source>Receipt</source>
        <translation>رسید پذیرش</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="75"/>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="76"/>
        <source>Job sheet</source>
        <translation>برگهٔ کار</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="76"/>
        <source>Estimate</source>
        <translation>برآورد هزینه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="77"/>
        <source>Invoice</source>
        <translation>صورت‌حساب</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="77"/>
        <source>Warranty card</source>
        <translation>کارت گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="82"/>
        <source>Save printers</source>
        <translation>ذخیرهٔ چاپگرها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="83"/>
        <source>Look for printers again</source>
        <translation>جست‌وجوی دوبارهٔ چاپگرها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="88"/>
        <source>Looking for printers…</source>
        <translation>در حال یافتن چاپگرها…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="94"/>
        <source>This PC has no printers.</source>
        <translation>این رایانه چاپگری ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="110"/>
        <source>(none: save as PDF)</source>
        <translation>(هیچ: ذخیره به‌صورت PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="114"/>
        <source>{printer} (not found on this PC)</source>
        <translation>{printer} (روی این رایانه پیدا نشد)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="122"/>
        <source>{size} (default)</source>
        <translation>{size} (پیش‌فرض)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/printers_section.py" line="145"/>
        <source>Saved on this PC.</source>
        <translation>روی همین رایانه ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>RulesSection</name>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="77"/>
        <source>Quiet hours and SMS rules</source>
        <translation>ساعت سکوت و قواعد پیامک</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="79"/>
        <source>Quiet hours start (messages wait)</source>
        <translation>آغاز ساعت سکوت (پیامک‌ها منتظر می‌مانند)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="80"/>
        <source>Quiet hours end</source>
        <translation>پایان ساعت سکوت</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="81"/>
        <source>A change undone within this time sends nothing</source>
        <translation>تغییری که در این مدت برگردانده شود پیامکی نمی‌فرستد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="82"/>
        <source>Tries before a message fails</source>
        <translation>تعداد تلاش پیش از ناموفق شدن پیامک</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="83"/>
        <source>First retry after (doubles each time)</source>
        <translation>نخستین تلاش دوباره پس از (هر بار دو برابر)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="84"/>
        <source>Wait for the provider at most</source>
        <translation>حداکثر انتظار برای پاسخ سامانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="85"/>
        <source>Remind about an uncollected device after (0: never)</source>
        <translation>یادآوری دستگاه تحویل‌نگرفته پس از (۰: هرگز)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="86"/>
        <source>Reminders per job at most</source>
        <translation>حداکثر یادآوری برای هر کار</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="87"/>
        <source>Non-urgent messages per customer at most</source>
        <translation>حداکثر پیامک غیرضروری برای هر مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="88"/>
        <source>… within this many days</source>
        <translation>… در این تعداد روز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="92"/>
        <source> seconds</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="92"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="97"/>
        <source>Save SMS rules</source>
        <translation>ذخیرهٔ قواعد پیامک</translation>
    </message>
    <message>
        <location filename="../../ui/settings/rules_section.py" line="115"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="82"/>
        <source>Only a manager can change settings. You can look at them here.</source>
        <translation>فقط مدیر می‌تواند تنظیمات را تغییر دهد. شما می‌توانید آن‌ها را اینجا ببینید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="84"/>
        <source>Shop profile</source>
        <translation>مشخصات تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="84"/>
        <source>Users and roles</source>
        <translation>کاربران و نقش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="84"/>
        <source>SMS gateway</source>
        <translation>سامانهٔ پیامک</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="85"/>
        <source>Message templates</source>
        <translation>متن پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="85"/>
        <source>Quiet hours and SMS rules</source>
        <translation>ساعت سکوت و قواعد پیامک</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="86"/>
        <source>Printers (this PC)</source>
        <translation>چاپگرها (این رایانه)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="87"/>
        <source>Database (this PC)</source>
        <translation>پایگاه داده (این رایانه)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="86"/>
        <source>Customer care</source>
        <translation>مراقبت از مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="88"/>
        <source>Language and calendar</source>
        <translation>زبان و تقویم</translation>
    </message>
    <message>
        <location filename="../../ui/settings/settings_page.py" line="87"/>
        <source>Backups</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <location filename="../../ui/settings/common.py" line="36"/>
        <source>Applies to the whole shop (every PC)</source>
        <translation>برای کل تعمیرگاه (همهٔ رایانه‌ها)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="37"/>
        <source>This PC only</source>
        <translation>فقط همین رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="40"/>
        <source>This may not be empty.</source>
        <translation>این بخش نباید خالی باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="41"/>
        <source>At most {limit} characters.</source>
        <translation>حداکثر {limit} نویسه.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="42"/>
        <source>Choose one of the offered values.</source>
        <translation>یکی از گزینه‌های موجود را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="43"/>
        <source>A whole number is needed.</source>
        <translation>یک عدد صحیح لازم است.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="44"/>
        <source>Between {low} and {high}.</source>
        <translation>بین {low} و {high}.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="45"/>
        <source>This is not a valid phone number.</source>
        <translation>این شمارهٔ تلفن معتبر نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="46"/>
        <source>This is not a mobile number.</source>
        <translation>این شماره موبایل نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="47"/>
        <source>A time of day like 21:00 is needed.</source>
        <translation>ساعتی مانند ۲۱:۰۰ لازم است.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="48"/>
        <source>Choose days of the week.</source>
        <translation>روزهای هفته را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="49"/>
        <source>This time zone is unknown.</source>
        <translation>این منطقهٔ زمانی شناخته نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="50"/>
        <source>Write the whole path of a folder, like D:\Backups, or leave it empty.</source>
        <translation>مسیر کامل یک پوشه را بنویسید، مانند D:\Backups، یا خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="52"/>
        <source>Choose a PNG or JPEG file that exists.</source>
        <translation>یک فایل PNG یا JPEG موجود را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="53"/>
        <source>This SMS gateway is not installed on this PC.</source>
        <translation>این سامانهٔ پیامک روی این رایانه نصب نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="55"/>
        <source>A username is 2 to 64 lower-case Latin letters, digits, . _ or -.</source>
        <translation>نام کاربری ۲ تا ۶۴ حرف کوچک لاتین، رقم، . _ یا - است.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="57"/>
        <source>This username is taken.</source>
        <translation>این نام کاربری گرفته شده است.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="58"/>
        <source>A password needs at least {limit} characters.</source>
        <translation>گذرواژه باید دست‌کم {limit} نویسه باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="60"/>
        <source>Choose a role.</source>
        <translation>یک نقش انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="61"/>
        <source>The shop needs at least one active manager.</source>
        <translation>تعمیرگاه دست‌کم به یک مدیر فعال نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="63"/>
        <source>You cannot deactivate yourself.</source>
        <translation>نمی‌توانید خودتان را غیرفعال کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="64"/>
        <source>This user no longer exists.</source>
        <translation>این کاربر دیگر وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="65"/>
        <source>Only a manager can change settings.</source>
        <translation>فقط مدیر می‌تواند تنظیمات را تغییر دهد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="66"/>
        <source>There is no placeholder named {name}; use one from the list.</source>
        <translation>جای‌نگهداری به نام {name} وجود ندارد؛ یکی از فهرست را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/common.py" line="68"/>
        <source>A brace is not closed; write placeholders like {example}.</source>
        <translation>یک آکولاد بسته نشده است؛ جای‌نگهدار را مانند {example} بنویسید.</translation>
    </message>
</context>
<context>
    <name>ShopSection</name>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="116"/>
        <source>Shop profile</source>
        <translation>مشخصات تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="117"/>
        <source>Shop name</source>
        <translation>نام تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="117"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="118"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="118"/>
        <location filename="../../ui/settings/shop_section.py" line="158"/>
        <source>Logo on papers</source>
        <translation>نشان روی برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="119"/>
        <source>Currency</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="119"/>
        <source>Time zone</source>
        <translation>منطقهٔ زمانی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="120"/>
        <source>Default warranty</source>
        <translation>گارانتی پیش‌فرض</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="122"/>
        <source>Receipt terms (Persian)</source>
        <translation>شرایط رسید (فارسی)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="123"/>
        <source>Receipt terms (English)</source>
        <translation>شرایط رسید (انگلیسی)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="126"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="127"/>
        <source>A PNG or JPEG file; empty for none</source>
        <translation>فایل PNG یا JPEG؛ خالی یعنی بدون نشان</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="128"/>
        <location filename="../../ui/settings/shop_section.py" line="129"/>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="132"/>
        <source>Toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="133"/>
        <source>Rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="135"/>
        <source>Reception may see passcodes and unlock patterns</source>
        <translation>پذیرش بتواند رمز و الگوی قفل را ببیند</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="136"/>
        <source>Write an invoice&apos;s total in words too</source>
        <translation>جمع صورت‌حساب به حروف هم نوشته شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="137"/>
        <source>Save shop profile</source>
        <translation>ذخیرهٔ مشخصات تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="159"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="169"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_section.py" line="121"/>
        <source>Passcodes kept after delivery</source>
        <translation>نگه‌داری رمزها پس از تحویل</translation>
    </message>
</context>
<context>
    <name>TemplatesSection</name>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="120"/>
        <source>Device received</source>
        <translation>پذیرش دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="121"/>
        <source>Diagnosis started</source>
        <translation>آغاز عیب‌یابی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="122"/>
        <source>Estimate ready</source>
        <translation>آماده شدن برآورد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="123"/>
        <source>Repair approved</source>
        <translation>تأیید تعمیر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="124"/>
        <source>Waiting for parts</source>
        <translation>در انتظار قطعه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="125"/>
        <source>Sent to another workshop</source>
        <translation>ارسال به کارگاه دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="126"/>
        <source>Ready for pickup</source>
        <translation>آمادهٔ تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="127"/>
        <source>Delivered</source>
        <translation>تحویل داده شد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="128"/>
        <source>Cannot be repaired</source>
        <translation>غیرقابل تعمیر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="129"/>
        <source>Job cancelled</source>
        <translation>لغو کار</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="130"/>
        <source>Pickup reminder</source>
        <translation>یادآوری تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="131"/>
        <source>New promised date</source>
        <translation>موعد تحویل تازه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="132"/>
        <source>Warranty ending soon</source>
        <translation>پایان نزدیک گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="133"/>
        <source>Survey: 0–10</source>
        <translation>نظرسنجی: ۰ تا ۱۰</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="134"/>
        <source>Survey: 1–5</source>
        <translation>نظرسنجی: ۱ تا ۵</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="135"/>
        <source>Survey: what went wrong?</source>
        <translation>نظرسنجی: چه چیزی درست پیش نرفت؟</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="136"/>
        <source>Survey: thanks</source>
        <translation>نظرسنجی: سپاس</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="137"/>
        <source>Status answer by SMS</source>
        <translation>پاسخ وضعیت با پیامک</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="138"/>
        <source>Test message</source>
        <translation>پیامک آزمایشی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="143"/>
        <source>Message templates</source>
        <translation>متن پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="144"/>
        <source>What the customer reads (with sample values):</source>
        <translation>آنچه مشتری می‌خواند (با مقادیر نمونه):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="146"/>
        <source>The count is that of the longest real message: a long customer name and shop name, the longest job number, big amounts and a long device model.</source>
        <translation>شمارش برای بلندترین پیامک واقعی است: نام بلند مشتری و تعمیرگاه، بلندترین شمارهٔ پذیرش، مبلغ‌های بزرگ و مدل بلند دستگاه.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="148"/>
        <source>Save template</source>
        <translation>ذخیرهٔ متن</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="149"/>
        <source>Back to the default</source>
        <translation>بازگشت به متن پیش‌فرض</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="150"/>
        <source>Placeholders (double-click to insert):</source>
        <translation>جای‌نگهدارها (برای درج دوبار کلیک کنید):</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="152"/>
        <source>Words in [square brackets] with a placeholder are left out when its value is empty, e.g. [Call {shop_phone}].</source>
        <translation>کلماتی که با یک جای‌خالی در [کروشه] آمده‌اند، وقتی مقدار آن خالی است حذف می‌شوند؛ مثلاً [تماس: {shop_phone}].</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="154"/>
        <source>Insert</source>
        <translation>درج</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="156"/>
        <source>the customer&apos;s name</source>
        <translation>نام مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="157"/>
        <source>the job number</source>
        <translation>شمارهٔ پذیرش</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="158"/>
        <source>brand and model</source>
        <translation>برند و مدل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="159"/>
        <source>the estimate with its unit</source>
        <translation>برآورد هزینه با واحد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="160"/>
        <source>the job&apos;s total with its unit</source>
        <translation>جمع هزینهٔ کار با واحد</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="161"/>
        <source>what the customer still owes</source>
        <translation>ماندهٔ بدهی مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="162"/>
        <source>the promised date</source>
        <translation>تاریخ وعده‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="163"/>
        <source>&apos;warranty until …&apos;, or nothing</source>
        <translation>«گارانتی تا …» یا هیچ</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="164"/>
        <source>the warranty&apos;s end date</source>
        <translation>تاریخ پایان گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="165"/>
        <source>the day it became ready</source>
        <translation>روز آماده شدن</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="166"/>
        <source>the shop&apos;s name</source>
        <translation>نام تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="167"/>
        <source>the shop&apos;s phone</source>
        <translation>تلفن تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="168"/>
        <source>today&apos;s date</source>
        <translation>تاریخ امروز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="169"/>
        <source>the shop&apos;s review or referral link</source>
        <translation>پیوند نظر یا معرفی تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="170"/>
        <source>each open job&apos;s number and status</source>
        <translation>شماره و وضعیت هر کار باز</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="227"/>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="227"/>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="230"/>
        <source>(off)</source>
        <translation>(خاموش)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="267"/>
        <source>Unsaved text</source>
        <translation>متن ذخیره‌نشده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="268"/>
        <source>Save the changes to “{template}”?</source>
        <translation>تغییرات «{template}» ذخیره شود؟</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="293"/>
        <source>Send this message ({event})</source>
        <translation>این پیامک فرستاده شود ({event})</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="301"/>
        <source>{parts} SMS · {units} characters · {per_part} per part · {left} more fit · {encoding}</source>
        <translation>{parts} پیامک · {units} نویسه · {per_part} نویسه در هر بخش · {left} نویسهٔ دیگر جا دارد · {encoding}</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="328"/>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/templates_section.py" line="365"/>
        <source>The default text is back.</source>
        <translation>متن پیش‌فرض برگشت.</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../../ui/settings/users_section.py" line="145"/>
        <source>Users and roles</source>
        <translation>کاربران و نقش‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="146"/>
        <location filename="../../ui/settings/users_section.py" line="153"/>
        <location filename="../../ui/settings/users_section.py" line="164"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="146"/>
        <location filename="../../ui/settings/users_section.py" line="153"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="147"/>
        <location filename="../../ui/settings/users_section.py" line="154"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="147"/>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="148"/>
        <source>Selected user</source>
        <translation>کاربر انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="149"/>
        <source>Change role</source>
        <translation>تغییر نقش</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="150"/>
        <location filename="../../ui/settings/users_section.py" line="162"/>
        <source>New password</source>
        <translation>گذرواژهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="151"/>
        <source>Reset password</source>
        <translation>تعیین گذرواژهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="152"/>
        <source>Add a user</source>
        <translation>افزودن کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="154"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="157"/>
        <source>e.g. sara</source>
        <translation>مثلاً sara</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="158"/>
        <source>Add user</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="200"/>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="200"/>
        <source>no (deactivated)</source>
        <translation>خیر (غیرفعال)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="278"/>
        <location filename="../../ui/settings/users_section.py" line="281"/>
        <source>Deactivate</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="282"/>
        <source>Reactivate</source>
        <translation>فعال کردن دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="292"/>
        <source>{user} is now {role}.</source>
        <translation>نقش {user} اکنون {role} است.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="296"/>
        <source>{user} can no longer log in.</source>
        <translation>{user} دیگر نمی‌تواند وارد شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="297"/>
        <source>{user} can log in again.</source>
        <translation>{user} دوباره می‌تواند وارد شود.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="301"/>
        <source>{user} has a new password.</source>
        <translation>گذرواژهٔ {user} عوض شد.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="159"/>
        <source>Failed logins (newest first)</source>
        <translation>ورودهای ناموفق (تازه‌ترین در بالا)</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="164"/>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="165"/>
        <source>Why</source>
        <translation>علت</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="165"/>
        <source>PC</source>
        <translation>رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="248"/>
        <source>wrong password</source>
        <translation>گذرواژهٔ نادرست</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="249"/>
        <source>no such user</source>
        <translation>چنین کاربری نیست</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="250"/>
        <source>deactivated user</source>
        <translation>کاربر غیرفعال</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="251"/>
        <source>tried while locked</source>
        <translation>تلاش در زمان قفل</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="160"/>
        <source>Your password</source>
        <translation>گذرواژهٔ شما</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="161"/>
        <source>Current password</source>
        <translation>گذرواژهٔ فعلی</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="163"/>
        <source>Change my password</source>
        <translation>تغییر گذرواژهٔ من</translation>
    </message>
    <message>
        <location filename="../../ui/settings/users_section.py" line="241"/>
        <source>Your password is changed.</source>
        <translation>گذرواژهٔ شما تغییر کرد.</translation>
    </message>
</context>
</TS>
