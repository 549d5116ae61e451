"""New tag candidates: the people, places and organisations a draft names, and its key phrases.

There is no tagger or named-entity model to lean on, so this reads the text the way a copy
editor skims it, with rules that each answer one failure seen in wire copy:

English
  A name is a run of capitalised words ("King Tamar Highway"), which may hold the small words
  names are built with ("Ministry of Interior", "Umm al-Nakheel"). A capital at the start of
  a sentence, in a Title Case headline or in an ALL CAPS dateline proves nothing: such a word
  counts only if the text also capitalises it mid-sentence, or if it leads other name words
  and the text never writes it in lower case ("Red Hand Brigade fighters ..."). Day and month
  names, determiners ("On Monday the ...") and people's titles ("Interior Minister") are
  taken off. Key phrases are the runs of words between function words, verbs, numbers and
  punctuation (as in RAKE), kept when two to four words long and used more than once; past
  tenses and adverbs break them too, which is what keeps "Monday re-opened controversy" out.

Arabic
  Without capitals, a name is recognised by the word in front of it: "مدينة أم النخيل" names
  a town, "وزارة الداخلية" and "معبر زارين" are names with their cue word, "الرئيس ألدو
  فارغا" a person, "حكومة كارفانيا" and "بين كارفانيا وأوستريل" countries. Key phrases are
  the two- and three-word sequences between function words, verbs and time words that recur.

Then, in both languages: a phrase that only ever appears as a longer one gives way to it, a
name always read inside the same longer phrase becomes that phrase ("UN" -> "UN refugee
agency"), a demonym or a surname alone counts for its name ("Karvanian" for "Karvania",
"Pell" for "Dario Pell"), and the same name spelled differently is one candidate.
"""

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from masthead.discovery.text import ARABIC_STOP_WORDS, STOP_WORDS, normalize_arabic
from masthead.suggestions.matching import PLAIN_PREFIXES, PhraseMatcher, english_key
from masthead.suggestions.tokens import Token

Key = tuple[str, ...]
Span = tuple[int, int]  # tokens [start, end)

MIN_PHRASE_COUNT = 2  # a key phrase must recur; a name may be mentioned once
MAX_PHRASE_WORDS = {"en": 4, "ar": 3}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _arabic_words(text: str) -> frozenset[str]:
    return frozenset(normalize_arabic(word) for word in text.split())


# --- English word lists -------------------------------------------------------------------

# scikit-learn's stop list has nouns a phrase may well contain ("cross-border fire").
EN_STOP = STOP_WORDS["en"] - _words("bill fire system interest part side front top bottom name mill amount")
# Words that open sentences but never names ("Despite Karvania's ...", "Amid fears ...").
EN_OPENERS = _words(
    "despite amid following according including unlike like near inside outside earlier later "
    "overnight today tonight yesterday tomorrow yes asked speaking instead"
)
DAYS_MONTHS = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september sept october november december"
)
# Small words inside names: "Ministry of the Interior", "Umm al Nakheel", "Abdullah bin Zayed".
CONNECTORS = _words("of the for al el bin bint ibn de del della di da du des la le van von der den ter y")
# Lower-case first parts of hyphenated Arabic names: "al-Nakheel", "bin-Talal", "ash-Sham".
_NAME_PARTICLES = _words("al el ad ar as at az ash an bin ibn abu bani bint")
# Titles before a person's name; what comes before one is dropped too ("Interior Minister").
TITLES = _words(
    "mr mrs ms miss dr prof president minister spokesman spokeswoman spokesperson governor mayor "
    "ambassador envoy senator sen judge colonel col lieutenant lt sergeant sgt captain capt maj "
    "brigadier commander chairman chairwoman premier chancellor gen"
)
# Participles that are usually adjectives in news copy ("armed groups", "displaced families").
ED_ADJECTIVES = _words(
    "armed unarmed displaced disputed wounded injured detained suspected alleged united occupied "
    "besieged stranded proposed planned unidentified unexploded organised organized coordinated "
    "trained skilled advanced limited reduced renewed increased expanded related shared landlocked "
    "registered undocumented unaccompanied elected appointed"
)
# Words ending in -ly that are not adverbs.
LY_WORDS = _words(
    "family ally rally assembly supply italy july anomaly monopoly reply belly bully jelly lily "
    "daily weekly monthly yearly quarterly early elderly holy friendly deadly costly lonely ugly "
    "likely unlikely homily folly orderly"
)
# Common verbs of news copy; their -s and -ed forms are generated. Verbs that are as often
# nouns ("report", "plan", "claim") are left out: only their -ed forms break a phrase.
_VERB_BASES = _words(
    "accuse add agree allow announce appear arrive ask believe blame bring continue deny describe "
    "tell urge warn reopen remain seem expect insist receive refuse reject respond seek send speak "
    "suggest threaten try vow condemn confirm negotiate flee say cite include involve begin let "
    "leave join hold stand decide consider prevent provide require seize kill argue acknowledge "
    "admit explain raise reach retain regain resume restore shut impose lift wave pass cross close "
    "open reach estimate fear hope plan report claim return demand"
)
_IRREGULAR_PAST = _words(
    "said told took gave went came began begun fled left kept held stood fell rose brought sought "
    "sent spoke spoken met made won lost saw seen knew known thought became ran got built paid led "
    "struck shot hit put set cut hurt"
)


