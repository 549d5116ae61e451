"""The demo newsroom's fixtures: its eight sections, its tags and the people on its bylines."""

from typing import NamedTuple


class SectionSpec(NamedTuple):
    slug: str
    name: str
    name_ar: str
    kind: str
    description: str
    description_ar: str
    disclaimer: str = ""
    disclaimer_ar: str = ""


OPINION_DISCLAIMER = (
    "The views expressed in this column are the author's own and do not necessarily reflect the position of "
    "this newspaper.",
    "الآراء الواردة في هذا المقال تعبّر عن رأي كاتبه ولا تعكس بالضرورة موقف الصحيفة.",
)

SECTIONS = [
    SectionSpec(
        "news",
        "News",
        "أخبار",
        "news",
        "What is happening in the country's cities: transport, health, schools, weather and public services.",
        "ما يجري في مدن البلاد: النقل والصحة والمدارس والطقس والخدمات العامة.",
    ),
    SectionSpec(
        "world",
        "World",
        "العالم",
        "news",
        "Diplomacy, elections, trade and disasters beyond our borders, and what they mean for the Gulf.",
        "الدبلوماسية والانتخابات والتجارة والكوارث خارج حدودنا، وما تعنيه للخليج.",
    ),
    SectionSpec(
        "politics",
        "Politics",
        "سياسة",
        "news",
        "The cabinet, the Shura Council, elections and the policies that shape daily life.",
        "مجلس الوزراء ومجلس الشورى والانتخابات والسياسات التي تشكّل الحياة اليومية.",
    ),
    SectionSpec(
        "business",
        "Business",
        "اقتصاد",
        "news",
        "Companies, markets, energy, property and the economy beyond oil.",
        "الشركات والأسواق والطاقة والعقارات والاقتصاد غير النفطي.",
    ),
    SectionSpec(
        "technology",
        "Technology",
        "تكنولوجيا",
        "news",
        "Start-ups, artificial intelligence, networks, security and space.",
        "الشركات الناشئة والذكاء الاصطناعي والشبكات والأمن السيبراني والفضاء.",
    ),
    SectionSpec(
        "opinion",
        "Opinion",
        "رأي",
        "opinion",
        "Columns and commentary from our writers and guests.",
        "مقالات وتعليقات كتّابنا وضيوفنا.",
        *OPINION_DISCLAIMER,
    ),
    SectionSpec(
        "report",
        "Report",
        "تقارير",
        "report",
        "Long reads: the stories behind the news, reported in depth.",
        "قراءات مطوّلة: القصص التي تقف وراء الأخبار، بتغطية معمّقة.",
    ),
    SectionSpec(
        "caricature",
        "Caricature",
        "كاريكاتير",
        "caricature",
        "The day's news through our cartoonists' eyes.",
        "أخبار اليوم بعيون رسامي الكاريكاتير لدينا.",
    ),
]

