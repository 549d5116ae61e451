"""The politics desk's running stories: the budget, the labour law, municipal elections, housing and more."""

from masthead.demo.desks import Beat, Topic

BUDGET = Topic(
    key="budget",
    tags=("cabinet", "budget"),
    speakers=("finance", "spokesperson"),
    scenes=("civic", "chamber"),
    months=(9, 10, 11),
    background=(
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
            "وسيُخفَّض الدعم المقدم لكبار المستهلكين الصناعيين للكهرباء والمياه تدريجيًا على مدى ثلاث "
            "سنوات، في حين يبقى دعم الأسر دون تغيير.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Finance Ministry sends the cabinet a draft budget built around health and housing",
                "وزارة المالية تحيل إلى مجلس الوزراء مشروع ميزانية يتمحور حول الصحة والإسكان",
            ),
            dek=(
                "Ministries were asked to find savings of five per cent in their running costs.",
                "طُلب من الوزارات توفير خمسة في المئة من نفقاتها التشغيلية.",
            ),
            lead=(
                "The Finance Ministry sent its draft budget for {next_year} to the cabinet on {weekday}, "
                "proposing higher spending on hospitals and public housing and a five per cent cut in "
                "ministries' running costs.",
                "أحالت وزارة المالية يوم {weekday} مشروع ميزانية عام {next_year} إلى مجلس الوزراء، مقترحة "
                "زيادة الإنفاق على المستشفيات والإسكان العام وخفض النفقات التشغيلية للوزارات بنسبة خمسة في "
                "المئة.",
            ),
            details=(
                (
                    "“Every ministry has been asked to do more with less, and most have found a way,” said "
                    "{official}.",
                    "{o_said} {official}: «طُلب من كل وزارة أن تنجز أكثر بموارد أقل، ووجد معظمها سبيلًا إلى "
                    "ذلك».",
                ),
            ),
            caption=(
                "The draft now goes to the weekly cabinet meeting.",
                "يُعرض المشروع الآن على الاجتماع الأسبوعي لمجلس الوزراء.",
            ),
        ),
        Beat(
            headline=(
                "Cabinet approves a {money_big} budget for {next_year} and forecasts a smaller deficit",
                "مجلس الوزراء يقر ميزانية بقيمة {money_big} لعام {next_year} ويتوقع عجزًا أصغر",
            ),
            dek=(
                "Spending will rise by {pct} per cent, and officials say the deficit will narrow as non-oil "
                "revenue grows.",
                "سيرتفع الإنفاق بنسبة {pct} في المئة، ويقول المسؤولون إن العجز سيتقلص مع نمو الإيرادات غير "
                "النفطية.",
            ),
            lead=(
                "The cabinet on {weekday} approved a {money_big} budget for {next_year}, raising spending "
                "on health, education and housing while forecasting a smaller deficit.",
                "أقر مجلس الوزراء يوم {weekday} ميزانية بقيمة {money_big} لعام {next_year}، ترفع الإنفاق "
                "على الصحة والتعليم والإسكان مع توقع عجز أصغر.",
            ),
            details=(
                (
                    "“We are spending more where families feel it most, and we are doing it responsibly,” "
                    "said {official}.",
                    "{o_said} {official}: «ننفق أكثر حيث تشعر الأسر بالأثر، ونفعل ذلك بمسؤولية».",
                ),
            ),
            caption=("The budget now goes to the Shura Council.", "تُحال الميزانية الآن إلى مجلس الشورى."),
        ),
        Beat(
            headline=(
                "Shura members press for more housing money as budget debate opens",
                "أعضاء الشورى يطالبون بمزيد من أموال الإسكان مع بدء مناقشة الميزانية",
            ),
            dek=(
                "Several members said the waiting list for public housing deserved more than the government "
                "has offered.",
                "قال عدد من الأعضاء إن قائمة انتظار الإسكان العام تستحق أكثر مما عرضته الحكومة.",
            ),
            lead=(
                "The Shura Council opened its debate on the {next_year} budget on {weekday}, with member "
                "after member asking the finance minister why the housing programme would not grow faster.",
                "بدأ مجلس الشورى يوم {weekday} مناقشة ميزانية عام {next_year}، وتوالى الأعضاء في سؤال وزير "
                "المالية عن سبب عدم تسريع نمو برنامج الإسكان.",
            ),
            details=(
                (
                    "The minister replied that money for housing had risen for three years in a row and "
                    "that building capacity, not funds, was now the limit.",
                    "ورد الوزير بأن مخصصات الإسكان ارتفعت ثلاث سنوات متتالية، وأن القدرة على البناء، لا "
                    "التمويل، هي ما يحد من الوتيرة الآن.",
                ),
            ),
            caption=(
                "The debate on the budget is expected to last three sessions.",
                "يُتوقع أن تستمر مناقشة الميزانية ثلاث جلسات.",
            ),
            scene="chamber",
        ),
        Beat(
            headline=(
                "Shura passes the budget after adding funds for school maintenance",
                "الشورى يقر الميزانية بعد إضافة مخصصات لصيانة المدارس",
            ),
            dek=(
                "The amendment moves money from government travel and events to repairs at 140 schools.",
                "ينقل التعديل أموالًا من بنود السفر والفعاليات الحكومية إلى أعمال الصيانة في 140 مدرسة.",
            ),
            lead=(
                "The Shura Council approved the {next_year} budget on {weekday} by {big_pct} votes, after "
                "members added money for repairs at 140 schools, taken from the government's travel and "
                "events budget.",
                "أقر مجلس الشورى ميزانية عام {next_year} يوم {weekday} بأغلبية {big_pct} صوتًا، بعد أن أضاف "
                "الأعضاء مخصصات لصيانة 140 مدرسة اقتُطعت من بنود السفر والفعاليات الحكومية.",
            ),
            details=(
                (
                    "It is the first time in six years that the council has changed the figures of a budget "
                    "rather than only commenting on them.",
                    "وهي المرة الأولى منذ ست سنوات التي يعدّل فيها المجلس أرقام الميزانية بدلًا من الاكتفاء "
                    "بالتعليق عليها.",
                ),
            ),
            caption=(
                "The council changed the budget's figures for the first time in six years.",
                "عدّل المجلس أرقام الميزانية لأول مرة منذ ست سنوات.",
            ),
            scene="chamber",
        ),
        Beat(
            headline=(
                "What the new budget means for families: fees frozen, more clinics, no new taxes",
                "ماذا تعني الميزانية الجديدة للأسر: تجميد الرسوم ومزيد من العيادات ولا ضرائب جديدة",
            ),
            dek=(
                "Government fees stay at this year's level, and eight health centres will open.",
                "تبقى الرسوم الحكومية عند مستواها الحالي، وستُفتتح ثمانية مراكز صحية.",
            ),
            lead=(
                "The budget for {next_year}, published in the official gazette on {weekday}, freezes "
                "government fees, adds no new taxes and pays for eight new health centres, according to the "
                "final text.",
                "تجمّد ميزانية عام {next_year}، التي نُشرت في الجريدة الرسمية يوم {weekday}، الرسوم "
                "الحكومية ولا تضيف ضرائب جديدة، وتموّل ثمانية مراكز صحية جديدة، بحسب النص النهائي.",
            ),
            details=(
                (
                    "Fees for driving licences, passports and business registration will stay at this "
                    "year's level for at least twelve months.",
                    "وستبقى رسوم رخص القيادة وجوازات السفر وتسجيل الأعمال عند مستواها الحالي اثني عشر شهرًا "
                    "على الأقل.",
                ),
            ),
            caption=(
                "Government fees stay frozen for at least a year.",
                "تبقى الرسوم الحكومية مجمدة عامًا على الأقل.",
            ),
        ),
    ),
)


