"""The technology desk's running stories: start-ups, government AI, scams, networks and space."""

from masthead.demo.desks import Beat, Topic

FUNDING = Topic(
    key="startup-funding",
    tags=("start-ups", "investment", "fintech"),
    speakers=(),
    scenes=("network", "abstract"),
    background=(
        (
            "Venture investment in the country's start-ups has tripled in three years.",
            "وتضاعفت الاستثمارات الجريئة في الشركات الناشئة في البلاد ثلاث مرات خلال ثلاث سنوات.",
        ),
        (
            "The company was founded four years ago by three university friends in {city}.",
            "وأسس الشركة قبل أربع سنوات ثلاثة أصدقاء من الجامعة في {city}.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "{startup} raises {money_small} to expand across the Gulf",
                "{startup} تجمع {money_small} للتوسع في أنحاء الخليج",
            ),
            dek=(
                "The round was led by Falak Ventures, and is the year's largest for a young company in the "
                "country.",
                "قاد الجولة صندوق فلك لرأس المال الجريء، وهي الأكبر هذا العام لشركة ناشئة في البلاد.",
            ),
            lead=(
                "{startup} has raised {money_small} in a funding round led by Falak Ventures, the company "
                "said on {weekday}, and will use the money to open offices in two neighbouring countries.",
                "قالت {startup} يوم {weekday} إنها جمعت {money_small} في جولة تمويل قادها صندوق فلك لرأس "
                "المال الجريء، وإنها ستستخدم الأموال لافتتاح مكتبين في بلدين مجاورين.",
            ),
            details=(
                (
                    "“We built this for our own neighbours first, and now we know it works,” said the "
                    "company's chief executive.",
                    "وقالت الرئيسة التنفيذية للشركة: «بنينا هذا لجيراننا أولًا، والآن نعرف أنه ينجح».",
                ),
            ),
            caption=("The round was led by Falak Ventures.", "قاد الجولة صندوق فلك لرأس المال الجريء."),
        ),
        Beat(
            headline=(
                "{startup_short} opens its first office abroad",
                "{startup_short} تفتتح أول مكتب لها في الخارج",
            ),
            dek=(
                "A team of twenty will serve customers in the wider Gulf.",
                "سيخدم فريق من عشرين موظفًا العملاء في منطقة الخليج الأوسع.",
            ),
            lead=(
                "{startup} opened its first office outside the country on {weekday}, six months after its "
                "funding round, with a team of twenty hired mostly from its customers' own industries.",
                "افتتحت {startup} أول مكتب لها خارج البلاد يوم {weekday}، بعد ستة أشهر من جولة تمويلها، "
                "بفريق من عشرين موظفًا جاء معظمهم من القطاعات التي يعمل فيها عملاؤها.",
            ),
            details=(
                (
                    "The company said its number of customers had doubled since the start of the year.",
                    "وقالت الشركة إن عدد عملائها تضاعف منذ بداية العام.",
                ),
            ),
            caption=("The new office has a team of twenty.", "يضم المكتب الجديد فريقًا من عشرين موظفًا."),
            scene="abstract",
        ),
        Beat(
            headline=(
                "{startup_short} hires 150 engineers, most of them recent graduates",
                "{startup_short} توظف 150 مهندسًا معظمهم من الخريجين الجدد",
            ),
            dek=(
                "The company has opened a training programme with the university in {city}.",
                "أطلقت الشركة برنامجًا تدريبيًا بالتعاون مع الجامعة في {city}.",
            ),
            lead=(
                "{startup} plans to hire 150 engineers this year, most of them recent graduates, and has "
                "set up a six-month training programme with the university in {city}, it said on {weekday}.",
                "قالت {startup} يوم {weekday} إنها تعتزم توظيف 150 مهندسًا هذا العام معظمهم من الخريجين "
                "الجدد، وإنها أطلقت برنامجًا تدريبيًا مدته ستة أشهر بالتعاون مع الجامعة في {city}.",
            ),
            details=(
                ("Almost half of the company's engineers are women.", "ويشكل النساء نحو نصف مهندسي الشركة."),
            ),
            caption=(
                "New engineers train for six months before joining teams.",
                "يتدرب المهندسون الجدد ستة أشهر قبل الانضمام إلى الفرق.",
            ),
        ),
    ),
)