# slug -> (English, Arabic). Place and country tags are added to stories that mention them.
TAGS: dict[str, tuple[str, str]] = {
    "oil-and-gas": ("Oil and Gas", "النفط والغاز"),
    "renewable-energy": ("Renewable Energy", "الطاقة المتجددة"),
    "electricity": ("Electricity", "الكهرباء"),
    "central-bank": ("Central Bank", "البنك المركزي"),
    "stock-market": ("Stock Market", "سوق الأسهم"),
    "investment": ("Investment", "الاستثمار"),
    "real-estate": ("Real Estate", "العقارات"),
    "tourism": ("Tourism", "السياحة"),
    "aviation": ("Aviation", "الطيران"),
    "ports-and-shipping": ("Ports and Shipping", "الموانئ والشحن"),
    "inflation": ("Inflation", "التضخم"),
    "cost-of-living": ("Cost of Living", "غلاء المعيشة"),
    "retail": ("Retail", "التجزئة"),
    "budget": ("Budget", "الميزانية"),
    "trade": ("Trade", "التجارة"),
    "start-ups": ("Start-ups", "الشركات الناشئة"),
    "artificial-intelligence": ("Artificial Intelligence", "الذكاء الاصطناعي"),
    "cybersecurity": ("Cybersecurity", "الأمن السيبراني"),
    "telecoms": ("Telecoms", "الاتصالات"),
    "e-government": ("E-Government", "الحكومة الإلكترونية"),
    "fintech": ("Fintech", "التقنية المالية"),
    "space": ("Space", "الفضاء"),
    "shura-council": ("Shura Council", "مجلس الشورى"),
    "cabinet": ("Cabinet", "مجلس الوزراء"),
    "elections": ("Elections", "الانتخابات"),
    "diplomacy": ("Diplomacy", "الدبلوماسية"),
    "summits": ("Summits", "القمم"),
    "humanitarian-aid": ("Humanitarian Aid", "المساعدات الإنسانية"),
    "food-security": ("Food Security", "الأمن الغذائي"),
    "climate": ("Climate", "المناخ"),
    "weather": ("Weather", "الطقس"),
    "environment": ("Environment", "البيئة"),
    "water": ("Water", "المياه"),
    "health": ("Health", "الصحة"),
    "education": ("Education", "التعليم"),
    "youth": ("Youth", "الشباب"),
    "labour-market": ("Labour Market", "سوق العمل"),
    "housing": ("Housing", "الإسكان"),
    "transport": ("Transport", "النقل"),
    "infrastructure": ("Infrastructure", "البنية التحتية"),
    "culture": ("Culture", "الثقافة"),
    "heritage": ("Heritage", "التراث"),
    "dar-al-sahil": ("Dar al-Sahil", "دار الساحل"),
    "ras-nakhla": ("Ras Nakhla", "رأس نخلة"),
    "wadi-sidra": ("Wadi Sidra", "وادي سدرة"),
    "khor-bayan": ("Khor Bayan", "خور بيان"),
    "umm-al-nakheel": ("Umm al-Nakheel", "أم النخيل"),
    "jazirat-al-sadaf": ("Jazirat al-Sadaf", "جزيرة الصدف"),
    "madinat-al-fajr": ("Madinat al-Fajr", "مدينة الفجر"),
    "valdoria": ("Valdoria", "فالدوريا"),
    "estravia": ("Estravia", "إسترافيا"),
    "talmora": ("Talmora", "تالمورا"),
    "norvania": ("Norvania", "نورفانيا"),
    "sundara-islands": ("Sundara Islands", "جزر سوندارا"),
}


class AuthorSpec(NamedTuple):
    slug: str
    name: str
    name_ar: str
    role: str
    sections: tuple[str, ...]  # the desks whose stories they write or draw
    look: dict
    bio: str
    bio_ar: str


