"""The politics desk: the cabinet, the Shura Council, elections, housing and foreign visits."""

from masthead.demo.desks import Desk, Topic

BUDGET = Topic(
    key="budget",
    tags=("cabinet", "budget"),
    speakers=("finance", "spokesperson"),
    scenes=("civic", "skyline"),
    headlines=(
        (
            "Cabinet approves {next_year} budget with more for health",
            "مجلس الوزراء يقر ميزانية {next_year} مع زيادة الإنفاق على الصحة",
        ),
        ("Government expects smaller deficit next year", "الحكومة تتوقع عجزًا أصغر في العام المقبل"),
        (
            "Cabinet signs off a {money_big} budget for {next_year} that raises spending on schools, "
            "hospitals and housing while trimming subsidies for large companies",
            "مجلس الوزراء يعتمد ميزانية بقيمة {money_big} لعام {next_year} ترفع الإنفاق على المدارس "
            "والمستشفيات والإسكان وتقلص الدعم للشركات الكبرى",
        ),
    ),
    deks=(
        (
            "Spending will rise by {pct} per cent, and officials say the deficit will narrow as non-oil "
            "revenue grows.",
            "سيرتفع الإنفاق بنسبة {pct} في المئة، ويقول المسؤولون إن العجز سيتقلص مع نمو الإيرادات غير "
            "النفطية.",
        ),
        (
            "The budget now goes to the Shura Council, which is expected to debate it before the end of the "
            "year.",
            "تُحال الميزانية الآن إلى مجلس الشورى، الذي يُتوقع أن يناقشها قبل نهاية العام.",
        ),
    ),
    leads=(
        (
            "The cabinet on {weekday} approved a {money_big} budget for {next_year}, raising spending on "
            "health, education and housing while forecasting a smaller deficit.",
            "أقر مجلس الوزراء يوم {weekday} ميزانية بقيمة {money_big} لعام {next_year}، ترفع الإنفاق على "
            "الصحة والتعليم والإسكان مع توقع عجز أصغر.",
        ),
        (
            "The government expects its budget deficit to narrow next year as revenue from tourism, "
            "logistics and manufacturing grows, according to figures released after the weekly cabinet "
            "meeting on {weekday}.",
            "تتوقع الحكومة أن يتقلص عجز ميزانيتها في العام المقبل مع نمو الإيرادات من السياحة والخدمات "
            "اللوجستية والصناعة، بحسب أرقام نُشرت بعد الاجتماع الأسبوعي لمجلس الوزراء يوم {weekday}.",
        ),
    ),
    details=(
        (
            "“We are spending more where families feel it most, and we are doing it responsibly,” said "
            "{official}.",
            "{o_said} {official}: «ننفق أكثر حيث تشعر الأسر بالأثر، ونفعل ذلك بمسؤولية».",
        ),
        (
            "Spending on health will rise by {pct} per cent, and the housing programme will receive funds "
            "for {count} new homes.",
            "وسيرتفع الإنفاق على الصحة بنسبة {pct} في المئة، وسيحصل برنامج الإسكان على تمويل لبناء {count} "
            "وحدة سكنية جديدة.",
        ),
        (
            "The budget assumes an oil price of 65 dollars a barrel, a level economists describe as "
            "cautious.",
            "وتفترض الميزانية سعرًا للنفط عند 65 دولارًا للبرميل، وهو مستوى يصفه الاقتصاديون بالحذر.",
        ),
        (
            "Subsidies for large industrial users of electricity and water will be reduced gradually over "
            "three years, while support for households stays unchanged.",
            "وسيُخفَّض الدعم المقدم لكبار المستهلكين الصناعيين للكهرباء والمياه تدريجيًا على مدى ثلاث سنوات، "
            "في حين يبقى دعم الأسر دون تغيير.",
        ),
    ),
)

