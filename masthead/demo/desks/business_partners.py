"""Sponsored stories: each runs only as partner content, about the company it names."""

from masthead.demo.desks import Beat, Topic

PARTNER_SOLAR = Topic(
    key="partner-solar",
    tags=("renewable-energy", "youth"),
    speakers=(),
    scenes=("solar",),
    company="Sidra Renewables",
    is_sponsored=True,
    background=(
        (
            "Graduates are placed with solar and battery projects across the Gulf, and most stay with the "
            "company.",
            "ويُلحق الخريجون بمشاريع للطاقة الشمسية والبطاريات في أنحاء الخليج، ويبقى معظمهم في الشركة.",
        ),
        (
            "Applications for the academy's next intake open in {next_month} on the company's website.",
            "ويُفتح باب التقديم لدفعة الأكاديمية المقبلة في {next_month} عبر الموقع الإلكتروني للشركة.",
        ),
        (
            "The academy's trainees are paid a monthly allowance while they study.",
            "ويتقاضى المتدربون في الأكاديمية مكافأة شهرية خلال دراستهم.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "How {company} is training the technicians who keep solar parks running",
                "كيف تدرّب {company} الفنيين الذين يديرون المحطات الشمسية",
            ),
            dek=(
                "A training academy in {city} is turning school leavers into solar technicians in a year.",
                "أكاديمية تدريب في {city} تحوّل خريجي المدارس إلى فنيين في الطاقة الشمسية خلال عام.",
            ),
            lead=(
                "When {company} opened its training academy in {city} three years ago, it had twenty "
                "trainees. This year more than {count} young people will learn to install and repair solar "
                "panels and batteries there.",
                "عندما افتتحت {company} أكاديميتها للتدريب في {city} قبل ثلاث سنوات، كان فيها عشرون "
                "متدربًا. أما هذا العام فسيتعلم فيها أكثر من {count} شاب وشابة تركيب الألواح الشمسية "
                "والبطاريات وصيانتها.",
            ),
            details=(
                (
                    "“We hire for curiosity and train for skills,” says the head of the academy.",
                    "يقول رئيس الأكاديمية: «نوظف على أساس الفضول وندرّب على المهارات».",
                ),
            ),
            caption=(
                "Trainees learn to install and repair panels and batteries.",
                "يتعلم المتدربون تركيب الألواح والبطاريات وصيانتها.",
            ),
        ),
    ),
)


PARTNER_AIRLINE = Topic(
    key="partner-airline",
    tags=("aviation", "youth"),
    speakers=(),
    scenes=("airport",),
    company="Al-Fajr Airways",
    is_sponsored=True,
    background=(
        (
            "The programme takes about sixty cadets a year, chosen from more than 4,000 applicants.",
            "ويقبل البرنامج نحو ستين متدربًا سنويًا، يُختارون من بين أكثر من أربعة آلاف متقدم.",
        ),
        (
            "Cadets spend their final months flying with experienced captains on regional routes.",
            "ويقضي المتدربون أشهرهم الأخيرة في الطيران مع قادة ذوي خبرة على الخطوط الإقليمية.",
        ),
        ("Women make up a third of this year's class.", "وتشكل النساء ثلث دفعة هذا العام."),
    ),
    beats=(
        Beat(
            headline=(
                "The cadets learning to fly with {company}",
                "المتدربون الذين يتعلمون الطيران مع {company}",
            ),
            dek=(
                "A pilot programme pays for everything, from the first lesson to the first officer's "
                "stripes.",
                "برنامج لإعداد الطيارين يتكفل بكل شيء، من الدرس الأول حتى رتبة مساعد الطيار.",
            ),
            lead=(
                "Eighteen months ago, most of the cadets in the pilot programme of {company} had never been "
                "inside a cockpit. Next month, the first of them will fly passengers as first officers.",
                "قبل ثمانية عشر شهرًا، لم يكن معظم المتدربين في برنامج {company} لإعداد الطيارين قد دخلوا "
                "قمرة قيادة قط. وفي الشهر المقبل، سيقود أولهم رحلات تقل مسافرين بصفة مساعدي طيار.",
            ),
            details=(
                (
                    "The programme pays for training in full, and graduates agree to fly for the airline "
                    "for at least five years.",
                    "ويتحمل البرنامج كامل تكاليف التدريب، ويلتزم الخريجون بالعمل في الشركة خمس سنوات على "
                    "الأقل.",
                ),
            ),
            caption=(
                "The first cadets will fly passengers next month.",
                "سيقود أول المتدربين رحلات تقل مسافرين الشهر المقبل.",
            ),
        ),
    ),
)