def _verb_forms(bases: Iterable[str]) -> frozenset[str]:
    forms = set(_IRREGULAR_PAST)
    ambiguous = _words("estimate fear hope plan report claim return demand pass cross close open")
    for base in bases:
        if base.endswith("e"):
            past = base + "d"
        elif base.endswith("y") and base[-2] not in "aeiou":
            past = base[:-1] + "ied"
        else:
            past = base + "ed"
        forms.add(past)
        if base in ambiguous:
            continue  # "fears", "plans", "reports" are nouns as often as verbs
        forms.add(base)
        if base.endswith(("s", "sh", "ch", "x", "z", "o")):
            forms.add(base + "es")
        elif base.endswith("y") and base[-2] not in "aeiou":
            forms.add(base[:-1] + "ies")
        else:
            forms.add(base + "s")
    return frozenset(forms)


EN_VERBS = _verb_forms(_VERB_BASES)


def english_verbish(word: str) -> bool:
    """Whether a lower-case English word is a verb or adverb that no key phrase holds."""
    if word in EN_VERBS:
        return True
    if len(word) >= 5 and word.endswith("ed") and not word.endswith("eed") and word not in ED_ADJECTIVES:
        return True
    return len(word) >= 5 and word.endswith("ly") and word not in LY_WORDS


# --- Arabic word lists (normalised like the text) -----------------------------------------

AR_STOP = ARABIC_STOP_WORDS | _arabic_words(
    "إلى على أن إن لأن كي أي أيضا لدى عبر ضمن إزاء وفق وفقا بينما فيما حين أثناء إثر جراء بسبب "
    "نحو حوالي قرابة أكثر أقل أول آخر آخرون جميع كافة معظم عدة عدد بعض كلا سوى عما مما ممن إذ "
    "هناك هنا ذاك لكي لعل ربما سوف قد أمام خلف فوق تحت جانب باتجاه"
)
AR_TIME = _arabic_words(
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد يناير فبراير مارس أبريل إبريل مايو يونيو "
    "يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز أيلول تشرين "
    "صباح مساء ليلة ليل نهار فجر ظهر عصر أسبوع الأسبوع شهر الشهر عام العام سنة السنة الماضي "
    "الماضية المقبل المقبلة الحالي الجاري ساعة ساعات الساعة يوميا أشهر أيام الأيام أسابيع شهور "
    "ألف آلاف مليون ملايين مئات عشرات مئة ثماني ثمانية عشرة عشر اثنتي اثني ثلاثة أربعة خمسة"
)
AR_VERBS = _arabic_words(
    "قال قالت قالوا يقول تقول أعلن أعلنت يعلن تعلن أكد أكدت يؤكد تؤكد أضاف أضافت أشار أشارت يشير "
    "تشير ذكر ذكرت أفاد أفادت أوضح أوضحت تابع تابعت شهد شهدت يشهد تشهد أعاد أعادت يعيد تعيد أعيد "
    "أعيدت أغلق أغلقت يغلق تغلق افتتح افتتحت فتحت عبر عبرت عبروا يعبر يعبرون تعبر فر فروا يفر نزح "
    "نزحوا ينزح عاد عادت عادوا يعود يعودون طالب طالبت يطالب تطالب دعا دعت يدعو تدعو حذر حذرت يحذر "
    "تحذر أعرب أعربت سيطر سيطرت يسيطر تسيطر هاجم هاجمت اتهم اتهمت نفى نفت وصل وصلت يصل تصل بدأ "
    "بدأت استأنف استأنفت سمح سمحت يسمح تسمح أصبح أصبحت يمكن جرى جرت تعرض تعرضت أسفر قتل قتلت أصيب "
    "أصيبت وقع وقعت انتشر انتشرت يأمل تأمل يخشى تخشى يريد تريد يرى ترى يزال تزال زال زالت ينشط "
    "ينشطون تنشط تنتظر ينتظر ينتظرون انتظر أقام أقامت أقاموا يقيم تفاوض تفاوضت يتفاوض تتفاوض سيفتح "
    "ستفتح يفتح تفتح سيتم اعتبر اعتبرت يعتبر رفض رفضت يرفض ترفض وافق وافقت يوافق توافق لوح لوحوا "
    "مرت مر تمر يمر دام دامت"
)
# Adjectives that follow a place word without being its name ("مدينة صغيرة").
AR_GENERIC = _arabic_words(
    "كبيرة صغيرة جديدة قديمة أخرى واحدة كبير صغير جديد قديم آخر عديدة مجاورة قريبة بعيدة نائية "
    "المجاورة القريبة البعيدة"
)
# First words of compound names that always take the next word: أم النخيل، تل صبا، أبو ظبي.
AR_NAME_HEADS = _arabic_words("أم أبو أبي ابن بن بنت عبد تل عين بئر دير كفر بيت رأس جبل وادي سيدي ذي بني")
# Cue words: mode, and how many words of name may follow.
#   place: the name follows, without the cue; adjectives end it ("مدينة أم النخيل الحدودية")
#   facility: the cue is part of the name ("معبر زارين"); adjectives end it
#   organisation: the cue is part of the name, and so are its adjectives ("الهيئة الوطنية")
#   person: the name follows, without the title, and is one or two words
#   country: one word without the article follows ("حكومة كارفانيا"); must recur
AR_CUES: dict[str, tuple[str, int]] = {
    **dict.fromkeys(_arabic_words("مدينة بلدة قرية محافظة منطقة إقليم ولاية ضاحية"), ("place", 3)),
    **dict.fromkeys(_arabic_words("منفذ معبر مخيم ميناء مطار جسر نهر سجن مستشفى"), ("facility", 3)),
    **dict.fromkeys(
        _arabic_words(
            "وزارة شركة هيئة جامعة حزب جماعة ميليشيا ميليشيات مليشيا مفوضية منظمة وكالة مجلس لواء "
            "كتائب كتيبة حركة جبهة بنك مصرف صندوق اتحاد"
        ),
        ("organisation", 3),
    ),
    **dict.fromkeys(
        _arabic_words(
            "الرئيس الوزير الشيخ الملك الأمير السيد السيدة العقيد الجنرال العميد القائد المحافظ "
            "الدكتور النائب"
        ),
        ("person", 2),
    ),
    **dict.fromkeys(
        _arabic_words("حكومة سلطات جيش قوات حدود عاصمة شمال جنوب شرق غرب رئيس سفير"), ("country", 1)
    ),
}
_CUE_KEEPS_ITSELF = {"facility", "organisation"}
# Prefixes of the imperfect (and future) verb: a word after a person's name starting so is
# most likely the verb of the sentence ("فارغا يزور", "فارغا سيزور").
_IMPERFECT = ("ي", "ت", "سي", "ست")
_CUE_TAKES_ADJECTIVES = {"organisation"}


