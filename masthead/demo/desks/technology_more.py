"""The technology desk's shorter runs: data centres, robots, payments, cables, drones and games."""

from masthead.demo.desks import Beat, Topic

DATA_CENTRE = Topic(
    key="data-centre",
    tags=("start-ups", "investment", "electricity"),
    speakers=(),
    scenes=("network",),
    company="Bayan Cloud",
    background=(
        (
            "Keeping servers cool is the largest cost of running a data centre in the Gulf.",
            "ويمثل تبريد الخوادم أكبر تكاليف تشغيل مراكز البيانات في الخليج.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Bayan Cloud to build a data centre cooled with seawater",
                "بيان للحوسبة السحابية تبني مركز بيانات يُبرَّد بمياه البحر",
            ),
            dek=(
                "Government agencies and banks will be able to keep their data inside the country.",
                "ستتمكن الجهات الحكومية والبنوك من الاحتفاظ ببياناتها داخل البلاد.",
            ),
            lead=(
                "Bayan Cloud will build a {money_mn} data centre on the coast near {city}, cooled by "
                "seawater rather than air conditioning, the company said on {weekday}.",
                "قالت شركة بيان للحوسبة السحابية يوم {weekday} إنها ستبني مركز بيانات بقيمة {money_mn} على "
                "الساحل قرب {city}، يُبرَّد بمياه البحر بدلًا من أجهزة التكييف.",
            ),
            details=(
                (
                    "Seawater cooling uses about a third of the electricity that air conditioning would, "
                    "the company says.",
                    "وتقول الشركة إن التبريد بمياه البحر يستهلك نحو ثلث الكهرباء التي يستهلكها التكييف.",
                ),
            ),
            caption=("The data centre will be cooled by seawater.", "سيُبرَّد مركز البيانات بمياه البحر."),
        ),
        Beat(
            headline=(
                "Seawater-cooled data centre opens, with banks as its first customers",
                "افتتاح مركز البيانات المبرد بمياه البحر والبنوك أول عملائه",
            ),
            dek=(
                "Three banks and the health ministry have moved their systems in.",
                "نقلت ثلاثة بنوك ووزارة الصحة أنظمتها إليه.",
            ),
            lead=(
                "Bayan Cloud opened its seawater-cooled data centre near {city} on {weekday}, with three "
                "banks and the Health Ministry among its first customers.",
                "افتتحت شركة بيان للحوسبة السحابية يوم {weekday} مركز بياناتها المبرد بمياه البحر قرب "
                "{city}، وبين أول عملائه ثلاثة بنوك ووزارة الصحة.",
            ),
            details=(
                (
                    "Water returned to the sea is no more than two degrees warmer than when it was drawn, "
                    "the company said.",
                    "وقالت الشركة إن المياه المعادة إلى البحر لا تزيد حرارتها على درجتين عما كانت عليه عند "
                    "سحبها.",
                ),
            ),
            caption=(
                "Banks and the Health Ministry are among the first customers.",
                "بين أول العملاء بنوك ووزارة الصحة.",
            ),
        ),
    ),
)


