"""The news desk: weather, transport, health, schools and life in the country's cities."""

from masthead.demo.desks import Desk, Topic

HEAT = Topic(
    key="heatwave",
    tags=("weather", "climate", "electricity"),
    speakers=("met",),
    scenes=("dunes", "oasis"),
    headlines=(
        (
            "Temperatures to top 49C as heatwave grips {city}",
            "الحرارة تتجاوز 49 درجة مئوية مع موجة حر تضرب {city}",
        ),
        ("Met Office warns of extreme heat this week", "الأرصاد الجوية تحذر من حرارة شديدة هذا الأسبوع"),
        (
            "Outdoor workers get a longer midday break as forecasters predict the hottest week of the summer "
            "in {city} and the interior",
            "تمديد استراحة منتصف النهار للعاملين في الأماكن المكشوفة مع توقعات بأشد أسابيع الصيف حرارة في "
            "{city} والمناطق الداخلية",
        ),
    ),
    deks=(
        (
            "Forecasters expect humidity to rise along the coast, and doctors urge residents to stay out of "
            "the sun between noon and four.",
            "يتوقع خبراء الأرصاد ارتفاع نسبة الرطوبة على الساحل، فيما يدعو الأطباء السكان إلى تجنب الشمس بين "
            "الظهر والرابعة عصرًا.",
        ),
        (
            "Cooling centres will stay open late, and inspectors will check that building sites respect the "
            "midday ban.",
            "ستبقى مراكز التبريد مفتوحة حتى ساعات متأخرة، وسيتحقق المفتشون من التزام مواقع البناء بحظر العمل "
            "وقت الظهيرة.",
        ),
    ),
    leads=(
        (
            "Temperatures in {city} are expected to climb above 49 degrees Celsius in the coming days, the "
            "Met Office said on {weekday}, as a mass of hot, dry air settles over the region.",
            "توقعت إدارة الأرصاد الجوية يوم {weekday} أن تتجاوز درجات الحرارة في {city} 49 درجة مئوية خلال "
            "الأيام المقبلة، مع استقرار كتلة هوائية حارة وجافة فوق المنطقة.",
        ),
        (
            "Residents of {city} and {city2} should prepare for several days of extreme heat, forecasters "
            "said on {weekday}, with little relief expected even after sunset.",
            "قال خبراء الأرصاد يوم {weekday} إن على سكان {city} و{city2} الاستعداد لعدة أيام من الحر الشديد، "
            "مع انخفاض طفيف فقط في درجات الحرارة بعد غروب الشمس.",
        ),
    ),
    details=(
        (
            "“This is the most intense spell we have seen this summer, and nights will stay above 34 degrees "
            "in many areas,” said {official}.",
            "{o_said} {official}: «هذه أشد موجة نشهدها هذا الصيف، وستبقى درجات الحرارة ليلًا فوق 34 درجة في "
            "مناطق كثيرة».",
        ),
        (
            "The Labour Ministry reminded employers that outdoor work is banned between 12.30pm and 3pm "
            "until the middle of September, and said inspectors had already visited more than {count} sites "
            "this season.",
            "وذكّرت وزارة العمل أصحاب العمل بأن العمل في الأماكن المكشوفة محظور بين الساعة 12:30 ظهرًا "
            "والثالثة عصرًا حتى منتصف سبتمبر، مشيرة إلى أن مفتشيها زاروا أكثر من {count} موقع عمل منذ بداية "
            "الموسم.",
        ),
        (
            "Hospitals in {city} have set aside beds for heat exhaustion cases, and pharmacies report brisk "
            "sales of oral rehydration salts.",
            "وخصصت مستشفيات {city} أسرّة لحالات الإجهاد الحراري، فيما تشير الصيدليات إلى إقبال كبير على "
            "أملاح الإماهة الفموية.",
        ),
        (
            "Electricity demand is expected to approach record levels, and the Electricity and Water "
            "Authority asked households to set air conditioners to 24 degrees during the afternoon peak.",
            "ومن المتوقع أن يقترب الطلب على الكهرباء من مستويات قياسية، وقد طلبت هيئة الكهرباء والماء من "
            "الأسر ضبط أجهزة التكييف على 24 درجة خلال ساعات الذروة بعد الظهر.",
        ),
    ),
)

