"""Long reads from the cities: the metro's builders, clinic nurses, young coders and a housing list."""

from masthead.demo.desks import Chapter, Report

METRO_BUILD = Report(
    key="building-the-metro",
    tags=("transport", "infrastructure"),
    speakers=("transport",),
    scenes=("train",),
    headlines=(
        ("Under the city: the people who built the Green Line", "تحت المدينة: الذين بنوا الخط الأخضر"),
    ),
    deks=(
        (
            "Six years, four tunnel boring machines and a workforce of 9,000. How the metro got built "
            "without closing the city.",
            "ست سنوات وأربع آلات لحفر الأنفاق وتسعة آلاف عامل. هكذا بُني المترو من دون إغلاق المدينة.",
        ),
    ),
    intro=(
        (
            "At three in the morning, the busiest place on the Green Line used to be twenty metres under a "
            "roundabout in {city}. That was when the concrete trucks came, the cranes swung and the tunnel "
            "crews changed shift.",
            "في الثالثة فجرًا، كان أكثر أماكن الخط الأخضر ازدحامًا يقع على عمق عشرين مترًا تحت دوار في "
            "{city}. في تلك الساعة كانت تصل شاحنات الخرسانة وتتحرك الرافعات وتتبدل ورديات عمال الأنفاق.",
        ),
        (
            "For six years, about 9,000 people worked on the line, most of them at night, so that the city "
            "above could keep moving. Now that the trains run, we asked some of them what it took.",
            "على مدى ست سنوات، عمل نحو تسعة آلاف شخص في الخط، معظمهم ليلًا، كي تواصل المدينة فوقهم حركتها. "
            "والآن وقد صارت القطارات تسير، سألنا بعضهم عما تطلّبه ذلك.",
        ),
    ),
    chapters=(
        Chapter(
            ("Four machines and a deadline", "أربع آلات وموعد نهائي"),
            (
                (
                    "The tunnels were dug by four boring machines, each as long as a football pitch. They "
                    "advanced about fifteen metres a day, lining the tunnel with concrete rings as they "
                    "went.",
                    "حُفرت الأنفاق بأربع آلات حفر، طول كل منها يعادل ملعب كرة قدم، وكانت تتقدم نحو خمسة عشر "
                    "مترًا يوميًا، وتبطّن النفق بحلقات خرسانية أثناء تقدمها.",
                ),
                (
                    "“The ground here is sand, then limestone, then sand again, with seawater never far "
                    "away,” said the project's chief engineer. “Every week brought a surprise.”",
                    "وقال كبير مهندسي المشروع: «التربة هنا رمل ثم حجر جيري ثم رمل مجددًا، ومياه البحر ليست "
                    "بعيدة أبدًا. كل أسبوع كان يحمل مفاجأة».",
                ),
                (
                    "Each machine was named by schoolchildren in a competition. The one that finished first "
                    "was called Noura, after a girl who drew it with a smile.",
                    "وأطلق تلاميذ المدارس أسماء على الآلات في مسابقة، وسُميت الآلة التي أنهت عملها أولًا "
                    "نورة، تيمنًا بطفلة رسمتها مبتسمة.",
                ),
            ),
        ),
        Chapter(
            ("Working in the heat", "العمل في الحر"),
            (
                (
                    "Stations were built from the surface down, in open pits where the summer heat was "
                    "fierce. Shifts were moved to the night from May to September, and water stations stood "
                    "every fifty metres.",
                    "بُنيت المحطات من السطح إلى الأسفل في حفر مكشوفة اشتد فيها حر الصيف، فنُقلت الورديات "
                    "إلى الليل من مايو إلى سبتمبر، ووُضعت محطات لمياه الشرب كل خمسين مترًا.",
                ),
                (
                    "Ramesh, a crane operator from the Sundara Islands, spent five summers on the line. “At "
                    "night the city was quiet and the air was almost cool,” he said. “I watched the "
                    "stations grow from holes in the ground.”",
                    "وأمضى راميش، مشغل الرافعات القادم من جزر سوندارا، خمسة مواسم صيف في الخط. وقال: «في "
                    "الليل كانت المدينة هادئة والهواء شبه بارد، وشاهدت المحطات تنمو من حفر في الأرض».",
                ),
                (
                    "The ministry says no worker died on the project, a record it credits to the night "
                    "shifts and to stopping work whenever the heat index passed a set limit.",
                    "وتقول الوزارة إن أي عامل لم يلقَ حتفه في المشروع، وتعزو ذلك إلى الورديات الليلية وإلى "
                    "وقف العمل كلما تجاوز مؤشر الحرارة حدًا معينًا.",
                ),
            ),
        ),
        Chapter(
            ("Keeping the city open", "إبقاء المدينة مفتوحة"),
            (
                (
                    "The hardest part, engineers say, was not digging but keeping roads, shops and homes "
                    "working above. Every diversion was planned a year ahead, and shopkeepers whose streets "
                    "were dug up paid no municipal fees.",
                    "يقول المهندسون إن الجزء الأصعب لم يكن الحفر، بل إبقاء الطرق والمحلات والمنازل تعمل "
                    "فوقه. وخُطط لكل تحويلة مرورية قبل عام، ولم يدفع أصحاب المحلات التي حُفرت شوارعها أي "
                    "رسوم بلدية.",
                ),
                (
                    "“We lost customers for two years,” said the owner of a bakery beside one of the new "
                    "stations. “Now the station brings us more than we ever had.”",
                    "وقال صاحب مخبز بجوار إحدى المحطات الجديدة: «خسرنا زبائن طوال عامين، أما الآن فالمحطة "
                    "تجلب لنا أكثر مما كان لدينا في أي وقت».",
                ),
                (
                    "“Public transport has to be the first choice for daily journeys, not the last resort,” "
                    "said {official}, who has promised that the second phase will be built the same way.",
                    "{o_said} {official}، التي تعهدت ببناء المرحلة الثانية بالطريقة نفسها: «يجب أن يكون "
                    "النقل العام الخيار الأول في التنقل اليومي لا الملاذ الأخير».",
                ),
            ),
        ),
    ),
    ending=(
        (
            "On the first morning of service, the chief engineer rode the six o'clock train from {city} "
            "with his daughter. He spent most of the journey looking not out of the window but at the "
            "tunnel walls.",
            "في صباح اليوم الأول للتشغيل، استقل كبير المهندسين قطار السادسة من {city} مع ابنته، وأمضى معظم "
            "الرحلة ينظر لا من النافذة، بل إلى جدران النفق.",
        ),
    ),
    caption=("The Green Line took six years to build.", "استغرق بناء الخط الأخضر ست سنوات."),
)


