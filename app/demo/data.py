"""Word lists the demo loader draws from: names, devices, faults, repair lines."""

from __future__ import annotations

ZWNJ = "\u200c"

PERSIAN_MALE = (
    "محمد", "علی", "حسین", "رضا", "مهدی", "امیر", "حسن", "مصطفی", "سعید", "مجید",
    f"علی{ZWNJ}رضا", f"محمد{ZWNJ}رضا", f"امیر{ZWNJ}حسین", f"محمد{ZWNJ}مهدی", "ابوالفضل",
    "جواد", "حمید", "بهزاد", "کامران", "پویا", "آرش", "سینا", "میلاد", "ایمان", "فرهاد",
    "بابک", "کیوان", "مهران", "یاسر", "احسان", "مرتضی", "هادی", "داوود", "نیما", "آرمین",
)
PERSIAN_FEMALE = (
    "فاطمه", "زهرا", "مریم", "سارا", "نرگس", "مهسا", "الهام", "لیلا", "نازنین", "شیما",
    "ریحانه", "سمیرا", "پریسا", "مینا", "آزاده", "طاهره", "فرشته", "کوثر", "هانیه", "نگار",
    f"فاطمه{ZWNJ}زهرا", "بهاره", "شقایق", "یاسمن", "آتنا", "سحر", "ملیکا", "ترانه", "رویا",
)
PERSIAN_LAST = (
    "رضایی", "حسینی", "محمدی", "احمدی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی",
    "قاسمی", "نوری", "کاظمی", "عباسی", "اکبری", "یوسفی", "حیدری", "مرادی", "سلیمانی",
    "طاهری", "نجفی", "شریفی", "ابراهیمی", "فرهادی", "تهرانی", "اصفهانی", "شیرازی",
    "باقری", "زارعی", "امینی", "کرمانی", "رستمی", "فتحی", "مختاری", "صالحی", "اسدی",
    f"حسین{ZWNJ}زاده", f"علی{ZWNJ}پور", f"قلی{ZWNJ}زاده", f"نیک{ZWNJ}نام", "خسروشاهی",
    f"میر{ZWNJ}حسینی", f"امام{ZWNJ}جمعه", "وحیدی", "پاکزاد", "دلاوری", "سبحانی",
)
ENGLISH_FIRST = (
    "John", "Michael", "David", "James", "Robert", "Daniel", "Thomas", "Mark", "Paul",
    "Sarah", "Emily", "Anna", "Laura", "Emma", "Sophie", "Olivia", "Hannah", "Maria",
    "Lucas", "Leon", "Noah", "Julia", "Ali", "Reza", "Sara", "Dariush", "Kian", "Navid",
)
ENGLISH_LAST = (
    "Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Anderson", "Schmidt",
    "Müller", "Fischer", "Rossi", "Novak", "Karimi", "Rahimi", "Tehrani", "Farahani",
    "Hosseini", "Ahmadi", "Martin", "Walker", "Clarke", "Weber", "Jensen", "Kovacs",
)

# Iranian mobile prefixes after the leading 0, weighted roughly by market share.
MOBILE_PREFIXES = (
    ("912", 16), ("935", 9), ("936", 8), ("937", 7), ("938", 6), ("939", 6), ("919", 8),
    ("910", 6), ("911", 4), ("913", 4), ("914", 3), ("915", 3), ("930", 4), ("990", 5),
    ("991", 3), ("992", 2), ("993", 2),
)

