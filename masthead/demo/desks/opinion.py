"""The opinion desk: columns in the first person. `leads` open a column, `details` argue it.

Arabic columns avoid first-person adjectives that would need a gender ("سعيد" or "سعيدة"),
because the same text runs under male and female columnists.
"""

from masthead.demo.desks import Desk, Topic

COST_OF_LIVING = Topic(
    key="cost-of-living",
    tags=("cost-of-living", "inflation"),
    speakers=(),
    scenes=(),
    headlines=(
        ("The shopping trolley tells the real inflation story", "عربة التسوق تروي القصة الحقيقية للتضخم"),
        ("Why official inflation figures feel wrong", "لماذا تبدو أرقام التضخم الرسمية بعيدة عن الواقع؟"),
        ("What a family in {city} really pays", "ما الذي تدفعه أسرة في {city} فعلًا"),
        (
            "Inflation may have slowed on paper, but families in {city} still pay more for rent, school fees "
            "and groceries than their salaries can absorb",
            "ربما تباطأ التضخم على الورق، لكن الأسر في {city} لا تزال تدفع مقابل الإيجار والرسوم المدرسية "
            "والبقالة أكثر مما تحتمله رواتبها",
        ),
    ),
    deks=(
        (
            "Averages hide the costs that weigh most on young families.",
            "المتوسطات تخفي التكاليف الأثقل على كاهل الأسر الشابة.",
        ),
        (
            "A better measure would start with rent and school fees.",
            "المقياس الأفضل ينبغي أن يبدأ بالإيجار والرسوم المدرسية.",
        ),
    ),
    leads=(
        (
            "Every month the statistics office tells us that prices are rising more slowly. Every month my "
            "neighbours in {city} tell me something different.",
            "يخبرنا مكتب الإحصاء كل شهر أن الأسعار ترتفع بوتيرة أبطأ، ويخبرني جيراني في {city} كل شهر بشيء "
            "مختلف.",
        ),
        (
            "Ask any parent in {city} what happened to the family budget this year, and you will hear the "
            "same three words: rent, fees, food.",
            "اسأل أي أب أو أم في {city} عما حدث لميزانية الأسرة هذا العام، وستسمع الكلمات الثلاث نفسها: "
            "الإيجار والرسوم والطعام.",
        ),
    ),
    details=(
        (
            "The official figure of {pct2} per cent is not wrong. It is an average, and averages include "
            "things most families buy rarely, such as cars and electronics, whose prices have fallen.",
            "ليس الرقم الرسمي البالغ {pct2} في المئة خاطئًا، لكنه متوسط، والمتوسطات تشمل سلعًا نادرًا ما "
            "تشتريها معظم الأسر، كالسيارات والأجهزة الإلكترونية التي انخفضت أسعارها.",
        ),
        (
            "What families buy every month tells a different story. Rents in many districts have risen by "
            "double digits, and school fees go up every September whatever the index says.",
            "أما ما تشتريه الأسر كل شهر فيروي قصة مختلفة؛ فقد ارتفعت الإيجارات في أحياء كثيرة بنسب من "
            "خانتين، والرسوم المدرسية ترتفع كل سبتمبر أيًّا كان ما يقوله المؤشر.",
        ),
        (
            "Salaries, meanwhile, move slowly. Many private sector employees have not had a raise in three "
            "years, and allowances were designed for a cheaper city.",
            "في المقابل، تتحرك الرواتب ببطء؛ فكثير من موظفي القطاع الخاص لم يحصلوا على زيادة منذ ثلاث سنوات، "
            "والبدلات وُضعت لمدينة كانت أقل كلفة.",
        ),
        (
            "I am not asking for price controls, which rarely work. I am asking for honest measurement, and "
            "a separate index for young families, published every quarter, would be a start.",
            "لا أطالب بتحديد الأسعار، فهو نادرًا ما ينجح. ما أطالب به قياس صادق، ومؤشر منفصل للأسر الشابة "
            "يُنشر كل ثلاثة أشهر سيكون بداية جيدة.",
        ),
        (
            "Companies can do a lot, too. Employers who review allowances every year keep their best people; "
            "those who do not will lose them.",
            "وبوسع الشركات أن تفعل الكثير أيضًا؛ فأصحاب العمل الذين يراجعون البدلات سنويًا يحتفظون بأفضل "
            "موظفيهم، ومن لا يفعل سيخسرهم.",
        ),
    ),
)