LABOUR_LAW = Topic(
    key="labour-law",
    tags=("shura-council", "labour-market"),
    speakers=("labour", "shura"),
    scenes=("civic", "abstract"),
    headlines=(
        ("Shura Council passes new labour law", "مجلس الشورى يقر قانون العمل الجديد"),
        ("Labour law extends maternity leave to 90 days", "قانون العمل يمدد إجازة الأمومة إلى 90 يومًا"),
        (
            "After months of debate, the Shura Council approves a labour law that extends maternity leave, "
            "protects domestic workers and limits overtime",
            "بعد أشهر من النقاش، مجلس الشورى يقر قانون عمل يمدد إجازة الأمومة ويحمي العمالة المنزلية ويضع "
            "حدودًا للعمل الإضافي",
        ),
    ),
    deks=(
        (
            "Members approved the bill by a wide margin after adding amendments on wage protection.",
            "أقر الأعضاء المشروع بأغلبية كبيرة بعد إضافة تعديلات تتعلق بحماية الأجور.",
        ),
        (
            "Business groups asked for more time to adapt, while workers' advocates called the changes "
            "overdue.",
            "طلبت مجموعات الأعمال مزيدًا من الوقت للتكيف، بينما وصف المدافعون عن حقوق العمال التعديلات بأنها "
            "تأخرت كثيرًا.",
        ),
    ),
    leads=(
        (
            "The Shura Council on {weekday} approved a new labour law that extends paid maternity leave to "
            "90 days and requires employers to pay salaries through the electronic wage protection system.",
            "أقر مجلس الشورى يوم {weekday} قانون عمل جديدًا يمدد إجازة الأمومة مدفوعة الأجر إلى 90 يومًا، "
            "ويلزم أصحاب العمل بدفع الرواتب عبر نظام حماية الأجور الإلكتروني.",
        ),
        (
            "Private sector workers will be entitled by law to 90 days of paid maternity leave and a weekly "
            "day off under amendments approved by the Shura Council on {weekday}.",
            "سيحق لعاملي القطاع الخاص بموجب القانون الحصول على إجازة أمومة مدفوعة الأجر مدتها 90 يومًا وعلى "
            "يوم راحة أسبوعي، وفق تعديلات أقرها مجلس الشورى يوم {weekday}.",
        ),
    ),
    details=(
        (
            "“This law balances the needs of employers with the dignity of every worker,” said {official}.",
            "{o_said} {official}: «يوازن هذا القانون بين احتياجات أصحاب العمل وكرامة كل عامل».",
        ),
        (
            "Under the new rules, overtime may not exceed two hours a day, and every worker is entitled to "
            "at least one full day of rest each week.",
            "وبموجب القواعد الجديدة، لا يجوز أن يتجاوز العمل الإضافي ساعتين في اليوم، ويحق لكل عامل الحصول "
            "على يوم راحة كامل على الأقل كل أسبوع.",
        ),
        (
            "Companies will have twelve months to adjust their contracts, and fines for paying wages late "
            "will double.",
            "وستُمنح الشركات مهلة اثني عشر شهرًا لتعديل عقودها، وستتضاعف الغرامات المفروضة على التأخر في دفع "
            "الأجور.",
        ),
        (
            "The bill passed with the votes of {big_pct} members and now goes to the cabinet for final "
            "approval.",
            "وحظي المشروع بأصوات {big_pct} عضوًا، ويُحال الآن إلى مجلس الوزراء لاعتماده نهائيًا.",
        ),
    ),
)

