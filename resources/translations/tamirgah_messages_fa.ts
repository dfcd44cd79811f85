<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="140"/>
        <source>All messages</source>
        <translation>همهٔ پیامک‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="145"/>
        <source>Queued at</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="145"/>
        <source>To</source>
        <translation>گیرنده</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="145"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="146"/>
        <source>Tries</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="146"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="146"/>
        <source>Provider&apos;s answer</source>
        <translation>پاسخ سامانه</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="147"/>
        <source>Send again</source>
        <translation>ارسال دوباره</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="148"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="149"/>
        <source>It did go out</source>
        <translation>ارسال شده است</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="150"/>
        <source>You checked with the provider that this doubtful message was sent</source>
        <translation>با سامانهٔ پیامک بررسی کرده‌اید که این پیامکِ نامعلوم فرستاده شده است</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="152"/>
        <source>Open job</source>
        <translation>باز کردن کار</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="153"/>
        <source>Mark read</source>
        <translation>خوانده شد</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="154"/>
        <source>Resolved</source>
        <translation>رفع شد</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="155"/>
        <source>No replies yet. What customers answer to the shop&apos;s messages shows here.</source>
        <translation>هنوز پاسخی نیامده است. پاسخ مشتریان به پیامک‌های تعمیرگاه اینجا دیده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="157"/>
        <source>No alerts. A problem with the SMS account (no credit, a refused key) shows here.</source>
        <translation>هشداری نیست. مشکل حساب پیامک (تمام شدن اعتبار، پذیرفته نشدن کلید) اینجا دیده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="201"/>
        <source>Outbox</source>
        <translation>صف ارسال</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="203"/>
        <source>Replies ({count} unread)</source>
        <translation>پاسخ‌ها ({count} خوانده‌نشده)</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="204"/>
        <source>Replies</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="207"/>
        <source>Alerts ({count})</source>
        <translation>هشدارها ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="208"/>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="163"/>
        <source>Sending waits for the SMS account to work again (see Alerts): {reason}</source>
        <translation>ارسال منتظر است تا حساب پیامک دوباره کار کند (هشدارها را ببینید): {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="160"/>
        <source>No answer from the provider. At {time} the app asks it whether the message went out and sends it again, with the same id, only if it did not.</source>
        <translation>پاسخی از سامانهٔ پیامک نرسید. برنامه ساعت {time} از سامانه می‌پرسد که پیامک فرستاده شده یا نه و فقط اگر نشده باشد، آن را با همان شناسه دوباره می‌فرستد.</translation>
    </message>
    <message>
        <location filename="../../ui/messages/messages_page.py" line="231"/>
        <source>Sending is paused and the messages wait in the queue. Once this is fixed (a setting saved, a test SMS that goes through) they go out by themselves.</source>
        <translation>ارسال متوقف است و پیامک‌ها در صف می‌مانند. وقتی مشکل برطرف شود (تنظیمی ذخیره شود یا پیامک آزمایشی برود) خودشان فرستاده می‌شوند.</translation>
    </message>
</context>
</TS>
