<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/start/first_run.py" line="78"/>
        <source>Tamirgah: join a shop</source>
        <translation>تعمیرگاه: پیوستن به تعمیرگاهی که هست</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="79"/>
        <source>Tamirgah: a new shop</source>
        <translation>تعمیرگاه: راه‌اندازی</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="80"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="81"/>
        <source>The language of the app, papers and messages</source>
        <translation>زبان برنامه، کاغذها و پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="83"/>
        <source>Your shop</source>
        <translation>تعمیرگاه شما</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="84"/>
        <source>Printed on every paper and in every SMS</source>
        <translation>روی همهٔ کاغذها و در همهٔ پیامک‌ها می‌آید</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="85"/>
        <source>Shop name</source>
        <translation>نام تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="85"/>
        <source>Shop phone</source>
        <translation>تلفن تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="88"/>
        <source>The manager&apos;s account</source>
        <translation>حساب مدیر</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="89"/>
        <source>The manager adds the other users later</source>
        <translation>مدیر بعداً کاربران دیگر را اضافه می‌کند</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="90"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="90"/>
        <source>Full name</source>
        <translation>نام و نام خانوادگی</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="91"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="92"/>
        <source>Password again</source>
        <translation>تکرار گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="94"/>
        <source>e.g. Novin Mobile Repair</source>
        <translation>مثلاً تعمیرات موبایل نوین</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run.py" line="96"/>
        <source>lower-case Latin letters, e.g. admin</source>
        <translation>حروف کوچک لاتین، مثلاً admin</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/start/login.py" line="83"/>
        <source>Tamirgah: log in</source>
        <translation>تعمیرگاه: ورود</translation>
    </message>
    <message>
        <location filename="../../ui/start/login.py" line="84"/>
        <source>Tamirgah</source>
        <translation>تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/start/login.py" line="85"/>
        <source>Log in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <location filename="../../ui/start/login.py" line="86"/>
        <source>Username</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <location filename="../../ui/start/login.py" line="86"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/start/login.py" line="89"/>
        <source>Demo: pick a user to try that role. Every demo password is {password}.</source>
        <translation>نسخهٔ نمایشی: کاربری را برگزینید تا آن نقش را ببینید. گذرواژهٔ همهٔ کاربران نمایشی {password} است.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/start/server_form.py" line="202"/>
        <source>Another database</source>
        <translation>پایگاه دادهٔ دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="203"/>
        <source>The shop&apos;s PostgreSQL server, as the manager set it up. Test the connection, then use it.</source>
        <translation>سرور PostgreSQL تعمیرگاه، همان‌گونه که مدیر آن را راه انداخته است. اتصال را آزمایش کنید و سپس از آن استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="205"/>
        <source>Use this database</source>
        <translation>استفاده از این پایگاه داده</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../../ui/start/server_form.py" line="100"/>
        <source>Server (name or IP)</source>
        <translation>سرور (نام یا IP)</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="100"/>
        <source>Port</source>
        <translation>پورت</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="100"/>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="101"/>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="101"/>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="101"/>
        <source>Or the whole address</source>
        <translation>یا نشانی کامل</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="105"/>
        <source>Test connection</source>
        <translation>آزمایش اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="128"/>
        <source>Write the address like postgresql://user:password@server:5432/tamirgah</source>
        <translation>نشانی را این‌گونه بنویسید: ⁦postgresql://user:password@server:5432/tamirgah⁩</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="134"/>
        <source>Write the server&apos;s name or IP address, e.g. 192.168.1.10.</source>
        <translation>نام یا نشانی IP سرور را بنویسید، مثلاً 192.168.1.10.</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="148"/>
        <source>Connecting…</source>
        <translation>در حال اتصال…</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="160"/>
        <source>Connected to {server}. It holds a shop&apos;s data.</source>
        <translation>به {server} وصل شد. داده‌های یک تعمیرگاه در آن هست.</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="162"/>
        <source>Connected to {server}. It holds no Tamirgah data yet: Tamirgah sets it up when this PC opens it, and then you create the shop there.</source>
        <translation>به {server} وصل شد. هنوز داده‌ای از برنامهٔ تعمیرگاه در آن نیست: این رایانه هنگام باز کردن، آن را آماده می‌کند و سپس تعمیرگاه را در آن می‌سازید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="172"/>
        <source>The server answered but refused: check the database, the user and the password.</source>
        <translation>سرور پاسخ داد اما اتصال را نپذیرفت: نام پایگاه داده، کاربر و گذرواژه را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="174"/>
        <source>The server cannot be reached: check the address and the port, and that the server PC is on and on the shop&apos;s network.</source>
        <translation>سرور در دسترس نیست: نشانی و پورت را بررسی کنید و ببینید رایانهٔ سرور روشن و به شبکهٔ تعمیرگاه وصل باشد.</translation>
    </message>
    <message>
        <location filename="../../ui/start/server_form.py" line="176"/>
        <source>The server said: {reason}</source>
        <translation>پاسخ سرور:
{reason}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start/first_run_start.py" line="64"/>
        <source>Where is the shop&apos;s data?</source>
        <translation>داده‌های تعمیرگاه کجاست؟</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run_start.py" line="65"/>
        <source>A new shop on this PC</source>
        <translation>یک تعمیرگاه تازه روی همین رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run_start.py" line="66"/>
        <source>This PC joins a shop whose data is on another PC (PostgreSQL server)</source>
        <translation>این رایانه به تعمیرگاهی می‌پیوندد که داده‌هایش روی رایانهٔ دیگری است (سرور PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/start/first_run_start.py" line="68"/>
        <source>Join the shop</source>
        <translation>پیوستن به تعمیرگاه</translation>
    </message>
</context>
<context>
    <name>StartProblemBox</name>
    <message>
        <location filename="../../ui/start/start_problem.py" line="58"/>
        <source>Tamirgah cannot start</source>
        <translation>تعمیرگاه باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="61"/>
        <source>Or choose another database for this PC.</source>
        <translation>یا پایگاه دادهٔ دیگری برای این رایانه انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="64"/>
        <source>Try again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="67"/>
        <source>Choose another database…</source>
        <translation>انتخاب پایگاه دادهٔ دیگر…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="70"/>
        <source>Use this PC&apos;s own file</source>
        <translation>استفاده از فایل خود این رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="72"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="94"/>
        <source>The shop&apos;s database is from an older version of Tamirgah.</source>
        <translation>پایگاه دادهٔ تعمیرگاه مال نسخهٔ قدیمی‌تری از برنامه است.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="90"/>
        <location filename="../../ui/start/start_problem.py" line="95"/>
        <location filename="../../ui/start/start_problem.py" line="120"/>
        <location filename="../../ui/start/start_problem.py" line="125"/>
        <source>Database: {name}</source>
        <translation>پایگاه داده: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="89"/>
        <source>The shop&apos;s database is from a newer version of Tamirgah.</source>
        <translation>پایگاه دادهٔ تعمیرگاه از نسخهٔ تازه‌تری از برنامهٔ تعمیرگاه است.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="91"/>
        <source>Install on this PC the version of Tamirgah that the shop&apos;s other PCs use, then start it again.</source>
        <translation>همان نسخه‌ای از تعمیرگاه را که رایانه‌های دیگر تعمیرگاه دارند روی این رایانه نصب کنید و دوباره آن را باز کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="96"/>
        <source>Ask the manager to bring it up to date: on a PC of the shop, run
{command}
then press Try again.</source>
        <translation>از مدیر بخواهید آن را به‌روز کند: روی یکی از رایانه‌های تعمیرگاه این فرمان را اجرا کند
{command}
سپس «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="100"/>
        <source>Tamirgah cannot start.</source>
        <translation>تعمیرگاه باز نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="102"/>
        <source>Tamirgah cannot use its data folder.</source>
        <translation>برنامه نمی‌تواند از پوشهٔ داده‌هایش استفاده کند.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="104"/>
        <source>Check that the folder is there and that you may write in it, then press Try again.</source>
        <translation>ببینید پوشه وجود داشته باشد و اجازهٔ نوشتن در آن را داشته باشید، سپس «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="107"/>
        <source>The database address is not valid.</source>
        <translation>نشانی پایگاه داده درست نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="108"/>
        <source>Address: {name}</source>
        <translation>نشانی: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="111"/>
        <source>Tamirgah cannot open its database file.</source>
        <translation>برنامه نمی‌تواند فایل پایگاه داده‌اش را باز کند.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="112"/>
        <source>File: {name}</source>
        <translation>فایل: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="114"/>
        <source>Reason: {reason}</source>
        <translation>علت:
{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="115"/>
        <source>Check that the file&apos;s folder is there and that you may write in it (a USB stick must be plugged in), then press Try again.</source>
        <translation>ببینید پوشهٔ فایل وجود داشته باشد و اجازهٔ نوشتن در آن را داشته باشید (فلش USB باید وصل باشد)، سپس «تلاش دوباره» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="119"/>
        <source>The database server refused this PC.</source>
        <translation>سرور پایگاه داده این رایانه را نپذیرفت.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="121"/>
        <location filename="../../ui/start/start_problem.py" line="126"/>
        <source>The server said: {reason}</source>
        <translation>پاسخ سرور:
{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="122"/>
        <source>The database name, the user or the password is not right. Ask the manager for them.</source>
        <translation>نام پایگاه داده، کاربر یا گذرواژه درست نیست. آن‌ها را از مدیر بپرسید.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="124"/>
        <source>The shop&apos;s database server cannot be reached.</source>
        <translation>سرور پایگاه دادهٔ تعمیرگاه در دسترس نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_problem.py" line="127"/>
        <source>Check that the server PC is switched on and connected to the shop&apos;s network, then press Try again.</source>
        <translation>ببینید رایانهٔ سرور روشن و به شبکهٔ تعمیرگاه وصل باشد، سپس «تلاش دوباره» را بزنید.</translation>
    </message>
</context>
</TS>