ELECTIONS = Topic(
    key="municipal-elections",
    tags=("elections", "youth"),
    speakers=("municipal",),
    scenes=("civic", "abstract"),
    headlines=(
        ("Turnout rises in municipal elections", "ارتفاع نسبة المشاركة في الانتخابات البلدية"),
        (
            "Younger candidates win seats in municipal elections",
            "مرشحون شباب يفوزون بمقاعد في الانتخابات البلدية",
        ),
        (
            "Voters in {city} and {city2} choose new municipal councils, with turnout the highest in a "
            "decade and a record number of women elected",
            "الناخبون في {city} و{city2} يختارون مجالس بلدية جديدة بأعلى نسبة مشاركة منذ عقد وعدد قياسي من "
            "الفائزات",
        ),
    ),
    deks=(
        (
            "Polling stations stayed open an hour longer to cope with queues in the evening.",
            "بقيت مراكز الاقتراع مفتوحة ساعة إضافية لاستيعاب الطوابير في المساء.",
        ),
        (
            "Candidates campaigned on parking, parks and the cost of municipal fees.",
            "ركز المرشحون في حملاتهم على المواقف والحدائق وكلفة الرسوم البلدية.",
        ),
    ),
    leads=(
        (
            "Turnout in the municipal elections on {weekday} was the highest in more than a decade, as "
            "voters in {city} waited in long queues after sunset to choose their councils.",
            "سجلت الانتخابات البلدية يوم {weekday} أعلى نسبة مشاركة منذ أكثر من عقد، إذ انتظر الناخبون في "
            "{city} في طوابير طويلة بعد غروب الشمس لاختيار مجالسهم.",
        ),
        (
            "Younger candidates and a record number of women won seats in the municipal elections held on "
            "{weekday}, with turnout in {city} the highest in more than a decade.",
            "فاز مرشحون شباب وعدد قياسي من النساء بمقاعد في الانتخابات البلدية التي جرت يوم {weekday}، وسجلت "
            "{city} أعلى نسبة مشاركة منذ أكثر من عقد.",
        ),
    ),
    details=(
        (
            "“People voted for councils that answer their calls and fix their streets,” said {official}.",
            "{o_said} {official}: «صوّت الناس لمجالس تستجيب لاتصالاتهم وتصلح شوارعهم».",
        ),
        (
            "Electronic voting machines were used in every district for the first time, and results were "
            "announced within three hours of the polls closing.",
            "واستُخدمت أجهزة التصويت الإلكتروني في جميع الدوائر لأول مرة، وأُعلنت النتائج خلال ثلاث ساعات من "
            "إغلاق مراكز الاقتراع.",
        ),
        (
            "Several of the winners are under 35 and campaigned mainly on social media and at neighbourhood "
            "majlis gatherings.",
            "وعدد من الفائزين دون الخامسة والثلاثين من العمر، وقد اعتمدوا في حملاتهم أساسًا على وسائل "
            "التواصل الاجتماعي ومجالس الأحياء.",
        ),
        (
            "The new councils will hold their first sessions next month and elect their chairs by secret "
            "ballot.",
            "وستعقد المجالس الجديدة أولى جلساتها الشهر المقبل، وستنتخب رؤساءها بالاقتراع السري.",
        ),
    ),
)

VISIT = Topic(
    key="foreign-visit",
    tags=("diplomacy", "trade"),
    speakers=("foreign",),
    scenes=("civic", "globe"),
    headlines=(
        ("Foreign minister in {country} to boost trade", "وزير الخارجية في {country} لتعزيز التبادل التجاري"),
        (
            "Visa waiver agreed during foreign minister's visit to {country}",
            "الاتفاق على الإعفاء من التأشيرات خلال زيارة وزير الخارجية إلى {country}",
        ),
        (
            "Foreign minister signs agreements with {country} on shipping, education and renewable energy "
            "during a three-day visit aimed at doubling trade by the end of the decade",
            "وزير الخارجية يوقع اتفاقيات مع {country} في مجالات الشحن والتعليم والطاقة المتجددة خلال زيارة "
            "تستغرق ثلاثة أيام بهدف مضاعفة التبادل التجاري بنهاية العقد",
        ),
    ),
    deks=(
        (
            "Trade between the two countries reached {money} last year, and both sides want to double it.",
            "بلغ حجم التبادل التجاري بين البلدين {money} العام الماضي، ويسعى الجانبان إلى مضاعفته.",
        ),
        (
            "The visit is the first at this level in six years.",
            "تُعد الزيارة الأولى على هذا المستوى منذ ست سنوات.",
        ),
    ),
    leads=(
        (
            "The foreign minister arrived in {capital_of} on {weekday} for a three-day visit to {country}, "
            "the first at that level in six years, with trade and shipping at the top of the agenda.",
            "وصل وزير الخارجية إلى {capital_of} يوم {weekday} في زيارة إلى {country} تستغرق ثلاثة أيام، هي "
            "الأولى على هذا المستوى منذ ست سنوات، ويتصدر جدول أعمالها التبادل التجاري والشحن البحري.",
        ),
        (
            "The foreign minister signed agreements on shipping, education and visa-free travel in "
            "{capital_of} on {weekday}, on the second day of a visit to {country}.",
            "وقّع وزير الخارجية في {capital_of} يوم {weekday} اتفاقيات في مجالات الشحن والتعليم والسفر دون "
            "تأشيرة، في اليوم الثاني من زيارته إلى {country}.",
        ),
    ),
    details=(
        (
            "“Our relationship with {country} is old, but its best years are ahead of it,” said {official}.",
            "{o_said} {official}: «علاقتنا مع {country} قديمة، لكن أفضل سنواتها لم تأت بعد».",
        ),
        (
            "The two sides signed memoranda on port cooperation, student exchanges and solar power research, "
            "and agreed to set up a joint business council.",
            "ووقع الجانبان مذكرات تفاهم بشأن التعاون في مجال الموانئ وتبادل الطلاب وأبحاث الطاقة الشمسية، "
            "واتفقا على تأسيس مجلس أعمال مشترك.",
        ),
        (
            "Under the visa agreement, citizens of both countries will be able to stay for up to 90 days "
            "without a visa from the start of next year.",
            "وبموجب اتفاقية التأشيرات، سيتمكن مواطنو البلدين من الإقامة مدة تصل إلى 90 يومًا دون تأشيرة "
            "اعتبارًا من مطلع العام المقبل.",
        ),
        (
            "Trade between the two countries was worth about {money} last year, mostly fuel, aluminium and "
            "food.",
            "وبلغت قيمة التبادل التجاري بين البلدين نحو {money} العام الماضي، معظمها من الوقود والألمنيوم "
            "والمواد الغذائية.",
        ),
    ),
)

