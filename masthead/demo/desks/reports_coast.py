"""Long reads from the coast and the desert: pearl divers, fishermen, mangroves and farms."""

from masthead.demo.desks import Chapter, Report

PEARL_DIVERS = Report(
    key="pearl-divers",
    tags=("heritage", "culture", "tourism"),
    speakers=("culture",),
    scenes=("sea",),
    headlines=(
        (
            "The last pearl divers, and the teenagers who want to learn their trade",
            "آخر الغواصين على اللؤلؤ.. والمراهقون الذين يريدون تعلّم مهنتهم",
        ),
    ),
    deks=(
        (
            "A handful of men who dived for pearls before oil are still alive. We spent a season with them "
            "and their students.",
            "لا يزال على قيد الحياة عدد قليل من الرجال الذين غاصوا بحثًا عن اللؤلؤ قبل النفط. أمضينا موسمًا "
            "معهم ومع تلاميذهم.",
        ),
    ),
    intro=(
        (
            "Abdullah is 81, and he still wakes before dawn to look at the sea. For eleven summers as a "
            "young man he dived for pearls off {city}, forty times a day, with a stone on his foot and a "
            "clip on his nose.",
            "يبلغ عبد الله 81 عامًا، ولا يزال يستيقظ قبل الفجر لينظر إلى البحر. أمضى أحد عشر موسمًا صيفيًا "
            "في شبابه يغوص بحثًا عن اللؤلؤ قبالة {city}، أربعين مرة في اليوم، وحجر مربوط بقدمه ومشبك على "
            "أنفه.",
        ),
        (
            "The trade he learned from his father collapsed within a few years of his last season, undone "
            "by cultured pearls from Japan and then by oil. Today he is one of perhaps a dozen men alive "
            "who dived for a living.",
            "وانهارت المهنة التي تعلمها من أبيه بعد سنوات قليلة من موسمه الأخير، بفعل اللؤلؤ المستزرع "
            "القادم من اليابان ثم النفط. واليوم هو واحد من نحو اثني عشر رجلًا على قيد الحياة ممن عاشوا من "
            "الغوص.",
        ),
    ),
    chapters=(
        Chapter(
            ("Four months at sea", "أربعة أشهر في البحر"),
            (
                (
                    "The diving season ran from June to September, and the boats rarely came home. Crews of "
                    "up to forty men lived on deck, ate rice, dates and fish, and drank water carried from "
                    "wells on the shore.",
                    "كان موسم الغوص يمتد من يونيو إلى سبتمبر، ونادرًا ما كانت المراكب تعود إلى البر. وكانت "
                    "طواقم تصل إلى أربعين رجلًا تعيش على سطح المركب، وتأكل الأرز والتمر والسمك، وتشرب ماءً "
                    "يُحمل من آبار الساحل.",
                ),
                (
                    "“The sea was our office, our kitchen and our bedroom,” Abdullah said. “You slept when "
                    "the captain said, and you dived when he said.”",
                    "قال عبد الله: «كان البحر مكتبنا ومطبخنا وغرفة نومنا. تنام حين يقول القبطان، وتغوص حين "
                    "يقول».",
                ),
                (
                    "Divers worked in pairs with a puller on deck, who hauled them up by rope when they "
                    "tugged. Trust between the two was everything, and many pairs stayed together for life.",
                    "وكان الغواصون يعملون مع سيب على سطح المركب يسحبهم بالحبل حين يشدّونه، وكانت الثقة بين "
                    "الاثنين كل شيء، وبقي كثير منهم معًا مدى الحياة.",
                ),
            ),
        ),
        Chapter(
            ("Debt and luck", "الدَّين والحظ"),
            (
                (
                    "Most divers never saw a pearl's full price. Captains advanced money to their families "
                    "before the season, and the debt passed from father to son when a catch was poor.",
                    "لم يرَ معظم الغواصين ثمن اللؤلؤة كاملًا قط؛ إذ كان النواخذة يسلّفون أسرهم المال قبل "
                    "الموسم، وكان الدَّين ينتقل من الأب إلى الابن حين يكون الصيد شحيحًا.",
                ),
                (
                    "A single fine pearl could pay a crew for a year. Abdullah found one in his fifth "
                    "summer, the size of a chickpea and perfectly round, and still remembers the silence on "
                    "deck.",
                    "وكانت لؤلؤة واحدة ثمينة تكفي لدفع أجور الطاقم عامًا كاملًا. وجد عبد الله واحدة في صيفه "
                    "الخامس، بحجم حبة الحمص ومستديرة تمامًا، ولا يزال يتذكر الصمت الذي خيّم على المركب.",
                ),
                (
                    "Historians at the university in {city2} have collected the ledgers of three trading "
                    "families, which record every pearl sold over forty years. They show how thin the "
                    "margin between a good year and ruin could be.",
                    "وجمع مؤرخون في جامعة {city2} دفاتر ثلاث عائلات تجارية تسجل كل لؤلؤة بيعت على مدى "
                    "أربعين عامًا، وتُظهر مدى ضآلة الفارق بين عام جيد والخراب.",
                ),
            ),
        ),
        Chapter(
            ("The new divers", "الغواصون الجدد"),
            (
                (
                    "Every morning during the heritage festival, Abdullah goes out in a small boat with six "
                    "teenagers. They have fins and masks, but he teaches them what he was taught: to "
                    "breathe slowly, to read the seabed, to come up before they need to.",
                    "في صباح كل يوم من أيام المهرجان التراثي، يخرج عبد الله في قارب صغير مع ستة مراهقين. "
                    "لديهم زعانف وأقنعة، لكنه يعلمهم ما تعلمه: أن يتنفسوا ببطء، وأن يقرؤوا قاع البحر، وأن "
                    "يصعدوا قبل أن يحتاجوا إلى ذلك.",
                ),
                (
                    "“My grandfather dived, and I want to know what he knew,” said Mariam, 15, who can now "
                    "stay down for more than a minute.",
                    "وقالت مريم، البالغة 15 عامًا، والتي صارت قادرة على البقاء تحت الماء أكثر من دقيقة: "
                    "«كان جدي غواصًا، وأريد أن أعرف ما كان يعرفه».",
                ),
                (
                    "“Young people are coming back to these crafts, and that is how heritage survives,” "
                    "said {official}, whose ministry now pays for the classes all year round.",
                    "{o_said} {official}، التي باتت وزارتها تموّل الدروس على مدار العام: «الشباب يعودون إلى "
                    "هذه الحرف، وهكذا يبقى التراث».",
                ),
            ),
        ),
    ),
    ending=(
        (
            "When the boat comes back, Abdullah sits on the jetty and watches his students rinse their "
            "masks. “They will never dive for a living,” he said. “But they will know the sea. That is "
            "enough.”",
            "حين يعود القارب، يجلس عبد الله على الرصيف ويراقب تلاميذه وهم يغسلون أقنعتهم. يقول: «لن يعيشوا "
            "من الغوص أبدًا، لكنهم سيعرفون البحر، وهذا يكفي».",
        ),
    ),
    caption=(
        "Pearl diving sustained the coast for centuries before oil.",
        "أعال الغوص على اللؤلؤ الساحل قرونًا قبل النفط.",
    ),
)


