"""The caricature desk: one entry per drawn cartoon, with its titles, alt text, caption and a note.

Alt texts describe only what every variant of the drawing shows (no colours that vary).
"""

from masthead.demo.desks import Cartoon

CARTOONS = (
    Cartoon(
        drawing="coin_hill",
        tags=("cost-of-living", "inflation"),
        headlines=(
            ("Uphill", "صعود شاق"),
            ("The cost of living, month by month", "غلاء المعيشة شهرًا بعد شهر"),
        ),
        alt=(
            "Cartoon: a small man in a white thobe strains to push a giant gold coin up a steep hill.",
            "كاريكاتير: رجل صغير يرتدي ثوبًا أبيض يدفع بصعوبة عملة ذهبية ضخمة إلى أعلى تلة شديدة الانحدار.",
        ),
        caption=("Making ends meet", "تدبير المعيشة"),
        note=(
            "Our cartoonist on the monthly climb that salaries make to keep up with prices.",
            "رسامنا عن الصعود الشهري الذي تقطعه الرواتب لتلحق بالأسعار.",
        ),
    ),
    Cartoon(
        drawing="plunging_arrow",
        tags=("stock-market", "investment"),
        headlines=(("Market mood", "مزاج السوق"), ("Holding on", "التمسك حتى النهاية")),
        alt=(
            "Cartoon: a man in a suit hangs on to a red chart arrow as it plunges downwards.",
            "كاريكاتير: رجل ببدلة رسمية يتشبث بسهم أحمر في رسم بياني وهو يهوي إلى الأسفل.",
        ),
        caption=("When the chart turns", "حين ينقلب الرسم البياني"),
        note=(
            "On investors who only read the first half of the chart.",
            "عن المستثمرين الذين لا يقرؤون سوى النصف الأول من الرسم البياني.",
        ),
    ),
    Cartoon(
        drawing="paper_wall",
        tags=("diplomacy", "e-government"),
        headlines=(("Negotiations", "مفاوضات"), ("Face to face, almost", "وجهًا لوجه... تقريبًا")),
        alt=(
            "Cartoon: two officials sit at a table, unable to see each other over a towering pile of papers.",
            "كاريكاتير: مسؤولان يجلسان إلى طاولة ولا يرى أحدهما الآخر بسبب كومة هائلة من الأوراق.",
        ),
        caption=("Paperwork first", "الأوراق أولًا"),
        note=(
            "Our cartoonist on talks where the files grow faster than the progress.",
            "رسامنا عن مفاوضات تتضخم ملفاتها أسرع مما يتقدم الحوار.",
        ),
    ),
    Cartoon(
        drawing="traffic",
        tags=("transport",),
        headlines=(("Rush hour", "ساعة الذروة"), ("The long way home", "الطريق الطويل إلى البيت")),
        alt=(
            "Cartoon: a line of cars stretches to the horizon along a road under a blazing sun.",
            "كاريكاتير: طابور من السيارات يمتد حتى الأفق على طريق تحت شمس حارقة.",
        ),
        caption=("Every afternoon", "كل ظهيرة"),
        note=(
            "On the daily queue that no new lane seems to shorten.",
            "عن الطابور اليومي الذي لا يبدو أن أي حارة جديدة تقصّره.",
        ),
    ),
    Cartoon(
        drawing="giant_phone",
        tags=("telecoms", "youth"),
        headlines=(("Screen time", "وقت الشاشة"), ("Who is holding whom?", "من يمسك بمن؟")),
        alt=(
            "Cartoon: a small man looks up at a smartphone that towers over him, with a red notification "
            "dot.",
            "كاريكاتير: رجل صغير ينظر إلى هاتف ذكي يفوقه حجمًا بأضعاف وعليه نقطة إشعار حمراء.",
        ),
        caption=("One more notification", "إشعار آخر"),
        note=(
            "Our cartoonist on the device that was supposed to fit in our pockets.",
            "رسامنا عن الجهاز الذي كان يُفترض أن يتسع له جيبنا.",
        ),
    ),
    Cartoon(
        drawing="thermometer",
        tags=("weather", "climate"),
        headlines=(("Summer", "الصيف"), ("Off the scale", "خارج المقياس")),
        alt=(
            "Cartoon: a sweating man fans himself beside a giant thermometer whose red column has burst out "
            "of the top.",
            "كاريكاتير: رجل يتصبب عرقًا يهوّي على نفسه بجوار ميزان حرارة عملاق انفجر عموده الأحمر من أعلاه.",
        ),
        caption=("August again", "أغسطس مرة أخرى"),
        note=("On a summer that keeps breaking its own records.", "عن صيف لا يكف عن تحطيم أرقامه القياسية."),
    ),
    Cartoon(
        drawing="robot_desk",
        tags=("artificial-intelligence", "labour-market"),
        headlines=(("The new colleague", "الزميل الجديد"), ("Automation", "الأتمتة")),
        alt=(
            "Cartoon: a robot sits at an office desk while a worker stands beside it holding a cardboard "
            "box.",
            "كاريكاتير: روبوت يجلس إلى مكتب بينما يقف بجانبه موظف يحمل صندوقًا من الكرتون.",
        ),
        caption=("Handover", "تسليم وتسلّم"),
        note=(
            "Our cartoonist on the arrival of artificial intelligence at the office.",
            "رسامنا عن وصول الذكاء الاصطناعي إلى المكتب.",
        ),
    ),
    Cartoon(
        drawing="fishing_bottle",
        tags=("environment",),
        headlines=(("Today's catch", "صيد اليوم"), ("The sea gives back", "البحر يردّ الأمانة")),
        alt=(
            "Cartoon: a man fishing from a wooden pier reels in a plastic bottle instead of a fish.",
            "كاريكاتير: رجل يصطاد من رصيف خشبي فيسحب زجاجة بلاستيكية بدلًا من سمكة.",
        ),
        caption=("Plastic season", "موسم البلاستيك"),
        note=(
            "On what we throw into the Gulf, and what it returns.",
            "عما نلقيه في الخليج، وما يعيده إلينا.",
        ),
    ),
    Cartoon(
        drawing="empty_speech",
        tags=("cabinet", "elections"),
        headlines=(("The speech", "الخطاب"), ("Nothing to add", "لا جديد")),
        alt=(
            "Cartoon: a smiling speaker at a lectern with microphones raises his hand beside an empty speech "
            "bubble.",
            "كاريكاتير: خطيب مبتسم يقف خلف منصة عليها ميكروفونات ويرفع يده بجانب فقاعة كلام فارغة.",
        ),
        caption=("Press conference", "مؤتمر صحفي"),
        note=(
            "Our cartoonist on announcements that say a great deal about nothing.",
            "رسامنا عن إعلانات تقول الكثير عن لا شيء.",
        ),
    ),
    Cartoon(
        drawing="tower_ship",
        tags=("ports-and-shipping", "trade"),
        headlines=(("Supply chains", "سلاسل الإمداد"), ("Overloaded", "حمولة زائدة")),
        alt=(
            "Cartoon: a tiny boat carries a wobbling tower of shipping containers many times its size.",
            "كاريكاتير: قارب صغير يحمل برجًا متمايلًا من حاويات الشحن يفوق حجمه بأضعاف.",
        ),
        caption=("Just in time", "في اللحظة الأخيرة"),
        note=(
            "On global trade, and how much it asks of a few ships.",
            "عن التجارة العالمية، وما تحمّله لعدد قليل من السفن.",
        ),
    ),
    Cartoon(
        drawing="bills_umbrella",
        tags=("cost-of-living", "retail"),
        headlines=(("Rainy season", "موسم الأمطار"), ("Bills, bills, bills", "فواتير ثم فواتير")),
        alt=(
            "Cartoon: a man in a suit shelters under an umbrella as a shower of bills falls from the sky.",
            "كاريكاتير: رجل ببدلة يحتمي بمظلة من وابل من الفواتير يتساقط من السماء.",
        ),
        caption=("End of the month", "نهاية الشهر"),
        note=(
            "Our cartoonist on the one kind of rain that never misses the Gulf.",
            "رسامنا عن النوع الوحيد من المطر الذي لا يخطئ الخليج أبدًا.",
        ),
    ),
    Cartoon(
        drawing="tightrope",
        tags=("budget",),
        headlines=(("Balancing act", "لعبة التوازن"), ("The budget", "الميزانية")),
        alt=(
            "Cartoon: a man in a thobe walks a tightrope between two cliffs, carrying a pole with a heavy "
            "sack at each end.",
            "كاريكاتير: رجل يرتدي ثوبًا يمشي على حبل مشدود بين جرفين حاملًا عصا في طرفيها كيسان ثقيلان.",
        ),
        caption=("Spending and saving", "بين الإنفاق والادخار"),
        note=(
            "On a budget that must please everyone and tip over for no one.",
            "عن ميزانية عليها أن ترضي الجميع دون أن تميل لأحد.",
        ),
    ),
    Cartoon(
        drawing="straw_sea",
        tags=("water", "environment"),
        headlines=(("Thirst", "عطش"), ("Bottoms up", "حتى آخر قطرة")),
        alt=(
            "Cartoon: a smiling man on the beach drinks the sea through a very long straw.",
            "كاريكاتير: رجل مبتسم على الشاطئ يشرب من البحر عبر مصاصة طويلة جدًا.",
        ),
        caption=("Desalinated", "مياه محلاة"),
        note=(
            "Our cartoonist on a country that drinks the sea and waters lawns with it.",
            "رسامنا عن بلد يشرب من البحر ويروي به المروج.",
        ),
    ),
    Cartoon(
        drawing="roadworks",
        tags=("infrastructure", "transport"),
        headlines=(("Roadworks, again", "حفريات.. مرة أخرى"), ("Detour", "تحويلة")),
        alt=(
            "Cartoon: a sweating worker digs a hole in a road already covered in patches, among traffic "
            "cones.",
            "كاريكاتير: عامل يتصبب عرقًا يحفر حفرة في طريق مليء بالرقع بين أقماع المرور.",
        ),
        caption=("Same street, new hole", "الشارع نفسه وحفرة جديدة"),
        note=(
            "On the street that is dug up every year, each time for a different pipe.",
            "عن الشارع الذي يُحفر كل عام، وفي كل مرة لأنبوب مختلف.",
        ),
    ),
    Cartoon(
        drawing="ballot_envelope",
        tags=("elections", "youth"),
        headlines=(("Polling day", "يوم الاقتراع"), ("Great expectations", "آمال كبيرة")),
        alt=(
            "Cartoon: a worried voter holds up a huge envelope beside a ballot box with a tiny slot.",
            "كاريكاتير: ناخب قلق يرفع مظروفًا ضخمًا بجوار صندوق اقتراع بفتحة صغيرة.",
        ),
        caption=("One vote, many hopes", "صوت واحد وآمال كثيرة"),
        note=(
            "Our cartoonist on everything voters hope to fit into one ballot.",
            "رسامنا عن كل ما يأمل الناخبون أن يتسع له صوت واحد.",
        ),
    ),
    Cartoon(
        drawing="long_receipt",
        tags=("cost-of-living", "retail"),
        headlines=(("The weekly shop", "مشتريات الأسبوع"), ("Three items", "ثلاث سلع")),
        alt=(
            "Cartoon: a worried shopper with three items in his trolley holds a receipt that trails off the "
            "page.",
            "كاريكاتير: متسوق قلق في عربته ثلاث سلع فقط يمسك إيصالًا يمتد خارج الصورة.",
        ),
        caption=("Checkout", "عند الصندوق"),
        note=(
            "On the receipt that grows faster than the shopping.",
            "عن الإيصال الذي يطول أسرع مما تمتلئ العربة.",
        ),
    ),
    Cartoon(
        drawing="solar_shade",
        tags=("renewable-energy", "weather"),
        headlines=(("In the shade", "في الظل"), ("Everyone wins", "الكل رابح")),
        alt=(
            "Cartoon: a man rests in the shade of a solar panel, which smiles up at the blazing sun.",
            "كاريكاتير: رجل يستريح في ظل لوح شمسي يبتسم للشمس الحارقة.",
        ),
        caption=("Power and shade", "طاقة وظل"),
        note=(
            "Our cartoonist on the one thing that enjoys the summer sun.",
            "رسامنا عن الشيء الوحيد الذي يستمتع بشمس الصيف.",
        ),
    ),
    Cartoon(
        drawing="sand_tower",
        tags=("real-estate", "climate"),
        headlines=(("Castles in the sand", "قصور على الرمال"), ("High tide", "المد العالي")),
        alt=(
            "Cartoon: a smiling developer points to a glass tower built on a sandcastle as a wave rolls in.",
            "كاريكاتير: مطوّر مبتسم يشير إلى برج زجاجي مبني فوق قلعة من الرمل بينما تقترب موجة.",
        ),
        caption=("Sea view", "إطلالة بحرية"),
        note=(
            "On building by the sea as if the sea will stay where it is.",
            "عن البناء على البحر كأن البحر سيبقى في مكانه.",
        ),
    ),
)
