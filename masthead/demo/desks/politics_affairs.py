"""The politics desk's shorter runs: visits, a reshuffle, questions in the Shura, and reforms of the state."""

from masthead.demo.desks import Beat, Topic

VISIT = Topic(
    key="foreign-visit",
    tags=("diplomacy", "trade"),
    speakers=("foreign",),
    scenes=("globe", "civic"),
    background=(
        (
            "Trade between the two countries was worth about {money} last year, mostly fuel, aluminium and "
            "food.",
            "وبلغت قيمة التبادل التجاري بين البلدين نحو {money} العام الماضي، معظمها من الوقود والألمنيوم "
            "والمواد الغذائية.",
        ),
        (
            "The visit is the first at this level in six years.",
            "وتُعد الزيارة الأولى على هذا المستوى منذ ست سنوات.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Foreign minister in {country} to push for more trade and shipping links",
                "وزير الخارجية في {country} لتعزيز التجارة وخطوط الشحن",
            ),
            dek=(
                "Both sides want to double the value of trade by the end of the decade.",
                "يسعى الجانبان إلى مضاعفة قيمة التبادل التجاري بحلول نهاية العقد.",
            ),
            lead=(
                "The foreign minister arrived in {capital_of} on {weekday} for a three-day visit to "
                "{country}, with trade and shipping at the top of the agenda.",
                "وصل وزير الخارجية إلى {capital_of} يوم {weekday} في زيارة إلى {country} تستغرق ثلاثة أيام، "
                "يتصدر جدول أعمالها التبادل التجاري والشحن البحري.",
            ),
            details=(
                (
                    "“Our relationship with {country} is old, but its best years are ahead of it,” said "
                    "{official}.",
                    "{o_said} {official}: «علاقتنا مع {country} قديمة، لكن أفضل سنواتها لم تأت بعد».",
                ),
            ),
            caption=(
                "The visit is the first at this level in six years.",
                "الزيارة هي الأولى على هذا المستوى منذ ست سنوات.",
            ),
        ),
        Beat(
            headline=(
                "Citizens of both countries to travel visa-free after talks in {capital_of}",
                "مواطنو البلدين يسافرون دون تأشيرة بعد محادثات {capital_of}",
            ),
            dek=(
                "Stays of up to 90 days will need no visa from the start of next year.",
                "لن تحتاج الإقامة حتى 90 يومًا إلى تأشيرة اعتبارًا من مطلع العام المقبل.",
            ),
            lead=(
                "The foreign minister signed agreements on visa-free travel, student exchanges and port "
                "cooperation in {capital_of} on {weekday}, on the last day of his visit to {country}.",
                "وقّع وزير الخارجية في {capital_of} يوم {weekday} اتفاقيات للسفر دون تأشيرة وتبادل الطلاب "
                "والتعاون في مجال الموانئ، في اليوم الأخير من زيارته إلى {country}.",
            ),
            details=(
                (
                    "The two sides also agreed to set up a joint business council, which will meet for the "
                    "first time in the spring.",
                    "واتفق الجانبان أيضًا على تأسيس مجلس أعمال مشترك يعقد اجتماعه الأول في الربيع.",
                ),
            ),
            caption=(
                "Agreements on travel, students and ports were signed on the last day.",
                "وُقّعت اتفاقيات السفر والطلاب والموانئ في اليوم الأخير.",
            ),
            scene="civic",
        ),
    ),
)


