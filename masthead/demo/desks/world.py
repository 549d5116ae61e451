"""The world desk: summits, elections, storms, trade and disputes among the country's neighbours.

Foreign stories quote the leader of the country they are about ({leader}, with {l_said} and
friends for Arabic agreement), so the topics name no home officials. The running stories are in
`world_stories` and `world_affairs`.
"""

from masthead.demo.desks import Desk, world_affairs, world_stories

DESK = Desk(
    section="world",
    analysts="world",
    topics=(*world_stories.TOPICS, *world_affairs.TOPICS),
    quotes=(
        (
            "“This is the kind of practical cooperation the region has needed for years,” said {analyst}.",
            "{a_said} {analyst}: «هذا هو نوع التعاون العملي الذي احتاجته المنطقة لسنوات».",
        ),
        (
            "“The statements were encouraging, but the test is what happens in the next six months,” said "
            "{analyst}.",
            "{a_said} {analyst}: «كانت التصريحات مشجعة، لكن الاختبار الحقيقي هو ما سيحدث خلال الأشهر الستة "
            "المقبلة».",
        ),
        (
            "“Gulf states have a direct interest here, because so much of their trade passes through these "
            "waters,” said {analyst}.",
            "{a_said} {analyst}: «لدول الخليج مصلحة مباشرة في ذلك، لأن جزءًا كبيرًا من تجارتها يمر عبر هذه "
            "المياه».",
        ),
        (
            "“Nobody expects quick results, but the direction has changed,” said {analyst}.",
            "{a_said} {analyst}: «لا أحد يتوقع نتائج سريعة، لكن الاتجاه تغيّر».",
        ),
    ),
    context=(
        (
            "Trade with {country} has grown steadily, and thousands of its citizens live and work in the "
            "Gulf.",
            "ونما التبادل التجاري مع {country} بصورة مطردة، ويعيش آلاف من مواطنيها ويعملون في الخليج.",
        ),
        (
            "The Coastal States Council was founded in the 1980s to coordinate on trade, fisheries and "
            "maritime safety, and now has eleven members.",
            "وتأسس مجلس الدول الساحلية في ثمانينيات القرن الماضي للتنسيق في مجالات التجارة ومصائد الأسماك "
            "والسلامة البحرية، ويضم اليوم أحد عشر عضوًا.",
        ),
        (
            "The Foreign Ministry said it was following developments closely and was in contact with "
            "citizens in the area.",
            "وقالت وزارة الخارجية إنها تتابع التطورات عن كثب، وإنها على تواصل مع المواطنين الموجودين في "
            "المنطقة.",
        ),
        (
            "The region's sea lanes carry a large share of the world's energy and food trade.",
            "وتمر عبر الممرات البحرية في المنطقة حصة كبيرة من تجارة الطاقة والغذاء في العالم.",
        ),
    ),
    closings=(
        ("Further talks are expected next month.", "ومن المتوقع إجراء مزيد من المحادثات الشهر المقبل."),
        (
            "The Foreign Ministry advised citizens travelling to {country} to register with the embassy.",
            "ونصحت وزارة الخارجية المواطنين المسافرين إلى {country} بالتسجيل لدى السفارة.",
        ),
        (
            "The matter will be reviewed at the next meeting of the Coastal States Council.",
            "وستُراجَع المسألة في الاجتماع المقبل لمجلس الدول الساحلية.",
        ),
    ),
)
