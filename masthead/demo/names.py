"""The fictional world the demo newsroom reports on: its cities, officials, companies and neighbours.

Every name is invented for Masthead. Each entry carries its English and Arabic forms, and
people carry their grammatical gender, because Arabic verbs agree with their subject
("قال" for a man, "قالت" for a woman).
"""

from typing import NamedTuple


class Place(NamedTuple):
    en: str
    ar: str


class Person(NamedTuple):
    """Someone quoted in stories: the full form for a first mention, the short one after."""

    en: str
    en_short: str
    ar: str
    ar_short: str
    gender: str  # "m" or "f"


class Organisation(NamedTuple):
    en: str
    en_short: str
    ar: str
    ar_short: str


class Country(NamedTuple):
    en: str
    ar: str
    capital_en: str
    capital_ar: str
    leader: Person


# The home country is never named: stories say "the country", "the capital" or "البلاد".
CAPITAL = Place("Dar al-Sahil", "دار الساحل")
CITIES = [
    CAPITAL,
    Place("Ras Nakhla", "رأس نخلة"),
    Place("Wadi Sidra", "وادي سدرة"),
    Place("Khor Bayan", "خور بيان"),
    Place("Umm al-Nakheel", "أم النخيل"),
    Place("Jazirat al-Sadaf", "جزيرة الصدف"),
    Place("Madinat al-Fajr", "مدينة الفجر"),
]

# Officials, by the beat they speak for. Topics name the keys they quote.
OFFICIALS: dict[str, Person] = {
    "finance": Person(
        "Finance Minister Salem Al-Kaabi", "Al-Kaabi", "وزير المالية سالم الكعبي", "الكعبي", "m"
    ),
    "economy": Person(
        "Economy Minister Hessa Al-Marri", "Al-Marri", "وزيرة الاقتصاد حصة المري", "المري", "f"
    ),
    "central_bank": Person(
        "Central Bank Governor Abdulaziz Al-Hammadi",
        "Al-Hammadi",
        "محافظ البنك المركزي عبد العزيز الحمادي",
        "الحمادي",
        "m",
    ),
    "energy": Person(
        "Energy Minister Nasser Al-Shamsi", "Al-Shamsi", "وزير الطاقة ناصر الشامسي", "الشامسي", "m"
    ),
    "transport": Person(
        "Transport Minister Mona Al-Ghanim", "Al-Ghanim", "وزيرة النقل منى الغانم", "الغانم", "f"
    ),
    "health": Person(
        "Health Minister Dr Yasmin Al-Taie", "Al-Taie", "وزيرة الصحة الدكتورة ياسمين الطائي", "الطائي", "f"
    ),
    "education": Person(
        "Education Minister Badr Al-Otaibi", "Al-Otaibi", "وزير التربية والتعليم بدر العتيبي", "العتيبي", "m"
    ),
    "municipal": Person(
        "Municipal Affairs Minister Jaber Al-Hajri",
        "Al-Hajri",
        "وزير شؤون البلديات جابر الهاجري",
        "الهاجري",
        "m",
    ),
    "met": Person(
        "Latifa Al-Zaabi, director of the Met Office",
        "Al-Zaabi",
        "مديرة إدارة الأرصاد الجوية لطيفة الزعابي",
        "الزعابي",
        "f",
    ),
    "foreign": Person(
        "Foreign Minister Fahad Al-Saadi", "Al-Saadi", "وزير الخارجية فهد السعدي", "السعدي", "m"
    ),
    "shura": Person(
        "Shura Council Speaker Ali Al-Mahri", "Al-Mahri", "رئيس مجلس الشورى علي المهري", "المهري", "m"
    ),
    "spokesperson": Person(
        "government spokeswoman Dana Al-Bloushi",
        "Al-Bloushi",
        "المتحدثة باسم الحكومة دانة البلوشي",
        "البلوشي",
        "f",
    ),
    "communications": Person(
        "Communications Minister Khalid Al-Rashdi", "Al-Rashdi", "وزير الاتصالات خالد الراشدي", "الراشدي", "m"
    ),
    "cyber": Person(
        "Rania Suleiman, head of the National Cybersecurity Agency",
        "Suleiman",
        "رئيسة الوكالة الوطنية للأمن السيبراني رانيا سليمان",
        "سليمان",
        "f",
    ),
    "ports": Person(
        "Hamdan Al-Rumaithi, chairman of the Ports Authority",
        "Al-Rumaithi",
        "رئيس هيئة الموانئ حمدان الرميثي",
        "الرميثي",
        "m",
    ),
    "tourism": Person(
        "Shaikha Al-Mazrouei, head of the Tourism Authority",
        "Al-Mazrouei",
        "رئيسة هيئة السياحة شيخة المزروعي",
        "المزروعي",
        "f",
    ),
    "labour": Person(
        "Labour Minister Tariq Al-Harthi", "Al-Harthi", "وزير العمل طارق الحارثي", "الحارثي", "m"
    ),
    "water": Person(
        "Majid Al-Ali, director of the Electricity and Water Authority",
        "Al-Ali",
        "مدير هيئة الكهرباء والماء ماجد العلي",
        "العلي",
        "m",
    ),
    "culture": Person(
        "Culture Minister Noor Al-Hosani", "Al-Hosani", "وزيرة الثقافة نور الحوسني", "الحوسني", "f"
    ),
    "housing": Person(
        "Housing Minister Rashid Al-Kindi", "Al-Kindi", "وزير الإسكان راشد الكندي", "الكندي", "m"
    ),
    "space": Person(
        "Dr Faris Al-Mutairi, director of the National Space Agency",
        "Al-Mutairi",
        "مدير وكالة الفضاء الوطنية الدكتور فارس المطيري",
        "المطيري",
        "m",
    ),
}