ROBOTS = Topic(
    key="delivery-robots",
    tags=("start-ups", "artificial-intelligence"),
    speakers=(),
    scenes=("abstract", "network"),
    company="Sirb Robotics",
    background=(
        (
            "The robots travel at walking pace and stop for anyone in their way.",
            "وتسير الروبوتات بسرعة المشي وتتوقف أمام أي شخص يعترض طريقها.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Delivery robots take to the pavements of one district in {city}",
                "روبوتات التوصيل تنزل إلى أرصفة أحد أحياء {city}",
            ),
            dek=(
                "The six-month trial will deliver groceries and parcels within two kilometres of a hub.",
                "ستوصل التجربة التي تستمر ستة أشهر البقالة والطرود ضمن نطاق كيلومترين من مركز التوزيع.",
            ),
            lead=(
                "Twenty small delivery robots built by Sirb Robotics began carrying groceries and parcels "
                "along the pavements of a district in {city} on {weekday}, in a six-month trial approved by "
                "the municipality.",
                "بدأت عشرون روبوت توصيل صغيرة صنعتها شركة سرب للروبوتات نقل البقالة والطرود على أرصفة أحد "
                "أحياء {city} يوم {weekday}، في تجربة مدتها ستة أشهر وافقت عليها البلدية.",
            ),
            details=(
                (
                    "Children have taken to walking alongside them, the company says.",
                    "وتقول الشركة إن الأطفال صاروا يسيرون بجانبها.",
                ),
            ),
            caption=("Twenty robots are taking part in the trial.", "تشارك عشرون روبوتًا في التجربة."),
        ),
        Beat(
            headline=(
                "Delivery robot trial extended to three more districts",
                "تمديد تجربة روبوتات التوصيل إلى ثلاثة أحياء أخرى",
            ),
            dek=(
                "The robots made 40,000 deliveries without a single accident.",
                "أنجزت الروبوتات 40 ألف عملية توصيل دون حادث واحد.",
            ),
            lead=(
                "The municipality of {city} on {weekday} extended the trial of pavement delivery robots to "
                "three more districts, after they made 40,000 deliveries in six months without an accident.",
                "مددت بلدية {city} يوم {weekday} تجربة روبوتات التوصيل على الأرصفة إلى ثلاثة أحياء أخرى، "
                "بعد أن أنجزت 40 ألف عملية توصيل في ستة أشهر دون أي حادث.",
            ),
            details=(
                (
                    "Residents asked for the robots to avoid the narrow pavements near schools at the start "
                    "and end of the day.",
                    "وطالب السكان بأن تتجنب الروبوتات الأرصفة الضيقة قرب المدارس في بداية اليوم الدراسي "
                    "ونهايته.",
                ),
            ),
            caption=(
                "The robots made 40,000 deliveries in six months.",
                "أنجزت الروبوتات 40 ألف عملية توصيل في ستة أشهر.",
            ),
            scene="network",
        ),
    ),
)


PAYMENTS = Topic(
    key="instant-payments",
    tags=("fintech", "central-bank"),
    speakers=("central_bank",),
    scenes=("phone",),
    background=(
        (
            "The instant payment system is run by the central bank and free for individuals.",
            "ويدير البنك المركزي نظام الدفع الفوري، وهو مجاني للأفراد.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Money between any two bank accounts in seconds, day or night",
                "تحويل الأموال بين أي حسابين مصرفيين في ثوانٍ ليلًا ونهارًا",
            ),
            dek=(
                "Payments need only the recipient's mobile number.",
                "لا تحتاج المدفوعات إلا إلى رقم هاتف المستفيد.",
            ),
            lead=(
                "Residents can send money between any two bank accounts in the country within seconds, at "
                "any hour, using only a mobile number, under a central bank system launched on {weekday}.",
                "صار بإمكان السكان تحويل الأموال بين أي حسابين مصرفيين في البلاد خلال ثوانٍ وفي أي ساعة "
                "باستخدام رقم الهاتف فقط، عبر نظام أطلقه البنك المركزي يوم {weekday}.",
            ),
            details=(
                (
                    "“Splitting a restaurant bill should be as easy as sending a message,” said {official}.",
                    "{o_said} {official}: «ينبغي أن يكون تقسيم فاتورة المطعم سهلًا كإرسال رسالة».",
                ),
            ),
            caption=("Splitting a bill now takes a few taps.", "صار تقسيم الفاتورة يتطلب بضع لمسات."),
        ),
        Beat(
            headline=("Cash falls to a fifth of shop payments", "النقد يتراجع إلى خُمس المدفوعات في المتاجر"),
            dek=(
                "Small shops and taxis have switched fastest.",
                "كانت المحلات الصغيرة وسيارات الأجرة الأسرع في التحول.",
            ),
            lead=(
                "Cash now accounts for only a fifth of payments in shops, half the share of two years ago, "
                "central bank figures published on {weekday} show.",
                "أظهرت أرقام البنك المركزي المنشورة يوم {weekday} أن النقد بات يشكل خُمس المدفوعات في "
                "المتاجر فقط، أي نصف حصته قبل عامين.",
            ),
            details=(
                (
                    "The central bank said shops must still accept cash from customers who want to pay with "
                    "it.",
                    "وقال البنك المركزي إن على المتاجر مواصلة قبول النقد من العملاء الذين يرغبون في الدفع "
                    "به.",
                ),
            ),
            caption=("Shops must still accept cash.", "يجب أن تواصل المتاجر قبول النقد."),
        ),
    ),
)


