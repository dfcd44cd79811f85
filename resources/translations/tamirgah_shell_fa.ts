<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/shell/errors.py" line="38"/>
        <source>The SMS provider said: {reason}</source>
        <translation>پاسخ سامانهٔ پیامک: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="41"/>
        <source>The shop&apos;s database file was replaced or removed while this PC was using it, so this change was not saved. Close Tamirgah and start it again.</source>
        <translation>فایل پایگاه دادهٔ تعمیرگاه در حالی که این رایانه از آن استفاده می‌کرد جایگزین یا پاک شد، پس این تغییر ذخیره نشد. تعمیرگاه را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="45"/>
        <source>The database cannot be reached. Your input is kept; try again when the connection is back.</source>
        <translation>به پایگاه داده دسترسی نیست. آنچه وارد کرده‌اید نگه داشته شده است؛ وقتی اتصال برقرار شد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="53"/>
        <source>Something went wrong and was written to the log file:
{path}</source>
        <translation>خطایی پیش آمد و در پروندهٔ گزارش نوشته شد:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/errors.py" line="59"/>
        <location filename="../../ui/shell/errors.py" line="67"/>
        <source>Tamirgah</source>
        <translation>تعمیرگاه</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="149"/>
        <source>Tamirgah — {shop}</source>
        <translation>تعمیرگاه — {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="150"/>
        <source>{title} (demo)</source>
        <translation>{title} (نمایشی)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="123"/>
        <source>Job board</source>
        <translation>تابلوی کارها</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="123"/>
        <source>New job</source>
        <translation>پذیرش کار تازه</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="124"/>
        <source>My queue</source>
        <translation>کارهای من</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="125"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="125"/>
        <source>Messages</source>
        <translation>پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="126"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="131"/>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="132"/>
        <location filename="../../ui/shell/main_window.py" line="293"/>
        <source>About Tamirgah</source>
        <translation>دربارهٔ تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="134"/>
        <source>{user} ({role}) · {database}</source>
        <translation>{user} ({role}) · {database}</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="230"/>
        <source>The database cannot be reached; trying again every second. Nothing you typed is lost. ({reason})</source>
        <translation>به پایگاه داده دسترسی نیست؛ هر ثانیه دوباره تلاش می‌شود. چیزی از آنچه نوشته‌اید از دست نمی‌رود. ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="237"/>
        <source>Connected to the database again.</source>
        <translation>اتصال به پایگاه داده دوباره برقرار شد.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="294"/>
        <source>Tamirgah, the repair-shop desk.

The data folder ({why}):
{data}

Problems are written to:
{path}</source>
        <translation>تعمیرگاه، میز کار تعمیرگاه.

پوشهٔ داده‌ها ({why}):
{data}

خطاها در این پرونده نوشته می‌شوند:
{path}</translation>
    </message>
</context>
</TS>
