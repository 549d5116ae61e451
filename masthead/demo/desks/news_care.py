"""The news desk on health, schools and heritage: clinics, a new hospital, the school year, a festival."""

from masthead.demo.desks import Beat, Topic

SCREENING = Topic(
    key="health-screening",
    tags=("health",),
    speakers=("health",),
    scenes=("clinic",),
    background=(
        (
            "About one in five adults in the country lives with diabetes, and doctors say many cases are "
            "found too late.",
            "ويعيش نحو واحد من كل خمسة بالغين في البلاد مع مرض السكري، ويقول الأطباء إن كثيرًا من الحالات "
            "تُكتشف متأخرة.",
        ),
        (
            "Nurses measure blood sugar and blood pressure in about ten minutes, and anyone with a high "
            "reading is offered a doctor's appointment within a week.",
            "ويقيس الممرضون نسبة السكر في الدم وضغط الدم في نحو عشر دقائق، ويُعرض على كل من تظهر لديه قراءة "
            "مرتفعة موعد مع طبيب خلال أسبوع.",
        ),
        (
            "Staff at the mobile clinics speak Arabic, English, Hindi and Urdu.",
            "ويتحدث العاملون في العيادات المتنقلة العربية والإنجليزية والهندية والأردية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Free diabetes checks for every adult over 40 in a three-month campaign",
                "فحص مجاني للسكري لكل من تجاوز الأربعين في حملة تستمر ثلاثة أشهر",
            ),
            dek=(
                "Residents can book a check through the ministry's app or walk in at any primary care "
                "centre.",
                "يمكن للسكان حجز موعد الفحص عبر تطبيق الوزارة أو التوجه مباشرة إلى أي مركز للرعاية الصحية "
                "الأولية.",
            ),
            lead=(
                "The Health Ministry on {weekday} launched a three-month campaign to screen adults over 40 "
                "for diabetes and high blood pressure, starting with mobile clinics in {city}.",
                "أطلقت وزارة الصحة يوم {weekday} حملة تستمر ثلاثة أشهر لفحص البالغين فوق سن الأربعين للكشف "
                "عن السكري وارتفاع ضغط الدم، بدءًا بعيادات متنقلة في {city}.",
            ),
            details=(
                (
                    "“Early detection is the cheapest and most effective medicine we have,” said {official}.",
                    "{o_said} {official}: «الكشف المبكر أرخص علاج لدينا وأكثره فاعلية».",
                ),
            ),
            caption=(
                "The campaign starts with mobile clinics in {city}.",
                "تبدأ الحملة بعيادات متنقلة في {city}.",
            ),
        ),
        Beat(
            headline=(
                "Mobile clinics take blood pressure checks to building sites and malls",
                "العيادات المتنقلة تحمل فحوص ضغط الدم إلى مواقع البناء والمراكز التجارية",
            ),
            dek=(
                "Workers on night shifts can be tested at their accommodation after ten in the evening.",
                "يمكن للعاملين في النوبات الليلية إجراء الفحص في مساكنهم بعد العاشرة مساءً.",
            ),
            lead=(
                "Nurses in mobile clinics tested more than {count} workers at building sites in {city2} in "
                "the campaign's first fortnight, the Health Ministry said on {weekday}, as the vans began "
                "visiting shopping centres in the evening.",
                "قالت وزارة الصحة يوم {weekday} إن ممرضي العيادات المتنقلة فحصوا أكثر من {count} عامل في "
                "مواقع البناء في {city2} خلال الأسبوعين الأولين من الحملة، مع بدء الحافلات زيارة المراكز "
                "التجارية مساءً.",
            ),
            details=(
                (
                    "Many of those tested had never had their blood pressure taken, the nurses said.",
                    "وقال الممرضون إن كثيرين ممن خضعوا للفحص لم يقيسوا ضغط دمهم من قبل.",
                ),
            ),
            caption=(
                "The vans visit shopping centres in the evening.",
                "تزور الحافلات المراكز التجارية مساءً.",
            ),
        ),
        Beat(
            headline=(
                "One in twelve screened adults had diabetes without knowing it, campaign finds",
                "واحد من كل اثني عشر بالغًا مصاب بالسكري دون أن يعلم بحسب نتائج الحملة",
            ),
            dek=(
                "The ministry will make the screening a permanent service at pharmacies.",
                "ستجعل الوزارة الفحص خدمة دائمة في الصيدليات.",
            ),
            lead=(
                "Undiagnosed diabetes was found in {pct} per cent of the adults screened in the Health "
                "Ministry's three-month campaign, which ended on {weekday} after reaching almost a quarter "
                "of a million people.",
                "كُشفت إصابات غير مشخصة بالسكري لدى {pct} في المئة من البالغين الذين شملتهم حملة الفحص التي "
                "نظمتها وزارة الصحة على مدى ثلاثة أشهر، وانتهت يوم {weekday} بعد أن وصلت إلى نحو ربع مليون "
                "شخص.",
            ),
            details=(
                (
                    "From next month, pharmacists will be able to offer the same checks, and refer patients "
                    "directly to a clinic.",
                    "واعتبارًا من الشهر المقبل، سيتمكن الصيادلة من تقديم الفحوص نفسها وإحالة المرضى مباشرة "
                    "إلى العيادات.",
                ),
            ),
            caption=(
                "Pharmacies will offer the same checks from next month.",
                "ستقدم الصيدليات الفحوص نفسها اعتبارًا من الشهر المقبل.",
            ),
        ),
    ),
)