AI_SERVICES = Topic(
    key="ai-services",
    tags=("artificial-intelligence", "e-government"),
    speakers=("communications",),
    scenes=("network", "phone"),
    background=(
        (
            "The assistant was built on a language model trained by local researchers on Arabic and English "
            "government documents.",
            "وبُني المساعد على نموذج لغوي دربه باحثون محليون على وثائق حكومية بالعربية والإنجليزية.",
        ),
        (
            "Residents can always ask to speak to a person instead, and conversations are not used to train "
            "the model without consent.",
            "ويمكن للسكان دائمًا طلب التحدث إلى موظف، ولا تُستخدم المحادثات في تدريب النموذج دون موافقتهم.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Government tests an Arabic AI assistant with a thousand volunteers",
                "الحكومة تختبر مساعدًا بالذكاء الاصطناعي باللغة العربية مع ألف متطوع",
            ),
            dek=(
                "Volunteers will try it on licences, fines and appointments for two months.",
                "سيجربه المتطوعون في معاملات الرخص والمخالفات والمواعيد مدة شهرين.",
            ),
            lead=(
                "A thousand volunteers will spend two months testing a government assistant that answers "
                "questions in Arabic and English, the Communications Ministry said on {weekday}.",
                "قالت وزارة الاتصالات يوم {weekday} إن ألف متطوع سيقضون شهرين في اختبار مساعد حكومي يجيب عن "
                "الأسئلة بالعربية والإنجليزية.",
            ),
            details=(
                (
                    "“We want it to understand the way people actually write, dialect and all,” said "
                    "{official}.",
                    "{o_said} {official}: «نريده أن يفهم الطريقة التي يكتب بها الناس فعلًا، باللهجة وكل شيء».",
                ),
            ),
            caption=("A thousand volunteers are testing the assistant.", "يختبر ألف متطوع المساعد الحكومي."),
        ),
        Beat(
            headline=(
                "AI assistant for public services opens to every resident",
                "المساعد الذكي للخدمات العامة متاح لجميع السكان",
            ),
            dek=(
                "Residents can renew licences, pay fines and book appointments by chatting.",
                "يمكن للسكان تجديد الرخص ودفع المخالفات وحجز المواعيد عبر المحادثة.",
            ),
            lead=(
                "Residents can now renew licences, pay fines and book appointments by chatting in Arabic or "
                "English with a government assistant, which opened to the public on {weekday}.",
                "صار بإمكان السكان تجديد الرخص ودفع المخالفات وحجز المواعيد عبر محادثة بالعربية أو "
                "الإنجليزية مع مساعد حكومي أُتيح للجمهور يوم {weekday}.",
            ),
            details=(
                (
                    "The assistant is available in the government app and on the website, day and night.",
                    "والمساعد متاح في التطبيق الحكومي وعلى الموقع الإلكتروني ليلًا ونهارًا.",
                ),
            ),
            caption=("The assistant works in Arabic and English.", "يعمل المساعد بالعربية والإنجليزية."),
            scene="phone",
        ),
        Beat(
            headline=(
                "A million questions in a month for the government's AI assistant",
                "مليون سؤال في شهر للمساعد الحكومي الذكي",
            ),
            dek=(
                "Questions about traffic fines were the most common.",
                "كانت الأسئلة عن المخالفات المرورية الأكثر شيوعًا.",
            ),
            lead=(
                "The government's AI assistant answered more than a million questions in its first month, "
                "the Communications Ministry said on {weekday}, and settled about {big_pct} per cent of "
                "them without a human.",
                "قالت وزارة الاتصالات يوم {weekday} إن المساعد الحكومي الذكي أجاب عن أكثر من مليون سؤال في "
                "شهره الأول، وأنجز نحو {big_pct} في المئة منها دون تدخل بشري.",
            ),
            details=(
                (
                    "Most questions arrived between nine and eleven at night, when government offices are "
                    "closed.",
                    "ووصلت معظم الأسئلة بين التاسعة والحادية عشرة ليلًا، حين تكون المكاتب الحكومية مغلقة.",
                ),
            ),
            caption=(
                "Most questions arrived late in the evening.",
                "وصلت معظم الأسئلة في ساعات المساء المتأخرة.",
            ),
        ),
        Beat(
            headline=(
                "Assistant gave wrong advice on visa fees, ministry admits, and fixes it",
                "الوزارة تقر بأن المساعد الذكي قدم معلومات خاطئة عن رسوم التأشيرات وتصححها",
            ),
            dek=(
                "About 2,000 people were affected; none will pay more than the correct fee.",
                "تأثر نحو ألفي شخص، ولن يدفع أي منهم أكثر من الرسوم الصحيحة.",
            ),
            lead=(
                "The Communications Ministry said on {weekday} that its AI assistant had quoted out-of-date "
                "visa fees to about 2,000 people for a week, and that anyone charged too much would be "
                "refunded.",
                "قالت وزارة الاتصالات يوم {weekday} إن مساعدها الذكي قدم لنحو ألفي شخص رسوم تأشيرات قديمة "
                "على مدى أسبوع، وإن كل من دفع أكثر من المستحق سيسترد الفرق.",
            ),
            details=(
                (
                    "“When a machine gets it wrong, the government is still responsible,” said {official}.",
                    "{o_said} {official}: «حين تخطئ الآلة، تبقى الحكومة هي المسؤولة».",
                ),
            ),
            caption=("Anyone charged too much will be refunded.", "سيسترد كل من دفع أكثر من المستحق الفرق."),
        ),
    ),
)