RESHUFFLE = Topic(
    key="cabinet-reshuffle",
    tags=("cabinet",),
    speakers=("spokesperson",),
    scenes=("civic",),
    background=(
        (
            "Ministers are appointed by decree and sworn in before taking office.",
            "ويُعيَّن الوزراء بمرسوم ويؤدون اليمين قبل تسلم مهامهم.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Cabinet reshuffle brings in four new ministers, two of them women",
                "تعديل وزاري يضم أربعة وزراء جدد بينهم امرأتان",
            ),
            dek=(
                "The ministries of health, tourism, communications and youth change hands.",
                "تتغير قيادات وزارات الصحة والسياحة والاتصالات والشباب.",
            ),
            lead=(
                "Four new ministers were named in a cabinet reshuffle announced on {weekday}, the largest "
                "in five years, with new faces at health, tourism, communications and youth.",
                "سُمي أربعة وزراء جدد في تعديل وزاري أُعلن يوم {weekday}، هو الأكبر منذ خمس سنوات، بوجوه "
                "جديدة في وزارات الصحة والسياحة والاتصالات والشباب.",
            ),
            details=(
                (
                    "“The government wants to move faster on the services people use every day,” said "
                    "{official}.",
                    "{o_said} {official}: «تريد الحكومة أن تتحرك بوتيرة أسرع في الخدمات التي يستخدمها الناس "
                    "كل يوم».",
                ),
            ),
            caption=(
                "Four ministries change hands in the reshuffle.",
                "تتغير قيادات أربع وزارات في التعديل.",
            ),
        ),
        Beat(
            headline=(
                "New ministers sworn in and given a hundred days to report",
                "الوزراء الجدد يؤدون اليمين ومهلة مئة يوم لتقديم تقاريرهم",
            ),
            dek=(
                "Each must present a plan with measurable targets to the cabinet.",
                "على كل منهم تقديم خطة بأهداف قابلة للقياس إلى مجلس الوزراء.",
            ),
            lead=(
                "The four new ministers took the oath of office on {weekday} and were told to bring the "
                "cabinet a plan with measurable targets within a hundred days.",
                "أدى الوزراء الأربعة الجدد اليمين يوم {weekday}، وطُلب منهم تقديم خطة بأهداف قابلة للقياس "
                "إلى مجلس الوزراء خلال مئة يوم.",
            ),
            details=(
                (
                    "The plans will be published, the government spokeswoman said, so that the public can "
                    "follow progress.",
                    "وقالت المتحدثة باسم الحكومة إن الخطط ستُنشر ليتمكن الجمهور من متابعة التقدم.",
                ),
            ),
            caption=("The ministers' plans will be published.", "ستُنشر خطط الوزراء."),
        ),
    ),
)


QUESTIONS = Topic(
    key="shura-questions",
    tags=("shura-council", "transport"),
    speakers=("transport",),
    scenes=("chamber",),
    background=(
        (
            "Shura members may question any minister, and sessions are broadcast live.",
            "ويحق لأعضاء مجلس الشورى مساءلة أي وزير، وتُبث الجلسات على الهواء مباشرة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Shura summons transport minister over traffic on the coastal highway",
                "الشورى يستدعي وزيرة النقل بشأن الازدحام على الطريق الساحلي",
            ),
            dek=(
                "Fourteen members signed the request after a month of record tailbacks.",
                "وقّع أربعة عشر عضوًا على الطلب بعد شهر من طوابير مرورية قياسية.",
            ),
            lead=(
                "The Shura Council voted on {weekday} to summon the transport minister to answer questions "
                "about congestion on the coastal highway, where morning journeys have doubled in length "
                "this year.",
                "صوّت مجلس الشورى يوم {weekday} على استدعاء وزيرة النقل للإجابة عن أسئلة بشأن الازدحام على "
                "الطريق الساحلي، حيث تضاعفت مدة الرحلات الصباحية هذا العام.",
            ),
            details=(
                (
                    "The request was signed by fourteen members, the minimum the rules require.",
                    "ووقّع الطلب أربعة عشر عضوًا، وهو الحد الأدنى الذي تشترطه اللائحة.",
                ),
            ),
            caption=(
                "Morning journeys on the highway have doubled in length this year.",
                "تضاعفت مدة الرحلات الصباحية على الطريق السريع هذا العام.",
            ),
        ),
        Beat(
            headline=(
                "Minister tells Shura that bus lanes and the metro will ease the highway by spring",
                "الوزيرة تؤكد للشورى أن مسارات الحافلات والمترو ستخفف ضغط الطريق السريع بحلول الربيع",
            ),
            dek=(
                "Members were not all convinced, and several asked for monthly figures.",
                "لم يقتنع جميع الأعضاء، وطالب عدد منهم بأرقام شهرية.",
            ),
            lead=(
                "The transport minister told the Shura Council on {weekday} that new bus lanes and the "
                "metro extension would cut morning journeys on the coastal highway by a quarter by spring.",
                "قالت وزيرة النقل أمام مجلس الشورى يوم {weekday} إن مسارات الحافلات الجديدة وامتداد المترو "
                "سيقلصان مدة الرحلات الصباحية على الطريق الساحلي بمقدار الربع بحلول الربيع.",
            ),
            details=(
                (
                    "“We will publish journey times every month, and you can hold me to them,” said "
                    "{official}.",
                    "{o_said} {official}: «سننشر أوقات الرحلات كل شهر، ولكم أن تحاسبوني عليها».",
                ),
            ),
            caption=(
                "The minister answered questions for three hours.",
                "أجابت الوزيرة عن الأسئلة ثلاث ساعات.",
            ),
        ),
    ),
)


