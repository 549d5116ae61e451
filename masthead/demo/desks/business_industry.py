"""The business desk's running stories on industry: gas, the sun, property and tourism."""

from masthead.demo.desks import Beat, Topic

GAS_FIELD = Topic(
    key="gas-field",
    tags=("oil-and-gas", "electricity"),
    speakers=("energy",),
    scenes=("refinery", "sea"),
    company="Nakhla Petrochemicals",
    background=(
        (
            "The Bahr al-Amal field lies 80 kilometres off the coast of {city}, in water about 60 metres "
            "deep.",
            "ويقع حقل بحر الأمل على بعد 80 كيلومترًا من ساحل {city}، في مياه يبلغ عمقها نحو 60 مترًا.",
        ),
        (
            "Oil that is no longer burned in power stations can be exported, adding to government revenue.",
            "ويمكن تصدير النفط الذي لم يعد يُحرق في محطات الكهرباء، مما يعزز الإيرادات الحكومية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "{money} contract awarded to build the Bahr al-Amal gas field",
                "ترسية عقد بقيمة {money} لتطوير حقل بحر الأمل للغاز",
            ),
            dek=(
                "Three platforms and a pipeline to shore are due to be ready in three years.",
                "من المقرر أن تكون ثلاث منصات وخط أنابيب إلى الساحل جاهزة خلال ثلاث سنوات.",
            ),
            lead=(
                "The Energy Ministry on {weekday} awarded a {money} contract to a consortium of local and "
                "Asian builders to develop the Bahr al-Amal offshore gas field.",
                "أرست وزارة الطاقة يوم {weekday} عقدًا بقيمة {money} على تحالف من مقاولين محليين وآسيويين "
                "لتطوير حقل بحر الأمل البحري للغاز.",
            ),
            details=(
                (
                    "“This field secures the gas our power stations and factories need for the next twenty "
                    "years,” said {official}.",
                    "{o_said} {official}: «يؤمّن هذا الحقل الغاز الذي تحتاجه محطات الكهرباء والمصانع لدينا "
                    "خلال السنوات العشرين المقبلة».",
                ),
            ),
            caption=("The field lies 80 kilometres offshore.", "يقع الحقل على بعد 80 كيلومترًا من الساحل."),
            scene="sea",
        ),
        Beat(
            headline=(
                "Gas starts flowing from Bahr al-Amal two months early",
                "بدء تدفق الغاز من بحر الأمل قبل موعده بشهرين",
            ),
            dek=(
                "The field is expected to reach full output within eighteen months.",
                "من المتوقع أن يبلغ الحقل طاقته الإنتاجية الكاملة خلال ثمانية عشر شهرًا.",
            ),
            lead=(
                "Gas began flowing on {weekday} from the Bahr al-Amal field, two months ahead of schedule, "
                "in a project the Energy Ministry says will raise national gas output by {big_pct} per "
                "cent.",
                "بدأ الغاز يتدفق يوم {weekday} من حقل بحر الأمل، قبل موعده بشهرين، في مشروع تقول وزارة "
                "الطاقة إنه سيرفع الإنتاج الوطني من الغاز بنسبة {big_pct} في المئة.",
            ),
            details=(
                (
                    "The first gas went to the power station at {city}, which will stop burning oil by the "
                    "summer.",
                    "وذهبت أولى كميات الغاز إلى محطة الكهرباء في {city}، التي ستتوقف عن حرق النفط بحلول "
                    "الصيف.",
                ),
            ),
            caption=(
                "The first gas went to the power station at {city}.",
                "ذهبت أولى كميات الغاز إلى محطة الكهرباء في {city}.",
            ),
            scene="refinery",
        ),
        Beat(
            headline=(
                "Fertiliser plant to use the new gas and hire {count} people",
                "مصنع للأسمدة يستخدم الغاز الجديد ويوظف {count} شخص",
            ),
            dek=(
                "Most of its output will be exported to Asia and Africa.",
                "سيُصدَّر معظم إنتاجه إلى آسيا وأفريقيا.",
            ),
            lead=(
                "{company} said on {weekday} that it would build a fertiliser plant in {city} supplied with "
                "gas from the Bahr al-Amal field, creating about {count} jobs.",
                "قالت {company} يوم {weekday} إنها ستبني مصنعًا للأسمدة في {city} يُزوَّد بالغاز من حقل بحر "
                "الأمل، مما سيوفر نحو {count} وظيفة.",
            ),
            details=(
                (
                    "Construction will start next year, and the plant should open in three years.",
                    "وستبدأ أعمال البناء العام المقبل، ومن المتوقع افتتاح المصنع بعد ثلاث سنوات.",
                ),
            ),
            caption=("The plant will be built in {city}.", "سيُبنى المصنع في {city}."),
        ),
        Beat(
            headline=(
                "Oil exports rise as power stations switch to gas",
                "الصادرات النفطية ترتفع مع تحول محطات الكهرباء إلى الغاز",
            ),
            dek=(
                "The extra oil sold abroad adds about {money_mn} a quarter to revenue.",
                "يضيف النفط الإضافي المبيع في الخارج نحو {money_mn} إلى الإيرادات كل ربع سنة.",
            ),
            lead=(
                "Oil exports rose by {pct} per cent in the {quarter} as power stations switched from "
                "burning oil to gas from the new offshore field, Energy Ministry figures showed on "
                "{weekday}.",
                "أظهرت أرقام وزارة الطاقة يوم {weekday} أن الصادرات النفطية ارتفعت بنسبة {pct} في المئة في "
                "{quarter} مع تحول محطات الكهرباء من حرق النفط إلى الغاز القادم من الحقل البحري الجديد.",
            ),
            details=(
                (
                    "Emissions from power generation fell by about a fifth over the same period, the "
                    "ministry said.",
                    "وقالت الوزارة إن الانبعاثات الناجمة عن توليد الكهرباء تراجعت بنحو الخُمس خلال الفترة "
                    "نفسها.",
                ),
            ),
            caption=(
                "Power stations have switched from oil to gas.",
                "تحولت محطات الكهرباء من النفط إلى الغاز.",
            ),
            scene="port",
        ),
    ),
)


