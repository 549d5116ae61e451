"""The business desk's running stories on money: results, rates, listings, a bank merger and prices."""

from masthead.demo.desks import Beat, Topic

EARNINGS = Topic(
    key="earnings",
    tags=("stock-market", "investment"),
    speakers=(),
    scenes=("chart", "skyline"),
    background=(
        (
            "Revenue rose to {money}, and the company said its order book was the strongest in its history.",
            "وارتفعت الإيرادات إلى {money}، وقالت الشركة إن حجم طلباتها هو الأعلى في تاريخها.",
        ),
        (
            "The company said it would open offices in two more Asian markets next year and expected "
            "margins to remain stable.",
            "وقالت الشركة إنها ستفتتح مكتبين في سوقين آسيويتين أخريين العام المقبل، وتتوقع أن تبقى هوامش "
            "الربح مستقرة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "{company} reports a {big_pct} per cent rise in {quarter} profit and raises its dividend, "
                "saying demand in the Gulf and Asia remains strong",
                "{company} تعلن ارتفاع أرباح {quarter} بنسبة {big_pct} في المئة وترفع توزيعاتها مؤكدة أن "
                "الطلب في الخليج وآسيا لا يزال قويًا",
            ),
            dek=(
                "Higher volumes and lower costs lifted the {quarter}.",
                "ساهمت زيادة الأحجام وخفض التكاليف في تحسن نتائج {quarter}.",
            ),
            lead=(
                "{company} said on {weekday} that its net profit for the {quarter} rose by {big_pct} per "
                "cent from a year earlier, helped by higher volumes and lower costs.",
                "قالت {company} يوم {weekday} إن صافي أرباحها في {quarter} ارتفع بنسبة {big_pct} في المئة "
                "مقارنة بالفترة نفسها من العام الماضي، بدعم من زيادة الأحجام وخفض التكاليف.",
            ),
            details=(
                (
                    "“We grew in every market where we operate,” the company's chief executive told "
                    "analysts on a call.",
                    "وقال الرئيس التنفيذي للشركة للمحللين خلال مؤتمر عبر الهاتف: «حققنا نموًا في كل سوق "
                    "نعمل فيها».",
                ),
            ),
            caption=(
                "Results beat analysts' forecasts for the {quarter}.",
                "تجاوزت النتائج توقعات المحللين لـ{quarter}.",
            ),
        ),
        Beat(
            headline=(
                "Shareholders of {company} approve a higher dividend and a new board",
                "مساهمو {company} يقرون زيادة التوزيعات ومجلس إدارة جديدًا",
            ),
            dek=(
                "Two independent directors join, one of them a former central bank official.",
                "ينضم عضوان مستقلان أحدهما مسؤول سابق في البنك المركزي.",
            ),
            lead=(
                "Shareholders of {company} approved a dividend of 12 cents a share at the annual general "
                "meeting in {city} on {weekday}, up from 9 cents a year ago, and elected two independent "
                "board members.",
                "أقر مساهمو {company} في الجمعية العمومية السنوية في {city} يوم {weekday} توزيع أرباح نقدية "
                "بواقع 12 سنتًا للسهم، ارتفاعًا من 9 سنتات قبل عام، وانتخبوا عضوين مستقلين في مجلس الإدارة.",
            ),
            details=(
                (
                    "Small shareholders asked the board to publish its results in Arabic and English on the "
                    "same day, and the chairman agreed.",
                    "وطالب صغار المساهمين مجلس الإدارة بنشر النتائج بالعربية والإنجليزية في اليوم نفسه، "
                    "فوافق رئيس المجلس.",
                ),
            ),
            caption=("The meeting was held in {city}.", "عُقد الاجتماع في {city}."),
            scene="skyline",
        ),
        Beat(
            headline=(
                "Shares in {company_short} reach a record as the company wins a large contract",
                "سهم {company_short} يبلغ مستوى قياسيًا مع فوز الشركة بعقد كبير",
            ),
            dek=(
                "The contract is worth {money_mn} over five years.",
                "تبلغ قيمة العقد {money_mn} على مدى خمس سنوات.",
            ),
            lead=(
                "Shares in {company} rose {pct2} per cent to a record on {weekday} after the company said "
                "it had won a {money_mn} contract, its largest ever, to serve the new port in {city2}.",
                "ارتفع سهم {company} بنسبة {pct2} في المئة إلى مستوى قياسي يوم {weekday}، بعد أن أعلنت "
                "الشركة فوزها بعقد بقيمة {money_mn} لخدمة الميناء الجديد في {city2}، وهو الأكبر في تاريخها.",
            ),
            details=(
                (
                    "The stock has outperformed the main index of the Sahil Securities Exchange this year.",
                    "وتفوق أداء السهم هذا العام على المؤشر العام لبورصة الساحل للأوراق المالية.",
                ),
            ),
            caption=(
                "The contract is the largest in the company's history.",
                "العقد هو الأكبر في تاريخ الشركة.",
            ),
        ),
    ),
)


