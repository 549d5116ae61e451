"""The world desk's running stories: a summit, an election abroad, a cyclone, trade and fishing talks."""

from masthead.demo.desks import Beat, Topic

SUMMIT = Topic(
    key="coastal-summit",
    tags=("summits", "diplomacy", "climate"),
    speakers=(),
    scenes=("globe", "civic"),
    background=(
        (
            "The Coastal States Council was founded in the 1980s to coordinate on trade, fisheries and "
            "maritime safety, and now has eleven members.",
            "وتأسس مجلس الدول الساحلية في ثمانينيات القرن الماضي للتنسيق في مجالات التجارة ومصائد الأسماك "
            "والسلامة البحرية، ويضم اليوم أحد عشر عضوًا.",
        ),
        (
            "Rising seas threaten ports, desalination plants and low-lying districts in almost every member "
            "country.",
            "ويهدد ارتفاع منسوب البحر الموانئ ومحطات التحلية والأحياء المنخفضة في كل الدول الأعضاء تقريبًا.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Climate money tops the agenda as {capital_of} prepares to host the Coastal States",
                "تمويل المناخ يتصدر جدول الأعمال مع استعداد {capital_of} لاستضافة الدول الساحلية",
            ),
            dek=(
                "Officials have been drafting a fund for sea defences for a year.",
                "يعمل المسؤولون منذ عام على صياغة صندوق لحماية السواحل.",
            ),
            lead=(
                "Officials from eleven countries began preparatory talks in {capital_of} on {weekday} ahead "
                "of next week's summit of the Coastal States Council, where a fund to pay for sea defences "
                "is expected to be the main item.",
                "بدأ مسؤولون من أحد عشر بلدًا محادثات تحضيرية في {capital_of} يوم {weekday} قبل قمة مجلس "
                "الدول الساحلية الأسبوع المقبل، التي يُتوقع أن يكون صندوق تمويل حماية السواحل بندها "
                "الرئيسي.",
            ),
            details=(
                (
                    "Diplomats say the size of the fund and who pays into it are still being argued over.",
                    "ويقول دبلوماسيون إن حجم الصندوق والجهات التي ستسهم فيه لا يزالان محل خلاف.",
                ),
            ),
            caption=(
                "Preparatory talks began a week before the summit.",
                "بدأت المحادثات التحضيرية قبل القمة بأسبوع.",
            ),
        ),
        Beat(
            headline=(
                "Leaders arrive in {capital_of} for a summit on rising seas",
                "القادة يصلون إلى {capital_of} لحضور قمة عن ارتفاع منسوب البحر",
            ),
            dek=(
                "The host, {country}, says neighbours can still agree on practical steps.",
                "تقول {country}، الدولة المضيفة، إن الجيران لا يزالون قادرين على الاتفاق على خطوات عملية.",
            ),
            lead=(
                "Leaders of the Coastal States Council gathered in {capital_of} on {weekday} for a two-day "
                "summit, with {leader} opening the meeting by calling rising seas the region's shared "
                "emergency.",
                "اجتمع قادة مجلس الدول الساحلية في {capital_of} يوم {weekday} في قمة تستمر يومين، استُهلت "
                "بكلمة لـ{leader} وصفت ارتفاع منسوب البحر بأنه حالة الطوارئ المشتركة في المنطقة.",
            ),
            details=(
                (
                    "“No country can protect its coast alone,” said {leader}, who is chairing the meeting.",
                    "{l_said} {leader} في كلمة الافتتاح: «لا يستطيع أي بلد أن يحمي سواحله بمفرده».",
                ),
            ),
            caption=(
                "The summit opened with a call to act on rising seas.",
                "افتُتحت القمة بدعوة إلى التحرك في مواجهة ارتفاع منسوب البحر.",
            ),
            scene="civic",
        ),
        Beat(
            headline=(
                "Coastal States summit in {capital_of} closes with pledges on food security, maritime "
                "safety and a {money} fund for sea defences",
                "قمة الدول الساحلية في {capital_of} تختتم بتعهدات بشأن الأمن الغذائي وسلامة الملاحة وصندوق "
                "لحماية السواحل بقيمة {money}",
            ),
            dek=(
                "Members will pay in according to the size of their economies, and island states get "
                "priority.",
                "ستسهم الدول الأعضاء وفق حجم اقتصاداتها، وتحظى الدول الجزرية بالأولوية.",
            ),
            lead=(
                "Leaders of the Coastal States Council wrapped up their summit in {capital_of} on "
                "{weekday}, agreeing to a joint {money} fund for sea walls, mangrove planting and flood "
                "warnings, and to share maritime surveillance data.",
                "اختتم قادة مجلس الدول الساحلية قمتهم في {capital_of} يوم {weekday}، واتفقوا على صندوق "
                "مشترك بقيمة {money} لبناء الجدران البحرية وزراعة أشجار القرم وأنظمة الإنذار من الفيضانات، "
                "وعلى تبادل بيانات المراقبة البحرية.",
            ),
            details=(
                (
                    "The next summit will be held in {country2} in two years.",
                    "وستُعقد القمة المقبلة في {country2} بعد عامين.",
                ),
            ),
            caption=(
                "The fund will pay for sea walls and mangrove planting.",
                "سيموّل الصندوق الجدران البحرية وزراعة أشجار القرم.",
            ),
        ),
        Beat(
            headline=(
                "Sea defence fund picks its first projects: mangroves and flood warnings",
                "صندوق حماية السواحل يختار أولى مشاريعه: أشجار القرم والإنذار من الفيضانات",
            ),
            dek=(
                "Three island states will receive the first grants.",
                "ستحصل ثلاث دول جزرية على المنح الأولى.",
            ),
            lead=(
                "The Coastal States' new sea defence fund approved its first grants on {weekday}, paying "
                "for mangrove planting and flood warning systems in three island states, including "
                "{country2}.",
                "وافق صندوق حماية السواحل التابع للدول الساحلية يوم {weekday} على منحه الأولى، لتمويل زراعة "
                "أشجار القرم وأنظمة الإنذار من الفيضانات في ثلاث دول جزرية بينها {country2}.",
            ),
            details=(
                (
                    "Scientists say a belt of mangroves can take much of the force out of a storm surge.",
                    "ويقول العلماء إن حزامًا من أشجار القرم يمكنه امتصاص قدر كبير من قوة العواصف البحرية.",
                ),
            ),
            caption=(
                "Mangrove belts are among the first projects to be funded.",
                "أحزمة أشجار القرم بين أولى المشاريع الممولة.",
            ),
            scene="sea",
        ),
    ),
)