SOLAR = Topic(
    key="solar-park",
    tags=("renewable-energy", "electricity", "investment"),
    speakers=("energy",),
    scenes=("solar",),
    company="Sidra Renewables",
    background=(
        (
            "The country gets more sunshine than almost anywhere on earth, and solar power is now its "
            "cheapest source of electricity.",
            "وتحظى البلاد بسطوع شمسي يفوق معظم بقاع الأرض، وأصبحت الطاقة الشمسية أرخص مصادر الكهرباء فيها.",
        ),
        (
            "Solar parks are cleaned by robots that brush dust off the panels every night.",
            "وتنظف الروبوتات ألواح المحطات الشمسية من الغبار كل ليلة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Tender opens for a solar park the size of a thousand football pitches",
                "طرح مناقصة لمحطة طاقة شمسية بمساحة ألف ملعب كرة قدم",
            ),
            dek=(
                "The park in the desert near {city} would power about 300,000 homes.",
                "ستزود المحطة المقامة في الصحراء قرب {city} نحو 300 ألف منزل بالكهرباء.",
            ),
            lead=(
                "The Energy Ministry invited bids on {weekday} to build and run a solar park in the desert "
                "near {city} that would supply enough electricity for about 300,000 homes.",
                "دعت وزارة الطاقة يوم {weekday} إلى تقديم عطاءات لبناء وتشغيل محطة للطاقة الشمسية في "
                "الصحراء قرب {city}، تكفي كهرباؤها نحو 300 ألف منزل.",
            ),
            details=(
                (
                    "Bidders must include a battery plant able to keep the lights on for four hours after "
                    "sunset.",
                    "ويجب أن تتضمن العروض محطة بطاريات قادرة على إبقاء الأضواء مضاءة أربع ساعات بعد الغروب.",
                ),
            ),
            caption=(
                "The solar park would supply about 300,000 homes.",
                "ستزود المحطة الشمسية نحو 300 ألف منزل.",
            ),
        ),
        Beat(
            headline=(
                "{company} wins the solar park with a record-low price",
                "{company} تفوز بمشروع المحطة الشمسية بسعر قياسي منخفض",
            ),
            dek=(
                "Electricity from the park will cost less than half that of a gas-fired station.",
                "ستكلف الكهرباء المنتجة في المحطة أقل من نصف كلفة محطة تعمل بالغاز.",
            ),
            lead=(
                "{company} won the contract to build the solar park near {city} on {weekday}, offering "
                "electricity at the lowest price ever bid in the region.",
                "فازت {company} يوم {weekday} بعقد بناء المحطة الشمسية قرب {city}، بعرض لسعر الكهرباء هو "
                "الأدنى على الإطلاق في المنطقة.",
            ),
            details=(
                (
                    "“The sun sends no bill, and prices of panels keep falling,” said {official}.",
                    "{o_said} {official}: «الشمس لا ترسل فاتورة، وأسعار الألواح مستمرة في الانخفاض».",
                ),
            ),
            caption=(
                "The winning bid was the lowest ever offered in the region.",
                "كان العرض الفائز الأدنى على الإطلاق في المنطقة.",
            ),
        ),
        Beat(
            headline=(
                "First panels switched on at the desert solar park",
                "تشغيل أولى الألواح في المحطة الشمسية الصحراوية",
            ),
            dek=(
                "The park will be finished in stages over the next eighteen months.",
                "ستُستكمل المحطة على مراحل خلال الأشهر الثمانية عشر المقبلة.",
            ),
            lead=(
                "The first section of the solar park near {city} began sending electricity to the grid on "
                "{weekday}, a year after construction started.",
                "بدأ القسم الأول من المحطة الشمسية قرب {city} تزويد الشبكة بالكهرباء يوم {weekday}، بعد عام "
                "من بدء البناء.",
            ),
            details=(
                (
                    "About 900 people work on the site, most of them installing panels before the summer "
                    "heat.",
                    "ويعمل في الموقع نحو 900 شخص، معظمهم يركبون الألواح قبل حر الصيف.",
                ),
            ),
            caption=(
                "The first section began sending power to the grid.",
                "بدأ القسم الأول تزويد الشبكة بالكهرباء.",
            ),
        ),
    ),
)


