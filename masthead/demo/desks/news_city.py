"""The news desk in the cities: the metro, buses, roads, water pipes and parks."""

from masthead.demo.desks import Beat, Topic

METRO = Topic(
    key="metro-green-line",
    tags=("transport", "infrastructure"),
    speakers=("transport",),
    scenes=("train", "skyline"),
    background=(
        (
            "The 22-kilometre Green Line has 14 stations between {city} and the central business district.",
            "ويمتد الخط الأخضر 22 كيلومترًا، ويضم 14 محطة بين {city} والحي التجاري المركزي.",
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
    ),
    beats=(
        Beat(
            headline=(
                "Empty trains begin test runs on the metro's Green Line",
                "قطارات خالية من الركاب تبدأ رحلاتها التجريبية على الخط الأخضر للمترو",
            ),
            dek=(
                "Engineers will run the full timetable for three months before the first passengers board.",
                "سيشغّل المهندسون الجدول الكامل للرحلات ثلاثة أشهر قبل صعود أول الركاب.",
            ),
            lead=(
                "Driverless trains began running between {city} and the central business district on "
                "{weekday} without passengers, starting three months of tests before the metro's Green Line "
                "opens to the public.",
                "بدأت قطارات من دون سائق رحلاتها بين {city} والحي التجاري المركزي يوم {weekday} من دون "
                "ركاب، إيذانًا بثلاثة أشهر من الاختبارات قبل افتتاح الخط الأخضر للمترو أمام الجمهور.",
            ),
            details=(
                (
                    "“Every switch, door and signal will be tested thousands of times before we carry a "
                    "single passenger,” said {official}.",
                    "{o_said} {official}: «سيُختبر كل مفتاح وباب وإشارة آلاف المرات قبل أن ننقل راكبًا واحدًا».",
                ),
            ),
            caption=("The Green Line's trains run without a driver.", "تسير قطارات الخط الأخضر من دون سائق."),
        ),
        Beat(
            headline=(
                "Green Line to open next month, with fares capped for students",
                "الخط الأخضر يفتح الشهر المقبل بأجرة مخفضة للطلاب",
            ),
            dek=(
                "A single journey will cost less than a litre of petrol, and children under six ride free.",
                "ستكلف الرحلة الواحدة أقل من لتر من البنزين، ويركب الأطفال دون السادسة مجانًا.",
            ),
            lead=(
                "The metro's Green Line will open to passengers in {next_month}, the Transport Ministry "
                "said on {weekday}, announcing fares that are capped for students and residents over sixty.",
                "قالت وزارة النقل يوم {weekday} إن الخط الأخضر للمترو سيفتح أمام الركاب في {next_month}، "
                "معلنة أسعارًا محدودة للطلاب والمقيمين الذين تجاوزوا الستين.",
            ),
            details=(
                (
                    "“Public transport has to be the first choice for daily journeys, not the last resort,” "
                    "said {official}.",
                    "{o_said} {official}: «يجب أن يكون النقل العام الخيار الأول في التنقل اليومي لا الملاذ "
                    "الأخير».",
                ),
            ),
            caption=(
                "Fares will be capped for students and residents over sixty.",
                "ستكون الأجرة محدودة للطلاب وللمقيمين فوق الستين.",
            ),
            scene="train",
        ),
        Beat(
            headline=(
                "Commuters ride the Green Line on its first day, halving the trip from {city} to the "
                "business district with a train every four minutes",
                "الركاب يستقلون الخط الأخضر في يومه الأول ويختصرون الرحلة من {city} إلى الحي التجاري إلى "
                "النصف بقطار كل أربع دقائق",
            ),
            dek=(
                "The morning trains were full by seven, and the ministry added carriages in the afternoon.",
                "امتلأت قطارات الصباح بحلول السابعة، وأضافت الوزارة عربات بعد الظهر.",
            ),
            lead=(
                "Passengers rode the metro's Green Line for the first time on {weekday}, as the "
                "long-awaited route between {city} and the central business district opened on schedule.",
                "استقل الركاب الخط الأخضر للمترو لأول مرة يوم {weekday}، بعدما افتُتح في موعده المسار الذي "
                "طال انتظاره بين {city} والحي التجاري المركزي.",
            ),
            details=(
                (
                    "The first train left {city} at six in the morning carrying office workers, students "
                    "and a few families who had come simply to try it.",
                    "وانطلق أول قطار من {city} في السادسة صباحًا حاملًا موظفين وطلابًا وبعض العائلات التي "
                    "جاءت لتجربته فحسب.",
                ),
            ),
            caption=("The first train left at six in the morning.", "انطلق أول قطار في السادسة صباحًا."),
        ),
        Beat(
            headline=(
                "A month on, the Green Line carries more riders than forecast",
                "بعد شهر على افتتاحه.. الخط الأخضر ينقل ركابًا أكثر من المتوقع",
            ),
            dek=(
                "Park-and-ride spaces fill up by eight, and residents ask for more buses to the stations.",
                "تمتلئ مواقف السيارات عند المحطات بحلول الثامنة، ويطالب السكان بمزيد من الحافلات إليها.",
            ),
            lead=(
                "The metro's Green Line carried an average of {count} passengers an hour at peak times in "
                "its first month, well above the ministry's forecast, figures released on {weekday} showed.",
                "أظهرت أرقام نُشرت يوم {weekday} أن الخط الأخضر للمترو نقل في المتوسط {count} راكب في "
                "الساعة خلال أوقات الذروة في شهره الأول، وهو ما يفوق بكثير توقعات الوزارة.",
            ),
            details=(
                (
                    "The ministry said it would open 600 more parking spaces at the busiest stations and "
                    "add feeder buses from the residential districts of {city}.",
                    "وقالت الوزارة إنها ستضيف 600 موقف سيارات في المحطات الأكثر ازدحامًا، وستسيّر حافلات "
                    "تربط الأحياء السكنية في {city} بالمحطات.",
                ),
            ),
            caption=(
                "Park-and-ride spaces at the busiest stations fill up by eight.",
                "تمتلئ مواقف السيارات في أكثر المحطات ازدحامًا بحلول الثامنة.",
            ),
            scene="train",
        ),
        Beat(
            headline=(
                "{money} contract signed to take the metro to {city2} and the airport",
                "توقيع عقد بقيمة {money} لمد المترو إلى {city2} والمطار",
            ),
            dek=(
                "The second phase adds 19 kilometres and nine stations, and is due to open in four years.",
                "تضيف المرحلة الثانية 19 كيلومترًا وتسع محطات، ومن المقرر افتتاحها بعد أربع سنوات.",
            ),
            lead=(
                "The Transport Ministry on {weekday} signed a {money} contract for the second phase of the "
                "metro, which will extend the network from the Green Line to {city2} and the airport.",
                "وقّعت وزارة النقل يوم {weekday} عقدًا بقيمة {money} لتنفيذ المرحلة الثانية من المترو، التي "
                "ستمد الشبكة من الخط الأخضر إلى {city2} والمطار.",
            ),
            details=(
                (
                    "Tunnelling will start next year, and the ministry says work at night will keep road "
                    "closures to a minimum.",
                    "وستبدأ أعمال حفر الأنفاق العام المقبل، وتقول الوزارة إن العمل ليلًا سيقلل إغلاق الطرق "
                    "إلى أدنى حد.",
                ),
            ),
            caption=(
                "The extension will link the Green Line to the airport.",
                "سيربط الامتداد الجديد الخط الأخضر بالمطار.",
            ),
            scene="skyline",
        ),
    ),
)


BUSES = Topic(
    key="bus-network",
    tags=("transport",),
    speakers=("transport",),
    scenes=("highway", "skyline"),
    background=(
        (
            "About one in ten journeys in the cities is made by bus, a share the ministry wants to double "
            "by the end of the decade.",
            "ويُقطع نحو رحلة من كل عشر رحلات في المدن بالحافلات، وهي نسبة تريد الوزارة مضاعفتها بحلول نهاية "
            "العقد.",
        ),
        (
            "Buses can be paid for with a bank card or phone, and the first ride of each day is free for "
            "students.",
            "ويمكن دفع أجرة الحافلات ببطاقة مصرفية أو بالهاتف، وأول رحلة في اليوم مجانية للطلاب.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Bus map redrawn, with a service every ten minutes on the main roads",
                "خريطة جديدة لخطوط الحافلات برحلة كل عشر دقائق على الطرق الرئيسية",
            ),
            dek=(
                "Thirty routes become twelve, and every one of them now reaches a metro station.",
                "تقلصت الخطوط من ثلاثين إلى اثني عشر، وصار كل منها يصل إلى محطة مترو.",
            ),
            lead=(
                "Buses in {city} will run every ten minutes on twelve main routes from {weekday}, replacing "
                "a network of thirty slower lines that many residents found hard to follow, the Transport "
                "Ministry said.",
                "قالت وزارة النقل إن الحافلات في {city} ستسير كل عشر دقائق على اثني عشر خطًا رئيسيًا "
                "اعتبارًا من يوم {weekday}، لتحل محل شبكة من ثلاثين خطًا أبطأ وجدها كثير من السكان صعبة "
                "الفهم.",
            ),
            details=(
                (
                    "“A bus that comes every ten minutes does not need a timetable, and that changes how "
                    "people use it,” said {official}.",
                    "{o_said} {official}: «الحافلة التي تأتي كل عشر دقائق لا تحتاج إلى جدول مواعيد، وهذا "
                    "يغيّر طريقة استخدام الناس لها».",
                ),
            ),
            caption=(
                "Twelve main routes replace a network of thirty slower lines.",
                "تحل اثنا عشر خطًا رئيسيًا محل شبكة من ثلاثين خطًا أبطأ.",
            ),
        ),
        Beat(
            headline=("Air-conditioned shelters come to 200 bus stops", "مظلات مكيفة في 200 موقف للحافلات"),
            dek=(
                "Each shelter has seats, a screen showing arrival times and a water fountain.",
                "تضم كل مظلة مقاعد وشاشة تعرض مواعيد الوصول ونافورة لمياه الشرب.",
            ),
            lead=(
                "The municipality of {city} has begun installing air-conditioned shelters at 200 of its "
                "busiest bus stops, it said on {weekday}, after complaints that waiting in the summer heat "
                "kept people off the buses.",
                "قالت بلدية {city} يوم {weekday} إنها بدأت تركيب مظلات مكيفة في 200 من أكثر مواقف الحافلات "
                "ازدحامًا، بعد شكاوى من أن الانتظار في حر الصيف يُبعد الناس عن الحافلات.",
            ),
            details=(
                (
                    "The shelters run on solar panels on their roofs, and the first fifty should be ready "
                    "before June.",
                    "وتعمل المظلات بألواح شمسية مثبتة على أسطحها، ومن المتوقع أن تكون الخمسون الأولى جاهزة "
                    "قبل يونيو.",
                ),
            ),
            caption=(
                "The shelters run on solar panels on their roofs.",
                "تعمل المظلات بألواح شمسية على أسطحها.",
            ),
        ),
    ),
)