AI_JOBS = Topic(
    key="ai-and-jobs",
    tags=("artificial-intelligence", "labour-market", "education"),
    speakers=(),
    scenes=(),
    headlines=(
        ("Let the machines take the paperwork, not the judgement", "لتأخذ الآلات الأعمال الورقية لا القرار"),
        ("Our graduates need more than coding", "خريجونا يحتاجون إلى أكثر من البرمجة"),
        (
            "The office in {city} that learned to live with AI",
            "مكتب في {city} تعلّم التعايش مع الذكاء الاصطناعي",
        ),
        (
            "Artificial intelligence will change most office jobs in the country within a decade, and the "
            "question is not whether to adopt it but who will be ready when it arrives",
            "سيغيّر الذكاء الاصطناعي معظم الوظائف المكتبية في البلاد خلال عقد، والسؤال ليس ما إذا كنا "
            "سنتبناه، بل من سيكون مستعدًا حين يصل",
        ),
    ),
    deks=(
        (
            "The winners will be those who learn to work alongside the tools.",
            "الرابحون هم من يتعلمون العمل جنبًا إلى جنب مع هذه الأدوات.",
        ),
        ("Schools and employers both have homework to do.", "لدى المدارس وأصحاب العمل واجبات عليهم إنجازها."),
    ),
    leads=(
        (
            "Last week a friend who runs a small accounting firm in {city} told me that a piece of software "
            "now does in an hour what used to take her team two days.",
            "أخبرتني الأسبوع الماضي صديقة تدير مكتبًا صغيرًا للمحاسبة في {city} أن برنامجًا حاسوبيًا بات "
            "ينجز في ساعة ما كان يستغرق من فريقها يومين.",
        ),
        (
            "There are two ways to talk about artificial intelligence in the Gulf: with fear or with a plan. "
            "I prefer the second.",
            "ثمة طريقتان للحديث عن الذكاء الاصطناعي في الخليج: بالخوف أو بخطة، وأنا أفضّل الثانية.",
        ),
    ),
    details=(
        (
            "The firms that handle this well are not firing people. They are moving them from data entry to "
            "advising clients, which is what clients wanted all along.",
            "الشركات التي تحسن التعامل مع ذلك لا تسرّح موظفيها، بل تنقلهم من إدخال البيانات إلى تقديم "
            "المشورة للعملاء، وهو ما كان العملاء يريدونه منذ البداية.",
        ),
        (
            "Our schools still reward memorising answers, which is exactly what machines now do best. We "
            "should be teaching pupils to ask good questions and to check the answers they get.",
            "لا تزال مدارسنا تكافئ حفظ الإجابات، وهو بالضبط ما تتقنه الآلات اليوم. علينا أن نعلّم الطلاب طرح "
            "الأسئلة الجيدة والتحقق من الإجابات التي يحصلون عليها.",
        ),
        (
            "Coding matters, but it is not enough. Writing clearly, working in teams and understanding how a "
            "business makes money will matter more.",
            "البرمجة مهمة، لكنها لا تكفي؛ فالكتابة الواضحة والعمل ضمن فريق وفهم الطريقة التي تحقق بها "
            "الشركات أرباحها ستكون أهم.",
        ),
        (
            "Government can help by publishing which public services it plans to automate, and by retraining "
            "its own staff first. Nothing builds confidence like example.",
            "ويمكن للحكومة أن تساعد بنشر قائمة الخدمات العامة التي تعتزم أتمتتها، وبإعادة تأهيل موظفيها "
            "أولًا، فلا شيء يبني الثقة كالقدوة.",
        ),
        (
            "And we should insist that tools used in Arabic actually understand Arabic, including the way "
            "people here speak it.",
            "وعلينا أن نصرّ على أن تفهم الأدوات المستخدمة بالعربية اللغةَ العربية فعلًا، بما في ذلك الطريقة "
            "التي يتحدث بها الناس هنا.",
        ),
    ),
)