HOSPITAL = Topic(
    key="new-hospital",
    tags=("health", "infrastructure"),
    speakers=("health",),
    scenes=("clinic",),
    background=(
        (
            "The hospital has 420 beds, twelve operating theatres and a helipad on its roof.",
            "ويضم المستشفى 420 سريرًا واثنتي عشرة غرفة عمليات ومهبطًا للطائرات المروحية على سطحه.",
        ),
        (
            "Until now, patients from {city} who needed heart or cancer treatment had to travel to the "
            "capital.",
            "وحتى الآن كان المرضى من {city} يضطرون إلى السفر إلى العاصمة لتلقي علاج القلب والأورام.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "New hospital in {city} admits its first patients",
                "المستشفى الجديد في {city} يستقبل أول مرضاه",
            ),
            dek=(
                "The emergency department opens first, and the wards will follow over three months.",
                "يُفتتح قسم الطوارئ أولًا، على أن تتبعه الأقسام الأخرى على مدى ثلاثة أشهر.",
            ),
            lead=(
                "The emergency department of the new general hospital in {city} received its first patients "
                "on {weekday}, after four years of construction.",
                "استقبل قسم الطوارئ في المستشفى العام الجديد في {city} أول مرضاه يوم {weekday}، بعد أربع "
                "سنوات من البناء.",
            ),
            details=(
                (
                    "“People here have waited a long time for a hospital on their doorstep,” said "
                    "{official}.",
                    "{o_said} {official}: «انتظر الناس هنا طويلًا مستشفى على مقربة منهم».",
                ),
            ),
            caption=(
                "The emergency department is the first part of the hospital to open.",
                "قسم الطوارئ هو أول ما يُفتتح من المستشفى.",
            ),
        ),
        Beat(
            headline=(
                "Outpatient waits fall by half in {city} as the hospital's clinics open",
                "أوقات انتظار العيادات الخارجية تنخفض إلى النصف في {city} مع افتتاح عيادات المستشفى",
            ),
            dek=(
                "Patients now wait an average of nine days for a specialist appointment.",
                "ينتظر المرضى الآن في المتوسط تسعة أيام للحصول على موعد مع طبيب مختص.",
            ),
            lead=(
                "The average wait for a specialist appointment in {city} has fallen from 19 days to nine "
                "since the outpatient clinics of the new general hospital opened, the Health Ministry said "
                "on {weekday}.",
                "قالت وزارة الصحة يوم {weekday} إن متوسط انتظار المواعيد لدى الأطباء المختصين في {city} "
                "انخفض من 19 يومًا إلى تسعة أيام منذ افتتاح العيادات الخارجية في المستشفى العام الجديد.",
            ),
            details=(
                (
                    "Evening clinics for children and pregnant women have been the busiest.",
                    "وكانت العيادات المسائية للأطفال والحوامل الأكثر ازدحامًا.",
                ),
            ),
            caption=(
                "The hospital's outpatient wing opened in stages.",
                "افتُتح جناح العيادات الخارجية في المستشفى على مراحل.",
            ),
        ),
        Beat(
            headline=(
                "First open-heart operation performed outside the capital",
                "إجراء أول عملية قلب مفتوح خارج العاصمة",
            ),
            dek=(
                "The patient, a 58-year-old fisherman, is recovering well, the hospital says.",
                "يتعافى المريض، وهو صياد يبلغ 58 عامًا، بشكل جيد بحسب المستشفى.",
            ),
            lead=(
                "Surgeons at the new general hospital in {city} carried out the first open-heart operation "
                "ever performed outside the capital on {weekday}, replacing a valve in a six-hour "
                "procedure.",
                "أجرى جراحون في المستشفى العام الجديد في {city} يوم {weekday} أول عملية قلب مفتوح تُجرى "
                "خارج العاصمة، استبدلوا فيها صمامًا في عملية استغرقت ست ساعات.",
            ),
            details=(
                (
                    "The hospital plans to carry out about 300 heart operations a year, sparing patients "
                    "the journey to {capital}.",
                    "ويعتزم المستشفى إجراء نحو 300 عملية قلب سنويًا، مما يجنب المرضى عناء السفر إلى "
                    "{capital}.",
                ),
            ),
            caption=(
                "The hospital plans about 300 heart operations a year.",
                "يعتزم المستشفى إجراء نحو 300 عملية قلب سنويًا.",
            ),
        ),
    ),
)