RATES = Topic(
    key="interest-rates",
    tags=("central-bank", "inflation"),
    speakers=("central_bank",),
    scenes=("chart", "skyline"),
    background=(
        (
            "The local currency is pegged to the US dollar, so the central bank usually follows the "
            "direction of American monetary policy.",
            "ونظرًا لارتباط العملة المحلية بالدولار الأمريكي، يتبع البنك المركزي عادة اتجاه السياسة النقدية "
            "الأمريكية.",
        ),
        (
            "Lending to small and medium-sized companies grew by only {pct} per cent last year, well below "
            "the government's target.",
            "ولم ينمُ الإقراض للشركات الصغيرة والمتوسطة سوى بنسبة {pct} في المئة العام الماضي، وهو أقل "
            "بكثير من هدف الحكومة.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Central bank holds rates and signals a cut may come soon",
                "البنك المركزي يثبت الفائدة ويلمح إلى خفض قريب",
            ),
            dek=(
                "Inflation is slowing faster than expected, the governor says.",
                "يقول المحافظ إن التضخم يتباطأ أسرع من المتوقع.",
            ),
            lead=(
                "The central bank left its main interest rate unchanged on {weekday}, but said slowing "
                "inflation could allow a cut within months.",
                "أبقى البنك المركزي يوم {weekday} سعر الفائدة الرئيسي دون تغيير، لكنه قال إن تباطؤ التضخم "
                "قد يسمح بخفضه خلال أشهر.",
            ),
            details=(
                (
                    "“We are close, but we want one more month of data,” said {official}.",
                    "{o_said} {official}: «اقتربنا، لكننا نريد بيانات شهر آخر».",
                ),
            ),
            caption=("The main rate was left unchanged.", "أُبقي سعر الفائدة الرئيسي دون تغيير."),
        ),
        Beat(
            headline=(
                "Central bank cuts its key rate to {rate} per cent, the first cut in a year",
                "البنك المركزي يخفض سعر الفائدة الرئيسي إلى {rate} في المئة في أول خفض منذ عام",
            ),
            dek=(
                "The decision follows a similar move by the US Federal Reserve, to which the local currency "
                "is pegged.",
                "يأتي القرار في أعقاب خطوة مماثلة من مجلس الاحتياطي الفيدرالي الأمريكي، الذي ترتبط به "
                "العملة المحلية.",
            ),
            lead=(
                "The central bank cut its main interest rate by 25 basis points to {rate} per cent on "
                "{weekday}, following the US Federal Reserve and citing slower inflation at home.",
                "خفض البنك المركزي يوم {weekday} سعر الفائدة الرئيسي بمقدار 25 نقطة أساس إلى {rate} في "
                "المئة، في خطوة تتبع مجلس الاحتياطي الفيدرالي الأمريكي وتستند إلى تباطؤ التضخم محليًا.",
            ),
            details=(
                (
                    "“Inflation has eased to {pct2} per cent, and we see room to support credit to "
                    "productive sectors,” said {official}.",
                    "{o_said} {official}: «تراجع التضخم إلى {pct2} في المئة، ونرى مجالًا لدعم الائتمان "
                    "الموجه إلى القطاعات الإنتاجية».",
                ),
            ),
            caption=("The cut is the first in more than a year.", "الخفض هو الأول منذ أكثر من عام."),
        ),
        Beat(
            headline=(
                "Banks pass on the rate cut to mortgage and car loan customers",
                "البنوك تنقل خفض الفائدة إلى عملاء القروض العقارية وقروض السيارات",
            ),
            dek=(
                "{bank} was the first to lower its rates, and others followed within days.",
                "كان {bank} أول من خفض أسعاره، وتبعته البنوك الأخرى خلال أيام.",
            ),
            lead=(
                "{bank} lowered the interest rates on its mortgages and car loans on {weekday}, the first "
                "lender to pass on the central bank's cut to customers, and three other banks followed.",
                "خفض {bank} يوم {weekday} أسعار الفائدة على قروضه العقارية وقروض السيارات، ليكون أول مصرف "
                "ينقل خفض البنك المركزي إلى عملائه، وتبعته ثلاثة بنوك أخرى.",
            ),
            details=(
                (
                    "A family with a typical mortgage will pay about 40 dollars a month less, bankers "
                    "estimate.",
                    "ويقدر المصرفيون أن الأسرة التي لديها قرض عقاري متوسط ستدفع نحو 40 دولارًا أقل شهريًا.",
                ),
            ),
            caption=("Three other banks followed within days.", "تبعته ثلاثة بنوك أخرى خلال أيام."),
        ),
        Beat(
            headline=(
                "Lending to small firms picks up after cheaper credit",
                "الإقراض للشركات الصغيرة ينتعش بعد تراجع كلفة الائتمان",
            ),
            dek=(
                "New loans to small and medium-sized firms rose for a third month.",
                "ارتفعت القروض الجديدة للشركات الصغيرة والمتوسطة للشهر الثالث على التوالي.",
            ),
            lead=(
                "Bank lending to small and medium-sized companies rose by {pct} per cent in the three "
                "months after the central bank cut rates, figures published on {weekday} showed.",
                "أظهرت أرقام نُشرت يوم {weekday} أن الإقراض المصرفي للشركات الصغيرة والمتوسطة ارتفع بنسبة "
                "{pct} في المئة خلال الأشهر الثلاثة التي تلت خفض البنك المركزي أسعار الفائدة.",
            ),
            details=(
                (
                    "Restaurants, workshops and shops in {city} took the largest share of the new loans.",
                    "واستحوذت المطاعم والورش والمحلات في {city} على الحصة الأكبر من القروض الجديدة.",
                ),
            ),
            caption=(
                "Small firms had waited a year for cheaper credit.",
                "انتظرت الشركات الصغيرة عامًا كاملًا ائتمانًا أرخص.",
            ),
            scene="skyline",
        ),
    ),
)