FLEXIBLE = Topic(
    key="flexible-hours",
    tags=("labour-market", "e-government"),
    speakers=("spokesperson",),
    scenes=("civic", "skyline"),
    background=(
        (
            "About a third of citizens in work are employed in the public sector.",
            "ويعمل نحو ثلث المواطنين العاملين في القطاع العام.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Government offices to try flexible hours and a day of remote work",
                "الجهات الحكومية تجرب ساعات العمل المرنة ويومًا للعمل عن بعد",
            ),
            dek=(
                "The six-month trial covers 12,000 employees in eight ministries.",
                "تشمل التجربة التي تستمر ستة أشهر 12 ألف موظف في ثماني وزارات.",
            ),
            lead=(
                "Employees in eight ministries will be able to start work at any time between seven and ten "
                "and work from home one day a week, under a six-month trial announced on {weekday}.",
                "سيتمكن موظفو ثماني وزارات من بدء دوامهم في أي وقت بين السابعة والعاشرة صباحًا والعمل من "
                "المنزل يومًا واحدًا في الأسبوع، بموجب تجربة مدتها ستة أشهر أُعلنت يوم {weekday}.",
            ),
            details=(
                (
                    "“We will judge it by the service the public gets, not by how many hours people sit at "
                    "a desk,” said {official}.",
                    "{o_said} {official}: «سنحكم عليها بجودة الخدمة المقدمة للجمهور، لا بعدد الساعات التي "
                    "يقضيها الموظفون خلف مكاتبهم».",
                ),
            ),
            caption=(
                "Offices in eight ministries take part in the trial.",
                "تشارك مكاتب ثماني وزارات في التجربة.",
            ),
        ),
        Beat(
            headline=(
                "Flexible hours trial cut sick leave and kept services running, review finds",
                "مراجعة: تجربة الدوام المرن قلّصت الإجازات المرضية وحافظت على الخدمات",
            ),
            dek=(
                "The government will extend flexible hours to every ministry next year.",
                "ستعمم الحكومة الدوام المرن على جميع الوزارات العام المقبل.",
            ),
            lead=(
                "Sick leave fell by {big_pct} per cent and waiting times at service counters did not rise "
                "during the six-month trial of flexible hours in government offices, a review published on "
                "{weekday} found.",
                "خلصت مراجعة نُشرت يوم {weekday} إلى أن الإجازات المرضية انخفضت بنسبة {big_pct} في المئة "
                "وأن أوقات الانتظار عند نوافذ الخدمة لم ترتفع خلال تجربة الدوام المرن في الجهات الحكومية "
                "التي استمرت ستة أشهر.",
            ),
            details=(
                (
                    "Morning traffic also eased slightly on the routes into the government district, the "
                    "review said.",
                    "وقالت المراجعة إن حركة المرور الصباحية خفت قليلًا أيضًا على الطرق المؤدية إلى الحي "
                    "الحكومي.",
                ),
            ),
            caption=(
                "Service counters kept their usual hours during the trial.",
                "حافظت نوافذ الخدمة على ساعات عملها المعتادة خلال التجربة.",
            ),
            scene="skyline",
        ),
    ),
)