RAIN = Topic(
    key="rain",
    tags=("weather", "infrastructure"),
    speakers=("met",),
    scenes=("rain",),
    headlines=(
        ("Heavy rain floods roads in {city}", "أمطار غزيرة تغمر الطرق في {city}"),
        (
            "Schools close early as storm sweeps across the country",
            "إغلاق المدارس مبكرًا مع عاصفة تجتاح البلاد",
        ),
        (
            "Rare winter downpour brings {city} to a standstill, stranding motorists in underpasses and "
            "delaying flights for several hours",
            "أمطار شتوية نادرة تشل الحركة في {city} وتحاصر السائقين في الأنفاق وتؤخر الرحلات الجوية لساعات",
        ),
    ),
    deks=(
        (
            "Civil defence teams pumped water from low-lying streets overnight, and more showers are "
            "expected before the weekend.",
            "عملت فرق الدفاع المدني طوال الليل على سحب المياه من الشوارع المنخفضة، ويُتوقع مزيد من الزخات "
            "قبل عطلة نهاية الأسبوع.",
        ),
        (
            "No injuries were reported, but residents say drainage work promised last year is still "
            "unfinished.",
            "لم تُسجَّل أي إصابات، لكن السكان يقولون إن أعمال تصريف المياه التي وُعدوا بها العام الماضي لم "
            "تكتمل بعد.",
        ),
    ),
    leads=(
        (
            "Heavy rain fell on {city} for more than six hours on {weekday}, flooding several main roads and "
            "forcing the police to close two underpasses during the morning rush.",
            "هطلت أمطار غزيرة على {city} لأكثر من ست ساعات يوم {weekday}، فغمرت المياه عددًا من الطرق "
            "الرئيسية واضطرت الشرطة إلى إغلاق نفقين خلال ساعة الذروة الصباحية.",
        ),
        (
            "A band of thunderstorms crossed the country on {weekday}, bringing the heaviest rainfall {city} "
            "has recorded in a single day for several years.",
            "عبرت سلسلة من العواصف الرعدية البلاد يوم {weekday}، حاملة أغزر أمطار تسجلها {city} في يوم واحد "
            "منذ سنوات.",
        ),
    ),
    details=(
        (
            "“We recorded more than 60 millimetres in some districts, close to what the city normally "
            "receives in a whole year,” said {official}.",
            "{o_said} {official}: «سجلنا أكثر من 60 مليمترًا في بعض الأحياء، وهو ما يقارب ما تتلقاه المدينة "
            "عادة في عام كامل».",
        ),
        (
            "Civil defence crews used pumps and tankers to clear water from residential streets, and the "
            "municipality said it had received more than {count} calls from residents by the evening.",
            "واستخدمت فرق الدفاع المدني المضخات والصهاريج لسحب المياه من الشوارع السكنية، وقالت البلدية إنها "
            "تلقت أكثر من {count} بلاغ من السكان حتى المساء.",
        ),
        (
            "Several flights were delayed at the airport, and the Ministry of Education allowed schools to "
            "send pupils home at ten in the morning.",
            "وتأخرت رحلات عدة في المطار، وسمحت وزارة التربية والتعليم للمدارس بصرف الطلاب إلى منازلهم في "
            "العاشرة صباحًا.",
        ),
        (
            "Forecasters expect clear skies by the weekend, but warn that strong winds could raise dust over "
            "the interior.",
            "ويتوقع خبراء الأرصاد أن تصفو السماء بحلول عطلة نهاية الأسبوع، لكنهم يحذرون من أن الرياح القوية "
            "قد تثير الغبار في المناطق الداخلية.",
        ),
    ),
)

