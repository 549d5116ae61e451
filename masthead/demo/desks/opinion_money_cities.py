"""Columns on money and on cities: each theme is one columnist's.

Arabic columns avoid first-person adjectives that would need a gender ("سعيد" or "سعيدة").
"""

from masthead.demo.desks import Beat, Topic

COST_OF_LIVING = Topic(
    key="cost-of-living",
    tags=("cost-of-living", "inflation"),
    speakers=(),
    scenes=(),
    bylines=("maryam-al-ansari",),
    background=(
        (
            "The official figure is not wrong. It is an average, and averages include things most families "
            "buy rarely, such as cars and electronics, whose prices have fallen.",
            "ليس الرقم الرسمي خاطئًا، لكنه متوسط، والمتوسطات تشمل سلعًا نادرًا ما تشتريها معظم الأسر، "
            "كالسيارات والأجهزة الإلكترونية التي انخفضت أسعارها.",
        ),
        (
            "What families buy every month tells a different story. Rents in many districts have risen by "
            "double digits, and school fees go up every September whatever the index says.",
            "أما ما تشتريه الأسر كل شهر فيروي قصة مختلفة؛ فقد ارتفعت الإيجارات في أحياء كثيرة بنسب من "
            "خانتين، والرسوم المدرسية ترتفع كل سبتمبر أيًّا كان ما يقوله المؤشر.",
        ),
        (
            "None of this calls for panic. It calls for policies aimed at the costs that actually hurt.",
            "لا شيء من هذا يستدعي الذعر، بل يستدعي سياسات تستهدف التكاليف التي تؤلم فعلًا.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "The shopping trolley tells the real inflation story",
                "عربة التسوق تروي القصة الحقيقية للتضخم",
            ),
            dek=(
                "Averages hide the costs that weigh most on young families.",
                "المتوسطات تخفي التكاليف الأثقل على كاهل الأسر الشابة.",
            ),
            lead=(
                "Every month the statistics office tells us that prices are rising more slowly. Every month "
                "my neighbours in {city} tell me something different.",
                "يخبرنا مكتب الإحصاء كل شهر أن الأسعار ترتفع بوتيرة أبطأ، ويخبرني جيراني في {city} كل شهر "
                "بشيء مختلف.",
            ),
            details=(
                (
                    "Last week I kept my own receipts. Milk, bread and rice cost what they did a year ago, "
                    "thanks to the price caps. Almost everything else did not.",
                    "في الأسبوع الماضي احتفظت بإيصالاتي. الحليب والخبز والأرز بأسعار العام الماضي بفضل سقوف "
                    "الأسعار، أما كل ما عداها تقريبًا فلا.",
                ),
            ),
        ),
        Beat(
            headline=(
                "Rent is the inflation nobody measures properly",
                "الإيجار.. التضخم الذي لا يقيسه أحد كما ينبغي",
            ),
            dek=(
                "A better price index would start with what it costs to keep a roof over your head.",
                "المؤشر الأفضل للأسعار ينبغي أن يبدأ بكلفة السقف الذي يؤوينا.",
            ),
            lead=(
                "Ask any parent in {city} what happened to the family budget this year, and you will hear "
                "the same three words: rent, fees, food.",
                "اسأل أي أب أو أم في {city} عما حدث لميزانية الأسرة هذا العام، وستسمع الكلمات الثلاث نفسها: "
                "الإيجار والرسوم والطعام.",
            ),
            details=(
                (
                    "The index counts rent as a small share of spending. For a young couple in a "
                    "two-bedroom flat, it is often more than a third of their income.",
                    "يحتسب المؤشر الإيجار حصة صغيرة من الإنفاق، لكنه يتجاوز في كثير من الأحيان ثلث دخل "
                    "زوجين شابين يسكنان شقة من غرفتين.",
                ),
            ),
        ),
        Beat(
            headline=(
                "Price caps on bread are not a cost-of-living policy",
                "سقوف أسعار الخبز ليست سياسة لمواجهة غلاء المعيشة",
            ),
            dek=(
                "They protect the basics, but families are squeezed by everything else.",
                "إنها تحمي الأساسيات، لكن الأسر يضيّق عليها كل ما عداها.",
            ),
            lead=(
                "The government has extended its price caps on bread, rice and milk for another year, and I "
                "understand why. But no family in {city} was ever ruined by the price of bread.",
                "مددت الحكومة سقوف أسعار الخبز والأرز والحليب عامًا آخر، وأفهم السبب. لكن لم تُفلس أسرة في "
                "{city} قط بسبب سعر الخبز.",
            ),
            details=(
                (
                    "Caps are easy to announce and cheap to enforce. Building homes and regulating school "
                    "fees is harder, and it is where the money goes.",
                    "السقوف سهلة الإعلان ورخيصة التطبيق، أما بناء المساكن وتنظيم الرسوم المدرسية فأصعب، "
                    "وهناك تذهب الأموال.",
                ),
            ),
        ),
        Beat(
            headline=("What a family in {city} really pays", "ما الذي تدفعه أسرة في {city} فعلًا"),
            dek=(
                "I asked five households to show me their monthly accounts. Here is what they taught me.",
                "طلبت من خمس أسر أن تطلعني على حساباتها الشهرية، وهذا ما تعلمته منها.",
            ),
            lead=(
                "Five families in {city} let me see a month of their spending this autumn. None of them is "
                "poor, and all of them are worried.",
                "سمحت لي خمس أسر في {city} بالاطلاع على إنفاقها لشهر واحد هذا الخريف. لا أحد منها فقير، "
                "وجميعها قلقة.",
            ),
            details=(
                (
                    "The pattern was the same in every home: fixed costs first, then whatever is left for "
                    "everything else, and less of it each year.",
                    "وكان النمط واحدًا في كل بيت: التكاليف الثابتة أولًا، ثم ما يتبقى لكل شيء آخر، ويتناقص "
                    "عامًا بعد عام.",
                ),
            ),
        ),
    ),
)