# kind, brand, models, weight, serial scheme (None: phones carry an IMEI only)
DEVICES: tuple[tuple[str, str, tuple[str, ...], int, str | None], ...] = (
    ("phone", "Samsung", ("Galaxy A52", "Galaxy A32", "Galaxy A14", "Galaxy A54", "Galaxy S21",
                          "Galaxy S22 Ultra", "Galaxy S23", "Galaxy Note 20", "Galaxy M31",
                          "Galaxy A73"), 30, None),
    ("phone", "Apple", ("iPhone 11", "iPhone 12", "iPhone 13", "iPhone 13 Pro Max",
                        "iPhone 14 Pro", "iPhone XR", "iPhone 15", "iPhone SE"), 22, None),
    ("phone", "Xiaomi", ("Redmi Note 12", "Redmi Note 11", "Redmi Note 10 Pro", "Poco X3 Pro",
                         "Poco X5", "Redmi 12C", "Xiaomi 12T", "Redmi Note 13"), 18, None),
    ("phone", "Huawei", ("P30 Lite", "Nova 9", "Y9 Prime", "P40"), 4, None),
    ("phone", "Nokia", ("G21", "C32", "5.4"), 2, None),
    ("phone", "Honor", ("X8", "Magic5 Lite", "90"), 2, None),
    ("tablet", "Apple", ("iPad Air", "iPad 9", "iPad Pro 11", "iPad mini 6"), 4, "apple"),
    ("tablet", "Samsung", ("Galaxy Tab A8", "Galaxy Tab S7", "Galaxy Tab S6 Lite"), 3,
     "samsung"),
    ("tablet", "Lenovo", ("Tab M10", "Tab P11"), 1, "lenovo"),
    ("laptop", "Lenovo", ("ThinkPad T14", "ThinkPad X1 Carbon", "IdeaPad 3", "Legion 5",
                          "ThinkPad E15"), 4, "lenovo"),
    ("laptop", "Asus", ("VivoBook 15", "ZenBook 14", "ROG Strix G15", "TUF F15"), 4, "asus"),
    ("laptop", "HP", ("Pavilion 15", "EliteBook 840", "ProBook 450", "Victus 16"), 3, "hp"),
    ("laptop", "Dell", ("Latitude 5420", "Inspiron 15", "XPS 13", "Vostro 3510"), 3, "dell"),
    ("laptop", "Apple", ("MacBook Air M1", "MacBook Pro 14", "MacBook Air M2"), 2, "apple"),
    ("laptop", "Acer", ("Aspire 5", "Nitro 5"), 2, "acer"),
    ("console", "Sony", ("PlayStation 5", "PlayStation 4 Pro", "PlayStation 4 Slim"), 3,
     "sony"),
    ("console", "Microsoft", ("Xbox Series X", "Xbox Series S", "Xbox One S"), 2, "xbox"),
    ("console", "Nintendo", ("Switch", "Switch OLED"), 1, "nintendo"),
    ("other", "Apple", ("Apple Watch Series 7", "AirPods Pro"), 1, "apple"),
    ("other", "Samsung", ("Galaxy Watch 5", "Galaxy Buds 2"), 1, "samsung"),
    ("other", "JBL", ("Flip 5", "Charge 5"), 1, "jbl"),
)

# Eight-digit type allocation codes in the ranges each maker uses; the rest is made up.
TAC_PREFIXES = {"Samsung": "35", "Apple": "35", "Xiaomi": "86", "Huawei": "86",
                "Nokia": "35", "Honor": "86", "Lenovo": "86"}

