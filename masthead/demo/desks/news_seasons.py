"""The news desk through the year: summer heat, winter rain, spring dust, turtles and National Day."""

from masthead.demo.desks import Beat, Topic

HEAT = Topic(
    key="summer-heat",
    tags=("weather", "climate", "electricity"),
    speakers=("met",),
    scenes=("dunes", "oasis", "skyline"),
    months=(6, 7, 8),
    background=(
        (
            "“This is the most intense spell we have seen this summer, and nights will stay above 34 "
            "degrees in many areas,” said {official}.",
            "{o_said} {official}: «هذه أشد موجة نشهدها هذا الصيف، وستبقى درجات الحرارة ليلًا فوق 34 درجة في "
            "مناطق كثيرة».",
        ),
        (
            "The Labour Ministry reminded employers that outdoor work is banned between 12.30pm and 3pm "
            "until the middle of September.",
            "وذكّرت وزارة العمل أصحاب العمل بأن العمل في الأماكن المكشوفة محظور بين الساعة 12:30 ظهرًا "
            "والثالثة عصرًا حتى منتصف سبتمبر.",
        ),
        (
            "Hospitals in {city} have set aside beds for heat exhaustion cases, and pharmacies report brisk "
            "sales of oral rehydration salts.",
            "وخصصت مستشفيات {city} أسرّة لحالات الإجهاد الحراري، فيما تشير الصيدليات إلى إقبال كبير على "
            "أملاح الإماهة الفموية.",
        ),
        (
            "Doctors advise drinking water before feeling thirsty, and checking on elderly neighbours who "
            "live alone.",
            "وينصح الأطباء بشرب الماء قبل الشعور بالعطش، وبتفقد كبار السن من الجيران الذين يعيشون بمفردهم.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Met Office warns of the hottest week of the summer",
                "الأرصاد الجوية تحذر من أشد أسابيع الصيف حرارة",
            ),
            dek=(
                "Forecasters expect humidity to rise along the coast, and doctors urge residents to stay "
                "out of the sun between noon and four.",
                "يتوقع خبراء الأرصاد ارتفاع نسبة الرطوبة على الساحل، فيما يدعو الأطباء السكان إلى تجنب "
                "الشمس بين الظهر والرابعة عصرًا.",
            ),
            lead=(
                "Residents of {city} and {city2} should prepare for several days of extreme heat, the Met "
                "Office said on {weekday}, as a mass of hot, dry air moves in from the interior.",
                "قالت إدارة الأرصاد الجوية يوم {weekday} إن على سكان {city} و{city2} الاستعداد لعدة أيام من "
                "الحر الشديد، مع تقدم كتلة هوائية حارة وجافة من المناطق الداخلية.",
            ),
            caption=(
                "Forecasters expect the interior to bear the worst of the heat.",
                "يتوقع خبراء الأرصاد أن تتحمل المناطق الداخلية العبء الأكبر من موجة الحر.",
            ),
        ),
        Beat(
            headline=(
                "Temperatures top 49C in {city} as cooling centres stay open late",
                "الحرارة تتجاوز 49 درجة في {city} ومراكز التبريد تمدد ساعات عملها",
            ),
            dek=(
                "Mosques, malls and community halls have opened their doors to anyone without air "
                "conditioning at home.",
                "فتحت المساجد والمراكز التجارية وقاعات الأحياء أبوابها أمام كل من لا يملك تكييفًا في منزله.",
            ),
            lead=(
                "The thermometer at the airport in {city} read 49.3 degrees Celsius at three in the "
                "afternoon on {weekday}, the highest reading of the year, and the municipality kept its "
                "cooling centres open until midnight.",
                "سجل ميزان الحرارة في مطار {city} 49.3 درجة مئوية في الثالثة عصر يوم {weekday}، وهي أعلى "
                "قراءة هذا العام، فيما أبقت البلدية مراكز التبريد مفتوحة حتى منتصف الليل.",
            ),
            details=(
                (
                    "Volunteers handed out water and cold towels at bus stops, and the metro added trains "
                    "in the afternoon so that passengers would not wait on open platforms.",
                    "ووزع متطوعون الماء والمناشف الباردة في مواقف الحافلات، وأضاف المترو رحلات بعد الظهر كي "
                    "لا ينتظر الركاب على أرصفة مكشوفة.",
                ),
            ),
            caption=(
                "Cooling centres in {city} will stay open until midnight while the heat lasts.",
                "ستبقى مراكز التبريد في {city} مفتوحة حتى منتصف الليل طوال موجة الحر.",
            ),
            scene="skyline",
        ),
        Beat(
            headline=(
                "Air conditioners push electricity demand to an all-time high",
                "أجهزة التكييف ترفع الطلب على الكهرباء إلى مستوى قياسي",
            ),
            dek=(
                "The authority asks households to set thermostats to 24 degrees in the afternoon, when the "
                "grid is under the most strain.",
                "تطلب الهيئة من الأسر ضبط أجهزة التكييف على 24 درجة بعد الظهر، حين تكون الشبكة تحت أشد "
                "الضغط.",
            ),
            lead=(
                "Electricity demand reached a record on {weekday} afternoon as air conditioners ran flat "
                "out across the country, the Electricity and Water Authority said, adding that the grid had "
                "coped without cuts.",
                "قالت هيئة الكهرباء والماء إن الطلب على الكهرباء بلغ مستوى قياسيًا بعد ظهر يوم {weekday} مع "
                "تشغيل أجهزة التكييف بأقصى طاقتها في أنحاء البلاد، مضيفة أن الشبكة صمدت دون انقطاعات.",
            ),
            details=(
                (
                    "Two gas-fired units that had been kept in reserve were switched on at noon, and "
                    "industrial users agreed to shift some of their work to the night.",
                    "وشُغّلت ظهرًا وحدتان تعملان بالغاز كانتا في وضع الاحتياط، ووافق كبار المستهلكين "
                    "الصناعيين على نقل جزء من أعمالهم إلى ساعات الليل.",
                ),
            ),
            caption=(
                "Demand peaks between two and five in the afternoon.",
                "يبلغ الطلب ذروته بين الثانية والخامسة بعد الظهر.",
            ),
            scene="skyline",
        ),
        Beat(
            headline=(
                "Inspectors fine dozens of firms for breaking the midday work ban",
                "غرامات على عشرات الشركات لمخالفتها حظر العمل وقت الظهيرة",
            ),
            dek=(
                "Most violations were found on small building sites, where workers were pouring concrete in "
                "direct sun.",
                "رُصدت معظم المخالفات في مواقع بناء صغيرة كان العمال يصبّون فيها الخرسانة تحت أشعة الشمس "
                "المباشرة.",
            ),
            lead=(
                "Labour Ministry inspectors have visited more than {count} work sites since the midday ban "
                "began in June, the ministry said on {weekday}, and fined 64 companies that kept their "
                "workers outdoors in the hottest hours.",
                "قالت وزارة العمل يوم {weekday} إن مفتشيها زاروا أكثر من {count} موقع عمل منذ بدء حظر العمل "
                "وقت الظهيرة في يونيو، وفرضوا غرامات على 64 شركة أبقت عمالها في الأماكن المكشوفة خلال أشد "
                "الساعات حرارة.",
            ),
            details=(
                (
                    "Residents can report a site that ignores the ban through the ministry's app, and "
                    "inspectors say most reports are checked within two hours.",
                    "ويمكن للسكان الإبلاغ عن أي موقع يخالف الحظر عبر تطبيق الوزارة، ويقول المفتشون إن معظم "
                    "البلاغات يجري التحقق منها خلال ساعتين.",
                ),
            ),
            caption=(
                "Outdoor work is banned between 12.30pm and 3pm until the middle of September.",
                "يُحظر العمل في الأماكن المكشوفة بين 12:30 ظهرًا والثالثة عصرًا حتى منتصف سبتمبر.",
            ),
            scene="construction",
        ),
        Beat(
            headline=(
                "Relief as a sea breeze brings the heat below 40 degrees",
                "نسيم البحر يخفض الحرارة إلى ما دون 40 درجة",
            ),
            dek=(
                "Forecasters say the worst of the summer is over, though humidity will stay high into "
                "September.",
                "يقول خبراء الأرصاد إن أسوأ أيام الصيف انقضت، وإن كانت الرطوبة ستبقى مرتفعة حتى سبتمبر.",
            ),
            lead=(
                "Temperatures in {city} fell below 40 degrees on {weekday} for the first time in three "
                "weeks, as a breeze from the sea pushed the hot air back towards the interior, the Met "
                "Office said.",
                "قالت إدارة الأرصاد الجوية إن درجات الحرارة في {city} انخفضت يوم {weekday} إلى ما دون 40 "
                "درجة لأول مرة منذ ثلاثة أسابيع، مع نسيم بحري دفع الهواء الحار نحو المناطق الداخلية.",
            ),
            details=(
                (
                    "Families returned to the corniche in the evening, and cafés put their tables back "
                    "outside.",
                    "وعادت العائلات إلى الكورنيش مساءً، وأعادت المقاهي طاولاتها إلى الأرصفة.",
                ),
            ),
            caption=(
                "The corniche in {city} filled up again once the heat broke.",
                "امتلأ كورنيش {city} بالزوار من جديد بعد انكسار موجة الحر.",
            ),
            scene="sea",
        ),
    ),
)


