"""The business desk: company results, interest rates, energy, property, tourism and listings.

`PARTNER` is sponsored content: it only runs as a sponsored story, with {company} set to the
sponsor.
"""

from masthead.demo.desks import Desk, Topic

EARNINGS = Topic(
    key="earnings",
    tags=("stock-market", "investment"),
    speakers=(),
    scenes=("skyline", "abstract"),
    headlines=(
        ("{company} profit rises {big_pct} per cent", "ارتفاع أرباح {company} بنسبة {big_pct} في المئة"),
        ("{company} beats forecasts as demand holds up", "{company} تتجاوز التوقعات مع صمود الطلب"),
        (
            "{company} reports a {big_pct} per cent rise in {quarter} profit and raises its dividend, saying "
            "demand in the Gulf and Asia remains strong despite higher financing costs",
            "{company} تعلن ارتفاع أرباح {quarter} بنسبة {big_pct} في المئة وترفع توزيعاتها النقدية مؤكدة أن "
            "الطلب في الخليج وآسيا لا يزال قويًا رغم ارتفاع كلفة التمويل",
        ),
    ),
    deks=(
        (
            "Revenue rose to {money}, and the board proposed a higher dividend.",
            "ارتفعت الإيرادات إلى {money}، واقترح مجلس الإدارة زيادة التوزيعات النقدية.",
        ),
        (
            "Shares rose {pct2} per cent in early trading on the Sahil Securities Exchange.",
            "ارتفع السهم بنسبة {pct2} في المئة في التداولات المبكرة في بورصة الساحل للأوراق المالية.",
        ),
    ),
    leads=(
        (
            "{company} said on {weekday} that its net profit for the {quarter} rose by {big_pct} per cent "
            "from a year earlier, helped by higher volumes and lower costs.",
            "قالت {company} يوم {weekday} إن صافي أرباحها في {quarter} ارتفع بنسبة {big_pct} في المئة مقارنة "
            "بالفترة نفسها من العام الماضي، بدعم من زيادة الأحجام وانخفاض التكاليف.",
        ),
        (
            "Net profit at {company} rose by {big_pct} per cent in the {quarter}, beating analysts' "
            "forecasts, the company said in a statement to the exchange on {weekday}.",
            "ارتفع صافي أرباح {company} بنسبة {big_pct} في المئة في {quarter}، متجاوزًا توقعات المحللين، "
            "بحسب بيان للشركة إلى البورصة يوم {weekday}.",
        ),
    ),
    details=(
        (
            "Revenue rose to {money}, and the company said its order book was the strongest in its history.",
            "وارتفعت الإيرادات إلى {money}، وقالت الشركة إن حجم طلباتها هو الأعلى في تاريخها.",
        ),
        (
            "“We grew in every market where we operate,” the company's chief executive told analysts on a "
            "call.",
            "وقال الرئيس التنفيذي للشركة للمحللين خلال مؤتمر عبر الهاتف: «حققنا نموًا في كل سوق نعمل فيها».",
        ),
        (
            "The board proposed a dividend of 12 cents a share, up from 9 cents a year ago.",
            "واقترح مجلس الإدارة توزيع أرباح نقدية بواقع 12 سنتًا للسهم، ارتفاعًا من 9 سنتات قبل عام.",
        ),
        (
            "Shares in {company_short} rose {pct2} per cent by midday on the Sahil Securities Exchange, "
            "outperforming the main index.",
            "وارتفع سهم {company_short} بنسبة {pct2} في المئة بحلول منتصف النهار في بورصة الساحل للأوراق "
            "المالية، متفوقًا على أداء المؤشر العام.",
        ),
        (
            "The company said it would open offices in two more Asian markets next year and expected margins "
            "to remain stable.",
            "وقالت الشركة إنها ستفتتح مكتبين في سوقين آسيويتين أخريين العام المقبل، وتتوقع أن تبقى هوامش "
            "الربح مستقرة.",
        ),
    ),
)