DIGITAL_ID = Topic(
    key="digital-id",
    tags=("e-government",),
    speakers=("spokesperson",),
    scenes=("phone", "civic"),
    background=(
        (
            "More than 300 government services can already be used online.",
            "ويمكن بالفعل استخدام أكثر من 300 خدمة حكومية عبر الإنترنت.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Identity cards to move onto phones under a new law",
                "بطاقات الهوية تنتقل إلى الهواتف بموجب قانون جديد",
            ),
            dek=(
                "The plastic card will remain valid for those who prefer it.",
                "ستبقى البطاقة البلاستيكية سارية لمن يفضلها.",
            ),
            lead=(
                "A digital identity card stored on a phone will have the same legal standing as the plastic "
                "one under a law approved by the cabinet on {weekday}.",
                "ستكون لبطاقة الهوية الرقمية المحفوظة على الهاتف القيمة القانونية نفسها التي للبطاقة "
                "البلاستيكية، بموجب قانون أقره مجلس الوزراء يوم {weekday}.",
            ),
            details=(
                (
                    "The card will be checked with a code that changes every minute, so a screenshot cannot "
                    "be used by someone else.",
                    "وسيُتحقق من البطاقة برمز يتغير كل دقيقة، فلا يمكن لأي شخص آخر استخدام صورة ملتقطة "
                    "للشاشة.",
                ),
            ),
            caption=(
                "The digital card sits in the government app.",
                "تُحفظ البطاقة الرقمية في التطبيق الحكومي.",
            ),
            scene="phone",
        ),
        Beat(
            headline=(
                "Half a million residents add the digital ID in its first month",
                "نصف مليون مقيم يضيفون الهوية الرقمية في شهرها الأول",
            ),
            dek=(
                "Banks, hotels and pharmacies have started accepting it.",
                "بدأت البنوك والفنادق والصيدليات قبولها.",
            ),
            lead=(
                "More than half a million people added the digital identity card to their phones in its "
                "first month, the government said on {weekday}, and banks and hotels have begun accepting "
                "it at the counter.",
                "قالت الحكومة يوم {weekday} إن أكثر من نصف مليون شخص أضافوا بطاقة الهوية الرقمية إلى "
                "هواتفهم في شهرها الأول، وإن البنوك والفنادق بدأت قبولها عند نوافذ الخدمة.",
            ),
            details=(
                (
                    "“Nobody should need to carry a wallet to prove who they are,” said {official}.",
                    "{o_said} {official}: «لا ينبغي أن يحتاج أحد إلى حمل محفظة ليثبت هويته».",
                ),
            ),
            caption=(
                "Banks and hotels have begun accepting the digital card.",
                "بدأت البنوك والفنادق قبول البطاقة الرقمية.",
            ),
            scene="phone",
        ),
    ),
)