ELECTION = Topic(
    key="election-abroad",
    tags=("elections",),
    speakers=(),
    scenes=("ballot", "globe"),
    background=(
        (
            "Energy prices, housing and migration have dominated the campaign.",
            "وهيمنت أسعار الطاقة والإسكان والهجرة على الحملة الانتخابية.",
        ),
        (
            "Trade with {country} has grown steadily, and thousands of its citizens live and work in the "
            "Gulf.",
            "ونما التبادل التجاري مع {country} بصورة مطردة، ويعيش آلاف من مواطنيها ويعملون في الخليج.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "{country} heads for an election fought over energy prices",
                "{country} تتجه إلى انتخابات تتصدرها أسعار الطاقة",
            ),
            dek=(
                "Polls show the governing coalition narrowly ahead, with many voters undecided.",
                "تُظهر استطلاعات الرأي تقدمًا طفيفًا للائتلاف الحاكم مع كثرة المترددين.",
            ),
            lead=(
                "{leader} called an early general election on {weekday}, asking voters to back a plan to "
                "cap household energy bills after a winter of soaring prices.",
                "{l_called} {leader} يوم {weekday} إلى انتخابات عامة مبكرة، في مسعى إلى كسب تأييد الناخبين "
                "لخطة تضع سقفًا لفواتير الطاقة المنزلية بعد شتاء شهد ارتفاعًا حادًا في الأسعار.",
            ),
            details=(
                (
                    "Opposition parties accused the government of choosing the date to avoid a budget "
                    "debate.",
                    "واتهمت أحزاب المعارضة الحكومة باختيار الموعد لتفادي مناقشة الميزانية.",
                ),
            ),
            caption=(
                "Energy bills have dominated the campaign in {country}.",
                "هيمنت فواتير الطاقة على الحملة الانتخابية في {country}.",
            ),
            scene="globe",
        ),
        Beat(
            headline=(
                "Televised debate in {country} turns on housing and rents",
                "المناظرة التلفزيونية في {country} تتمحور حول الإسكان والإيجارات",
            ),
            dek=(
                "Both main candidates promised to build more homes; neither said how to pay for them.",
                "وعد المرشحان الرئيسيان ببناء مزيد من المساكن، ولم يوضح أي منهما كيف سيُموَّل ذلك.",
            ),
            lead=(
                "The two leading candidates in the election in {country} clashed over rents and housing in "
                "their only televised debate on {weekday}, watched by almost half the country.",
                "اختلف المرشحان الأبرز في انتخابات {country} حول الإيجارات والإسكان في مناظرتهما "
                "التلفزيونية الوحيدة يوم {weekday}، التي تابعها نحو نصف سكان البلاد.",
            ),
            details=(
                (
                    "Snap polls after the debate gave neither side a clear win.",
                    "ولم تمنح استطلاعات الرأي السريعة بعد المناظرة أيًا من الطرفين فوزًا واضحًا.",
                ),
            ),
            caption=(
                "The debate was watched by almost half the country.",
                "تابع المناظرةَ نحو نصف سكان البلاد.",
            ),
            scene="globe",
        ),
        Beat(
            headline=(
                "Governing coalition holds on in {country}, with a smaller majority",
                "الائتلاف الحاكم يحتفظ بالسلطة في {country} بأغلبية أصغر",
            ),
            dek=("Turnout was the highest in twenty years.", "كانت نسبة المشاركة الأعلى منذ عشرين عامًا."),
            lead=(
                "Voters in {country} returned the governing coalition on {weekday} with a reduced majority, "
                "according to official results, after a campaign fought over energy prices, housing and "
                "migration.",
                "أعاد الناخبون في {country} يوم {weekday} الائتلاف الحاكم إلى السلطة بأغلبية أصغر، بحسب "
                "النتائج الرسمية، بعد حملة دارت حول أسعار الطاقة والإسكان والهجرة.",
            ),
            details=(
                (
                    "“The people have given us another chance, and a clear message,” said {leader}.",
                    "{l_said} {leader}: «منحنا الشعب فرصة أخرى ورسالة واضحة».",
                ),
            ),
            caption=("Results were announced before midnight.", "أُعلنت النتائج قبل منتصف الليل."),
        ),
        Beat(
            headline=(
                "Coalition talks in {country} drag into a third week",
                "مفاوضات الائتلاف في {country} تمتد إلى أسبوعها الثالث",
            ),
            dek=(
                "A smaller party is holding out for the housing ministry.",
                "حزب صغير يتمسك بالحصول على وزارة الإسكان.",
            ),
            lead=(
                "Talks to form a new government in {country} entered a third week on {weekday}, as a small "
                "party whose votes the coalition needs held out for control of the housing ministry.",
                "دخلت محادثات تشكيل حكومة جديدة في {country} أسبوعها الثالث يوم {weekday}، مع تمسك حزب صغير "
                "يحتاج الائتلاف إلى أصواته بالحصول على وزارة الإسكان.",
            ),
            details=(
                ("Markets have so far taken the delay calmly.", "وتعاملت الأسواق مع التأخير بهدوء حتى الآن."),
            ),
            caption=("Coalition talks have lasted three weeks.", "استمرت مفاوضات الائتلاف ثلاثة أسابيع."),
            scene="globe",
        ),
        Beat(
            headline=(
                "New government sworn in in {country}, with a minister for housing alone",
                "الحكومة الجديدة تؤدي اليمين في {country} مع وزارة مستقلة للإسكان",
            ),
            dek=(
                "The cabinet is the youngest in the country's history.",
                "الحكومة الجديدة هي الأصغر سنًا في تاريخ البلاد.",
            ),
            lead=(
                "{leader} and a new cabinet were sworn in in {capital_of} on {weekday}, ending a month of "
                "coalition talks, with a ministry devoted only to housing for the first time.",
                "أدت الحكومة الجديدة برئاسة {leader} اليمين في {capital_of} يوم {weekday}، منهية شهرًا من "
                "مفاوضات الائتلاف، وتضم لأول مرة وزارة مخصصة للإسكان وحده.",
            ),
            details=(
                (
                    "The new foreign minister is expected to visit the Gulf before the end of the year.",
                    "ومن المتوقع أن يزور وزير الخارجية الجديد الخليج قبل نهاية العام.",
                ),
            ),
            caption=(
                "The new cabinet took the oath in {capital_of}.",
                "أدت الحكومة الجديدة اليمين في {capital_of}.",
            ),
            scene="globe",
        ),
    ),
)