BLOOD = Topic(
    key="blood-donors",
    tags=("health", "youth"),
    speakers=("health",),
    scenes=("clinic",),
    background=(
        (
            "Every donation can help up to three patients, and donors can give blood every three months.",
            "ويمكن لكل تبرع أن يساعد ما يصل إلى ثلاثة مرضى، ويمكن للمتبرعين التبرع بالدم كل ثلاثة أشهر.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Blood bank appeals for donors as stocks fall to three days",
                "بنك الدم يناشد المتبرعين مع تراجع المخزون إلى ما يكفي ثلاثة أيام",
            ),
            dek=("Type O negative is in shortest supply.", "فصيلة O السالبة هي الأكثر نقصًا."),
            lead=(
                "The national blood bank asked healthy adults to donate on {weekday}, saying its stocks had "
                "fallen to three days' supply, the lowest this year.",
                "دعا بنك الدم الوطني يوم {weekday} البالغين الأصحاء إلى التبرع، قائلًا إن مخزونه تراجع إلى "
                "ما يكفي ثلاثة أيام، وهو أدنى مستوى هذا العام.",
            ),
            details=(
                (
                    "“Summer travel always thins our donor list, and hospitals do not take holidays,” said "
                    "{official}.",
                    "{o_said} {official}: «سفر الصيف يقلّص دائمًا قائمة المتبرعين، والمستشفيات لا تأخذ "
                    "إجازات».",
                ),
            ),
            caption=("Stocks have fallen to three days' supply.", "تراجع المخزون إلى ما يكفي ثلاثة أيام."),
        ),
        Beat(
            headline=(
                "Thousands answer the blood bank's call, many giving for the first time",
                "الآلاف يلبون نداء بنك الدم وكثيرون يتبرعون لأول مرة",
            ),
            dek=(
                "Universities and football clubs organised donation days.",
                "نظمت الجامعات وأندية كرة القدم أيامًا للتبرع.",
            ),
            lead=(
                "More than {count} people gave blood in the week after the national blood bank's appeal, it "
                "said on {weekday}, and stocks are back above the two-week mark.",
                "قال بنك الدم الوطني يوم {weekday} إن أكثر من {count} شخص تبرعوا بالدم في الأسبوع الذي تلا "
                "نداءه، وإن المخزون عاد ليكفي أكثر من أسبوعين.",
            ),
            details=(
                (
                    "A mobile unit at the university in {city} drew queues of students between lectures.",
                    "وشهدت وحدة متنقلة في جامعة {city} طوابير من الطلاب بين المحاضرات.",
                ),
            ),
            caption=(
                "Type O negative remains the group most in demand.",
                "لا تزال فصيلة O السالبة الأكثر طلبًا.",
            ),
        ),
    ),
)