PARTNER_RETAIL = Topic(
    key="partner-farmers",
    tags=("retail", "food-security"),
    speakers=(),
    scenes=("oasis",),
    company="Wahat Retail Group",
    is_sponsored=True,
    background=(
        (
            "Farmers receive seeds, crates and advice on pests, and agree prices with the company before "
            "each season.",
            "ويحصل المزارعون على البذور والصناديق والإرشاد في مكافحة الآفات، ويتفقون مع الشركة على الأسعار "
            "قبل كل موسم.",
        ),
        (
            "Produce from local farms is labelled on the shelf with the name of the farm it came from.",
            "وتُوضع على المنتجات القادمة من المزارع المحلية ملصقات تحمل اسم المزرعة التي جاءت منها.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "From farm to shelf in a day: {company} and the country's growers",
                "من المزرعة إلى الرف في يوم واحد: {company} والمزارعون المحليون",
            ),
            dek=(
                "Local growers are paid within a week and their produce reaches the shelves the day it is "
                "picked.",
                "يتقاضى المزارعون المحليون مستحقاتهم خلال أسبوع، وتصل منتجاتهم إلى الرفوف في يوم قطفها.",
            ),
            lead=(
                "Tomatoes picked at dawn in the greenhouses of {city} are on the shelves of {company} by "
                "the afternoon, part of a programme that now buys from more than 200 local farms.",
                "الطماطم التي تُقطف فجرًا في البيوت المحمية في {city} تصل إلى رفوف {company} بعد الظهر، ضمن "
                "برنامج يشتري اليوم من أكثر من 200 مزرعة محلية.",
            ),
            details=(
                (
                    "Farmers are paid within a week and given advice on water-saving irrigation.",
                    "ويتقاضى المزارعون مستحقاتهم خلال أسبوع، ويحصلون على استشارات في الري الموفر للمياه.",
                ),
            ),
            caption=(
                "The programme buys from more than 200 local farms.",
                "يشتري البرنامج من أكثر من 200 مزرعة محلية.",
            ),
        ),
    ),
)


PARTNER_PAY = Topic(
    key="partner-savings",
    tags=("fintech", "youth"),
    speakers=(),
    scenes=("phone",),
    company="Mizan Pay",
    is_sponsored=True,
    background=(
        (
            "Parents can follow their children's savings goals in the same app, and no card is issued "
            "before the age of sixteen.",
            "ويستطيع الآباء متابعة أهداف ادخار أبنائهم في التطبيق نفسه، ولا تُصدر أي بطاقة قبل سن السادسة "
            "عشرة.",
        ),
        ("Lessons are free and held in Arabic and English.", "والدروس مجانية وتُقدَّم بالعربية والإنجليزية."),
    ),
    beats=(
        Beat(
            headline=(
                "Learning to save, one tap at a time, with {company}",
                "تعلّم الادخار بلمسة واحدة مع {company}",
            ),
            dek=(
                "Free lessons in schools teach teenagers to budget, save and spot a scam.",
                "دروس مجانية في المدارس تعلّم المراهقين إعداد الميزانية والادخار وكشف الاحتيال.",
            ),
            lead=(
                "More than {count} students have taken the money lessons of {company} in schools in {city} "
                "this year, learning to budget, save and spot a scam before they get their first salary.",
                "تلقى أكثر من {count} طالب وطالبة دروس {company} المالية في مدارس {city} هذا العام، وتعلموا "
                "إعداد الميزانية والادخار وكشف الاحتيال قبل أن يتقاضوا أول راتب.",
            ),
            details=(
                (
                    "“Nobody taught us this at school, so we decided to,” says the company's co-founder.",
                    "يقول الشريك المؤسس للشركة: «لم يعلمنا أحد هذا في المدرسة، فقررنا أن نعلّمه نحن».",
                ),
            ),
            caption=(
                "Students learn to budget and to spot a scam.",
                "يتعلم الطلاب إعداد الميزانية وكشف الاحتيال.",
            ),
        ),
    ),
)


PARTNER_PROPERTY = Topic(
    key="partner-green-buildings",
    tags=("real-estate", "environment"),
    speakers=(),
    scenes=("construction",),
    company="Sadaf Properties",
    is_sponsored=True,
    background=(
        (
            "The company says its newest buildings use about a quarter less water as well, thanks to "
            "low-flow fittings and recycled water for gardens.",
            "وتقول الشركة إن أحدث مبانيها تستهلك أيضًا مياهًا أقل بنحو الربع، بفضل تجهيزات ترشيد الاستهلاك "
            "وإعادة استخدام المياه في الحدائق.",
        ),
        (
            "Residents can follow their building's energy use on an app.",
            "ويمكن للسكان متابعة استهلاك مبناهم للطاقة عبر تطبيق.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Cooler homes with smaller bills: how {company} builds for the heat",
                "منازل أبرد وفواتير أقل: كيف تبني {company} لمواجهة الحر",
            ),
            dek=(
                "Shaded facades, insulated glass and solar roofs cut the cost of cooling by a third.",
                "واجهات مظللة وزجاج عازل وأسطح شمسية تخفض كلفة التبريد بمقدار الثلث.",
            ),
            lead=(
                "The newest towers of {company} in {city} use a third less electricity than buildings of "
                "the same size ten years ago, thanks to shaded facades, insulated glass and roofs covered "
                "in solar panels.",
                "تستهلك أحدث أبراج {company} في {city} كهرباء أقل بمقدار الثلث من مبانٍ بالحجم نفسه شُيدت "
                "قبل عشر سنوات، بفضل الواجهات المظللة والزجاج العازل والأسطح المغطاة بالألواح الشمسية.",
            ),
            details=(
                (
                    "“In this climate, the greenest kilowatt is the one you never need,” says the company's "
                    "head of design.",
                    "يقول رئيس قسم التصميم في الشركة: «في مناخ كهذا، أنظف كيلوواط هو الذي لا تحتاج إليه "
                    "أصلًا».",
                ),
            ),
            caption=("Shaded facades keep the towers cooler.", "تحافظ الواجهات المظللة على برودة الأبراج."),
        ),
    ),
)

TOPICS = (
    PARTNER_SOLAR,
    PARTNER_AIRLINE,
    PARTNER_RETAIL,
    PARTNER_PAY,
    PARTNER_PROPERTY,
)
