"""The news desk on public services and emergencies: a library, taxis, fires, a power cut, a tremor."""

from masthead.demo.desks import Beat, Topic

LIBRARY = Topic(
    key="national-library",
    tags=("culture", "education"),
    speakers=("culture",),
    scenes=("civic",),
    background=(
        (
            "The library's collection includes manuscripts, maps and photographs donated by families from "
            "across the country.",
            "وتضم مجموعة المكتبة مخطوطات وخرائط وصورًا تبرعت بها عائلات من مختلف أنحاء البلاد.",
        ),
        (
            "Membership is free for residents, and books can be borrowed and returned at any branch.",
            "والعضوية مجانية للسكان، ويمكن استعارة الكتب وإعادتها في أي فرع.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "National Library opens its doors, with a children's floor and late hours",
                "المكتبة الوطنية تفتح أبوابها بطابق للأطفال وساعات عمل مسائية",
            ),
            dek=(
                "The building is open until eleven at night, and its reading rooms overlook the bay.",
                "يفتح المبنى أبوابه حتى الحادية عشرة ليلًا، وتطل قاعات القراءة فيه على الخليج.",
            ),
            lead=(
                "The National Library opened in {capital} on {weekday} with half a million books, a floor "
                "for children and reading rooms open until eleven at night, after five years of "
                "construction.",
                "افتُتحت المكتبة الوطنية في {capital} يوم {weekday} بنصف مليون كتاب وطابق للأطفال وقاعات "
                "قراءة تفتح حتى الحادية عشرة ليلًا، بعد خمس سنوات من البناء.",
            ),
            details=(
                (
                    "“A library should be the most welcoming building in the city,” said {official}.",
                    "{o_said} {official}: «ينبغي أن تكون المكتبة أكثر المباني ترحيبًا في المدينة».",
                ),
            ),
            caption=("The library holds half a million books.", "تضم المكتبة نصف مليون كتاب."),
        ),
        Beat(
            headline=(
                "Library branches open in malls as membership passes 50,000",
                "فروع للمكتبة في المراكز التجارية مع تجاوز عدد الأعضاء 50 ألفًا",
            ),
            dek=(
                "The first branch, in {city}, lends books, tablets and board games.",
                "يعير الفرع الأول، في {city}، الكتب والأجهزة اللوحية والألعاب اللوحية.",
            ),
            lead=(
                "The National Library opened its first branch inside a shopping centre in {city} on "
                "{weekday}, as membership passed 50,000 in the months since the main building opened.",
                "افتتحت المكتبة الوطنية يوم {weekday} أول فروعها داخل مركز تجاري في {city}، مع تجاوز عدد "
                "الأعضاء 50 ألفًا في الأشهر التي تلت افتتاح المبنى الرئيسي.",
            ),
            details=(
                (
                    "Two more branches are planned next year, and a book bus will visit villages in the "
                    "interior every fortnight.",
                    "ومن المقرر افتتاح فرعين آخرين العام المقبل، وستزور حافلة للكتب قرى المناطق الداخلية كل "
                    "أسبوعين.",
                ),
            ),
            caption=(
                "The first branch opened inside a shopping centre.",
                "افتُتح الفرع الأول داخل مركز تجاري.",
            ),
        ),
    ),
)


