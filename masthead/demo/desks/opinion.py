"""The opinion desk: columns in the first person, each theme written by one columnist.

The columns are in `opinion_money_cities` and `opinion_schools_nature`: a beat's lead opens a
column and its details argue it, with one or two of the theme's shared arguments and a closing
line from here.
"""

from masthead.demo.desks import Desk, opinion_money_cities, opinion_schools_nature

DESK = Desk(
    section="opinion",
    analysts="politics",
    topics=(*opinion_money_cities.TOPICS, *opinion_schools_nature.TOPICS),
    closings=(
        (
            "We have solved harder problems than this. What we need now is the will to start.",
            "لقد حللنا مشكلات أصعب من هذه، وما نحتاج إليه الآن هو الإرادة للبدء.",
        ),
        (
            "The choice is ours, and the sooner we make it, the cheaper it will be.",
            "الخيار بأيدينا، وكلما اتخذناه أسرع كانت كلفته أقل.",
        ),
        (
            "I would be glad to be proved wrong. I suspect I will not be.",
            "يسعدني أن يثبت خطئي، لكنني أشك في ذلك.",
        ),
        (
            "Small steps taken now will matter more than grand plans announced later.",
            "الخطوات الصغيرة التي نخطوها الآن ستكون أهم من الخطط الكبرى التي تُعلن لاحقًا.",
        ),
        (
            "None of this needs a new ministry or a new law. It needs someone to go first.",
            "لا يحتاج شيء من هذا إلى وزارة جديدة أو قانون جديد، بل إلى من يبدأ أولًا.",
        ),
        (
            "Readers who disagree know where to find me, and I would like to hear from them.",
            "ويعرف القراء المخالفون أين يجدونني، ويسرني أن أسمع منهم.",
        ),
        (
            "We will not get everything right. We should at least stop getting the same things wrong.",
            "لن نصيب في كل شيء، لكن علينا على الأقل أن نكف عن تكرار الأخطاء نفسها.",
        ),
        (
            "It is a modest proposal. Modest proposals are the ones that tend to happen.",
            "إنه اقتراح متواضع، والاقتراحات المتواضعة هي التي تتحقق في الغالب.",
        ),
    ),
)