FISHERMEN = Report(
    key="fishermen",
    tags=("food-security", "environment"),
    speakers=("municipal",),
    scenes=("sea",),
    headlines=(
        (
            "The fishermen of Jazirat al-Sadaf and the fish that are disappearing",
            "صيادو جزيرة الصدف والأسماك التي تختفي",
        ),
    ),
    deks=(
        (
            "Catches of the country's favourite fish have fallen by half in twenty years. The men who catch "
            "them are trying to save them.",
            "تراجعت كميات صيد السمك المفضل في البلاد إلى النصف خلال عشرين عامًا، ويحاول الرجال الذين "
            "يصطادونه إنقاذه.",
        ),
    ),
    intro=(
        (
            "The boats come into Jazirat al-Sadaf at dawn, and the auction starts before the engines are "
            "cold. Buyers from restaurants in {city} crowd round the crates, calling out prices.",
            "تدخل القوارب جزيرة الصدف عند الفجر، ويبدأ المزاد قبل أن تبرد المحركات. ويتجمع المشترون من "
            "مطاعم {city} حول الصناديق وهم ينادون بالأسعار.",
        ),
        (
            "There are fewer crates of hamour than there used to be. The grouper that sits at the centre of "
            "every family feast has been fished so hard that scientists say it could collapse within a "
            "decade.",
            "لكن صناديق الهامور صارت أقل مما كانت عليه. فالسمكة التي تتوسط كل وليمة عائلية صيدت بكثافة جعلت "
            "العلماء يحذرون من انهيار مخزونها خلال عقد.",
        ),
    ),
    chapters=(
        Chapter(
            ("Fewer fish, further out", "أسماك أقل ومسافات أبعد"),
            (
                (
                    "Khalid has fished from the island for thirty years, as his father did. He now sails "
                    "twice as far as he did when he started, and brings back less.",
                    "يصطاد خالد من الجزيرة منذ ثلاثين عامًا كما فعل أبوه، وصار يبحر اليوم ضعف المسافة التي "
                    "كان يقطعها حين بدأ، ويعود بصيد أقل.",
                ),
                (
                    "“My father put his traps a kilometre from the beach,” he said. “I go twenty. My son "
                    "says he will go further, but I do not think he should be a fisherman.”",
                    "وقال: «كان أبي يضع أقفاصه على بعد كيلومتر من الشاطئ، وأنا أذهب عشرين كيلومترًا. يقول "
                    "ابني إنه سيذهب أبعد، لكنني لا أظن أنه ينبغي أن يكون صيادًا».",
                ),
                (
                    "Marine scientists measuring stocks off the coast say young fish are being caught "
                    "before they can breed.",
                    "ويقول علماء البحار الذين يرصدون المخزون قبالة الساحل إن الأسماك الصغيرة تُصاد قبل أن "
                    "تتمكن من التكاثر.",
                ),
            ),
        ),
        Chapter(
            ("A closed season", "موسم للحظر"),
            (
                (
                    "Two years ago, the fishermen's association agreed to stop catching hamour for two "
                    "months each spring, when it spawns. It was not popular.",
                    "قبل عامين، وافقت جمعية الصيادين على التوقف عن صيد الهامور شهرين كل ربيع خلال موسم "
                    "تكاثره، ولم يكن القرار محبوبًا.",
                ),
                (
                    "The government pays a small allowance during the closed months, and inspectors check "
                    "the fish markets. Restaurants have learned to serve other fish in April and May.",
                    "وتدفع الحكومة بدلًا صغيرًا خلال أشهر الحظر، ويتفقد المفتشون أسواق السمك، وتعلمت "
                    "المطاعم تقديم أسماك أخرى في أبريل ومايو.",
                ),
                (
                    "“These men know the sea better than any of us, and they chose to protect it,” said "
                    "{official}.",
                    "{o_said} {official}: «هؤلاء الرجال يعرفون البحر أكثر من أي منا، وقد اختاروا حمايته».",
                ),
            ),
        ),
        Chapter(
            ("Signs of hope", "بوادر أمل"),
            (
                (
                    "This year, for the first time in a decade, scientists counted more young hamour on the "
                    "reefs near the island than the year before.",
                    "وهذا العام، ولأول مرة منذ عقد، أحصى العلماء على الشعاب القريبة من الجزيرة أسماك هامور "
                    "صغيرة أكثر من العام السابق.",
                ),
                (
                    "Fishermen have also started dropping old concrete blocks and sunken boats on the "
                    "seabed to make artificial reefs where fish can shelter.",
                    "وبدأ الصيادون أيضًا إلقاء كتل خرسانية قديمة وقوارب غارقة في قاع البحر لتكوين شعاب "
                    "اصطناعية تحتمي بها الأسماك.",
                ),
                (
                    "Khalid is cautious. “One good year is not a recovery,” he said. “But it is the first "
                    "good news in a long time.”",
                    "لكن خالد حذر، ويقول: «عام جيد واحد ليس تعافيًا، لكنه أول خبر سار منذ زمن طويل».",
                ),
            ),
        ),
    ),
    ending=(
        (
            "By eight o'clock the auction is over and the harbour is quiet. Khalid sits on an upturned "
            "crate, mending a trap, already thinking about tomorrow's weather.",
            "بحلول الثامنة ينتهي المزاد ويهدأ الميناء. يجلس خالد على صندوق مقلوب يصلح أحد أقفاصه، وقد بدأ "
            "يفكر في طقس الغد.",
        ),
    ),
    caption=(
        "Catches of hamour have fallen by half in twenty years.",
        "تراجع صيد الهامور إلى النصف خلال عشرين عامًا.",
    ),
)