RATES = Topic(
    key="interest-rates",
    tags=("central-bank", "inflation"),
    speakers=("central_bank",),
    scenes=("skyline", "abstract"),
    headlines=(
        (
            "Central bank cuts key rate to {rate} per cent",
            "البنك المركزي يخفض سعر الفائدة الرئيسي إلى {rate} في المئة",
        ),
        (
            "Borrowing costs fall as central bank trims rates",
            "تراجع كلفة الاقتراض مع خفض البنك المركزي أسعار الفائدة",
        ),
        (
            "Central bank lowers its main interest rate by a quarter of a point to {rate} per cent, saying "
            "inflation has cooled and lending to small businesses needs support",
            "البنك المركزي يخفض سعر الفائدة الرئيسي ربع نقطة مئوية إلى {rate} في المئة مؤكدًا أن التضخم "
            "تراجع وأن الإقراض للشركات الصغيرة يحتاج إلى دعم",
        ),
    ),
    deks=(
        (
            "The decision follows a similar move by the US Federal Reserve, to which the local currency is "
            "pegged.",
            "يأتي القرار في أعقاب خطوة مماثلة من مجلس الاحتياطي الفيدرالي الأمريكي، الذي ترتبط به العملة "
            "المحلية.",
        ),
        (
            "Banks are expected to pass on the cut to mortgage and car loan customers within weeks.",
            "من المتوقع أن تنقل البنوك أثر الخفض إلى عملاء القروض العقارية وقروض السيارات خلال أسابيع.",
        ),
    ),
    leads=(
        (
            "The central bank cut its main interest rate by 25 basis points to {rate} per cent on {weekday}, "
            "following the US Federal Reserve and citing slower inflation at home.",
            "خفض البنك المركزي يوم {weekday} سعر الفائدة الرئيسي بمقدار 25 نقطة أساس إلى {rate} في المئة، في "
            "خطوة تتبع مجلس الاحتياطي الفيدرالي الأمريكي وتستند إلى تباطؤ التضخم محليًا.",
        ),
        (
            "Borrowing costs will fall for households and companies after the central bank lowered its key "
            "rate to {rate} per cent on {weekday}, its first cut in more than a year.",
            "ستنخفض كلفة الاقتراض على الأسر والشركات بعدما خفض البنك المركزي يوم {weekday} سعر الفائدة "
            "الرئيسي إلى {rate} في المئة، في أول خفض منذ أكثر من عام.",
        ),
    ),
    details=(
        (
            "“Inflation has eased to {pct2} per cent, and we see room to support credit to productive "
            "sectors,” said {official}.",
            "{o_said} {official}: «تراجع التضخم إلى {pct2} في المئة، ونرى مجالًا لدعم الائتمان الموجه إلى "
            "القطاعات الإنتاجية».",
        ),
        (
            "The local currency is pegged to the US dollar, so the central bank usually follows the "
            "direction of American monetary policy.",
            "ونظرًا لارتباط العملة المحلية بالدولار الأمريكي، يتبع البنك المركزي عادة اتجاه السياسة النقدية "
            "الأمريكية.",
        ),
        (
            "Lending to small and medium-sized companies grew by only {pct} per cent last year, well below "
            "the government's target.",
            "ولم ينمُ الإقراض للشركات الصغيرة والمتوسطة سوى بنسبة {pct} في المئة العام الماضي، وهو أقل بكثير "
            "من هدف الحكومة.",
        ),
        (
            "Bank shares dipped after the announcement, as investors weighed the effect on lending margins.",
            "وتراجعت أسهم البنوك قليلًا بعد الإعلان، إذ وازن المستثمرون أثر القرار على هوامش الإقراض.",
        ),
    ),
)

