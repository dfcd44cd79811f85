<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="84"/>
        <source>Find a customer: name or any part of the mobile</source>
        <translation>یافتن مشتری: نام یا بخشی از شمارهٔ موبایل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="86"/>
        <source>Mobile</source>
        <translation>موبایل</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="87"/>
        <source>Language and source</source>
        <translation>زبان و راه آشنایی</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="88"/>
        <source>Opted out of SMS (gets no messages)</source>
        <translation>لغو پیامک (هیچ پیامکی دریافت نمی‌کند)</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="89"/>
        <source>Devices</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="89"/>
        <source>Jobs</source>
        <translation>کارها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="90"/>
        <source>Messages</source>
        <translation>پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="90"/>
        <source>Payments</source>
        <translation>پرداخت‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="94"/>
        <source>Walked in</source>
        <translation>مراجعهٔ حضوری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="94"/>
        <source>Instagram</source>
        <translation>اینستاگرام</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="95"/>
        <source>Referred by a customer</source>
        <translation>معرفی مشتری</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="96"/>
        <source>Website</source>
        <translation>وب‌سایت</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="96"/>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/customers/customers_page.py" line="130"/>
        <source>No customer chosen</source>
        <translation>مشتری‌ای انتخاب نشده است</translation>
    </message>
</context>
</TS>