CYCLONE = Topic(
    key="cyclone",
    tags=("climate", "humanitarian-aid", "weather"),
    speakers=(),
    scenes=("rain", "sea", "globe"),
    background=(
        (
            "Cyclones in the region have grown stronger as the sea has warmed.",
            "وازدادت الأعاصير في المنطقة قوة مع ارتفاع حرارة مياه البحر.",
        ),
        (
            "The Foreign Ministry said it was in contact with citizens in {country} and advised against "
            "travel to the coast.",
            "وقالت وزارة الخارجية إنها على تواصل مع المواطنين في {country}، ونصحت بعدم السفر إلى المناطق "
            "الساحلية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Cyclone strengthens as it heads for the coast of {country}",
                "الإعصار يشتد مع اقترابه من سواحل {country}",
            ),
            dek=(
                "Fishing boats have been called back to port, and schools on the coast are closed.",
                "استُدعيت قوارب الصيد إلى الموانئ، وأُغلقت المدارس في المناطق الساحلية.",
            ),
            lead=(
                "A cyclone over the open sea strengthened on {weekday} and is expected to reach the coast "
                "of {country} within two days, with winds of up to 180 kilometres an hour, forecasters "
                "said.",
                "اشتد إعصار فوق عرض البحر يوم {weekday}، ويُتوقع أن يبلغ سواحل {country} خلال يومين برياح "
                "تصل سرعتها إلى 180 كيلومترًا في الساعة، بحسب خبراء الأرصاد.",
            ),
            details=(
                (
                    "Authorities in {country} began moving families from low-lying villages into schools "
                    "and stadiums.",
                    "وبدأت السلطات في {country} نقل الأسر من القرى المنخفضة إلى المدارس والملاعب.",
                ),
            ),
            caption=(
                "Fishing boats in {country} were called back to port.",
                "استُدعيت قوارب الصيد في {country} إلى الموانئ.",
            ),
            scene="sea",
        ),
        Beat(
            headline=(
                "Cyclone makes landfall in {country}; thousands in shelters",
                "الإعصار يضرب سواحل {country} والآلاف في الملاجئ",
            ),
            dek=(
                "Roads and power lines are down along a long stretch of coast.",
                "انقطعت الطرق وخطوط الكهرباء على امتداد شريط ساحلي طويل.",
            ),
            lead=(
                "A powerful cyclone made landfall in {country} on {weekday}, bringing floods and winds of "
                "180 kilometres an hour to the coast, as thousands of people took shelter in schools and "
                "stadiums.",
                "ضرب إعصار قوي سواحل {country} يوم {weekday}، حاملًا فيضانات ورياحًا بلغت سرعتها 180 "
                "كيلومترًا في الساعة، فيما لجأ الآلاف إلى المدارس والملاعب.",
            ),
            details=(
                (
                    "“Our priority tonight is to keep people safe,” said {leader}, adding that the army had "
                    "been sent to help.",
                    "{l_said} {leader}: «أولويتنا الليلة هي الحفاظ على سلامة الناس»، {l_adding} أن الجيش "
                    "أُرسل للمساعدة.",
                ),
            ),
            caption=("Thousands took shelter in schools and stadiums.", "لجأ الآلاف إلى المدارس والملاعب."),
            scene="rain",
        ),
        Beat(
            headline=(
                "Gulf aid flights land in {country} with tents, water and medicine",
                "طائرات مساعدات خليجية تهبط في {country} محملة بالخيام والمياه والأدوية",
            ),
            dek=(
                "A field hospital will be set up near the worst-hit town.",
                "سيُقام مستشفى ميداني قرب البلدة الأكثر تضررًا.",
            ),
            lead=(
                "Three aircraft carrying tents, water purification units and medicine landed in {country} "
                "on {weekday}, the first of an air bridge set up after the cyclone, the Foreign Ministry "
                "said.",
                "قالت وزارة الخارجية إن ثلاث طائرات تحمل خيامًا ووحدات لتنقية المياه وأدوية هبطت في "
                "{country} يوم {weekday}، في أولى رحلات جسر جوي أقيم بعد الإعصار.",
            ),
            details=(
                (
                    "Volunteers in {capital} packed more than {count} boxes of supplies in two days.",
                    "وعبّأ متطوعون في {capital} أكثر من {count} صندوق من المؤن في يومين.",
                ),
            ),
            caption=(
                "The aid flights carried tents and water purification units.",
                "حملت طائرات المساعدات خيامًا ووحدات لتنقية المياه.",
            ),
            scene="globe",
        ),
        Beat(
            headline=(
                "Donors pledge {money} to rebuild after the cyclone in {country}",
                "المانحون يتعهدون بتقديم {money} لإعادة الإعمار بعد الإعصار في {country}",
            ),
            dek=(
                "Most of the money will go to housing, schools and the fishing fleet.",
                "سيذهب معظم المبلغ إلى الإسكان والمدارس وأسطول الصيد.",
            ),
            lead=(
                "A donors' conference in {capital_of} raised {money} on {weekday} to rebuild homes, schools "
                "and harbours destroyed by the cyclone, with Gulf states among the largest contributors.",
                "جمع مؤتمر للمانحين في {capital_of} يوم {weekday} مبلغ {money} لإعادة بناء المنازل والمدارس "
                "والموانئ التي دمرها الإعصار، وكانت دول الخليج بين أكبر المساهمين.",
            ),
            details=(
                (
                    "{leader} said new houses would be built further from the shore and on raised ground.",
                    "{l_said} {leader} إن المنازل الجديدة ستُبنى بعيدًا عن الشاطئ وعلى أراضٍ مرتفعة.",
                ),
            ),
            caption=("New homes will be built on raised ground.", "ستُبنى المنازل الجديدة على أراضٍ مرتفعة."),
        ),
    ),
)