# --- Candidates ---------------------------------------------------------------------------


@dataclass
class Candidate:
    """A possible new tag: every place the text uses it, and how it was written there."""

    key: Key
    kind: str  # "name" or "phrase"
    spans: set[Span] = field(default_factory=set)
    surfaces: Counter = field(default_factory=Counter)
    weight: float = 0.0  # a phrase's RAKE score, relative to the best phrase (0..1)
    score: float = 0.0

    @property
    def count(self) -> int:
        return len(self.spans)

    @property
    def first(self) -> int:
        return min(start for start, _ in self.spans)

    @property
    def label(self) -> str:
        """The most frequent spelling (the earliest of equally frequent ones)."""
        return self.surfaces.most_common(1)[0][0]

    def absorb(self, other: "Candidate", spellings: bool = True) -> None:
        """Count `other`'s uses as this candidate's; with its spellings when it is the same
        words (not when it is a demonym or a surname, whose spelling must not win)."""
        self.spans |= other.spans
        if spellings:
            self.surfaces.update(other.surfaces)


def _add(table: dict[Key, Candidate], key: Key, kind: str, span: Span, surface: str) -> None:
    candidate = table.get(key)
    if candidate is None:
        candidate = table[key] = Candidate(key, kind)
    candidate.spans.add(span)
    candidate.surfaces[surface] += 1


class _Uses:
    """Where candidates are used, to ask quickly which others lie around or inside a use.

    Uses are a few words long, so looking up each stretch around (or inside) a use is cheap
    even for the longest story, where comparing every use with every other would not be."""

    def __init__(self, found: Iterable[Candidate]) -> None:
        self.keys: dict[Span, set[Key]] = defaultdict(set)
        self.longest = 0
        for candidate in found:
            for span in candidate.spans:
                self.keys[span].add(candidate.key)
                self.longest = max(self.longest, span[1] - span[0])

    def around(self, span: Span) -> set[Key]:
        """Candidates used over a longer stretch that holds `span`."""
        start, end = span
        found: set[Key] = set()
        for outer_start in range(max(0, end - self.longest), start + 1):
            for outer_end in range(end, outer_start + self.longest + 1):
                if (outer_start, outer_end) != span:
                    found |= self.keys.get((outer_start, outer_end), set())
        return found

    def within(self, span: Span) -> set[Key]:
        """Candidates used on a part of `span`."""
        start, end = span
        found: set[Key] = set()
        for inner_start in range(start, end):
            for inner_end in range(inner_start + 1, end + 1):
                if (inner_start, inner_end) != span:
                    found |= self.keys.get((inner_start, inner_end), set())
        return found


