"""The technology desk: start-ups, artificial intelligence, security, networks and space."""

from masthead.demo.desks import Desk, Topic

FUNDING = Topic(
    key="startup-funding",
    tags=("start-ups", "investment", "fintech"),
    speakers=(),
    scenes=("network", "abstract"),
    headlines=(
        (
            "{startup} raises {money_small} to expand across the Gulf",
            "{startup} تجمع {money_small} للتوسع في الخليج",
        ),
        ("Investors bet {money_small} on {startup}", "المستثمرون يراهنون بـ{money_small} على {startup}"),
        (
            "{startup} closes a {money_small} funding round led by Falak Ventures, the year's largest for a "
            "young company in the country, and plans to double its staff",
            "{startup} تغلق جولة تمويل بقيمة {money_small} بقيادة صندوق فلك لرأس المال الجريء، هي الأكبر هذا "
            "العام لشركة ناشئة في البلاد، وتعتزم مضاعفة عدد موظفيها",
        ),
    ),
    deks=(
        (
            "The company, founded four years ago in {city}, will open offices in two neighbouring countries.",
            "ستفتتح الشركة، التي تأسست قبل أربع سنوات في {city}، مكتبين في بلدين مجاورين.",
        ),
        (
            "It is the latest in a run of large deals for local start-ups.",
            "تُعد هذه الصفقة الأحدث في سلسلة من الصفقات الكبيرة للشركات الناشئة المحلية.",
        ),
    ),
    leads=(
        (
            "{startup}, a start-up based in {city}, said on {weekday} it had raised {money_small} in a "
            "funding round led by Falak Ventures and would use the money to expand into neighbouring "
            "markets.",
            "قالت {startup}، وهي شركة ناشئة مقرها {city}، يوم {weekday} إنها جمعت {money_small} في جولة "
            "تمويل قادها صندوق فلك لرأس المال الجريء، وإنها ستستخدم الأموال للتوسع في الأسواق المجاورة.",
        ),
        (
            "Investors have put {money_small} into {startup}, the company said on {weekday}, in one of the "
            "largest funding rounds for a local technology firm this year.",
            "قالت {startup} يوم {weekday} إن مستثمرين ضخوا فيها {money_small}، في واحدة من أكبر جولات "
            "التمويل لشركة تقنية محلية هذا العام.",
        ),
    ),
    details=(
        (
            "“We started with three people in a borrowed office, and now we serve customers in four "
            "countries,” said the company's co-founder.",
            "وقالت الشريكة المؤسسة للشركة: «بدأنا بثلاثة أشخاص في مكتب مستعار، واليوم نخدم عملاء في أربعة "
            "بلدان».",
        ),
        (
            "The company plans to double its staff to about 100 by the end of next year, most of them "
            "engineers.",
            "وتعتزم الشركة مضاعفة عدد موظفيها إلى نحو 100 موظف بحلول نهاية العام المقبل، معظمهم من "
            "المهندسين.",
        ),
        (
            "Falak Ventures, which is backed by the state investment authority, has now invested in eleven "
            "local start-ups.",
            "واستثمر صندوق فلك، الذي تدعمه هيئة الاستثمار الحكومية، حتى الآن في إحدى عشرة شركة ناشئة محلية.",
        ),
        (
            "Venture funding for start-ups in the country rose by {big_pct} per cent last year, according to "
            "the Chamber of Commerce.",
            "وارتفع التمويل الجريء للشركات الناشئة في البلاد بنسبة {big_pct} في المئة العام الماضي، بحسب "
            "غرفة التجارة.",
        ),
    ),
)

