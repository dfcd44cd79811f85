<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>The SMS provider said: {reason}</source>
        <translation>پاسخ سامانهٔ پیامک: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="41"/>
        <source>The database cannot be reached. Your input is kept; try again when the connection is back.</source>
        <translation>به پایگاه داده دسترسی نیست. آنچه وارد کرده‌اید نگه داشته شده است؛ وقتی اتصال برقرار شد دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>Something went wrong and was written to the log file:
{path}</source>
        <translation>خطایی پیش آمد و در پروندهٔ گزارش نوشته شد:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="55"/>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Tamirgah</source>
        <translation>تعمیرگاه</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="75"/>
        <source>Tamirgah: a new shop</source>
        <translation>تعمیرگاه: راه‌اندازی</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="76"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="77"/>
        <source>The language of the app, papers and messages</source>
        <translation>زبان برنامه، کاغذها و پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="78"/>
        <source>Your shop</source>
        <translation>تعمیرگاه شما</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="79"/>
        <source>Printed on every paper and in every SMS</source>
        <translation>روی همهٔ کاغذها و در همهٔ پیامک‌ها می‌آید</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80"/>
        <source>Shop name</source>
        <translation>نام تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="80"/>
        <source>Shop phone</source>
        <translation>تلفن تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="83"/>
        <source>The manager&apos;s account</source>
        <translation>حساب مدیر</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="84"/>
        <source>The manager adds the other users later</source>
        <translation>مدیر بعداً کاربران دیگر را اضافه می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="85"/>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="86"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="87"/>
        <source>Password again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="89"/>
        <source>e.g. Novin Mobile Repair</source>
        <translation>مثلاً تعمیرات موبایل نوین</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="91"/>
        <source>lower-case Latin letters, e.g. admin</source>
        <translation>حروف کوچک لاتین، مثلاً admin</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="61"/>
        <source>Tamirgah: log in</source>
        <translation>تعمیرگاه: ورود</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="62"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="65"/>
        <source>Demo: pick a user to try that role. Every demo password is {password}.</source>
        <translation>نسخهٔ نمایشی: کاربری را برگزینید تا آن نقش را ببینید. گذرواژهٔ همهٔ کاربران نمایشی {password} است.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Tamirgah — {shop}</source>
        <translation>تعمیرگاه — {shop}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>{title} (demo)</source>
        <translation>{title} (نمایشی)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Job board</source>
        <translation>تابلوی کارها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>New job</source>
        <translation>پذیرش کار تازه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>My queue</source>
        <translation>کارهای من</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118"/>
        <source>Messages</source>
        <translation>پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>About Tamirgah</source>
        <translation>دربارهٔ تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>{user} ({role}) · {database}</source>
        <translation>{user} ({role}) · {database}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>The database cannot be reached; trying again every second. Nothing you typed is lost. ({reason})</source>
        <translation>به پایگاه داده دسترسی نیست؛ هر ثانیه دوباره تلاش می‌شود. چیزی از آنچه نوشته‌اید از دست نمی‌رود. ({reason})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>Connected to the database again.</source>
        <translation>اتصال به پایگاه داده دوباره برقرار شد.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
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