RESIDENCE = Topic(
    key="long-term-residence",
    tags=("investment", "labour-market"),
    speakers=("economy",),
    scenes=("skyline", "civic"),
    background=(
        (
            "About half of the country's residents are foreign nationals, many of whom have lived here for "
            "decades.",
            "ونحو نصف سكان البلاد من الأجانب، ويقيم كثيرون منهم فيها منذ عقود.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Ten-year residence visas for investors, doctors and researchers",
                "تأشيرات إقامة لعشر سنوات للمستثمرين والأطباء والباحثين",
            ),
            dek=(
                "The visa will not need an employer to sponsor it.",
                "لن تحتاج التأشيرة إلى كفيل من جهة العمل.",
            ),
            lead=(
                "Investors, doctors, researchers and top graduates will be able to apply for ten-year "
                "residence visas that do not depend on an employer, the cabinet decided on {weekday}.",
                "قرر مجلس الوزراء يوم {weekday} أن يتمكن المستثمرون والأطباء والباحثون والخريجون المتفوقون "
                "من التقدم بطلبات للحصول على تأشيرات إقامة لعشر سنوات لا ترتبط بجهة العمل.",
            ),
            details=(
                (
                    "“We want people who build their lives here to be able to plan for the long term,” said "
                    "{official}.",
                    "{o_said} {official}: «نريد لمن يبنون حياتهم هنا أن يتمكنوا من التخطيط للمدى البعيد».",
                ),
            ),
            caption=("The visa does not depend on an employer.", "لا ترتبط التأشيرة بجهة العمل."),
        ),
        Beat(
            headline=(
                "First long-term residence visas issued, most of them to doctors",
                "إصدار أولى تأشيرات الإقامة الطويلة ومعظمها للأطباء",
            ),
            dek=(
                "Applications have been processed in an average of eleven days.",
                "عولجت الطلبات في أحد عشر يومًا في المتوسط.",
            ),
            lead=(
                "The first {count} ten-year residence visas were issued on {weekday}, and more than a third "
                "went to doctors and nurses, the Economy Ministry said.",
                "أُصدرت يوم {weekday} أولى تأشيرات الإقامة لعشر سنوات وعددها {count} تأشيرة، ذهب أكثر من "
                "ثلثها إلى الأطباء والممرضين، بحسب وزارة الاقتصاد.",
            ),
            details=(
                (
                    "Families of visa holders can also stay for ten years, and children may work part-time "
                    "once they turn eighteen.",
                    "ويمكن لأسر حاملي التأشيرات الإقامة عشر سنوات أيضًا، ويحق للأبناء العمل بدوام جزئي متى "
                    "بلغوا الثامنة عشرة.",
                ),
            ),
            caption=(
                "Families of visa holders may also stay for ten years.",
                "يمكن لأسر حاملي التأشيرات الإقامة عشر سنوات أيضًا.",
            ),
            scene="civic",
        ),
    ),
)


DATA_LAW = Topic(
    key="data-protection",
    tags=("cybersecurity", "e-government"),
    speakers=("communications",),
    scenes=("chamber", "network"),
    background=(
        (
            "Companies that break the law could face fines of up to four per cent of their annual turnover.",
            "وقد تواجه الشركات المخالفة للقانون غرامات تصل إلى أربعة في المئة من إيراداتها السنوية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Shura debates a law giving residents control of their personal data",
                "الشورى يناقش قانونًا يمنح السكان السيطرة على بياناتهم الشخصية",
            ),
            dek=(
                "The bill would let anyone ask a company what it holds about them, and have it deleted.",
                "سيتيح المشروع لأي شخص أن يسأل الشركة عما تحتفظ به عنه وأن يطلب حذفه.",
            ),
            lead=(
                "The Shura Council began debating a personal data protection bill on {weekday}, which would "
                "require companies to say what they collect about residents and to delete it on request.",
                "بدأ مجلس الشورى يوم {weekday} مناقشة مشروع قانون حماية البيانات الشخصية، الذي يلزم الشركات "
                "بالإفصاح عما تجمعه من بيانات عن السكان وحذفها عند الطلب.",
            ),
            details=(
                (
                    "“Data about people belongs to people,” said {official}.",
                    "{o_said} {official}: «البيانات المتعلقة بالناس ملك للناس».",
                ),
            ),
            caption=("The bill was debated in a single long session.", "نوقش المشروع في جلسة واحدة مطولة."),
        ),
        Beat(
            headline=(
                "Data protection law passed; companies have a year to comply",
                "إقرار قانون حماية البيانات والشركات أمامها عام للامتثال",
            ),
            dek=(
                "A new office will handle complaints and can fine companies that ignore them.",
                "سيتولى مكتب جديد تلقي الشكاوى، ويحق له تغريم الشركات التي تتجاهلها.",
            ),
            lead=(
                "The personal data protection law was approved on {weekday}, giving companies twelve months "
                "to appoint a data officer, tell customers what they collect and report leaks within three "
                "days.",
                "أُقر قانون حماية البيانات الشخصية يوم {weekday}، ومُنحت الشركات اثني عشر شهرًا لتعيين "
                "مسؤول عن البيانات وإبلاغ العملاء بما تجمعه والإبلاغ عن أي تسريب خلال ثلاثة أيام.",
            ),
            details=(
                (
                    "The law also bans sending marketing messages to anyone who has not agreed to receive "
                    "them.",
                    "ويحظر القانون أيضًا إرسال رسائل تسويقية إلى من لم يوافقوا على تلقيها.",
                ),
            ),
            caption=(
                "Companies must report data leaks within three days.",
                "على الشركات الإبلاغ عن أي تسريب للبيانات خلال ثلاثة أيام.",
            ),
            scene="network",
        ),
    ),
)