METRO = Topic(
    key="metro",
    tags=("transport", "infrastructure"),
    speakers=("transport",),
    scenes=("skyline", "civic"),
    headlines=(
        ("Metro line to {city} opens to passengers", "افتتاح خط المترو إلى {city} أمام الركاب"),
        ("Metro Green Line opens to passengers", "افتتاح الخط الأخضر للمترو أمام الركاب"),
        (
            "The metro's Green Line opens, cutting the journey between {city} and the business district to "
            "25 minutes, with a train every four minutes at peak times",
            "افتتاح الخط الأخضر للمترو يختصر الرحلة بين {city} والحي التجاري إلى 25 دقيقة بقطار كل أربع "
            "دقائق في أوقات الذروة",
        ),
    ),
    deks=(
        (
            "The 22-kilometre line has 14 stations and can carry {count} passengers an hour in each "
            "direction.",
            "يمتد الخط 22 كيلومترًا ويضم 14 محطة، ويستطيع نقل {count} راكب في الساعة في كل اتجاه.",
        ),
        (
            "Officials say the line will halve journey times, and fares are capped for students and older "
            "residents.",
            "يقول المسؤولون إن الخط سيختصر زمن الرحلات إلى النصف، وإن الأجرة محدودة للطلاب وكبار السن.",
        ),
    ),
    leads=(
        (
            "Passengers rode the metro's Green Line for the first time on {weekday}, as the long-awaited "
            "route between {city} and the central business district opened on schedule.",
            "استقل الركاب الخط الأخضر للمترو لأول مرة يوم {weekday}، بعدما افتُتح في موعده المسار الذي طال "
            "انتظاره بين {city} والحي التجاري المركزي.",
        ),
        (
            "The first trains on the metro's new Green Line left {city} at six in the morning on {weekday}, "
            "carrying commuters to the central business district in less than half the time the drive takes.",
            "انطلقت أولى رحلات الخط الأخضر الجديد للمترو من {city} في السادسة صباح يوم {weekday}، ناقلة "
            "الموظفين إلى الحي التجاري المركزي في أقل من نصف الوقت الذي تستغرقه الرحلة بالسيارة.",
        ),
    ),
    details=(
        (
            "“Public transport has to be the first choice for daily journeys, not the last resort,” said "
            "{official}, adding that fares would be capped for students and older residents.",
            "{o_said} {official}: «يجب أن يكون النقل العام الخيار الأول في التنقل اليومي لا الملاذ الأخير»، "
            "{o_adding} أن الأجرة ستكون محدودة للطلاب وكبار السن.",
        ),
        (
            "Trains run every four minutes at peak times, and each station has park-and-ride spaces and "
            "shaded walkways to nearby streets.",
            "وتسير القطارات كل أربع دقائق في أوقات الذروة، وتضم كل محطة مواقف للسيارات وممرات مظللة تصلها "
            "بالشوارع المجاورة.",
        ),
        (
            "The ministry estimates that the line will take about {count} cars off the road every morning, "
            "easing congestion on the coastal highway.",
            "وتقدّر الوزارة أن يخفف الخط عن الطرق نحو {count} سيارة كل صباح، مما يحد من الازدحام على الطريق "
            "الساحلي السريع.",
        ),
        (
            "A {money} contract for the second phase, which will extend the network to {city2} and the "
            "airport, is due to be awarded before the end of the year.",
            "ومن المقرر أن يُرسى قبل نهاية العام عقد بقيمة {money} للمرحلة الثانية، التي ستمد الشبكة إلى "
            "{city2} والمطار.",
        ),
    ),
)

