"""One candidate per thing: places found by name, aliases and variants folded, fragments dropped.

Each reader finds names its own way; this module, shared by both, then makes sure that every
person, organisation and place is offered once, under one name:

- Places are looked up in the gazetteer (`candidates.places`) in both languages, so an
  Arabic story names "العراق" and "سوريا" without capitals or cue words. Where a reader read the
  same words as a name, it becomes the place; an adjective ("Iraqi", "Iran-backed", "العراقية")
  counts for its place as a use in passing. A place named only by adjectives must be so named
  twice ("The Norwegian striker" is not about Norway). A place inside a longer name ("Port
  Sudan", "Abu Dhabi National Oil Company") is that name's, and a place in a dateline only says
  where the reporter was.
- An acronym spelling a name's initials ("IMF", "IS"), or given after it ("..., known as AFAD",
  "(يونيسف)"), is that name.
- A name that ends another ("Abu Saud" of "Raed Abu Saud", "Red Crescent" of "Libyan Red
  Crescent"), or begins it before an organisation word ("Civic Renewal" of "Civic Renewal Party"),
  is that name; an Arabic facility or organisation read with its cue word and without it ("معبر
  القائم" and "القائم", "حزب التجديد المدني" and "التجديد المدني") is one thing.
- An organisation named in a person's title ("Qassem Soleimani, the commander of the Quds
  Force", "قائد فيلق القدس قاسم سليماني") is part of the story as its member is: it counts one
  mention more. A capital named in a story that names its country mostly stands for the
  government ("loyal to Tehran", "Washington warned"): its mentions count half.
- A key phrase that overlaps a name ("فتح معبر القائم", "العراق وسوريا") or only ever follows a
  number ("basis points", "مليار دولار") is a fragment, not a tag.
"""

from collections import Counter
from collections.abc import Sequence

from masthead.core.words import normalize_arabic, strip_arabic_marks
from masthead.suggestions.candidates.arabic import AR_CUES
from masthead.suggestions.candidates.common import Candidate, Key, Span, _Uses
from masthead.suggestions.candidates.english import TITLES
from masthead.suggestions.candidates.layout import Layout
from masthead.suggestions.candidates.places import gazetteer
from masthead.suggestions.candidates.wordlists import word_list
from masthead.suggestions.tokens import Token

_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "in", "de", "al", "el", "&"})
_ORG_HEADS = frozenset(word_list("en-organisation-words"))
_KNOWN_AS = (("known", "as"), ("المعروف", "باسم"), ("المعروفه", "باسم"), ("المعروفين", "باسم"))


def _key(code: str) -> Key:
    return ("@" + code,)


def add_places(tokens: Sequence[Token], language: str, names: dict[Key, Candidate], layout: Layout) -> None:
    """The places the text names, as candidates; reader names that are places become them."""
    places = gazetteer()
    english = language == "en"
    lower = {t.norm for t in tokens if t.is_word and not t.capitalised} if english else set()
    at_span: dict[Span, set[Key]] = {}
    for key, name in names.items():
        for span in name.spans:
            at_span.setdefault(span, set()).add(key)
    uses = _Uses(names.values())
    found: dict[Key, Candidate] = {}
    same: dict[Key, Key] = {}  # reader name -> the place it reads
    cued: dict[Key, Key] = {}  # facility read with its cue word -> the place after the cue
    matches = [(m, False) for m in places.names[language].find(tokens)]
    matches += [(m, True) for m in places.adjectives[language].find(tokens)]
    for match, minor in matches:
        span = (match.start, match.end)
        first = tokens[match.start]
        if layout.in_dateline(span) or (english and first.sentence_start and first.norm in lower):
            continue
        if english and any(_lower_suffix(tokens[i]) for i in range(*span)):
            minor = True  # "Iran-backed", "French-led"
        holders = uses.around(span)
        facilities = {
            k for k in holders if names[k].role == "facility" and (span[0] - 1, span[1]) in names[k].spans
        }
        if holders - facilities:
            continue  # part of a longer name
        code, form = match.key
        key = _key(code)
        role = "organisation" if places.places[code].kind == "organisation" else "place"
        candidate = found.setdefault(key, Candidate(key, "name", role=role))
        candidate.spans.add(span)
        if minor:
            candidate.minor.add(span)
        else:
            candidate.surfaces[strip_arabic_marks(form)] += 1
        same.update(dict.fromkeys(at_span.get(span, ()), key))
        cued.update(dict.fromkeys(facilities, key))
    for key, candidate in found.items():
        if not candidate.surfaces and len(candidate.minor) < 2:
            continue  # named only in passing ("The Norwegian striker")
        if not candidate.surfaces:
            label = places.places[key[0][1:]].label
            candidate.surfaces[label[language] or label["en"]] += 1
        names[key] = candidate
    for other, key in [*same.items(), *cued.items()]:
        reader = names.pop(other, None)
        if reader is not None and key in names and other in same:
            # The reader's other uses of the same words count (a capital the gazetteer doubted).
            place = names[key]
            place.spans |= {
                s for s in reader.spans if not layout.in_dateline(s) and not _inside_any(s, place.spans)
            }