SCHOOLS = Topic(
    key="school-year",
    tags=("education", "youth"),
    speakers=("education",),
    scenes=("classroom",),
    months=(8, 9),
    background=(
        (
            "The average primary class has fallen to 24 pupils this year, down from 28 three years ago.",
            "وانخفض متوسط عدد الطلاب في فصول المرحلة الابتدائية هذا العام إلى 24 طالبًا، بعد أن كان 28 "
            "طالبًا قبل ثلاث سنوات.",
        ),
        (
            "Teachers were trained in the new curriculum over the summer, and universities send computer "
            "science students to help in classrooms.",
            "وتلقى المعلمون تدريبًا على المناهج الجديدة خلال الصيف، وترسل الجامعات طلابًا من تخصص علوم "
            "الحاسوب للمساعدة داخل الفصول.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Ministry hires {count} teachers ahead of the new school year",
                "الوزارة تعيّن {count} معلم قبل انطلاق العام الدراسي",
            ),
            dek=(
                "Most of the new teachers will teach science, mathematics and computing.",
                "سيدرّس معظم المعلمين الجدد العلوم والرياضيات والحوسبة.",
            ),
            lead=(
                "The Education Ministry has hired {count} teachers for the school year that starts next "
                "month, most of them for science, mathematics and computing, it said on {weekday}.",
                "قالت وزارة التربية والتعليم يوم {weekday} إنها عيّنت {count} معلم للعام الدراسي الذي يبدأ "
                "الشهر المقبل، معظمهم لتدريس العلوم والرياضيات والحوسبة.",
            ),
            details=(
                (
                    "“Smaller classes and specialist teachers are the two things parents ask us for most,” "
                    "said {official}.",
                    "{o_said} {official}: «فصول أصغر ومعلمون متخصصون، هذان أكثر ما يطلبه منا أولياء الأمور».",
                ),
            ),
            caption=(
                "Classes are smaller this year in most primary schools.",
                "صارت الفصول أصغر هذا العام في معظم المدارس الابتدائية.",
            ),
        ),
        Beat(
            headline=(
                "More than half a million pupils return to class as the new school year opens with coding "
                "lessons from the third grade",
                "أكثر من نصف مليون طالب يعودون إلى فصولهم مع انطلاق العام الدراسي الجديد بدروس البرمجة من "
                "الصف الثالث",
            ),
            dek=(
                "Pupils from the third grade up will have two hours of coding a week.",
                "سيحصل طلاب الصف الثالث فما فوق على ساعتين من البرمجة أسبوعيًا.",
            ),
            lead=(
                "The new school year began on {weekday} with coding lessons for pupils from the third grade "
                "up, part of a wider overhaul of the curriculum, the Education Ministry said.",
                "قالت وزارة التربية والتعليم إن العام الدراسي الجديد انطلق يوم {weekday} بدروس في البرمجة "
                "لطلاب الصف الثالث فما فوق، ضمن إصلاح أوسع للمناهج الدراسية.",
            ),
            details=(
                (
                    "“Our children will work in jobs that do not exist yet, and school has to prepare them "
                    "for that,” said {official}.",
                    "{o_said} {official}: «سيعمل أبناؤنا في وظائف لم توجد بعد، وعلى المدرسة أن تعدّهم لذلك».",
                ),
            ),
            caption=("Coding starts in the third grade.", "تبدأ دروس البرمجة من الصف الثالث."),
        ),
        Beat(
            headline=(
                "School run jams ease after start times are staggered",
                "تخفيف زحام الطريق إلى المدارس بعد توزيع مواعيد بدء الدوام",
            ),
            dek=(
                "Secondary schools now start forty minutes after primary schools.",
                "صارت المدارس الثانوية تبدأ دوامها بعد أربعين دقيقة من المدارس الابتدائية.",
            ),
            lead=(
                "Morning traffic around schools in {city} has eased since secondary schools began starting "
                "forty minutes later than primary schools, the traffic police said on {weekday}.",
                "قالت شرطة المرور يوم {weekday} إن حركة السير الصباحية حول المدارس في {city} خفت منذ أن "
                "صارت المدارس الثانوية تبدأ دوامها بعد أربعين دقيقة من المدارس الابتدائية.",
            ),
            details=(
                (
                    "Journeys on the main roads near schools are about a quarter shorter than in the first "
                    "week of term, the police said.",
                    "وقالت الشرطة إن الرحلات على الطرق الرئيسية القريبة من المدارس صارت أقصر بنحو الربع "
                    "مقارنة بالأسبوع الأول من الفصل الدراسي.",
                ),
            ),
            caption=(
                "Traffic police are posted near schools at the start of the day.",
                "تنتشر شرطة المرور قرب المدارس في بداية اليوم الدراسي.",
            ),
            scene="highway",
        ),
        Beat(
            headline=(
                "Tablets stay at school for pupils under ten, ministry decides",
                "الأجهزة اللوحية تبقى في المدرسة للطلاب دون العاشرة بقرار من الوزارة",
            ),
            dek=(
                "Parents had asked how schools would limit screen time for younger children.",
                "تساءل أولياء الأمور عن الطريقة التي ستحد بها المدارس من وقت الشاشات لدى الأطفال الصغار.",
            ),
            lead=(
                "Pupils under ten will no longer take school tablets home, and homework for them will be "
                "set on paper, the Education Ministry said on {weekday}, after parents raised concerns "
                "about screen time.",
                "قالت وزارة التربية والتعليم يوم {weekday} إن الطلاب دون العاشرة لن يأخذوا الأجهزة اللوحية "
                "المدرسية إلى منازلهم بعد الآن، وإن واجباتهم ستكون ورقية، بعد أن أبدى أولياء الأمور قلقهم "
                "من وقت الشاشات.",
            ),
            details=(
                (
                    "A survey of 6,000 parents found that most welcomed the coding lessons but wanted less "
                    "screen time at home.",
                    "وأظهر استطلاع شمل 6 آلاف من أولياء الأمور أن معظمهم رحبوا بدروس البرمجة لكنهم أرادوا "
                    "تقليل وقت الشاشات في المنزل.",
                ),
            ),
            caption=(
                "Homework for pupils under ten will be set on paper.",
                "ستكون واجبات الطلاب دون العاشرة ورقية.",
            ),
        ),
    ),
)