HEALTH = Topic(
    key="health-screening",
    tags=("health",),
    speakers=("health",),
    scenes=("abstract", "civic"),
    headlines=(
        ("Free diabetes screening begins in {city}", "انطلاق حملة مجانية للكشف عن السكري في {city}"),
        (
            "Mobile clinics offer free health checks in {city}",
            "عيادات متنقلة تقدم فحوصًا صحية مجانية في {city}",
        ),
        (
            "Health Ministry launches nationwide campaign to screen adults over 40 for diabetes and high "
            "blood pressure, with mobile clinics visiting malls and workplaces",
            "وزارة الصحة تطلق حملة وطنية لفحص البالغين فوق الأربعين من السكري وارتفاع ضغط الدم بعيادات "
            "متنقلة تزور المراكز التجارية وأماكن العمل",
        ),
    ),
    deks=(
        (
            "About one in five adults in the country lives with diabetes, and doctors say many cases are "
            "found too late.",
            "يعيش نحو واحد من كل خمسة بالغين في البلاد مع مرض السكري، ويقول الأطباء إن كثيرًا من الحالات "
            "تُكتشف متأخرة.",
        ),
        (
            "Residents can book a check through the ministry's app or walk in at any primary care centre.",
            "يمكن للسكان حجز موعد الفحص عبر تطبيق الوزارة أو التوجه مباشرة إلى أي مركز للرعاية الصحية "
            "الأولية.",
        ),
    ),
    leads=(
        (
            "The Health Ministry on {weekday} launched a three-month campaign to screen adults over 40 for "
            "diabetes and high blood pressure, starting with mobile clinics in {city}.",
            "أطلقت وزارة الصحة يوم {weekday} حملة تستمر ثلاثة أشهر لفحص البالغين فوق سن الأربعين للكشف عن "
            "السكري وارتفاع ضغط الدم، بدءًا بعيادات متنقلة في {city}.",
        ),
        (
            "Mobile clinics will visit shopping centres and large workplaces in {city} and {city2} from next "
            "week, offering free checks for diabetes and high blood pressure, the Health Ministry said on "
            "{weekday}.",
            "قالت وزارة الصحة يوم {weekday} إن عيادات متنقلة ستزور المراكز التجارية وأماكن العمل الكبرى في "
            "{city} و{city2} اعتبارًا من الأسبوع المقبل، لتقديم فحوص مجانية للكشف عن السكري وارتفاع ضغط "
            "الدم.",
        ),
    ),
    details=(
        (
            "“Early detection is the cheapest and most effective medicine we have,” said {official}.",
            "{o_said} {official}: «الكشف المبكر أرخص علاج لدينا وأكثره فاعلية».",
        ),
        (
            "Nurses will measure blood sugar and blood pressure in about ten minutes, and anyone with a high "
            "reading will be offered a doctor's appointment within a week.",
            "وسيقيس الممرضون نسبة السكر في الدم وضغط الدم في نحو عشر دقائق، وسيُعرض على كل من تظهر لديه "
            "قراءة مرتفعة موعد مع طبيب خلال أسبوع.",
        ),
        (
            "The ministry said a pilot scheme last year found undiagnosed diabetes in {pct} per cent of the "
            "people tested.",
            "وقالت الوزارة إن برنامجًا تجريبيًا نُفذ العام الماضي كشف إصابات غير مشخصة بالسكري لدى {pct} في "
            "المئة ممن خضعوا للفحص.",
        ),
        (
            "Mobile clinics will visit shopping centres in the evenings and large workplaces during the day, "
            "with staff who speak Arabic, English, Hindi and Urdu.",
            "وستزور العيادات المتنقلة المراكز التجارية مساءً وأماكن العمل الكبرى نهارًا، بطواقم تتحدث "
            "العربية والإنجليزية والهندية والأردية.",
        ),
    ),
)

