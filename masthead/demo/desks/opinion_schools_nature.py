"""Columns on reading, schools, water and the climate: each theme is one columnist's.

Arabic columns avoid first-person adjectives that would need a gender ("سعيد" or "سعيدة").
"""

from masthead.demo.desks import Beat, Topic

READING = Topic(
    key="reading",
    tags=("culture", "education", "youth"),
    speakers=(),
    scenes=(),
    bylines=("aisha-al-mutawa",),
    background=(
        (
            "Publishers in the region have started to change this, with funny, beautifully drawn stories by "
            "young authors. They need buyers, and schools are the biggest buyers of all.",
            "وقد بدأ ناشرون في المنطقة تغيير ذلك بقصص مضحكة ومرسومة بإتقان لكتّاب شباب، وهؤلاء يحتاجون إلى "
            "مشترين، والمدارس أكبر المشترين على الإطلاق.",
        ),
        (
            "Parents cannot hand this job to anyone else. Children who see their parents read, read.",
            "ولا يستطيع الآباء والأمهات إيكال هذه المهمة إلى غيرهم؛ فالأطفال الذين يرون آباءهم يقرؤون، "
            "يقرؤون.",
        ),
    ),
    beats=(
        Beat(
            headline=("Our children read, just not in Arabic", "أطفالنا يقرؤون.. ولكن ليس بالعربية"),
            dek=(
                "Schools and publishers share the blame, and the solution.",
                "المدارس والناشرون شركاء في المسؤولية، وفي الحل.",
            ),
            lead=(
                "My nephew finished a 400-page fantasy novel in English last month. When I gave him an "
                "Arabic book for his birthday, he thanked me politely and never opened it.",
                "أنهى ابن أختي الشهر الماضي رواية خيالية من 400 صفحة بالإنجليزية، وحين أهديته كتابًا عربيًا "
                "في عيد ميلاده شكرني بأدب ولم يفتحه قط.",
            ),
            details=(
                (
                    "The problem is not that children dislike reading. It is that the Arabic books on offer "
                    "are too often preachy, badly illustrated or written in a language no child speaks.",
                    "المشكلة ليست أن الأطفال يكرهون القراءة، بل إن الكتب العربية المتاحة كثيرًا ما تكون "
                    "وعظية، أو رديئة الرسوم، أو مكتوبة بلغة لا يتحدثها أي طفل.",
                ),
            ),
        ),
        Beat(
            headline=("Bring back the neighbourhood library", "أعيدوا مكتبة الحي"),
            dek=(
                "A big national library is welcome. Children also need one they can walk to.",
                "المكتبة الوطنية الكبيرة موضع ترحيب، لكن الأطفال يحتاجون أيضًا إلى مكتبة يصلون إليها مشيًا.",
            ),
            lead=(
                "When I was a child in {city}, the small library near our house was the coolest place in "
                "summer and the best.",
                "في طفولتي في {city}، كانت المكتبة الصغيرة قرب بيتنا أبرد مكان في الصيف وأجمله.",
            ),
            details=(
                (
                    "A library open in the evening, with good air conditioning, comfortable chairs and a "
                    "librarian who knows the books, competes well with any mall.",
                    "فمكتبة تفتح أبوابها مساءً، بتكييف جيد ومقاعد مريحة وأمين مكتبة يعرف كتبه، تنافس أي "
                    "مركز تجاري.",
                ),
            ),
        ),
        Beat(
            headline=(
                "Fifteen minutes a day would change how our children read",
                "خمس عشرة دقيقة يوميًا كفيلة بتغيير علاقة أطفالنا بالقراءة",
            ),
            dek=(
                "Schools that set aside quiet reading time see results within a year.",
                "المدارس التي تخصص وقتًا للقراءة الهادئة ترى النتائج خلال عام.",
            ),
            lead=(
                "At one primary school in {city2}, every class stops for fifteen minutes after the morning "
                "break and reads, teachers included. Nobody is tested on it.",
                "في مدرسة ابتدائية في {city2}، يتوقف كل فصل خمس عشرة دقيقة بعد استراحة الصباح للقراءة، "
                "والمعلمون معهم، ولا يُختبر أحد فيما قرأ.",
            ),
            details=(
                (
                    "The head teacher told me the number of books borrowed from the school library had "
                    "tripled in two years.",
                    "وقالت لي مديرة المدرسة إن عدد الكتب المستعارة من مكتبة المدرسة تضاعف ثلاث مرات في "
                    "عامين.",
                ),
            ),
        ),
        Beat(
            headline=("A bookshop is not a luxury", "المكتبة التجارية ليست ترفًا"),
            dek=(
                "Every district that loses its bookshop loses a reason to walk down its main street.",
                "كل حي يفقد مكتبته التجارية يفقد سببًا للتجول في شارعه الرئيسي.",
            ),
            lead=(
                "The last bookshop on the main street of my old district in {city} closed this month, after "
                "thirty-one years. It is now a phone repair shop.",
                "أُغلقت هذا الشهر آخر مكتبة تجارية في الشارع الرئيسي لحيّي القديم في {city} بعد واحد "
                "وثلاثين عامًا، وصارت محلًا لإصلاح الهواتف.",
            ),
            details=(
                (
                    "Small bookshops could be given lower municipal fees, as cafés in heritage areas "
                    "already are.",
                    "ويمكن منح المكتبات الصغيرة رسومًا بلدية مخفضة، كما هو الحال مع المقاهي في المناطق "
                    "التراثية.",
                ),
            ),
        ),
    ),
)