LISTING = Topic(
    key="listing",
    tags=("stock-market", "investment"),
    speakers=(),
    scenes=("chart", "skyline"),
    background=(
        (
            "The exchange has hosted five listings so far this year, as the government encourages family "
            "businesses to go public.",
            "واستضافت البورصة خمسة إدراجات منذ بداية العام، في ظل تشجيع الحكومة للشركات العائلية على طرح "
            "أسهمها للعموم.",
        ),
        (
            "{company_short} has grown quickly over the past five years and now employs about {count} "
            "people in the region.",
            "ونمت {company_short} بسرعة خلال السنوات الخمس الماضية، وتوظف الآن نحو {count} شخص في المنطقة.",
        ),
    ),
    beats=(
        Beat(
            headline=("{company} plans a stock market listing", "{company} تعتزم إدراج أسهمها في البورصة"),
            dek=(
                "The company will use the proceeds to pay down debt and expand abroad.",
                "ستستخدم الشركة حصيلة الطرح لسداد ديونها والتوسع في الخارج.",
            ),
            lead=(
                "{company} said on {weekday} that it would sell {big_pct} per cent of its shares in an "
                "initial public offering on the Sahil Securities Exchange, aiming to raise up to {money}.",
                "قالت {company} يوم {weekday} إنها ستطرح {big_pct} في المئة من أسهمها في طرح عام أولي في "
                "بورصة الساحل للأوراق المالية، ساعية إلى جمع ما يصل إلى {money}.",
            ),
            details=(
                (
                    "The family that founded the company will keep a majority of the shares.",
                    "وستحتفظ العائلة المؤسسة للشركة بأغلبية الأسهم.",
                ),
            ),
            caption=(
                "The offering would be the exchange's largest this year.",
                "سيكون الطرح الأكبر في البورصة هذا العام.",
            ),
            scene="skyline",
        ),
        Beat(
            headline=(
                "{company} sets a price range, and retail investors get a tenth of the shares",
                "{company} تحدد النطاق السعري وتخصص عُشر الأسهم للمستثمرين الأفراد",
            ),
            dek=(
                "Subscriptions open through banking apps for ten days.",
                "يُفتح الاكتتاب عبر التطبيقات المصرفية لمدة عشرة أيام.",
            ),
            lead=(
                "{company} will price its shares between 1.8 and 2.1 dollars each in its initial public "
                "offering, the company said on {weekday}, with ten per cent of the offer reserved for "
                "individual investors.",
                "قالت {company} يوم {weekday} إن سعر السهم في طرحها العام الأولي سيتراوح بين 1.8 و2.1 "
                "دولار، مع تخصيص عشرة في المئة من الطرح للمستثمرين الأفراد.",
            ),
            details=(
                (
                    "Employees will be able to buy shares at a discount.",
                    "وسيتمكن الموظفون من شراء الأسهم بسعر مخفض.",
                ),
            ),
            caption=(
                "Individual investors can subscribe through banking apps.",
                "يمكن للمستثمرين الأفراد الاكتتاب عبر التطبيقات المصرفية.",
            ),
        ),
        Beat(
            headline=(
                "Orders for {company_short} shares run to several times the offer",
                "طلبات الاكتتاب في أسهم {company_short} تفوق المعروض بأضعاف",
            ),
            dek=(
                "The book closed a day early for large institutions.",
                "أُغلق باب الاكتتاب أمام المؤسسات الكبرى قبل موعده بيوم.",
            ),
            lead=(
                "Investors placed orders worth several times the shares on offer in the initial public "
                "offering of {company}, the lead managers said on {weekday}, and the book closed a day "
                "early for large institutions.",
                "قال مديرو الاكتتاب يوم {weekday} إن المستثمرين قدموا طلبات تفوق بعدة أضعاف الأسهم المطروحة "
                "في الطرح العام الأولي لأسهم {company}، وأُغلق باب الاكتتاب أمام المؤسسات الكبرى قبل موعده "
                "بيوم.",
            ),
            details=(
                (
                    "Demand from investors outside the Gulf was stronger than expected.",
                    "وجاء الطلب من المستثمرين من خارج الخليج أقوى من المتوقع.",
                ),
            ),
            caption=("Demand came from inside and outside the Gulf.", "جاء الطلب من داخل الخليج وخارجه."),
        ),
        Beat(
            headline=(
                "{company_short} shares rise on their first day of trading",
                "أسهم {company_short} ترتفع في أول أيام تداولها",
            ),
            dek=(
                "The stock closed {big_pct} per cent above its offer price.",
                "أغلق السهم مرتفعًا {big_pct} في المئة فوق سعر الطرح.",
            ),
            lead=(
                "Shares in {company} rose {big_pct} per cent above their offer price on their first day of "
                "trading on the Sahil Securities Exchange on {weekday}, the biggest debut of the year.",
                "ارتفعت أسهم {company} بنسبة {big_pct} في المئة فوق سعر الطرح في أول أيام تداولها في بورصة "
                "الساحل للأوراق المالية يوم {weekday}، في أقوى بداية هذا العام.",
            ),
            details=(
                (
                    "The chief executive rang the opening bell with the company's longest-serving employee, "
                    "a driver who joined in 1989.",
                    "وقرع الرئيس التنفيذي جرس افتتاح التداول برفقة أقدم موظفي الشركة، وهو سائق انضم إليها "
                    "عام 1989.",
                ),
            ),
            caption=("The chief executive rang the opening bell.", "قرع الرئيس التنفيذي جرس افتتاح التداول."),
        ),
    ),
)


