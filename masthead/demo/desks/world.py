"""The world desk: summits, elections, storms, trade and disputes among the country's neighbours.

Foreign stories quote the leader of the country they are about ({leader}, with {l_said} and
friends for Arabic agreement), so the topics name no home officials.
"""

from masthead.demo.desks import Desk, Topic

SUMMIT = Topic(
    key="summit",
    tags=("summits", "diplomacy", "climate"),
    speakers=(),
    scenes=("globe", "civic"),
    headlines=(
        ("Coastal States summit ends with climate fund", "قمة الدول الساحلية تختتم بإنشاء صندوق للمناخ"),
        (
            "Leaders agree in {capital_of} to protect shipping lanes",
            "القادة يتفقون في {capital_of} على حماية ممرات الملاحة",
        ),
        (
            "Coastal States summit in {capital_of} closes with pledges on food security, maritime safety and "
            "a climate adaptation fund worth {money}",
            "قمة الدول الساحلية في {capital_of} تختتم بتعهدات بشأن الأمن الغذائي وسلامة الملاحة وصندوق "
            "للتكيف المناخي بقيمة {money}",
        ),
    ),
    deks=(
        (
            "The host, {country}, says the meeting showed that neighbours can still agree on practical "
            "steps.",
            "تقول {country}، الدولة المضيفة، إن الاجتماع أظهر أن الجيران لا يزالون قادرين على الاتفاق على "
            "خطوات عملية.",
        ),
        (
            "Delegations from eleven countries attended, and the next summit will be held in {country2}.",
            "شاركت وفود من أحد عشر بلدًا، وستُعقد القمة المقبلة في {country2}.",
        ),
    ),
    leads=(
        (
            "Leaders of the Coastal States Council wrapped up a two-day summit in {capital_of} on {weekday}, "
            "agreeing to share maritime surveillance data and to set up a joint fund for climate adaptation.",
            "اختتم قادة مجلس الدول الساحلية يوم {weekday} قمة استمرت يومين في {capital_of}، واتفقوا على "
            "تبادل بيانات المراقبة البحرية وإنشاء صندوق مشترك للتكيف مع تغير المناخ.",
        ),
        (
            "A summit of the Coastal States Council ended in {capital_of} on {weekday} with agreements on "
            "shipping security, food prices and the cost of adapting to a hotter climate.",
            "انتهت قمة مجلس الدول الساحلية في {capital_of} يوم {weekday} باتفاقات بشأن أمن الملاحة وأسعار "
            "الغذاء وكلفة التكيف مع مناخ أكثر حرارة.",
        ),
    ),
    details=(
        (
            "“No country can protect its coast alone,” said {leader}, who chaired the meeting.",
            "{l_said} {leader} خلال ترؤس الاجتماع: «لا يستطيع أي بلد أن يحمي سواحله بمفرده».",
        ),
        (
            "The fund will start with {money} in pledges, and members will contribute according to the size "
            "of their economies.",
            "وسيبدأ الصندوق بتعهدات قيمتها {money}، على أن يساهم الأعضاء وفقًا لحجم اقتصاداتهم.",
        ),
        (
            "Delegates also agreed to hold joint search-and-rescue exercises twice a year and to simplify "
            "customs checks for food shipments.",
            "واتفق المندوبون أيضًا على إجراء تمارين مشتركة للبحث والإنقاذ مرتين في العام، وتبسيط إجراءات "
            "الفحص الجمركي لشحنات الغذاء.",
        ),
        (
            "The country's delegation, led by the foreign minister, held side meetings on energy and port "
            "investment.",
            "وعقد وفد البلاد، برئاسة وزير الخارجية، لقاءات جانبية بشأن الطاقة والاستثمار في الموانئ.",
        ),
    ),
)