AI_SERVICES = Topic(
    key="ai-services",
    tags=("artificial-intelligence", "e-government"),
    speakers=("communications",),
    scenes=("network",),
    headlines=(
        (
            "Government launches Arabic AI assistant for public services",
            "الحكومة تطلق مساعدًا بالذكاء الاصطناعي باللغة العربية للخدمات العامة",
        ),
        (
            "AI assistant to answer residents' questions around the clock",
            "مساعد ذكي يجيب عن أسئلة السكان على مدار الساعة",
        ),
        (
            "Residents can now renew licences, pay fines and book appointments by chatting in Arabic or "
            "English with a government assistant built on a local language model",
            "السكان باتوا قادرين على تجديد الرخص ودفع المخالفات وحجز المواعيد عبر محادثة بالعربية أو "
            "الإنجليزية مع مساعد حكومي مبني على نموذج لغوي محلي",
        ),
    ),
    deks=(
        (
            "The ministry says the assistant understands Gulf dialects and hands difficult cases to human "
            "staff.",
            "تقول الوزارة إن المساعد يفهم اللهجات الخليجية ويحيل الحالات الصعبة إلى موظفين من البشر.",
        ),
        (
            "Privacy advocates asked how conversations will be stored and who can read them.",
            "تساءل المدافعون عن الخصوصية عن طريقة تخزين المحادثات ومن يحق له الاطلاع عليها.",
        ),
    ),
    leads=(
        (
            "The Communications Ministry on {weekday} launched an artificial intelligence assistant that "
            "lets residents complete more than 200 government services by typing or speaking in Arabic or "
            "English.",
            "أطلقت وزارة الاتصالات يوم {weekday} مساعدًا يعمل بالذكاء الاصطناعي يتيح للسكان إنجاز أكثر من "
            "200 خدمة حكومية بالكتابة أو التحدث بالعربية أو الإنجليزية.",
        ),
        (
            "Government services gained a new front door on {weekday}: a chat assistant, built on a language "
            "model trained in the country, that answers questions and completes transactions at any hour.",
            "حصلت الخدمات الحكومية يوم {weekday} على بوابة جديدة: مساعد محادثة مبني على نموذج لغوي دُرّب "
            "محليًا، يجيب عن الأسئلة وينجز المعاملات في أي ساعة.",
        ),
    ),
    details=(
        (
            "“Nobody should have to take a day off work to renew a document,” said {official}.",
            "{o_said} {official}: «لا ينبغي أن يضطر أحد إلى أخذ يوم إجازة من عمله لتجديد وثيقة».",
        ),
        (
            "The assistant was trained on millions of anonymised questions sent to government call centres "
            "over the past five years, the ministry said.",
            "وقالت الوزارة إن المساعد دُرّب على ملايين الأسئلة مجهولة المصدر التي تلقتها مراكز الاتصال "
            "الحكومية خلال السنوات الخمس الماضية.",
        ),
        (
            "Conversations are stored in data centres inside the country and deleted after ninety days "
            "unless a transaction is under way.",
            "وتُخزَّن المحادثات في مراكز بيانات داخل البلاد، وتُحذف بعد تسعين يومًا ما لم تكن هناك معاملة "
            "قيد الإنجاز.",
        ),
        (
            "During a three-month trial, the assistant resolved about seven in ten requests without human "
            "help.",
            "وخلال تجربة استمرت ثلاثة أشهر، أنجز المساعد نحو سبعة من كل عشرة طلبات دون تدخل بشري.",
        ),
    ),
)

