"""How alike two pieces of demo text are, once the parts a template would swap are hidden.

Names of places, people and organisations and numbers are masked, so "Cabinet approves
a $21.5bn budget" and "Cabinet approves a $32.2bn budget" read the same, as do two heatwave
headlines that differ only in the city. What is left is compared as sets of words (Jaccard).
"""

import re
from functools import cache
from itertools import combinations

from masthead.demo import names

# Two texts whose masked word sets overlap this much (shared words / all words) are copies of
# one template. 0.6 flags every example of a template with its numbers or places changed (1.0
# once masked) and near-copies that change a word or two, while two headlines about one running
# story ("Shura debates the labour law" / "Labour law takes effect") stay well below it.
THRESHOLD = 0.6
NUMBER = re.compile(r"\$?\d[\d,.]*(?:bn|m|c|%)?")
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@cache
def _names() -> tuple[str, ...]:
    found: set[str] = set()
    people = [*names.OFFICIALS.values(), *(p for pool in names.ANALYSTS.values() for p in pool)]
    people += [country.leader for country in names.COUNTRIES]
    for person in people:
        found.update((person.en, person.en_short, person.ar, person.ar_short))
    for org in [*names.COMPANIES, *names.STARTUPS, *names.BANKS]:
        found.update((org.en, org.en_short, org.ar, org.ar_short))
    for place in names.CITIES:
        found.update((place.en, place.ar))
    for country in names.COUNTRIES:
        found.update((country.en, country.ar, country.capital_en, country.capital_ar))
    # Longest first, so "Ras Nakhla Islamic Bank" goes before "Ras Nakhla".
    return tuple(sorted((n.lower() for n in found if n), key=len, reverse=True))


def words(text: str) -> frozenset[str]:
    """The words of `text` with names and numbers masked (as the words "qname" and "qnum")."""
    text = text.lower()
    for name in _names():
        text = text.replace(name, " qname ")
    return frozenset(WORD.findall(NUMBER.sub(" qnum ", text)))


def similarity(a: str, b: str) -> float:
    """Shared masked words over all masked words (1.0: the same text once names and numbers go)."""
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


def too_similar(texts: list[str], threshold: float = THRESHOLD) -> list[tuple[float, str, str]]:
    """Every pair of `texts` at least `threshold` alike, most alike first."""
    masked = [(text, words(text)) for text in texts]
    pairs = []
    for (a, wa), (b, wb) in combinations(masked, 2):
        union = wa | wb
        score = len(wa & wb) / len(union) if union else 1.0
        if score >= threshold:
            pairs.append((round(score, 2), a, b))
    return sorted(pairs, reverse=True)