ELECTION = Topic(
    key="election-abroad",
    tags=("elections",),
    speakers=(),
    scenes=("globe", "abstract"),
    headlines=(
        (
            "Governing coalition holds on in {country} election",
            "الائتلاف الحاكم يحتفظ بالسلطة في انتخابات {country}",
        ),
        ("Close result in {country} election", "نتيجة متقاربة في انتخابات {country}"),
        (
            "Voters in {country} return the governing coalition with a reduced majority after a campaign "
            "fought over energy prices, housing and migration",
            "الناخبون في {country} يعيدون الائتلاف الحاكم بأغلبية أقل بعد حملة تمحورت حول أسعار الطاقة "
            "والإسكان والهجرة",
        ),
    ),
    deks=(
        (
            "Turnout was the highest in twenty years, election officials said.",
            "قال مسؤولو الانتخابات إن نسبة المشاركة كانت الأعلى منذ عشرين عامًا.",
        ),
        (
            "Talks on forming a new coalition could take weeks, analysts say.",
            "يقول المحللون إن مفاوضات تشكيل ائتلاف جديد قد تستغرق أسابيع.",
        ),
    ),
    leads=(
        (
            "The governing coalition in {country} held on to power in elections on {weekday}, but with a "
            "smaller majority that will make it harder to pass its budget.",
            "احتفظ الائتلاف الحاكم في {country} بالسلطة في انتخابات جرت يوم {weekday}، لكن بأغلبية أقل ستجعل "
            "تمرير ميزانيته أكثر صعوبة.",
        ),
        (
            "Vote counting in {country} on {weekday} showed the governing coalition narrowly ahead after an "
            "election that surveys had called too close to predict.",
            "أظهر فرز الأصوات في {country} يوم {weekday} تقدم الائتلاف الحاكم بفارق ضئيل، في انتخابات قالت "
            "الاستطلاعات إن التكهن بنتيجتها صعب.",
        ),
    ),
    details=(
        (
            "“The people have given us a mandate and a warning, and we have heard both,” said {leader}.",
            "{l_said} {leader}: «منحنا الشعب تفويضًا وتحذيرًا في آن واحد، وقد سمعنا الاثنين».",
        ),
        (
            "Energy prices and the cost of housing dominated the campaign, and a new party founded by former "
            "mayors did well in the cities.",
            "وهيمنت أسعار الطاقة وكلفة السكن على الحملة الانتخابية، وحقق حزب جديد أسسه رؤساء بلديات سابقون "
            "نتائج جيدة في المدن.",
        ),
        (
            "Observers from the Coastal States Council said voting had been orderly, though some polling "
            "stations opened late.",
            "وقال مراقبون من مجلس الدول الساحلية إن التصويت جرى بانتظام، رغم تأخر فتح بعض مراكز الاقتراع.",
        ),
        (
            "Official results are expected within two days, and the new parliament must meet within a month.",
            "ومن المتوقع إعلان النتائج الرسمية خلال يومين، على أن ينعقد البرلمان الجديد في غضون شهر.",
        ),
    ),
)

CYCLONE = Topic(
    key="cyclone",
    tags=("climate", "humanitarian-aid", "weather"),
    speakers=(),
    scenes=("rain", "sea", "globe"),
    headlines=(
        ("Cyclone makes landfall in {country}", "إعصار يضرب سواحل {country}"),
        ("Thousands shelter from cyclone in {country}", "الآلاف يحتمون من الإعصار في {country}"),
        (
            "Thousands take shelter in schools and stadiums as a powerful cyclone brings floods and winds of "
            "180 kilometres an hour to the coast of {country}",
            "الآلاف يحتمون بالمدارس والملاعب مع إعصار قوي يجلب الفيضانات ورياحًا سرعتها 180 كيلومترًا في "
            "الساعة إلى سواحل {country}",
        ),
    ),
    deks=(
        (
            "The government of {country} has asked for tents, water purification units and medical supplies.",
            "طلبت حكومة {country} خيامًا ووحدات لتنقية المياه وإمدادات طبية.",
        ),
        (
            "Forecasters say the storm will weaken as it moves inland, but heavy rain will continue for two "
            "days.",
            "يقول خبراء الأرصاد إن العاصفة ستضعف مع تحركها نحو الداخل، لكن الأمطار الغزيرة ستستمر يومين.",
        ),
    ),
    leads=(
        (
            "A powerful cyclone made landfall on the coast of {country} on {weekday}, flooding low-lying "
            "towns and forcing tens of thousands of people from their homes.",
            "ضرب إعصار قوي سواحل {country} يوم {weekday}، فأغرق البلدات المنخفضة وأجبر عشرات الآلاف على "
            "مغادرة منازلهم.",
        ),
        (
            "Tens of thousands of people spent the night in schools and stadiums in {country} on {weekday} "
            "after a cyclone brought floods and fierce winds to the coast.",
            "أمضى عشرات الآلاف ليلتهم في المدارس والملاعب في {country} يوم {weekday}، بعدما جلب إعصار "
            "الفيضانات ورياحًا عاتية إلى الساحل.",
        ),
    ),
    details=(
        (
            "“Our first duty is to reach every family cut off by the water,” said {leader}.",
            "{l_said} {leader}: «واجبنا الأول هو الوصول إلى كل أسرة عزلتها المياه».",
        ),
        (
            "Rescue teams used boats to reach villages whose roads had been washed away, and the army set up "
            "field kitchens in {capital_of}.",
            "واستخدمت فرق الإنقاذ القوارب للوصول إلى القرى التي جرفت المياه طرقها، وأقام الجيش مطابخ ميدانية "
            "في {capital_of}.",
        ),
        (
            "The Foreign Ministry said two aircraft carrying food, tents and medical supplies would leave "
            "for {capital_of} within days, and the Red Crescent is sending doctors and water engineers.",
            "وقالت وزارة الخارجية إن طائرتين محملتين بالأغذية والخيام والإمدادات الطبية ستتوجهان إلى "
            "{capital_of} خلال أيام، فيما ترسل جمعية الهلال الأحمر أطباء ومهندسي مياه.",
        ),
        (
            "Scientists say warmer seas are making storms in the region stronger and wetter.",
            "ويقول العلماء إن ارتفاع حرارة البحار يجعل العواصف في المنطقة أقوى وأغزر أمطارًا.",
        ),
    ),
)