ROADS = Topic(
    key="road-safety",
    tags=("transport",),
    speakers=("transport",),
    scenes=("highway",),
    background=(
        (
            "Speeding and using a phone at the wheel are the two leading causes of serious crashes, "
            "according to the traffic police.",
            "وتعد السرعة الزائدة واستخدام الهاتف أثناء القيادة السببين الرئيسيين للحوادث الخطيرة، بحسب شرطة "
            "المرور.",
        ),
        (
            "The national road safety plan aims to halve deaths on the roads by 2030.",
            "وتهدف الخطة الوطنية للسلامة المرورية إلى خفض الوفيات على الطرق إلى النصف بحلول عام 2030.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Cameras that catch drivers on their phones go up on the coastal highway",
                "كاميرات لرصد السائقين المنشغلين بهواتفهم على الطريق الساحلي",
            ),
            dek=(
                "The cameras can also tell whether passengers in the front seat are wearing a seatbelt.",
                "تستطيع الكاميرات أيضًا رصد عدم ربط حزام الأمان لدى الركاب في المقعد الأمامي.",
            ),
            lead=(
                "The traffic police have installed 40 cameras on the coastal highway that can spot drivers "
                "holding a phone, and fines will be issued from {weekday}, the Transport Ministry said.",
                "قالت وزارة النقل إن شرطة المرور ركّبت 40 كاميرا على الطريق الساحلي قادرة على رصد السائقين "
                "الذين يمسكون بهواتفهم، وإن المخالفات ستُحرَّر اعتبارًا من يوم {weekday}.",
            ),
            details=(
                (
                    "The fine for using a phone while driving is being doubled, and repeat offenders will "
                    "lose their licence for a month.",
                    "وتُضاعَف غرامة استخدام الهاتف أثناء القيادة، وسيُسحب الترخيص لمدة شهر ممن يكررون المخالفة.",
                ),
            ),
            caption=("Forty cameras watch the coastal highway.", "تراقب أربعون كاميرا الطريق الساحلي."),
        ),
        Beat(
            headline=(
                "Road deaths fall by a fifth in the first half of the year",
                "الوفيات على الطرق تتراجع بمقدار الخُمس في النصف الأول من العام",
            ),
            dek=(
                "Police credit the new cameras and the lower speed limit near schools.",
                "تعزو الشرطة ذلك إلى الكاميرات الجديدة وخفض السرعة المسموح بها قرب المدارس.",
            ),
            lead=(
                "Deaths on the roads fell by 21 per cent in the first six months of the year compared with "
                "the same period last year, the traffic police said on {weekday}.",
                "قالت شرطة المرور يوم {weekday} إن الوفيات على الطرق انخفضت بنسبة 21 في المئة خلال الأشهر "
                "الستة الأولى من العام مقارنة بالفترة نفسها من العام الماضي.",
            ),
            details=(
                (
                    "“Every number in this report is a family that did not lose someone,” said {official}.",
                    "{o_said} {official}: «كل رقم في هذا التقرير يعني أسرة لم تفقد عزيزًا».",
                ),
            ),
            caption=(
                "Serious crashes fell most sharply on the coastal highway.",
                "سجل الطريق الساحلي أكبر تراجع في الحوادث الخطيرة.",
            ),
        ),
        Beat(
            headline=(
                "Speed limit near schools cut to 30 kilometres an hour",
                "خفض السرعة قرب المدارس إلى 30 كيلومترًا في الساعة",
            ),
            dek=(
                "The new limit applies on school days between six and four.",
                "يسري الحد الجديد في أيام الدراسة بين السادسة صباحًا والرابعة عصرًا.",
            ),
            lead=(
                "Drivers passing schools in {city} and {city2} will have to slow to 30 kilometres an hour "
                "on school days from {weekday}, under rules published by the Transport Ministry.",
                "سيتعين على السائقين الذين يمرون بالمدارس في {city} و{city2} خفض سرعتهم إلى 30 كيلومترًا في "
                "الساعة خلال أيام الدراسة اعتبارًا من يوم {weekday}، وفق قواعد نشرتها وزارة النقل.",
            ),
            details=(
                (
                    "Flashing signs and raised crossings will be added outside 120 schools before the end "
                    "of the term.",
                    "وستُضاف لافتات وامضة وممرات مرتفعة للمشاة أمام 120 مدرسة قبل نهاية الفصل الدراسي.",
                ),
            ),
            caption=(
                "Raised crossings will be added outside 120 schools.",
                "ستُضاف ممرات مرتفعة للمشاة أمام 120 مدرسة.",
            ),
        ),
    ),
)