HOUSING = Topic(
    key="housing",
    tags=("housing", "youth"),
    speakers=("housing",),
    scenes=("skyline", "civic"),
    headlines=(
        ("{count} homes handed to young families", "تسليم {count} وحدة سكنية للأسر الشابة"),
        (
            "Housing waiting list falls for the first time in a decade",
            "قائمة انتظار الإسكان تتراجع لأول مرة منذ عقد",
        ),
        (
            "Government unveils plan to cut the wait for public housing to three years, with new districts "
            "in {city} and cheaper mortgages for first-time buyers",
            "الحكومة تكشف عن خطة لتقليص انتظار الإسكان العام إلى ثلاث سنوات بأحياء جديدة في {city} وقروض "
            "عقارية أرخص لمن يشترون مسكنهم الأول",
        ),
    ),
    deks=(
        (
            "The Housing Ministry says it will build faster by using prefabricated parts made in local "
            "factories.",
            "تقول وزارة الإسكان إنها ستسرّع البناء باستخدام أجزاء مسبقة الصنع تُنتَج في مصانع محلية.",
        ),
        (
            "Applicants will be able to track their place in the queue online from next month.",
            "سيتمكن المتقدمون من متابعة ترتيبهم في قائمة الانتظار عبر الإنترنت اعتبارًا من الشهر المقبل.",
        ),
    ),
    leads=(
        (
            "The Housing Ministry on {weekday} began handing over {count} homes to young families in a new "
            "district of {city}, the largest single handover in the programme's history.",
            "بدأت وزارة الإسكان يوم {weekday} تسليم {count} وحدة سكنية لأسر شابة في أحد الأحياء الجديدة في "
            "{city}، في أكبر عملية تسليم دفعة واحدة في تاريخ البرنامج.",
        ),
        (
            "The number of families waiting for public housing has fallen for the first time in ten years, "
            "the government said on {weekday}, after a surge in construction in {city} and {city2}.",
            "قالت الحكومة يوم {weekday} إن عدد الأسر المنتظرة للحصول على مسكن حكومي انخفض لأول مرة منذ عشر "
            "سنوات، بعد طفرة في البناء في {city} و{city2}.",
        ),
    ),
    details=(
        (
            "“A home is where a family's stability begins,” said {official}, adding that the ministry aims "
            "to cut the average wait to three years.",
            "{o_said} {official}: «البيت هو حيث يبدأ استقرار الأسرة»، {o_adding} أن الوزارة تهدف إلى تقليص "
            "متوسط فترة الانتظار إلى ثلاث سنوات.",
        ),
        (
            "Each house has three bedrooms, a small garden and solar panels on the roof, and the district "
            "will have a school, a clinic and a mosque.",
            "ويضم كل منزل ثلاث غرف نوم وحديقة صغيرة وألواحًا شمسية على السطح، وسيضم الحي مدرسة وعيادة ومسجدًا.",
        ),
        (
            "First-time buyers will be offered mortgages at {pct2} per cent interest through a state-backed "
            "scheme run with local banks.",
            "وستُتاح لمن يشترون مسكنهم الأول قروض عقارية بفائدة {pct2} في المئة عبر برنامج تدعمه الدولة "
            "بالتعاون مع البنوك المحلية.",
        ),
        (
            "The ministry said the waiting list had shrunk by {pct} per cent since the start of last year.",
            "وقالت الوزارة إن قائمة الانتظار تقلصت بنسبة {pct} في المئة منذ بداية العام الماضي.",
        ),
    ),
)