RAIN = Topic(
    key="winter-rain",
    tags=("weather", "infrastructure"),
    speakers=("met",),
    scenes=("rain",),
    months=(11, 12, 1, 2),
    background=(
        (
            "Civil defence crews used pumps and tankers to clear water from residential streets, and the "
            "municipality said it had received more than {count} calls from residents.",
            "واستخدمت فرق الدفاع المدني المضخات والصهاريج لسحب المياه من الشوارع السكنية، وقالت البلدية "
            "إنها تلقت أكثر من {count} بلاغ من السكان.",
        ),
        (
            "Winter rain is rare but often heavy here, and much of it falls in a few days between November "
            "and February.",
            "والأمطار الشتوية نادرة في البلاد لكنها غالبًا ما تكون غزيرة، ويهطل معظمها في أيام قليلة بين "
            "نوفمبر وفبراير.",
        ),
        (
            "Drivers are advised to avoid underpasses and wadis when rain is forecast, and never to cross "
            "running water.",
            "ويُنصح السائقون بتجنب الأنفاق والأودية عند توقع الأمطار، وبعدم عبور المياه الجارية أبدًا.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Schools told to prepare as forecasters expect the heaviest rain of the winter",
                "مطالبة المدارس بالاستعداد مع توقع أغزر أمطار الشتاء",
            ),
            dek=(
                "Civil defence teams have been placed on alert, and parents are asked to follow school "
                "messages in the morning.",
                "وُضعت فرق الدفاع المدني في حالة تأهب، ويُطلب من أولياء الأمور متابعة رسائل المدارس صباحًا.",
            ),
            lead=(
                "A band of thunderstorms is expected to reach the coast late on {weekday}, the Met Office "
                "said, bringing up to 60 millimetres of rain to {city} in a single day.",
                "قالت إدارة الأرصاد الجوية إن سلسلة من العواصف الرعدية يُتوقع أن تبلغ الساحل في وقت متأخر "
                "من يوم {weekday}، حاملة ما يصل إلى 60 مليمترًا من الأمطار إلى {city} في يوم واحد.",
            ),
            details=(
                (
                    "“We ask residents to stay at home if they can during the heaviest showers,” said "
                    "{official}.",
                    "{o_said} {official}: «نطلب من السكان البقاء في منازلهم قدر الإمكان خلال أغزر الزخات».",
                ),
            ),
            caption=(
                "Thunderstorms are expected to reach the coast by the evening.",
                "يُتوقع أن تبلغ العواصف الرعدية الساحل بحلول المساء.",
            ),
        ),
        Beat(
            headline=(
                "Rare winter downpour brings {city} to a standstill, stranding motorists in underpasses and "
                "delaying flights for several hours",
                "أمطار شتوية نادرة تشل الحركة في {city} وتحاصر السائقين في الأنفاق وتؤخر الرحلات الجوية "
                "لساعات",
            ),
            dek=(
                "No injuries were reported, but residents say drainage work promised last year is still "
                "unfinished.",
                "لم تُسجَّل أي إصابات، لكن السكان يقولون إن أعمال تصريف المياه التي وُعدوا بها العام الماضي "
                "لم تكتمل بعد.",
            ),
            lead=(
                "Heavy rain fell on {city} for more than six hours on {weekday}, flooding several main "
                "roads and forcing the police to close two underpasses during the morning rush.",
                "هطلت أمطار غزيرة على {city} لأكثر من ست ساعات يوم {weekday}، فغمرت المياه عددًا من الطرق "
                "الرئيسية واضطرت الشرطة إلى إغلاق نفقين خلال ساعة الذروة الصباحية.",
            ),
            details=(
                (
                    "Several flights were delayed at the airport, and the Ministry of Education allowed "
                    "schools to send pupils home at ten in the morning.",
                    "وتأخرت رحلات عدة في المطار، وسمحت وزارة التربية والتعليم للمدارس بصرف الطلاب إلى "
                    "منازلهم في العاشرة صباحًا.",
                ),
            ),
            caption=(
                "Two underpasses in {city} were closed during the morning rush.",
                "أُغلق نفقان في {city} خلال ساعة الذروة الصباحية.",
            ),
        ),
        Beat(
            headline=(
                "After the storm, residents of low-lying districts count the damage",
                "بعد العاصفة.. سكان الأحياء المنخفضة يحصون خسائرهم",
            ),
            dek=(
                "Shopkeepers are drying out stock, and the municipality has opened an office to assess "
                "claims.",
                "يجفف أصحاب المحلات بضائعهم، وافتتحت البلدية مكتبًا لتقييم طلبات التعويض.",
            ),
            lead=(
                "Water had drained from most streets of {city} by {weekday}, leaving mud, damaged cars and "
                "soaked shop floors in the low-lying districts near the old port.",
                "انحسرت المياه عن معظم شوارع {city} بحلول يوم {weekday}، مخلفة الوحل والسيارات المتضررة "
                "وأرضيات المحلات المبللة في الأحياء المنخفضة قرب الميناء القديم.",
            ),
            details=(
                (
                    "“The water came in under the door in ten minutes,” said a tailor who has worked on the "
                    "same street for thirty years. “We lifted what we could.”",
                    "وقال خياط يعمل في الشارع نفسه منذ ثلاثين عامًا: «دخلت المياه من تحت الباب في عشر "
                    "دقائق، ورفعنا ما استطعنا رفعه».",
                ),
            ),
            caption=(
                "Mud and water were left behind in the streets near the old port.",
                "خلّفت المياه وحلًا في الشوارع القريبة من الميناء القديم.",
            ),
        ),
        Beat(
            headline=(
                "Council approves {money_mn} drainage plan for flood-prone streets",
                "المجلس البلدي يقر خطة تصريف بقيمة {money_mn} للشوارع المعرضة للغرق",
            ),
            dek=(
                "Work on the first six districts is due to finish before next winter.",
                "من المقرر أن تنتهي الأعمال في الأحياء الستة الأولى قبل الشتاء المقبل.",
            ),
            lead=(
                "The municipal council of {city} on {weekday} approved a {money_mn} plan to enlarge storm "
                "drains and build holding tanks under parks, weeks after heavy rain flooded several "
                "districts.",
                "أقر المجلس البلدي في {city} يوم {weekday} خطة بقيمة {money_mn} لتوسيع مصارف مياه الأمطار "
                "وإنشاء خزانات تجميع تحت الحدائق، بعد أسابيع من أمطار غزيرة أغرقت عددًا من الأحياء.",
            ),
            details=(
                (
                    "Engineers will start with the districts near the old port, where the ground is lowest "
                    "and the pipes are oldest.",
                    "وسيبدأ المهندسون بالأحياء القريبة من الميناء القديم، حيث الأرض أكثر انخفاضًا والأنابيب "
                    "أقدم.",
                ),
            ),
            caption=(
                "The plan adds holding tanks under parks to take storm water.",
                "تضيف الخطة خزانات تحت الحدائق لتجميع مياه الأمطار.",
            ),
        ),
    ),
)


