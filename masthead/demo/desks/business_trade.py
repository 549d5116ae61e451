"""The business desk's running stories on trade: an airline, the port, shops and a dairy."""

from masthead.demo.desks import Beat, Topic

AIRLINE = Topic(
    key="airline",
    tags=("aviation", "tourism", "investment"),
    speakers=(),
    scenes=("airport",),
    background=(
        (
            "Al-Fajr Airways flies to 64 cities and carried about eleven million passengers last year.",
            "وتسيّر شركة طيران الفجر رحلات إلى 64 مدينة، ونقلت نحو أحد عشر مليون مسافر العام الماضي.",
        ),
    ),
    beats=(
        Beat(
            headline=("Al-Fajr Airways orders 30 new planes", "طيران الفجر تطلب 30 طائرة جديدة"),
            dek=(
                "The aircraft use about a fifth less fuel than the ones they replace.",
                "تستهلك الطائرات وقودًا أقل بنحو الخُمس من الطائرات التي ستحل محلها.",
            ),
            lead=(
                "Al-Fajr Airways signed an order for 30 narrow-body aircraft worth {money} on {weekday}, "
                "its largest ever, to replace older planes and open routes to smaller cities in Asia.",
                "وقّعت شركة طيران الفجر يوم {weekday} طلبية لشراء 30 طائرة ضيقة البدن بقيمة {money}، هي "
                "الأكبر في تاريخها، لاستبدال طائرات أقدم وفتح خطوط إلى مدن آسيوية أصغر.",
            ),
            details=(("The first planes will arrive in two years.", "وستصل أولى الطائرات بعد عامين."),),
            caption=(
                "The order is the largest in the airline's history.",
                "الطلبية هي الأكبر في تاريخ الشركة.",
            ),
        ),
        Beat(
            headline=(
                "Al-Fajr adds eleven routes, four of them to cities never served from the Gulf",
                "طيران الفجر تضيف أحد عشر خطًا بينها أربع مدن لم تُخدم من الخليج من قبل",
            ),
            dek=(
                "Flights to the new cities start in the spring.",
                "تبدأ الرحلات إلى المدن الجديدة في الربيع.",
            ),
            lead=(
                "Al-Fajr Airways will fly to eleven new destinations from the spring, four of them cities "
                "with no direct flights to the Gulf until now, the airline said on {weekday}.",
                "قالت شركة طيران الفجر يوم {weekday} إنها ستسيّر رحلات إلى أحد عشر وجهة جديدة اعتبارًا من "
                "الربيع، بينها أربع مدن لم تكن لها رحلات مباشرة إلى الخليج حتى الآن.",
            ),
            details=(
                (
                    "The airline said its planes flew more than 85 per cent full last year.",
                    "وقالت الشركة إن نسبة إشغال طائراتها تجاوزت 85 في المئة العام الماضي.",
                ),
            ),
            caption=(
                "New routes reach smaller cities in Asia and Africa.",
                "تصل الخطوط الجديدة إلى مدن أصغر في آسيا وأفريقيا.",
            ),
        ),
        Beat(
            headline=(
                "Al-Fajr Airways posts its best profit in a decade",
                "طيران الفجر تحقق أفضل أرباحها منذ عقد",
            ),
            dek=(
                "Full planes and cheaper fuel lifted the airline's results.",
                "الطائرات الممتلئة والوقود الأرخص عززا نتائج الشركة.",
            ),
            lead=(
                "Al-Fajr Airways made a net profit of {money_mn} last year, its best result in ten years, "
                "the airline said on {weekday}, as its planes flew fuller than ever.",
                "قالت شركة طيران الفجر يوم {weekday} إنها حققت صافي أرباح بلغ {money_mn} العام الماضي، وهي "
                "أفضل نتيجة لها منذ عشر سنوات، مع امتلاء طائراتها أكثر من أي وقت مضى.",
            ),
            details=(
                (
                    "Staff will receive a bonus of two months' salary.",
                    "وسيحصل الموظفون على مكافأة تعادل راتب شهرين.",
                ),
            ),
            caption=(
                "The airline's planes flew fuller than ever.",
                "امتلأت طائرات الشركة أكثر من أي وقت مضى.",
            ),
        ),
    ),
)