EXAMS = Topic(
    key="exam-results",
    tags=("education", "youth"),
    speakers=("education",),
    scenes=("classroom",),
    months=(6, 7),
    background=(
        (
            "Results can be checked on the ministry's website using the student's identity number.",
            "ويمكن الاطلاع على النتائج عبر الموقع الإلكتروني للوزارة باستخدام رقم هوية الطالب.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Secondary school results out, with the best pass rate in a decade",
                "إعلان نتائج الثانوية العامة بأعلى نسبة نجاح منذ عقد",
            ),
            dek=(
                "Girls outperformed boys in every subject except physics.",
                "تفوقت الطالبات على الطلاب في كل المواد باستثناء الفيزياء.",
            ),
            lead=(
                "Ninety-one per cent of students passed their final secondary school exams this year, the "
                "best result in ten years, the Education Ministry said on {weekday}.",
                "قالت وزارة التربية والتعليم يوم {weekday} إن 91 في المئة من طلاب الثانوية العامة نجحوا في "
                "امتحاناتهم النهائية هذا العام، وهي أفضل نتيجة منذ عشر سنوات.",
            ),
            details=(
                (
                    "Students who failed one subject can resit it in August.",
                    "ويمكن للطلاب الذين رسبوا في مادة واحدة إعادة امتحانها في أغسطس.",
                ),
            ),
            caption=(
                "Ninety-one per cent of students passed this year.",
                "نجح 91 في المئة من الطلاب هذا العام.",
            ),
        ),
        Beat(
            headline=(
                "Top students win scholarships to study medicine and engineering",
                "منح دراسية للمتفوقين لدراسة الطب والهندسة",
            ),
            dek=(
                "Half of this year's scholarships will go to universities in Asia.",
                "ستذهب نصف منح هذا العام إلى جامعات في آسيا.",
            ),
            lead=(
                "The hundred highest-scoring secondary school students were awarded full scholarships on "
                "{weekday}, most of them to study medicine, engineering and computer science.",
                "مُنح الطلاب المئة الأعلى درجات في الثانوية العامة يوم {weekday} منحًا دراسية كاملة، معظمها "
                "لدراسة الطب والهندسة وعلوم الحاسوب.",
            ),
            details=(
                (
                    "The top student, a girl from {city}, scored 99.6 per cent and wants to become a "
                    "surgeon.",
                    "وحصلت الأولى على مستوى البلاد، وهي طالبة من {city}، على 99.6 في المئة، وتطمح إلى أن "
                    "تصبح جرّاحة.",
                ),
            ),
            caption=(
                "Most scholarships are for medicine, engineering and computing.",
                "معظم المنح لدراسة الطب والهندسة والحوسبة.",
            ),
        ),
    ),
)