DUST = Topic(
    key="dust-storm",
    tags=("weather", "health", "aviation"),
    speakers=("met",),
    scenes=("dunes", "mountains"),
    months=(3, 4, 5),
    background=(
        (
            "Dust storms are most common in spring, when strong north-westerly winds lift sand from the "
            "interior.",
            "والعواصف الترابية أكثر شيوعًا في فصل الربيع، حين تحمل الرياح الشمالية الغربية القوية الرمال من "
            "المناطق الداخلية.",
        ),
        (
            "Doctors advise people with asthma to keep their inhalers with them and to wear a mask outdoors.",
            "وينصح الأطباء المصابين بالربو بحمل أجهزة الاستنشاق معهم وارتداء الكمامات في الأماكن المفتوحة.",
        ),
        (
            "The Met Office publishes hourly visibility readings for the main roads on its website.",
            "وتنشر إدارة الأرصاد الجوية قراءات الرؤية كل ساعة للطرق الرئيسية على موقعها الإلكتروني.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Dust storm cuts visibility to 500 metres on the coastal highway",
                "عاصفة ترابية تخفض الرؤية إلى 500 متر على الطريق الساحلي",
            ),
            dek=(
                "Several flights were diverted, and the police asked drivers to slow down and keep their "
                "lights on.",
                "حُوّلت رحلات عدة إلى مطارات أخرى، ودعت الشرطة السائقين إلى تخفيف السرعة وإبقاء الأضواء مضاءة.",
            ),
            lead=(
                "A wall of dust swept over {city} on {weekday} morning, cutting visibility to less than 500 "
                "metres and turning the sky orange, as winds of up to 60 kilometres an hour crossed the "
                "country.",
                "اجتاح جدار من الغبار {city} صباح يوم {weekday}، فخفض الرؤية إلى أقل من 500 متر وصبغ السماء "
                "باللون البرتقالي، مع رياح بلغت سرعتها 60 كيلومترًا في الساعة عبرت البلاد.",
            ),
            details=(
                (
                    "“The wind will ease by the evening, but dust may stay in the air until tomorrow,” said "
                    "{official}.",
                    "{o_said} {official}: «ستهدأ الرياح بحلول المساء، لكن الغبار قد يبقى عالقًا في الجو حتى "
                    "الغد».",
                ),
            ),
            caption=(
                "Winds of up to 60 kilometres an hour carried dust from the interior.",
                "حملت رياح بلغت سرعتها 60 كيلومترًا في الساعة الغبار من المناطق الداخلية.",
            ),
        ),
        Beat(
            headline=(
                "Asthma cases fill emergency rooms after the dust",
                "حالات الربو تملأ أقسام الطوارئ بعد العاصفة الترابية",
            ),
            dek=(
                "Hospitals in {city} treated more than twice the usual number of patients with breathing "
                "problems.",
                "عالجت مستشفيات {city} أكثر من ضعف العدد المعتاد من المرضى الذين يعانون مشكلات في التنفس.",
            ),
            lead=(
                "Emergency departments in {city} treated 412 people with breathing difficulties in the two "
                "days after the dust storm, the Health Ministry said on {weekday}, most of them children "
                "and older people with asthma.",
                "قالت وزارة الصحة يوم {weekday} إن أقسام الطوارئ في {city} عالجت 412 شخصًا يعانون صعوبات في "
                "التنفس خلال اليومين التاليين للعاصفة الترابية، معظمهم من الأطفال وكبار السن المصابين "
                "بالربو.",
            ),
            details=(
                (
                    "Schools kept pupils indoors during breaks, and several outdoor sports events were "
                    "postponed to the weekend.",
                    "وأبقت المدارس الطلاب داخل المباني خلال الاستراحات، وأُرجئت فعاليات رياضية عدة في "
                    "الهواء الطلق إلى عطلة نهاية الأسبوع.",
                ),
            ),
            caption=(
                "Doctors advise people with asthma to wear a mask outdoors after a storm.",
                "ينصح الأطباء مرضى الربو بارتداء الكمامة في الأماكن المفتوحة بعد العاصفة.",
            ),
            scene="clinic",
        ),
    ),
)


