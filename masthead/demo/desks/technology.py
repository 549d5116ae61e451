"""The technology desk: start-ups, artificial intelligence, security, networks and space.

The running stories are in `technology_stories` and `technology_more`.
"""

from masthead.demo.desks import Desk, technology_more, technology_stories

DESK = Desk(
    section="technology",
    analysts="technology",
    topics=(*technology_stories.TOPICS, *technology_more.TOPICS),
    quotes=(
        (
            "“The region is moving from buying technology to building it,” said {analyst}.",
            "{a_said} {analyst}: «تنتقل المنطقة من شراء التكنولوجيا إلى صنعها».",
        ),
        (
            "“Talent is still the bottleneck: there are not enough experienced engineers to go around,” said "
            "{analyst}.",
            "{a_said} {analyst}: «لا تزال الكفاءات عنق الزجاجة، فلا يوجد عدد كافٍ من المهندسين ذوي الخبرة».",
        ),
        (
            "“Trust will decide whether people use these services, so privacy has to be built in from the "
            "start,” said {analyst}.",
            "{a_said} {analyst}: «الثقة هي التي ستحدد ما إذا كان الناس سيستخدمون هذه الخدمات، لذا يجب أن "
            "تكون الخصوصية جزءًا من التصميم منذ البداية».",
        ),
        (
            "“This is a good step, and the next one is to make sure smaller companies benefit too,” said "
            "{analyst}.",
            "{a_said} {analyst}: «هذه خطوة جيدة، والخطوة التالية هي ضمان استفادة الشركات الصغيرة أيضًا».",
        ),
    ),
    context=(
        (
            "The government's digital strategy aims for technology to make up a tenth of the economy by "
            "2030.",
            "وتهدف الاستراتيجية الرقمية للحكومة إلى أن يشكل قطاع التكنولوجيا عُشر الاقتصاد بحلول عام 2030.",
        ),
        (
            "Universities in the country now graduate about {count} computer science students a year, twice "
            "as many as five years ago.",
            "وتخرّج الجامعات في البلاد الآن نحو {count} طالب في علوم الحاسوب سنويًا، أي ضعف العدد قبل خمس "
            "سنوات.",
        ),
        (
            "A data protection law passed last year gives residents the right to see and correct the "
            "information companies hold about them.",
            "ويمنح قانون حماية البيانات الصادر العام الماضي السكان الحق في الاطلاع على المعلومات التي تحتفظ "
            "بها الشركات عنهم وتصحيحها.",
        ),
        (
            "Two international cloud providers opened data centres near {city} this year.",
            "وافتتح مزودان دوليان للخدمات السحابية مراكز بيانات قرب {city} هذا العام.",
        ),
    ),
    closings=(
        (
            "Further details are expected in the coming weeks.",
            "ومن المتوقع الكشف عن مزيد من التفاصيل خلال الأسابيع المقبلة.",
        ),
        (
            "More details are expected at the technology week in {city} next month.",
            "ومن المتوقع الإعلان عن مزيد من التفاصيل خلال أسبوع التكنولوجيا في {city} الشهر المقبل.",
        ),
        (
            "People in the industry say more announcements are likely before the end of the year.",
            "ويقول مختصون في القطاع إن مزيدًا من الإعلانات مرجح قبل نهاية العام.",
        ),
    ),
)