STREETS = Topic(
    key="streets",
    tags=("transport", "infrastructure"),
    speakers=(),
    scenes=(),
    headlines=(
        ("A city built for cars cannot be fixed with more roads", "مدينة بُنيت للسيارات لا تصلحها طرق إضافية"),
        ("Let us at least walk in winter", "لنمشِ في الشتاء على الأقل"),
        ("What {city} needs is shade, not another interchange", "ما تحتاجه {city} هو الظل لا تقاطع جديد"),
        (
            "Every new highway in {city} fills up within two years, and the answer to congestion is not "
            "another lane but shade, buses and streets where people can walk",
            "كل طريق سريع جديد في {city} يمتلئ خلال عامين، والحل للازدحام ليس حارة إضافية بل الظل والحافلات "
            "وشوارع يستطيع الناس المشي فيها",
        ),
    ),
    deks=(
        (
            "The metro is a start. Now the streets around it need to change.",
            "المترو بداية، والآن يجب أن تتغير الشوارع من حوله.",
        ),
        (
            "Heat is a reason to design better, not an excuse to stop trying.",
            "الحر سبب لتصميم أفضل، لا ذريعة للتوقف عن المحاولة.",
        ),
    ),
    leads=(
        (
            "It takes me forty minutes to drive six kilometres to work in {city}. I have timed the same trip "
            "on a bicycle, and it takes twenty-five.",
            "تستغرق رحلتي بالسيارة إلى عملي في {city} أربعين دقيقة لقطع ستة كيلومترات، وقد جربت الطريق نفسه "
            "على دراجة فاستغرق خمسًا وعشرين دقيقة.",
        ),
        (
            "Every few years {city} gets a new highway, and every few years the traffic comes back, heavier "
            "than before.",
            "كل بضع سنوات تحصل {city} على طريق سريع جديد، وكل بضع سنوات يعود الازدحام أشد مما كان.",
        ),
    ),
    details=(
        (
            "Traffic engineers have a name for this: induced demand. Build more road space, and more people "
            "drive until it is full again.",
            "لدى مهندسي المرور اسم لهذه الظاهرة: الطلب المُستحث. كلما زادت مساحة الطرق، زاد عدد من يقودون "
            "سياراتهم حتى تمتلئ من جديد.",
        ),
        (
            "The heat is real, but it is not an excuse for the whole year. From November to March our "
            "weather is the envy of Europe, and our pavements are empty.",
            "الحر حقيقي، لكنه ليس ذريعة طوال العام؛ فمن نوفمبر إلى مارس يحسدنا الأوروبيون على طقسنا، بينما "
            "أرصفتنا خالية.",
        ),
        (
            "Shade is infrastructure. A line of trees and a covered walkway from every metro station would "
            "do more for congestion than any new interchange.",
            "الظل بنية تحتية؛ فصف من الأشجار وممر مظلل من كل محطة مترو سيفعلان للحد من الازدحام أكثر مما "
            "يفعله أي تقاطع جديد.",
        ),
        (
            "Buses need their own lanes, too. A bus stuck in the same traffic as everyone else is not an "
            "alternative; it is a punishment.",
            "والحافلات تحتاج إلى مساراتها الخاصة أيضًا؛ فالحافلة العالقة في الازدحام نفسه الذي يعلق فيه "
            "الجميع ليست بديلًا، بل عقوبة.",
        ),
        (
            "None of this means banning cars. It means giving people a real choice, and then letting them "
            "make it.",
            "لا يعني أي من ذلك حظر السيارات، بل منح الناس خيارًا حقيقيًا، ثم تركهم يختارون.",
        ),
    ),
)