# Outside voices, by desk. The English form includes the appositive ("…, chief economist at …").
ANALYSTS: dict[str, list[Person]] = {
    "business": [
        Person(
            "Reem Haddad, chief economist at Sahil National Bank",
            "Haddad",
            "ريم حداد، كبيرة الاقتصاديين في بنك الساحل الوطني",
            "حداد",
            "f",
        ),
        Person(
            "Vikram Nair, head of research at Crescent Capital",
            "Nair",
            "فيكرام ناير، رئيس قسم الأبحاث في شركة الهلال كابيتال",
            "ناير",
            "m",
        ),
        Person(
            "Hamad Al-Jaber, a portfolio manager at Najm Investments",
            "Al-Jaber",
            "حمد الجابر، مدير المحافظ في شركة النجم للاستثمار",
            "الجابر",
            "m",
        ),
    ],
    "politics": [
        Person(
            "Dr Amal Fakhro, a political scientist at the University of Dar al-Sahil",
            "Fakhro",
            "الدكتورة أمل فخرو، أستاذة العلوم السياسية في جامعة دار الساحل",
            "فخرو",
            "f",
        ),
        Person(
            "Karim Mansour, a researcher at the Gulf Policy Forum",
            "Mansour",
            "كريم منصور، الباحث في منتدى الخليج للسياسات",
            "منصور",
            "m",
        ),
    ],
    "technology": [
        Person(
            "Sana Qureshi, a cybersecurity consultant in Dar al-Sahil",
            "Qureshi",
            "سناء قريشي، مستشارة الأمن السيبراني في دار الساحل",
            "قريشي",
            "f",
        ),
        Person(
            "Omar Bakri, a partner at the venture firm Falak Ventures",
            "Bakri",
            "عمر بكري، الشريك في صندوق فلك لرأس المال الجريء",
            "بكري",
            "m",
        ),
    ],
    "world": [
        Person(
            "Helen Marsh, a senior fellow at the Institute for Maritime Affairs",
            "Marsh",
            "هيلين مارش، الباحثة الأولى في معهد الشؤون البحرية",
            "مارش",
            "f",
        ),
        Person(
            "Youssef El-Amrani, a former diplomat who now teaches international relations",
            "El-Amrani",
            "يوسف العمراني، الدبلوماسي السابق وأستاذ العلاقات الدولية",
            "العمراني",
            "m",
        ),
    ],
    "news": [
        Person(
            "Mariam Al-Sayed, a member of the Dar al-Sahil municipal council",
            "Al-Sayed",
            "مريم السيد، عضوة المجلس البلدي في دار الساحل",
            "السيد",
            "f",
        ),
        Person(
            "Dr Hassan Al-Ameri, a public health specialist",
            "Al-Ameri",
            "الدكتور حسن العامري، اختصاصي الصحة العامة",
            "العامري",
            "m",
        ),
    ],
}

