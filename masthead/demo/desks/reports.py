"""The report desk: long reads with an introduction, chapters under subheadings, and an ending."""

from masthead.demo.desks import Chapter, Report, reports_city, reports_coast

WATER = Report(
    key="water-security",
    tags=("water", "environment", "infrastructure"),
    speakers=("water",),
    scenes=("sea", "oasis"),
    headlines=(
        (
            "Drinking the sea: how the country keeps its taps running",
            "نشرب من البحر: كيف تحافظ البلاد على تدفق المياه في صنابيرها",
        ),
        (
            "The thirsty coast: desalination, farms and the race to save every drop in a country with no "
            "rivers, little rain and a growing population",
            "الساحل العطشان: التحلية والمزارع والسباق لإنقاذ كل قطرة في بلد بلا أنهار وقليل الأمطار ويتزايد "
            "سكانه",
        ),
    ),
    deks=(
        (
            "Almost all of the country's drinking water now comes from the sea. We visited the plants, farms "
            "and laboratories trying to make that sustainable.",
            "تأتي معظم مياه الشرب في البلاد اليوم من البحر. زرنا المحطات والمزارع والمختبرات التي تسعى إلى "
            "جعل ذلك مستدامًا.",
        ),
        (
            "Demand for water has doubled in twenty years. Can technology and thrift keep up?",
            "تضاعف الطلب على المياه خلال عشرين عامًا. فهل تستطيع التكنولوجيا والترشيد مواكبته؟",
        ),
    ),
    intro=(
        (
            "At the edge of {city}, behind a fence and a line of palm trees, a row of steel tanks the size "
            "of houses hums day and night. Inside, seawater is pushed through membranes so fine that salt "
            "cannot pass, and what comes out the other side ends up in kitchens and bathrooms across the "
            "country.",
            "على أطراف {city}، خلف سياج وصف من أشجار النخيل، يطن صف من الخزانات الفولاذية بحجم المنازل ليلًا "
            "ونهارًا. في داخلها تُدفع مياه البحر عبر أغشية دقيقة إلى حد لا يسمح بمرور الملح، وما يخرج من "
            "الجهة الأخرى ينتهي في المطابخ والحمامات في أنحاء البلاد.",
        ),
        (
            "The country has no rivers and almost no rain, and its underground aquifers have been drained "
            "faster than nature can refill them. Desalination, once a luxury, has become its lifeline.",
            "لا أنهار في البلاد، والأمطار تكاد تكون معدومة، وقد استُنزفت المياه الجوفية بوتيرة أسرع من قدرة "
            "الطبيعة على تعويضها. وهكذا أصبحت التحلية، التي كانت يومًا ترفًا، شريان الحياة فيها.",
        ),
    ),
    chapters=(
        Chapter(
            ("A plant that never sleeps", "محطة لا تنام"),
            (
                (
                    "The plant produces more than 400,000 cubic metres of water a day, enough for about a "
                    "million people. Its control room looks like an airport tower, with screens showing "
                    "pressure, salinity and power use in real time.",
                    "تنتج المحطة أكثر من 400 ألف متر مكعب من المياه يوميًا، وهو ما يكفي نحو مليون شخص. وتبدو "
                    "غرفة التحكم فيها كبرج مراقبة في مطار، بشاشات تعرض الضغط والملوحة واستهلاك الطاقة لحظة "
                    "بلحظة.",
                ),
                (
                    "“Twenty years ago we boiled seawater, which used enormous amounts of fuel. Today we use "
                    "membranes, and each cubic metre needs less than a third of the energy,” said "
                    "{official}.",
                    "{o_said} {official}: «قبل عشرين عامًا كنا نغلي مياه البحر، وكان ذلك يستهلك كميات هائلة "
                    "من الوقود. أما اليوم فنستخدم الأغشية، ويحتاج كل متر مكعب إلى أقل من ثلث تلك الطاقة».",
                ),
                (
                    "Engineers say the next step is to run the plant on solar power during the day and to "
                    "store water, rather than electricity, for the night.",
                    "ويقول المهندسون إن الخطوة التالية هي تشغيل المحطة بالطاقة الشمسية نهارًا، وتخزين المياه "
                    "بدلًا من الكهرباء لساعات الليل.",
                ),
            ),
        ),
        Chapter(
            ("What goes back into the sea", "ما يعود إلى البحر"),
            (
                (
                    "For every litre of fresh water, the plant returns more than a litre of brine to the "
                    "Gulf, twice as salty as the sea it came from.",
                    "مقابل كل لتر من المياه العذبة، تعيد المحطة إلى الخليج أكثر من لتر من المياه شديدة "
                    "الملوحة، تبلغ ملوحتها ضعف ملوحة البحر الذي أُخذت منه.",
                ),
                (
                    "Marine biologists at the university in {city2} have been measuring its effect on "
                    "seagrass and coral near the outlets. Their findings are mixed: the damage is limited "
                    "close to the pipes, but the area affected is growing.",
                    "ويرصد علماء الأحياء البحرية في جامعة {city2} أثرها على الأعشاب البحرية والشعاب "
                    "المرجانية قرب نقاط التصريف. ونتائجهم متباينة: الضرر محدود قرب الأنابيب، لكن المساحة "
                    "المتأثرة تتسع.",
                ),
                (
                    "New rules require plants to spread their discharge through longer pipes with many "
                    "openings, so that the brine mixes faster. Some companies are testing ways to extract "
                    "minerals from it and sell them.",
                    "وتلزم قواعد جديدة المحطات بتوزيع تصريفها عبر أنابيب أطول ذات فتحات متعددة، كي تختلط "
                    "المياه المالحة بسرعة أكبر. وتختبر بعض الشركات طرقًا لاستخراج المعادن منها وبيعها.",
                ),
            ),
        ),
        Chapter(
            ("Farms that count every drop", "مزارع تحسب كل قطرة"),
            (
                (
                    "In Wadi Sidra, date farmers have watered their palms the same way for generations, by "
                    "flooding the channels between the trees. That is changing.",
                    "في وادي سدرة، ظل مزارعو النخيل يروون أشجارهم بالطريقة نفسها منذ أجيال، بإغراق القنوات "
                    "بين الأشجار. لكن ذلك بدأ يتغير.",
                ),
                (
                    "“My father would not believe it,” said Saeed, whose family has farmed the same land for "
                    "four generations, pointing to a row of thin black pipes. “We use less than half the "
                    "water, and the dates are better.”",
                    "يقول سعيد، الذي تزرع عائلته الأرض نفسها منذ أربعة أجيال، مشيرًا إلى صف من الأنابيب "
                    "السوداء الرفيعة: «لو رأى أبي هذا لما صدّق. نستخدم أقل من نصف كمية المياه، والتمر أجود».",
                ),
                (
                    "The government pays part of the cost of drip irrigation and soil sensors, and more than "
                    "{big_pct} per cent of the farms in the valley have signed up.",
                    "وتتحمل الحكومة جزءًا من كلفة الري بالتنقيط وأجهزة استشعار التربة، وقد انضمت إلى "
                    "البرنامج أكثر من {big_pct} في المئة من مزارع الوادي.",
                ),
            ),
        ),
        Chapter(
            ("Habits at home", "العادات في البيت"),
            (
                (
                    "Households use more than half of the country's desalinated water, and a large share of "
                    "it goes on gardens, car washing and long showers.",
                    "تستهلك الأسر أكثر من نصف المياه المحلاة في البلاد، ويذهب جزء كبير منها إلى ري الحدائق "
                    "وغسل السيارات والاستحمام الطويل.",
                ),
                (
                    "Smart meters installed in {city} last year let families follow their use hour by hour "
                    "on their phones. Early results show a drop of about {pct} per cent in homes that check "
                    "the app regularly.",
                    "وتتيح العدادات الذكية التي رُكّبت في {city} العام الماضي للأسر متابعة استهلاكها ساعة "
                    "بساعة عبر هواتفها. وتُظهر النتائج الأولية انخفاضًا بنحو {pct} في المئة في المنازل التي "
                    "تتابع التطبيق بانتظام.",
                ),
                (
                    "Officials are wary of raising prices, which are among the lowest in the world, but a "
                    "tiered tariff that charges more for heavy use is under study.",
                    "ويتوخى المسؤولون الحذر بشأن رفع الأسعار، التي تُعد من الأدنى في العالم، لكن نظام تعرفة "
                    "متدرجًا يفرض رسومًا أعلى على الاستهلاك المرتفع قيد الدراسة.",
                ),
            ),
        ),
    ),
    ending=(
        (
            "Back at the plant, the tanks keep humming. The water they make is clean, safe and reliable. "
            "Whether it is also sustainable will depend less on engineers than on the rest of us.",
            "في المحطة، تواصل الخزانات طنينها. المياه التي تنتجها نظيفة وآمنة وموثوقة، أما ما إذا كانت "
            "مستدامة أيضًا فسيتوقف على بقيتنا أكثر مما يتوقف على المهندسين.",
        ),
        (
            "The country has learned to drink the sea. The harder lesson, engineers and farmers agree, is "
            "learning to need less of it.",
            "لقد تعلمت البلاد أن تشرب من البحر، والدرس الأصعب، كما يتفق المهندسون والمزارعون، هو أن تتعلم "
            "الحاجة إلى كمية أقل منه.",
        ),
    ),
    caption=(
        "Almost all of the country's drinking water now comes from the sea.",
        "تأتي معظم مياه الشرب في البلاد اليوم من البحر.",
    ),
)