CYBER_HOSPITAL = Topic(
    key="hospital-cyberattack",
    tags=("cybersecurity", "health"),
    speakers=("cyber",),
    scenes=("network", "clinic"),
    background=(
        (
            "Hospitals around the world have become frequent targets of criminals who lock files and demand "
            "payment.",
            "وأصبحت المستشفيات حول العالم هدفًا متكررًا للمجرمين الذين يقفلون الملفات ويطالبون بفدية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Cyberattack forces a hospital in {city} back to paper records",
                "هجوم إلكتروني يعيد مستشفى في {city} إلى السجلات الورقية",
            ),
            dek=(
                "Emergency care continues, but some appointments have been postponed.",
                "تتواصل خدمات الطوارئ، لكن بعض المواعيد أُرجئت.",
            ),
            lead=(
                "A hospital in {city} switched to paper records on {weekday} after a cyberattack locked its "
                "computer systems, the National Cybersecurity Agency said, adding that no patient data "
                "appeared to have been stolen.",
                "قالت الوكالة الوطنية للأمن السيبراني إن مستشفى في {city} تحول إلى السجلات الورقية يوم "
                "{weekday} بعد هجوم إلكتروني أقفل أنظمته الحاسوبية، مضيفة أنه لا يبدو أن بيانات المرضى قد "
                "سُرقت.",
            ),
            details=(
                (
                    "“We will not pay criminals, and we do not need to: the backups are safe,” said "
                    "{official}.",
                    "{o_said} {official}: «لن ندفع للمجرمين، ولا حاجة بنا إلى ذلك، فالنسخ الاحتياطية آمنة».",
                ),
            ),
            caption=(
                "The hospital's emergency department stayed open.",
                "بقي قسم الطوارئ في المستشفى مفتوحًا.",
            ),
            scene="clinic",
        ),
        Beat(
            headline=(
                "Hospital systems restored, and all hospitals ordered to test their backups",
                "استعادة أنظمة المستشفى وإلزام جميع المستشفيات باختبار نسخها الاحتياطية",
            ),
            dek=(
                "Every hospital must rehearse a full restore twice a year.",
                "على كل مستشفى إجراء تمرين كامل على الاستعادة مرتين في السنة.",
            ),
            lead=(
                "The hospital in {city} hit by a cyberattack had its systems fully restored on {weekday}, "
                "and the National Cybersecurity Agency ordered every hospital to rehearse restoring from "
                "backups twice a year.",
                "استعاد المستشفى الذي تعرض لهجوم إلكتروني في {city} أنظمته بالكامل يوم {weekday}، وألزمت "
                "الوكالة الوطنية للأمن السيبراني كل المستشفيات بإجراء تمرين على الاستعادة من النسخ "
                "الاحتياطية مرتين في السنة.",
            ),
            details=(
                (
                    "The attack began with an email to a staff member that looked like a message from a "
                    "supplier.",
                    "وبدأ الهجوم برسالة إلكترونية إلى أحد الموظفين بدت كأنها من أحد الموردين.",
                ),
            ),
            caption=("The attack began with a fake supplier's email.", "بدأ الهجوم برسالة من مورد مزيف."),
        ),
    ),
)


CABLE = Topic(
    key="subsea-cable",
    tags=("telecoms", "infrastructure"),
    speakers=("communications",),
    scenes=("sea", "network"),
    background=(
        (
            "Almost all of the world's internet traffic between continents travels through cables on the "
            "seabed.",
            "وتمر معظم حركة الإنترنت بين القارات عبر كابلات في قاع البحار.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "New undersea internet cable comes ashore at {city}",
                "كابل إنترنت بحري جديد يصل إلى شاطئ {city}",
            ),
            dek=(
                "The cable links the Gulf with East Africa and South Asia.",
                "يربط الكابل الخليج بشرق أفريقيا وجنوب آسيا.",
            ),
            lead=(
                "A new undersea internet cable linking the Gulf with East Africa and South Asia came ashore "
                "at {city} on {weekday}, laid by a ship that spent four months crossing the sea.",
                "وصل كابل إنترنت بحري جديد يربط الخليج بشرق أفريقيا وجنوب آسيا إلى شاطئ {city} يوم "
                "{weekday}، مدته سفينة أمضت أربعة أشهر في عبور البحر.",
            ),
            details=(
                (
                    "“If one cable is cut, traffic now has another way out,” said {official}.",
                    "{o_said} {official}: «إذا انقطع كابل، صار للحركة طريق آخر للخروج».",
                ),
            ),
            caption=(
                "A cable ship spent four months laying the line.",
                "أمضت سفينة مد الكابلات أربعة أشهر في مد الخط.",
            ),
            scene="sea",
        ),
        Beat(
            headline=(
                "Internet prices fall as the new cable switches on",
                "أسعار الإنترنت تنخفض مع تشغيل الكابل الجديد",
            ),
            dek=(
                "Home broadband packages are about a fifth cheaper.",
                "صارت باقات الإنترنت المنزلي أرخص بنحو الخُمس.",
            ),
            lead=(
                "Both internet providers cut the price of home broadband by about a fifth on {weekday}, a "
                "week after the new undersea cable began carrying traffic.",
                "خفض مزودا خدمة الإنترنت أسعار باقات الإنترنت المنزلي بنحو الخُمس يوم {weekday}، بعد أسبوع "
                "من بدء الكابل البحري الجديد نقل البيانات.",
            ),
            details=(
                (
                    "Gamers in {city2} said delays in online games had fallen noticeably.",
                    "وقال لاعبو الألعاب الإلكترونية في {city2} إن التأخير في الألعاب عبر الإنترنت تراجع "
                    "بشكل ملحوظ.",
                ),
            ),
            caption=(
                "Online games lag less since the switch.",
                "تراجع التأخير في الألعاب الإلكترونية منذ التشغيل.",
            ),
        ),
    ),
)