SCAMS = Topic(
    key="scam-messages",
    tags=("cybersecurity", "fintech"),
    speakers=("cyber",),
    scenes=("phone", "network"),
    background=(
        (
            "Scammers often send links that look like those of real delivery companies and banks, with one "
            "letter changed.",
            "وكثيرًا ما يرسل المحتالون روابط تشبه روابط شركات التوصيل والبنوك الحقيقية مع تغيير حرف واحد.",
        ),
        (
            "Residents can forward suspicious messages free of charge to a short number run by the agency.",
            "ويمكن للسكان إعادة توجيه الرسائل المشبوهة مجانًا إلى رقم مختصر تديره الوكالة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Cybersecurity agency warns of fake parcel messages",
                "وكالة الأمن السيبراني تحذر من رسائل طرود مزيفة",
            ),
            dek=(
                "Thousands have reported losing money to fake payment pages.",
                "أبلغ الآلاف عن خسارة أموال عبر صفحات دفع مزيفة.",
            ),
            lead=(
                "Residents have been warned about text messages posing as delivery companies and asking for "
                "a small fee to release a parcel, after more than {count} people reported losing money, the "
                "National Cybersecurity Agency said on {weekday}.",
                "حذرت الوكالة الوطنية للأمن السيبراني يوم {weekday} السكان من رسائل نصية تنتحل صفة شركات "
                "التوصيل وتطلب رسمًا صغيرًا للإفراج عن طرد، بعد أن أبلغ أكثر من {count} شخص عن خسارة أموال.",
            ),
            details=(
                (
                    "“No delivery company will ask for your card details by text message,” said {official}.",
                    "{o_said} {official}: «لن تطلب منك أي شركة توصيل بيانات بطاقتك عبر رسالة نصية».",
                ),
            ),
            caption=(
                "More than {count} people reported losing money.",
                "أبلغ أكثر من {count} شخص عن خسارة أموال.",
            ),
            scene="phone",
        ),
        Beat(
            headline=(
                "Banks add a pause before large transfers to new accounts",
                "البنوك تضيف مهلة قبل التحويلات الكبيرة إلى حسابات جديدة",
            ),
            dek=(
                "Transfers above a set amount to a first-time recipient will wait four hours.",
                "ستنتظر التحويلات التي تتجاوز مبلغًا محددًا إلى مستفيد جديد أربع ساعات.",
            ),
            lead=(
                "Banks will hold large transfers to new recipients for four hours from {weekday}, giving "
                "customers time to cancel if they realise they have been tricked, the central bank said.",
                "قال البنك المركزي إن البنوك ستحتجز التحويلات الكبيرة إلى المستفيدين الجدد أربع ساعات "
                "اعتبارًا من يوم {weekday}، لمنح العملاء وقتًا لإلغائها إذا أدركوا أنهم وقعوا ضحية احتيال.",
            ),
            details=(
                (
                    "Customers will receive a call from their bank before the money leaves.",
                    "وسيتلقى العملاء اتصالًا من مصرفهم قبل خروج الأموال.",
                ),
            ),
            caption=(
                "Large transfers to new recipients will wait four hours.",
                "ستنتظر التحويلات الكبيرة إلى المستفيدين الجدد أربع ساعات.",
            ),
        ),
        Beat(
            headline=(
                "Police break up a ring behind thousands of scam texts",
                "الشرطة تفكك شبكة تقف وراء آلاف الرسائل الاحتيالية",
            ),
            dek=(
                "Eleven people were arrested and 300 SIM cards seized.",
                "أُلقي القبض على أحد عشر شخصًا وضُبطت 300 شريحة اتصال.",
            ),
            lead=(
                "Police arrested eleven people in {city} on {weekday} and seized 300 SIM cards and a device "
                "for sending text messages in bulk, which they say was used to send fake parcel and bank "
                "messages.",
                "ألقت الشرطة القبض على أحد عشر شخصًا في {city} يوم {weekday}، وضبطت 300 شريحة اتصال وجهازًا "
                "لإرسال الرسائل النصية بالجملة، تقول إنه استُخدم في إرسال رسائل طرود ومصارف مزيفة.",
            ),
            details=(
                (
                    "Reports of scam messages have fallen by half since the banks introduced their "
                    "four-hour pause.",
                    "وتراجعت البلاغات عن الرسائل الاحتيالية إلى النصف منذ أن بدأت البنوك تطبيق مهلة الساعات "
                    "الأربع.",
                ),
            ),
            caption=("Police seized 300 SIM cards.", "ضبطت الشرطة 300 شريحة اتصال."),
            scene="network",
        ),
    ),
)


