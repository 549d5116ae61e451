"""The world desk's other running stories: shipping, harvests, a volcano, a river, a visit, a currency."""

from masthead.demo.desks import Beat, Topic

CHANNEL = Topic(
    key="blocked-channel",
    tags=("ports-and-shipping", "trade"),
    speakers=(),
    scenes=("port", "sea"),
    background=(
        (
            "The channel carries about a tenth of the region's container traffic.",
            "وتمر عبر القناة نحو عُشر حركة الحاويات في المنطقة.",
        ),
        (
            "Shipping lines have warned that delays will ripple through ports across the Gulf for weeks.",
            "وحذرت شركات الملاحة من أن التأخير سينعكس على الموانئ في أنحاء الخليج لأسابيع.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Container ship runs aground and blocks the channel into {capital_of}",
                "سفينة حاويات تجنح وتغلق القناة المؤدية إلى {capital_of}",
            ),
            dek=(
                "More than forty ships are waiting at anchor outside the port.",
                "تنتظر أكثر من أربعين سفينة راسية خارج الميناء.",
            ),
            lead=(
                "A container ship ran aground in the narrow channel leading to the port of {capital_of} on "
                "{weekday}, blocking traffic in both directions, the port authority in {country} said.",
                "قالت هيئة الموانئ في {country} إن سفينة حاويات جنحت في القناة الضيقة المؤدية إلى ميناء "
                "{capital_of} يوم {weekday}، فأغلقت حركة الملاحة في الاتجاهين.",
            ),
            details=(
                (
                    "Tugs tried to free the ship at high tide but failed, and engineers are now removing "
                    "containers to lighten it.",
                    "وحاولت قاطرات تعويم السفينة عند المد العالي لكنها أخفقت، ويعمل المهندسون الآن على "
                    "تفريغ حاويات منها لتخفيف وزنها.",
                ),
            ),
            caption=(
                "Salvage teams are lightening the ship to refloat it.",
                "تعمل فرق الإنقاذ على تخفيف حمولة السفينة لتعويمها.",
            ),
        ),
        Beat(
            headline=(
                "Channel reopens after the stranded ship is refloated",
                "إعادة فتح القناة بعد تعويم السفينة الجانحة",
            ),
            dek=(
                "The backlog of waiting ships should clear within a week.",
                "يُتوقع أن تنتهي طوابير السفن المنتظرة خلال أسبوع.",
            ),
            lead=(
                "Salvage teams refloated the container ship blocking the channel into {capital_of} on "
                "{weekday}, five days after it ran aground, and the first waiting vessels began to move "
                "through.",
                "نجحت فرق الإنقاذ يوم {weekday} في تعويم سفينة الحاويات التي أغلقت القناة المؤدية إلى "
                "{capital_of}، بعد خمسة أيام من جنوحها، وبدأت أولى السفن المنتظرة العبور.",
            ),
            details=(
                (
                    "Port officials said ships would pass in a single file, day and night, until the queue "
                    "cleared.",
                    "وقال مسؤولو الميناء إن السفن ستعبر في صف واحد ليلًا ونهارًا حتى تنتهي الطوابير.",
                ),
            ),
            caption=(
                "Salvage teams refloated the ship after five days.",
                "عوّمت فرق الإنقاذ السفينة بعد خمسة أيام.",
            ),
            scene="sea",
        ),
        Beat(
            headline=(
                "Inquiry blames a steering fault and a strong wind for the grounding",
                "التحقيق يعزو جنوح السفينة إلى عطل في التوجيه ورياح قوية",
            ),
            dek=(
                "The port will add a second pilot for the largest ships.",
                "سيضيف الميناء مرشدًا ثانيًا على متن أكبر السفن.",
            ),
            lead=(
                "A steering fault combined with strong crosswinds caused the container ship to run aground "
                "in the channel into {capital_of}, investigators in {country} said on {weekday}.",
                "قال المحققون في {country} يوم {weekday} إن عطلًا في نظام التوجيه تزامن مع رياح جانبية قوية "
                "تسبب في جنوح سفينة الحاويات في القناة المؤدية إلى {capital_of}.",
            ),
            details=(
                (
                    "The channel will be widened at its narrowest bend over the next two years.",
                    "وستُوسَّع القناة عند أضيق منعطفاتها خلال العامين المقبلين.",
                ),
            ),
            caption=(
                "Investigators spent three weeks on the report.",
                "أمضى المحققون ثلاثة أسابيع في إعداد التقرير.",
            ),
        ),
    ),
)