FOUNDERS = Report(
    key="founders",
    tags=("start-ups", "investment", "youth"),
    speakers=(),
    scenes=("network", "skyline"),
    headlines=(
        ("Made at home: the young founders betting on {city}", "صُنع هنا: رواد أعمال شباب يراهنون على {city}"),
        (
            "A decade ago talented graduates left for jobs abroad; now a generation of founders is building "
            "software, robots and delivery networks at home, and investors are following",
            "قبل عقد كان الخريجون الموهوبون يغادرون للعمل في الخارج، أما اليوم فيبني جيل من المؤسسين "
            "البرمجيات والروبوتات وشبكات التوصيل في بلادهم، والمستثمرون يلحقون بهم",
        ),
    ),
    deks=(
        (
            "Start-ups have become the new dream job. We spent a month with the people behind them.",
            "أصبحت الشركات الناشئة وظيفة الأحلام الجديدة. قضينا شهرًا مع الأشخاص الذين يقفون خلفها.",
        ),
        (
            "Cheap offices, state funds and a young population have turned {city} into a test bed. The hard "
            "part comes next.",
            "حوّلت المكاتب الرخيصة والصناديق الحكومية والمجتمع الشاب {city} إلى ساحة تجارب، والجزء الأصعب لم "
            "يأت بعد.",
        ),
    ),
    intro=(
        (
            "On the fourth floor of an old bank building in {city}, forty people in their twenties sit at "
            "long tables. Some write code, some answer customers, one is asleep on a beanbag. Three years "
            "ago the floor was empty.",
            "في الطابق الرابع من مبنى مصرف قديم في {city}، يجلس أربعون شخصًا في العشرينيات من أعمارهم إلى "
            "طاولات طويلة. بعضهم يكتب البرمجيات، وبعضهم يرد على العملاء، وأحدهم نائم على كيس جلوس. قبل ثلاث "
            "سنوات كان الطابق خاليًا.",
        ),
        (
            "This is {startup}, one of a wave of young companies that have turned the country's start-up "
            "scene from a curiosity into an industry. Venture investment has grown several times over in "
            "five years, and the number of technology companies registered each year has tripled.",
            "هذه هي {startup}، واحدة من موجة من الشركات الفتية التي حولت مشهد الشركات الناشئة في البلاد من "
            "ظاهرة لافتة إلى قطاع قائم بذاته. فقد تضاعف الاستثمار الجريء عدة مرات خلال خمس سنوات، وتضاعف عدد "
            "شركات التكنولوجيا المسجلة سنويًا ثلاث مرات.",
        ),
    ),
    chapters=(
        Chapter(
            ("Why they stayed", "لماذا بقوا"),
            (
                (
                    "Most of the founders we met had offers from abroad. They stayed, they say, because the "
                    "problems they wanted to solve were here.",
                    "تلقى معظم المؤسسين الذين التقيناهم عروضًا من الخارج، لكنهم بقوا، كما يقولون، لأن "
                    "المشكلات التي أرادوا حلها موجودة هنا.",
                ),
                (
                    "“Nobody in California is going to build a payments app for a fisherman in {city2},” "
                    "said one co-founder. “We know these customers because they are our uncles and "
                    "neighbours.”",
                    "وقال أحد المؤسسين: «لن يبني أحد في كاليفورنيا تطبيق مدفوعات لصياد في {city2}. نحن نعرف "
                    "هؤلاء العملاء لأنهم أعمامنا وجيراننا».",
                ),
                (
                    "Family support helps too. Several founders live at home, which lets them pay themselves "
                    "small salaries for longer than their peers abroad could.",
                    "ويساعد دعم الأسرة أيضًا؛ فكثير من المؤسسين يعيشون مع عائلاتهم، مما يسمح لهم بالاكتفاء "
                    "برواتب صغيرة لفترة أطول مما يستطيعه نظراؤهم في الخارج.",
                ),
            ),
        ),
        Chapter(
            ("Follow the money", "تتبّع المال"),
            (
                (
                    "A state-backed fund of funds has put money into more than a dozen venture firms since "
                    "it was set up, on condition that they invest locally.",
                    "ضخ صندوق صناديق مدعوم من الدولة أموالًا في أكثر من اثنتي عشرة شركة لرأس المال الجريء "
                    "منذ تأسيسه، بشرط أن تستثمر محليًا.",
                ),
                (
                    "“Five years ago a good team had to fly to three countries to raise a seed round. Now "
                    "the money comes to them,” said Omar Bakri, a partner at Falak Ventures.",
                    "وقال عمر بكري، الشريك في صندوق فلك لرأس المال الجريء: «قبل خمس سنوات، كان على الفريق "
                    "الجيد أن يسافر إلى ثلاث دول ليجمع جولة تمويل أولية. أما الآن فالمال هو من يأتي إليه».",
                ),
                (
                    "The flood of money has raised a familiar worry: that valuations have run ahead of "
                    "revenue. Some investors have started asking for profits sooner than they used to.",
                    "وأثار تدفق الأموال قلقًا مألوفًا من أن التقييمات سبقت الإيرادات، وقد بدأ بعض المستثمرين "
                    "يطالبون بتحقيق الأرباح في وقت أبكر مما اعتادوا.",
                ),
            ),
        ),
        Chapter(
            ("The talent squeeze", "أزمة الكفاءات"),
            (
                (
                    "Every founder we spoke to named the same problem: finding experienced engineers. "
                    "Salaries for senior developers have risen by more than a third in two years.",
                    "ذكر كل المؤسسين الذين تحدثنا إليهم المشكلة نفسها: العثور على مهندسين ذوي خبرة. فقد "
                    "ارتفعت رواتب كبار المطورين بأكثر من الثلث خلال عامين.",
                ),
                (
                    "Universities are adding places in computer science, and a national coding academy "
                    "trains about {count} people a year. Still, demand runs ahead of supply.",
                    "وتزيد الجامعات المقاعد المخصصة لعلوم الحاسوب، وتدرّب أكاديمية وطنية للبرمجة نحو {count} "
                    "شخص سنويًا، ومع ذلك لا يزال الطلب يفوق المعروض.",
                ),
                (
                    "Some companies hire abroad and train at home. Others have opened small offices in "
                    "cities with large engineering schools and let staff work remotely.",
                    "وتوظف بعض الشركات من الخارج وتدرّب في الداخل، بينما افتتحت شركات أخرى مكاتب صغيرة في "
                    "مدن تضم كليات هندسة كبيرة، وسمحت لموظفيها بالعمل عن بُعد.",
                ),
            ),
        ),
        Chapter(
            ("When it goes wrong", "حين تسوء الأمور"),
            (
                (
                    "Not every story ends well. Two delivery start-ups closed last year after burning "
                    "through their funding in a price war.",
                    "لا تنتهي كل القصص نهاية سعيدة؛ فقد أغلقت شركتان ناشئتان للتوصيل أبوابهما العام الماضي "
                    "بعد أن استنزفتا تمويلهما في حرب أسعار.",
                ),
                (
                    "Bankruptcy law was changed three years ago so that a founder whose company fails no "
                    "longer risks a travel ban, a reform that entrepreneurs say matters more than any grant.",
                    "وقد عُدّل قانون الإفلاس قبل ثلاث سنوات بحيث لم يعد المؤسس المتعثر معرّضًا لحظر السفر، "
                    "وهو إصلاح يقول رواد الأعمال إنه أهم من أي منحة.",
                ),
                (
                    "“Failing is part of the job. What matters is that you are allowed to try again,” said a "
                    "founder who closed her first company and raised money for her second within a year.",
                    "وقالت مؤسِّسة أغلقت شركتها الأولى وجمعت تمويلًا لشركتها الثانية خلال عام: «الفشل جزء من "
                    "العمل. المهم أن يُسمح لك بالمحاولة من جديد».",
                ),
            ),
        ),
    ),
    ending=(
        (
            "Late in the evening, the fourth floor in {city} is still half full. Someone has ordered food "
            "through an app built two floors down. It arrives in eleven minutes.",
            "في وقت متأخر من المساء، لا يزال الطابق الرابع في {city} نصف ممتلئ. طلب أحدهم طعامًا عبر تطبيق "
            "طُوّر في الطابق الثاني من المبنى نفسه، فوصل في إحدى عشرة دقيقة.",
        ),
        (
            "Whether the boom lasts will depend on profits, talent and patience. For now, the founders of "
            "{city} are betting that home is the best place to build.",
            "سيتوقف استمرار هذه الطفرة على الأرباح والكفاءات والصبر، لكن مؤسسي {city} يراهنون حتى الآن على "
            "أن الوطن هو أفضل مكان للبناء.",
        ),
    ),
    caption=(
        "A new generation of founders is building companies at home.",
        "جيل جديد من المؤسسين يبني شركاته في الداخل.",
    ),
)