GAS_FIELD = Topic(
    key="gas-field",
    tags=("oil-and-gas", "electricity"),
    speakers=("energy",),
    scenes=("refinery", "sea"),
    headlines=(
        ("Offshore gas field off {city} starts production", "حقل غاز بحري قبالة {city} يبدأ الإنتاج"),
        (
            "Gas output to rise {big_pct} per cent as new field opens",
            "إنتاج الغاز يرتفع بنسبة {big_pct} في المئة مع تشغيل حقل جديد",
        ),
        (
            "Gas starts flowing from the Bahr al-Amal offshore field, a {money} project that will feed power "
            "stations and a new fertiliser plant and free more oil for export",
            "بدء تدفق الغاز من حقل بحر الأمل البحري، وهو مشروع بقيمة {money} سيغذي محطات الكهرباء ومصنعًا "
            "جديدًا للأسمدة ويتيح تصدير مزيد من النفط",
        ),
    ),
    deks=(
        (
            "The field is expected to reach full output within eighteen months.",
            "من المتوقع أن يبلغ الحقل طاقته الإنتاجية الكاملة خلال ثمانية عشر شهرًا.",
        ),
        (
            "The Energy Ministry says the gas will replace oil burned in power stations, cutting emissions.",
            "تقول وزارة الطاقة إن الغاز سيحل محل النفط المستخدم في محطات الكهرباء، مما يخفض الانبعاثات.",
        ),
    ),
    leads=(
        (
            "Gas began flowing on {weekday} from the Bahr al-Amal field, 80 kilometres off the coast of "
            "{city}, in a project the Energy Ministry says will raise national gas output by {big_pct} per "
            "cent.",
            "بدأ الغاز يتدفق يوم {weekday} من حقل بحر الأمل، الواقع على بعد 80 كيلومترًا من ساحل {city}، في "
            "مشروع تقول وزارة الطاقة إنه سيرفع الإنتاج الوطني من الغاز بنسبة {big_pct} في المئة.",
        ),
        (
            "The country's newest offshore gas field started production on {weekday}, two months ahead of "
            "schedule, the Energy Ministry said.",
            "قالت وزارة الطاقة إن أحدث حقول الغاز البحرية في البلاد بدأ الإنتاج يوم {weekday}، قبل موعده "
            "المحدد بشهرين.",
        ),
    ),
    details=(
        (
            "“This field secures the gas our power stations and factories need for the next twenty years,” "
            "said {official}.",
            "{o_said} {official}: «يؤمّن هذا الحقل الغاز الذي تحتاجه محطات الكهرباء والمصانع لدينا خلال "
            "السنوات العشرين المقبلة».",
        ),
        (
            "The project cost {money} and was built by a consortium of local and Asian contractors, with "
            "three platforms linked to the shore by a pipeline.",
            "وبلغت كلفة المشروع {money}، ونفذه تحالف من مقاولين محليين وآسيويين، ويضم ثلاث منصات يربطها خط "
            "أنابيب بالساحل.",
        ),
        (
            "Some of the gas will feed a new fertiliser plant in {city}, which is expected to create {count} "
            "jobs.",
            "وسيُوجَّه جزء من الغاز إلى مصنع جديد للأسمدة في {city}، يُتوقع أن يوفر {count} وظيفة.",
        ),
        (
            "Oil that is no longer burned in power stations will be exported, adding to government revenue.",
            "وسيُصدَّر النفط الذي لم يعد يُحرق في محطات الكهرباء، مما يعزز الإيرادات الحكومية.",
        ),
    ),
)