PORT = Topic(
    key="port-terminal",
    tags=("ports-and-shipping", "trade"),
    speakers=("ports",),
    scenes=("port",),
    company="Gulf Pearl Logistics",
    background=(
        (
            "The port handles about five million containers a year.",
            "ويستقبل الميناء نحو خمسة ملايين حاوية سنويًا.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Automated terminal opens at the port, with cranes run from a control room",
                "افتتاح محطة آلية في الميناء برافعات تُدار من غرفة تحكم",
            ),
            dek=(
                "The terminal can handle the largest container ships afloat.",
                "تستطيع المحطة استقبال أكبر سفن الحاويات في العالم.",
            ),
            lead=(
                "A new container terminal opened at the port of {city} on {weekday}, with cranes operated "
                "from a control room and driverless trucks moving boxes across the yard.",
                "افتُتحت يوم {weekday} محطة حاويات جديدة في ميناء {city}، برافعات تُشغَّل من غرفة تحكم "
                "وشاحنات من دون سائق تنقل الحاويات في الساحة.",
            ),
            details=(
                (
                    "“A ship that used to wait two days is now unloaded in one,” said {official}.",
                    "{o_said} {official}: «السفينة التي كانت تنتظر يومين تُفرغ اليوم في يوم واحد».",
                ),
            ),
            caption=(
                "Cranes at the new terminal are run from a control room.",
                "تُدار الرافعات في المحطة الجديدة من غرفة تحكم.",
            ),
        ),
        Beat(
            headline=(
                "Port handles a record number of containers in a month",
                "الميناء يتعامل مع عدد قياسي من الحاويات خلال شهر",
            ),
            dek=(
                "Shipping lines moved cargo here when other ports were congested.",
                "نقلت شركات الملاحة شحناتها إلى هنا حين ازدحمت موانئ أخرى.",
            ),
            lead=(
                "The port of {city} handled more containers in {month} than in any month in its history, up "
                "{big_pct} per cent on a year earlier, the Ports Authority said on {weekday}.",
                "قالت هيئة الموانئ يوم {weekday} إن ميناء {city} تعامل في {month} مع عدد من الحاويات يفوق "
                "أي شهر في تاريخه، بزيادة نسبتها {big_pct} في المئة عن العام السابق.",
            ),
            details=(
                (
                    "Two shipping lines have moved their regional hubs to the port this year.",
                    "ونقلت شركتا ملاحة مركزيهما الإقليميين إلى الميناء هذا العام.",
                ),
            ),
            caption=(
                "Volumes were up {big_pct} per cent on a year earlier.",
                "ارتفعت الأحجام بنسبة {big_pct} في المئة عن العام السابق.",
            ),
        ),
        Beat(
            headline=(
                "Rail link to carry containers from the port to the border",
                "خط سكة حديد لنقل الحاويات من الميناء إلى الحدود",
            ),
            dek=(
                "One train can replace about a hundred trucks on the highway.",
                "يمكن لقطار واحد أن يحل محل نحو مئة شاحنة على الطريق السريع.",
            ),
            lead=(
                "A {money} freight railway will link the port of {city} to the border within four years, "
                "under an agreement signed on {weekday} by the Ports Authority and {company}.",
                "سيربط خط سكة حديد للشحن بقيمة {money} ميناء {city} بالحدود خلال أربع سنوات، بموجب اتفاقية "
                "وقّعتها هيئة الموانئ و{company} يوم {weekday}.",
            ),
            details=(
                (
                    "Freight trains will run at night, leaving the highway to cars during the day.",
                    "وستسير قطارات الشحن ليلًا، تاركة الطريق السريع للسيارات نهارًا.",
                ),
            ),
            caption=(
                "The line will run alongside the highway to the border.",
                "سيمتد الخط بمحاذاة الطريق السريع حتى الحدود.",
            ),
            scene="train",
        ),
    ),
)


RETAIL = Topic(
    key="retail",
    tags=("retail", "start-ups"),
    speakers=(),
    scenes=("skyline", "abstract"),
    background=(
        (
            "Online sales now make up about a seventh of all retail spending.",
            "وتشكل المبيعات عبر الإنترنت الآن نحو سُبع إنفاق التجزئة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Wahat Retail Group opens a mall built around a covered garden",
                "مجموعة الواحات للتجزئة تفتتح مركزًا تجاريًا حول حديقة مغطاة",
            ),
            dek=("Half of the shops are run by local brands.", "نصف المحلات تديرها علامات تجارية محلية."),
            lead=(
                "Wahat Retail Group opened a shopping centre in {city} on {weekday} built around a covered "
                "garden of palms and fountains, with half of its 180 shops run by local brands.",
                "افتتحت مجموعة الواحات للتجزئة يوم {weekday} مركزًا تجاريًا في {city} يتوسطه بستان مغطى من "
                "النخيل والنوافير، ونصف محلاته البالغ عددها 180 محلًا تديرها علامات تجارية محلية.",
            ),
            details=(
                (
                    "The group said it had kept rents low for the local brands for the first three years.",
                    "وقالت المجموعة إنها أبقت الإيجارات منخفضة للعلامات المحلية خلال السنوات الثلاث الأولى.",
                ),
            ),
            caption=("The mall is built around a covered garden.", "يتوسط المركز التجاري بستان مغطى."),
        ),
        Beat(
            headline=(
                "Shoppers buy more groceries online as delivery times shrink to an hour",
                "المتسوقون يشترون البقالة عبر الإنترنت أكثر مع تقلص مدة التوصيل إلى ساعة",
            ),
            dek=(
                "Online grocery orders have doubled in a year.",
                "تضاعفت طلبات البقالة عبر الإنترنت خلال عام.",
            ),
            lead=(
                "Online grocery orders have doubled in a year as delivery times in {city} fell to under an "
                "hour, retailers said on {weekday}, with weekly family shops now the fastest-growing part "
                "of the market.",
                "قال تجار التجزئة يوم {weekday} إن طلبات البقالة عبر الإنترنت تضاعفت خلال عام مع انخفاض مدة "
                "التوصيل في {city} إلى أقل من ساعة، وصارت مشتريات الأسر الأسبوعية الجزء الأسرع نموًا في "
                "السوق.",
            ),
            details=(
                (
                    "Delivery riders will get shaded rest stops with water under a new code agreed by the "
                    "largest apps.",
                    "وسيحصل عمال التوصيل على استراحات مظللة مزودة بالمياه بموجب ميثاق جديد اتفقت عليه أكبر "
                    "التطبيقات.",
                ),
            ),
            caption=(
                "Delivery times in {city} have fallen to under an hour.",
                "انخفضت مدة التوصيل في {city} إلى أقل من ساعة.",
            ),
            scene="phone",
        ),
    ),
)