PORT = Report(
    key="port",
    tags=("ports-and-shipping", "trade", "infrastructure"),
    speakers=("ports",),
    scenes=("port",),
    headlines=(
        (
            "Where the ships come in: inside the port that wants to be the Gulf's gateway",
            "حيث ترسو السفن: من داخل الميناء الذي يطمح إلى أن يكون بوابة الخليج",
        ),
        (
            "Cranes without drivers and customs in minutes: the port of {city} bets on automation to win "
            "trade",
            "رافعات بلا سائقين وتخليص جمركي في دقائق: ميناء {city} يراهن على الأتمتة لكسب التجارة",
        ),
    ),
    deks=(
        (
            "The port handles more containers than ever. We spent a night shift finding out how.",
            "يتعامل الميناء مع عدد من الحاويات أكبر من أي وقت مضى. قضينا نوبة ليلية لنعرف كيف.",
        ),
        (
            "Shipping lines can choose among several ports in the region. Speed is how they decide.",
            "تستطيع خطوط الشحن الاختيار بين عدة موانئ في المنطقة، والسرعة هي ما يحسم قرارها.",
        ),
    ),
    intro=(
        (
            "At two in the morning, the container terminal at {city} is brighter than the city behind it. A "
            "ship longer than three football pitches is being unloaded by cranes that move boxes from deck "
            "to truck in under a minute.",
            "في الثانية فجرًا، تبدو محطة الحاويات في {city} أكثر سطوعًا من المدينة التي خلفها. تُفرَّغ سفينة "
            "يزيد طولها على ثلاثة ملاعب كرة قدم برافعات تنقل الحاويات من سطح السفينة إلى الشاحنة في أقل من "
            "دقيقة.",
        ),
        (
            "Ten years ago the port was a regional stop. Today it is one of the busiest in the Gulf, and its "
            "operators want more.",
            "قبل عشر سنوات كان الميناء محطة إقليمية، أما اليوم فهو من أكثر الموانئ ازدحامًا في الخليج، ويطمح "
            "مشغلوه إلى المزيد.",
        ),
    ),
    chapters=(
        Chapter(
            ("The control room", "غرفة التحكم"),
            (
                (
                    "Half of the cranes on the quay are now operated remotely, from a quiet room where "
                    "operators sit at desks with joysticks and screens.",
                    "باتت نصف الرافعات على الرصيف تُشغَّل عن بُعد، من غرفة هادئة يجلس فيها المشغلون إلى "
                    "مكاتب مزودة بعصي تحكم وشاشات.",
                ),
                (
                    "“I used to spend twelve hours in a cabin forty metres up. Now I go home less tired, and "
                    "I can run two cranes in a shift,” said one operator, who has worked at the port for "
                    "fifteen years.",
                    "وقال أحد المشغلين، الذي يعمل في الميناء منذ خمسة عشر عامًا: «كنت أقضي اثنتي عشرة ساعة "
                    "في مقصورة على ارتفاع أربعين مترًا. الآن أعود إلى البيت أقل تعبًا، وأستطيع تشغيل رافعتين "
                    "في النوبة الواحدة».",
                ),
                (
                    "The port says productivity per crane has risen by about {big_pct} per cent since the "
                    "switch, and accidents have fallen.",
                    "ويقول الميناء إن إنتاجية الرافعة الواحدة ارتفعت بنحو {big_pct} في المئة منذ التحول، وإن "
                    "الحوادث تراجعت.",
                ),
            ),
        ),
        Chapter(
            ("Customs at the speed of software", "الجمارك بسرعة البرمجيات"),
            (
                (
                    "A shipment used to wait two or three days for its paperwork. Now most are cleared "
                    "before the ship docks, using documents filed online and checked by software.",
                    "كانت الشحنة تنتظر يومين أو ثلاثة لإنجاز أوراقها، أما اليوم فيُخلَّص معظمها قبل رسو "
                    "السفينة، بوثائق تُقدَّم إلكترونيًا وتتحقق منها البرمجيات.",
                ),
                (
                    "“Our job is to stop what should be stopped and let everything else through. Data lets "
                    "us do both,” said {official}.",
                    "{o_said} {official}: «مهمتنا أن نوقف ما يجب إيقافه وأن نسمح بمرور كل ما عداه، والبيانات "
                    "تمكننا من الأمرين معًا».",
                ),
                (
                    "Inspectors still open containers chosen by risk scores, and sniffer dogs remain part of "
                    "the team.",
                    "ولا يزال المفتشون يفتحون الحاويات التي تختارها مؤشرات المخاطر، ولا تزال الكلاب "
                    "البوليسية جزءًا من الفريق.",
                ),
            ),
        ),
        Chapter(
            ("Competing neighbours", "جيران متنافسون"),
            (
                (
                    "Several ports in the region are expanding at the same time, and shipping lines can move "
                    "their business quickly.",
                    "تتوسع عدة موانئ في المنطقة في الوقت نفسه، وتستطيع خطوط الشحن نقل أعمالها بسرعة.",
                ),
                (
                    "The port's pitch is speed and connections: a free zone next to the quay, a railway link "
                    "under construction and roads to three neighbouring countries.",
                    "ويقوم عرض الميناء على السرعة والربط: منطقة حرة بجوار الرصيف، وخط سكة حديد قيد الإنشاء، "
                    "وطرق تصل إلى ثلاث دول مجاورة.",
                ),
                (
                    "{company} moved its regional warehouse to the free zone last year and says delivery "
                    "times to its customers fell by two days.",
                    "ونقلت {company} مستودعها الإقليمي إلى المنطقة الحرة العام الماضي، وتقول إن مواعيد "
                    "التسليم لعملائها تقلصت يومين.",
                ),
            ),
        ),
        Chapter(
            ("The people on the quay", "الناس على الرصيف"),
            (
                (
                    "Automation has not emptied the port. It employs more people than ten years ago, though "
                    "fewer of them drive and more of them watch screens.",
                    "لم تُفرغ الأتمتة الميناء من العاملين؛ فهو يوظف اليوم عددًا أكبر مما كان قبل عشر سنوات، "
                    "وإن قلّ بينهم من يقود الآليات وزاد من يراقب الشاشات.",
                ),
                (
                    "The port runs a training school where truck drivers and lashers can requalify as "
                    "technicians, and about {count} workers have completed the course.",
                    "ويدير الميناء مدرسة تدريب يستطيع فيها سائقو الشاحنات وعمال تثبيت الحاويات إعادة التأهل "
                    "ليصبحوا فنيين، وقد أكمل الدورة نحو {count} عامل.",
                ),
                (
                    "Not everyone is convinced. Older workers say the new jobs need skills that are hard to "
                    "learn at fifty, and the workers' committee has asked for longer retraining periods.",
                    "لكن ليس الجميع مقتنعين؛ إذ يقول العمال الأكبر سنًا إن الوظائف الجديدة تتطلب مهارات يصعب "
                    "تعلمها في الخمسين، وقد طالبت لجنة العمال بفترات أطول لإعادة التأهيل.",
                ),
            ),
        ),
    ),
    ending=(
        (
            "By dawn the ship is loaded again and heading east. Another is already waiting at anchor, its "
            "containers declared, checked and cleared before it has even docked.",
            "مع الفجر تكون السفينة قد حُمّلت من جديد واتجهت شرقًا، بينما تنتظر أخرى عند المرسى، وقد قُدّمت "
            "وثائق حاوياتها وفُحصت وخُلّصت قبل أن ترسو.",
        ),
        (
            "The port's future will be decided by a few hours here and there. In shipping, those hours are "
            "everything.",
            "سيتحدد مستقبل الميناء ببضع ساعات هنا وهناك، وفي عالم الشحن تعني تلك الساعات كل شيء.",
        ),
    ),
    caption=(
        "The port is one of the busiest in the region.",
        "الميناء من أكثر موانئ المنطقة ازدحامًا.",
    ),
)