TURTLES = Topic(
    key="turtle-season",
    tags=("environment", "tourism"),
    speakers=("municipal",),
    scenes=("sea",),
    months=(4, 5, 6),
    background=(
        (
            "Hawksbill and green turtles have nested on the country's beaches for thousands of years, but "
            "their numbers fell sharply as the coast was built up.",
            "وتعشش السلاحف صقرية المنقار والسلاحف الخضراء على شواطئ البلاد منذ آلاف السنين، لكن أعدادها "
            "تراجعت بشدة مع توسع العمران على الساحل.",
        ),
        (
            "Each female lays about a hundred eggs, and only a handful of the hatchlings survive to "
            "adulthood.",
            "وتضع الأنثى الواحدة نحو مئة بيضة، ولا يعيش من صغارها حتى البلوغ سوى عدد قليل.",
        ),
        (
            "Volunteers patrol the beaches at night during the season and mark each nest with a small fence.",
            "ويسيّر متطوعون دوريات ليلية على الشواطئ خلال الموسم، ويحيطون كل عش بسياج صغير.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Beaches in {city} close at night for turtle nesting season",
                "إغلاق شواطئ {city} ليلًا مع بدء موسم تعشيش السلاحف",
            ),
            dek=(
                "Lights along the shore will be dimmed, and dogs are banned from the beach until August.",
                "ستُخفَّت الأضواء على امتداد الشاطئ، ويُمنع اصطحاب الكلاب إلى الشاطئ حتى أغسطس.",
            ),
            lead=(
                "Three beaches in {city} will close from eight at night until dawn from {weekday} to "
                "protect nesting turtles, the municipality said, as the season begins earlier than usual.",
                "قالت البلدية إن ثلاثة شواطئ في {city} ستُغلق من الثامنة مساءً حتى الفجر اعتبارًا من يوم "
                "{weekday} لحماية السلاحف التي تضع بيضها، مع بدء الموسم في وقت أبكر من المعتاد.",
            ),
            details=(
                (
                    "“Bright lights confuse the mothers and the hatchlings, so darkness is the best "
                    "protection we can give them,” said {official}.",
                    "{o_said} {official}: «الأضواء الساطعة تربك الأمهات والصغار، لذا فالظلام أفضل حماية "
                    "يمكن أن نقدمها لها».",
                ),
            ),
            caption=(
                "Three beaches will close from eight at night until dawn.",
                "ستُغلق ثلاثة شواطئ من الثامنة مساءً حتى الفجر.",
            ),
        ),
        Beat(
            headline=(
                "Volunteers haul four tonnes of plastic off the shore before the turtles arrive",
                "متطوعون يجمعون أربعة أطنان من البلاستيك قبل وصول السلاحف",
            ),
            dek=(
                "Bottle caps and fishing nets were the most common finds.",
                "كانت أغطية الزجاجات وشباك الصيد أكثر ما عُثر عليه.",
            ),
            lead=(
                "More than {count} volunteers cleared four tonnes of rubbish from the beaches of {city} and "
                "{city2} on {weekday}, most of it plastic washed in by the winter tides.",
                "جمع أكثر من {count} متطوع أربعة أطنان من النفايات من شواطئ {city} و{city2} يوم {weekday}، "
                "معظمها من البلاستيك الذي جرفه المد في الشتاء.",
            ),
            details=(
                (
                    "Schools sent classes to help, and divers cleared nets caught on the reef just offshore.",
                    "وأرسلت مدارس طلابها للمساعدة، فيما أزال غواصون شباكًا عالقة بالشعاب القريبة من الشاطئ.",
                ),
            ),
            caption=(
                "Most of the rubbish was plastic washed in by the winter tides.",
                "معظم النفايات كانت من البلاستيك الذي جرفه المد في الشتاء.",
            ),
        ),
        Beat(
            headline=(
                "First hatchlings of the season scramble to the sea",
                "أولى صغار السلاحف هذا الموسم تشق طريقها إلى البحر",
            ),
            dek=(
                "Rangers counted more nests than in any of the past five years.",
                "أحصى الحراس أعشاشًا أكثر مما سُجل في أي من السنوات الخمس الماضية.",
            ),
            lead=(
                "The first turtle hatchlings of the season crossed the sand to the sea near {city} on "
                "{weekday} night, watched from a distance by rangers, who counted 148 nests along the coast "
                "this year.",
                "عبرت أولى صغار السلاحف هذا الموسم الرمال نحو البحر قرب {city} ليلة {weekday}، تحت أنظار "
                "الحراس الذين راقبوها من بعيد، وقد أحصوا 148 عشًا على امتداد الساحل هذا العام.",
            ),
            details=(
                (
                    "The municipality says families can join guided night walks in July, in groups of no "
                    "more than twenty, without torches.",
                    "وتقول البلدية إن بإمكان العائلات المشاركة في جولات ليلية بصحبة مرشدين في يوليو، في "
                    "مجموعات لا تتجاوز عشرين شخصًا ومن دون مصابيح يدوية.",
                ),
            ),
            caption=(
                "Rangers counted 148 nests along the coast this year.",
                "أحصى الحراس 148 عشًا على امتداد الساحل هذا العام.",
            ),
        ),
    ),
)