NURSES = Report(
    key="mobile-clinic-nurses",
    tags=("health",),
    speakers=("health",),
    scenes=("clinic",),
    headlines=(
        (
            "Ten minutes that can change a life: a day with the nurses of the mobile clinics",
            "عشر دقائق قد تغيّر حياة: يوم مع ممرضات العيادات المتنقلة",
        ),
    ),
    deks=(
        (
            "They measure blood sugar in building sites, malls and labour camps. For many patients, it is "
            "the first check they have ever had.",
            "يقسن نسبة السكر في الدم في مواقع البناء والمراكز التجارية ومساكن العمال، وهو لكثير من المرضى "
            "أول فحص في حياتهم.",
        ),
    ),
    intro=(
        (
            "At half past six in the morning the white van pulls up beside a building site in {city}, and a "
            "queue forms before the door is open. Inside are two nurses, a folding table and a box of test "
            "strips.",
            "في السادسة والنصف صباحًا تتوقف الحافلة البيضاء بجوار موقع بناء في {city}، ويتشكل طابور قبل أن "
            "يُفتح الباب. في الداخل ممرضتان وطاولة قابلة للطي وعلبة من شرائط الفحص.",
        ),
        (
            "The Health Ministry's screening campaign has sent vans like this one to building sites, malls "
            "and housing compounds across the country. We spent a day with one crew.",
            "أرسلت حملة الفحص التي تنظمها وزارة الصحة حافلات مثل هذه إلى مواقع البناء والمراكز التجارية "
            "والمجمعات السكنية في أنحاء البلاد، وقد أمضينا يومًا مع أحد طواقمها.",
        ),
    ),
    chapters=(
        Chapter(
            ("The morning shift", "وردية الصباح"),
            (
                (
                    "Sunita has been a nurse for nineteen years, the last four of them on the vans. She "
                    "works quickly, in four languages, and she has a way of making men twice her size sit "
                    "still.",
                    "تعمل سونيتا ممرضة منذ تسعة عشر عامًا، أمضت آخر أربعة منها في الحافلات المتنقلة. تعمل "
                    "بسرعة وبأربع لغات، ولديها طريقة تجعل رجالًا يفوقونها حجمًا بضعفين يجلسون بهدوء.",
                ),
                (
                    "By nine o'clock she has tested 63 men. Four have blood sugar high enough to worry her, "
                    "and one has blood pressure that makes her pick up the phone to the nearest clinic.",
                    "وبحلول التاسعة تكون قد فحصت 63 رجلًا، لدى أربعة منهم نسبة سكر مرتفعة تقلقها، ولدى واحد "
                    "ضغط دم يجعلها تتصل فورًا بأقرب عيادة.",
                ),
                (
                    "“Most of them feel fine,” she said. “That is the problem. Diabetes does not hurt until "
                    "it is late.”",
                    "وقالت: «معظمهم يشعرون أنهم بخير، وهنا المشكلة. السكري لا يؤلم إلا بعد فوات الأوان».",
                ),
            ),
        ),
        Chapter(
            ("After the test", "ما بعد الفحص"),
            (
                (
                    "A test is only useful if someone acts on the result. Every patient with a high reading "
                    "leaves with an appointment, printed in his own language, at a clinic near where he "
                    "lives.",
                    "لا فائدة من الفحص ما لم يُتخذ إجراء بناءً على نتيجته؛ فكل مريض تظهر لديه قراءة مرتفعة "
                    "يغادر ومعه موعد مطبوع بلغته في عيادة قريبة من سكنه.",
                ),
                (
                    "The ministry says about four in five keep their appointment, far more than it "
                    "expected. Nurses call those who do not.",
                    "وتقول الوزارة إن نحو أربعة من كل خمسة يحضرون مواعيدهم، وهي نسبة تفوق بكثير ما توقعته، "
                    "وتتصل الممرضات بمن يتغيبون.",
                ),
                (
                    "“Early detection is the cheapest and most effective medicine we have,” said "
                    "{official}. “But it only works if the system catches people after the test.”",
                    "{o_said} {official}: «الكشف المبكر أرخص علاج لدينا وأكثره فاعلية، لكنه لا ينجح إلا إذا "
                    "تلقّف النظام الناس بعد الفحص».",
                ),
            ),
        ),
        Chapter(
            ("The evening shift", "وردية المساء"),
            (
                (
                    "In the evening the van moves to a shopping centre, and the queue changes: families, "
                    "office workers, grandmothers who have come with their daughters.",
                    "في المساء تنتقل الحافلة إلى مركز تجاري، ويتغير الطابور: عائلات وموظفون وجدّات جئن مع "
                    "بناتهن.",
                ),
                (
                    "Here the nurses spend more time talking about food. Rice portions, sweet tea and fizzy "
                    "drinks come up again and again.",
                    "وهنا تقضي الممرضات وقتًا أطول في الحديث عن الطعام، وتتكرر الأسئلة عن كميات الأرز "
                    "والشاي المحلى والمشروبات الغازية.",
                ),
                (
                    "A woman of sixty, told her sugar was high, laughs and says her mother had the same. "
                    "Sunita does not laugh. She writes the appointment down twice.",
                    "امرأة في الستين، أُبلغت أن نسبة السكر لديها مرتفعة، تضحك وتقول إن أمها كانت مثلها. لا "
                    "تضحك سونيتا، بل تكتب الموعد مرتين.",
                ),
            ),
        ),
    ),
    ending=(
        (
            "At ten o'clock the van closes. Sunita counts the day's tests: 211. She will be back on a "
            "building site at half past six tomorrow.",
            "في العاشرة تُغلق الحافلة أبوابها، وتحصي سونيتا فحوص اليوم: 211 فحصًا. وستعود إلى موقع بناء في "
            "السادسة والنصف صباح الغد.",
        ),
    ),
    caption=(
        "The mobile clinics visit workplaces by day and malls by night.",
        "تزور العيادات المتنقلة أماكن العمل نهارًا والمراكز التجارية ليلًا.",
    ),
)