HEAT = Report(
    key="working-in-heat",
    tags=("weather", "climate", "labour-market", "health"),
    speakers=("labour",),
    scenes=("dunes", "skyline"),
    headlines=(
        (
            "Working in 50 degrees: life on the front line of a hotter summer",
            "العمل في 50 درجة: الحياة في الخطوط الأمامية لصيف أشد حرارة",
        ),
        (
            "Summers in the Gulf are getting longer and hotter, and the people who build its towers, deliver "
            "its food and fix its air conditioners are adapting in ways that could change how the whole "
            "economy works",
            "الصيف في الخليج يزداد طولًا وحرارة، ومن يبنون أبراجه ويوصلون طعامه ويصلحون مكيفاته يتكيفون بطرق "
            "قد تغير طريقة عمل الاقتصاد بأكمله",
        ),
    ),
    deks=(
        (
            "Midday bans, cooling vests and night shifts are changing working life. Are they enough?",
            "حظر العمل وقت الظهيرة والسترات المبرّدة ونوبات الليل تغير الحياة العملية، فهل يكفي ذلك؟",
        ),
        (
            "We followed builders, couriers and technicians through the hottest week of the year.",
            "رافقنا عمال بناء وسائقي توصيل وفنيين خلال أشد أسابيع العام حرارة.",
        ),
    ),
    intro=(
        (
            "At five in the morning on a building site in {city}, the working day is already an hour old. By "
            "eleven the cranes will stop, the workers will move into shaded rest areas, and the site will "
            "stay quiet until the sun drops.",
            "في الخامسة صباحًا في موقع بناء في {city}، يكون يوم العمل قد بدأ منذ ساعة. وبحلول الحادية عشرة "
            "ستتوقف الرافعات، وينتقل العمال إلى استراحات مظللة، ويبقى الموقع هادئًا حتى تميل الشمس.",
        ),
        (
            "Summers here have always been hard. What is new is how long they last: the number of days above "
            "45 degrees has risen sharply over the past thirty years, according to the Met Office.",
            "لطالما كان الصيف هنا قاسيًا، لكن الجديد هو طول مدته؛ فعدد الأيام التي تتجاوز فيها الحرارة 45 "
            "درجة ارتفع بشكل حاد خلال السنوات الثلاثين الماضية، بحسب إدارة الأرصاد الجوية.",
        ),
    ),
    chapters=(
        Chapter(
            ("The midday ban", "حظر الظهيرة"),
            (
                (
                    "Outdoor work is banned in the middle of the day for three months every summer, and "
                    "inspectors visit thousands of sites to check.",
                    "يُحظر العمل في الأماكن المكشوفة وقت الظهيرة لمدة ثلاثة أشهر كل صيف، ويزور المفتشون آلاف "
                    "المواقع للتحقق من الالتزام.",
                ),
                (
                    "“The ban saves lives, but the heat does not read the calendar,” said {official}, adding "
                    "that the ministry is studying whether to tie the rule to measured heat and humidity "
                    "instead of fixed dates.",
                    "{o_said} {official}: «الحظر ينقذ الأرواح، لكن الحر لا يقرأ التقويم»، {o_adding} أن "
                    "الوزارة تدرس ربط القاعدة بقياسات الحرارة والرطوبة بدلًا من التواريخ الثابتة.",
                ),
                (
                    "Companies that break the rules face fines and can be barred from government contracts, "
                    "and the number of violations found has fallen every year.",
                    "وتواجه الشركات المخالفة غرامات، وقد تُحرم من العقود الحكومية، وقد تراجع عدد المخالفات "
                    "المرصودة عامًا بعد عام.",
                ),
            ),
        ),
        Chapter(
            ("On two wheels", "على عجلتين"),
            (
                (
                    "Delivery riders are harder to protect. They work for apps, not sites, and the busiest "
                    "hours for food orders are the hottest ones.",
                    "يصعب أكثر حماية سائقي التوصيل؛ فهم يعملون لصالح تطبيقات لا مواقع، وأكثر ساعات طلب "
                    "الطعام ازدحامًا هي أشدها حرارة.",
                ),
                (
                    "Rest stops with water, shade and air conditioning have opened at petrol stations across "
                    "{city}, paid for by the delivery companies.",
                    "وافتُتحت في محطات الوقود في أنحاء {city} استراحات مزودة بالمياه والظل والتكييف، تتحمل "
                    "شركات التوصيل كلفتها.",
                ),
                (
                    "“I drink four litres of water a day in August. The stops help. What would help more is "
                    "if customers did not complain when I am ten minutes late,” said Ravi, who has delivered "
                    "food for three years.",
                    "وقال رافي، الذي يعمل في توصيل الطعام منذ ثلاث سنوات: «أشرب أربعة لترات من الماء يوميًا "
                    "في أغسطس. الاستراحات تساعد، لكن ما سيساعد أكثر هو ألا يشتكي العملاء حين أتأخر عشر "
                    "دقائق».",
                ),
            ),
        ),
        Chapter(
            ("Technology and cloth", "التكنولوجيا والقماش"),
            (
                (
                    "Some builders now give workers vests with pockets of cooling gel and helmets with small "
                    "fans. Sensors in wristbands warn supervisors when a worker's heart rate climbs too "
                    "high.",
                    "وتزود بعض شركات البناء عمالها الآن بسترات فيها جيوب من الهلام المبرّد، وخوذات بمراوح "
                    "صغيرة، فيما تنبه أجهزة استشعار في أساور المعصم المشرفين حين يرتفع معدل ضربات قلب العامل "
                    "أكثر من اللازم.",
                ),
                (
                    "Doctors say the simplest measures still matter most: water, rest, shade, and time for "
                    "new arrivals to get used to the heat.",
                    "ويقول الأطباء إن أبسط الإجراءات لا تزال الأهم: الماء والراحة والظل، ومنح القادمين الجدد "
                    "وقتًا للتأقلم مع الحرارة.",
                ),
                (
                    "Hospitals in {city} treated {pct} per cent fewer cases of heat exhaustion last summer "
                    "than the year before, which officials put down to better rest areas.",
                    "وعالجت مستشفيات {city} الصيف الماضي حالات إجهاد حراري أقل بنسبة {pct} في المئة مقارنة "
                    "بالعام الذي سبقه، وينسب المسؤولون ذلك إلى تحسن الاستراحات.",
                ),
            ),
        ),
        Chapter(
            ("A night-time economy", "اقتصاد ليلي"),
            (
                (
                    "More of the country's work is moving to the night. Supermarkets restock after midnight, "
                    "road repairs happen after ten, and some offices start early in summer.",
                    "ينتقل مزيد من الأعمال في البلاد إلى الليل؛ فالمتاجر الكبرى تعيد ملء رفوفها بعد منتصف "
                    "الليل، وإصلاح الطرق يجري بعد العاشرة، وبدأت بعض المكاتب اعتماد دوام مبكر في الصيف.",
                ),
                (
                    "Economists say the shift has costs, from overtime pay to lighting, but that the "
                    "alternative, lost days and illness, costs more.",
                    "ويقول الاقتصاديون إن لهذا التحول كلفة، من أجور العمل الإضافي إلى الإنارة، لكن البديل، "
                    "أي أيام العمل الضائعة والأمراض، أعلى كلفة.",
                ),
                (
                    "Urban planners in {city} are studying covered markets and shaded streets that would let "
                    "more of daily life carry on outdoors in the evening.",
                    "ويدرس مخططو المدن في {city} إقامة أسواق مسقوفة وشوارع مظللة تسمح بممارسة مزيد من أنشطة "
                    "الحياة اليومية في الهواء الطلق مساءً.",
                ),
            ),
        ),
    ),
    ending=(
        (
            "At six in the evening the site in {city} comes back to life. It is still above 40 degrees, but "
            "the sun is low, and for the people who work outside that is what counts.",
            "في السادسة مساءً يعود موقع البناء في {city} إلى الحياة. لا تزال الحرارة فوق 40 درجة، لكن الشمس "
            "منخفضة، وهذا ما يهم من يعملون في الخارج.",
        ),
        (
            "The summers will keep getting hotter. How well the country adapts will show first in the lives "
            "of those who cannot work indoors.",
            "سيواصل الصيف ازدياد حرارته، ومدى نجاح البلاد في التكيف سيظهر أولًا في حياة من لا يستطيعون العمل "
            "داخل المباني.",
        ),
    ),
    caption=(
        "Summer temperatures regularly pass 45 degrees.",
        "تتجاوز درجات الحرارة في الصيف 45 درجة بانتظام.",
    ),
)

REPORTS = (WATER, FOUNDERS, PORT, HEAT, *reports_coast.REPORTS, *reports_city.REPORTS)