TRADE_DEAL = Topic(
    key="trade-deal",
    tags=("trade", "food-security"),
    speakers=(),
    scenes=("port", "globe"),
    headlines=(
        ("Free trade deal for {country} and {country2}", "اتفاقية تجارة حرة بين {country} و{country2}"),
        (
            "Tariffs on food to fall under pact between {country} and {country2}",
            "خفض الرسوم على الغذاء بموجب اتفاق بين {country} و{country2}",
        ),
        (
            "Trade ministers from {country} and {country2} agree to scrap tariffs on food and machinery, "
            "ending three years of talks that stalled twice over farm subsidies",
            "وزراء التجارة في {country} و{country2} يتفقون على إلغاء الرسوم على الغذاء والآلات منهين ثلاث "
            "سنوات من المفاوضات تعثرت مرتين بسبب الدعم الزراعي",
        ),
    ),
    deks=(
        (
            "The agreement covers about {money} of annual trade and takes effect in January.",
            "تغطي الاتفاقية تجارة سنوية تبلغ نحو {money}، وتدخل حيز التنفيذ في يناير.",
        ),
        (
            "Importers in the Gulf are watching closely, as both countries are large suppliers of grain and "
            "machinery.",
            "يتابع المستوردون في الخليج الأمر عن كثب، إذ يُعد البلدان من كبار موردي الحبوب والآلات.",
        ),
    ),
    leads=(
        (
            "Trade ministers from {country} and {country2} signed a free trade agreement on {weekday} that "
            "removes tariffs on most food and machinery, after three years of negotiations.",
            "وقّع وزيرا التجارة في {country} و{country2} يوم {weekday} اتفاقية للتجارة الحرة تلغي الرسوم "
            "الجمركية على معظم المواد الغذائية والآلات، بعد ثلاث سنوات من المفاوضات.",
        ),
        (
            "Tariffs on most food and machinery traded between {country} and {country2} will be removed from "
            "January under an agreement signed on {weekday}, ending three years of negotiations.",
            "ستُلغى الرسوم الجمركية على معظم المواد الغذائية والآلات المتبادلة بين {country} و{country2} "
            "اعتبارًا من يناير، بموجب اتفاقية وُقّعت يوم {weekday} منهية ثلاث سنوات من المفاوضات.",
        ),
    ),
    details=(
        (
            "“This agreement is good for farmers, good for factories and good for families at the checkout,” "
            "said {leader}.",
            "{l_said} {leader}: «هذه الاتفاقية في مصلحة المزارعين والمصانع والأسر عند دفع فواتير مشترياتها».",
        ),
        (
            "Farmers' groups in {country2} protested outside the trade ministry, saying they would struggle "
            "to compete with cheaper imports.",
            "واحتجت جمعيات المزارعين في {country2} أمام وزارة التجارة، قائلة إنها ستواجه صعوبة في منافسة "
            "الواردات الأرخص.",
        ),
        (
            "Importers in the Gulf welcomed the deal, which could lower the price of some grains and spare "
            "parts.",
            "ورحب المستوردون في الخليج بالاتفاقية، التي قد تخفض أسعار بعض الحبوب وقطع الغيار.",
        ),
        (
            "Both governments said they would review the agreement after five years.",
            "وقالت الحكومتان إنهما ستراجعان الاتفاقية بعد خمس سنوات.",
        ),
    ),
)