AUTHORS = [
    AuthorSpec(
        "layla-al-hashimi",
        "Layla Al-Hashimi",
        "ليلى الهاشمي",
        "reporter",
        ("politics", "report"),
        {"headwear": "hijab", "skin": 1},
        "Layla Al-Hashimi covers politics and the Shura Council. She joined the newsroom in 2016 after "
        "working as a parliamentary researcher.",
        "تغطي ليلى الهاشمي الشؤون السياسية ومجلس الشورى. انضمت إلى غرفة الأخبار عام 2016 بعد عملها باحثة "
        "برلمانية.",
    ),
    AuthorSpec(
        "omar-al-sayegh",
        "Omar Al-Sayegh",
        "عمر الصايغ",
        "reporter",
        ("business", "report"),
        {"headwear": "ghutra", "beard": True, "skin": 2},
        "Omar Al-Sayegh reports on companies, markets and the energy industry.",
        "يكتب عمر الصايغ عن الشركات والأسواق وقطاع الطاقة.",
    ),
    AuthorSpec(
        "noura-bin-salem",
        "Noura Bin Salem",
        "نورة بن سالم",
        "reporter",
        ("technology", "report"),
        {"headwear": "hijab", "glasses": True, "skin": 2, "blush": True},
        "Noura Bin Salem writes about technology, start-ups and the digital economy.",
        "تكتب نورة بن سالم عن التكنولوجيا والشركات الناشئة والاقتصاد الرقمي.",
    ),
    AuthorSpec(
        "faisal-al-amiri",
        "Faisal Al-Amiri",
        "فيصل العامري",
        "reporter",
        ("news",),
        {"headwear": "shemagh", "beard": True, "skin": 2},
        "Faisal Al-Amiri covers cities, transport and public services.",
        "يغطي فيصل العامري شؤون المدن والنقل والخدمات العامة.",
    ),
    AuthorSpec(
        "huda-al-najjar",
        "Huda Al-Najjar",
        "هدى النجار",
        "reporter",
        ("world",),
        {"hair": "long", "hair_color": "dark", "skin": 1},
        "Huda Al-Najjar is our world news correspondent, covering diplomacy and the wider region.",
        "هدى النجار مراسلة الشؤون الدولية لدينا، وتغطي الدبلوماسية وشؤون المنطقة.",
    ),
    AuthorSpec(
        "rashed-al-marzooqi",
        "Rashed Al-Marzooqi",
        "راشد المرزوقي",
        "reporter",
        ("news", "report"),
        {"headwear": "ghutra", "beard": True, "skin": 3, "glasses": True},
        "Rashed Al-Marzooqi reports on health, education and the weather.",
        "يكتب راشد المرزوقي عن الصحة والتعليم والطقس.",
    ),
    AuthorSpec(
        "priya-menon",
        "Priya Menon",
        "بريا مينون",
        "reporter",
        ("business",),
        {"hair": "long", "hair_color": "black", "skin": 3, "blush": True},
        "Priya Menon covers property, aviation and tourism.",
        "تغطي بريا مينون قطاعات العقارات والطيران والسياحة.",
    ),
    AuthorSpec(
        "daniel-hart",
        "Daniel Hart",
        "دانيال هارت",
        "reporter",
        ("world", "politics"),
        {"hair": "short", "hair_color": "brown", "skin": 0, "tie": True},
        "Daniel Hart covers trade, shipping and international affairs.",
        "يغطي دانيال هارت شؤون التجارة والشحن والشؤون الدولية.",
    ),
    AuthorSpec(
        "maryam-al-ansari",
        "Dr Maryam Al-Ansari",
        "د. مريم الأنصاري",
        "columnist",
        ("opinion",),
        {"headwear": "hijab", "glasses": True, "skin": 1},
        "Maryam Al-Ansari is an economist and writes a weekly column on money and society.",
        "مريم الأنصاري خبيرة اقتصادية، وتكتب عمودًا أسبوعيًا عن المال والمجتمع.",
    ),
    AuthorSpec(
        "yousef-haddad",
        "Yousef Haddad",
        "يوسف حداد",
        "columnist",
        ("opinion",),
        {"hair": "bald", "hair_color": "grey", "beard": True, "glasses": True, "skin": 1, "tie": True},
        "Yousef Haddad has written about cities and culture for three decades.",
        "يكتب يوسف حداد عن المدن والثقافة منذ ثلاثة عقود.",
    ),
    AuthorSpec(
        "aisha-al-mutawa",
        "Aisha Al-Mutawa",
        "عائشة المطوع",
        "columnist",
        ("opinion",),
        {"headwear": "hijab", "skin": 2, "blush": True},
        "Aisha Al-Mutawa, a former teacher, writes about education, families and reading.",
        "عائشة المطوع معلمة سابقة، وتكتب عن التعليم والأسرة والقراءة.",
    ),
    AuthorSpec(
        "hamad-al-suwaidi",
        "Hamad Al-Suwaidi",
        "حمد السويدي",
        "columnist",
        ("opinion",),
        {"headwear": "shemagh", "beard": True, "glasses": True, "hair_color": "grey", "skin": 2},
        "Hamad Al-Suwaidi writes about the environment, water and the Gulf's future.",
        "يكتب حمد السويدي عن البيئة والمياه ومستقبل الخليج.",
    ),
    AuthorSpec(
        "khalifa-al-qattan",
        "Khalifa Al-Qattan",
        "خليفة القطان",
        "cartoonist",
        ("caricature",),
        {"headwear": "ghutra", "beard": True, "skin": 2, "glasses": True},
        "Khalifa Al-Qattan has drawn the paper's cartoons since 2009.",
        "يرسم خليفة القطان الكاريكاتير للصحيفة منذ عام 2009.",
    ),
    AuthorSpec(
        "salma-idris",
        "Salma Idris",
        "سلمى إدريس",
        "cartoonist",
        ("caricature",),
        {"hair": "curly", "hair_color": "black", "skin": 4},
        "Salma Idris is a cartoonist and illustrator based in Dar al-Sahil.",
        "سلمى إدريس رسامة كاريكاتير ورسوم توضيحية تقيم في دار الساحل.",
    ),
    AuthorSpec(
        "sara-mahmoud",
        "Sara Mahmoud",
        "سارة محمود",
        "editor",
        ("news", "politics", "report"),
        {"hair": "long", "hair_color": "auburn", "skin": 0},
        "Sara Mahmoud is the managing editor.",
        "سارة محمود مديرة التحرير.",
    ),
    AuthorSpec(
        "tariq-al-obaidli",
        "Tariq Al-Obaidli",
        "طارق العبيدلي",
        "editor",
        ("news", "business", "world"),
        {"headwear": "ghutra", "skin": 1},
        "Tariq Al-Obaidli is the news editor.",
        "طارق العبيدلي رئيس قسم الأخبار.",
    ),
]