MERGER = Topic(
    key="bank-merger",
    tags=("central-bank", "investment"),
    speakers=("central_bank",),
    scenes=("skyline", "chart"),
    background=(
        (
            "Together the two lenders would hold about a third of all deposits in the country.",
            "وسيستحوذ المصرفان معًا على نحو ثلث الودائع في البلاد.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Two banks confirm merger talks that would create the country's largest lender",
                "مصرفان يؤكدان محادثات اندماج لتأسيس أكبر مصرف في البلاد",
            ),
            dek=(
                "Shares in both banks were suspended for an hour before the announcement.",
                "عُلّق تداول سهمي المصرفين ساعة قبل الإعلان.",
            ),
            lead=(
                "{bank} and a smaller rival confirmed on {weekday} that they were in talks to merge, in a "
                "deal that would create the country's largest lender by assets.",
                "أكد {bank} ومنافس أصغر منه يوم {weekday} أنهما يجريان محادثات للاندماج، في صفقة ستنشئ أكبر "
                "مصرف في البلاد من حيث الأصول.",
            ),
            details=(
                (
                    "Both banks said no decision had been taken on branches or jobs.",
                    "وقال المصرفان إنه لم يُتخذ أي قرار بشأن الفروع أو الوظائف.",
                ),
            ),
            caption=(
                "Trading in both banks' shares was briefly suspended.",
                "عُلّق تداول سهمي المصرفين لفترة وجيزة.",
            ),
        ),
        Beat(
            headline=(
                "Bank merger agreed, with a promise that no branch will close for two years",
                "الاتفاق على اندماج المصرفين مع تعهد بعدم إغلاق أي فرع لعامين",
            ),
            dek=(
                "Shareholders of the smaller bank will receive 0.8 new shares for each one they hold.",
                "سيحصل مساهمو المصرف الأصغر على 0.8 سهم جديد مقابل كل سهم يملكونه.",
            ),
            lead=(
                "The boards of {bank} and its smaller rival agreed on {weekday} to merge, promising that no "
                "branch would close and no employee would be made redundant for two years.",
                "وافق مجلسا إدارة {bank} ومنافسه الأصغر يوم {weekday} على الاندماج، متعهدين بعدم إغلاق أي "
                "فرع أو الاستغناء عن أي موظف لمدة عامين.",
            ),
            details=(
                (
                    "The merged bank will keep the larger lender's name and be run from {capital}.",
                    "وسيحتفظ المصرف المندمج باسم المصرف الأكبر، وستكون إدارته في {capital}.",
                ),
            ),
            caption=(
                "No branch will close for two years, the banks say.",
                "يقول المصرفان إنه لن يُغلق أي فرع لمدة عامين.",
            ),
            scene="chart",
        ),
        Beat(
            headline=(
                "Central bank approves the merger, with conditions on fees",
                "البنك المركزي يوافق على الاندماج بشروط تتعلق بالرسوم",
            ),
            dek=(
                "The merged bank may not raise its fees for ordinary accounts for three years.",
                "لا يجوز للمصرف المندمج رفع رسوم الحسابات العادية لمدة ثلاث سنوات.",
            ),
            lead=(
                "The central bank approved the merger of {bank} and its smaller rival on {weekday}, on "
                "condition that the new bank does not raise fees on ordinary accounts for three years.",
                "وافق البنك المركزي يوم {weekday} على اندماج {bank} ومنافسه الأصغر، شريطة ألا يرفع المصرف "
                "الجديد رسوم الحسابات العادية لمدة ثلاث سنوات.",
            ),
            details=(
                (
                    "“Customers should feel the benefits of a stronger bank, not pay for it,” said "
                    "{official}.",
                    "{o_said} {official}: «ينبغي أن يلمس العملاء فوائد مصرف أقوى لا أن يدفعوا ثمنه».",
                ),
            ),
            caption=(
                "The merged bank will be the largest in the country.",
                "سيكون المصرف المندمج الأكبر في البلاد.",
            ),
        ),
    ),
)