MANGROVES = Report(
    key="mangroves",
    tags=("environment", "climate"),
    speakers=("municipal",),
    scenes=("sea",),
    headlines=(
        (
            "The forest at the edge of the sea: how mangroves are coming back to the coast",
            "الغابة على حافة البحر: كيف تعود أشجار القرم إلى الساحل",
        ),
    ),
    deks=(
        (
            "They protect the shore, shelter fish and store carbon. Volunteers and scientists are planting "
            "them by the hundred thousand.",
            "تحمي الشاطئ وتؤوي الأسماك وتختزن الكربون. ويزرعها المتطوعون والعلماء بمئات الآلاف.",
        ),
    ),
    intro=(
        (
            "At low tide, the creek near {city} is a maze of grey-green trees standing on tangled roots, "
            "and the mud between them clicks with the sound of crabs.",
            "عند الجزر، يتحول الخور القريب من {city} إلى متاهة من أشجار رمادية خضراء تقف على جذور متشابكة، "
            "ويطقطق الطين بينها بأصوات السرطانات.",
        ),
        (
            "Twenty years ago, most of this was bare mud. The mangroves that once lined much of the coast "
            "had been cleared for ports and houses. Now they are coming back.",
            "قبل عشرين عامًا كان معظم هذا المكان طينًا عاريًا، بعد أن أُزيلت أشجار القرم التي كانت تصطف على "
            "جزء كبير من الساحل لإفساح المجال أمام الموانئ والمساكن. أما الآن فهي تعود.",
        ),
    ),
    chapters=(
        Chapter(
            ("A nursery for the sea", "حاضنة للبحر"),
            (
                (
                    "Mangroves are the only trees that grow in salt water. Their roots trap mud and slow "
                    "the waves, and young fish, shrimp and crabs shelter among them.",
                    "أشجار القرم هي الأشجار الوحيدة التي تنمو في المياه المالحة، وتحتجز جذورها الطين وتبطئ "
                    "الأمواج، وتحتمي بينها صغار الأسماك والروبيان والسرطانات.",
                ),
                (
                    "Fishermen say catches near restored creeks have improved. Scientists say the link is "
                    "real, though it takes years to measure.",
                    "ويقول الصيادون إن صيدهم قرب الأخوار المستصلحة تحسن، ويؤكد العلماء أن الصلة حقيقية وإن "
                    "كان قياسها يحتاج إلى سنوات.",
                ),
                (
                    "Mangrove mud also stores carbon, several times as much per hectare as a forest on land.",
                    "ويختزن طين أشجار القرم الكربون أيضًا، بكمية تفوق بأضعاف ما تختزنه غابة على اليابسة في "
                    "الهكتار الواحد.",
                ),
            ),
        ),
        Chapter(
            ("Planting by hand", "الزراعة باليد"),
            (
                (
                    "Every winter, schoolchildren, soldiers and office workers wade into the shallows to "
                    "push seedlings into the mud. The municipality's nursery in {city2} grows 300,000 a "
                    "year.",
                    "في كل شتاء، يخوض تلاميذ المدارس والجنود والموظفون المياه الضحلة ليغرسوا الشتلات في "
                    "الطين، ويزرع مشتل البلدية في {city2} 300 ألف شتلة سنويًا.",
                ),
                (
                    "Not every planting survives. Seedlings placed too low drown, and those too high dry "
                    "out. Survival rates have risen from a third to more than two-thirds as planters have "
                    "learned.",
                    "ولا تنجو كل الشتلات؛ فما يُزرع منها في موضع منخفض جدًا يغرق، وما يُزرع في موضع مرتفع "
                    "جدًا يجف. وارتفعت نسبة بقائها من الثلث إلى أكثر من الثلثين مع اكتساب المزارعين الخبرة.",
                ),
                (
                    "“The children who planted the first trees here now bring their own children to plant,” "
                    "said {official}.",
                    "{o_said} {official}: «الأطفال الذين زرعوا أولى الأشجار هنا صاروا يأتون بأطفالهم "
                    "للزراعة».",
                ),
            ),
        ),
        Chapter(
            ("A wall that grows", "جدار ينمو"),
            (
                (
                    "As seas rise, engineers are looking at mangroves as part of the country's defences. A "
                    "belt of trees can take much of the force out of a storm surge.",
                    "ومع ارتفاع منسوب البحر، يرى المهندسون في أشجار القرم جزءًا من دفاعات البلاد، إذ يستطيع "
                    "حزام من الأشجار امتصاص قدر كبير من قوة العواصف البحرية.",
                ),
                (
                    "Unlike a concrete wall, a mangrove forest repairs itself after a storm and grows "
                    "taller as the sea rises.",
                    "وعلى خلاف الجدار الخرساني، ترمم غابة القرم نفسها بعد العاصفة وتنمو أطول مع ارتفاع "
                    "البحر.",
                ),
                (
                    "Developers in {city} must now replace any mangroves they clear, three for one, within "
                    "a kilometre of the site.",
                    "وصار على المطورين في {city} تعويض أي أشجار قرم يزيلونها، بثلاث شجرات مقابل كل واحدة، "
                    "في نطاق كيلومتر من الموقع.",
                ),
            ),
        ),
    ),
    ending=(
        (
            "As the tide turns, water slides back over the roots and the crabs vanish. In a few hours the "
            "creek will look like a lake with trees standing in it, as it did long before there was a city "
            "beside it.",
            "مع انقلاب المد، تعود المياه لتغمر الجذور وتختفي السرطانات. وبعد ساعات قليلة سيبدو الخور كبحيرة "
            "تقف فيها الأشجار، كما كان قبل زمن طويل من قيام مدينة بجواره.",
        ),
    ),
    caption=(
        "Mangroves protect the coast and shelter young fish.",
        "تحمي أشجار القرم الساحل وتؤوي صغار الأسماك.",
    ),
)