FIVE_G = Topic(
    key="5g",
    tags=("telecoms", "infrastructure"),
    speakers=("communications",),
    scenes=("network", "skyline"),
    background=(
        (
            "Sahil Telecom and its rival share masts in the interior to cut costs.",
            "وتتقاسم شركة الساحل للاتصالات ومنافستها الأبراج في المناطق الداخلية لخفض التكاليف.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Sahil Telecom switches on 5G in {city} and the towns of the interior, promising mobile "
                "downloads up to ten times faster for 400,000 people",
                "شركة الساحل للاتصالات تشغّل الجيل الخامس في {city} وبلدات المناطق الداخلية وتعد 400 ألف "
                "شخص بتنزيل أسرع بما يصل إلى عشرة أضعاف",
            ),
            dek=(
                "Downloads will be up to ten times faster.",
                "ستصبح سرعة التنزيل أعلى بما يصل إلى عشرة أضعاف.",
            ),
            lead=(
                "Sahil Telecom switched on 5G in {city} and several towns in the interior on {weekday}, "
                "bringing faster mobile internet to about 400,000 people.",
                "شغّلت شركة الساحل للاتصالات شبكة الجيل الخامس في {city} وعدد من البلدات في المناطق "
                "الداخلية يوم {weekday}، موفرة إنترنت متنقلًا أسرع لنحو 400 ألف شخص.",
            ),
            details=(
                (
                    "“A family in the interior should get the same internet as an office in the capital,” "
                    "said {official}.",
                    "{o_said} {official}: «ينبغي أن تحصل الأسرة في المناطق الداخلية على الإنترنت نفسه الذي "
                    "يحصل عليه مكتب في العاصمة».",
                ),
            ),
            caption=("The new masts cover about 400,000 people.", "تغطي الأبراج الجديدة نحو 400 ألف شخص."),
        ),
        Beat(
            headline=(
                "The old 3G network will be switched off at the end of next year",
                "إيقاف شبكة الجيل الثالث القديمة نهاية العام المقبل",
            ),
            dek=(
                "Owners of older phones will be offered a discount on a new one.",
                "سيُعرض على أصحاب الهواتف القديمة خصم على هاتف جديد.",
            ),
            lead=(
                "Mobile operators will switch off their 3G networks at the end of next year, the "
                "Communications Ministry said on {weekday}, freeing the airwaves for faster services.",
                "قالت وزارة الاتصالات يوم {weekday} إن مشغلي الهواتف المتنقلة سيوقفون شبكات الجيل الثالث "
                "نهاية العام المقبل، لتحرير الترددات لخدمات أسرع.",
            ),
            details=(
                (
                    "About {count} customers still use phones that work only on 3G, most of them older "
                    "people.",
                    "ولا يزال نحو {count} مشترك يستخدمون هواتف لا تعمل إلا بالجيل الثالث، معظمهم من كبار "
                    "السن.",
                ),
            ),
            caption=(
                "About {count} customers still use 3G-only phones.",
                "لا يزال نحو {count} مشترك يستخدمون هواتف تعمل بالجيل الثالث فقط.",
            ),
        ),
        Beat(
            headline=(
                "Mobile internet in the country is among the fastest in the world, survey finds",
                "مسح: الإنترنت المتنقل في البلاد من الأسرع في العالم",
            ),
            dek=("Median downloads have doubled in a year.", "تضاعف متوسط سرعة التنزيل خلال عام."),
            lead=(
                "Median mobile download speeds in the country doubled over the past year, placing it among "
                "the five fastest in the world, according to an independent survey published on {weekday}.",
                "أظهر مسح مستقل نُشر يوم {weekday} أن متوسط سرعات التنزيل عبر الإنترنت المتنقل في البلاد "
                "تضاعف خلال العام الماضي، لتصبح بين الدول الخمس الأسرع في العالم.",
            ),
            details=(
                (
                    "Speeds in the interior still lag those in the cities, the survey found.",
                    "وأظهر المسح أن السرعات في المناطق الداخلية لا تزال أدنى منها في المدن.",
                ),
            ),
            caption=(
                "The survey measured speeds on both networks for a year.",
                "قاس المسح السرعات على الشبكتين مدة عام.",
            ),
            scene="phone",
        ),
    ),
)