SCHOOLS = Topic(
    key="schools",
    tags=("education", "youth"),
    speakers=("education",),
    scenes=("civic", "abstract"),
    headlines=(
        (
            "New school year starts with {count} extra teachers",
            "العام الدراسي الجديد ينطلق بـ{count} معلم إضافي",
        ),
        ("Coding lessons begin as pupils return to school", "دروس البرمجة تنطلق مع عودة الطلاب إلى المدارس"),
        (
            "More than half a million pupils return to class as the new school year opens with coding "
            "lessons from the third grade, smaller classes and four new schools in {city}",
            "أكثر من نصف مليون طالب يعودون إلى فصولهم مع انطلاق العام الدراسي الجديد بدروس البرمجة من الصف "
            "الثالث وفصول أصغر وأربع مدارس جديدة في {city}",
        ),
    ),
    deks=(
        (
            "The ministry says smaller classes and more specialist teachers are its priorities for the year "
            "ahead.",
            "تقول الوزارة إن تقليص أعداد الطلاب في الفصول وزيادة المعلمين المتخصصين من أولوياتها للعام "
            "المقبل.",
        ),
        (
            "Parents welcomed the coding lessons but asked how schools would limit screen time for younger "
            "children.",
            "رحب أولياء الأمور بدروس البرمجة، لكنهم تساءلوا عن الطريقة التي ستحد بها المدارس من وقت الشاشات "
            "لدى الأطفال الصغار.",
        ),
    ),
    leads=(
        (
            "The new school year began on {weekday} with coding lessons for pupils from the third grade up, "
            "part of a wider overhaul of the curriculum, the Education Ministry said.",
            "قالت وزارة التربية والتعليم إن العام الدراسي الجديد انطلق يوم {weekday} بدروس في البرمجة لطلاب "
            "الصف الثالث فما فوق، ضمن إصلاح أوسع للمناهج الدراسية.",
        ),
        (
            "Pupils across the country returned to their classrooms on {weekday}, with {count} newly hired "
            "teachers and four new schools opening in {city}.",
            "عاد الطلاب في أنحاء البلاد إلى فصولهم يوم {weekday}، مع انضمام {count} معلم جديد وافتتاح أربع "
            "مدارس جديدة في {city}.",
        ),
    ),
    details=(
        (
            "“Our children will work in jobs that do not exist yet, and school has to prepare them for "
            "that,” said {official}.",
            "{o_said} {official}: «سيعمل أبناؤنا في وظائف لم توجد بعد، وعلى المدرسة أن تعدّهم لذلك».",
        ),
        (
            "The ministry said the average primary class had fallen to 24 pupils this year, down from 28 "
            "three years ago.",
            "وقالت الوزارة إن متوسط عدد الطلاب في فصول المرحلة الابتدائية انخفض هذا العام إلى 24 طالبًا، بعد "
            "أن كان 28 طالبًا قبل ثلاث سنوات.",
        ),
        (
            "Teachers were trained over the summer, and universities in {city} have agreed to send computer "
            "science students to help in classrooms.",
            "وتلقى المعلمون تدريبًا خلال الصيف، ووافقت جامعات في {city} على إرسال طلاب من تخصص علوم الحاسوب "
            "للمساعدة داخل الفصول.",
        ),
        (
            "Traffic police will be posted near schools during the first two weeks of term, when congestion "
            "usually peaks.",
            "وستنتشر شرطة المرور قرب المدارس خلال الأسبوعين الأولين من الفصل الدراسي، حين يبلغ الازدحام "
            "ذروته عادة.",
        ),
    ),
)

