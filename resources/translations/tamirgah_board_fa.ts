<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>BoardPage</name>
    <message>
        <location filename="../../ui/board/board_page.py" line="118"/>
        <source>Search: job number, mobile, name, IMEI or serial (Ctrl+F)</source>
        <translation>جستجو: شمارهٔ کار، موبایل، نام، IMEI یا سریال (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="119"/>
        <source>Received between</source>
        <translation>پذیرش در بازهٔ</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="120"/>
        <source>Overdue</source>
        <translation>دیرکرد</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="122"/>
        <source>Job</source>
        <translation>شمارهٔ کار</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="122"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="122"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="122"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="123"/>
        <source>Device</source>
        <translation>دستگاه</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="123"/>
        <source>Received</source>
        <translation>پذیرش</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="123"/>
        <source>Promised</source>
        <translation>موعد تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="124"/>
        <source>Promised date at risk</source>
        <translation>موعد تحویل در خطر</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="134"/>
        <source>Open jobs</source>
        <translation>کارهای باز</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="135"/>
        <source>All jobs</source>
        <translation>همهٔ کارها</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="139"/>
        <source>Any technician</source>
        <translation>همهٔ تعمیرکاران</translation>
    </message>
    <message>
        <location filename="../../ui/board/board_page.py" line="231"/>
        <source>Open: {count}</source>
        <translation>باز: {count}</translation>
    </message>
</context>
</TS>