PROPERTY = Topic(
    key="property",
    tags=("real-estate", "housing"),
    speakers=(),
    scenes=("skyline",),
    headlines=(
        ("Home prices in {city} rise {pct} per cent", "أسعار المنازل في {city} ترتفع بنسبة {pct} في المئة"),
        ("Rents climb as new arrivals squeeze supply", "الإيجارات ترتفع مع ضغط الوافدين الجدد على المعروض"),
        (
            "Apartment prices in {city} climb for the sixth quarter in a row as foreign buyers return and "
            "developers struggle to finish projects fast enough",
            "أسعار الشقق في {city} ترتفع للربع السادس على التوالي مع عودة المشترين الأجانب وتعثر المطورين في "
            "إنجاز المشاريع بالسرعة الكافية",
        ),
    ),
    deks=(
        (
            "Analysts say new supply due next year should cool the market.",
            "يقول المحللون إن المعروض الجديد المتوقع العام المقبل من شأنه أن يهدّئ السوق.",
        ),
        (
            "Villa prices rose fastest, while older apartments lagged.",
            "سجلت أسعار الفلل الارتفاع الأسرع، في حين تخلفت الشقق القديمة.",
        ),
    ),
    leads=(
        (
            "Residential property prices in {city} rose by {pct} per cent in the {quarter} from the previous "
            "three months, according to Land Registry data published on {weekday}.",
            "ارتفعت أسعار العقارات السكنية في {city} بنسبة {pct} في المئة في {quarter} مقارنة بالأشهر "
            "الثلاثة السابقة، بحسب بيانات السجل العقاري المنشورة يوم {weekday}.",
        ),
        (
            "Rents and sale prices in {city} kept climbing in the {quarter}, as new residents and returning "
            "foreign buyers competed for a limited supply of homes, property data showed on {weekday}.",
            "واصلت الإيجارات وأسعار البيع في {city} ارتفاعها في {quarter}، مع تنافس السكان الجدد والمشترين "
            "الأجانب العائدين على معروض محدود من المساكن، بحسب بيانات عقارية نُشرت يوم {weekday}.",
        ),
    ),
    details=(
        (
            "Villas recorded the biggest gains, while prices of apartments more than ten years old were "
            "largely flat.",
            "وسجلت الفلل أكبر المكاسب، في حين بقيت أسعار الشقق التي يزيد عمرها على عشر سنوات مستقرة إلى حد "
            "كبير.",
        ),
        (
            "Sadaf Properties said it had sold every unit in its latest tower in {city2} within a week of "
            "launch.",
            "وقالت شركة الصدف العقارية إنها باعت جميع الوحدات في أحدث أبراجها في {city2} خلال أسبوع من طرحه.",
        ),
        (
            "About {count} new homes are due to be completed next year, which analysts expect to slow price "
            "growth.",
            "ومن المقرر إنجاز نحو {count} وحدة سكنية جديدة العام المقبل، وهو ما يتوقع المحللون أن يبطئ نمو "
            "الأسعار.",
        ),
        (
            "Mortgage lending rose by {pct} per cent over the same period, central bank figures show.",
            "وارتفع الإقراض العقاري بنسبة {pct} في المئة خلال الفترة نفسها، بحسب أرقام البنك المركزي.",
        ),
    ),
)