CODING_KIDS = Report(
    key="coding-at-nine",
    tags=("education", "youth", "artificial-intelligence"),
    speakers=("education",),
    scenes=("classroom",),
    headlines=(
        (
            "Learning to code at nine: a year inside the new computing classes",
            "تعلّم البرمجة في التاسعة: عام داخل فصول الحوسبة الجديدة",
        ),
    ),
    deks=(
        (
            "Pupils from the third grade now write programs every week. What are they learning, and what "
            "are they missing?",
            "صار طلاب الصف الثالث فما فوق يكتبون البرامج كل أسبوع. فماذا يتعلمون، وما الذي يفوتهم؟",
        ),
    ),
    intro=(
        (
            "The robot is the size of a shoe box, and it keeps driving into the wall. Around it, four "
            "nine-year-olds in {city} argue about why, then crowd over a tablet to change one number.",
            "الروبوت بحجم علبة أحذية، ولا يكف عن الاصطدام بالجدار. وحوله يتجادل أربعة أطفال في التاسعة في "
            "{city} حول السبب، ثم يتحلقون حول جهاز لوحي لتغيير رقم واحد.",
        ),
        (
            "This is what computing looks like in primary schools since the curriculum changed. We visited "
            "one school several times over a year to see how it works in practice.",
            "هكذا تبدو الحوسبة في المدارس الابتدائية منذ تغيير المناهج. وقد زرنا إحدى المدارس مرات عدة على "
            "مدى عام لنرى كيف يجري ذلك على أرض الواقع.",
        ),
    ),
    chapters=(
        Chapter(
            ("From blocks to words", "من المكعبات إلى الكلمات"),
            (
                (
                    "The youngest pupils start by snapping coloured blocks together on a screen. By the "
                    "sixth grade, they write real code in a simple language, in English, with comments in "
                    "Arabic.",
                    "يبدأ أصغر الطلاب بتركيب مكعبات ملونة على الشاشة، وبحلول الصف السادس يكتبون شيفرات "
                    "حقيقية بلغة برمجة بسيطة بالإنجليزية، مع تعليقات بالعربية.",
                ),
                (
                    "“They are not scared of making mistakes on a computer, and that is half of learning,” "
                    "said their teacher, who retrained over two summers after twelve years teaching "
                    "mathematics.",
                    "وقالت معلمتهم، التي أعادت تأهيل نفسها خلال صيفين بعد اثني عشر عامًا من تدريس "
                    "الرياضيات: «لا يخافون من الخطأ على الحاسوب، وهذا نصف التعلم».",
                ),
                (
                    "Computer science students from the university come in once a week to help, and pupils "
                    "treat them like older cousins.",
                    "ويحضر طلاب علوم الحاسوب من الجامعة مرة في الأسبوع للمساعدة، ويعاملهم التلاميذ كأبناء "
                    "عمومة أكبر سنًا.",
                ),
            ),
        ),
        Chapter(
            ("What parents worry about", "ما يقلق أولياء الأمور"),
            (
                (
                    "Parents are broadly in favour, but many worry about screens. Since the ministry's new "
                    "rule, tablets stay at school for pupils under ten, and homework comes home on paper.",
                    "يؤيد أولياء الأمور الفكرة عمومًا، لكن كثيرين منهم يقلقون من الشاشات. ومنذ قرار الوزارة "
                    "الجديد، تبقى الأجهزة اللوحية في المدرسة للطلاب دون العاشرة، وتأتي الواجبات إلى البيت "
                    "على الورق.",
                ),
                (
                    "Some parents would rather the hours went to Arabic, mathematics or sport. The school "
                    "has kept physical education untouched, and added a reading period after break.",
                    "ويفضل بعض الآباء أن تذهب هذه الساعات إلى العربية أو الرياضيات أو الرياضة، وقد أبقت "
                    "المدرسة حصص التربية البدنية كما هي، وأضافت حصة للقراءة بعد الاستراحة.",
                ),
                (
                    "“Our children will work in jobs that do not exist yet,” said {official}. “But they "
                    "will still need to read, to count and to get along with people.”",
                    "{o_said} {official}: «سيعمل أبناؤنا في وظائف لم توجد بعد، لكنهم سيحتاجون مع ذلك إلى "
                    "القراءة والحساب والتعامل مع الناس».",
                ),
            ),
        ),
        Chapter(
            ("The end of the year", "نهاية العام"),
            (
                (
                    "By June, the same four pupils had programmed their robot to follow a black line around "
                    "the classroom and stop at a red card. They presented it to parents in both languages.",
                    "وبحلول يونيو، كان الطلاب الأربعة أنفسهم قد برمجوا روبوتهم ليتبع خطًا أسود حول الفصل "
                    "ويتوقف عند بطاقة حمراء، وعرضوه على أولياء الأمور باللغتين.",
                ),
                (
                    "Teachers say the biggest change is not technical. Pupils who never spoke in class now "
                    "explain their ideas, because the robot either works or it does not.",
                    "ويقول المعلمون إن التغيير الأكبر ليس تقنيًا، فالطلاب الذين لم يكونوا يتحدثون في الفصل "
                    "صاروا يشرحون أفكارهم، لأن الروبوت إما أن يعمل أو لا يعمل.",
                ),
                (
                    "The ministry will publish the first national results of the computing curriculum next "
                    "year.",
                    "وستنشر الوزارة أولى النتائج الوطنية لمنهج الحوسبة العام المقبل.",
                ),
            ),
        ),
    ),
    ending=(
        (
            "On the last day of term, one of the four asked whether the robot could come home for the "
            "summer. The answer was no. She asked again in Arabic, just in case.",
            "في اليوم الأخير من الفصل الدراسي، سألت إحدى الأربعة إن كان بإمكان الروبوت أن يرافقها إلى البيت "
            "في الصيف. كان الجواب لا، فأعادت السؤال بالعربية احتياطًا.",
        ),
    ),
    caption=("Coding is now taught from the third grade.", "تُدرَّس البرمجة الآن من الصف الثالث."),
)