LABOUR_LAW = Topic(
    key="labour-law",
    tags=("shura-council", "labour-market"),
    speakers=("labour", "shura"),
    scenes=("chamber", "civic"),
    background=(
        (
            "Under the bill, overtime may not exceed two hours a day, and every worker is entitled to at "
            "least one full day of rest each week.",
            "وبموجب المشروع، لا يجوز أن يتجاوز العمل الإضافي ساعتين في اليوم، ويحق لكل عامل الحصول على يوم "
            "راحة كامل على الأقل كل أسبوع.",
        ),
        (
            "Paid maternity leave would rise from 50 days to 90, and domestic workers would be covered by "
            "the law for the first time.",
            "وسترتفع إجازة الأمومة مدفوعة الأجر من 50 يومًا إلى 90 يومًا، وستشمل أحكام القانون العمالة "
            "المنزلية لأول مرة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Draft labour law published for comment, with 90 days of maternity leave",
                "نشر مسودة قانون العمل لإبداء الرأي مع إجازة أمومة مدتها 90 يومًا",
            ),
            dek=(
                "Employers, unions and the public have six weeks to send their views.",
                "أمام أصحاب العمل والنقابات والجمهور ستة أسابيع لإرسال آرائهم.",
            ),
            lead=(
                "The Labour Ministry on {weekday} published the draft of a new labour law that would extend "
                "paid maternity leave to 90 days, cap overtime and cover domestic workers, and invited "
                "comments for six weeks.",
                "نشرت وزارة العمل يوم {weekday} مسودة قانون عمل جديد يمدد إجازة الأمومة مدفوعة الأجر إلى 90 "
                "يومًا ويضع سقفًا للعمل الإضافي ويشمل العمالة المنزلية، ودعت إلى إبداء الملاحظات خلال ستة "
                "أسابيع.",
            ),
            details=(
                (
                    "“A law that touches every workplace should be written with the people who work in "
                    "them,” said {official}.",
                    "{o_said} {official}: «القانون الذي يمس كل مكان عمل ينبغي أن يُكتب مع من يعملون فيه».",
                ),
            ),
            caption=(
                "Comments can be sent through the ministry's website for six weeks.",
                "يمكن إرسال الملاحظات عبر موقع الوزارة الإلكتروني خلال ستة أسابيع.",
            ),
            scene="civic",
        ),
        Beat(
            headline=(
                "Business groups ask for more time as Shura committee hears labour bill",
                "مجموعات الأعمال تطلب مهلة أطول مع استماع لجنة الشورى لمشروع قانون العمل",
            ),
            dek=(
                "Small firms say the overtime cap would force them to hire staff they cannot afford.",
                "تقول الشركات الصغيرة إن سقف العمل الإضافي سيجبرها على توظيف عاملين لا تقدر على كلفتهم.",
            ),
            lead=(
                "Representatives of small businesses told a Shura Council committee on {weekday} that they "
                "needed two years, not one, to adapt to the new labour law, while workers' advocates urged "
                "members not to weaken it.",
                "قال ممثلو الشركات الصغيرة أمام إحدى لجان مجلس الشورى يوم {weekday} إنهم يحتاجون إلى عامين "
                "لا عام واحد للتكيف مع قانون العمل الجديد، فيما حث المدافعون عن حقوق العمال الأعضاء على عدم "
                "إضعافه.",
            ),
            details=(
                (
                    "The committee is due to send its report to the full council before the end of the "
                    "session.",
                    "ومن المقرر أن ترفع اللجنة تقريرها إلى المجلس بكامل أعضائه قبل نهاية الدورة.",
                ),
            ),
            caption=(
                "The committee heard employers and workers' advocates in one session.",
                "استمعت اللجنة إلى أصحاب العمل والمدافعين عن حقوق العمال في جلسة واحدة.",
            ),
        ),
        Beat(
            headline=(
                "After months of debate, the Shura Council approves a labour law that extends maternity "
                "leave, protects domestic workers and limits overtime",
                "بعد أشهر من النقاش، مجلس الشورى يقر قانون عمل يمدد إجازة الأمومة ويحمي العمالة المنزلية "
                "ويضع حدودًا للعمل الإضافي",
            ),
            dek=(
                "Members added protection for wages paid late and gave small firms eighteen months to "
                "comply.",
                "أضاف الأعضاء حماية للأجور المتأخرة، ومنحوا الشركات الصغيرة ثمانية عشر شهرًا للامتثال.",
            ),
            lead=(
                "The Shura Council on {weekday} approved the new labour law, which extends paid maternity "
                "leave to 90 days and requires employers to pay salaries through the electronic wage "
                "protection system.",
                "أقر مجلس الشورى يوم {weekday} قانون العمل الجديد، الذي يمدد إجازة الأمومة مدفوعة الأجر إلى "
                "90 يومًا، ويلزم أصحاب العمل بدفع الرواتب عبر نظام حماية الأجور الإلكتروني.",
            ),
            details=(
                (
                    "“This law balances the needs of employers with the dignity of every worker,” said "
                    "{official}.",
                    "{o_said} {official}: «يوازن هذا القانون بين احتياجات أصحاب العمل وكرامة كل عامل».",
                ),
            ),
            caption=(
                "The bill passed with the votes of {big_pct} members.",
                "حظي المشروع بأصوات {big_pct} عضوًا.",
            ),
        ),
        Beat(
            headline=(
                "New labour rules take effect, and fines for late wages double",
                "قواعد العمل الجديدة تدخل حيز التنفيذ ومضاعفة غرامات تأخير الأجور",
            ),
            dek=(
                "The ministry has set up a hotline for workers and employers with questions.",
                "خصصت الوزارة خطًا ساخنًا لاستفسارات العمال وأصحاب العمل.",
            ),
            lead=(
                "The new labour law came into force on {weekday}, and the Labour Ministry said its "
                "inspectors would start by checking that salaries are paid on time through the wage "
                "protection system.",
                "دخل قانون العمل الجديد حيز التنفيذ يوم {weekday}، وقالت وزارة العمل إن مفتشيها سيبدأون "
                "بالتحقق من دفع الرواتب في موعدها عبر نظام حماية الأجور.",
            ),
            details=(
                (
                    "More than {count} companies asked for advice in the last week before the law took "
                    "effect, the ministry said.",
                    "وقالت الوزارة إن أكثر من {count} شركة طلبت المشورة في الأسبوع الأخير قبل دخول القانون "
                    "حيز التنفيذ.",
                ),
            ),
            caption=(
                "Inspectors will first check that salaries are paid on time.",
                "سيبدأ المفتشون بالتحقق من دفع الرواتب في موعدها.",
            ),
            scene="civic",
        ),
    ),
)