BOOTCAMP = Topic(
    key="coding-bootcamp",
    tags=("education", "labour-market"),
    speakers=("communications",),
    scenes=("classroom",),
    background=(
        (
            "Graduates of the first intake found jobs at banks, start-ups and government agencies.",
            "ووجد خريجو الدفعة الأولى وظائف في البنوك والشركات الناشئة والجهات الحكومية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Free coding course for job seekers, with a salary while they learn",
                "دورة برمجة مجانية للباحثين عن عمل مع راتب خلال التعلم",
            ),
            dek=(
                "The sixteen-week course accepts people of any age and any degree.",
                "تقبل الدورة التي تستمر ستة عشر أسبوعًا المتقدمين من أي عمر وأي تخصص.",
            ),
            lead=(
                "Job seekers of any age can apply for a free sixteen-week coding course that pays a monthly "
                "allowance, the Communications Ministry said on {weekday}, with the first 400 places "
                "opening in {city}.",
                "قالت وزارة الاتصالات يوم {weekday} إن الباحثين عن عمل من أي عمر يمكنهم التقدم لدورة برمجة "
                "مجانية مدتها ستة عشر أسبوعًا تصرف مكافأة شهرية، على أن تُفتح أول 400 مقعد في {city}.",
            ),
            details=(
                (
                    "“We need more programmers than the universities can train, and talent does not always "
                    "have a degree,” said {official}.",
                    "{o_said} {official}: «نحتاج إلى مبرمجين أكثر مما تستطيع الجامعات تخريجه، والموهبة لا "
                    "تحمل دائمًا شهادة جامعية».",
                ),
            ),
            caption=("The first 400 places open in {city}.", "تُفتح أول 400 مقعد في {city}."),
        ),
        Beat(
            headline=(
                "Four in five coding course graduates find work within three months",
                "أربعة من كل خمسة من خريجي دورة البرمجة يجدون عملًا خلال ثلاثة أشهر",
            ),
            dek=(
                "The oldest graduate is a 52-year-old former customs officer.",
                "أكبر الخريجين موظف جمارك سابق يبلغ 52 عامًا.",
            ),
            lead=(
                "Eighty per cent of the first graduates of the government's free coding course found jobs "
                "within three months, the Communications Ministry said on {weekday}, and the next intake "
                "will double in size.",
                "قالت وزارة الاتصالات يوم {weekday} إن 80 في المئة من أول خريجي دورة البرمجة الحكومية "
                "المجانية وجدوا وظائف خلال ثلاثة أشهر، وإن الدفعة المقبلة ستكون ضعف حجمها.",
            ),
            details=(
                (
                    "The oldest graduate, a 52-year-old former customs officer, now builds websites for a "
                    "bank.",
                    "ويعمل أكبر الخريجين سنًا، وهو موظف جمارك سابق يبلغ 52 عامًا، في تطوير المواقع "
                    "الإلكترونية لأحد البنوك.",
                ),
            ),
            caption=("The next intake will be twice the size.", "ستكون الدفعة المقبلة ضعف حجم الأولى."),
        ),
    ),
)


