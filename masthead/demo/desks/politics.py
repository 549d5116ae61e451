"""The politics desk: the cabinet, the Shura Council, elections, housing and foreign visits.

Its running stories are in `politics_stories` and `politics_affairs`; here are the paragraphs
that fit any of them.
"""

from masthead.demo.desks import Desk, politics_affairs, politics_stories

DESK = Desk(
    section="politics",
    analysts="politics",
    topics=(*politics_stories.TOPICS, *politics_affairs.TOPICS),
    quotes=(
        (
            "“This shows a government that is listening, but implementation is where reforms usually "
            "stumble,” said {analyst}.",
            "{a_said} {analyst}: «هذا يدل على حكومة تصغي، لكن التنفيذ هو المرحلة التي تتعثر فيها الإصلاحات "
            "عادة».",
        ),
        (
            "“The public debate around this has been unusually lively, which is healthy,” said {analyst}.",
            "{a_said} {analyst}: «كان النقاش العام حول هذه المسألة حيويًا على غير العادة، وهذا أمر صحي».",
        ),
        (
            "“The details will matter more than the headline,” said {analyst}.",
            "{a_said} {analyst}: «التفاصيل أهم من العنوان».",
        ),
        (
            "“Citizens expect results they can measure, and the government knows it,” said {analyst}.",
            "{a_said} {analyst}: «يتوقع المواطنون نتائج يمكنهم قياسها، والحكومة تدرك ذلك».",
        ),
    ),
    context=(
        (
            "The measure is part of a reform programme the government announced two years ago to diversify "
            "the economy and modernise public services.",
            "ويأتي الإجراء ضمن برنامج إصلاحي أعلنته الحكومة قبل عامين لتنويع الاقتصاد وتحديث الخدمات العامة.",
        ),
        (
            "The Shura Council has become more assertive in recent sessions, questioning ministers more "
            "often and amending more bills.",
            "وأصبح مجلس الشورى أكثر حزمًا في دوراته الأخيرة، إذ بات يسائل الوزراء أكثر ويعدّل مزيدًا من "
            "مشاريع القوانين.",
        ),
        (
            "Opinion surveys published last year showed that housing and jobs remain the top concerns of "
            "citizens under 35.",
            "وأظهرت استطلاعات رأي نُشرت العام الماضي أن الإسكان والوظائف لا يزالان الشاغلين الأبرز للمواطنين "
            "دون الخامسة والثلاثين.",
        ),
        (
            "The government publishes a quarterly scorecard of its reform targets, and officials say most "
            "are on track.",
            "وتنشر الحكومة كل ثلاثة أشهر بطاقة أداء لأهدافها الإصلاحية، ويقول المسؤولون إن معظمها يسير وفق "
            "الخطة.",
        ),
    ),
    closings=(
        (
            "The cabinet is expected to return to the matter at its next weekly meeting.",
            "ومن المتوقع أن يعود مجلس الوزراء إلى المسألة في اجتماعه الأسبوعي المقبل.",
        ),
        (
            "The full text is due to be published in the official gazette within two weeks.",
            "ومن المقرر أن يُنشر النص الكامل في الجريدة الرسمية خلال أسبوعين.",
        ),
        (
            "Further announcements are expected before the end of the year.",
            "ومن المتوقع صدور إعلانات أخرى قبل نهاية العام.",
        ),
    ),
)