FOOD_FACTORY = Topic(
    key="dairy-plant",
    tags=("food-security", "investment"),
    speakers=(),
    scenes=("construction", "oasis"),
    company="Dana Foods",
    background=(
        (
            "The country imports about two thirds of the milk it drinks.",
            "وتستورد البلاد نحو ثلثي ما تستهلكه من الحليب.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "{company} to build a dairy plant that would halve milk imports",
                "{company} تبني مصنعًا للألبان يخفض واردات الحليب إلى النصف",
            ),
            dek=(
                "Cows will be kept in cooled barns and fed partly on fodder grown with treated water.",
                "ستُربى الأبقار في حظائر مبردة وتُغذى جزئيًا بأعلاف تُزرع بمياه معالجة.",
            ),
            lead=(
                "{company} said on {weekday} that it would spend {money_mn} on a dairy farm and plant near "
                "{city}, which it says could halve the country's imports of fresh milk.",
                "قالت {company} يوم {weekday} إنها ستنفق {money_mn} على مزرعة ومصنع للألبان قرب {city}، "
                "مؤكدة أن المشروع قد يخفض واردات البلاد من الحليب الطازج إلى النصف.",
            ),
            details=(
                (
                    "The company said the barns would be cooled with fans and mist rather than air "
                    "conditioning.",
                    "وقالت الشركة إن الحظائر ستُبرَّد بالمراوح والرذاذ بدلًا من أجهزة التكييف.",
                ),
            ),
            caption=("The dairy farm will be built near {city}.", "ستُقام مزرعة الألبان قرب {city}."),
        ),
        Beat(
            headline=(
                "First local milk reaches the shops from the new dairy",
                "أول حليب محلي يصل إلى المتاجر من مصنع الألبان الجديد",
            ),
            dek=("A litre costs about the same as imported milk.", "يقارب سعر اللتر سعر الحليب المستورد."),
            lead=(
                "The first bottles of milk from the new dairy near {city} reached supermarket shelves on "
                "{weekday}, two years after {company} broke ground on the farm.",
                "وصلت أولى زجاجات الحليب من مصنع الألبان الجديد قرب {city} إلى رفوف المتاجر يوم {weekday}، "
                "بعد عامين من بدء {company} أعمال إنشاء المزرعة.",
            ),
            details=(
                (
                    "The plant will also make yoghurt and laban from the summer.",
                    "وسينتج المصنع أيضًا الزبادي واللبن اعتبارًا من الصيف.",
                ),
            ),
            caption=("The first milk reached supermarket shelves.", "وصل أول حليب إلى رفوف المتاجر."),
            scene="oasis",
        ),
        Beat(
            headline=(
                "Local dairy wins a contract to supply milk to every school",
                "مصنع الألبان المحلي يفوز بعقد لتزويد كل المدارس بالحليب",
            ),
            dek=(
                "Pupils will get a carton of fresh milk each morning.",
                "سيحصل الطلاب على علبة حليب طازج كل صباح.",
            ),
            lead=(
                "{company} won a contract on {weekday} to supply fresh milk to every public school in the "
                "country from the next school year, the Education Ministry said.",
                "قالت وزارة التربية والتعليم يوم {weekday} إن {company} فازت بعقد لتزويد جميع المدارس "
                "الحكومية في البلاد بالحليب الطازج اعتبارًا من العام الدراسي المقبل.",
            ),
            details=(
                (
                    "The contract is worth about {money_small} a year.",
                    "وتبلغ قيمة العقد نحو {money_small} سنويًا.",
                ),
            ),
            caption=(
                "Every public school will receive fresh milk.",
                "ستحصل كل المدارس الحكومية على الحليب الطازج.",
            ),
            scene="classroom",
        ),
    ),
)

TOPICS = (
    AIRLINE,
    PORT,
    RETAIL,
    FOOD_FACTORY,
)