ESPORTS = Topic(
    key="esports",
    tags=("youth", "culture"),
    speakers=(),
    scenes=("network", "abstract"),
    background=(
        (
            "Gaming is the most popular pastime among under-25s in the country, according to a survey last "
            "year.",
            "والألعاب الإلكترونية أكثر الهوايات شعبية بين من هم دون الخامسة والعشرين في البلاد، بحسب مسح "
            "أُجري العام الماضي.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "National esports league launches with twelve teams",
                "انطلاق الدوري الوطني للرياضات الإلكترونية باثني عشر فريقًا",
            ),
            dek=(
                "Matches will be streamed with commentary in Arabic and English.",
                "ستُبث المباريات بتعليق بالعربية والإنجليزية.",
            ),
            lead=(
                "A national esports league with twelve teams and prize money of {money_small} began on "
                "{weekday}, with the opening matches played in front of a crowd at an arena in {city}.",
                "انطلق يوم {weekday} دوري وطني للرياضات الإلكترونية يضم اثني عشر فريقًا بجوائز قيمتها "
                "{money_small}، وأقيمت المباريات الافتتاحية أمام جمهور في صالة في {city}.",
            ),
            details=(
                (
                    "Players must be over sixteen and in school, university or work.",
                    "ويجب أن يكون اللاعبون فوق السادسة عشرة وأن يكونوا في المدرسة أو الجامعة أو العمل.",
                ),
            ),
            caption=(
                "The opening matches were played in front of a crowd.",
                "أقيمت المباريات الافتتاحية أمام الجمهور.",
            ),
        ),
        Beat(
            headline=(
                "Team from {city2} wins the first esports league final",
                "فريق من {city2} يفوز بنهائي أول دوري للرياضات الإلكترونية",
            ),
            dek=(
                "The team's youngest player is seventeen and still at school.",
                "أصغر لاعبي الفريق في السابعة عشرة ولا يزال طالبًا في المدرسة.",
            ),
            lead=(
                "A team from {city2} won the final of the first national esports league on {weekday}, "
                "watched online by more than 200,000 people.",
                "فاز فريق من {city2} بنهائي أول دوري وطني للرياضات الإلكترونية يوم {weekday}، وتابعه عبر "
                "الإنترنت أكثر من 200 ألف شخص.",
            ),
            details=(
                (
                    "The winners will represent the country at a regional tournament in the spring.",
                    "وسيمثل الفائزون البلاد في بطولة إقليمية في الربيع.",
                ),
            ),
            caption=(
                "More than 200,000 people watched the final online.",
                "تابع النهائي عبر الإنترنت أكثر من 200 ألف شخص.",
            ),
            scene="abstract",
        ),
    ),
)


DRONES = Topic(
    key="drone-rules",
    tags=("aviation", "e-government"),
    speakers=("transport",),
    scenes=("skyline", "network"),
    background=(
        (
            "Drones are banned within five kilometres of airports and over crowds.",
            "ويُحظر تحليق الطائرات المسيّرة في نطاق خمسة كيلومترات من المطارات وفوق التجمعات.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Drone owners must register their aircraft under new rules",
                "إلزام مالكي الطائرات المسيّرة بتسجيلها بموجب قواعد جديدة",
            ),
            dek=(
                "Registration is free online and takes about ten minutes.",
                "التسجيل مجاني عبر الإنترنت ويستغرق نحو عشر دقائق.",
            ),
            lead=(
                "Owners of drones heavier than 250 grams must register them and pass a short online test "
                "from {weekday}, under rules published by the Transport Ministry.",
                "سيتعين على مالكي الطائرات المسيّرة التي يزيد وزنها على 250 غرامًا تسجيلها واجتياز اختبار "
                "قصير عبر الإنترنت اعتبارًا من يوم {weekday}، بموجب قواعد نشرتها وزارة النقل.",
            ),
            details=(
                (
                    "“The sky over our cities is getting busy, and everyone in it needs to know the rules,” "
                    "said {official}.",
                    "{o_said} {official}: «السماء فوق مدننا تزداد ازدحامًا، وكل من فيها يحتاج إلى معرفة "
                    "القواعد».",
                ),
            ),
            caption=(
                "Drones heavier than 250 grams must be registered.",
                "يجب تسجيل الطائرات المسيّرة التي يزيد وزنها على 250 غرامًا.",
            ),
        ),
        Beat(
            headline=(
                "Medicine to be delivered by drone to villages in the interior",
                "توصيل الأدوية بالطائرات المسيّرة إلى قرى المناطق الداخلية",
            ),
            dek=(
                "Flights will carry prescriptions and blood samples between clinics and the hospital.",
                "ستنقل الرحلات الوصفات الطبية وعينات الدم بين العيادات والمستشفى.",
            ),
            lead=(
                "Drones will carry medicine and blood samples between the hospital in {city} and eight "
                "village clinics in the interior from {weekday}, cutting a two-hour drive to twenty "
                "minutes.",
                "ستنقل الطائرات المسيّرة الأدوية وعينات الدم بين المستشفى في {city} وثماني عيادات قروية في "
                "المناطق الداخلية اعتبارًا من يوم {weekday}، مختصرة رحلة تستغرق ساعتين بالسيارة إلى عشرين "
                "دقيقة.",
            ),
            details=(
                (
                    "The drones fly a fixed route and land on pads on the clinics' roofs.",
                    "وتحلق الطائرات في مسار ثابت وتهبط على منصات فوق أسطح العيادات.",
                ),
            ),
            caption=(
                "The drones land on pads on the clinics' roofs.",
                "تهبط الطائرات على منصات فوق أسطح العيادات.",
            ),
            scene="network",
        ),
    ),
)