FESTIVAL = Topic(
    key="heritage-festival",
    tags=("culture", "heritage", "tourism"),
    speakers=("culture",),
    scenes=("sea", "oasis"),
    headlines=(
        ("Pearl diving festival returns to {city}", "مهرجان الغوص على اللؤلؤ يعود إلى {city}"),
        ("Boat races open heritage festival in {city}", "سباقات القوارب تفتتح المهرجان التراثي في {city}"),
        (
            "Hundreds of dhows sail out of {city} as the annual heritage festival opens with boat races, sea "
            "songs and a market of traditional crafts",
            "مئات المراكب الشراعية تبحر من {city} مع افتتاح المهرجان التراثي السنوي بسباقات القوارب وأهازيج "
            "البحر وسوق للحرف التقليدية",
        ),
    ),
    deks=(
        (
            "Organisers expect record crowds over ten days, and entry is free for families.",
            "يتوقع المنظمون حشودًا قياسية على مدى عشرة أيام، والدخول مجاني للعائلات.",
        ),
        (
            "Craftsmen who learned their trade from their grandfathers will run workshops for children every "
            "evening.",
            "سيقدم حرفيون تعلموا مهنتهم من أجدادهم ورشًا للأطفال كل مساء.",
        ),
    ),
    leads=(
        (
            "Crowds lined the corniche in {city} on {weekday} to watch the opening race of the annual pearl "
            "diving festival, which celebrates the trade that sustained coastal towns for centuries.",
            "اصطفت الحشود على كورنيش {city} يوم {weekday} لمتابعة السباق الافتتاحي لمهرجان الغوص على اللؤلؤ "
            "السنوي، الذي يحتفي بالمهنة التي أعالت المدن الساحلية قرونًا.",
        ),
        (
            "The annual heritage festival opened in {city} on {weekday} with dhow races, sea songs and a "
            "market of traditional crafts that organisers expect to draw record crowds.",
            "افتُتح المهرجان التراثي السنوي في {city} يوم {weekday} بسباقات للمراكب الشراعية وأهازيج البحر "
            "وسوق للحرف التقليدية، يتوقع المنظمون أن يجذب حشودًا قياسية.",
        ),
    ),
    details=(
        (
            "“These crafts are part of who we are, and young people are coming back to them,” said "
            "{official}.",
            "{o_said} {official}: «هذه الحرف جزء من هويتنا، والشباب يعودون إليها».",
        ),
        (
            "More than 40 crews are taking part in the races, and the oldest boat on the water was built in "
            "the 1950s.",
            "ويشارك في السباقات أكثر من 40 طاقمًا، ويعود بناء أقدم مركب في المنافسة إلى خمسينيات القرن "
            "الماضي.",
        ),
        (
            "Stalls sell woven baskets, rosewater, dates and hand-stitched fabrics, and a small museum "
            "displays pearls, weights and diving tools lent by local families.",
            "وتعرض الأكشاك السلال المنسوجة وماء الورد والتمور والأقمشة المطرزة يدويًا، فيما يضم متحف صغير "
            "لآلئ وموازين وأدوات غوص أعارتها عائلات محلية.",
        ),
        (
            "The festival runs every evening until ten, and free buses will carry visitors from the metro "
            "station to the waterfront.",
            "ويستمر المهرجان كل مساء حتى العاشرة، وستنقل حافلات مجانية الزوار من محطة المترو إلى الواجهة "
            "البحرية.",
        ),
    ),
)

POWER_CUT = Topic(
    key="power-cut",
    tags=("electricity", "infrastructure"),
    speakers=("water",),
    scenes=("skyline",),
    is_breaking=True,
    headlines=(
        ("Power cut hits large parts of {city}", "انقطاع الكهرباء عن أجزاء واسعة من {city}"),
        (
            "Power outage across {city}; authority says supply will return within hours",
            "انقطاع واسع للكهرباء في {city} والهيئة تتوقع عودة التيار خلال ساعات",
        ),
    ),
    deks=(
        (
            "Traffic lights are out on several main roads, and the police urge drivers to avoid the city "
            "centre.",
            "توقفت إشارات المرور على عدد من الطرق الرئيسية، والشرطة تدعو السائقين إلى تجنب وسط المدينة.",
        ),
    ),
    leads=(
        (
            "A fault at a substation cut electricity to large parts of {city} on {weekday} afternoon, the "
            "Electricity and Water Authority said, leaving homes, offices and traffic lights without power.",
            "قالت هيئة الكهرباء والماء إن عطلًا في إحدى محطات التحويل أدى إلى انقطاع الكهرباء عن أجزاء واسعة "
            "من {city} بعد ظهر يوم {weekday}، تاركًا المنازل والمكاتب وإشارات المرور بلا تيار.",
        ),
    ),
    details=(
        (
            "“Our teams are on site, and we expect to restore supply to most customers within three hours,” "
            "said {official}.",
            "{o_said} {official}: «فرقنا في الموقع، ونتوقع إعادة التيار إلى معظم المشتركين خلال ثلاث ساعات».",
        ),
        (
            "Hospitals switched to backup generators, and the Health Ministry said patient care had not been "
            "affected.",
            "وتحولت المستشفيات إلى المولدات الاحتياطية، وقالت وزارة الصحة إن رعاية المرضى لم تتأثر.",
        ),
        (
            "Police officers directed traffic at major junctions, and the metro kept running on its own "
            "power supply.",
            "وتولى أفراد الشرطة تنظيم حركة المرور عند التقاطعات الرئيسية، فيما واصل المترو العمل بمصدر "
            "الطاقة الخاص به.",
        ),
        ("This story is developing and will be updated.", "هذا الخبر قيد التحديث."),
    ),
)