PROPERTY = Topic(
    key="property",
    tags=("real-estate", "housing"),
    speakers=(),
    scenes=("construction", "skyline"),
    background=(
        (
            "Mortgage lending rose by {pct} per cent over the past year, central bank figures show.",
            "وارتفع الإقراض العقاري بنسبة {pct} في المئة خلال العام الماضي، بحسب أرقام البنك المركزي.",
        ),
        (
            "Villas recorded the biggest gains, while prices of apartments more than ten years old were "
            "largely flat.",
            "وسجلت الفلل أكبر المكاسب، في حين بقيت أسعار الشقق التي يزيد عمرها على عشر سنوات مستقرة إلى حد "
            "كبير.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Home prices in {city} rise {pct} per cent in a quarter",
                "أسعار المنازل في {city} ترتفع {pct} في المئة خلال ربع عام",
            ),
            dek=(
                "Analysts say new supply due next year should cool the market.",
                "يقول المحللون إن المعروض الجديد المتوقع العام المقبل من شأنه أن يهدّئ السوق.",
            ),
            lead=(
                "Residential property prices in {city} rose by {pct} per cent in the {quarter} from the "
                "previous three months, according to Land Registry data published on {weekday}.",
                "ارتفعت أسعار العقارات السكنية في {city} بنسبة {pct} في المئة في {quarter} مقارنة بالأشهر "
                "الثلاثة السابقة، بحسب بيانات السجل العقاري المنشورة يوم {weekday}.",
            ),
            details=(
                (
                    "Sadaf Properties said it had sold every unit in its latest tower in {city2} within a "
                    "week of launch.",
                    "وقالت شركة الصدف العقارية إنها باعت جميع الوحدات في أحدث أبراجها في {city2} خلال أسبوع "
                    "من طرحه.",
                ),
            ),
            caption=("Prices rose fastest for villas.", "سجلت الفلل أسرع ارتفاع في الأسعار."),
            scene="skyline",
        ),
        Beat(
            headline=(
                "Tenants face steeper rents as new arrivals compete for flats",
                "المستأجرون يواجهون إيجارات أعلى مع تنافس الوافدين الجدد على الشقق",
            ),
            dek=(
                "Rents for two-bedroom flats in {city} are up by about a fifth on last year.",
                "ارتفعت إيجارات الشقق المكونة من غرفتين في {city} بنحو الخُمس عن العام الماضي.",
            ),
            lead=(
                "Rents in {city} kept climbing in the {quarter}, as new residents competed for a limited "
                "supply of flats, property agents said on {weekday}.",
                "واصلت الإيجارات في {city} ارتفاعها في {quarter}، مع تنافس السكان الجدد على معروض محدود من "
                "الشقق، بحسب ما قاله وكلاء عقاريون يوم {weekday}.",
            ),
            details=(
                (
                    "Some landlords are asking for a year's rent in advance, agents say.",
                    "ويقول الوكلاء إن بعض الملاك يطلبون إيجار عام كامل مقدمًا.",
                ),
            ),
            caption=(
                "Agents say demand is strongest near the metro.",
                "يقول الوكلاء إن الطلب أقوى ما يكون قرب المترو.",
            ),
        ),
        Beat(
            headline=(
                "{count} new homes due next year should slow rents, developers say",
                "المطورون: {count} وحدة سكنية جديدة العام المقبل ستبطئ ارتفاع الإيجارات",
            ),
            dek=(
                "Most of the new supply is in {city2}, near the metro extension.",
                "يقع معظم المعروض الجديد في {city2} قرب امتداد المترو.",
            ),
            lead=(
                "About {count} new homes are due to be completed next year, most of them in {city2}, which "
                "developers expect to slow the rise in rents, according to figures gathered by the Land "
                "Registry and released on {weekday}.",
                "من المقرر إنجاز نحو {count} وحدة سكنية جديدة العام المقبل، معظمها في {city2}، ويتوقع "
                "المطورون أن يبطئ ذلك ارتفاع الإيجارات، بحسب أرقام جمعها السجل العقاري ونُشرت يوم "
                "{weekday}.",
            ),
            details=(
                (
                    "Cranes are working on more than 60 residential towers across the country.",
                    "وتعمل الرافعات في أكثر من 60 برجًا سكنيًا في أنحاء البلاد.",
                ),
            ),
            caption=("Cranes are at work on more than 60 towers.", "تعمل الرافعات في أكثر من 60 برجًا."),
        ),
    ),
)