TOURISM = Topic(
    key="tourism",
    tags=("tourism", "aviation"),
    speakers=("tourism",),
    scenes=("sea", "skyline", "oasis"),
    headlines=(
        ("Hotel occupancy hits a record high", "نسبة إشغال الفنادق تسجل مستوى قياسيًا"),
        (
            "Visitor numbers up {big_pct} per cent on last year",
            "عدد الزوار يرتفع بنسبة {big_pct} في المئة عن العام الماضي",
        ),
        (
            "Tourist arrivals climb {big_pct} per cent as new flights from Asia and Europe and a busy events "
            "calendar draw record numbers to {city}",
            "عدد السياح يرتفع بنسبة {big_pct} في المئة مع رحلات جديدة من آسيا وأوروبا وروزنامة فعاليات حافلة "
            "تجذب أعدادًا قياسية إلى {city}",
        ),
    ),
    deks=(
        (
            "Al-Fajr Airways added eleven new routes this year, and cruise ships called more often.",
            "أضافت شركة طيران الفجر أحد عشر خطًا جديدًا هذا العام، وازدادت زيارات السفن السياحية.",
        ),
        (
            "Hoteliers say visitors are staying longer and spending more outside their hotels.",
            "يقول أصحاب الفنادق إن الزوار يمكثون مدة أطول وينفقون أكثر خارج فنادقهم.",
        ),
    ),
    leads=(
        (
            "Hotel occupancy in {city} reached 91 per cent in {month}, the highest on record, as visitor "
            "numbers rose by {big_pct} per cent from a year earlier, the Tourism Authority said on "
            "{weekday}.",
            "قالت هيئة السياحة يوم {weekday} إن نسبة إشغال الفنادق في {city} بلغت 91 في المئة في {month}، "
            "وهي أعلى نسبة مسجلة، مع ارتفاع عدد الزوار بنسبة {big_pct} في المئة مقارنة بالعام السابق.",
        ),
        (
            "The country welcomed a record number of visitors in {month}, with arrivals up {big_pct} per "
            "cent on the same month last year, helped by new flights and a busy calendar of events.",
            "استقبلت البلاد عددًا قياسيًا من الزوار في {month}، بزيادة نسبتها {big_pct} في المئة عن الشهر "
            "نفسه من العام الماضي، بدعم من رحلات جوية جديدة وروزنامة فعاليات حافلة.",
        ),
    ),
    details=(
        (
            "“Visitors are discovering that there is far more here than beaches and shopping,” said "
            "{official}.",
            "{o_said} {official}: «يكتشف الزوار أن هنا ما هو أكثر بكثير من الشواطئ والتسوق».",
        ),
        (
            "Al-Fajr Airways said its planes flew more than 85 per cent full over the period, and it will "
            "add flights to four Asian cities next season.",
            "وقالت شركة طيران الفجر إن نسبة إشغال طائراتها تجاوزت 85 في المئة خلال الفترة، وإنها ستضيف رحلات "
            "إلى أربع مدن آسيوية في الموسم المقبل.",
        ),
        (
            "Visitors from Europe and East Asia grew fastest, and the average stay lengthened to 4.6 nights.",
            "وسجل الزوار من أوروبا وشرق آسيا أسرع نمو، وارتفع متوسط مدة الإقامة إلى 4.6 ليلة.",
        ),
        (
            "Three new hotels with about {count} rooms are due to open in {city2} before the winter season.",
            "ومن المقرر افتتاح ثلاثة فنادق جديدة تضم نحو {count} غرفة في {city2} قبل موسم الشتاء.",
        ),
    ),
)

LISTING = Topic(
    key="listing",
    tags=("stock-market", "investment"),
    speakers=(),
    scenes=("skyline", "abstract"),
    headlines=(
        ("{company} plans stock market listing", "{company} تعتزم إدراج أسهمها في البورصة"),
        ("Strong demand for {company} share sale", "إقبال قوي على طرح أسهم {company}"),
        (
            "{company} sets the price range for its initial public offering, aiming to raise up to {money} "
            "in what would be the largest listing on the Sahil exchange this year",
            "{company} تحدد النطاق السعري لطرحها العام الأولي ساعية إلى جمع ما يصل إلى {money} في ما سيكون "
            "أكبر إدراج في بورصة الساحل هذا العام",
        ),
    ),
    deks=(
        (
            "Retail investors can subscribe through banking apps for ten days.",
            "يمكن للمستثمرين الأفراد الاكتتاب عبر التطبيقات المصرفية لمدة عشرة أيام.",
        ),
        (
            "The company will use the proceeds to pay down debt and expand abroad.",
            "ستستخدم الشركة حصيلة الطرح لسداد ديونها والتوسع في الخارج.",
        ),
    ),
    leads=(
        (
            "{company} said on {weekday} that it would sell {big_pct} per cent of its shares in an initial "
            "public offering on the Sahil Securities Exchange, aiming to raise up to {money}.",
            "قالت {company} يوم {weekday} إنها ستطرح {big_pct} في المئة من أسهمها في طرح عام أولي في بورصة "
            "الساحل للأوراق المالية، ساعية إلى جمع ما يصل إلى {money}.",
        ),
        (
            "Investors placed orders worth several times the shares on offer in the initial public offering "
            "of {company}, the lead managers said on {weekday}, and the book closed a day early for large "
            "institutions.",
            "قال مديرو الاكتتاب يوم {weekday} إن المستثمرين قدموا طلبات تفوق بعدة أضعاف الأسهم المطروحة في "
            "الطرح العام الأولي لأسهم {company}، وأُغلق باب الاكتتاب أمام المؤسسات الكبرى قبل موعده بيوم.",
        ),
    ),
    details=(
        (
            "Shares will be priced between 1.8 and 2.1 dollars each, and trading is expected to begin next "
            "month.",
            "وسيتراوح سعر السهم بين 1.8 و2.1 دولار، ومن المتوقع أن يبدأ التداول الشهر المقبل.",
        ),
        (
            "Ten per cent of the offering is reserved for retail investors, and employees will receive a "
            "discount.",
            "وخُصصت عشرة في المئة من الطرح للمستثمرين الأفراد، وسيحصل الموظفون على خصم.",
        ),
        (
            "The exchange has hosted five listings so far this year, as the government encourages family "
            "businesses to go public.",
            "واستضافت البورصة خمسة إدراجات منذ بداية العام، في ظل تشجيع الحكومة للشركات العائلية على طرح "
            "أسهمها للعموم.",
        ),
        (
            "{company_short} has grown quickly over the past five years and now employs about {count} people "
            "in the region.",
            "ونمت {company_short} بسرعة خلال السنوات الخمس الماضية، وتوظف الآن نحو {count} شخص في المنطقة.",
        ),
    ),
)