def _rake_weights(
    chunks: Iterable[Key], phrases: dict[Key, Candidate], words_of: Callable[[Candidate], Key] | None = None
) -> None:
    """RAKE: a word's score is its degree (the words it shares chunks with, itself included)
    over its frequency, a phrase's the sum of its words'. Words that only ever appear inside
    longer chunks ("refugee" in "UN refugee agency") make their phrases stand out.

    `words_of` gives a phrase's words as the chunks spell them (by default, its key)."""
    frequency: Counter = Counter()
    degree: Counter = Counter()
    for chunk in chunks:
        for word in chunk:
            frequency[word] += 1
            degree[word] += len(chunk)
    words_of = words_of or (lambda phrase: phrase.key)
    raw = {
        key: sum(degree[word] / frequency[word] for word in words_of(phrase) if frequency[word])
        for key, phrase in phrases.items()
    }
    best = max(raw.values(), default=0) or 1
    for key, phrase in phrases.items():
        phrase.weight = raw[key] / best


def combine(names: dict[Key, Candidate], phrases: dict[Key, Candidate], size: int) -> list[Candidate]:
    """Names and key phrases as one ranked list, each thing once (see the module's doc)."""
    for key in list(phrases):
        if key in names:  # the same words read both as a name and as a phrase: a name
            names[key].absorb(phrases.pop(key))
    recurring = {key: phrase for key, phrase in phrases.items() if phrase.count >= MIN_PHRASE_COUNT}
    # A name only ever read inside one recurring phrase is that phrase ("UN refugee agency").
    phrase_uses = _Uses(recurring.values())
    for key, name in list(names.items()):
        holders = [phrase_uses.around(span) for span in name.spans]
        if all(holders) and len(set.union(*holders)) == 1:
            holder = recurring.pop(set.union(*holders).pop(), None)
            if holder is not None:
                holder.kind = "name"
                del names[key]
                names[holder.key] = holder
    name_uses = _Uses(names.values())
    for key, phrase in list(recurring.items()):
        # A phrase only ever read inside a name is part of the name ("اليد الحمراء").
        if all(span in name_uses.keys or name_uses.around(span) for span in phrase.spans):
            del recurring[key]
            continue
        # A phrase that is a name plus a word, read less often than the name, adds nothing.
        inside = set().union(*(name_uses.within(span) for span in phrase.spans))
        if any(names[name].count > phrase.count for name in inside):
            del recurring[key]
    # Of two phrases, one inside the other: the shorter if it is used more on its own.
    longer_ones: dict[Key, list[Key]] = defaultdict(list)
    for key in recurring:
        for length in range(1, len(key)):
            for start in range(len(key) - length + 1):
                longer_ones[key[start : start + length]].append(key)
    for shorter in sorted(recurring, key=len):
        for longer in longer_ones.get(shorter, []):
            if shorter not in recurring:
                break
            if longer not in recurring:
                continue
            if recurring[shorter].count > recurring[longer].count:
                del recurring[longer]
            else:
                del recurring[shorter]
    result = list(names.values()) + list(recurring.values())
    for candidate in result:
        early = 1 - candidate.first / max(size, 1)
        if candidate.kind == "name":
            candidate.score = candidate.count + 0.25 * min(len(candidate.key) - 1, 2) + 0.5 * early
        else:
            # Names make the better tags: a phrase needs two or three uses to pass a name.
            candidate.score = candidate.count * (0.25 + 0.25 * candidate.weight) + 0.25 * early
    return sorted(result, key=lambda c: (-c.score, c.first))


def candidates(tokens: Sequence[Token], language: str) -> list[Candidate]:
    """New tag candidates in `tokens`, best first."""
    extract = arabic_candidates if language == "ar" else english_candidates
    return extract(tokens)


# --- English ------------------------------------------------------------------------------

NAME, MAYBE, CONNECT, OTHER = "name", "maybe", "connect", "other"