TOURISM = Topic(
    key="tourism",
    tags=("tourism", "aviation"),
    speakers=("tourism",),
    scenes=("sea", "skyline", "airport"),
    months=(9, 10, 11),
    background=(
        (
            "Visitors from Europe and East Asia have grown fastest, and the average stay has lengthened to "
            "4.6 nights.",
            "وسجل الزوار من أوروبا وشرق آسيا أسرع نمو، وارتفع متوسط مدة الإقامة إلى 4.6 ليلة.",
        ),
        (
            "The government wants tourism to make up a tenth of the economy by the end of the decade.",
            "وتريد الحكومة أن تشكل السياحة عُشر الاقتصاد بحلول نهاية العقد.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Hotels expect their busiest winter yet as new flights are added",
                "الفنادق تتوقع أكثر مواسم الشتاء ازدحامًا مع إضافة رحلات جديدة",
            ),
            dek=(
                "Advance bookings for December are up by a third.",
                "ارتفعت الحجوزات المسبقة لشهر ديسمبر بمقدار الثلث.",
            ),
            lead=(
                "Hotels in {city} expect their busiest winter season on record, with bookings for December "
                "up by a third on last year, the Tourism Authority said on {weekday}.",
                "قالت هيئة السياحة يوم {weekday} إن الفنادق في {city} تتوقع أكثر مواسم الشتاء ازدحامًا على "
                "الإطلاق، مع ارتفاع حجوزات ديسمبر بمقدار الثلث عن العام الماضي.",
            ),
            details=(
                (
                    "“Visitors are discovering that there is far more here than beaches and shopping,” said "
                    "{official}.",
                    "{o_said} {official}: «يكتشف الزوار أن هنا ما هو أكثر بكثير من الشواطئ والتسوق».",
                ),
            ),
            caption=(
                "New flights from Asia and Europe start this winter.",
                "تبدأ رحلات جديدة من آسيا وأوروبا هذا الشتاء.",
            ),
            scene="skyline",
        ),
        Beat(
            headline=(
                "Hotel occupancy hits 91 per cent, the highest on record",
                "نسبة إشغال الفنادق تبلغ 91 في المئة وهي الأعلى على الإطلاق",
            ),
            dek=(
                "Hoteliers say visitors are staying longer and spending more outside their hotels.",
                "يقول أصحاب الفنادق إن الزوار يمكثون مدة أطول وينفقون أكثر خارج فنادقهم.",
            ),
            lead=(
                "Hotel occupancy in {city} reached 91 per cent in {month}, the highest on record, as "
                "visitor numbers rose by {big_pct} per cent from a year earlier, the Tourism Authority said "
                "on {weekday}.",
                "قالت هيئة السياحة يوم {weekday} إن نسبة إشغال الفنادق في {city} بلغت 91 في المئة في "
                "{month}، وهي أعلى نسبة مسجلة، مع ارتفاع عدد الزوار بنسبة {big_pct} في المئة مقارنة بالعام "
                "السابق.",
            ),
            details=(
                (
                    "Three new hotels with about {count} rooms are due to open in {city2} before next "
                    "winter.",
                    "ومن المقرر افتتاح ثلاثة فنادق جديدة تضم نحو {count} غرفة في {city2} قبل الشتاء المقبل.",
                ),
            ),
            caption=(
                "Visitor numbers rose by {big_pct} per cent.",
                "ارتفع عدد الزوار بنسبة {big_pct} في المئة.",
            ),
            scene="sea",
        ),
        Beat(
            headline=(
                "Cruise terminal opens, with two ships a day expected in winter",
                "افتتاح محطة للسفن السياحية مع توقع وصول سفينتين يوميًا في الشتاء",
            ),
            dek=(
                "Passengers can walk from the terminal to the old souq in ten minutes.",
                "يمكن للركاب السير من المحطة إلى السوق القديم في عشر دقائق.",
            ),
            lead=(
                "A new cruise terminal opened in {city} on {weekday}, able to handle two large ships at "
                "once, as the Tourism Authority forecasts half a million cruise passengers this season.",
                "افتُتحت في {city} يوم {weekday} محطة جديدة للسفن السياحية قادرة على استقبال سفينتين "
                "كبيرتين في آن واحد، فيما تتوقع هيئة السياحة نصف مليون راكب على متن السفن السياحية هذا "
                "الموسم.",
            ),
            details=(
                (
                    "Shopkeepers in the old souq have begun opening on the mornings when ships are in port.",
                    "وبدأ أصحاب المحلات في السوق القديم فتح أبوابهم صباحًا في الأيام التي ترسو فيها السفن.",
                ),
            ),
            caption=(
                "The terminal can handle two large ships at once.",
                "تستطيع المحطة استقبال سفينتين كبيرتين في آن واحد.",
            ),
            scene="sea",
        ),
    ),
)

TOPICS = (
    GAS_FIELD,
    SOLAR,
    PROPERTY,
    TOURISM,
)