GREENHOUSES = Report(
    key="desert-farms",
    tags=("food-security", "water", "environment"),
    speakers=("water",),
    scenes=("oasis",),
    headlines=(
        (
            "Tomatoes in the desert: the farms trying to feed a country that imports most of its food",
            "طماطم في الصحراء: المزارع التي تحاول إطعام بلد يستورد معظم غذائه",
        ),
    ),
    deks=(
        (
            "Cooled greenhouses, treated water and sensors in the soil. Can they make a dent in the import "
            "bill?",
            "بيوت محمية مبردة ومياه معالجة وأجهزة استشعار في التربة. فهل يمكنها أن تقلص فاتورة الاستيراد؟",
        ),
    ),
    intro=(
        (
            "Outside, it is 44 degrees and the sand glows white. Inside the long greenhouse near {city}, it "
            "is 26, and rows of tomato vines climb strings towards a roof that filters the sun.",
            "في الخارج تبلغ الحرارة 44 درجة ويتوهج الرمل بالبياض. وفي داخل البيت المحمي الطويل قرب {city} "
            "تبلغ 26 درجة، وتتسلق صفوف نباتات الطماطم خيوطًا نحو سقف يرشّح أشعة الشمس.",
        ),
        (
            "The country imports about four-fifths of its food. A new generation of farms is trying to "
            "change that, one crop at a time, using a fraction of the water that farming here once needed.",
            "تستورد البلاد نحو أربعة أخماس غذائها، ويحاول جيل جديد من المزارع تغيير ذلك، محصولًا بعد آخر، "
            "باستخدام جزء يسير من المياه التي كانت الزراعة هنا تحتاجها.",
        ),
    ),
    chapters=(
        Chapter(
            ("Cooling without air conditioning", "تبريد من دون مكيفات"),
            (
                (
                    "The greenhouses are cooled by fans that pull air through wet pads, the same principle "
                    "as the old desert coolers. It is cheap, but it uses water, and engineers are testing "
                    "ways to recycle it.",
                    "تُبرَّد البيوت المحمية بمراوح تسحب الهواء عبر وسائد مبللة، وهو المبدأ نفسه الذي عملت "
                    "به المبردات الصحراوية القديمة. إنه رخيص، لكنه يستهلك المياه، ويختبر المهندسون طرقًا "
                    "لإعادة تدويرها.",
                ),
                (
                    "Sensors in the soil tell the irrigation system exactly when each row needs water, and "
                    "drip lines deliver it to the roots. The farm uses about a tenth of the water of an "
                    "open field.",
                    "وتخبر أجهزة استشعار في التربة نظام الري بالوقت الذي يحتاج فيه كل صف إلى الماء، فتوصله "
                    "خطوط التنقيط إلى الجذور مباشرة. وتستهلك المزرعة نحو عُشر مياه الحقل المكشوف.",
                ),
                (
                    "“Every drop we do not evaporate is a drop we do not have to desalinate,” said "
                    "{official}.",
                    "{o_said} {official}: «كل قطرة لا تتبخر هي قطرة لا نحتاج إلى تحليتها».",
                ),
            ),
        ),
        Chapter(
            ("The price on the shelf", "السعر على الرف"),
            (
                (
                    "Growing indoors costs more than growing outdoors in a cooler country. Local tomatoes "
                    "still sell for a little more than imported ones, though the gap has narrowed.",
                    "الزراعة داخل البيوت المحمية أغلى من الزراعة في الحقول المكشوفة في بلد أكثر برودة، ولا "
                    "تزال الطماطم المحلية تُباع بسعر أعلى قليلًا من المستوردة، وإن كانت الفجوة قد ضاقت.",
                ),
                (
                    "Supermarkets say shoppers will pay a small premium for vegetables picked that morning. "
                    "Wahat Retail Group now labels local produce with the name of the farm.",
                    "وتقول المتاجر إن المتسوقين مستعدون لدفع فارق صغير مقابل خضراوات قُطفت في الصباح نفسه، "
                    "وصارت مجموعة الواحات للتجزئة تضع على المنتجات المحلية اسم المزرعة.",
                ),
                (
                    "Farmers complain that the cost of electricity for fans and pumps eats their margins in "
                    "summer, and some have added solar panels to their roofs.",
                    "ويشكو المزارعون من أن كلفة الكهرباء للمراوح والمضخات تلتهم هوامش أرباحهم في الصيف، وقد "
                    "ركّب بعضهم ألواحًا شمسية على الأسطح.",
                ),
            ),
        ),
        Chapter(
            ("Water from the city", "مياه من المدينة"),
            (
                (
                    "A growing share of farms now irrigate with treated wastewater from {city}, piped out "
                    "to the desert. It is cleaned to a standard safe for crops, though not for drinking.",
                    "وتروي حصة متزايدة من المزارع محاصيلها اليوم بمياه صرف معالجة تُضخ من {city} إلى "
                    "الصحراء، وتُنقّى وفق معيار آمن للمحاصيل وإن لم يكن صالحًا للشرب.",
                ),
                (
                    "Date farmers in the interior, whose palms once drank from falaj channels, are "
                    "switching to drip lines too. Some say the dates are better for it.",
                    "ويتحول مزارعو النخيل في المناطق الداخلية، الذين كانت نخيلهم تشرب من قنوات الأفلاج، إلى "
                    "الري بالتنقيط أيضًا، ويقول بعضهم إن التمر صار أجود.",
                ),
                (
                    "Nobody expects the country to feed itself. The goal officials mention is more modest: "
                    "enough fresh vegetables and milk to ride out a shock in world markets.",
                    "لا أحد يتوقع أن تحقق البلاد الاكتفاء الذاتي، والهدف الذي يذكره المسؤولون أكثر تواضعًا: "
                    "ما يكفي من الخضراوات الطازجة والحليب لتجاوز أي صدمة في الأسواق العالمية.",
                ),
            ),
        ),
    ),
    ending=(
        (
            "As the sun goes down, the fans slow and the greenhouse falls quiet. Tomorrow's tomatoes will "
            "be on a supermarket shelf in {city} before most of the city is awake.",
            "مع غروب الشمس تتباطأ المراوح ويهدأ البيت المحمي. وستكون طماطم الغد على رفوف المتاجر في {city} "
            "قبل أن يستيقظ معظم سكان المدينة.",
        ),
    ),
    caption=(
        "Cooled greenhouses now grow vegetables all year.",
        "تنتج البيوت المحمية المبردة الخضراوات على مدار العام.",
    ),
)

REPORTS = (
    PEARL_DIVERS,
    FISHERMEN,
    MANGROVES,
    GREENHOUSES,
)