AI_CLINICS = Topic(
    key="ai-clinics",
    tags=("artificial-intelligence", "health"),
    speakers=("health",),
    scenes=("clinic", "network"),
    company="Dalil Health",
    background=(
        (
            "Doctors have the final word on every diagnosis, the ministry says.",
            "وتقول الوزارة إن للطبيب الكلمة الفصل في كل تشخيص.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Clinics try software that reads eye scans for signs of diabetes",
                "العيادات تجرب برنامجًا يقرأ صور العين بحثًا عن علامات السكري",
            ),
            dek=(
                "The program was built by Dalil Health and trained on scans from local hospitals.",
                "طورت البرنامج شركة دليل للصحة الرقمية ودُرّب على صور من مستشفيات محلية.",
            ),
            lead=(
                "Ten primary care centres in {city} began using software that checks photographs of the eye "
                "for damage caused by diabetes on {weekday}, so that patients no longer wait weeks to see a "
                "specialist.",
                "بدأت عشرة مراكز للرعاية الصحية الأولية في {city} يوم {weekday} استخدام برنامج يفحص صور "
                "العين بحثًا عن الأضرار التي يسببها السكري، كي لا ينتظر المرضى أسابيع لرؤية طبيب مختص.",
            ),
            details=(
                (
                    "“The software sorts, the doctor decides,” said {official}.",
                    "{o_said} {official}: «البرنامج يفرز والطبيب يقرر».",
                ),
            ),
            caption=("The software checks photographs of the eye.", "يفحص البرنامج صور العين."),
        ),
        Beat(
            headline=(
                "Eye-scan software finds early damage in hundreds of patients",
                "برنامج فحص العين يكشف أضرارًا مبكرة لدى المئات",
            ),
            dek=(
                "Patients referred by the software saw a specialist within a week.",
                "رأى المرضى الذين أحالهم البرنامج طبيبًا مختصًا خلال أسبوع.",
            ),
            lead=(
                "Software that reads eye scans found early signs of diabetic damage in 640 patients in its "
                "first six months in clinics in {city}, the Health Ministry said on {weekday}, and will now "
                "be used nationwide.",
                "قالت وزارة الصحة يوم {weekday} إن برنامجًا يقرأ صور العين كشف علامات مبكرة لأضرار السكري "
                "لدى 640 مريضًا خلال أشهره الستة الأولى في عيادات {city}، وإنه سيُعمم الآن على مستوى "
                "البلاد.",
            ),
            details=(
                (
                    "Specialists checked every result, and agreed with the software in nine cases out of "
                    "ten.",
                    "وراجع الأطباء المختصون كل النتائج، واتفقوا مع البرنامج في تسع حالات من كل عشر.",
                ),
            ),
            caption=("The software will now be used nationwide.", "سيُستخدم البرنامج الآن على مستوى البلاد."),
            scene="network",
        ),
    ),
)

TOPICS = (
    DATA_CENTRE,
    ROBOTS,
    PAYMENTS,
    CYBER_HOSPITAL,
    CABLE,
    BOOTCAMP,
    ESPORTS,
    DRONES,
    AI_CLINICS,
)