AUDIT = Topic(
    key="audit-report",
    tags=("cabinet", "budget"),
    speakers=("finance",),
    scenes=("civic",),
    background=(
        (
            "The State Audit Bureau reports to the Shura Council every year, and its reports have been "
            "public since 2019.",
            "ويرفع ديوان الرقابة المالية تقاريره إلى مجلس الشورى سنويًا، وتُنشر تقاريره علنًا منذ عام 2019.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Audit finds ministries paid {money_mn} for projects that were never finished",
                "تقرير رقابي: الوزارات دفعت {money_mn} لمشاريع لم تُنجز",
            ),
            dek=(
                "The report names three stalled road projects and a hospital wing that stands empty.",
                "يسمي التقرير ثلاثة مشاريع طرق متعثرة وجناحًا في مستشفى لا يزال خاليًا.",
            ),
            lead=(
                "Government ministries paid contractors {money_mn} for projects that were abandoned or "
                "never finished, the State Audit Bureau said in its annual report, published on {weekday}.",
                "قال ديوان الرقابة المالية في تقريره السنوي الذي نُشر يوم {weekday} إن الوزارات الحكومية "
                "دفعت للمقاولين {money_mn} مقابل مشاريع توقفت أو لم تُنجز قط.",
            ),
            details=(
                (
                    "The bureau said payments had often been made before the work was checked.",
                    "وقال الديوان إن المدفوعات كثيرًا ما صُرفت قبل التحقق من الأعمال.",
                ),
            ),
            caption=("The auditors examined more than 200 contracts.", "فحص المدققون أكثر من 200 عقد."),
        ),
        Beat(
            headline=(
                "Ministries given sixty days to answer the auditors, and two contracts cancelled",
                "مهلة ستين يومًا للوزارات للرد على المدققين وإلغاء عقدين",
            ),
            dek=(
                "Payments will now be released only after an engineer signs off the work.",
                "لن تُصرف المدفوعات بعد الآن إلا بعد أن يعتمد مهندس الأعمال المنجزة.",
            ),
            lead=(
                "The cabinet on {weekday} gave ministries sixty days to answer each finding of the State "
                "Audit Bureau's report, and cancelled two road contracts whose work had stopped.",
                "منح مجلس الوزراء يوم {weekday} الوزارات مهلة ستين يومًا للرد على كل ملاحظة في تقرير ديوان "
                "الرقابة المالية، وألغى عقدين لمشروعي طرق توقف العمل فيهما.",
            ),
            details=(
                (
                    "“Public money must buy public works, not promises,” said {official}.",
                    "{o_said} {official}: «المال العام يجب أن يشتري أعمالًا عامة لا وعودًا».",
                ),
            ),
            caption=("Two road contracts were cancelled.", "أُلغي عقدان لمشروعي طرق."),
        ),
    ),
)