SCAMS = Topic(
    key="scam-messages",
    tags=("cybersecurity", "fintech"),
    speakers=("cyber",),
    scenes=("network", "abstract"),
    headlines=(
        (
            "Cybersecurity agency warns of fake parcel messages",
            "وكالة الأمن السيبراني تحذر من رسائل طرود مزيفة",
        ),
        ("Scam texts target bank customers", "رسائل احتيالية تستهدف عملاء البنوك"),
        (
            "Residents warned about text messages posing as delivery companies and banks, after thousands "
            "report losing money to fake payment pages",
            "تحذير السكان من رسائل نصية تنتحل صفة شركات التوصيل والبنوك بعد أن أبلغ الآلاف عن خسارة أموالهم "
            "في صفحات دفع مزيفة",
        ),
    ),
    deks=(
        (
            "The agency says genuine companies never ask for card details by text message.",
            "تقول الوكالة إن الشركات الحقيقية لا تطلب أبدًا بيانات البطاقات عبر الرسائل النصية.",
        ),
        (
            "Banks have blocked thousands of suspicious payments this month.",
            "حظرت البنوك آلاف المدفوعات المشبوهة هذا الشهر.",
        ),
    ),
    leads=(
        (
            "The National Cybersecurity Agency warned residents on {weekday} about a wave of text messages "
            "that pretend to come from delivery companies and ask recipients to pay a small fee to release a "
            "parcel.",
            "حذرت الوكالة الوطنية للأمن السيبراني السكان يوم {weekday} من موجة رسائل نصية تدّعي أنها صادرة "
            "عن شركات توصيل، وتطلب من المتلقين دفع رسوم بسيطة للإفراج عن طرد.",
        ),
        (
            "Fraudsters posing as banks and delivery firms have sent hundreds of thousands of scam text "
            "messages in recent weeks, the National Cybersecurity Agency said on {weekday}, urging residents "
            "not to click on links.",
            "قالت الوكالة الوطنية للأمن السيبراني يوم {weekday} إن محتالين ينتحلون صفة بنوك وشركات توصيل "
            "أرسلوا مئات الآلاف من الرسائل النصية الاحتيالية في الأسابيع الأخيرة، داعية السكان إلى عدم النقر "
            "على الروابط.",
        ),
    ),
    details=(
        (
            "“If a message creates urgency and asks for your card, stop and check,” said {official}.",
            "{o_said} {official}: «إذا خلقت الرسالة شعورًا بالعجلة وطلبت بيانات بطاقتك، فتوقف وتحقق».",
        ),
        (
            "The agency said it had taken down more than {count} fake websites since the start of the month, "
            "most of them hosted abroad.",
            "وقالت الوكالة إنها أغلقت أكثر من {count} موقع مزيف منذ بداية الشهر، معظمها مستضاف في الخارج.",
        ),
        (
            "{bank} said it had blocked suspicious payments and refunded customers who reported fraud within "
            "24 hours.",
            "وقال {bank} إنه حظر مدفوعات مشبوهة وأعاد الأموال إلى العملاء الذين أبلغوا عن الاحتيال خلال 24 "
            "ساعة.",
        ),
        (
            "Residents can forward suspicious messages to a free short number, and the agency publishes a "
            "weekly list of known scams.",
            "ويمكن للسكان إعادة توجيه الرسائل المشبوهة إلى رقم مختصر مجاني، وتنشر الوكالة قائمة أسبوعية "
            "بعمليات الاحتيال المعروفة.",
        ),
    ),
)

