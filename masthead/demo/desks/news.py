"""The news desk: weather, transport, health, schools and life in the country's cities.

Its running stories are in `news_seasons`, `news_city`, `news_services` and `news_care`; here are
the paragraphs that fit any of them.
"""

from masthead.demo.desks import Desk, news_care, news_city, news_seasons, news_services

DESK = Desk(
    section="news",
    analysts="news",
    topics=(*news_seasons.TOPICS, *news_city.TOPICS, *news_services.TOPICS, *news_care.TOPICS),
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