MONEY = Topic(
    key="money-and-society",
    tags=("investment", "youth", "labour-market"),
    speakers=(),
    scenes=(),
    bylines=("maryam-al-ansari",),
    background=(
        (
            "Our grandparents saved in gold and land. Our children need to learn to save in something they "
            "can understand and watch grow.",
            "ادخر أجدادنا بالذهب والأرض، وأبناؤنا بحاجة إلى أن يتعلموا الادخار في شيء يفهمونه ويرونه ينمو.",
        ),
        (
            "Money is not a private embarrassment. It is a skill, and skills can be taught.",
            "المال ليس حرجًا شخصيًا، بل مهارة، والمهارات يمكن تعليمها.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Teach our children about money before the banks do",
                "علّموا أبناءنا المال قبل أن تعلّمهم إياه البنوك",
            ),
            dek=(
                "A lesson a week on budgets and debt would do more than any campaign.",
                "درس أسبوعي عن الميزانية والديون سيفعل أكثر من أي حملة.",
            ),
            lead=(
                "My daughter's first salary arrived with a credit card offer attached. Nobody at her school "
                "had ever explained what interest is.",
                "وصل أول راتب لابنتي مرفقًا بعرض لبطاقة ائتمان، ولم يشرح لها أحد في مدرستها يومًا ما الفائدة.",
            ),
            details=(
                (
                    "Schools teach coding from the third grade now. They could find an hour a week for "
                    "budgets, savings and the arithmetic of a loan.",
                    "صارت المدارس تعلّم البرمجة من الصف الثالث، وبوسعها أن تجد ساعة في الأسبوع للميزانية "
                    "والادخار وحساب القروض.",
                ),
            ),
        ),
        Beat(
            headline=(
                "The pension debate is really a debate about fairness between generations",
                "الجدل حول التقاعد هو في حقيقته جدل حول العدالة بين الأجيال",
            ),
            dek=(
                "Young employees are right to be angry, and the government was right to listen.",
                "الموظفون الشباب محقون في غضبهم، والحكومة أصابت حين أصغت إليهم.",
            ),
            lead=(
                "The young nurse who told the Shura Council that her generation was paying for mistakes it "
                "had not made said in one sentence what economists have written in whole reports.",
                "قالت الممرضة الشابة التي أبلغت مجلس الشورى أن جيلها يدفع ثمن أخطاء لم يرتكبها في جملة "
                "واحدة ما كتبه الاقتصاديون في تقارير كاملة.",
            ),
            details=(
                (
                    "A pension system that asks the young to pay more and wait longer, while changing "
                    "nothing for anyone else, will not keep their trust.",
                    "نظام التقاعد الذي يطلب من الشباب أن يدفعوا أكثر وينتظروا أطول، من دون أن يتغير شيء لأي "
                    "أحد آخر، لن يحتفظ بثقتهم.",
                ),
            ),
        ),
        Beat(
            headline=(
                "Women run a third of our small businesses. Banks lend them far less",
                "النساء يدرن ثلث مشاريعنا الصغيرة والبنوك تقرضهن أقل بكثير",
            ),
            dek=(
                "The gap is not about risk. The figures show women repay at least as reliably.",
                "الفجوة لا علاقة لها بالمخاطر، فالأرقام تُظهر أن النساء يسددن بالانتظام نفسه على الأقل.",
            ),
            lead=(
                "Walk through any market in {city} and count the shops run by women. Then ask a bank how "
                "much it lends to them.",
                "تجول في أي سوق في {city} وعدّ المحلات التي تديرها النساء، ثم اسأل أحد البنوك كم يقرضهن.",
            ),
            details=(
                (
                    "A simple rule would help: publish lending figures by the gender of the borrower, every "
                    "quarter, for every bank.",
                    "قاعدة بسيطة قد تساعد: نشر أرقام الإقراض بحسب جنس المقترض كل ربع عام ولكل بنك.",
                ),
            ),
        ),
        Beat(
            headline=("A boring bank merger is good news for savers", "اندماج مصرفي ممل.. خبر سار للمدخرين"),
            dek=(
                "Bigger banks can be safer banks, if the regulator keeps an eye on fees.",
                "المصارف الأكبر قد تكون أكثر أمانًا، إن راقبت الجهة الرقابية الرسوم.",
            ),
            lead=(
                "Nobody will hold a party for the merger of two banks, and nobody should. But savers in "
                "{city} have more reason to welcome it than to fear it.",
                "لن يقيم أحد احتفالًا باندماج مصرفين، ولا ينبغي لأحد أن يفعل، لكن لدى المدخرين في {city} "
                "أسباب للترحيب به أكثر من أسباب الخوف منه.",
            ),
            details=(
                (
                    "The condition that fees on ordinary accounts stay frozen for three years is the most "
                    "important line in the deal.",
                    "وشرط تجميد رسوم الحسابات العادية ثلاث سنوات هو أهم سطر في الصفقة.",
                ),
            ),
        ),
    ),
)


