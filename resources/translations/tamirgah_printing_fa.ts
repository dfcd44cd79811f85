<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>PaperPreview</name>
    <message>
        <location filename="../../ui/printing/preview.py" line="26"/>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
</context>
<context>
    <name>PrintMenu</name>
    <message>
        <location filename="../../ui/printing/menu.py" line="40"/>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="41"/>
        <source>Save as PDF</source>
        <translation>ذخیره به‌صورت PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="58"/>
        <source>Intake receipt</source>
        <translation>رسید پذیرش</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="58"/>
        <source>Labels</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="59"/>
        <source>Job sheet</source>
        <translation>برگهٔ کار</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="59"/>
        <source>Estimate</source>
        <translation>برآورد هزینه</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="60"/>
        <source>Warranty card</source>
        <translation>کارت گارانتی</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="63"/>
        <source>Invoice and delivery receipt</source>
        <translation>فاکتور و رسید تحویل</translation>
    </message>
    <message>
        <location filename="../../ui/printing/menu.py" line="64"/>
        <source>Pro-forma invoice (before delivery)</source>
        <translation>پیش‌فاکتور (پیش از تحویل)</translation>
    </message>
</context>
</TS>