CLASSROOM = Topic(
    key="ai-and-school",
    tags=("artificial-intelligence", "education", "labour-market"),
    speakers=(),
    scenes=(),
    bylines=("aisha-al-mutawa",),
    background=(
        (
            "The best teachers I worked with never feared a new tool. They feared losing the time to know "
            "their pupils.",
            "أفضل المعلمين الذين عملت معهم لم يخشوا أداة جديدة قط، بل خشوا أن يفقدوا الوقت الذي يعرفون فيه "
            "طلابهم.",
        ),
        (
            "Technology in schools should answer one question: does it give teachers more time with "
            "children, or less?",
            "ينبغي أن تجيب التكنولوجيا في المدارس عن سؤال واحد: هل تمنح المعلمين وقتًا أطول مع الأطفال أم "
            "أقصر؟",
        ),
    ),
    beats=(
        Beat(
            headline=("Our graduates need more than coding", "خريجونا يحتاجون إلى ما هو أكثر من البرمجة"),
            dek=(
                "The machines are learning to write code. They are not learning judgement.",
                "الآلات تتعلم كتابة الشيفرات، لكنها لا تتعلم حسن التقدير.",
            ),
            lead=(
                "Coding lessons from the third grade are a good idea. But I worry when I hear parents talk "
                "about them as if they were a guarantee of a job.",
                "دروس البرمجة من الصف الثالث فكرة جيدة، لكنني أقلق حين أسمع أولياء الأمور يتحدثون عنها "
                "كأنها ضمان لوظيفة.",
            ),
            details=(
                (
                    "What employers tell me they cannot find is not programmers but people who can write "
                    "clearly, work in a team and explain a decision.",
                    "وما يقول لي أصحاب العمل إنهم لا يجدونه ليس المبرمجين، بل أشخاصًا يجيدون الكتابة "
                    "الواضحة والعمل ضمن فريق وتفسير قراراتهم.",
                ),
            ),
        ),
        Beat(
            headline=(
                "Let the machines take the paperwork, not the teaching",
                "لتأخذ الآلات الأعمال الورقية لا التعليم",
            ),
            dek=(
                "Teachers spend hours a week on forms. That is where software should start.",
                "يقضي المعلمون ساعات أسبوعيًا في ملء الاستمارات، ومن هنا ينبغي أن تبدأ البرمجيات.",
            ),
            lead=(
                "A teacher I know in {city} counted the hours she spent last term on attendance sheets, "
                "reports and forms: eleven a week.",
                "أحصت معلمة أعرفها في {city} الساعات التي قضتها الفصل الماضي في كشوف الحضور والتقارير "
                "والاستمارات، فوجدتها إحدى عشرة ساعة أسبوعيًا.",
            ),
            details=(
                (
                    "If artificial intelligence can give those hours back to her pupils, it will be the "
                    "best thing to happen to schools in a generation.",
                    "وإن استطاع الذكاء الاصطناعي أن يعيد تلك الساعات إلى طلابها، فسيكون أفضل ما حدث للمدارس "
                    "منذ جيل.",
                ),
            ),
        ),
        Beat(
            headline=(
                "Homework on paper is the right call for young children",
                "الواجبات الورقية قرار صائب للأطفال الصغار",
            ),
            dek=(
                "The ministry listened to parents about screens. It should keep listening.",
                "استمعت الوزارة إلى أولياء الأمور بشأن الشاشات، وعليها أن تواصل الاستماع.",
            ),
            lead=(
                "The Education Ministry's decision to keep tablets at school for pupils under ten will not "
                "make headlines abroad. It will make evenings calmer in thousands of homes.",
                "قرار وزارة التربية والتعليم إبقاء الأجهزة اللوحية في المدرسة للطلاب دون العاشرة لن يتصدر "
                "العناوين في الخارج، لكنه سيجعل الأمسيات أهدأ في آلاف البيوت.",
            ),
            details=(
                (
                    "A child who writes out sums with a pencil is not falling behind. She is learning to "
                    "concentrate.",
                    "الطفل الذي يكتب مسائل الحساب بقلم الرصاص لا يتخلف عن الركب، بل يتعلم التركيز.",
                ),
            ),
        ),
        Beat(
            headline=(
                "Exam results are up. Let us ask what they measure",
                "نتائج الامتحانات ارتفعت.. فلنسأل عما تقيسه",
            ),
            dek=(
                "A pass rate of ninety per cent says more about the exam than about the pupils.",
                "نسبة نجاح تبلغ تسعين في المئة تقول عن الامتحان أكثر مما تقول عن الطلاب.",
            ),
            lead=(
                "I congratulate every student who passed this summer, and their families. I also want to "
                "ask a question nobody seems keen to ask: what did they have to know to pass?",
                "أهنئ كل طالب نجح هذا الصيف وأسرته، لكنني أريد أن أطرح سؤالًا لا يبدو أن أحدًا متحمس لطرحه: "
                "ما الذي كان عليهم أن يعرفوه لينجحوا؟",
            ),
            details=(
                (
                    "Universities tell me that many first-year students cannot write a page of argument in "
                    "either language.",
                    "وتقول لي الجامعات إن كثيرًا من طلاب السنة الأولى لا يستطيعون كتابة صفحة من الحجج "
                    "المتماسكة بأي من اللغتين.",
                ),
            ),
        ),
    ),
)