HARVEST = Topic(
    key="failed-harvest",
    tags=("food-security", "trade"),
    speakers=(),
    scenes=("globe", "oasis"),
    background=(
        (
            "The Gulf imports most of its food, so harvests far away are felt quickly in its markets.",
            "ويستورد الخليج معظم غذائه، لذا تنعكس المحاصيل في البلدان البعيدة بسرعة على أسواقه.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Drought cuts the wheat harvest in {country} by a third",
                "الجفاف يقلص محصول القمح في {country} بمقدار الثلث",
            ),
            dek=(
                "It is the driest spring on record in the country's main farming region.",
                "إنه أكثر الربيع جفافًا على الإطلاق في المنطقة الزراعية الرئيسية في البلاد.",
            ),
            lead=(
                "{country} expects its wheat harvest to fall by a third this year after the driest spring "
                "on record, its agriculture ministry said on {weekday}.",
                "قالت وزارة الزراعة في {country} يوم {weekday} إنها تتوقع تراجع محصول القمح بمقدار الثلث "
                "هذا العام بعد أكثر فصول الربيع جفافًا على الإطلاق.",
            ),
            details=(
                (
                    "Farmers in the south have sold part of their herds because there is not enough fodder.",
                    "وباع مزارعون في الجنوب جزءًا من مواشيهم لعدم توافر العلف الكافي.",
                ),
            ),
            caption=(
                "The spring was the driest on record in {country}.",
                "كان الربيع الأكثر جفافًا على الإطلاق في {country}.",
            ),
            scene="dunes",
        ),
        Beat(
            headline=(
                "{country} limits wheat exports to protect bread prices at home",
                "{country} تقيد صادرات القمح لحماية أسعار الخبز محليًا",
            ),
            dek=(
                "Existing contracts will be honoured, but no new ones signed until the autumn.",
                "ستُحترم العقود القائمة، لكن لن توقَّع عقود جديدة قبل الخريف.",
            ),
            lead=(
                "The government of {country} on {weekday} suspended new wheat export contracts until the "
                "autumn, saying it needed to protect bread prices after a poor harvest.",
                "علقت حكومة {country} يوم {weekday} توقيع عقود جديدة لتصدير القمح حتى الخريف، قائلة إنها "
                "بحاجة إلى حماية أسعار الخبز بعد موسم حصاد ضعيف.",
            ),
            details=(
                (
                    "“Our first duty is to the bakeries of our own cities,” said {leader}.",
                    "{l_said} {leader}: «واجبنا الأول تجاه المخابز في مدننا».",
                ),
            ),
            caption=(
                "Bakeries in {capital_of} have kept their prices so far.",
                "أبقت المخابز في {capital_of} أسعارها على حالها حتى الآن.",
            ),
            scene="globe",
        ),
        Beat(
            headline=(
                "Gulf importers turn to {country2} for wheat after export curbs",
                "المستوردون الخليجيون يتجهون إلى {country2} لشراء القمح بعد قيود التصدير",
            ),
            dek=(
                "Strategic reserves cover about six months, officials say.",
                "يقول المسؤولون إن الاحتياطيات الاستراتيجية تكفي نحو ستة أشهر.",
            ),
            lead=(
                "Grain importers in the Gulf have signed contracts with suppliers in {country2} to replace "
                "wheat from {country}, traders said on {weekday}, after export restrictions there.",
                "قال تجار يوم {weekday} إن مستوردي الحبوب في الخليج وقّعوا عقودًا مع موردين في {country2} "
                "لتعويض القمح القادم من {country}، بعد فرض قيود على التصدير هناك.",
            ),
            details=(
                (
                    "Bakers said the price of flour had risen slightly but that supplies were not at risk.",
                    "وقال أصحاب المخابز إن سعر الدقيق ارتفع قليلًا لكن الإمدادات ليست مهددة.",
                ),
            ),
            caption=("Traders found new suppliers within weeks.", "وجد التجار موردين جددًا خلال أسابيع."),
            scene="port",
        ),
    ),
)