TRADE_DEAL = Topic(
    key="trade-deal",
    tags=("trade", "food-security"),
    speakers=(),
    scenes=("port", "globe"),
    background=(
        (
            "The two countries together import most of their wheat, rice and cooking oil.",
            "ويستورد البلدان معًا معظم احتياجاتهما من القمح والأرز وزيوت الطهي.",
        ),
        (
            "Gulf importers have been watching the talks closely, because lower tariffs could cut the price "
            "of goods shipped through {country}.",
            "ويتابع المستوردون الخليجيون المحادثات عن كثب، لأن خفض الرسوم الجمركية قد يخفض أسعار السلع "
            "المشحونة عبر {country}.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "{country} and {country2} return to the table on tariffs",
                "{country} و{country2} تعودان إلى طاولة المفاوضات بشأن الرسوم الجمركية",
            ),
            dek=("Talks had stalled twice over farm subsidies.", "تعثرت المحادثات مرتين بسبب دعم المزارعين."),
            lead=(
                "Trade ministers from {country} and {country2} resumed talks on a free trade agreement on "
                "{weekday}, after a break of eight months caused by a dispute over farm subsidies.",
                "استأنف وزيرا التجارة في {country} و{country2} يوم {weekday} محادثات بشأن اتفاقية للتجارة "
                "الحرة، بعد توقف دام ثمانية أشهر بسبب خلاف على دعم المزارعين.",
            ),
            details=(
                (
                    "Both sides said they hoped to finish before the end of the year.",
                    "وقال الجانبان إنهما يأملان في إنهاء المحادثات قبل نهاية العام.",
                ),
            ),
            caption=("The talks resumed after eight months.", "استؤنفت المحادثات بعد ثمانية أشهر."),
        ),
        Beat(
            headline=(
                "Free trade deal for {country} and {country2} after three years of talks",
                "اتفاقية للتجارة الحرة بين {country} و{country2} بعد ثلاث سنوات من المفاوضات",
            ),
            dek=(
                "Tariffs on food and machinery will be scrapped over five years.",
                "ستُلغى الرسوم على الغذاء والآلات على مدى خمس سنوات.",
            ),
            lead=(
                "Trade ministers from {country} and {country2} signed a free trade agreement on {weekday}, "
                "agreeing to scrap tariffs on food and machinery over five years.",
                "وقّع وزيرا التجارة في {country} و{country2} يوم {weekday} اتفاقية للتجارة الحرة، واتفقا "
                "على إلغاء الرسوم الجمركية على الغذاء والآلات على مدى خمس سنوات.",
            ),
            details=(
                (
                    "“This agreement means cheaper bread on our tables and more work in our ports,” said "
                    "{leader}.",
                    "{l_said} {leader}: «تعني هذه الاتفاقية خبزًا أرخص على موائدنا ومزيدًا من العمل في "
                    "موانئنا».",
                ),
            ),
            caption=(
                "Ports in both countries expect busier quays.",
                "تتوقع موانئ البلدين حركة أنشط على أرصفتها.",
            ),
        ),
        Beat(
            headline=(
                "First tariff-free grain shipments sail under the new trade pact",
                "أولى شحنات الحبوب المعفاة من الرسوم تبحر بموجب الاتفاقية التجارية الجديدة",
            ),
            dek=(
                "Importers say bread flour could become a little cheaper by the summer.",
                "يقول المستوردون إن دقيق الخبز قد يصبح أرخص قليلًا بحلول الصيف.",
            ),
            lead=(
                "The first cargoes of wheat to travel free of tariffs between {country} and {country2} left "
                "port on {weekday}, three months after the two countries signed their trade agreement.",
                "غادرت يوم {weekday} أولى شحنات القمح المعفاة من الرسوم الجمركية بين {country} و{country2}، "
                "بعد ثلاثة أشهر من توقيع البلدين اتفاقيتهما التجارية.",
            ),
            details=(
                (
                    "Port officials in {capital_of} said grain traffic had risen by a fifth since the deal "
                    "was signed.",
                    "وقال مسؤولو الميناء في {capital_of} إن حركة الحبوب ارتفعت بمقدار الخمس منذ توقيع "
                    "الاتفاقية.",
                ),
            ),
            caption=(
                "Grain traffic has risen by a fifth since the deal.",
                "ارتفعت حركة الحبوب بمقدار الخمس منذ توقيع الاتفاقية.",
            ),
            scene="port",
        ),
    ),
)