STREETS = Topic(
    key="streets",
    tags=("transport", "infrastructure"),
    speakers=(),
    scenes=(),
    bylines=("yousef-haddad",),
    background=(
        (
            "Cities in hot countries were once built for shade: narrow lanes, deep arcades, courtyards and "
            "trees. We forgot that in a few decades of cheap petrol.",
            "كانت المدن في البلدان الحارة تُبنى يومًا من أجل الظل: أزقة ضيقة وأروقة عميقة وأفنية وأشجار. "
            "ونسينا ذلك خلال عقود قليلة من البنزين الرخيص.",
        ),
        (
            "Every new highway fills up within two years. The answer to congestion is not another lane.",
            "كل طريق سريع جديد يمتلئ خلال عامين، والحل للازدحام ليس حارة إضافية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "A city built for cars cannot be fixed with more roads",
                "مدينة بُنيت للسيارات لا يصلحها مزيد من الطرق",
            ),
            dek=(
                "The coastal highway is full again. We have been here before.",
                "امتلأ الطريق الساحلي من جديد، وقد مررنا بهذا من قبل.",
            ),
            lead=(
                "Twenty years ago the coastal highway had four lanes. Today it has eight, and the drive "
                "from {city} to the centre takes longer than it did then.",
                "قبل عشرين عامًا كان للطريق الساحلي أربع حارات، واليوم له ثماني حارات، والرحلة من {city} "
                "إلى وسط المدينة تستغرق وقتًا أطول مما كانت تستغرقه حينها.",
            ),
            details=(
                (
                    "Each widening was sold as the last one. Each time, more people moved further out and "
                    "drove further in.",
                    "كل توسعة قُدمت على أنها الأخيرة، وفي كل مرة انتقل مزيد من الناس إلى أطراف أبعد وقادوا "
                    "مسافات أطول.",
                ),
            ),
        ),
        Beat(
            headline=(
                "What {city} needs is shade, not another interchange",
                "ما تحتاجه {city} هو الظل لا تقاطع جديد",
            ),
            dek=(
                "A row of trees does more for walking than any campaign.",
                "صف من الأشجار يفعل للمشي أكثر مما تفعله أي حملة.",
            ),
            lead=(
                "I measured the pavement outside my building in {city} one afternoon last August: 58 "
                "degrees in the sun, 41 under the only tree on the street.",
                "قست حرارة الرصيف أمام المبنى الذي أسكنه في {city} ذات عصر في أغسطس الماضي: 58 درجة تحت "
                "الشمس، و41 تحت الشجرة الوحيدة في الشارع.",
            ),
            details=(
                (
                    "Nobody walks on a pavement at 58 degrees. Plenty of people would walk at 41 if the "
                    "walk were short and the shade continuous.",
                    "لا أحد يمشي على رصيف حرارته 58 درجة، لكن كثيرين سيمشون في 41 درجة لو كانت المسافة "
                    "قصيرة والظل متصلًا.",
                ),
            ),
        ),
        Beat(
            headline=(
                "The metro works. Now bring the buses to the stations",
                "المترو نجح.. والآن أوصلوا الحافلات إلى المحطات",
            ),
            dek=(
                "A full car park at eight in the morning is a sign of success, and a warning.",
                "موقف السيارات الممتلئ في الثامنة صباحًا علامة نجاح وتحذير في آن معًا.",
            ),
            lead=(
                "I have ridden the Green Line every weekday since it opened, and I have never seen a train "
                "arrive late. What I have seen is the queue of cars waiting to get into the station car "
                "park.",
                "أستقل الخط الأخضر كل يوم عمل منذ افتتاحه، ولم أرَ قطارًا واحدًا يتأخر، لكنني رأيت طابور "
                "السيارات المنتظرة لدخول موقف المحطة.",
            ),
            details=(
                (
                    "A metro is only as good as the walk or the bus ride to it, and that last kilometre is "
                    "where we still fail.",
                    "لا يكون المترو جيدًا إلا بقدر جودة المشي أو رحلة الحافلة إليه، وفي ذلك الكيلومتر "
                    "الأخير ما زلنا نخفق.",
                ),
            ),
        ),
        Beat(
            headline=("Let us at least walk in winter", "دعونا نمشي في الشتاء على الأقل"),
            dek=(
                "For five months of the year our weather is the envy of the world. We spend it in cars.",
                "طقسنا خمسة أشهر في السنة مضرب للمثل في العالم، ونقضيها في السيارات.",
            ),
            lead=(
                "From November to March, the evenings in {city} are as pleasant as anywhere on earth, and "
                "the corniche is the only place where you can enjoy them on foot.",
                "من نوفمبر إلى مارس تكون أمسيات {city} من أجمل ما في الأرض، والكورنيش هو المكان الوحيد الذي "
                "يمكنك الاستمتاع بها فيه مشيًا.",
            ),
            details=(
                (
                    "Close one street in each district to cars on winter evenings, and see who comes out.",
                    "أغلقوا شارعًا في كل حي أمام السيارات في أمسيات الشتاء، وانظروا من سيخرج.",
                ),
            ),
        ),
    ),
)