CLIMATE_TALKS = Topic(
    key="climate-talks",
    tags=("climate", "diplomacy", "summits"),
    speakers=(),
    scenes=("globe",),
    background=(
        (
            "Countries around the Gulf are among those most exposed to extreme heat.",
            "والدول المحيطة بالخليج من أكثر الدول عرضة للحر الشديد.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Climate talks open in {capital_of} with a fight over who pays",
                "محادثات المناخ تنطلق في {capital_of} وسط خلاف على من يدفع",
            ),
            dek=(
                "Poorer countries want richer ones to fund the cost of adapting to heat and floods.",
                "تريد الدول الأفقر أن تموّل الدول الأغنى كلفة التكيف مع الحر والفيضانات.",
            ),
            lead=(
                "Delegates from almost 150 countries gathered in {capital_of} on {weekday} for two weeks of "
                "climate talks, with money for adapting to heat and floods the main point of contention.",
                "اجتمع مندوبون من نحو 150 بلدًا في {capital_of} يوم {weekday} لخوض أسبوعين من محادثات "
                "المناخ، يتصدر الخلاف فيها تمويل التكيف مع الحر والفيضانات.",
            ),
            details=(
                (
                    "The country's delegation is pushing for early warning systems for heatwaves to be "
                    "covered.",
                    "ويسعى وفد البلاد إلى إدراج أنظمة الإنذار المبكر من موجات الحر ضمن التمويل.",
                ),
            ),
            caption=("Talks are expected to last two weeks.", "يُتوقع أن تستمر المحادثات أسبوعين."),
        ),
        Beat(
            headline=(
                "Climate talks end with a deal on heat warnings and a smaller fund than hoped",
                "محادثات المناخ تنتهي باتفاق على الإنذار من الحر وصندوق أصغر من المأمول",
            ),
            dek=(
                "Campaigners called the outcome a step, not a solution.",
                "وصف الناشطون النتيجة بأنها خطوة لا حل.",
            ),
            lead=(
                "Climate talks in {capital_of} ended on {weekday}, a day late, with an agreement to fund "
                "heatwave warning systems in a hundred countries but a fund for adaptation half the size "
                "poorer nations had asked for.",
                "انتهت محادثات المناخ في {capital_of} يوم {weekday} متأخرة يومًا، باتفاق على تمويل أنظمة "
                "الإنذار من موجات الحر في مئة بلد، لكن بصندوق للتكيف يعادل نصف ما طلبته الدول الأفقر.",
            ),
            details=(
                (
                    "{leader}, the host, said the agreement was the best that could be reached.",
                    "وقالت {country}، الدولة المضيفة، على لسان {leader} إن الاتفاق هو أفضل ما أمكن التوصل "
                    "إليه.",
                ),
            ),
            caption=("The talks ran a day beyond their deadline.", "تجاوزت المحادثات موعدها النهائي بيوم."),
        ),
    ),
)