WATER = Topic(
    key="water",
    tags=("water", "environment"),
    speakers=(),
    scenes=(),
    bylines=("hamad-al-suwaidi",),
    background=(
        (
            "Desalination plants burn fuel and return brine to the Gulf. Every litre we waste costs us "
            "twice.",
            "تحرق محطات التحلية الوقود وتعيد المياه شديدة الملوحة إلى الخليج، وكل لتر نهدره يكلفنا مرتين.",
        ),
        (
            "We used to know how precious water was. The falaj channels that carried it to our villages "
            "were shared by rules older than the state.",
            "كنا نعرف يومًا قيمة الماء؛ فقنوات الأفلاج التي حملته إلى قرانا كانت تُقسم بقواعد أقدم من الدولة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "We drink the sea, and we should act like it",
                "نشرب من البحر.. وعلينا أن نتصرف على هذا الأساس",
            ),
            dek=(
                "Almost every drop from our taps has been made in a factory.",
                "كل قطرة تقريبًا تخرج من صنابيرنا صُنعت في مصنع.",
            ),
            lead=(
                "Turn on a tap anywhere in {city}, and what comes out was seawater a few days ago.",
                "افتح أي صنبور في {city}، وما يخرج منه كان ماء بحر قبل أيام قليلة.",
            ),
            details=(
                (
                    "We use more water per person than almost any country on earth, and much of it goes on "
                    "gardens and car washes.",
                    "ونستهلك من المياه للفرد أكثر من أي بلد تقريبًا في العالم، ويذهب كثير منها إلى الحدائق "
                    "وغسيل السيارات.",
                ),
            ),
        ),
        Beat(
            headline=("Cheap water is the most expensive thing we have", "الماء الرخيص أغلى ما نملك"),
            dek=(
                "Households pay a fraction of what water costs to make. Someone pays the rest.",
                "تدفع الأسر جزءًا يسيرًا من كلفة إنتاج المياه، وهناك من يدفع الباقي.",
            ),
            lead=(
                "My water bill last month was lower than the price of a meal for two. The water in it cost "
                "the state about five times as much to make.",
                "كانت فاتورة المياه الشهر الماضي أقل من ثمن وجبة لشخصين، بينما كلّف إنتاج تلك المياه الدولة "
                "نحو خمسة أضعاف ذلك.",
            ),
            details=(
                (
                    "A fair tariff would keep the first few hundred litres a day cheap for every household "
                    "and charge much more for the rest.",
                    "والتعرفة العادلة تُبقي المئات الأولى من اللترات يوميًا رخيصة لكل أسرة، وترفع سعر ما "
                    "يزيد عليها كثيرًا.",
                ),
            ),
        ),
        Beat(
            headline=("The lawns of {city} are a choice", "مروج {city} خيار"),
            dek=(
                "Native plants can make a garden green for a fraction of the water.",
                "تستطيع النباتات المحلية أن تجعل الحديقة خضراء بجزء يسير من المياه.",
            ),
            lead=(
                "Drive through the new villa districts of {city} at dawn and you will hear the sprinklers "
                "before you see them.",
                "تجول فجرًا في أحياء الفلل الجديدة في {city} وستسمع صوت الرشاشات قبل أن تراها.",
            ),
            details=(
                (
                    "A lawn of imported grass needs several times the water of a garden of ghaf, sidr and "
                    "desert flowers, and looks tired by July anyway.",
                    "والمرج من العشب المستورد يحتاج إلى أضعاف ما تحتاجه حديقة من الغاف والسدر وأزهار "
                    "الصحراء، ويبدو منهكًا على أي حال بحلول يوليو.",
                ),
            ),
        ),
        Beat(
            headline=(
                "The burst pipe was a warning about every pipe",
                "الأنبوب المنفجر إنذار بشأن كل الأنابيب",
            ),
            dek=(
                "A fifth of the water we make leaks away before it reaches a tap.",
                "يتسرب خُمس المياه التي ننتجها قبل أن يصل إلى الصنبور.",
            ),
            lead=(
                "When the main burst in {city} last month, five districts had no water for two days. Every "
                "day, quietly, the network loses far more than that.",
                "حين انفجر الأنبوب الرئيسي في {city} الشهر الماضي، بقيت خمسة أحياء بلا مياه يومين، بينما "
                "تفقد الشبكة كل يوم، بصمت، أكثر من ذلك بكثير.",
            ),
            details=(
                (
                    "Replacing old pipes is not glamorous, but no new plant will ever produce water as "
                    "cheaply as fixing a leak.",
                    "استبدال الأنابيب القديمة ليس عملًا لامعًا، لكن لن تنتج أي محطة جديدة المياه بكلفة أقل "
                    "من إصلاح تسرب.",
                ),
            ),
        ),
    ),
)