PARTNER = Topic(
    key="partner-content",
    tags=("youth", "labour-market", "investment"),
    speakers=(),
    scenes=("abstract", "skyline"),
    is_sponsored=True,
    headlines=(
        ("How {company} is investing in young talent", "كيف تستثمر {company} في المواهب الشابة"),
        ("{company} on building a business for the next generation", "{company} وبناء أعمال للجيل المقبل"),
        (
            "Inside {company}: how a home-grown business is training a new generation of engineers, "
            "designers and managers for jobs that did not exist ten years ago",
            "من داخل {company}: كيف تدرّب شركة وطنية جيلًا جديدًا من المهندسين والمصممين والمديرين لوظائف لم "
            "تكن موجودة قبل عشر سنوات",
        ),
    ),
    deks=(
        ("This article was produced with {company}.", "أُعدّت هذه المادة بالتعاون مع {company}."),
        (
            "A graduate programme, a training academy and a scholarship fund are at the heart of the "
            "company's plans.",
            "يشكّل برنامج للخريجين وأكاديمية للتدريب وصندوق للمنح الدراسية محور خطط الشركة.",
        ),
    ),
    leads=(
        (
            "When {company} opened its training academy in {city} three years ago, it had twenty trainees. "
            "This year more than {count} young people will pass through its classrooms.",
            "عندما افتتحت {company} أكاديميتها للتدريب في {city} قبل ثلاث سنوات، كان فيها عشرون متدربًا. أما "
            "هذا العام فسيتخرج من قاعاتها أكثر من {count} شاب وشابة.",
        ),
        (
            "For {company}, growth starts with people. It has trained more than {count} young nationals "
            "since it launched its graduate programme, and most of them still work there.",
            "بالنسبة إلى {company}، يبدأ النمو بالناس. فقد دربت الشركة أكثر من {count} شاب وشابة من "
            "المواطنين منذ إطلاق برنامجها للخريجين، ولا يزال معظمهم يعملون فيها.",
        ),
    ),
    details=(
        (
            "“We hire for curiosity and train for skills,” says the head of the academy. “The best ideas we "
            "have had in recent years came from people in their first job.”",
            "يقول رئيس الأكاديمية: «نوظف على أساس الفضول وندرّب على المهارات. أفضل الأفكار التي خرجنا بها في "
            "السنوات الأخيرة جاءت من أشخاص في وظيفتهم الأولى».",
        ),
        (
            "Trainees spend a year rotating between departments, with a mentor from senior management, "
            "before choosing a specialism.",
            "يقضي المتدربون عامًا يتنقلون فيه بين الإدارات بإشراف مرشد من الإدارة العليا، قبل أن يختاروا "
            "تخصصهم.",
        ),
        (
            "The company also funds university scholarships in engineering and data science, and this year "
            "half of the recipients are women.",
            "وتموّل الشركة أيضًا منحًا جامعية في الهندسة وعلوم البيانات، ونصف المستفيدين منها هذا العام من "
            "النساء.",
        ),
        (
            "Applications for next year's programme open in {next_month} on the company's website.",
            "ويُفتح باب التقديم لبرنامج العام المقبل في {next_month} عبر الموقع الإلكتروني للشركة.",
        ),
    ),
)