VOLCANO = Topic(
    key="volcano",
    tags=("aviation", "tourism"),
    speakers=(),
    scenes=("mountains",),
    background=(
        (
            "The volcano last erupted more than forty years ago.",
            "وكانت آخر ثورة للبركان قبل أكثر من أربعين عامًا.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Volcano in the Sundara Islands sends ash over flight paths",
                "بركان في جزر سوندارا يقذف الرماد فوق مسارات الطيران",
            ),
            dek=(
                "Flights between the Gulf and East Asia are being rerouted.",
                "يُعاد توجيه الرحلات بين الخليج وشرق آسيا.",
            ),
            lead=(
                "A volcano in the Sundara Islands erupted on {weekday}, sending a column of ash ten "
                "kilometres into the sky and forcing airlines to reroute flights between the Gulf and East "
                "Asia.",
                "ثار بركان في جزر سوندارا يوم {weekday}، قاذفًا عمودًا من الرماد بارتفاع عشرة كيلومترات، "
                "مما أجبر شركات الطيران على تغيير مسارات الرحلات بين الخليج وشرق آسيا.",
            ),
            details=(
                (
                    "Villages on the slopes were evacuated during the night, and no casualties have been "
                    "reported.",
                    "وأُخليت القرى الواقعة على السفوح خلال الليل، ولم تُسجَّل إصابات.",
                ),
            ),
            caption=(
                "Villages on the volcano's slopes were evacuated.",
                "أُخليت القرى الواقعة على سفوح البركان.",
            ),
        ),
        Beat(
            headline=(
                "Ash cloud thins and flights to the Sundara Islands resume",
                "انحسار سحابة الرماد واستئناف الرحلات إلى جزر سوندارا",
            ),
            dek=(
                "Airlines are adding flights to bring stranded travellers home.",
                "تضيف شركات الطيران رحلات لإعادة المسافرين العالقين.",
            ),
            lead=(
                "Flights to and from the Sundara Islands resumed on {weekday} as the ash cloud from last "
                "week's eruption thinned, and Al-Fajr Airways added two flights to bring home stranded "
                "residents.",
                "استؤنفت الرحلات من جزر سوندارا وإليها يوم {weekday} مع انحسار سحابة الرماد الناجمة عن ثورة "
                "البركان الأسبوع الماضي، وأضافت شركة طيران الفجر رحلتين لإعادة المقيمين العالقين.",
            ),
            details=(
                (
                    "Scientists say the volcano has calmed but will be watched closely for weeks.",
                    "ويقول العلماء إن البركان هدأ لكنه سيبقى تحت المراقبة الدقيقة لأسابيع.",
                ),
            ),
            caption=("Scientists will watch the volcano for weeks.", "سيراقب العلماء البركان لأسابيع."),
        ),
    ),
)


RIVER = Topic(
    key="river-dam",
    tags=("water", "diplomacy"),
    speakers=(),
    scenes=("mountains", "globe"),
    background=(
        (
            "The river supplies drinking water and irrigation to millions of people in both countries.",
            "ويزود النهر ملايين الأشخاص في البلدين بمياه الشرب والري.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Dispute over a new dam divides {country} and {country2}",
                "خلاف بين {country} و{country2} حول سد جديد",
            ),
            dek=(
                "Downstream farmers fear the river will run low in summer.",
                "يخشى المزارعون في أسفل النهر انخفاض منسوبه في الصيف.",
            ),
            lead=(
                "{country2} protested on {weekday} against plans by {country} to begin filling a large "
                "hydroelectric dam upstream, saying it could cut the river's summer flow by a quarter.",
                "احتجت {country2} يوم {weekday} على خطط {country} لبدء ملء سد كهرومائي كبير عند أعلى النهر، "
                "قائلة إنه قد يقلص تدفق النهر في الصيف بمقدار الربع.",
            ),
            details=(
                (
                    "{leader} said the dam would generate power for the whole region and that no one would "
                    "be left short of water.",
                    "{l_said} {leader} إن السد سيولد الكهرباء للمنطقة بأكملها وإن أحدًا لن يعاني نقص المياه.",
                ),
            ),
            caption=(
                "The dam could cut the river's summer flow, its neighbour says.",
                "يقول البلد المجاور إن السد قد يقلص تدفق النهر في الصيف.",
            ),
        ),
        Beat(
            headline=(
                "River talks agree to fill the dam slowly over seven years",
                "محادثات النهر تتفق على ملء السد ببطء على مدى سبع سنوات",
            ),
            dek=(
                "A joint committee will share flow data every day.",
                "ستتبادل لجنة مشتركة بيانات التدفق يوميًا.",
            ),
            lead=(
                "{country} and {country2} agreed on {weekday} that the new dam will be filled over seven "
                "years rather than three, and only in the rainy months, after talks mediated by the Coastal "
                "States Council.",
                "اتفقت {country} و{country2} يوم {weekday} على ملء السد الجديد على مدى سبع سنوات بدلًا من "
                "ثلاث، وفي الأشهر الممطرة فقط، بعد محادثات بوساطة مجلس الدول الساحلية.",
            ),
            details=(
                (
                    "Engineers from both countries will sit on a committee that can pause the filling in a "
                    "dry year.",
                    "وسيشارك مهندسون من البلدين في لجنة يحق لها وقف الملء في سنوات الجفاف.",
                ),
            ),
            caption=(
                "The dam will be filled only in the rainy months.",
                "سيُملأ السد في الأشهر الممطرة فقط.",
            ),
            scene="mountains",
        ),
        Beat(
            headline=(
                "Dam's first turbines start, with power sold to both countries",
                "تشغيل أولى توربينات السد وبيع الكهرباء للبلدين",
            ),
            dek=(
                "A share of the electricity goes to {country2} at a discount.",
                "تذهب حصة من الكهرباء إلى {country2} بسعر مخفض.",
            ),
            lead=(
                "The first two turbines at the new dam began generating electricity on {weekday}, and under "
                "the river agreement a fifth of the power will be sold to {country2} at a discount.",
                "بدأت أول توربينتين في السد الجديد توليد الكهرباء يوم {weekday}، وبموجب اتفاق النهر ستُباع "
                "خُمس الطاقة المنتجة إلى {country2} بسعر مخفض.",
            ),
            details=(
                (
                    "The river's flow downstream has stayed within the agreed limits this year, the joint "
                    "committee said.",
                    "وقالت اللجنة المشتركة إن تدفق النهر في مجراه الأسفل بقي هذا العام ضمن الحدود المتفق "
                    "عليها.",
                ),
            ),
            caption=(
                "A fifth of the dam's power goes to its neighbour.",
                "يذهب خُمس كهرباء السد إلى البلد المجاور.",
            ),
            scene="mountains",
        ),
    ),
)