FISHING = Topic(
    key="fishing-dispute",
    tags=("diplomacy", "food-security"),
    speakers=(),
    scenes=("sea", "globe"),
    background=(
        (
            "Both countries' fleets have fished the same banks for generations, and their catches have "
            "fallen as stocks have shrunk.",
            "وتصطاد أساطيل البلدين في المياه نفسها منذ أجيال، وتراجعت كميات صيدها مع تناقص الثروة السمكية.",
        ),
    ),
    beats=(
        Beat(
            headline=(
                "Fishing boats seized as {country} and {country2} dispute a rich bank",
                "احتجاز قوارب صيد مع تصاعد النزاع بين {country} و{country2} على منطقة صيد غنية",
            ),
            dek=(
                "Each side accuses the other's crews of fishing in its waters.",
                "يتهم كل طرف طواقم الطرف الآخر بالصيد في مياهه.",
            ),
            lead=(
                "Coastguards in {country} seized four fishing boats from {country2} on {weekday}, the "
                "latest incident in a dispute over a bank that both countries claim.",
                "احتجز خفر السواحل في {country} يوم {weekday} أربعة قوارب صيد من {country2}، في أحدث حلقة "
                "من نزاع على منطقة صيد يطالب بها البلدان.",
            ),
            details=(
                (
                    "Families of the crews gathered at the harbour in {capital_of} to demand their release.",
                    "وتجمعت أسر أفراد الطواقم في ميناء {capital_of} مطالبة بالإفراج عنهم.",
                ),
            ),
            caption=("Four fishing boats were seized by coastguards.", "احتجز خفر السواحل أربعة قوارب صيد."),
        ),
        Beat(
            headline=(
                "Talks on disputed fishing grounds open under Gulf mediation",
                "انطلاق محادثات حول مناطق الصيد المتنازع عليها بوساطة خليجية",
            ),
            dek=(
                "Both governments agreed to release the crews while talks continue.",
                "اتفقت الحكومتان على الإفراج عن الطواقم خلال المحادثات.",
            ),
            lead=(
                "Negotiators from {country} and {country2} began talks in {capital} on {weekday} to settle "
                "their dispute over fishing grounds, with the country's Foreign Ministry acting as "
                "mediator.",
                "بدأ مفاوضون من {country} و{country2} محادثات في {capital} يوم {weekday} لتسوية نزاعهما على "
                "مناطق الصيد، بوساطة من وزارة الخارجية.",
            ),
            details=(
                (
                    "Both sides agreed on the first day to release the crews held since last month.",
                    "واتفق الجانبان في اليوم الأول على الإفراج عن الطواقم المحتجزة منذ الشهر الماضي.",
                ),
            ),
            caption=(
                "Talks opened in {capital} with Gulf mediation.",
                "انطلقت المحادثات في {capital} بوساطة خليجية.",
            ),
        ),
        Beat(
            headline=(
                "Deal to share the disputed fishing grounds, with a joint patrol",
                "اتفاق على تقاسم مناطق الصيد المتنازع عليها ودوريات مشتركة",
            ),
            dek=(
                "Scientists from both countries will survey fish stocks every year and may recommend closed "
                "seasons.",
                "سيجري علماء من البلدين مسحًا سنويًا للثروة السمكية، وقد يوصون بمواسم يُحظر فيها الصيد.",
            ),
            lead=(
                "Negotiators from {country} and {country2} agreed on {weekday} to share the disputed "
                "fishing grounds and to set up a joint coastguard patrol, ending a dispute that saw boats "
                "seized by both sides.",
                "اتفق مفاوضو {country} و{country2} يوم {weekday} على تقاسم مناطق الصيد المتنازع عليها "
                "وتسيير دوريات مشتركة لخفر السواحل، منهين نزاعًا شهد احتجاز قوارب من الجانبين.",
            ),
            details=(
                (
                    "The joint patrol will begin next month, and each country will issue a fixed number of "
                    "licences.",
                    "وستبدأ الدوريات المشتركة الشهر المقبل، وسيصدر كل بلد عددًا محددًا من التراخيص.",
                ),
            ),
            caption=(
                "A joint coastguard patrol starts next month.",
                "تبدأ الدوريات المشتركة لخفر السواحل الشهر المقبل.",
            ),
        ),
    ),
)

TOPICS = (
    SUMMIT,
    ELECTION,
    CYCLONE,
    TRADE_DEAL,
    FISHING,
)