# scheme: literal prefix, then (alphabet, length)
SERIAL_SCHEMES = {
    "lenovo": ("PF", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 6),
    "asus": ("N", "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 11),
    "hp": ("5CG", "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 7),
    "dell": ("", "0123456789BCDFGHJKLMNPQRSTVWXYZ", 7),
    "apple": ("C02", "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 9),
    "acer": ("NXH", "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 9),
    "samsung": ("R5", "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 9),
    "sony": ("E", "0123456789", 10),
    "xbox": ("", "0123456789", 12),
    "nintendo": ("XKW", "0123456789", 10),
    "jbl": ("TL", "0123456789", 10),
}

COLOURS_FA = ("مشکی", "سفید", "نقره‌ای", "طلایی", "آبی", "سبز", "قرمز", "خاکستری", "بنفش")
COLOURS_EN = ("Black", "White", "Silver", "Gold", "Blue", "Green", "Red", "Graphite")

# kind -> (Persian faults, English faults)
PROBLEMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "phone": (
        ("صفحه نمایش شکسته", "گوشی روشن نمی‌شود", "شارژ نمی‌گیرد", "باتری زود خالی می‌شود",
         "آب خورده است", "دوربین پشت تار است", "بلندگو صدا ندارد", "میکروفون کار نمی‌کند",
         "تاچ عمل نمی‌کند", "سوکت شارژ شل است", "آنتن نمی‌دهد", "روی لوگو ریست می‌شود",
         "گوشی داغ می‌کند", "دکمه پاور خراب است", "فیس آیدی کار نمی‌کند", "قاب پشت شکسته"),
        ("Cracked screen", "Does not power on", "Not charging", "Battery drains fast",
         "Water damage", "Rear camera blurry", "No sound from speaker", "Microphone not working",
         "Touch not responding", "Loose charging port", "No signal", "Boot loop",
         "Overheating", "Power button stuck", "Face ID not working", "Back glass broken"),
    ),
    "tablet": (
        ("صفحه نمایش شکسته", "شارژ نمی‌گیرد", "روشن نمی‌شود", "تاچ بخشی از صفحه کار نمی‌کند",
         "باتری باد کرده", "وای‌فای وصل نمی‌شود"),
        ("Cracked screen", "Not charging", "Won't turn on", "Dead touch zone",
         "Swollen battery", "Wi-Fi won't connect"),
    ),
    "laptop": (
        ("روشن نمی‌شود", "صفحه نمایش خط دارد", "کیبورد چند کلیدش کار نمی‌کند", "فن صدا می‌دهد",
         "خیلی داغ می‌کند", "ویندوز بالا نمی‌آید", "لولای صفحه شکسته", "شارژر را نمی‌شناسد",
         "هارد صدا می‌دهد", "ارتقای رم و اس‌اس‌دی", "آب روی کیبورد ریخته"),
        ("No power", "Lines on display", "Some keys dead", "Noisy fan", "Overheating",
         "Windows won't boot", "Broken hinge", "Charger not detected", "Clicking hard drive",
         "RAM and SSD upgrade", "Liquid spill on keyboard"),
    ),
    "console": (
        ("تصویر ندارد", "دسته وصل نمی‌شود", "دیسک نمی‌خواند", "خاموش می‌شود", "فن صدا می‌دهد",
         "پورت HDMI خراب است"),
        ("No video output", "Controller won't pair", "Disc not reading", "Shuts down",
         "Loud fan", "HDMI port damaged"),
    ),
    "other": (
        ("شارژ نمی‌شود", "صدا قطع و وصل می‌شود", "صفحه شکسته", "بلوتوث وصل نمی‌شود"),
        ("Won't charge", "Audio cuts out", "Cracked display", "Bluetooth won't pair"),
    ),
}

NOTES_FA = ("لطفاً قبل از تعمیر تماس بگیرید", "اطلاعات گوشی مهم است", "عجله دارد", "")
NOTES_EN = ("Call before any repair", "Data is important", "Needs it by the weekend", "")

# kind -> (part lines, labour lines), each (description, low price, high price) in Toman
LINES: dict[str, tuple[tuple[tuple[str, int, int], ...], tuple[tuple[str, int, int], ...]]] = {
    "phone": (
        (("ال‌سی‌دی و تاچ", 1_800_000, 9_500_000), ("باتری", 600_000, 2_400_000),
         ("سوکت شارژ", 150_000, 450_000), ("دوربین پشت", 900_000, 4_000_000),
         ("بلندگو", 200_000, 600_000), ("Back glass", 500_000, 2_000_000),
         ("آی‌سی شارژ", 350_000, 900_000)),
        (("اجرت تعویض", 250_000, 900_000), ("Board repair labour", 800_000, 3_000_000),
         ("شست‌وشو و اولتراسونیک", 300_000, 800_000), ("نرم‌افزار و فلش", 200_000, 600_000)),
    ),
    "tablet": (
        (("تاچ و ال‌سی‌دی", 2_500_000, 12_000_000), ("باتری", 900_000, 3_000_000)),
        (("اجرت تعویض", 400_000, 1_200_000), ("Software restore", 300_000, 700_000)),
    ),
    "laptop": (
        (("Keyboard", 900_000, 3_500_000), ("SSD 512GB", 2_200_000, 3_800_000),
         ("رم ۸ گیگ", 900_000, 1_800_000), ("لولا", 400_000, 1_200_000),
         ("فن", 500_000, 1_300_000), ("Display panel", 4_000_000, 14_000_000)),
        (("سرویس و خمیر سیلیکون", 400_000, 900_000), ("تعمیر برد", 1_200_000, 5_000_000),
         ("Windows install", 300_000, 600_000)),
    ),
    "console": (
        (("پورت HDMI", 700_000, 1_800_000), ("درایو نوری", 2_500_000, 6_000_000),
         ("Controller stick", 300_000, 900_000)),
        (("سرویس و خمیر سیلیکون", 600_000, 1_500_000), ("تعمیر برد", 1_500_000, 5_000_000)),
    ),
    "other": (
        (("باتری", 400_000, 1_500_000), ("Display", 1_500_000, 5_000_000)),
        (("اجرت", 200_000, 700_000),),
    ),
}

DIAGNOSIS_FEE = ("هزینه عیب‌یابی", 150_000, 400_000)

REASONS_DECLINE = ("هزینه برای مشتری بالاست", "مشتری منصرف شد", "Customer found it too costly")
REASONS_SENT_OUT = ("ارسال به تعمیرکار برد", "ارسال به نمایندگی", "Sent to board specialist")
REASONS_UNREPAIRABLE = ("برد آسیب جدی دیده", "قطعه در بازار نیست", "Board beyond repair")
REASONS_CANCEL = ("مشتری انصراف داد", "مشتری دستگاه را پس گرفت", "Customer withdrew")
REFUND_REASONS = ("برگشت بیعانه", "Deposit returned", "اضافه پرداخت")