DESK = Desk(
    section="business",
    analysts="business",
    topics=(EARNINGS, RATES, GAS_FIELD, PROPERTY, TOURISM, LISTING, PARTNER),
    quotes=(
        (
            "“The numbers show an economy that is broadening beyond oil,” said {analyst}.",
            "{a_said} {analyst}: «تُظهر الأرقام اقتصادًا يتسع إلى ما هو أبعد من النفط».",
        ),
        (
            "“Investors will want to see whether this momentum lasts into next year,” said {analyst}.",
            "{a_said} {analyst}: «سيرغب المستثمرون في معرفة ما إذا كان هذا الزخم سيستمر حتى العام المقبل».",
        ),
        (
            "“Financing costs are still high, so companies with strong balance sheets have the advantage,” "
            "said {analyst}.",
            "{a_said} {analyst}: «لا تزال كلفة التمويل مرتفعة، لذا تتمتع الشركات ذات الميزانيات القوية "
            "بأفضلية».",
        ),
        (
            "“It is a positive signal, but the global outlook remains uncertain,” said {analyst}, pointing "
            "to weaker demand in Europe.",
            "{a_said} {analyst}: «إنها إشارة إيجابية، لكن الآفاق العالمية لا تزال غامضة»، {a_pointing} إلى "
            "ضعف الطلب في أوروبا.",
        ),
    ),
    context=(
        (
            "The non-oil economy grew by {pct} per cent last year, according to official estimates, led by "
            "logistics, tourism and financial services.",
            "ونما الاقتصاد غير النفطي بنسبة {pct} في المئة العام الماضي، وفق التقديرات الرسمية، بقيادة "
            "الخدمات اللوجستية والسياحة والخدمات المالية.",
        ),
        (
            "The main index of the Sahil Securities Exchange has gained {pct} per cent since the start of "
            "the year.",
            "وارتفع المؤشر العام لبورصة الساحل للأوراق المالية بنسبة {pct} في المئة منذ بداية العام.",
        ),
        (
            "Inflation has slowed to {pct2} per cent, giving households some relief after two years of "
            "rising prices.",
            "وتباطأ التضخم إلى {pct2} في المئة، مما منح الأسر بعض الارتياح بعد عامين من ارتفاع الأسعار.",
        ),
        (
            "The government wants the private sector to create most new jobs for citizens by the end of the "
            "decade.",
            "وتريد الحكومة أن يوفر القطاع الخاص معظم الوظائف الجديدة للمواطنين بحلول نهاية العقد.",
        ),
    ),
    closings=(
        ("Further figures are due next month.", "ومن المقرر صدور أرقام إضافية الشهر المقبل."),
        (
            "Analysts will be watching the next set of quarterly figures closely.",
            "وسيتابع المحللون الأرقام الفصلية المقبلة عن كثب.",
        ),
        (
            "The central bank is due to publish its financial stability report before the end of the year.",
            "ومن المقرر أن ينشر البنك المركزي تقريره عن الاستقرار المالي قبل نهاية العام.",
        ),
    ),
)
