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

# The hard cases a shop's screens and papers meet: long problems as customers tell them, with
# the Latin names of systems, apps, parts and error messages inside the Persian text.
# (kind, brand) -> (Persian, English); brand "" is any other brand of that kind.
LONG_PROBLEMS: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {
    ("phone", "Samsung"): (
        ("بعد از آپدیت Android 14 اپ WhatsApp باز نمی‌شود و باتری EB-BA426ABY باد کرده است",
         "گوشی روی لوگوی Samsung Galaxy گیر می‌کند و بعد از Wipe data هم درست نشد",
         "روی صفحهٔ AMOLED خط سبز افتاده و Fingerprint کار نمی‌کند؛ عکس‌های Google Photos "
         "مهم است",
         "شارژر Super Fast Charging 25W را نمی‌شناسد و سوکت USB-C لق است"),
        ("After the Android 14 update WhatsApp will not open and the EB-BA426ABY battery has "
         "swollen",
         "Stuck on the Samsung Galaxy logo; a wipe data did not help",
         "Green line across the AMOLED screen and the fingerprint reader is dead; the Google "
         "Photos pictures matter"),
    ),
    ("phone", "Apple"): (
        ("بعد از آپدیت iOS 17.4 آنتن نمی‌دهد و پیام No Service می‌آید؛ Face ID هم غیرفعال شده",
         "بخش Battery Health عدد ۷۱٪ را نشان می‌دهد و گوشی خودبه‌خود خاموش می‌شود",
         "اپ‌های Instagram و Telegram هنگ می‌کنند و گوشی داغ می‌شود؛ فضای iCloud پر است",
         "بعد از تعویض LCD در مغازهٔ دیگر پیام Unknown Part می‌دهد و True Tone کار نمی‌کند"),
        ("No Service after the iOS 17.4 update, and Face ID is disabled",
         "Battery Health shows 71% and the phone shuts down by itself",
         "Instagram and Telegram freeze and the phone runs hot; iCloud storage is full"),
    ),
    ("phone", "Xiaomi"): (
        ("بعد از آپدیت MIUI 14 گوشی روی Fastboot می‌رود؛ اطلاعات Telegram مهم است",
         "دوربین 108MP عکس تار می‌گیرد و اپ Google Camera بسته می‌شود"),
        ("Goes to Fastboot after the MIUI 14 update; the Telegram data matters",
         "The 108MP camera takes blurry pictures and Google Camera closes"),
    ),
    ("phone", ""): (
        ("بعد از افتادن در آب Wi-Fi و Bluetooth روشن نمی‌شوند و SIM 2 را نمی‌شناسد",
         "اپ WhatsApp Business از پیام‌ها Backup نمی‌گیرد و حافظهٔ 128GB پر شده است"),
        ("After falling in water Wi-Fi and Bluetooth will not turn on and SIM 2 is not found",
         "WhatsApp Business will not back up its chats and the 128GB storage is full"),
    ),
    ("tablet", "Apple"): (
        ("صفحهٔ iPad بعد از ضربه Touch ندارد و Apple Pencil وصل نمی‌شود",
         "روی صفحه پیام iPad is disabled آمده و مشتری رمز Apple ID را ندارد"),
        ("The iPad's touch died after a knock and the Apple Pencil will not pair",
         "Shows 'iPad is disabled' and the customer does not know the Apple ID password"),
    ),
    ("tablet", ""): (
        ("تبلت روی Android Recovery می‌ماند و اپ شاد برای کلاس آنلاین نصب نمی‌شود",
         "بعد از آپدیت One UI صفحه چشمک می‌زند و شارژ با کابل USB-C کند است"),
        ("Stays in Android Recovery and the school app will not install",
         "The screen flickers after the One UI update and USB-C charging is slow"),
    ),
    ("laptop", ""): (
        ("ویندوز 11 بعد از آپدیت KB5034441 بالا نمی‌آید و پیام INACCESSIBLE_BOOT_DEVICE می‌دهد",
         "فن CPU صدا می‌دهد و دما در بازی Call of Duty به ۹۵ درجه می‌رسد",
         "بعد از ریختن چای کلیدهای Shift و Enter کار نمی‌کنند؛ فایل‌های Excel حسابداری مهم است",
         "لپ‌تاپ با شارژر 65W روشن می‌شود ولی باتری را نمی‌شناسد (Plugged in, not charging)"),
        ("Windows 11 will not start after update KB5034441: INACCESSIBLE_BOOT_DEVICE",
         "The CPU fan is loud and it reaches 95°C in Call of Duty",
         "Tea spilled on it: Shift and Enter are dead; the Excel accounts matter"),
    ),
    ("laptop", "Apple"): (
        ("مک‌بوک بعد از آپدیت macOS Sonoma روی لوگوی Apple می‌ماند و Time Machine بک‌آپ ندارد",
         "نوار Touch Bar خاموش است و پورت USB-C سمت چپ شارژ نمی‌کند"),
        ("The MacBook stays on the Apple logo after the macOS Sonoma update; no Time Machine "
         "backup",),
    ),
    ("console", "Sony"): (
        ("کنسول پیام Cannot start the PS5 می‌دهد و دستهٔ DualSense شارژ نمی‌شود",
         "بعد از آپدیت System Software تصویر روی HDMI نمی‌آید و چراغ آبی چشمک می‌زند"),
        ("Shows 'Cannot start the PS5' and the DualSense controller will not charge",
         "No picture over HDMI after a system software update; the blue light blinks"),
    ),
    ("console", ""): (
        ("بعد از آپدیت Firmware تصویر روی HDMI نمی‌آید و دسته با Bluetooth وصل نمی‌شود",),
        ("No picture over HDMI after a firmware update and the controller will not pair",),
    ),
    ("other", ""): (
        ("بعد از آپدیت Firmware به Bluetooth گوشی وصل نمی‌شود و با کابل USB-C شارژ نمی‌گیرد",
         "صدای کانال چپ قطع و وصل می‌شود و اپ Galaxy Wearable دستگاه را پیدا نمی‌کند"),
        ("Will not connect to the phone's Bluetooth after a firmware update and will not charge "
         "over USB-C",),
    ),
}