NATIONAL_DAY = Topic(
    key="national-day",
    tags=("culture", "heritage"),
    speakers=("culture",),
    scenes=("skyline", "civic"),
    months=(11, 12),
    background=(
        (
            "National Day marks the founding of the state, and celebrations traditionally last three days.",
            "ويحيي اليوم الوطني ذكرى تأسيس الدولة، وتستمر الاحتفالات به عادة ثلاثة أيام.",
        ),
        (
            "Public and private sector employees will have two days off, the government said.",
            "وقالت الحكومة إن موظفي القطاعين العام والخاص سيحصلون على عطلة مدتها يومان.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Fireworks, a dhow parade and three days off as National Day plans are unveiled",
                "ألعاب نارية واستعراض للمراكب الشراعية وعطلة من ثلاثة أيام في برنامج اليوم الوطني",
            ),
            dek=(
                "The celebrations will be held in every city for the first time, with the main show on the "
                "corniche in {city}.",
                "ستُقام الاحتفالات في كل المدن لأول مرة، على أن يكون العرض الرئيسي على كورنيش {city}.",
            ),
            lead=(
                "Fireworks will light up the sky over seven cities on National Day this year, the "
                "organising committee said on {weekday}, with the main celebration on the corniche in "
                "{city} and a parade of 80 dhows in the bay.",
                "قالت اللجنة المنظمة يوم {weekday} إن الألعاب النارية ستضيء سماء سبع مدن في اليوم الوطني "
                "هذا العام، على أن يُقام الاحتفال الرئيسي على كورنيش {city} مع استعراض لثمانين مركبًا "
                "شراعيًا في الخليج.",
            ),
            details=(
                (
                    "“We want every family to feel the celebration in its own neighbourhood,” said "
                    "{official}.",
                    "{o_said} {official}: «نريد أن تشعر كل أسرة بالاحتفال في حيها».",
                ),
            ),
            caption=(
                "The main celebration will be held on the corniche.",
                "سيُقام الاحتفال الرئيسي على الكورنيش.",
            ),
            scene="sea",
        ),
        Beat(
            headline=(
                "Crowds pack the corniche as the country celebrates its founding",
                "حشود تملأ الكورنيش احتفالًا بذكرى تأسيس الدولة",
            ),
            dek=(
                "Police estimate that more than 200,000 people watched the fireworks in {city} alone.",
                "تقدّر الشرطة أن أكثر من 200 ألف شخص تابعوا الألعاب النارية في {city} وحدها.",
            ),
            lead=(
                "Families waving flags filled the corniche in {city} on {weekday} night for the National "
                "Day fireworks, the largest crowd the city has seen, as celebrations continued in towns "
                "across the country.",
                "ملأت العائلات الملوحة بالأعلام كورنيش {city} ليلة {weekday} لمتابعة الألعاب النارية في "
                "اليوم الوطني، في أكبر حشد تشهده المدينة، فيما تواصلت الاحتفالات في مختلف مدن البلاد.",
            ),
            details=(
                (
                    "Traditional dancers and a military band performed before the fireworks, and the metro "
                    "ran through the night.",
                    "وقدمت فرق الفنون الشعبية والموسيقى العسكرية عروضها قبل الألعاب النارية، وعمل المترو "
                    "طوال الليل.",
                ),
            ),
            caption=(
                "The fireworks drew the largest crowd the city has seen.",
                "اجتذبت الألعاب النارية أكبر حشد شهدته المدينة.",
            ),
            scene="skyline",
        ),
    ),
)


