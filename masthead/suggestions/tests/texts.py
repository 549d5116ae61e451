"""Wire stories for the suggestion tests (invented places, people and groups).

The English one has the traps of real copy: an ALL CAPS dateline, names at the start of
sentences, "On Monday the ...", a possessive, titles before names, a demonym, and the
sentence "The decision on Monday re-opened controversy ..." whose words, taken between stop
words as plain RAKE does, make the fragment "Monday re-opened controversy".
"""

BORDER_EN = """\
Zarin crossing reopens as militia threat lingers

Karvania and Ostrel agree to let aid trucks through the border post for the first time in eight months.

ZARIN CROSSING, Karvania — The Zarin crossing between Karvania and Ostrel reopened on Monday after \
eight months of closure, officials from both countries said, even as fighters of the Red Hand \
Brigade remained active in the hills above the border post.

On Monday the first convoy of aid trucks passed through the Zarin crossing shortly after dawn. \
Karvanian border guards waved the vehicles towards Umm al-Nakheel, the nearest town in Ostrel, where \
thousands of displaced families have waited since the fighting began.

The UN refugee agency, which negotiated the reopening with the Ministry of Interior in Karvania, \
said the crossing would open for twelve hours a day. The decision on Monday re-opened controversy \
in Ostrel, where opposition lawmakers accused the government of rewarding the Red Hand Brigade.

Red Hand Brigade fighters set up checkpoints on the King Tamar Highway, the only road between the \
crossing and Umm al-Nakheel, residents of Tel Saba said. "They take a fee from every truck," said \
Hadi Nasser, a farmer from Tel Saba.

Karvania's interior minister, Dario Pell, said his government would not negotiate with the militia. \
Pell said aid trucks would travel with police escorts. The UN refugee agency said about 40,000 \
displaced families had crossed into Ostrel since the fighting began.
"""

BORDER_EN_EXPECTED = [
    "Zarin crossing",
    "Karvania",
    "Ostrel",
    "Red Hand Brigade",
    "Umm al-Nakheel",
    "Tel Saba",
    "UN refugee agency",
    "Ministry of Interior",
]

BORDER_AR = """\
إعادة فتح معبر زارين بين كارفانيا وأوستريل وسط مخاوف من الميليشيات

أعادت السلطات في كارفانيا وأوستريل يوم الاثنين فتح معبر زارين الحدودي بعد إغلاق دام ثمانية أشهر، \
فيما لا يزال مقاتلو لواء اليد الحمراء ينشطون في التلال المطلة على المعبر.

وعبرت أول قافلة من شاحنات المساعدات معبرَ زارين صباح الاثنين باتجاه بلدة أم النخيل، أقرب بلدة في \
أوستريل، حيث تنتظر آلاف العائلات النازحة منذ بدء القتال.

وقالت مفوضية الأمم المتحدة لشؤون اللاجئين، التي تفاوضت على إعادة فتح المعبر مع وزارة الداخلية في \
كارفانيا، إن المعبر سيفتح اثنتي عشرة ساعة يوميا. وأثار القرار يوم الاثنين جدلا في أوستريل، حيث اتهم \
نواب معارضون الحكومة بمكافأة لواء اليد الحمراء.

وقال سكان قرية تل صبا إن مقاتلي لواء اليد الحمراء أقاموا حواجز على طريق الملك تامار، الطريق الوحيد \
بين المعبر وأم النخيل. وقال المزارع هادي ناصر من تل صبا: «يأخذون رسما من كل شاحنة».

وقال وزير الداخلية الكارفاني داريو بيل إن حكومة كارفانيا لن تتفاوض مع الميليشيا، وإن شاحنات \
المساعدات ستسير بحماية الشرطة. وأضافت مفوضية الأمم المتحدة أن نحو أربعين ألف شخص من العائلات \
النازحة عبروا إلى أوستريل منذ بدء القتال.
"""

BORDER_AR_EXPECTED = [
    "معبر زارين",
    "كارفانيا",
    "أوستريل",
    "لواء اليد الحمراء",
    "أم النخيل",
    "تل صبا",
    "الأمم المتحدة",
    "وزارة الداخلية",
]