FESTIVAL = Topic(
    key="heritage-festival",
    tags=("culture", "heritage", "tourism"),
    speakers=("culture",),
    scenes=("sea",),
    months=(11, 12, 1, 2, 3),
    background=(
        (
            "The festival celebrates pearl diving, the trade that sustained coastal towns for centuries "
            "before oil.",
            "ويحتفي المهرجان بالغوص على اللؤلؤ، المهنة التي أعالت المدن الساحلية قرونًا قبل النفط.",
        ),
        (
            "The festival runs every evening until ten, and free buses carry visitors from the metro "
            "station to the waterfront.",
            "ويستمر المهرجان كل مساء حتى العاشرة، وتنقل حافلات مجانية الزوار من محطة المترو إلى الواجهة "
            "البحرية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Dhow races open the pearl diving festival in {city}",
                "سباقات المراكب الشراعية تفتتح مهرجان الغوص على اللؤلؤ في {city}",
            ),
            dek=(
                "Organisers expect record crowds over ten days, and entry is free for families.",
                "يتوقع المنظمون حشودًا قياسية على مدى عشرة أيام، والدخول مجاني للعائلات.",
            ),
            lead=(
                "Crowds lined the corniche in {city} on {weekday} to watch the opening race of the annual "
                "pearl diving festival, in which more than 40 crews are taking part.",
                "اصطفت الحشود على كورنيش {city} يوم {weekday} لمتابعة السباق الافتتاحي لمهرجان الغوص على "
                "اللؤلؤ السنوي، الذي يشارك فيه أكثر من 40 طاقمًا.",
            ),
            details=(
                (
                    "“These crafts are part of who we are, and young people are coming back to them,” said "
                    "{official}.",
                    "{o_said} {official}: «هذه الحرف جزء من هويتنا، والشباب يعودون إليها».",
                ),
            ),
            caption=(
                "More than 40 crews are taking part in the races.",
                "يشارك أكثر من 40 طاقمًا في السباقات.",
            ),
        ),
        Beat(
            headline=(
                "Grandsons of pearl divers learn to dive on one breath",
                "أحفاد الغواصين يتعلمون الغوص بنفس واحد",
            ),
            dek=(
                "Old divers teach boys and girls to hold their breath, read the seabed and open oysters.",
                "يعلّم الغواصون القدامى الفتيان والفتيات حبس الأنفاس وقراءة قاع البحر وفتح المحار.",
            ),
            lead=(
                "Every morning of the festival in {city}, a 78-year-old former diver takes a group of "
                "teenagers out in a small boat to teach them the skills his father taught him.",
                "في صباح كل يوم من أيام المهرجان في {city}، يصطحب غواص سابق يبلغ 78 عامًا مجموعة من "
                "المراهقين في قارب صغير ليعلمهم المهارات التي علّمه إياها والده.",
            ),
            details=(
                (
                    "“We dived with a stone tied to our feet and a clip on our nose,” he said. “They have "
                    "fins and goggles, but the sea is the same.”",
                    "وقال: «كنا نغوص وحجر مربوط بأقدامنا ومشبك على أنوفنا. لديهم اليوم زعانف ونظارات، لكن "
                    "البحر هو نفسه».",
                ),
            ),
            caption=(
                "Former divers teach teenagers to dive on one breath.",
                "يعلّم غواصون سابقون المراهقين الغوص بنفس واحد.",
            ),
        ),
        Beat(
            headline=(
                "Festival closes with record crowds and a win for the oldest boat",
                "المهرجان يُختتم بحشود قياسية وفوز أقدم مركب",
            ),
            dek=(
                "A dhow built in the 1950s won the final race by half a length.",
                "فاز مركب بُني في خمسينيات القرن الماضي بالسباق النهائي بفارق نصف طول.",
            ),
            lead=(
                "The pearl diving festival in {city} closed on {weekday} after drawing more than 300,000 "
                "visitors in ten days, a record, and the final race was won by the oldest boat on the "
                "water.",
                "اختُتم مهرجان الغوص على اللؤلؤ في {city} يوم {weekday} بعد أن استقطب أكثر من 300 ألف زائر "
                "في عشرة أيام، وهو رقم قياسي، وفاز بالسباق النهائي أقدم مركب مشارك.",
            ),
            details=(
                (
                    "Craftsmen said they had sold out of woven baskets and rosewater by the last weekend.",
                    "وقال الحرفيون إن السلال المنسوجة وماء الورد نفدت لديهم بحلول عطلة نهاية الأسبوع "
                    "الأخيرة.",
                ),
            ),
            caption=(
                "The winning dhow was built in the 1950s.",
                "بُني المركب الفائز في خمسينيات القرن الماضي.",
            ),
        ),
    ),
)

TOPICS = (
    SCREENING,
    HOSPITAL,
    BLOOD,
    SCHOOLS,
    EXAMS,
    FESTIVAL,
)