CLIMATE = Topic(
    key="heat-and-climate",
    tags=("climate", "environment", "labour-market"),
    speakers=(),
    scenes=(),
    bylines=("hamad-al-suwaidi",),
    background=(
        (
            "Summers are already about two degrees hotter than they were when I was a boy, and scientists "
            "expect more.",
            "الصيف اليوم أشد حرارة بنحو درجتين مما كان عليه في صباي، ويتوقع العلماء المزيد.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "The midday ban protects workers. The heat lasts longer than the ban",
                "حظر العمل وقت الظهيرة يحمي العمال.. لكن الحر يدوم أطول من الحظر",
            ),
            dek=(
                "June and September are now as dangerous as July used to be.",
                "صار يونيو وسبتمبر خطرين كما كان يوليو في الماضي.",
            ),
            lead=(
                "The midday ban on outdoor work ends in the middle of September. Last year, the hottest "
                "afternoon of the month came eight days later.",
                "ينتهي حظر العمل في الأماكن المكشوفة وقت الظهيرة في منتصف سبتمبر، وفي العام الماضي جاء أشد "
                "عصر حرارة في ذلك الشهر بعد ثمانية أيام.",
            ),
            details=(
                (
                    "The ban should follow the thermometer, not the calendar.",
                    "ينبغي أن يتبع الحظر ميزان الحرارة لا التقويم.",
                ),
            ),
        ),
        Beat(
            headline=(
                "Mangroves are the cheapest sea wall we will ever build",
                "أشجار القرم أرخص جدار بحري سنبنيه على الإطلاق",
            ),
            dek=(
                "A forest on the shore protects the coast, feeds fish and stores carbon.",
                "الغابة على الشاطئ تحمي الساحل وتطعم الأسماك وتختزن الكربون.",
            ),
            lead=(
                "On the creek near {city}, a band of mangroves planted by schoolchildren fifteen years ago "
                "is now taller than the men who fish beside it.",
                "عند الخور قرب {city}، صار حزام من أشجار القرم زرعه تلاميذ المدارس قبل خمس عشرة سنة أطول من "
                "الرجال الذين يصطادون بجانبه.",
            ),
            details=(
                (
                    "Concrete walls push the sea's force elsewhere. Mangroves absorb it, and they grow back.",
                    "الجدران الخرسانية تدفع قوة البحر إلى مكان آخر، أما أشجار القرم فتمتصها، وتنمو من جديد.",
                ),
            ),
        ),
        Beat(
            headline=("The plastic on our beaches was ours first", "البلاستيك على شواطئنا كان لنا أولًا"),
            dek=(
                "Volunteers collected four tonnes of rubbish before the turtles arrived. We bought all of "
                "it.",
                "جمع المتطوعون أربعة أطنان من النفايات قبل وصول السلاحف، وكلها اشتريناها نحن.",
            ),
            lead=(
                "I joined the volunteers clearing the beach at {city} before the turtle season this spring. "
                "Most of what we picked up had been sold in a shop a few kilometres away.",
                "انضممت هذا الربيع إلى المتطوعين الذين نظفوا شاطئ {city} قبل موسم السلاحف، وكان معظم ما "
                "جمعناه قد بيع في متجر على بعد كيلومترات قليلة.",
            ),
            details=(
                (
                    "A small deposit on every bottle, refunded when it is returned, has cleaned the beaches "
                    "of other countries within a few years.",
                    "وقد نظّف مبلغ تأمين صغير على كل زجاجة، يُسترد عند إعادتها، شواطئ بلدان أخرى خلال سنوات "
                    "قليلة.",
                ),
            ),
        ),
    ),
)

TOPICS = (
    READING,
    CLASSROOM,
    WATER,
    CLIMATE,
)