WATER = Topic(
    key="water",
    tags=("water", "environment"),
    speakers=(),
    scenes=(),
    headlines=(
        ("We drink the sea, and we should act like it", "نشرب من البحر، فلنتصرف على هذا الأساس"),
        ("Cheap water is the most expensive thing we have", "المياه الرخيصة أغلى ما نملك"),
        ("The lawns of {city} are a choice", "مسطحات العشب في {city} خيار"),
        (
            "Almost every drop from our taps comes from desalination plants that burn fuel and return brine "
            "to the Gulf, and it is time our bills and habits reflected that",
            "كل قطرة تقريبًا من صنابيرنا تأتي من محطات تحلية تحرق الوقود وتعيد المياه المالحة المركزة إلى "
            "الخليج، وقد حان الوقت لتعكس فواتيرنا وعاداتنا هذه الحقيقة",
        ),
    ),
    deks=(
        (
            "Households here use far more water than in most dry countries.",
            "تستهلك الأسر هنا مياهًا أكثر بكثير مما تستهلكه نظيراتها في معظم البلدان الجافة.",
        ),
        ("Conservation will not happen by appeals alone.", "الترشيد لن يتحقق بالمناشدات وحدها."),
    ),
    leads=(
        (
            "Turn on a tap in {city} and you are drinking the sea, cleaned at great cost by machines that "
            "run day and night.",
            "حين تفتح صنبور ماء في {city} فأنت تشرب من البحر، بعد أن نقّته بكلفة كبيرة آلاتٌ تعمل ليلًا ونهارًا.",
        ),
        (
            "We like to say that water is life. Our water bills say it is almost free.",
            "نحب أن نقول إن الماء هو الحياة، أما فواتير المياه لدينا فتقول إنه شبه مجاني.",
        ),
    ),
    details=(
        (
            "A resident here uses several times more water than a resident of many European cities, in one "
            "of the driest places on Earth.",
            "يستهلك المقيم هنا أضعاف ما يستهلكه المقيم في كثير من المدن الأوروبية، في واحدة من أكثر بقاع "
            "الأرض جفافًا.",
        ),
        (
            "Desalination takes energy, and energy has a price, even when it is our own oil and gas. The "
            "brine returned to the sea is changing the water near our coasts.",
            "تتطلب التحلية طاقة، وللطاقة ثمن حتى لو كانت من نفطنا وغازنا، والمياه المالحة المركزة التي تعود "
            "إلى البحر تغيّر طبيعة المياه قرب سواحلنا.",
        ),
        (
            "I am not arguing for making water expensive for families. A generous free allowance per person, "
            "with higher rates above it, would protect households and reward care.",
            "لا أدعو إلى جعل المياه باهظة على الأسر، بل إلى حصة مجانية سخية لكل فرد، وأسعار أعلى لما "
            "يتجاوزها، بما يحمي الأسر ويكافئ الترشيد.",
        ),
        (
            "Gardens are the other half of the story. Lawns of imported grass in the desert are a choice, "
            "and native plants are beautiful too.",
            "والحدائق هي النصف الآخر من القصة؛ فمسطحات العشب المستورد في الصحراء خيار، والنباتات المحلية "
            "جميلة أيضًا.",
        ),
        (
            "Treated waste water could irrigate every park in the country. Most of it is still poured away.",
            "بإمكان مياه الصرف المعالجة أن تروي كل حدائق البلاد، لكن معظمها لا يزال يُهدر.",
        ),
    ),
)