ELECTIONS = Topic(
    key="municipal-elections",
    tags=("elections", "youth"),
    speakers=("municipal",),
    scenes=("ballot", "civic"),
    background=(
        (
            "Municipal councils decide on parks, parking, markets and local roads, and each has a budget of "
            "its own.",
            "وتقرر المجالس البلدية في شؤون الحدائق والمواقف والأسواق والطرق المحلية، ولكل منها ميزانيته "
            "الخاصة.",
        ),
        (
            "Electronic voting machines are used in every district, and results are announced within hours "
            "of the polls closing.",
            "وتُستخدم أجهزة التصويت الإلكتروني في جميع الدوائر، وتُعلن النتائج خلال ساعات من إغلاق مراكز "
            "الاقتراع.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Voter registration opens for municipal elections, with first-time voters urged to sign up",
                "فتح باب تسجيل الناخبين للانتخابات البلدية ودعوة الناخبين الجدد إلى التسجيل",
            ),
            dek=(
                "Citizens who turned 18 since the last election can register online in five minutes.",
                "يمكن للمواطنين الذين بلغوا الثامنة عشرة منذ الانتخابات الماضية التسجيل إلكترونيًا في خمس "
                "دقائق.",
            ),
            lead=(
                "Registration for the municipal elections opened on {weekday}, and the Municipal Affairs "
                "Ministry said it hoped to add {count} young voters who have turned 18 since the last vote.",
                "فُتح باب التسجيل للانتخابات البلدية يوم {weekday}، وقالت وزارة شؤون البلديات إنها تأمل في "
                "إضافة {count} ناخب شاب بلغوا الثامنة عشرة منذ الاقتراع الماضي.",
            ),
            details=(
                (
                    "Universities and youth clubs will host registration desks for the next three weeks.",
                    "وستستضيف الجامعات والأندية الشبابية مكاتب للتسجيل خلال الأسابيع الثلاثة المقبلة.",
                ),
            ),
            caption=(
                "Registration desks will open at universities and youth clubs.",
                "ستُفتح مكاتب للتسجيل في الجامعات والأندية الشبابية.",
            ),
        ),
        Beat(
            headline=(
                "A record 61 women among the candidates for municipal councils",
                "رقم قياسي من المرشحات للمجالس البلدية يبلغ 61 امرأة",
            ),
            dek=(
                "Candidates are on average six years younger than at the last election.",
                "متوسط أعمار المرشحين أصغر بست سنوات مما كان عليه في الانتخابات الماضية.",
            ),
            lead=(
                "Sixty-one women are among the candidates for the municipal elections, the highest number "
                "ever, according to the final list published on {weekday}.",
                "تضم القائمة النهائية للمرشحين للانتخابات البلدية، التي نُشرت يوم {weekday}، إحدى وستين "
                "امرأة، وهو أعلى عدد على الإطلاق.",
            ),
            details=(
                (
                    "Several candidates in {city} are running together on a platform of parking, parks and "
                    "lower municipal fees.",
                    "ويخوض عدد من المرشحين في {city} الانتخابات معًا ببرنامج يركز على المواقف والحدائق وخفض "
                    "الرسوم البلدية.",
                ),
            ),
            caption=(
                "The final list of candidates was published on the ministry's website.",
                "نُشرت القائمة النهائية للمرشحين على موقع الوزارة الإلكتروني.",
            ),
            scene="civic",
        ),
        Beat(
            headline=(
                "Candidates take their campaigns to the majlis and to social media",
                "المرشحون ينقلون حملاتهم إلى المجالس ووسائل التواصل الاجتماعي",
            ),
            dek=(
                "Neighbourhood gatherings remain the main arena, but short videos are reaching younger "
                "voters.",
                "تبقى لقاءات الأحياء الساحة الرئيسية، لكن المقاطع القصيرة تصل إلى الناخبين الأصغر سنًا.",
            ),
            lead=(
                "With ten days to go before the municipal elections, candidates in {city} are spending "
                "their evenings in neighbourhood majlis gatherings and their mornings filming short videos "
                "for social media.",
                "قبل عشرة أيام من الانتخابات البلدية، يقضي المرشحون في {city} أمسياتهم في مجالس الأحياء، "
                "وصباحاتهم في تصوير مقاطع قصيرة لوسائل التواصل الاجتماعي.",
            ),
            details=(
                (
                    "“People still want to look you in the eye and ask about their street,” said one "
                    "candidate, a 34-year-old engineer.",
                    "وقال أحد المرشحين، وهو مهندس يبلغ 34 عامًا: «لا يزال الناس يريدون أن ينظروا في عينيك "
                    "ويسألوك عن شارعهم».",
                ),
            ),
            caption=(
                "Evening majlis gatherings are still the heart of the campaign.",
                "تبقى المجالس المسائية قلب الحملة الانتخابية.",
            ),
            scene="civic",
        ),
        Beat(
            headline=(
                "Turnout in municipal elections is the highest in a decade",
                "نسبة المشاركة في الانتخابات البلدية الأعلى منذ عقد",
            ),
            dek=(
                "Polling stations stayed open an hour longer to cope with queues in the evening.",
                "بقيت مراكز الاقتراع مفتوحة ساعة إضافية لاستيعاب الطوابير في المساء.",
            ),
            lead=(
                "Turnout in the municipal elections on {weekday} was the highest in more than a decade, as "
                "voters in {city} waited in long queues after sunset to choose their councils, and a record "
                "number of women won seats.",
                "سجلت الانتخابات البلدية يوم {weekday} أعلى نسبة مشاركة منذ أكثر من عقد، إذ انتظر الناخبون "
                "في {city} في طوابير طويلة بعد غروب الشمس لاختيار مجالسهم، وفاز عدد قياسي من النساء بمقاعد.",
            ),
            details=(
                (
                    "“People voted for councils that answer their calls and fix their streets,” said "
                    "{official}.",
                    "{o_said} {official}: «صوّت الناس لمجالس تستجيب لاتصالاتهم وتصلح شوارعهم».",
                ),
            ),
            caption=(
                "Polling stations stayed open an hour longer than planned.",
                "بقيت مراكز الاقتراع مفتوحة ساعة أطول مما كان مقررًا.",
            ),
        ),
        Beat(
            headline=(
                "New councils choose their chairs, and the youngest is 29",
                "المجالس الجديدة تنتخب رؤساءها وأصغرهم في التاسعة والعشرين",
            ),
            dek=(
                "Four of the seven councils will be chaired by members elected for the first time.",
                "سيرأس أعضاء منتخبون لأول مرة أربعة من المجالس السبعة.",
            ),
            lead=(
                "The newly elected municipal councils held their first sessions on {weekday} and chose "
                "their chairs by secret ballot, electing a 29-year-old architect to lead the council in "
                "{city}.",
                "عقدت المجالس البلدية المنتخبة حديثًا أولى جلساتها يوم {weekday}، واختارت رؤساءها بالاقتراع "
                "السري، فانتُخبت مهندسة معمارية تبلغ 29 عامًا لرئاسة مجلس {city}.",
            ),
            details=(
                (
                    "Her first promise was to publish every council decision online within a week.",
                    "وكان أول وعودها نشر كل قرارات المجلس على الإنترنت خلال أسبوع.",
                ),
            ),
            caption=(
                "Chairs were chosen by secret ballot at the first sessions.",
                "اختير الرؤساء بالاقتراع السري في الجلسات الأولى.",
            ),
            scene="chamber",
        ),
    ),
)