HOUSING_WAIT = Report(
    key="housing-wait",
    tags=("housing", "youth"),
    speakers=("housing",),
    scenes=("construction",),
    headlines=(
        (
            "Seven years on the list: young families and the long wait for a home",
            "سبع سنوات على القائمة: الأسر الشابة والانتظار الطويل للمسكن",
        ),
    ),
    deks=(
        (
            "The waiting list for public housing is finally shrinking. For families still on it, the wait "
            "shapes everything.",
            "بدأت قائمة انتظار الإسكان العام تتقلص أخيرًا، لكن الانتظار لا يزال يحدد كل شيء بالنسبة إلى "
            "الأسر التي ما زالت عليها.",
        ),
    ),
    intro=(
        (
            "Fatima and her husband applied for a house the month they married. Their eldest son is now in "
            "the second grade, and they are still in two rooms of her parents' home in {city}.",
            "تقدمت فاطمة وزوجها بطلب للحصول على مسكن في الشهر الذي تزوجا فيه. ابنهما الأكبر الآن في الصف "
            "الثاني، ولا يزالان يقيمان في غرفتين من بيت أهلها في {city}.",
        ),
        (
            "Tens of thousands of families are on the public housing list. The government says the wait, "
            "which reached seven years, is falling. We asked families what the years of waiting have meant.",
            "عشرات الآلاف من الأسر مدرجة على قائمة الإسكان العام، وتقول الحكومة إن مدة الانتظار، التي بلغت "
            "سبع سنوات، آخذة في التراجع. سألنا الأسر عما عنته لها سنوات الانتظار.",
        ),
    ),
    chapters=(
        Chapter(
            ("Life in the meantime", "الحياة في الأثناء"),
            (
                (
                    "Most families on the list live with parents or rent flats that take a third or more of "
                    "their income. Many delay having children, or space them further apart.",
                    "تعيش معظم الأسر المدرجة على القائمة مع الوالدين أو تستأجر شققًا تلتهم ثلث دخلها أو "
                    "أكثر، ويؤجل كثيرون الإنجاب أو يباعدون بين الأطفال.",
                ),
                (
                    "“You cannot plan anything,” Fatima said. “Which school, which job, how many children. "
                    "Everything waits for the letter.”",
                    "وقالت فاطمة: «لا يمكنك التخطيط لأي شيء؛ أي مدرسة، أي وظيفة، كم طفلًا. كل شيء ينتظر "
                    "الرسالة».",
                ),
                (
                    "Since last year, applicants can follow their place in the queue online. Fatima checks "
                    "it every Thursday night.",
                    "ومنذ العام الماضي، صار بإمكان المتقدمين متابعة ترتيبهم في قائمة الانتظار عبر الإنترنت، "
                    "وتتفقده فاطمة كل ليلة خميس.",
                ),
            ),
        ),
        Chapter(
            ("Building faster", "البناء بوتيرة أسرع"),
            (
                (
                    "The Housing Ministry says the wait is falling because it is building faster, with "
                    "walls and floors made in a factory and assembled on site.",
                    "وتقول وزارة الإسكان إن مدة الانتظار تتراجع لأنها تبني بوتيرة أسرع، بجدران وأرضيات "
                    "تُصنع في مصنع وتُركَّب في الموقع.",
                ),
                (
                    "“A home is where a family's stability begins,” said {official}, adding that the target "
                    "is an average wait of three years.",
                    "{o_said} {official}: «البيت هو حيث يبدأ استقرار الأسرة»، {o_adding} أن الهدف هو متوسط "
                    "انتظار لا يتجاوز ثلاث سنوات.",
                ),
                (
                    "Critics say the new districts are far from jobs and schools. The ministry says each "
                    "will have a school, a clinic and a bus to the nearest metro station before families "
                    "move in.",
                    "ويقول المنتقدون إن الأحياء الجديدة بعيدة عن أماكن العمل والمدارس، فيما تؤكد الوزارة أن "
                    "كل حي سيضم مدرسة وعيادة وحافلة إلى أقرب محطة مترو قبل انتقال الأسر إليه.",
                ),
            ),
        ),
        Chapter(
            ("The letter", "الرسالة"),
            (
                (
                    "The families who received keys this year describe the moment the same way: a text "
                    "message, a disbelieving call to the ministry, then tears.",
                    "وتصف الأسر التي تسلمت المفاتيح هذا العام اللحظة بالطريقة نفسها: رسالة نصية، ثم اتصال "
                    "بالوزارة لتصديق الخبر، ثم دموع.",
                ),
                (
                    "Yousef, a policeman, waited six years. His new house in {city2} has three bedrooms, a "
                    "small garden and solar panels on the roof. “My children have a room each,” he said. “I "
                    "keep opening the doors.”",
                    "انتظر يوسف، وهو شرطي، ست سنوات. بيته الجديد في {city2} فيه ثلاث غرف نوم وحديقة صغيرة "
                    "وألواح شمسية على السطح. يقول: «صار لكل من أطفالي غرفته، ولا أكف عن فتح الأبواب».",
                ),
                (
                    "Economists warn that the list will grow again unless the private market offers more "
                    "homes that young families can afford.",
                    "ويحذر الاقتصاديون من أن القائمة ستطول من جديد ما لم تعرض السوق الخاصة مزيدًا من "
                    "المساكن التي تقدر عليها الأسر الشابة.",
                ),
            ),
        ),
    ),
    ending=(
        (
            "Fatima's place in the queue moved up by 900 this year. She has started looking at the plans of "
            "the new districts, choosing, for the first time, which one she would like.",
            "تقدم ترتيب فاطمة في قائمة الانتظار 900 مرتبة هذا العام، وبدأت تتصفح مخططات الأحياء الجديدة، "
            "وتختار، لأول مرة، الحي الذي تفضله.",
        ),
    ),
    caption=(
        "The waiting list for public housing is finally shrinking.",
        "بدأت قائمة انتظار الإسكان العام تتقلص أخيرًا.",
    ),
)

REPORTS = (
    METRO_BUILD,
    NURSES,
    CODING_KIDS,
    HOUSING_WAIT,
)