STATE_VISIT = Topic(
    key="state-visit",
    tags=("diplomacy", "investment"),
    speakers=(),
    scenes=("civic", "globe"),
    background=(
        (
            "It is the first state visit by a leader of {country} in more than ten years.",
            "وهي أول زيارة دولة يقوم بها قائد من {country} منذ أكثر من عشر سنوات.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "{leader} arrives in {capital} on a state visit",
                "{leader} {l_arrives} إلى {capital} في زيارة دولة",
            ),
            dek=(
                "Energy, ports and student exchanges are on the agenda.",
                "الطاقة والموانئ وتبادل الطلاب على جدول الأعمال.",
            ),
            lead=(
                "{leader} arrived in {capital} on {weekday} for a three-day state visit, the first by a "
                "leader of {country} in more than a decade, and was welcomed at the airport with a guard of "
                "honour.",
                "{l_arrived} {leader} إلى {capital} يوم {weekday} في زيارة دولة تستمر ثلاثة أيام، هي الأولى "
                "لقائد من {country} منذ أكثر من عقد، وأقيمت مراسم الاستقبال الرسمي في المطار.",
            ),
            details=(
                (
                    "Business leaders from {country} are travelling with the delegation.",
                    "ويرافق الوفد رجال أعمال من {country}.",
                ),
            ),
            caption=(
                "The visit is the first by a leader of {country} in a decade.",
                "الزيارة هي الأولى لقائد من {country} منذ عقد.",
            ),
        ),
        Beat(
            headline=(
                "State visit ends with a {money} investment pledge and a new air route",
                "زيارة الدولة تُختتم بتعهد استثماري بقيمة {money} وخط جوي جديد",
            ),
            dek=(
                "Al-Fajr Airways will fly to {capital_of} three times a week from the spring.",
                "ستسيّر شركة طيران الفجر ثلاث رحلات أسبوعيًا إلى {capital_of} اعتبارًا من الربيع.",
            ),
            lead=(
                "{leader} ended a state visit on {weekday} with agreements for {money} of investment in "
                "ports and solar power, and a direct air route between {capital} and {capital_of}.",
                "اختُتمت يوم {weekday} زيارة {leader} باتفاقيات لاستثمارات بقيمة {money} في الموانئ والطاقة "
                "الشمسية، وخط جوي مباشر بين {capital} و{capital_of}.",
            ),
            details=(
                (
                    "“We came as friends and we leave as partners,” said {leader}.",
                    "{l_said} {leader}: «جئنا أصدقاء ونغادر شركاء».",
                ),
            ),
            caption=("A direct air route will link the two capitals.", "سيربط خط جوي مباشر بين العاصمتين."),
            scene="airport",
        ),
    ),
)