WATER_MAIN = Topic(
    key="water-main",
    tags=("water", "infrastructure"),
    speakers=("water",),
    scenes=("skyline", "civic"),
    background=(
        (
            "Most of the water network in the older districts was laid in the 1980s.",
            "ومُدّت معظم شبكة المياه في الأحياء القديمة في ثمانينيات القرن الماضي.",
        ),
        (
            "Residents can report leaks through the authority's app or its hotline, which is open day and "
            "night.",
            "ويمكن للسكان الإبلاغ عن التسربات عبر تطبيق الهيئة أو خطها الساخن الذي يعمل ليلًا ونهارًا.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Burst pipe leaves five districts of {city} without water",
                "انفجار أنبوب يقطع المياه عن خمسة أحياء في {city}",
            ),
            dek=(
                "Tankers are supplying homes and hospitals while engineers dig out the broken main.",
                "تزود الصهاريج المنازل والمستشفيات بالمياه بينما يعمل المهندسون على كشف الأنبوب المكسور.",
            ),
            lead=(
                "A main water pipe burst under a busy road in {city} on {weekday} morning, cutting supply "
                "to five districts and flooding a junction, the Electricity and Water Authority said.",
                "قالت هيئة الكهرباء والماء إن أنبوبًا رئيسيًا للمياه انفجر تحت طريق مزدحم في {city} صباح "
                "يوم {weekday}، فانقطعت المياه عن خمسة أحياء وغمرت المياه أحد التقاطعات.",
            ),
            details=(
                (
                    "“We have sent 60 tankers, and hospitals and care homes are being served first,” said "
                    "{official}.",
                    "{o_said} {official}: «أرسلنا 60 صهريجًا، وتحظى المستشفيات ودور الرعاية بالأولوية».",
                ),
            ),
            caption=(
                "Engineers dug through the night to reach the broken main.",
                "عمل المهندسون طوال الليل للوصول إلى الأنبوب المكسور.",
            ),
        ),
        Beat(
            headline=(
                "Water back on in {city}, and the authority promises to replace old pipes",
                "عودة المياه إلى {city} والهيئة تتعهد باستبدال الأنابيب القديمة",
            ),
            dek=(
                "Sensors that listen for leaks will be fitted along the oldest mains.",
                "ستُركَّب على طول أقدم الأنابيب أجهزة استشعار ترصد صوت التسربات.",
            ),
            lead=(
                "Water returned to all five districts of {city} on {weekday}, two days after a main burst, "
                "and the Electricity and Water Authority said it would replace 90 kilometres of old pipes "
                "over three years.",
                "عادت المياه إلى الأحياء الخمسة في {city} يوم {weekday} بعد يومين من انفجار الأنبوب "
                "الرئيسي، وقالت هيئة الكهرباء والماء إنها ستستبدل 90 كيلومترًا من الأنابيب القديمة على مدى "
                "ثلاث سنوات.",
            ),
            details=(
                (
                    "The authority said it would credit affected customers with a month of free water.",
                    "وقالت الهيئة إنها ستمنح المشتركين المتضررين مياه شهر مجانًا.",
                ),
            ),
            caption=(
                "About 90 kilometres of old pipes will be replaced over three years.",
                "سيُستبدل نحو 90 كيلومترًا من الأنابيب القديمة على مدى ثلاث سنوات.",
            ),
            scene="civic",
        ),
    ),
)