def _lower_suffix(token: Token) -> bool:
    parts = token.text.split("-")
    return len(parts) > 1 and not token.arabic and parts[-1][:1].islower() and parts[0][:1].isupper()


def _inside_any(span: Span, spans: set[Span]) -> bool:
    """Whether `span` lies inside one of `spans`."""
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _initials(label: str) -> str:
    words = [w for part in label.split() for w in part.split("-")]
    return "".join(w[0] for w in words if w and w.lower() not in _CONNECTORS).upper()


def fold_aliases(tokens: Sequence[Token], names: dict[Key, Candidate], phrases: dict[Key, Candidate]) -> None:
    """An acronym of a name's (or a key phrase's) initials, or a name given as another's alias,
    is that name ("IMF", "AI" for "artificial intelligence")."""
    for key, name in list(names.items()):
        label = name.label
        if not (label.isupper() and 2 <= len(label) <= 6 and label.isalpha() and label.isascii()):
            continue
        if key[0].startswith("@"):
            continue  # the gazetteer knows it ("UN", "UAE")
        for table in (names, phrases):
            spelled = [
                k
                for k, n in table.items()
                if k != key and len(n.label.split()) > 1 and _initials(n.label) == label
            ]
            if len(spelled) == 1:
                table[spelled[0]].absorb(names.pop(key), spellings=False)
                break
    starts = {span[0]: key for key, name in names.items() for span in name.spans}
    for key, name in list(names.items()):
        if key not in names:
            continue
        for _, end in sorted(name.spans):
            alias = _alias_after(tokens, end)
            if alias is None:
                continue
            other = starts.get(alias[0])
            if other is not None and other != key and other in names and names[other].role != "place":
                names[key].absorb(names.pop(other), spellings=False)
            elif other is None:
                names[key].spans.add(alias)


def _alias_after(tokens: Sequence[Token], end: int) -> Span | None:
    """Where an alias given right after a name stands: "(UNIFIL)", ", known as AFAD"."""
    i = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    if i < len(tokens) and tokens[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 5, len(tokens))) if tokens[j].text == ")"), None)
        if close and close > i + 1 and all(t.is_word for t in tokens[i + 1 : close]):
            return (i + 1, close)
        return None
    words = tuple(normalize_arabic(t.norm) for t in tokens[i : i + 2])
    if words in _KNOWN_AS and i + 2 < len(tokens) and tokens[i + 2].is_word:
        return (i + 2, i + 3)
    return None


def _core(label: str) -> str:
    """A name without its article ("Al-Qaim" -> "qaim", "القائم" -> "قائم")."""
    folded = normalize_arabic(label).casefold()
    for article in ("al-", "el-", "al ", "el ", "the ", "ال"):
        if folded.startswith(article) and len(folded) > len(article) + 2:
            return folded[len(article) :]
    return folded


def fold_variants(names: dict[Key, Candidate]) -> None:
    """Shorter and longer forms of one name are one candidate (see the module's doc)."""
    cores: dict[str, Key] = {}
    for key, name in sorted(names.items(), key=lambda item: -item[1].count):
        core = _core(name.label)
        if core in cores and not key[0].startswith("@"):
            names[cores[core]].absorb(names.pop(key))  # "Qaim" and "Al-Qaim": one place
        else:
            cores.setdefault(core, key)
    by_words = {tuple(n.label.split()): k for k, n in names.items() if not k[0].startswith("@")}
    for words, key in sorted(by_words.items(), key=lambda item: len(item[0])):
        if key not in names:
            continue
        name = names[key]
        longer = [
            (other, k)
            for other, k in by_words.items()
            if len(other) > len(words) and k in names and k != key and _extends(words, other, name, names[k])
        ]
        if len(longer) == 1:
            names[longer[0][1]].absorb(names.pop(key), spellings=False)


def _extends(words: tuple[str, ...], other: tuple[str, ...], name: Candidate, holder: Candidate) -> bool:
    """Whether `other` is a longer form of `words`."""
    if len(words) >= 2 and other[-len(words) :] == words:
        return True  # "Abu Saud" of "Raed Abu Saud"
    if other[: len(words)] == words and all(w.lower() in _ORG_HEADS for w in other[len(words) :]):
        return True  # "Civic Renewal" of "Civic Renewal Party"
    # Arabic: the name without its cue word ("التجديد المدني" of "حزب التجديد المدني"), or
    # cut short ("مفوضية الأمم المتحدة" of "مفوضية الأمم المتحدة لشؤون اللاجئين").
    if holder.role in {"organisation", "facility"} and other[1:] == words:
        return True
    return name.role == holder.role == "organisation" and len(words) >= 2 and other[: len(words)] == words