HOUSING = Topic(
    key="housing",
    tags=("housing", "youth"),
    speakers=("housing",),
    scenes=("construction", "skyline"),
    background=(
        (
            "The waiting list for public housing had grown for a decade before last year's construction "
            "drive.",
            "وكانت قائمة انتظار الإسكان العام قد ظلت تطول عقدًا كاملًا قبل حملة البناء التي انطلقت العام "
            "الماضي.",
        ),
        (
            "Each house has three bedrooms, a small garden and solar panels on the roof.",
            "ويضم كل منزل ثلاث غرف نوم وحديقة صغيرة وألواحًا شمسية على السطح.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Plan to cut the wait for public housing to three years",
                "خطة لتقليص انتظار الإسكان العام إلى ثلاث سنوات",
            ),
            dek=(
                "New districts in {city} and cheaper mortgages for first-time buyers are at its heart.",
                "في صلبها أحياء جديدة في {city} وقروض عقارية أرخص لمن يشترون مسكنهم الأول.",
            ),
            lead=(
                "The government on {weekday} unveiled a plan to cut the average wait for public housing "
                "from seven years to three, with new districts in {city} and state-backed mortgages at "
                "{pct2} per cent for first-time buyers.",
                "كشفت الحكومة يوم {weekday} عن خطة لتقليص متوسط انتظار الإسكان العام من سبع سنوات إلى ثلاث، "
                "بأحياء جديدة في {city} وقروض عقارية مدعومة من الدولة بفائدة {pct2} في المئة لمن يشترون "
                "مسكنهم الأول.",
            ),
            details=(
                (
                    "“A home is where a family's stability begins,” said {official}.",
                    "{o_said} {official}: «البيت هو حيث يبدأ استقرار الأسرة».",
                ),
            ),
            caption=("New districts are planned in {city}.", "من المقرر إنشاء أحياء جديدة في {city}."),
            scene="skyline",
        ),
        Beat(
            headline=(
                "Factory to build house parts for public housing opens in {city2}",
                "افتتاح مصنع لأجزاء المنازل الجاهزة للإسكان العام في {city2}",
            ),
            dek=(
                "Walls and floors made indoors can be assembled on site in weeks rather than months.",
                "يمكن تركيب الجدران والأرضيات المصنعة داخل المصنع في الموقع خلال أسابيع بدلًا من أشهر.",
            ),
            lead=(
                "A factory that makes walls, floors and staircases for public housing opened in {city2} on "
                "{weekday}, and the Housing Ministry says it will let builders finish a house in a third of "
                "the usual time.",
                "افتُتح في {city2} يوم {weekday} مصنع ينتج الجدران والأرضيات والسلالم لمشاريع الإسكان "
                "العام، وتقول وزارة الإسكان إنه سيمكّن المقاولين من إنجاز المنزل في ثلث الوقت المعتاد.",
            ),
            details=(
                (
                    "The factory can produce parts for about ten houses a day and employs {count} people.",
                    "ويستطيع المصنع إنتاج أجزاء نحو عشرة منازل يوميًا، ويعمل فيه {count} شخص.",
                ),
            ),
            caption=(
                "Prefabricated parts cut building time by two-thirds.",
                "تختصر الأجزاء الجاهزة مدة البناء بمقدار الثلثين.",
            ),
            scene="construction",
        ),
        Beat(
            headline=(
                "{count} families get the keys to homes in a new district",
                "{count} أسرة تتسلم مفاتيح منازلها في حي جديد",
            ),
            dek=(
                "It is the largest single handover in the housing programme's history.",
                "إنها أكبر عملية تسليم دفعة واحدة في تاريخ برنامج الإسكان.",
            ),
            lead=(
                "The Housing Ministry on {weekday} began handing over {count} homes to young families in a "
                "new district of {city}, the largest single handover in the programme's history.",
                "بدأت وزارة الإسكان يوم {weekday} تسليم {count} وحدة سكنية لأسر شابة في أحد الأحياء الجديدة "
                "في {city}، في أكبر عملية تسليم دفعة واحدة في تاريخ البرنامج.",
            ),
            details=(
                (
                    "The district will have a school, a clinic and a mosque, and a bus route to the nearest "
                    "metro station.",
                    "وسيضم الحي مدرسة وعيادة ومسجدًا، وخط حافلات إلى أقرب محطة مترو.",
                ),
            ),
            caption=(
                "The new district will have its own school and clinic.",
                "سيضم الحي الجديد مدرسته وعيادته.",
            ),
        ),
        Beat(
            headline=(
                "Housing waiting list shrinks for the first time in ten years",
                "قائمة انتظار الإسكان تتقلص لأول مرة منذ عشر سنوات",
            ),
            dek=(
                "Applicants can now follow their place in the queue online.",
                "صار بإمكان المتقدمين متابعة ترتيبهم في قائمة الانتظار عبر الإنترنت.",
            ),
            lead=(
                "The number of families waiting for public housing has fallen for the first time in ten "
                "years, the government said on {weekday}, after a surge in construction in {city} and "
                "{city2}.",
                "قالت الحكومة يوم {weekday} إن عدد الأسر المنتظرة للحصول على مسكن حكومي انخفض لأول مرة منذ "
                "عشر سنوات، بعد طفرة في البناء في {city} و{city2}.",
            ),
            details=(
                (
                    "The ministry said the list had shrunk by {pct} per cent since the start of last year.",
                    "وقالت الوزارة إن القائمة تقلصت بنسبة {pct} في المئة منذ بداية العام الماضي.",
                ),
            ),
            caption=(
                "Construction in {city} has sped up since last year.",
                "تسارعت وتيرة البناء في {city} منذ العام الماضي.",
            ),
        ),
    ),
)

TOPICS = (
    BUDGET,
    LABOUR_LAW,
    ELECTIONS,
    HOUSING,
)