PARKS = Topic(
    key="parks-and-shade",
    tags=("environment", "infrastructure"),
    speakers=("municipal",),
    scenes=("oasis", "civic"),
    background=(
        (
            "The municipality wants every home in {city} to be within a ten-minute walk of a park by 2030.",
            "وتريد البلدية أن يكون كل منزل في {city} على بعد عشر دقائق سيرًا من حديقة بحلول عام 2030.",
        ),
        (
            "Parks are watered with treated wastewater, and new plantings favour native trees that need "
            "little of it.",
            "وتُروى الحدائق بمياه الصرف المعالجة، وتُفضَّل في الزراعات الجديدة الأشجار المحلية القليلة "
            "الاستهلاك للمياه.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "A park with a running track and shaded playgrounds opens on the {city} waterfront",
                "افتتاح حديقة بمضمار للجري وملاعب مظللة على واجهة {city} البحرية",
            ),
            dek=(
                "The park was built on land that had been an empty car park for twenty years.",
                "أُنشئت الحديقة على أرض ظلت موقفًا خاليًا للسيارات عشرين عامًا.",
            ),
            lead=(
                "A waterfront park with a two-kilometre running track, shaded playgrounds and 1,200 trees "
                "opened in {city} on {weekday}, on land that had stood empty for two decades.",
                "افتُتحت في {city} يوم {weekday} حديقة على الواجهة البحرية تضم مضمارًا للجري طوله كيلومتران "
                "وملاعب مظللة و1200 شجرة، على أرض ظلت خالية عقدين من الزمن.",
            ),
            details=(
                (
                    "“Families asked us for shade and for somewhere children can run, and that is what we "
                    "built,” said {official}.",
                    "{o_said} {official}: «طلبت منا الأسر الظل ومكانًا يركض فيه الأطفال، وهذا ما بنيناه».",
                ),
            ),
            caption=(
                "The park has a two-kilometre running track and 1,200 trees.",
                "تضم الحديقة مضمارًا للجري طوله كيلومتران و1200 شجرة.",
            ),
        ),
        Beat(
            headline=(
                "Ghaf and sidr trees to line the walk to every school in {city2}",
                "أشجار الغاف والسدر على طرق المشي إلى كل مدرسة في {city2}",
            ),
            dek=(
                "Native trees need a fraction of the water of imported ones and give more shade.",
                "تحتاج الأشجار المحلية إلى جزء يسير من المياه التي تحتاجها الأشجار المستوردة وتمنح ظلًا أكبر.",
            ),
            lead=(
                "The municipality will plant 15,000 native ghaf and sidr trees along the streets children "
                "use to walk to school in {city2}, it said on {weekday}, in a three-year programme to cool "
                "the city's pavements.",
                "قالت البلدية يوم {weekday} إنها ستزرع 15 ألف شجرة محلية من الغاف والسدر على امتداد الشوارع "
                "التي يسلكها الأطفال إلى مدارسهم في {city2}، ضمن برنامج مدته ثلاث سنوات لتلطيف حرارة أرصفة "
                "المدينة.",
            ),
            details=(
                (
                    "Measurements last summer found pavements under trees up to 15 degrees cooler than "
                    "those in full sun.",
                    "وأظهرت قياسات أُجريت الصيف الماضي أن الأرصفة تحت الأشجار أبرد بما يصل إلى 15 درجة من "
                    "تلك المعرضة للشمس مباشرة.",
                ),
            ),
            caption=(
                "Pavements under trees were up to 15 degrees cooler last summer.",
                "كانت الأرصفة تحت الأشجار أبرد بما يصل إلى 15 درجة الصيف الماضي.",
            ),
            scene="oasis",
        ),
    ),
)

TOPICS = (
    METRO,
    BUSES,
    ROADS,
    WATER_MAIN,
    PARKS,
)