DESK = Desk(
    section="news",
    analysts="news",
    topics=(HEAT, RAIN, METRO, HEALTH, SCHOOLS, FESTIVAL, POWER_CUT),
    quotes=(
        (
            "“Residents want to see these plans on the ground, not only in announcements,” said {analyst}.",
            "{a_said} {analyst}: «السكان يريدون أن يروا هذه الخطط على أرض الواقع، لا في الإعلانات فحسب».",
        ),
        (
            "“The direction is right, but people need clear information about what changes for them and "
            "when,” said {analyst}.",
            "{a_said} {analyst}: «الاتجاه صحيح، لكن الناس بحاجة إلى معلومات واضحة عما سيتغير بالنسبة إليهم "
            "ومتى».",
        ),
        (
            "“Families will judge this by one thing: whether daily life gets easier,” said {analyst}.",
            "{a_said} {analyst}: «ستحكم الأسر على ذلك بمعيار واحد: هل صارت الحياة اليومية أيسر؟».",
        ),
        (
            "“We have raised this in council meetings for years, so it is welcome news,” said {analyst}, who "
            "added that follow-up would matter more than the launch.",
            "{a_said} {analyst}: «طرحنا هذا الأمر في اجتماعات المجلس لسنوات، لذا فهو خبر سار»، {a_adding} أن "
            "المتابعة أهم من الإطلاق.",
        ),
    ),
    context=(
        (
            "The government has made quality of life in the cities a priority of its development plan, which "
            "runs until 2030.",
            "وقد جعلت الحكومة جودة الحياة في المدن من أولويات خطتها التنموية الممتدة حتى عام 2030.",
        ),
        (
            "The population of {city} has grown quickly over the past decade, putting pressure on roads, "
            "schools and clinics.",
            "ونما عدد سكان {city} بسرعة خلال العقد الماضي، مما زاد الضغط على الطرق والمدارس والعيادات.",
        ),
        (
            "Municipal officials say they will publish progress reports every three months on the council's "
            "website.",
            "ويقول مسؤولو البلدية إنهم سينشرون تقارير عن سير العمل كل ثلاثة أشهر على الموقع الإلكتروني "
            "للمجلس.",
        ),
        (
            "Similar measures were introduced in {city2} last year, and officials there describe the results "
            "as encouraging.",
            "وطُبقت إجراءات مماثلة في {city2} العام الماضي، ويصف المسؤولون هناك النتائج بأنها مشجعة.",
        ),
    ),
    closings=(
        (
            "Officials said further details would be announced in the coming weeks.",
            "وقال المسؤولون إنهم سيعلنون مزيدًا من التفاصيل خلال الأسابيع المقبلة.",
        ),
        (
            "Residents can send comments through the municipality's app until the end of the month.",
            "ويمكن للسكان إرسال ملاحظاتهم عبر تطبيق البلدية حتى نهاية الشهر.",
        ),
        (
            "Officials are due to review the plan at the end of the year.",
            "ومن المقرر أن يراجع المسؤولون الخطة في نهاية العام.",
        ),
    ),
)
