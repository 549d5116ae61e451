"""English names that are another name's variant: a demonym, a surname, a name after an adjective."""

from masthead.suggestions.candidates.common import Candidate, Key
from masthead.suggestions.candidates.places import gazetteer
from masthead.suggestions.candidates.wordlists import word_list

CONNECTORS = word_list("en-name-connectors")
_DIRECTIONS = word_list("en-directions")
_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish", "ean")


def fold_english_names(names: dict[Key, Candidate]) -> None:
    """A demonym counts for its country ("Karvanian" for "Karvania"), and a name's last word
    alone for the name ("Pell" for "Dario Pell", "the Brigade" for "Red Hand Brigade"). A name
    after an adjective ("Islamist Ennahda", "Iraqi Kurdistan") is the name, when the text also
    writes it alone."""
    places = gazetteer()
    for key in [key for key in names if len(key) > 1]:
        adjective = key[0]
        if key[1:] in names and (places.is_place_word(adjective, "en") or adjective.endswith("ist")):
            names[key[1:]].absorb(names.pop(key), spellings=False)
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
            holder = names[longer[0]]
            holder.absorb(names.pop(key), spellings=False)
            holder.role = holder.role or "person"  # "Soleimani" after "Qassem Soleimani"