PENSIONS = Topic(
    key="pension-reform",
    tags=("labour-market", "budget"),
    speakers=("finance", "labour"),
    scenes=("chamber", "civic"),
    background=(
        (
            "The pension fund pays about 90,000 retirees, and its actuaries say it will run short within "
            "twenty years without changes.",
            "ويدفع صندوق التقاعد رواتب نحو 90 ألف متقاعد، ويقول خبراؤه الاكتواريون إنه سيواجه عجزًا خلال "
            "عشرين عامًا ما لم تُجرَ تعديلات.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Government proposes raising the retirement age to 60 for new employees",
                "الحكومة تقترح رفع سن التقاعد إلى 60 عامًا للموظفين الجدد",
            ),
            dek=(
                "Current employees would keep their existing rights.",
                "سيحتفظ الموظفون الحاليون بحقوقهم القائمة.",
            ),
            lead=(
                "The government on {weekday} proposed raising the retirement age for new public and private "
                "sector employees from 55 to 60, saying the pension fund would otherwise run short within "
                "twenty years.",
                "اقترحت الحكومة يوم {weekday} رفع سن التقاعد للموظفين الجدد في القطاعين العام والخاص من 55 "
                "إلى 60 عامًا، قائلة إن صندوق التقاعد سيواجه عجزًا خلال عشرين عامًا ما لم يحدث ذلك.",
            ),
            details=(
                (
                    "“Nobody who is working today will lose a single right they have earned,” said "
                    "{official}.",
                    "{o_said} {official}: «لن يخسر أي شخص يعمل اليوم أي حق اكتسبه».",
                ),
            ),
            caption=(
                "The change would apply only to new employees.",
                "سيطبق التعديل على الموظفين الجدد فقط.",
            ),
        ),
        Beat(
            headline=(
                "Young workers object to pension plan in a packed Shura hearing",
                "الموظفون الشباب يعترضون على خطة التقاعد في جلسة استماع مزدحمة بالشورى",
            ),
            dek=(
                "Members were told that new recruits would pay more for longer to protect older colleagues.",
                "استمع الأعضاء إلى أن الموظفين الجدد سيدفعون أكثر ولمدة أطول لحماية زملائهم الأقدم.",
            ),
            lead=(
                "Hundreds of young public servants filled the gallery of the Shura Council on {weekday} as "
                "members heard objections to the pension plan, which would make new employees work five "
                "years longer.",
                "ملأ مئات الموظفين الحكوميين الشباب شرفة مجلس الشورى يوم {weekday} بينما استمع الأعضاء إلى "
                "الاعتراضات على خطة التقاعد، التي تطيل خدمة الموظفين الجدد خمس سنوات.",
            ),
            details=(
                (
                    "A 26-year-old nurse told the committee that her generation was being asked to pay for "
                    "mistakes it had not made.",
                    "وقالت ممرضة تبلغ 26 عامًا أمام اللجنة إن جيلها يُطلب منه دفع ثمن أخطاء لم يرتكبها.",
                ),
            ),
            caption=(
                "The public gallery was full for the hearing.",
                "امتلأت شرفة الجمهور خلال جلسة الاستماع.",
            ),
            scene="chamber",
        ),
        Beat(
            headline=(
                "Pension plan revised: the retirement age will rise in steps over ten years",
                "تعديل خطة التقاعد: رفع السن تدريجيًا على مدى عشر سنوات",
            ),
            dek=(
                "Those who start work in the next three years will retire at 57.",
                "من يبدأون العمل خلال السنوات الثلاث المقبلة سيتقاعدون في السابعة والخمسين.",
            ),
            lead=(
                "The government revised its pension plan on {weekday}, raising the retirement age in steps "
                "over ten years instead of all at once, after objections from young employees and Shura "
                "members.",
                "عدلت الحكومة يوم {weekday} خطتها للتقاعد، بحيث يُرفع سن التقاعد تدريجيًا على مدى عشر سنوات "
                "بدلًا من دفعة واحدة، بعد اعتراضات من الموظفين الشباب وأعضاء مجلس الشورى.",
            ),
            details=(
                (
                    "The state will also pay an extra {pct2} per cent of salaries into the fund for the "
                    "next five years.",
                    "وستدفع الدولة أيضًا {pct2} في المئة إضافية من الرواتب إلى الصندوق خلال السنوات الخمس "
                    "المقبلة.",
                ),
            ),
            caption=(
                "The revised plan raises the retirement age over ten years.",
                "ترفع الخطة المعدلة سن التقاعد على مدى عشر سنوات.",
            ),
        ),
    ),
)

TOPICS = (
    VISIT,
    RESHUFFLE,
    QUESTIONS,
    FLEXIBLE,
    DIGITAL_ID,
    RESIDENCE,
    DATA_LAW,
    AUDIT,
    PENSIONS,
)