def _bare(word: str) -> str:
    """A word without its possessive ending."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _shout_case(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


class _EnglishReader:
    """One English text: which words are names, and its runs of names and phrases."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.shouting = self._shouting()
        self.display = [_shout_case(t.text) if i in self.shouting else t.text for i, t in enumerate(tokens)]
        self.unsure = self._title_case_lines() | self.shouting
        self.confirmed: set[str] = set()  # name words capitalised where a capital means a name
        self.lower: set[str] = set()  # words the text writes in lower case
        for i, token in enumerate(tokens):
            if not token.is_word:
                continue
            if not token.capitalised:
                self.lower.add(_bare(token.norm))
            elif (token.all_caps and i not in self.shouting) or not (
                token.sentence_start or i in self.unsure or _bare(token.norm) in EN_STOP
            ):
                self.confirmed.add(_bare(token.text))  # an acronym, or a capital mid-sentence
        self.state = self._states()

    def _shouting(self) -> set[int]:
        """ALL CAPS words that are not acronyms: a dateline ("ZARIN CROSSING, Karvania")."""
        found: set[int] = set()
        run: list[int] = []
        for i, token in enumerate([*self.tokens, Token("", "", "punct")]):
            if token.all_caps:
                run.append(i)
                continue
            if (len(run) > 1 and any(len(self.tokens[j].text) > 4 for j in run)) or (
                len(run) == 1 and self.tokens[run[0]].sentence_start and len(self.tokens[run[0]].text) > 5
            ):
                found.update(run)
            run = []
        return found

    def _title_case_lines(self) -> set[int]:
        """Words of sentences written in Title Case (headlines), where capitals prove nothing.

        Every word of substance is capitalised there; a sentence dense with names still has
        a lower-case word ("met", "capital") among them."""
        found: set[int] = set()
        sentence: list[int] = []
        for i, token in enumerate([*self.tokens, Token("", "", "word", sentence_start=True)]):
            if token.is_word and token.sentence_start and sentence:
                content = [j for j in sentence if len(self.tokens[j].norm) > 3]
                content = [j for j in content if self.tokens[j].norm not in EN_STOP]
                if len(content) >= 3 and all(self.tokens[j].capitalised for j in content):
                    found.update(sentence)
                sentence = []
            if token.is_word:
                sentence.append(i)
        return found

    def _states(self) -> dict[int, str]:
        state: dict[int, str] = {}
        for i, token in enumerate(self.tokens):
            if not token.is_word:
                continue
            word = _bare(token.norm)
            if token.all_caps and i not in self.shouting:
                state[i] = NAME  # an acronym: "UN" is not the French article
            elif token.capitalised:
                if word in DAYS_MONTHS or len(word) < 2:
                    state[i] = OTHER
                elif token.sentence_start or i in self.unsure or word in EN_STOP:
                    state[i] = MAYBE
                else:
                    state[i] = NAME
            elif word in CONNECTORS:
                state[i] = CONNECT
            elif (
                "-" in token.text
                and token.text.split("-")[0] in _NAME_PARTICLES
                and token.text.split("-")[1][:1].isupper()
            ):
                state[i] = NAME  # "al-Nakheel"
            else:
                state[i] = OTHER
        # Right to left, so that a word knows whether a name follows it.
        for i in sorted(state, reverse=True):
            if state[i] == MAYBE:
                state[i] = NAME if self._is_name(i, state) else OTHER
        return state

    def _is_name(self, i: int, state: dict[int, str]) -> bool:
        """Whether a capitalised word whose capital proves nothing is still a name word."""
        if _bare(self.display[i]) in self.confirmed:
            return True
        word = _bare(self.tokens[i].norm)
        if (
            word in EN_STOP
            or word in EN_OPENERS
            or word in self.lower
            or word in TITLES
            or english_verbish(word)
            or word.endswith("ing")
        ):
            return False
        after = i + 1
        if state.get(after) == CONNECT:
            after += 1
        return state.get(after) == NAME and not self.tokens[i].possessive

    def name_runs(self) -> list[list[int]]:
        """Runs of name words, connectors inside them ("Ministry of the Interior")."""
        runs = []
        i = 0
        while i < len(self.tokens):
            if self.state.get(i) != NAME:
                i += 1
                continue
            run = [i]
            j = i + 1
            while not self.tokens[run[-1]].possessive:
                if self.state.get(j) == NAME and not self.tokens[j].sentence_start:
                    run.append(j)
                    j += 1
                    continue
                k = j
                while self.state.get(k) == CONNECT and k - j < 2:
                    k += 1
                if k > j and self.state.get(k) == NAME and self.tokens[j].norm != "the":
                    run.extend(range(j, k + 1))
                    j = k + 1
                    continue
                break
            runs.append(run)
            i = run[-1] + 1
        return runs

    def trim_name(self, run: list[int]) -> list[int]:
        """A run without determiners, days and titles around the name."""
        words = list(run)
        while words and (self.state[words[0]] == CONNECT or _bare(self.tokens[words[0]].norm) in EN_STOP):
            if self.tokens[words[0]].all_caps:
                break  # "US", "UN": not the pronoun
            words.pop(0)
        titles = [n for n, i in enumerate(words) if _bare(self.tokens[i].norm) in TITLES]
        if titles:
            if titles[-1] == len(words) - 1:
                return []  # "Interior Minister", "President": a title, not a name
            words = words[titles[-1] + 1 :]
            for n, i in enumerate(words):  # a person: "Pell of Karvania" is Pell
                if self.state[i] == CONNECT:
                    words = words[:n]
                    break
        while words and self.state[words[-1]] == CONNECT:
            words.pop()
        if len(words) == 1 and len(_bare(self.tokens[words[0]].norm)) < 2:
            return []
        return words

    def surface(self, span: Sequence[int], names: set[int]) -> str:
        parts = [self.display[i] if i in names else self.tokens[i].text.lower() for i in span]
        parts[-1] = _bare(parts[-1])
        return " ".join(parts)

    def key(self, span: Sequence[int]) -> Key:
        return tuple(english_key(_bare(self.tokens[i].norm)) for i in span)

    def breaks_phrase(self, i: int) -> bool:
        token = self.tokens[i]
        if not token.is_word:
            return True
        if token.all_caps and i not in self.shouting:
            return False  # an acronym
        word = _bare(token.norm)
        if word in EN_STOP or word in EN_OPENERS or len(word) < 2:
            return True
        if token.capitalised and word in DAYS_MONTHS:
            return True
        return self.state.get(i) != NAME and english_verbish(word)

    def chunks(self) -> list[list[int]]:
        """Runs of words between function words, verbs, numbers and punctuation."""
        found: list[list[int]] = []
        chunk: list[int] = []
        for i in range(len(self.tokens) + 1):
            stop = i == len(self.tokens) or self.breaks_phrase(i) or self.tokens[i].sentence_start
            if stop and chunk:
                found.append(chunk)
                chunk = []
            if i < len(self.tokens) and not self.breaks_phrase(i):
                chunk.append(i)
                title = _bare(self.tokens[i].norm) in TITLES and self.state.get(i + 1) == NAME
                if self.tokens[i].possessive or title:  # "Karvania's ...", "Minister | Dario Pell"
                    found.append(chunk)
                    chunk = []
        trimmed = []
        for chunk in found:
            while chunk and (
                _bare(self.tokens[chunk[-1]].norm) in ED_ADJECTIVES or self.state[chunk[-1]] == CONNECT
            ):
                chunk = chunk[:-1]  # "families displaced", "... al"
            while chunk and self.state[chunk[0]] == CONNECT:
                chunk = chunk[1:]
            if chunk:
                trimmed.append(chunk)
        return trimmed