TAXIS = Topic(
    key="taxi-apps",
    tags=("transport", "e-government"),
    speakers=("transport",),
    scenes=("highway", "skyline"),
    background=(
        (
            "Ride-hailing apps and metered taxis carry about 300,000 passengers a day across the country.",
            "وتنقل تطبيقات النقل الذكي وسيارات الأجرة بالعداد نحو 300 ألف راكب يوميًا في أنحاء البلاد.",
        ),
        (
            "Drivers must hold a permit from the ministry and pass a course on the country's roads and "
            "rules.",
            "ويجب أن يحمل السائقون تصريحًا من الوزارة وأن يجتازوا دورة عن طرق البلاد وأنظمتها.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Taxi apps told to cap surge prices at double the normal fare",
                "إلزام تطبيقات النقل بسقف للأسعار المتغيرة لا يتجاوز ضعف الأجرة العادية",
            ),
            dek=(
                "The rule follows complaints about fares that quadrupled during the rain in winter.",
                "تأتي القاعدة بعد شكاوى من أجرة تضاعفت أربع مرات خلال أمطار الشتاء.",
            ),
            lead=(
                "Ride-hailing apps may charge no more than twice the normal fare at busy times, under rules "
                "announced by the Transport Ministry on {weekday}.",
                "لا يجوز لتطبيقات النقل الذكي أن تتقاضى أكثر من ضعف الأجرة العادية في أوقات الذروة، بموجب "
                "قواعد أعلنتها وزارة النقل يوم {weekday}.",
            ),
            details=(
                (
                    "Apps must also show the full price before a ride is booked, and refund passengers when "
                    "a driver cancels late.",
                    "ويجب على التطبيقات أيضًا عرض السعر الكامل قبل حجز الرحلة، ورد المبلغ للركاب عندما يلغي "
                    "السائق في اللحظة الأخيرة.",
                ),
            ),
            caption=(
                "Apps must show the full price before a ride is booked.",
                "يجب أن تعرض التطبيقات السعر الكامل قبل الحجز.",
            ),
        ),
        Beat(
            headline=(
                "Electric taxis join the fleet, with chargers at the airport and the malls",
                "سيارات أجرة كهربائية تنضم إلى الأسطول مع شواحن في المطار والمراكز التجارية",
            ),
            dek=(
                "A quarter of all taxis must be electric by 2030.",
                "يجب أن يكون ربع سيارات الأجرة كهربائيًا بحلول عام 2030.",
            ),
            lead=(
                "The first 150 electric taxis took to the streets of {city} on {weekday}, the start of a "
                "plan to make a quarter of the fleet electric by the end of the decade.",
                "نزلت أول 150 سيارة أجرة كهربائية إلى شوارع {city} يوم {weekday}، في بداية خطة لتحويل ربع "
                "الأسطول إلى سيارات كهربائية بحلول نهاية العقد.",
            ),
            details=(
                (
                    "Fast chargers have been installed at the airport and at six shopping centres, where "
                    "taxis can charge in about forty minutes.",
                    "ورُكّبت شواحن سريعة في المطار وفي ستة مراكز تجارية، حيث يمكن شحن السيارة في نحو أربعين "
                    "دقيقة.",
                ),
            ),
            caption=(
                "Fast chargers at the airport can charge a taxi in about forty minutes.",
                "تشحن الشواحن السريعة في المطار سيارة الأجرة في نحو أربعين دقيقة.",
            ),
            scene="skyline",
        ),
    ),
)


FIRE_SAFETY = Topic(
    key="fire-safety",
    tags=("infrastructure", "housing"),
    speakers=("municipal",),
    scenes=("skyline", "construction"),
    background=(
        (
            "Civil defence inspects every commercial building once a year, and residential towers every two "
            "years.",
            "ويفتش الدفاع المدني كل مبنى تجاري مرة في السنة، والأبراج السكنية مرة كل سنتين.",
        ),
        (
            "Residents are advised to keep corridors and stairwells clear, and to check that their smoke "
            "alarms work.",
            "ويُنصح السكان بإبقاء الممرات وبيوت الدرج خالية، والتأكد من عمل أجهزة إنذار الدخان لديهم.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Warehouse fire in {city} industrial area brought under control",
                "السيطرة على حريق في مستودع بالمنطقة الصناعية في {city}",
            ),
            dek=(
                "Nobody was hurt, and the cause is under investigation.",
                "لم يُصب أحد بأذى، والتحقيق جارٍ في أسباب الحريق.",
            ),
            lead=(
                "Civil defence crews brought a fire at a furniture warehouse in the industrial area of "
                "{city} under control on {weekday} after four hours, and no injuries were reported.",
                "سيطرت فرق الدفاع المدني يوم {weekday} على حريق في مستودع للأثاث في المنطقة الصناعية في "
                "{city} بعد أربع ساعات، ولم تُسجَّل إصابات.",
            ),
            details=(
                (
                    "Smoke could be seen across the city, and the police closed two roads to let fire "
                    "engines through.",
                    "وشوهد الدخان من مختلف أنحاء المدينة، وأغلقت الشرطة طريقين لإفساح المجال أمام سيارات "
                    "الإطفاء.",
                ),
            ),
            caption=(
                "Smoke from the warehouse could be seen across the city.",
                "شوهد الدخان المتصاعد من المستودع من مختلف أنحاء المدينة.",
            ),
        ),
        Beat(
            headline=(
                "Older towers must replace flammable cladding within two years",
                "إلزام الأبراج القديمة باستبدال الألواح الخارجية القابلة للاشتعال خلال عامين",
            ),
            dek=(
                "Owners of about 70 buildings will have to strip and replace their facades.",
                "سيتعين على ملاك نحو 70 مبنى نزع واجهاتها واستبدالها.",
            ),
            lead=(
                "Owners of residential towers with flammable cladding must replace it within two years, the "
                "Municipal Affairs Ministry said on {weekday}, publishing a list of about 70 buildings in "
                "{city} and {city2}.",
                "قالت وزارة شؤون البلديات يوم {weekday} إن على ملاك الأبراج السكنية المكسوة بألواح قابلة "
                "للاشتعال استبدالها خلال عامين، ونشرت قائمة تضم نحو 70 مبنى في {city} و{city2}.",
            ),
            details=(
                (
                    "“Nobody should go to sleep worried that their building could burn like a torch,” said "
                    "{official}.",
                    "{o_said} {official}: «لا ينبغي أن ينام أحد وهو قلق من أن يحترق مبناه كالشعلة».",
                ),
            ),
            caption=("About 70 towers are on the ministry's list.", "تضم قائمة الوزارة نحو 70 برجًا."),
            scene="construction",
        ),
    ),
)


