<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="71"/>
        <source>My queue: most urgent first, then by promised date</source>
        <translation>کارهای من: فوری‌ترها اول، سپس به ترتیب موعد تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="72"/>
        <source>Scan a label to open its job.</source>
        <translation>برای باز کردن هر کار، برچسب آن را اسکن کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="73"/>
        <source>Open job</source>
        <translation>باز کردن کار</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="74"/>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="74"/>
        <source>Job</source>
        <translation>شمارهٔ کار</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="74"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="75"/>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="75"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_page.py" line="75"/>
        <source>Promised</source>
        <translation>موعد تحویل</translation>
    </message>
</context>
</TS>