def _title(token: Token, language: str) -> bool:
    if language == "en":
        return token.norm.removesuffix("'s").removesuffix("’s") in TITLES
    return any(AR_CUES.get(form, ("",))[0] == "person" for form in (token.norm, token.norm[1:]))


def weigh_roles(tokens: Sequence[Token], language: str, names: dict[Key, Candidate]) -> None:
    """Affiliations and capitals (see the module's doc)."""
    people = [span for name in names.values() if name.role == "person" for span in name.spans]
    for name in names.values():
        if name.role == "organisation" and any(
            _affiliated(tokens, language, o, p) for o in name.spans for p in people
        ):
            name.extra += 1.0
    places = gazetteer().places
    for key, name in names.items():
        code = key[0][1:] if key[0].startswith("@") else ""
        country = places[code].capital_of if code in places else ""
        if country and _key(country) in names:
            name.factor = 0.5


def _affiliated(tokens: Sequence[Token], language: str, organisation: Span, person: Span) -> bool:
    """Whether a title links the two uses, a few words apart in one sentence."""
    first, second = sorted([organisation, person])
    if second[0] - first[1] > 6 or second[0] < first[1]:
        return False
    between = tokens[max(first[0] - 1, 0) : second[0]]
    if any(t.ends_sentence for t in tokens[first[1] : second[0]]):
        return False
    return any(t.is_word and _title(t, language) for t in between)


def drop_fragments(
    tokens: Sequence[Token], language: str, names: dict[Key, Candidate], phrases: dict[Key, Candidate]
) -> None:
    """Key phrases that overlap a name used elsewhere too, or only ever follow a number. (A
    name always read inside one phrase is that phrase, as `common.combine` makes it so: "UN
    refugee agency"; "ريال مدريد". Not in Arabic when a cue word starts the name: "فتح معبر
    القائم" is the opening of the crossing; nor when a particle joins it: "الموالية لإيران".)"""
    for key, phrase in list(phrases.items()):
        overlapping = [
            name
            for name in names.values()
            if any(s < pe and ps < e for s, e in name.spans for ps, pe in phrase.spans)
        ]
        elsewhere = any(
            not _inside_any(span, phrase.spans) or _straddles(span, phrase.spans)
            for name in overlapping
            for span in name.spans
        ) or (language == "ar" and any(not _bare_place(tokens, name) for name in overlapping))
        counted = all(start > 0 and tokens[start - 1].kind == "number" for start, _ in phrase.spans)
        if elsewhere or counted or (language == "ar" and _wanting(tokens, phrase)):
            del phrases[key]


def _bare_place(tokens: Sequence[Token], name: Candidate) -> bool:
    """Whether an Arabic name is a known place written without particles, so that a phrase
    holding it may be a longer name ("ريال مدريد"; not "الموالية لإيران")."""
    if not name.key[0].startswith("@"):
        return False
    forms = {normalize_arabic(form) for form in name.surfaces}
    return all(" ".join(t.norm for t in tokens[s:e]) in forms for s, e in name.spans)


def _wanting(tokens: Sequence[Token], phrase: Candidate) -> bool:
    """Whether an Arabic phrase always stops before what its last word governs ("الميليشيات
    الموالية" before "لإيران": loyal to whom?)."""
    for _, end in phrase.spans:
        following = tokens[end].norm if end < len(tokens) else ""
        if not (following.startswith("ل") and not following.startswith("لل") and len(following) > 3):
            return False
    return True


def _straddles(span: Span, spans: set[Span]) -> bool:
    """Whether `span` overlaps one of `spans` without either holding the other."""
    return any(
        s < span[1]
        and span[0] < e
        and not (s <= span[0] and span[1] <= e)
        and not (span[0] <= s and e <= span[1])
        for s, e in spans
    )


def resolve(
    tokens: Sequence[Token],
    language: str,
    names: dict[Key, Candidate],
    phrases: dict[Key, Candidate],
    layout: Layout,
) -> None:
    """Places added, aliases and variants folded, fragments dropped, in that order."""
    add_places(tokens, language, names, layout)
    for key in [key for key, name in names.items() if all(layout.in_dateline(s) for s in name.spans)]:
        del names[key]  # where the reporter was ("DUBAI —")
    fold_aliases(tokens, names, phrases)
    fold_variants(names)
    weigh_roles(tokens, language, names)
    drop_fragments(tokens, language, names, phrases)
    for name in names.values():
        if not name.surfaces:
            name.surfaces = Counter({" ".join(t.text for t in tokens[slice(*min(name.spans))]): 1})