POWER_CUT = Topic(
    key="power-cut",
    tags=("electricity", "infrastructure"),
    speakers=("water",),
    scenes=("skyline",),
    is_breaking=True,
    background=(
        (
            "Hospitals switched to backup generators, and the Health Ministry said patient care had not "
            "been affected.",
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
    beats=(
        Beat(
            headline=(
                "Power cut hits large parts of {city}; supply expected back within hours",
                "انقطاع واسع للكهرباء في {city} والهيئة تتوقع عودة التيار خلال ساعات",
            ),
            dek=(
                "Traffic lights are out on several main roads, and the police urge drivers to avoid the "
                "city centre.",
                "توقفت إشارات المرور على عدد من الطرق الرئيسية، والشرطة تدعو السائقين إلى تجنب وسط المدينة.",
            ),
            lead=(
                "A fault at a substation cut electricity to large parts of {city} on {weekday} afternoon, "
                "the Electricity and Water Authority said, leaving homes, offices and traffic lights "
                "without power.",
                "قالت هيئة الكهرباء والماء إن عطلًا في إحدى محطات التحويل أدى إلى انقطاع الكهرباء عن أجزاء "
                "واسعة من {city} بعد ظهر يوم {weekday}، تاركًا المنازل والمكاتب وإشارات المرور بلا تيار.",
            ),
            details=(
                (
                    "“Our teams are on site, and we expect to restore supply to most customers within three "
                    "hours,” said {official}.",
                    "{o_said} {official}: «فرقنا في الموقع، ونتوقع إعادة التيار إلى معظم المشتركين خلال "
                    "ثلاث ساعات».",
                ),
            ),
            caption=(
                "Much of the city went dark within minutes.",
                "غرقت أجزاء واسعة من المدينة في الظلام خلال دقائق.",
            ),
            scene="blackout",
        ),
    ),
)


TREMOR = Topic(
    key="tremor",
    tags=("infrastructure",),
    speakers=("municipal",),
    scenes=("skyline",),
    is_breaking=True,
    background=(
        (
            "Minor tremors are felt in the country a few times a year, usually from earthquakes far across "
            "the Gulf.",
            "وتُشعَر في البلاد هزات خفيفة بضع مرات في السنة، مصدرها عادة زلازل بعيدة على الضفة الأخرى من "
            "الخليج.",
        ),
        ("This story is developing and will be updated.", "هذا الخبر قيد التحديث."),
    ),
    beats=(
        Beat(
            headline=(
                "Tremor shakes towers in {city}; no damage reported",
                "هزة أرضية تهز الأبراج في {city} ولا أضرار",
            ),
            dek=(
                "Residents of high floors felt their buildings sway for several seconds, and some offices "
                "were evacuated as a precaution.",
                "شعر سكان الطوابق العليا بتمايل مبانيهم لعدة ثوانٍ، وأُخليت بعض المكاتب احترازيًا.",
            ),
            lead=(
                "A tremor was felt across {city} on {weekday}, shaking towers for several seconds, after an "
                "earthquake of magnitude 5.4 struck across the Gulf, the Met Office said.",
                "شُعر بهزة أرضية في أنحاء {city} يوم {weekday}، هزت الأبراج لعدة ثوانٍ، إثر زلزال بقوة 5.4 "
                "درجة ضرب الضفة الأخرى من الخليج، بحسب إدارة الأرصاد الجوية.",
            ),
            details=(
                (
                    "“Civil defence teams are checking buildings, and so far we have no reports of damage "
                    "or injuries,” said {official}.",
                    "{o_said} {official}: «تتفقد فرق الدفاع المدني المباني، ولم ترد إلينا حتى الآن بلاغات "
                    "عن أضرار أو إصابات».",
                ),
            ),
            caption=(
                "Some office towers were evacuated as a precaution.",
                "أُخليت بعض الأبراج المكتبية احترازيًا.",
            ),
        ),
    ),
)

TOPICS = (
    LIBRARY,
    TAXIS,
    FIRE_SAFETY,
    POWER_CUT,
    TREMOR,
)