# Companies are all "شركة …" or "مجموعة …", feminine in Arabic, so one verb form fits them all.
COMPANIES = [
    Organisation("Gulf Pearl Logistics", "Gulf Pearl", "شركة لؤلؤة الخليج للخدمات اللوجستية", "لؤلؤة الخليج"),
    Organisation("Nakhla Petrochemicals", "Nakhla", "شركة نخلة للبتروكيماويات", "نخلة للبتروكيماويات"),
    Organisation("Sadaf Properties", "Sadaf", "شركة الصدف العقارية", "الصدف العقارية"),
    Organisation("Al-Fajr Airways", "Al-Fajr", "شركة طيران الفجر", "طيران الفجر"),
    Organisation("Marsa Shipping", "Marsa", "شركة المرسى للملاحة", "المرسى للملاحة"),
    Organisation("Dana Foods", "Dana", "شركة دانة للأغذية", "دانة للأغذية"),
    Organisation("Sidra Renewables", "Sidra", "شركة سدرة للطاقة المتجددة", "سدرة للطاقة"),
    Organisation("Qamar Cement", "Qamar", "شركة القمر للإسمنت", "القمر للإسمنت"),
    Organisation("Najm Holding", "Najm", "مجموعة النجم القابضة", "مجموعة النجم"),
    Organisation("Wahat Retail Group", "Wahat", "مجموعة الواحات للتجزئة", "الواحات"),
]
STARTUPS = [
    Organisation("Rawi AI", "Rawi", "شركة راوي للذكاء الاصطناعي", "راوي"),
    Organisation("Sirb Robotics", "Sirb", "شركة سرب للروبوتات", "سرب"),
    Organisation("Mizan Pay", "Mizan", "شركة ميزان للمدفوعات الرقمية", "ميزان"),
    Organisation("Dalil Health", "Dalil", "شركة دليل للصحة الرقمية", "دليل"),
    Organisation("Qafila", "Qafila", "شركة قافلة لخدمات التوصيل", "قافلة"),
    Organisation("Bayan Cloud", "Bayan", "شركة بيان للحوسبة السحابية", "بيان"),
]
# Banks are "بنك …" or "مصرف …", masculine in Arabic; templates that quote them agree accordingly.
BANKS = [
    Organisation("Sahil National Bank", "Sahil National", "بنك الساحل الوطني", "بنك الساحل"),
    Organisation("Gulf Crescent Bank", "Gulf Crescent", "بنك الهلال الخليجي", "بنك الهلال"),
    Organisation("Ras Nakhla Islamic Bank", "Ras Nakhla Islamic", "مصرف رأس نخلة الإسلامي", "مصرف رأس نخلة"),
]

# Sponsored stories name their sponsor by its English name (`desks.Topic.company`).

COUNTRIES = [
    Country(
        "Valdoria",
        "فالدوريا",
        "Castelmar",
        "كاستيلمار",
        Person("President Irena Voss of Valdoria", "Voss", "رئيسة فالدوريا إيرينا فوس", "فوس", "f"),
    ),
    Country(
        "Estravia",
        "إسترافيا",
        "Porto Selene",
        "بورتو سيليني",
        Person(
            "Prime Minister Mateo Arcos of Estravia", "Arcos", "رئيس وزراء إسترافيا ماتيو أركوس", "أركوس", "m"
        ),
    ),
    Country(
        "Talmora",
        "تالمورا",
        "Daressa",
        "داريسا",
        Person("President Kwame Odari of Talmora", "Odari", "رئيس تالمورا كوامي أوداري", "أوداري", "m"),
    ),
    Country(
        "Norvania",
        "نورفانيا",
        "Eskerholm",
        "إسكرهولم",
        Person(
            "Chancellor Ingrid Halvorsen of Norvania",
            "Halvorsen",
            "مستشارة نورفانيا إنغريد هالفورسن",
            "هالفورسن",
            "f",
        ),
    ),
    Country(
        "the Sundara Islands",
        "جزر سوندارا",
        "Port Amaya",
        "بورت أمايا",
        Person(
            "Prime Minister Rahul Devan of the Sundara Islands",
            "Devan",
            "رئيس وزراء جزر سوندارا راهول ديفان",
            "ديفان",
            "m",
        ),
    ),
]

WEEKDAYS = [
    ("Monday", "الاثنين"),
    ("Tuesday", "الثلاثاء"),
    ("Wednesday", "الأربعاء"),
    ("Thursday", "الخميس"),
    ("Friday", "الجمعة"),
    ("Saturday", "السبت"),
    ("Sunday", "الأحد"),
]
# Gulf usage: the months as borrowed in Egypt and the Gulf ("مارس"), not the Levantine names.
MONTHS = [
    ("January", "يناير"),
    ("February", "فبراير"),
    ("March", "مارس"),
    ("April", "أبريل"),
    ("May", "مايو"),
    ("June", "يونيو"),
    ("July", "يوليو"),
    ("August", "أغسطس"),
    ("September", "سبتمبر"),
    ("October", "أكتوبر"),
    ("November", "نوفمبر"),
    ("December", "ديسمبر"),
]
QUARTERS = [
    ("first quarter", "الربع الأول"),
    ("second quarter", "الربع الثاني"),
    ("third quarter", "الربع الثالث"),
    ("fourth quarter", "الربع الأخير"),
]

# Arabic verbs that agree with a person's gender, filled in as {o_said}, {a_added}, {l_warned}…
VERBS_AR = {
    "said": ("قال", "قالت"),
    "added": ("أضاف", "أضافت"),
    "explained": ("أوضح", "أوضحت"),
    "stressed": ("أكد", "أكدت"),
    "noted": ("أشار", "أشارت"),
    "expected": ("توقع", "توقعت"),
    "announced": ("أعلن", "أعلنت"),
    "warned": ("حذر", "حذرت"),
    "arrived": ("وصل", "وصلت"),
    "arrives": ("يصل", "تصل"),
    "called": ("دعا", "دعت"),
    "was": ("كان", "كانت"),
    "adding": ("مضيفًا", "مضيفة"),
    "pointing": ("مشيرًا", "مشيرة"),
}