DESK = Desk(
    section="politics",
    analysts="politics",
    topics=(BUDGET, LABOUR_LAW, ELECTIONS, VISIT, HOUSING),
    quotes=(
        (
            "“This shows a government that is listening, but implementation is where reforms usually "
            "stumble,” said {analyst}.",
            "{a_said} {analyst}: «هذا يدل على حكومة تصغي، لكن التنفيذ هو المرحلة التي تتعثر فيها الإصلاحات "
            "عادة».",
        ),
        (
            "“The public debate around this has been unusually lively, which is healthy,” said {analyst}.",
            "{a_said} {analyst}: «كان النقاش العام حول هذه المسألة حيويًا على غير العادة، وهذا أمر صحي».",
        ),
        (
            "“The details will matter more than the headline,” said {analyst}.",
            "{a_said} {analyst}: «التفاصيل أهم من العنوان».",
        ),
        (
            "“Citizens expect results they can measure, and the government knows it,” said {analyst}.",
            "{a_said} {analyst}: «يتوقع المواطنون نتائج يمكنهم قياسها، والحكومة تدرك ذلك».",
        ),
    ),
    context=(
        (
            "The measure is part of a reform programme the government announced two years ago to diversify "
            "the economy and modernise public services.",
            "ويأتي الإجراء ضمن برنامج إصلاحي أعلنته الحكومة قبل عامين لتنويع الاقتصاد وتحديث الخدمات العامة.",
        ),
        (
            "The Shura Council has become more assertive in recent sessions, questioning ministers more "
            "often and amending more bills.",
            "وأصبح مجلس الشورى أكثر حزمًا في دوراته الأخيرة، إذ بات يسائل الوزراء أكثر ويعدّل مزيدًا من "
            "مشاريع القوانين.",
        ),
        (
            "Opinion surveys published last year showed that housing and jobs remain the top concerns of "
            "citizens under 35.",
            "وأظهرت استطلاعات رأي نُشرت العام الماضي أن الإسكان والوظائف لا يزالان الشاغلين الأبرز للمواطنين "
            "دون الخامسة والثلاثين.",
        ),
        (
            "The government publishes a quarterly scorecard of its reform targets, and officials say most "
            "are on track.",
            "وتنشر الحكومة كل ثلاثة أشهر بطاقة أداء لأهدافها الإصلاحية، ويقول المسؤولون إن معظمها يسير وفق "
            "الخطة.",
        ),
    ),
    closings=(
        (
            "The cabinet is expected to return to the matter at its next weekly meeting.",
            "ومن المتوقع أن يعود مجلس الوزراء إلى المسألة في اجتماعه الأسبوعي المقبل.",
        ),
        (
            "The full text is due to be published in the official gazette within two weeks.",
            "ومن المقرر أن يُنشر النص الكامل في الجريدة الرسمية خلال أسبوعين.",
        ),
        (
            "Further announcements are expected before the end of the year.",
            "ومن المتوقع صدور إعلانات أخرى قبل نهاية العام.",
        ),
    ),
)