HERITAGE = Topic(
    key="old-buildings",
    tags=("heritage", "culture"),
    speakers=(),
    scenes=(),
    bylines=("yousef-haddad",),
    background=(
        (
            "Old buildings are not only pretty. They hold knowledge about living in this climate that "
            "modern buildings have lost.",
            "المباني القديمة ليست جميلة فحسب، بل تختزن معرفة بالعيش في هذا المناخ فقدتها المباني الحديثة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "The wind towers of the old town still have something to teach us",
                "أبراج الرياح في المدينة القديمة لا يزال لديها ما تعلّمنا إياه",
            ),
            dek=(
                "Our grandparents cooled their houses without electricity. Engineers are starting to ask "
                "how.",
                "برّد أجدادنا بيوتهم من دون كهرباء، وبدأ المهندسون يسألون كيف.",
            ),
            lead=(
                "On a still afternoon in the old quarter of {city}, stand under a wind tower and you will "
                "feel a breeze that does not exist in the street outside.",
                "في عصر ساكن في الحي القديم في {city}، قف تحت أحد أبراج الرياح وستشعر بنسمة لا وجود لها في "
                "الشارع خارجه.",
            ),
            details=(
                (
                    "Architects who study these towers say a modern version could cut the cooling needed in "
                    "a house by a fifth.",
                    "ويقول معماريون يدرسون هذه الأبراج إن نسخة حديثة منها قد تخفض حاجة المنزل إلى التبريد "
                    "بمقدار الخُمس.",
                ),
            ),
        ),
        Beat(
            headline=("Before the bulldozers reach the old souq", "قبل أن تصل الجرافات إلى السوق القديم"),
            dek=(
                "Renovation can keep a place alive. Replacement only keeps its name.",
                "الترميم يبقي المكان حيًا، أما الاستبدال فلا يبقي سوى اسمه.",
            ),
            lead=(
                "The plans for the old souq in {city} are handsome: new shops, a car park, a glass roof. "
                "They also mean knocking down most of what is there.",
                "خطط السوق القديم في {city} أنيقة: محلات جديدة وموقف للسيارات وسقف زجاجي، لكنها تعني أيضًا "
                "هدم معظم ما هو قائم.",
            ),
            details=(
                (
                    "The tailors, spice sellers and tea makers who give the souq its life cannot afford the "
                    "rents of a rebuilt one.",
                    "والخياطون وباعة التوابل وصانعو الشاي الذين يمنحون السوق حياته لا يقدرون على إيجارات "
                    "سوق أُعيد بناؤه.",
                ),
            ),
        ),
        Beat(
            headline=(
                "A library that stays open until eleven is a city's best idea in years",
                "مكتبة تفتح حتى الحادية عشرة ليلًا أفضل فكرة شهدتها المدينة منذ سنوات",
            ),
            dek=(
                "The National Library understood something about our evenings that malls have long known.",
                "أدركت المكتبة الوطنية شيئًا عن أمسياتنا تعرفه المراكز التجارية منذ زمن.",
            ),
            lead=(
                "I went to the new National Library on a Thursday at ten at night and could not find a free "
                "chair.",
                "ذهبت إلى المكتبة الوطنية الجديدة مساء خميس في العاشرة ليلًا، ولم أجد مقعدًا شاغرًا.",
            ),
            details=(
                (
                    "The families, students and old men reading newspapers there had one thing in common: "
                    "they had somewhere cool and free to go.",
                    "وكان للعائلات والطلاب وكبار السن الذين يقرؤون الصحف هناك قاسم مشترك: مكان بارد ومجاني "
                    "يقصدونه.",
                ),
            ),
        ),
    ),
)

TOPICS = (
    COST_OF_LIVING,
    MONEY,
    STREETS,
    HERITAGE,
)