FISHING_TALKS = Topic(
    key="fishing-talks",
    tags=("diplomacy", "food-security"),
    speakers=(),
    scenes=("sea", "globe"),
    headlines=(
        (
            "Fishing waters deal for {country} and {country2}",
            "اتفاق على مياه الصيد بين {country} و{country2}",
        ),
        (
            "Breakthrough in fishing dispute after talks in the capital",
            "انفراجة في نزاع الصيد بعد محادثات في العاصمة",
        ),
        (
            "Negotiators from {country} and {country2} agree to share disputed fishing grounds and set up a "
            "joint patrol, after a dispute that saw boats seized by both sides",
            "مفاوضو {country} و{country2} يتفقون على تقاسم مناطق الصيد المتنازع عليها وتسيير دوريات مشتركة "
            "بعد نزاع شهد احتجاز قوارب من الجانبين",
        ),
    ),
    deks=(
        (
            "The talks were held in Dar al-Sahil, where the foreign ministry has mediated since the spring.",
            "عُقدت المحادثات في دار الساحل، حيث تتوسط وزارة الخارجية منذ الربيع.",
        ),
        (
            "Fishing communities on both coasts welcomed the agreement, which takes effect next month.",
            "رحبت مجتمعات الصيادين على الساحلين بالاتفاق، الذي يدخل حيز التنفيذ الشهر المقبل.",
        ),
    ),
    leads=(
        (
            "{country} and {country2} agreed on {weekday} to share fishing grounds that both sides claim, "
            "ending a dispute that led to the seizure of boats and crews last year.",
            "اتفقت {country} و{country2} يوم {weekday} على تقاسم مناطق صيد يطالب بها الطرفان، منهيتين نزاعًا "
            "أدى إلى احتجاز قوارب وطواقم العام الماضي.",
        ),
        (
            "Negotiators from {country} and {country2} reached an agreement on disputed fishing waters on "
            "{weekday} after talks mediated by the foreign ministry in Dar al-Sahil.",
            "توصل مفاوضو {country} و{country2} يوم {weekday} إلى اتفاق بشأن مياه الصيد المتنازع عليها، بعد "
            "محادثات توسطت فيها وزارة الخارجية في دار الساحل.",
        ),
    ),
    details=(
        (
            "“Fishermen on both sides want to work, not to wait in harbours,” said {leader}.",
            "{l_said} {leader}: «يريد الصيادون على الجانبين أن يعملوا، لا أن ينتظروا في الموانئ».",
        ),
        (
            "Under the deal, boats from both countries may fish in the shared zone with licences issued by a "
            "joint committee, and catches will be reported electronically.",
            "وبموجب الاتفاق، يُسمح لقوارب البلدين بالصيد في المنطقة المشتركة بتراخيص تصدرها لجنة مشتركة، على "
            "أن يُبلَّغ عن الصيد إلكترونيًا.",
        ),
        (
            "A joint coastguard patrol will begin next month, and all boats and crews still held will be "
            "released within a week.",
            "وستبدأ دوريات مشتركة لخفر السواحل الشهر المقبل، وسيُفرج خلال أسبوع عن جميع القوارب والطواقم "
            "التي لا تزال محتجزة.",
        ),
        (
            "Scientists from both countries will survey fish stocks every year and may recommend closed "
            "seasons.",
            "وسيجري علماء من البلدين مسحًا سنويًا للثروة السمكية، وقد يوصون بمواسم يُحظر فيها الصيد.",
        ),
    ),
)

DESK = Desk(
    section="world",
    analysts="world",
    topics=(SUMMIT, ELECTION, CYCLONE, TRADE_DEAL, FISHING_TALKS),
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