FLU = Topic(
    key="flu-jabs",
    tags=("health",),
    speakers=("health",),
    scenes=("clinic",),
    months=(10, 11),
    background=(
        (
            "The flu season usually peaks between December and February.",
            "ويبلغ موسم الإنفلونزا ذروته عادة بين ديسمبر وفبراير.",
        ),
        (
            "The vaccine is updated every year to match the strains expected to circulate.",
            "ويُحدَّث اللقاح كل عام ليتوافق مع السلالات المتوقع انتشارها.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Free flu jabs for the over-50s, pregnant women and children with asthma",
                "تطعيم مجاني ضد الإنفلونزا لمن تجاوزوا الخمسين والحوامل والأطفال المصابين بالربو",
            ),
            dek=(
                "The vaccine is available at every primary care centre without an appointment.",
                "يتوفر اللقاح في جميع مراكز الرعاية الصحية الأولية دون موعد مسبق.",
            ),
            lead=(
                "The Health Ministry began its annual flu vaccination campaign on {weekday}, offering free "
                "jabs to people over 50, pregnant women and children with long-term conditions.",
                "بدأت وزارة الصحة يوم {weekday} حملتها السنوية للتطعيم ضد الإنفلونزا، بتقديم اللقاح مجانًا "
                "لمن تجاوزوا الخمسين والحوامل والأطفال المصابين بأمراض مزمنة.",
            ),
            details=(
                (
                    "“A jab takes five minutes and can spare you a week in bed, or worse,” said {official}.",
                    "{o_said} {official}: «يستغرق التطعيم خمس دقائق وقد يجنبك أسبوعًا في الفراش أو ما هو "
                    "أسوأ».",
                ),
            ),
            caption=(
                "Pharmacists and nurses will run the evening sessions.",
                "يتولى الصيادلة والممرضون جلسات التطعيم المسائية.",
            ),
        ),
        Beat(
            headline=(
                "Queues for the flu vaccine prompt evening opening at health centres",
                "طوابير لقاح الإنفلونزا تدفع المراكز الصحية إلى فتح أبوابها مساءً",
            ),
            dek=(
                "More than {count} people were vaccinated in the first week, twice as many as last year.",
                "تلقى أكثر من {count} شخص اللقاح في الأسبوع الأول، أي ضعف عددهم العام الماضي.",
            ),
            lead=(
                "Health centres in {city} and {city2} will stay open until ten at night from {weekday} "
                "after queues formed outside several of them in the first week of the flu vaccination "
                "campaign.",
                "ستبقى المراكز الصحية في {city} و{city2} مفتوحة حتى العاشرة ليلًا اعتبارًا من يوم "
                "{weekday}، بعد أن تشكلت طوابير أمام عدد منها في الأسبوع الأول من حملة التطعيم ضد "
                "الإنفلونزا.",
            ),
            details=(
                (
                    "The ministry said it had ordered a further 100,000 doses and asked people to book "
                    "through its app to avoid waiting.",
                    "وقالت الوزارة إنها طلبت 100 ألف جرعة إضافية، ودعت السكان إلى الحجز عبر تطبيقها تجنبًا "
                    "للانتظار.",
                ),
            ),
            caption=(
                "Health centres will open until ten at night during the campaign.",
                "ستفتح المراكز الصحية أبوابها حتى العاشرة ليلًا خلال الحملة.",
            ),
        ),
    ),
)

TOPICS = (
    HEAT,
    RAIN,
    DUST,
    TURTLES,
    NATIONAL_DAY,
    FLU,
)