NOTES = {
    "fa": ("لطفاً قبل از تعمیر تماس بگیرید", "اطلاعات گوشی مهم است", "عجله دارد",
           "عکس‌ها و چت‌های WhatsApp پاک نشود", "رمز iCloud را مشتری به یاد ندارد", ""),
    "en": ("Call before any repair", "Data is important", "Needs it by the weekend",
           "Keep the WhatsApp chats and photos", ""),
}

Line = tuple[str, int, int]  # description, low price, high price, in Toman
# kind -> language -> (part lines, labour lines)
LINES: dict[str, dict[str, tuple[tuple[Line, ...], tuple[Line, ...]]]] = {
    "phone": {
        "fa": ((("ال‌سی‌دی و تاچ OLED", 1_800_000, 9_500_000), ("باتری", 600_000, 2_400_000),
                ("سوکت شارژ USB-C", 150_000, 450_000), ("دوربین پشت", 900_000, 4_000_000),
                ("بلندگو", 200_000, 600_000), ("درب پشت", 500_000, 2_000_000),
                ("آی‌سی شارژ", 350_000, 900_000)),
               (("اجرت تعویض", 250_000, 900_000), ("تعمیر برد", 800_000, 3_000_000),
                ("شست‌وشو و اولتراسونیک", 300_000, 800_000),
                ("نرم‌افزار و فلش", 200_000, 600_000),
                ("بک‌آپ WhatsApp و انتقال اطلاعات", 200_000, 500_000))),
        "en": ((("OLED screen and touch", 1_800_000, 9_500_000), ("Battery", 600_000, 2_400_000),
                ("USB-C charging port", 150_000, 450_000), ("Rear camera", 900_000, 4_000_000),
                ("Loudspeaker", 200_000, 600_000), ("Back glass", 500_000, 2_000_000),
                ("Charging IC", 350_000, 900_000)),
               (("Replacement labour", 250_000, 900_000),
                ("Board repair labour", 800_000, 3_000_000),
                ("Ultrasonic cleaning", 300_000, 800_000),
                ("Software and flashing", 200_000, 600_000))),
    },
    "tablet": {
        "fa": ((("تاچ و ال‌سی‌دی", 2_500_000, 12_000_000), ("باتری", 900_000, 3_000_000)),
               (("اجرت تعویض", 400_000, 1_200_000), ("نصب نرم‌افزار و ریست", 300_000, 700_000))),
        "en": ((("Touch and LCD", 2_500_000, 12_000_000), ("Battery", 900_000, 3_000_000)),
               (("Replacement labour", 400_000, 1_200_000),
                ("Software restore", 300_000, 700_000))),
    },
    "laptop": {
        "fa": ((("کیبورد", 900_000, 3_500_000), ("هارد SSD 512GB", 2_200_000, 3_800_000),
                ("رم ۸ گیگ DDR4", 900_000, 1_800_000), ("لولا", 400_000, 1_200_000),
                ("فن", 500_000, 1_300_000), ("پنل نمایشگر Full HD", 4_000_000, 14_000_000)),
               (("سرویس و خمیر سیلیکون", 400_000, 900_000), ("تعمیر برد", 1_200_000, 5_000_000),
                ("نصب Windows 11 و درایورها", 300_000, 600_000))),
        "en": ((("Keyboard", 900_000, 3_500_000), ("SSD 512GB", 2_200_000, 3_800_000),
                ("8GB DDR4 RAM", 900_000, 1_800_000), ("Hinge", 400_000, 1_200_000),
                ("Fan", 500_000, 1_300_000), ("Full HD display panel", 4_000_000, 14_000_000)),
               (("Cleaning and thermal paste", 400_000, 900_000),
                ("Board repair", 1_200_000, 5_000_000),
                ("Windows 11 and drivers install", 300_000, 600_000))),
    },
    "console": {
        "fa": ((("پورت HDMI", 700_000, 1_800_000), ("درایو نوری", 2_500_000, 6_000_000),
                ("آنالوگ دسته", 300_000, 900_000)),
               (("سرویس و خمیر سیلیکون", 600_000, 1_500_000),
                ("تعمیر برد", 1_500_000, 5_000_000))),
        "en": ((("HDMI port", 700_000, 1_800_000), ("Optical drive", 2_500_000, 6_000_000),
                ("Controller stick", 300_000, 900_000)),
               (("Cleaning and thermal paste", 600_000, 1_500_000),
                ("Board repair", 1_500_000, 5_000_000))),
    },
    "other": {
        "fa": ((("باتری", 400_000, 1_500_000), ("صفحه نمایش", 1_500_000, 5_000_000)),
               (("اجرت", 200_000, 700_000),)),
        "en": ((("Battery", 400_000, 1_500_000), ("Display", 1_500_000, 5_000_000)),
               (("Labour", 200_000, 700_000),)),
    },
}

DIAGNOSIS_FEE: dict[str, Line] = {"fa": ("هزینهٔ عیب‌یابی", 150_000, 400_000),
                                  "en": ("Diagnosis fee", 150_000, 400_000)}

# language -> the reasons a person types for each kind of move or refund
REASONS_DECLINE = {"fa": ("هزینه برای مشتری بالاست", "مشتری منصرف شد"),
                   "en": ("Customer found it too costly", "Customer changed their mind")}
REASONS_SENT_OUT = {"fa": ("ارسال به تعمیرکار برد", "ارسال به نمایندگی"),
                    "en": ("Sent to board specialist", "Sent to the service centre")}
REASONS_UNREPAIRABLE = {"fa": ("برد آسیب جدی دیده", "قطعه در بازار نیست"),
                        "en": ("Board beyond repair", "Part not available")}
REASONS_CANCEL = {"fa": ("مشتری انصراف داد", "مشتری دستگاه را پس گرفت"),
                  "en": ("Customer withdrew", "Customer took the device back")}
REFUND_REASONS = {"fa": ("برگشت بیعانه", "اضافه پرداخت"),
                  "en": ("Deposit returned", "Overpayment returned")}