SATELLITE = Topic(
    key="satellite",
    tags=("space", "youth"),
    speakers=("space",),
    scenes=("globe", "network"),
    background=(
        (
            "The satellite was designed and built by engineers in {city}, many of them graduates of the "
            "national university.",
            "وصمم الساتلَ وبناه مهندسون في {city}، كثير منهم من خريجي الجامعة الوطنية.",
        ),
        (
            "The space programme began as a university project twelve years ago.",
            "وبدأ برنامج الفضاء مشروعًا جامعيًا قبل اثني عشر عامًا.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Launch date set for the country's first Earth observation satellite",
                "تحديد موعد إطلاق أول قمر صناعي لرصد الأرض في البلاد",
            ),
            dek=(
                "The satellite has been shipped to the launch site, where engineers will spend a month on "
                "final checks.",
                "شُحن القمر الصناعي إلى موقع الإطلاق، حيث سيقضي المهندسون شهرًا في الفحوص النهائية.",
            ),
            lead=(
                "The country's first Earth observation satellite will be launched next month, the National "
                "Space Agency said on {weekday}, after it arrived safely at the launch site.",
                "قالت وكالة الفضاء الوطنية يوم {weekday} إن أول قمر صناعي لرصد الأرض في البلاد سيُطلق الشهر "
                "المقبل، بعد وصوله بسلام إلى موقع الإطلاق.",
            ),
            details=(
                (
                    "“Twelve years ago this was a drawing on a whiteboard,” said {official}.",
                    "{o_said} {official}: «قبل اثني عشر عامًا كان هذا مجرد رسم على سبورة».",
                ),
            ),
            caption=("The satellite has arrived at the launch site.", "وصل القمر الصناعي إلى موقع الإطلاق."),
        ),
        Beat(
            headline=(
                "Country's first Earth observation satellite reaches orbit",
                "أول قمر صناعي لرصد الأرض في البلاد يبلغ مداره",
            ),
            dek=(
                "Engineers in {city} made contact on its second pass overhead.",
                "تواصل المهندسون في {city} معه خلال مروره الثاني فوق البلاد.",
            ),
            lead=(
                "A satellite built by engineers in {city} reached orbit on {weekday}, and the team made "
                "contact with it an hour and a half later as it passed overhead.",
                "بلغ قمر صناعي بناه مهندسون في {city} مداره يوم {weekday}، وتواصل معه الفريق بعد ساعة ونصف "
                "الساعة أثناء مروره فوق البلاد.",
            ),
            details=(
                (
                    "Families of the engineers watched the launch on a screen at the university.",
                    "وتابعت أسر المهندسين الإطلاق على شاشة في الجامعة.",
                ),
            ),
            caption=(
                "The team made contact on the satellite's second pass.",
                "تواصل الفريق مع القمر الصناعي في مروره الثاني.",
            ),
        ),
        Beat(
            headline=(
                "A satellite designed and assembled by engineers in {city} sends back its first images of "
                "the coastline, a milestone for the space programme",
                "قمر صناعي صممه وجمّعه مهندسون في {city} يرسل أولى صوره للساحل في محطة فارقة لبرنامج الفضاء",
            ),
            dek=(
                "The pictures show the mangroves, the ports and the new districts of {city}.",
                "تُظهر الصور أشجار القرم والموانئ والأحياء الجديدة في {city}.",
            ),
            lead=(
                "The country's first Earth observation satellite sent back its first images on {weekday}, "
                "showing the coastline from {city} to {city2} in enough detail to count boats in the "
                "harbour.",
                "أرسل أول قمر صناعي لرصد الأرض في البلاد أولى صوره يوم {weekday}، وتُظهر الساحل من {city} "
                "إلى {city2} بدقة تكفي لعدّ القوارب في الميناء.",
            ),
            details=(
                (
                    "The agency will publish a new image of the country every week on its website.",
                    "وستنشر الوكالة صورة جديدة للبلاد كل أسبوع على موقعها الإلكتروني.",
                ),
            ),
            caption=(
                "The first images show the coastline in fine detail.",
                "تُظهر الصور الأولى الساحل بتفاصيل دقيقة.",
            ),
        ),
        Beat(
            headline=(
                "Satellite images help farmers water only where crops need it",
                "صور الأقمار الصناعية تساعد المزارعين على الري حيث تحتاج المحاصيل فقط",
            ),
            dek=(
                "Fifty farms are testing maps that show which fields are thirsty.",
                "تختبر خمسون مزرعة خرائط تبين الحقول العطشى.",
            ),
            lead=(
                "Fifty farms in the interior have begun using maps made from satellite images to decide "
                "which fields to water, the National Space Agency said on {weekday}.",
                "قالت وكالة الفضاء الوطنية يوم {weekday} إن خمسين مزرعة في المناطق الداخلية بدأت استخدام "
                "خرائط مستمدة من صور الأقمار الصناعية لتحديد الحقول التي تحتاج إلى الري.",
            ),
            details=(
                (
                    "Early results suggest the farms are using about a fifth less water.",
                    "وتشير النتائج الأولية إلى أن المزارع تستهلك مياهًا أقل بنحو الخُمس.",
                ),
            ),
            caption=(
                "Fifty farms are testing the satellite maps.",
                "تختبر خمسون مزرعة الخرائط المستمدة من صور الأقمار الصناعية.",
            ),
            scene="network",
        ),
    ),
)

TOPICS = (
    FUNDING,
    AI_SERVICES,
    SCAMS,
    FIVE_G,
    SATELLITE,
)