def english_candidates(tokens: Sequence[Token]) -> list[Candidate]:
    """Names and key phrases of an English text, best first."""
    reader = _EnglishReader(tokens)
    name_tokens = {i for i, state in reader.state.items() if state == NAME}
    names: dict[Key, Candidate] = {}
    for run in reader.name_runs():
        words = reader.trim_name(run)
        if words:
            _add(
                names,
                reader.key(words),
                "name",
                (words[0], words[-1] + 1),
                reader.surface(words, name_tokens),
            )
    _fold_english_names(names)
    phrases: dict[Key, Candidate] = {}
    chunks = reader.chunks()
    for chunk in chunks:
        if 2 <= len(chunk) <= MAX_PHRASE_WORDS["en"] and _bare(tokens[chunk[-1]].norm) not in TITLES:
            _add(
                phrases,
                reader.key(chunk),
                "phrase",
                (chunk[0], chunk[-1] + 1),
                reader.surface(chunk, name_tokens),
            )
    _rake_weights((reader.key(chunk) for chunk in chunks), phrases)
    return combine(names, phrases, len(tokens))


_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish", "ean")
_DIRECTIONS = _words(
    "north south east west northern southern eastern western central new upper lower greater"
)


def _fold_english_names(names: dict[Key, Candidate]) -> None:
    """A demonym counts for its country ("Karvanian" for "Karvania"), and a name's last word
    alone for the name ("Pell" for "Dario Pell", "the Brigade" for "Red Hand Brigade")."""
    singles = [key for key in names if len(key) == 1]
    for key in singles:
        word = key[0]
        home = [
            other
            for other in names
            if len(other) == 1
            and other != key
            and word.startswith(other[0])
            and word[len(other[0]) :] in _DEMONYM_ENDINGS
        ]
        if len(home) == 1:
            names[home[0]].absorb(names.pop(key), spellings=False)
            continue
        longer = [
            other
            for other in names
            if 1 < len(other) <= 3
            and other[-1] == word
            and other[-2] not in CONNECTORS
            and other[0] not in _DIRECTIONS
        ]
        if len(longer) == 1:
            names[longer[0]].absorb(names.pop(key), spellings=False)


# --- Arabic -------------------------------------------------------------------------------


def _arabic_forms(word: str) -> set[str]:
    """A word and what it may be behind a conjunction or preposition ("وصباح" -> "صباح")."""
    forms = {word}
    if word[:1] in "وفبلك" and len(word) > 3:
        forms.add(word[1:])
    if word.startswith("لل") and len(word) > 3:
        forms.add("ال" + word[2:])
    return forms


