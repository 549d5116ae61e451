"""The business desk: company results, interest rates, energy, property, tourism and listings.

The running stories are in `business_markets`, `business_industry` and `business_trade`; those of
`business_partners` only run as sponsored stories, each about the company it names.
"""

from masthead.demo.desks import Desk, business_industry, business_markets, business_partners, business_trade

DESK = Desk(
    section="business",
    analysts="business",
    topics=(
        *business_markets.TOPICS,
        *business_industry.TOPICS,
        *business_trade.TOPICS,
        *business_partners.TOPICS,
    ),
    quotes=(
        (
            "“The numbers show an economy that is broadening beyond oil,” said {analyst}.",
            "{a_said} {analyst}: «تُظهر الأرقام اقتصادًا يتسع إلى ما هو أبعد من النفط».",
        ),
        (
            "“Investors will want to see whether this momentum lasts into next year,” said {analyst}.",
            "{a_said} {analyst}: «سيرغب المستثمرون في معرفة ما إذا كان هذا الزخم سيستمر حتى العام المقبل».",
        ),
        (
            "“Financing costs are still high, so companies with strong balance sheets have the advantage,” "
            "said {analyst}.",
            "{a_said} {analyst}: «لا تزال كلفة التمويل مرتفعة، لذا تتمتع الشركات ذات الميزانيات القوية "
            "بأفضلية».",
        ),
        (
            "“It is a positive signal, but the global outlook remains uncertain,” said {analyst}, pointing "
            "to weaker demand in Europe.",
            "{a_said} {analyst}: «إنها إشارة إيجابية، لكن الآفاق العالمية لا تزال غامضة»، {a_pointing} إلى "
            "ضعف الطلب في أوروبا.",
        ),
    ),
    context=(
        (
            "The non-oil economy grew by {pct} per cent last year, according to official estimates, led by "
            "logistics, tourism and financial services.",
            "ونما الاقتصاد غير النفطي بنسبة {pct} في المئة العام الماضي، وفق التقديرات الرسمية، بقيادة "
            "الخدمات اللوجستية والسياحة والخدمات المالية.",
        ),
        (
            "The main index of the Sahil Securities Exchange has gained {pct} per cent since the start of "
            "the year.",
            "وارتفع المؤشر العام لبورصة الساحل للأوراق المالية بنسبة {pct} في المئة منذ بداية العام.",
        ),
        (
            "Inflation has slowed to {pct2} per cent, giving households some relief after two years of "
            "rising prices.",
            "وتباطأ التضخم إلى {pct2} في المئة، مما منح الأسر بعض الارتياح بعد عامين من ارتفاع الأسعار.",
        ),
        (
            "The government wants the private sector to create most new jobs for citizens by the end of the "
            "decade.",
            "وتريد الحكومة أن يوفر القطاع الخاص معظم الوظائف الجديدة للمواطنين بحلول نهاية العقد.",
        ),
    ),
    closings=(
        ("Further figures are due next month.", "ومن المقرر صدور أرقام إضافية الشهر المقبل."),
        (
            "Analysts will be watching the next set of quarterly figures closely.",
            "وسيتابع المحللون الأرقام الفصلية المقبلة عن كثب.",
        ),
        (
            "The central bank is due to publish its financial stability report before the end of the year.",
            "ومن المقرر أن ينشر البنك المركزي تقريره عن الاستقرار المالي قبل نهاية العام.",
        ),
    ),
)