READING = Topic(
    key="reading",
    tags=("culture", "education", "youth"),
    speakers=(),
    scenes=(),
    headlines=(
        ("Bring back the neighbourhood library", "أعيدوا مكتبة الحي"),
        ("Our children read, just not in Arabic", "أطفالنا يقرؤون، لكن ليس بالعربية"),
        (
            "A library in {city} that children actually want to visit",
            "مكتبة في {city} يرغب الأطفال فعلًا في زيارتها",
        ),
        (
            "Children in the Gulf read more than ever on their screens, but fewer of them read for pleasure "
            "in Arabic, and schools and publishers share the blame",
            "يقرأ الأطفال في الخليج على شاشاتهم أكثر من أي وقت مضى، لكن عدد من يقرؤون منهم بالعربية للمتعة "
            "يتراجع، والمسؤولية مشتركة بين المدارس ودور النشر",
        ),
    ),
    deks=(
        (
            "Arabic books for young readers should be as good as the ones in English.",
            "يجب أن تكون الكتب العربية للقراء الصغار بجودة نظيرتها الإنجليزية.",
        ),
        ("Reading is a habit learned at home and in the library.", "القراءة عادة تُكتسب في البيت والمكتبة."),
    ),
    leads=(
        (
            "My nephew, who is eleven, has read every book in a long English fantasy series. When I asked "
            "him about the last Arabic book he enjoyed, he had to think.",
            "قرأ ابن أخي، البالغ من العمر أحد عشر عامًا، كل أجزاء سلسلة خيالية إنجليزية طويلة، وحين سألته عن "
            "آخر كتاب عربي استمتع به، احتاج إلى التفكير.",
        ),
        (
            "In my childhood in {city}, the small library near our house was the coolest place in summer, in "
            "both senses of the word.",
            "في طفولتي في {city}، كانت المكتبة الصغيرة قرب بيتنا أبرد مكان في الصيف وأجمله.",
        ),
    ),
    details=(
        (
            "The problem is not that children dislike reading. It is that the Arabic books on offer are too "
            "often preachy, badly illustrated or written in a language no child speaks.",
            "المشكلة ليست أن الأطفال يكرهون القراءة، بل إن الكتب العربية المتاحة كثيرًا ما تكون وعظية، أو "
            "رديئة الرسوم، أو مكتوبة بلغة لا يتحدثها أي طفل.",
        ),
        (
            "Publishers in the region have started to change this, with funny, beautifully drawn stories by "
            "young authors. They need buyers, and schools are the biggest buyers of all.",
            "وقد بدأ ناشرون في المنطقة تغيير ذلك بقصص مضحكة ومرسومة بإتقان لكتّاب شباب، وهؤلاء يحتاجون إلى "
            "مشترين، والمدارس أكبر المشترين على الإطلاق.",
        ),
        (
            "Libraries matter too. A library open in the evening, with good air conditioning, comfortable "
            "chairs and a librarian who knows the books, competes well with any mall.",
            "والمكتبات مهمة أيضًا؛ فمكتبة تفتح أبوابها مساءً، بتكييف جيد ومقاعد مريحة وأمين مكتبة يعرف كتبه، "
            "تنافس أي مركز تجاري.",
        ),
        (
            "Parents cannot hand this job to anyone else. Children who see their parents read, read.",
            "ولا يستطيع الآباء والأمهات إيكال هذه المهمة إلى غيرهم؛ فالأطفال الذين يرون آباءهم يقرؤون، "
            "يقرؤون.",
        ),
        (
            "English is a gift, and our children should keep reading it. They should also know the joy of a "
            "good story in their own language.",
            "الإنجليزية مكسب، وعلى أطفالنا أن يواصلوا القراءة بها، لكن ينبغي أن يعرفوا أيضًا متعة القصة "
            "الجيدة بلغتهم.",
        ),
    ),
)

DESK = Desk(
    section="opinion",
    analysts="politics",
    topics=(COST_OF_LIVING, AI_JOBS, STREETS, WATER, READING),
    closings=(
        (
            "We have solved harder problems than this. What we need now is the will to start.",
            "لقد حللنا مشكلات أصعب من هذه، وما نحتاج إليه الآن هو الإرادة للبدء.",
        ),
        (
            "The choice is ours, and the sooner we make it, the cheaper it will be.",
            "الخيار بأيدينا، وكلما اتخذناه أسرع كانت كلفته أقل.",
        ),
        (
            "I would be glad to be proved wrong. I suspect I will not be.",
            "يسعدني أن يثبت خطئي، لكنني أشك في ذلك.",
        ),
        (
            "Small steps taken now will matter more than grand plans announced later.",
            "الخطوات الصغيرة التي نخطوها الآن ستكون أهم من الخطط الكبرى التي تُعلن لاحقًا.",
        ),
    ),
)