class _ArabicReader:
    """One Arabic text: words that break phrases, cue words, and words without particles."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.vocabulary = {t.norm for t in tokens if t.is_word}
        # Per distinct spelling: a long story repeats its words.
        spellings = {t.text: t for t in tokens}.values()
        base = {t.text: self._base(t) for t in spellings if t.is_word}
        breaks = {t.text: self._breaks(t) for t in spellings}
        cues = {t.text: self._cue(t) for t in spellings}
        self.base = [base.get(t.text, ("", "")) for t in tokens]
        self.breaks = [breaks[t.text] for t in tokens]
        self.cues = [cues[t.text] for t in tokens]
        self.pairs: Counter = Counter()
        for i in range(len(tokens) - 1):
            if tokens[i].is_word and tokens[i + 1].is_word:
                self.pairs[(self.base[i][0], tokens[i + 1].norm)] += 1

    def _base(self, token: Token) -> tuple[str, str]:
        """(normalised, as written) without the particles in front ("والحكومة" -> "الحكومة").

        Before the article they are certain; before another word a letter is taken off only
        when the text also has the word without it, or with the article ("ووزارة" -> "وزارة"
        next to "وزارة", "وشاحنات" -> "شاحنات" next to "الشاحنات"; "بغداد" stays)."""
        norm, text = token.norm, token.text
        for cluster in ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال"):
            if norm.startswith(cluster) and len(norm) - len(cluster) >= 2:
                cut = len(cluster) - 2
                return norm[cut:], text[cut:]
        for cluster in ("ولل", "فلل", "لل"):
            if norm.startswith(cluster) and len(norm) - len(cluster) >= 2:
                cut = len(cluster)
                return "ال" + norm[cut:], "ال" + text[cut:]
        for cluster in sorted(PLAIN_PREFIXES[1:], key=len, reverse=True):
            rest = norm[len(cluster) :]
            if norm.startswith(cluster) and len(rest) >= 3 and {rest, "ال" + rest} & self.vocabulary:
                return rest, text[len(cluster) :]
        return norm, text

    def _breaks(self, token: Token) -> bool:
        return not token.is_word or not token.arabic or self.breaks_word(token.norm)

    @staticmethod
    def breaks_word(norm: str) -> bool:
        """Whether a word is a function word, a verb or a time word (alone or after و، ف ...)."""
        forms = _arabic_forms(norm)
        return bool(forms & AR_STOP or forms & AR_VERBS or forms & AR_TIME) or len(norm) < 2

    def cue(self, i: int) -> tuple[str, str, int] | None:
        """(mode, cue as written, words allowed after it) when token `i` is a cue word."""
        return self.cues[i]

    @staticmethod
    def _cue(token: Token) -> tuple[str, str, int] | None:
        if not token.is_word:
            return None
        norm = token.norm
        if norm.startswith("لل") and "ال" + norm[2:] in AR_CUES:
            return AR_CUES["ال" + norm[2:]][0], "ال" + token.text[2:], AR_CUES["ال" + norm[2:]][1]
        for cluster in PLAIN_PREFIXES:
            rest = norm[len(cluster) :]
            if norm.startswith(cluster) and rest in AR_CUES:
                mode, limit = AR_CUES[rest]
                return mode, token.text[len(cluster) :], limit
        return None

    def _adjective(self, norm: str, definite_ok: bool) -> bool:
        if norm in AR_GENERIC:
            return True
        definite = norm.startswith("ال") and len(norm) > 3
        nisba = norm.endswith(("ي", "يه")) and len(norm) >= 5
        if definite:
            return nisba and not definite_ok
        return norm.endswith("يه") and len(norm) >= 5  # "حدودية", "ساحلية"

    def name_after(self, i: int, mode: str, limit: int) -> list[int]:
        """The words of the name that cue word `i` introduces."""
        taken: list[int] = []
        j = i + 1
        while j < len(self.tokens) and len(taken) < limit:
            token = self.tokens[j]
            if self.breaks[j] or self.cue(j) is not None:
                break
            norm = token.norm
            if not taken:
                if mode == "country" and (norm.startswith("ال") or len(norm) < 3):
                    break
                if mode == "person" and self._adjective(norm, definite_ok=False) and norm.startswith("ال"):
                    break  # "الرئيس الأمريكي": an adjective, not a name
                # Elsewhere the first word may look like an adjective and be the name ("مخيم الزعتري").
                if mode != "person" and self._adjective(norm, definite_ok=True):
                    break
            else:
                previous = self.tokens[taken[-1]].norm
                definite = norm.startswith("ال") and len(norm) > 3
                if mode == "person" and norm.startswith(_IMPERFECT) and self.pairs[(previous, norm)] < 2:
                    break  # "الرئيس فارغا يزور": a verb the lists do not know
                if previous in AR_NAME_HEADS or mode == "person":
                    pass
                elif definite:
                    if self._adjective(norm, definite_ok=mode in _CUE_TAKES_ADJECTIVES):
                        break
                elif self.pairs[(self.base[taken[-1]][0], norm)] < 2:
                    break
            taken.append(j)
            j += 1
        while taken and self.tokens[taken[-1]].norm in AR_NAME_HEADS:
            taken.pop()  # "... أم" without its second word
        return taken

    def between(self, i: int) -> list[tuple[str, str]]:
        """Both words of "بين كارفانيا وأوستريل" (neither with the article), as
        (normalised, written)."""
        if i + 2 >= len(self.tokens) or "بين" not in _arabic_forms(self.tokens[i].norm):
            return []
        first, second = self.tokens[i + 1], self.tokens[i + 2]
        if self.breaks[i + 1] or not second.is_word or not second.norm.startswith("و"):
            return []
        pair = [(first.norm, first.text), (second.norm[1:], second.text[1:])]
        if any(norm.startswith("ال") or len(norm) < 3 or self.breaks_word(norm) for norm, _ in pair):
            return []
        return pair

    def key(self, span: Sequence[int]) -> Key:
        return (self.base[span[0]][0], *(self.tokens[i].norm for i in span[1:]))

    def surface(self, span: Sequence[int]) -> str:
        return " ".join([self.base[span[0]][1], *(self.tokens[i].text for i in span[1:])])


def arabic_candidates(tokens: Sequence[Token]) -> list[Candidate]:
    """Names and key phrases of an Arabic text, best first."""
    reader = _ArabicReader(tokens)
    found: dict[Key, tuple[str, Counter]] = {}  # key -> (mode, spellings)

    def note(key: Key, mode: str, surface: str) -> None:
        found.setdefault(key, (mode, Counter()))[1][surface] += 1

    for i in range(len(tokens)):
        for norm, text in reader.between(i):
            note((norm,), "country", text)
        cue = reader.cue(i)
        if cue is None:
            continue
        mode, cue_text, limit = cue
        words = reader.name_after(i, mode, limit)
        if not words:
            continue
        if mode in _CUE_KEEPS_ITSELF:
            key = (normalize_arabic(cue_text), *(tokens[j].norm for j in words))
            note(key, mode, " ".join([cue_text, *(tokens[j].text for j in words)]))
        else:
            note(reader.key(words), mode, reader.surface(words))
    # "وزارة الداخلية الكارفانية" once and "وزارة الداخلية" elsewhere: the shorter.
    for key in sorted(found, key=len, reverse=True):
        if len(key) > 1 and key[:-1] in found:
            found[key[:-1]][1].update(found.pop(key)[1])
    names: dict[Key, Candidate] = {}
    forms = [(key, spellings.most_common(1)[0][0]) for key, (_, spellings) in found.items()]
    # A person is mentioned by surname after the first time ("وقال فارغا"). (A name never ends
    # in a function word, so a surname is never one: "علي" stops a name, being also "على".)
    forms += [(key, label.split()[-1]) for key, label in forms if found[key][0] == "person" and len(key) > 1]
    for match in PhraseMatcher(forms).find(tokens):
        names.setdefault(match.key, Candidate(match.key, "name", surfaces=Counter(found[match.key][1])))
        names[match.key].spans.add((match.start, match.end))
    for key, name in list(names.items()):
        if found[key][0] == "country" and name.count < 2:
            del names[key]  # "حدود مشتركة" once is not a country
    # A person's surname alone counts for the person ("فارغا" for "ألدو فارغا").
    for key in [key for key in names if len(key) == 1]:
        people = [
            other for other in names if len(other) > 1 and other[-1] == key[0] and found[other][0] == "person"
        ]
        if len(people) == 1:
            names[people[0]].absorb(names.pop(key), spellings=False)

    phrases: dict[Key, Candidate] = {}
    chunks: list[Key] = []
    run: list[int] = []
    for i in range(len(tokens) + 1):
        if i < len(tokens) and not reader.breaks[i]:
            run.append(i)
            continue
        if run:
            chunks.append(tuple(reader.base[j][0] for j in run))
            for size in range(2, MAX_PHRASE_WORDS["ar"] + 1):
                for start in range(len(run) - size + 1):
                    span = run[start : start + size]
                    if tokens[span[-1]].norm in AR_NAME_HEADS or reader.cue(span[-1]) is not None:
                        continue
                    cue = reader.cue(span[0])
                    if cue is not None and cue[0] not in _CUE_KEEPS_ITSELF:
                        continue  # "الرئيس فارغا", "مدينة أم النخيل": the cue is not part of it
                    _add(phrases, reader.key(span), "phrase", (span[0], span[-1] + 1), reader.surface(span))
        run = []
    _rake_weights(chunks, phrases, lambda phrase: tuple(reader.base[i][0] for i in range(*min(phrase.spans))))
    return combine(names, phrases, len(tokens))