CURRENCY = Topic(
    key="currency-crisis",
    tags=("investment", "inflation"),
    speakers=(),
    scenes=("chart", "globe"),
    background=(
        (
            "Thousands of workers from {country} send part of their wages home every month from the Gulf.",
            "ويحوّل آلاف العمال من {country} جزءًا من أجورهم شهريًا من الخليج إلى بلادهم.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Currency of {country} falls to a record low",
                "عملة {country} تهبط إلى أدنى مستوى في تاريخها",
            ),
            dek=(
                "Workers in the Gulf are sending money home while it buys more.",
                "يسارع العاملون في الخليج إلى تحويل الأموال إلى بلادهم ما دامت قيمتها أكبر.",
            ),
            lead=(
                "The currency of {country} fell to its lowest level on record on {weekday}, losing a tenth "
                "of its value in a week, as investors worried about the government's debts.",
                "هبطت عملة {country} إلى أدنى مستوى في تاريخها يوم {weekday}، وخسرت عُشر قيمتها في أسبوع، "
                "وسط قلق المستثمرين من ديون الحكومة.",
            ),
            details=(
                (
                    "Exchange houses in {capital} reported long queues of workers from {country} sending "
                    "money home.",
                    "وأفادت شركات الصرافة في {capital} بطوابير طويلة من عمال {country} يحوّلون الأموال إلى "
                    "بلادهم.",
                ),
            ),
            caption=("Exchange houses reported long queues.", "أفادت شركات الصرافة بطوابير طويلة."),
            scene="chart",
        ),
        Beat(
            headline=(
                "{country} opens talks on an emergency loan",
                "{country} تبدأ محادثات للحصول على قرض طارئ",
            ),
            dek=(
                "Officials say spending cuts are likely to be a condition.",
                "يقول المسؤولون إن خفض الإنفاق سيكون على الأرجح شرطًا للقرض.",
            ),
            lead=(
                "The government of {country} opened talks on {weekday} with international lenders on an "
                "emergency loan to steady its currency, after weeks of falls.",
                "بدأت حكومة {country} يوم {weekday} محادثات مع مقرضين دوليين للحصول على قرض طارئ لتثبيت "
                "عملتها، بعد أسابيع من التراجع.",
            ),
            details=(
                (
                    "{leader} promised that spending on schools and hospitals would be protected.",
                    "{l_said} {leader} إن الإنفاق على المدارس والمستشفيات سيبقى محميًا.",
                ),
            ),
            caption=(
                "Talks on the loan are expected to take a month.",
                "يُتوقع أن تستغرق محادثات القرض شهرًا.",
            ),
        ),
        Beat(
            headline=(
                "Emergency loan deal steadies the currency of {country}",
                "اتفاق القرض يعيد الاستقرار إلى عملة {country}",
            ),
            dek=("The currency has regained about half of its losses.", "استعادت العملة نحو نصف خسائرها."),
            lead=(
                "The currency of {country} rose for a fifth day on {weekday} after the government agreed a "
                "{money} loan with international lenders, in return for cutting energy subsidies over three "
                "years.",
                "ارتفعت عملة {country} لليوم الخامس على التوالي يوم {weekday} بعد اتفاق الحكومة مع مقرضين "
                "دوليين على قرض بقيمة {money}، مقابل خفض دعم الطاقة على مدى ثلاث سنوات.",
            ),
            details=(
                (
                    "Exchange houses in {capital} said the rush to send money home had eased.",
                    "وقالت شركات الصرافة في {capital} إن الإقبال على تحويل الأموال تراجع.",
                ),
            ),
            caption=("The loan comes with cuts to energy subsidies.", "يقترن القرض بخفض دعم الطاقة."),
            scene="chart",
        ),
    ),
)

TOPICS = (
    CHANNEL,
    HARVEST,
    CLIMATE_TALKS,
    VOLCANO,
    RIVER,
    STATE_VISIT,
    CURRENCY,
)
