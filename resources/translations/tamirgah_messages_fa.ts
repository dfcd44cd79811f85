<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="110" />
        <source>All messages</source>
        <translation>همهٔ پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="115" />
        <source>Queued at</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="115" />
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="115" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="116" />
        <source>Tries</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="116" />
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="116" />
        <source>Provider's answer</source>
        <translation>پاسخ سامانه</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="117" />
        <source>Send again</source>
        <translation>ارسال دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="118" />
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="119" />
        <source>It did go out</source>
        <translation>ارسال شده است</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="120" />
        <source>You checked with the provider that this doubtful message was sent</source>
        <translation>با سامانهٔ پیامک بررسی کرده‌اید که این پیامکِ نامعلوم فرستاده شده است</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="122" />
        <source>Open job</source>
        <translation>باز کردن کار</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="123" />
        <source>Mark read</source>
        <translation>خوانده شد</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="124" />
        <source>Resolved</source>
        <translation>رفع شد</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="139" />
        <source>Outbox</source>
        <translation>صف ارسال</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="141" />
        <source>Replies ({count} unread)</source>
        <translation>پاسخ‌ها ({count} خوانده‌نشده)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="142" />
        <source>Replies</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="145" />
        <source>Alerts ({count})</source>
        <translation>هشدارها ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="146" />
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
</context>
</TS>