PRICES = Topic(
    key="cost-of-living",
    tags=("inflation", "cost-of-living", "retail"),
    speakers=("economy",),
    scenes=("chart", "abstract"),
    background=(
        (
            "Food makes up about a fifth of the basket used to measure inflation.",
            "ويشكل الغذاء نحو خُمس السلة المستخدمة لقياس التضخم.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Inflation slows to {pct2} per cent, the lowest in two years",
                "التضخم يتباطأ إلى {pct2} في المئة وهو الأدنى منذ عامين",
            ),
            dek=("Cheaper transport offset higher rents.", "عوّض تراجع أسعار النقل ارتفاع الإيجارات."),
            lead=(
                "Consumer prices rose by {pct2} per cent in {month} from a year earlier, the slowest pace "
                "in two years, as lower fuel and airfares offset higher rents, the statistics office said "
                "on {weekday}.",
                "قال مكتب الإحصاء يوم {weekday} إن أسعار المستهلكين ارتفعت في {month} بنسبة {pct2} في المئة "
                "مقارنة بالعام السابق، وهي أبطأ وتيرة منذ عامين، إذ عوّض تراجع أسعار الوقود وتذاكر الطيران "
                "ارتفاع الإيجارات.",
            ),
            details=(
                (
                    "Rents rose faster than any other item in the index.",
                    "وسجلت الإيجارات أسرع ارتفاع بين بنود المؤشر.",
                ),
            ),
            caption=(
                "Fuel and airfares fell over the year.",
                "تراجعت أسعار الوقود وتذاكر الطيران خلال العام.",
            ),
            scene="chart",
        ),
        Beat(
            headline=(
                "Price caps on bread, rice and milk extended for another year",
                "تمديد سقف أسعار الخبز والأرز والحليب عامًا آخر",
            ),
            dek=(
                "Inspectors will check shelf prices in supermarkets every week.",
                "سيتحقق المفتشون من الأسعار على رفوف المتاجر كل أسبوع.",
            ),
            lead=(
                "The Economy Ministry on {weekday} extended price caps on bread, rice, milk and cooking oil "
                "for another year, and said inspectors would check supermarket shelves weekly.",
                "مددت وزارة الاقتصاد يوم {weekday} العمل بسقوف أسعار الخبز والأرز والحليب وزيت الطهي عامًا "
                "آخر، وقالت إن المفتشين سيتحققون من رفوف المتاجر أسبوعيًا.",
            ),
            details=(
                (
                    "“Nobody should pay more for the basics because of a good season for retailers,” said "
                    "{official}.",
                    "{o_said} {official}: «لا ينبغي أن يدفع أحد أكثر مقابل السلع الأساسية لأن الموسم جيد "
                    "لتجار التجزئة».",
                ),
            ),
            caption=(
                "Bread, rice, milk and cooking oil stay capped.",
                "تبقى أسعار الخبز والأرز والحليب وزيت الطهي محددة بسقف.",
            ),
        ),
        Beat(
            headline=(
                "Supermarkets open price comparison to shoppers' phones",
                "المتاجر تتيح مقارنة الأسعار عبر هواتف المتسوقين",
            ),
            dek=(
                "A ministry app lists the price of 500 products in every large store.",
                "يعرض تطبيق للوزارة أسعار 500 منتج في كل متجر كبير.",
            ),
            lead=(
                "Shoppers can compare the prices of 500 everyday products across every large supermarket in "
                "the country on a new Economy Ministry app, launched on {weekday}.",
                "صار بإمكان المتسوقين مقارنة أسعار 500 منتج يومي في كل المتاجر الكبرى في البلاد عبر تطبيق "
                "جديد لوزارة الاقتصاد أُطلق يوم {weekday}.",
            ),
            details=(
                (
                    "Prices are updated each night from the stores' own systems.",
                    "وتُحدَّث الأسعار كل ليلة من أنظمة المتاجر نفسها.",
                ),
            ),
            caption=("Prices are updated every night.", "تُحدَّث الأسعار كل ليلة."),
            scene="phone",
        ),
    ),
)

TOPICS = (
    EARNINGS,
    RATES,
    LISTING,
    MERGER,
    PRICES,
)