FIVE_G = Topic(
    key="5g",
    tags=("telecoms", "infrastructure"),
    speakers=("communications",),
    scenes=("network", "skyline"),
    headlines=(
        ("5G coverage reaches {city}", "تغطية الجيل الخامس تصل إلى {city}"),
        ("Faster mobile internet for the interior", "إنترنت جوال أسرع للمناطق الداخلية"),
        (
            "Sahil Telecom extends 5G to {city} and the interior, promising downloads ten times faster and "
            "switching off its old 3G network by the end of next year",
            "الساحل للاتصالات توسع شبكة الجيل الخامس إلى {city} والمناطق الداخلية وتعد بسرعات تنزيل أعلى "
            "بعشر مرات مع إيقاف شبكة الجيل الثالث القديمة بنهاية العام المقبل",
        ),
    ),
    deks=(
        (
            "Customers with older phones will be offered discounts on new handsets.",
            "سيحصل العملاء الذين يملكون هواتف قديمة على خصومات على أجهزة جديدة.",
        ),
        (
            "The regulator says mobile data use has tripled in three years.",
            "تقول الجهة التنظيمية إن استخدام بيانات الجوال تضاعف ثلاث مرات خلال ثلاث سنوات.",
        ),
    ),
    leads=(
        (
            "Sahil Telecom said on {weekday} that its 5G network now covers {city} and every town in the "
            "interior, completing a rollout that began four years ago.",
            "قالت شركة الساحل للاتصالات يوم {weekday} إن شبكتها من الجيل الخامس باتت تغطي {city} وكل البلدات "
            "في المناطق الداخلية، لتستكمل عملية نشر بدأت قبل أربع سنوات.",
        ),
        (
            "Residents of {city} can now use 5G mobile internet after Sahil Telecom switched on hundreds of "
            "new masts in the area, the company said on {weekday}.",
            "بات بإمكان سكان {city} استخدام إنترنت الجوال بتقنية الجيل الخامس بعدما شغّلت شركة الساحل "
            "للاتصالات مئات الأبراج الجديدة في المنطقة، بحسب ما أعلنته الشركة يوم {weekday}.",
        ),
    ),
    details=(
        (
            "“Connectivity is now as basic as water and electricity,” said {official}.",
            "{o_said} {official}: «أصبح الاتصال أساسيًا كالماء والكهرباء».",
        ),
        (
            "The company said average download speeds on its 5G network were above 600 megabits a second in "
            "tests.",
            "وقالت الشركة إن متوسط سرعات التنزيل على شبكتها من الجيل الخامس تجاوز 600 ميغابت في الثانية خلال "
            "الاختبارات.",
        ),
        (
            "The old 3G network will be switched off by the end of next year, and customers with older "
            "handsets will be offered discounts on new ones.",
            "وستُوقَف شبكة الجيل الثالث القديمة بنهاية العام المقبل، وستُقدَّم للعملاء أصحاب الأجهزة القديمة "
            "خصومات على أجهزة جديدة.",
        ),
        (
            "The telecoms regulator said mobile data use in the country had tripled in three years, driven "
            "by video and online games.",
            "وقالت هيئة تنظيم الاتصالات إن استخدام بيانات الجوال في البلاد تضاعف ثلاث مرات خلال ثلاث سنوات، "
            "مدفوعًا بمقاطع الفيديو والألعاب الإلكترونية.",
        ),
    ),
)

SATELLITE = Topic(
    key="satellite",
    tags=("space", "youth"),
    speakers=("space",),
    scenes=("globe", "network"),
    headlines=(
        (
            "Country's first Earth observation satellite reaches orbit",
            "أول قمر صناعي وطني لرصد الأرض يصل إلى مداره",
        ),
        ("Locally built satellite sends its first images", "قمر صناعي مصنوع محليًا يرسل صوره الأولى"),
        (
            "A satellite designed and assembled by engineers in {city} sends back its first images of the "
            "coastline, a milestone for a space programme that began as a university project",
            "قمر صناعي صممه وجمّعه مهندسون في {city} يرسل صوره الأولى للساحل، في إنجاز لبرنامج فضائي بدأ "
            "مشروعًا جامعيًا",
        ),
    ),
    deks=(
        (
            "The satellite will monitor coastal erosion, algae blooms and urban growth.",
            "سيرصد القمر الصناعي تآكل السواحل وتكاثر الطحالب والتوسع العمراني.",
        ),
        ("Most of the engineering team is under 30.", "معظم أعضاء الفريق الهندسي دون سن الثلاثين."),
    ),
    leads=(
        (
            "The country's first Earth observation satellite reached orbit on {weekday} after a launch from "
            "an overseas spaceport and sent back its first signals within hours, the National Space Agency "
            "said.",
            "قالت وكالة الفضاء الوطنية إن أول قمر صناعي وطني لرصد الأرض وصل إلى مداره يوم {weekday} بعد "
            "إطلاقه من قاعدة فضائية في الخارج، وأرسل أولى إشاراته في غضون ساعات.",
        ),
        (
            "A satellite built by a team of young engineers in {city} has sent its first images of the "
            "coastline, the National Space Agency said on {weekday}, days after reaching orbit.",
            "قالت وكالة الفضاء الوطنية يوم {weekday} إن قمرًا صناعيًا بناه فريق من المهندسين الشباب في "
            "{city} أرسل صوره الأولى للساحل، بعد أيام من وصوله إلى مداره.",
        ),
    ),
    details=(
        (
            "“Every part of this mission, from design to testing, was done by our own engineers,” said "
            "{official}.",
            "{o_said} {official}: «كل جزء من هذه المهمة، من التصميم إلى الاختبار، أنجزه مهندسونا».",
        ),
        (
            "The satellite weighs about 180 kilograms and will circle the Earth fifteen times a day at an "
            "altitude of 550 kilometres.",
            "ويزن القمر الصناعي نحو 180 كيلوغرامًا، وسيدور حول الأرض خمس عشرة مرة يوميًا على ارتفاع 550 "
            "كيلومترًا.",
        ),
        (
            "Its images will help map coastal erosion, track algae blooms that threaten desalination plants "
            "and plan new districts.",
            "وستساعد صوره في رسم خرائط لتآكل السواحل، وتتبع تكاثر الطحالب الذي يهدد محطات تحلية المياه، "
            "وتخطيط الأحياء الجديدة.",
        ),
        (
            "The agency plans to launch a second, larger satellite in two years, built with a university "
            "partner in Asia.",
            "وتعتزم الوكالة إطلاق قمر صناعي ثانٍ أكبر حجمًا خلال عامين، يُبنى بالشراكة مع جامعة آسيوية.",
        ),
    ),
)

