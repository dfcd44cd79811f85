<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup/actions.py" line="50"/>
        <source>Back up the shop&apos;s data</source>
        <translation>پشتیبان‌گیری از داده‌های تعمیرگاه</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="54"/>
        <source>Backing up to {file}…</source>
        <translation>در حال پشتیبان‌گیری در {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="60"/>
        <source>The backup is saved:
{path}
({size}{jobs})</source>
        <translation>نسخهٔ پشتیبان ذخیره شد:
{path}
({size}{jobs})</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="66"/>
        <location filename="../../ui/backup/actions.py" line="88"/>
        <source>Restore from a backup</source>
        <translation>بازگردانی از نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="70"/>
        <source>Checking {file}…</source>
        <translation>در حال بررسی {file}…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="58"/>
        <source>; jobs: {jobs}</source>
        <translation>؛ کارها: {jobs}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="77"/>
        <source> Jobs in it: {jobs}.</source>
        <translation> تعداد کارهای آن: {jobs}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="80"/>
        <source>Restore this backup?
{file}
Saved on {date}.{jobs}

This replaces ALL of the shop&apos;s current data (jobs, customers, payments, messages, users and settings) on every PC with the data in this backup. Anything entered after {date} will no longer be in Tamirgah.

Before that, the current data is saved in:
{folder}</source>
        <translation>این نسخهٔ پشتیبان بازگردانده شود؟
{file}
ذخیره‌شده در {date}.{jobs}

همهٔ داده‌های کنونی تعمیرگاه (کارها، مشتریان، پرداخت‌ها، پیامک‌ها، کاربران و تنظیمات) در همهٔ رایانه‌ها با داده‌های این نسخهٔ پشتیبان جایگزین می‌شود. هر چه پس از {date} وارد شده دیگر در تعمیرگاه نخواهد بود.

پیش از آن، داده‌های کنونی در این پوشه ذخیره می‌شود:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="92"/>
        <source>Replace all data</source>
        <translation>جایگزینی همهٔ داده‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="93"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="98"/>
        <source>Restoring {file}… (the current data is saved first)</source>
        <translation>در حال بازگردانی {file}… (نخست داده‌های کنونی ذخیره می‌شود)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="105"/>
        <source>The shop&apos;s data is restored from {file}.
The data as it was before is kept in:
{kept}</source>
        <translation>داده‌های تعمیرگاه از {file} بازگردانده شد.
داده‌های پیش از آن در این پرونده نگه داشته شده است:
{kept}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="109"/>
        <source>Your user is not in the restored data. Tamirgah closes; start it again and sign in.</source>
        <translation>کاربر شما در داده‌های بازگردانده‌شده نیست. تعمیرگاه بسته می‌شود؛ آن را دوباره باز کنید و وارد شوید.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="137"/>
        <source>The backups are in:
{folder}</source>
        <translation>نسخه‌های پشتیبان در این پوشه‌اند:
{folder}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/actions.py" line="144"/>
        <location filename="../../ui/backup/actions.py" line="164"/>
        <source>Backup</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <location filename="../../ui/backup/system.py" line="18"/>
        <source>Tamirgah backups (*{suffix})</source>
        <translation>نسخه‌های پشتیبان تعمیرگاه (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/backup/system.py" line="19"/>
        <source>All files (*)</source>
        <translation>همهٔ پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <location filename="../../ui/backup/menu.py" line="42"/>
        <source>Backup</source>
        <translation>پشتیبان‌گیری</translation>
    </message>
    <message>
        <location filename="../../ui/backup/menu.py" line="43"/>
        <source>Last backup: …</source>
        <translation>آخرین پشتیبان: …</translation>
    </message>
    <message>
        <location filename="../../ui/backup/menu.py" line="44"/>
        <source>Back up now…</source>
        <translation>پشتیبان‌گیری همین حالا…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/menu.py" line="45"/>
        <source>Restore from backup…</source>
        <translation>بازگردانی از نسخهٔ پشتیبان…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/menu.py" line="46"/>
        <source>Open backups folder</source>
        <translation>باز کردن پوشهٔ پشتیبان‌ها</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../../ui/backup/texts.py" line="17"/>
        <source>chosen with TAMIRGAH_HOME</source>
        <translation>تعیین‌شده با TAMIRGAH_HOME</translation>
    </message>
    <message>
        <location filename="../../ui/backup/texts.py" line="18"/>
        <source>portable: kept beside the program</source>
        <translation>قابل حمل: کنار خود برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/backup/texts.py" line="19"/>
        <source>this user&apos;s data folder on this PC</source>
        <translation>پوشهٔ داده‌های این کاربر در این رایانه</translation>
    </message>
    <message>
        <location filename="../../ui/backup/texts.py" line="39"/>
        <source>No backup has been made yet</source>
        <translation>هنوز نسخهٔ پشتیبانی گرفته نشده است</translation>
    </message>
    <message>
        <location filename="../../ui/backup/texts.py" line="41"/>
        <source>Last backup: {when} ({file})</source>
        <translation>آخرین پشتیبان: {when} ({file})</translation>
    </message>
    <message>
        <location filename="../../ui/backup/texts.py" line="47"/>
        <source>Saved as {path} on the PC {pc}</source>
        <translation>ذخیره‌شده در {path} روی رایانهٔ {pc}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/texts.py" line="56"/>
        <source>{size} MB</source>
        <translation>{size} مگابایت</translation>
    </message>
</context>
<context>
    <name>DailyBackups</name>
    <message>
        <location filename="../../ui/backup/daily.py" line="57"/>
        <source>Today&apos;s backup is saved: {path}</source>
        <translation>پشتیبان امروز ذخیره شد: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/backup/daily.py" line="63"/>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>پشتیبان امروز گرفته نشد: {reason}</translation>
    </message>
</context>
</TS>