DESK = Desk(
    section="technology",
    analysts="technology",
    topics=(FUNDING, AI_SERVICES, SCAMS, FIVE_G, SATELLITE),
    quotes=(
        (
            "“The region is moving from buying technology to building it,” said {analyst}.",
            "{a_said} {analyst}: «تنتقل المنطقة من شراء التكنولوجيا إلى صنعها».",
        ),
        (
            "“Talent is still the bottleneck: there are not enough experienced engineers to go around,” said "
            "{analyst}.",
            "{a_said} {analyst}: «لا تزال الكفاءات عنق الزجاجة، فلا يوجد عدد كافٍ من المهندسين ذوي الخبرة».",
        ),
        (
            "“Trust will decide whether people use these services, so privacy has to be built in from the "
            "start,” said {analyst}.",
            "{a_said} {analyst}: «الثقة هي التي ستحدد ما إذا كان الناس سيستخدمون هذه الخدمات، لذا يجب أن "
            "تكون الخصوصية جزءًا من التصميم منذ البداية».",
        ),
        (
            "“This is a good step, and the next one is to make sure smaller companies benefit too,” said "
            "{analyst}.",
            "{a_said} {analyst}: «هذه خطوة جيدة، والخطوة التالية هي ضمان استفادة الشركات الصغيرة أيضًا».",
        ),
    ),
    context=(
        (
            "The government's digital strategy aims for technology to make up a tenth of the economy by "
            "2030.",
            "وتهدف الاستراتيجية الرقمية للحكومة إلى أن يشكل قطاع التكنولوجيا عُشر الاقتصاد بحلول عام 2030.",
        ),
        (
            "Universities in the country now graduate about {count} computer science students a year, twice "
            "as many as five years ago.",
            "وتخرّج الجامعات في البلاد الآن نحو {count} طالب في علوم الحاسوب سنويًا، أي ضعف العدد قبل خمس "
            "سنوات.",
        ),
        (
            "A data protection law passed last year gives residents the right to see and correct the "
            "information companies hold about them.",
            "ويمنح قانون حماية البيانات الصادر العام الماضي السكان الحق في الاطلاع على المعلومات التي تحتفظ "
            "بها الشركات عنهم وتصحيحها.",
        ),
        (
            "Two international cloud providers opened data centres near {city} this year.",
            "وافتتح مزودان دوليان للخدمات السحابية مراكز بيانات قرب {city} هذا العام.",
        ),
    ),
    closings=(
        (
            "Further details are expected in the coming weeks.",
            "ومن المتوقع الكشف عن مزيد من التفاصيل خلال الأسابيع المقبلة.",
        ),
        (
            "More details are expected at the technology week in {city} next month.",
            "ومن المتوقع الإعلان عن مزيد من التفاصيل خلال أسبوع التكنولوجيا في {city} الشهر المقبل.",
        ),
        (
            "People in the industry say more announcements are likely before the end of the year.",
            "ويقول مختصون في القطاع إن مزيدًا من الإعلانات مرجح قبل نهاية العام.",
        ),
    ),
)
