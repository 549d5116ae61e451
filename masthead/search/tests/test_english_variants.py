"""British and American spellings of a word find each other, and no other word.

The stem is what matches, so every pair below must share one; `exact` keeps the spelling, so a
story spelt as the reader typed ranks above one spelt the other way.
"""

from datetime import timedelta

import pytest
import snowballstemmer
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory
from masthead.search.analysis import analyze, query_terms, skim, skim_key
from masthead.search.selectors import search

# British spelling, American spelling.
SAME_WORD = [
    ("labour", "labor"),
    ("labours", "labors"),
    ("laboured", "labored"),
    ("labouring", "laboring"),
    ("labourer", "laborer"),
    ("colour", "color"),
    ("colourful", "colorful"),
    ("discoloured", "discolored"),
    ("honour", "honor"),
    ("honourable", "honorable"),
    ("favour", "favor"),
    ("favourite", "favorite"),
    ("favourites", "favorites"),
    ("favourable", "favorable"),
    ("neighbour", "neighbor"),
    ("neighbourhood", "neighborhood"),
    ("behaviour", "behavior"),
    ("behavioural", "behavioral"),
    ("harbour", "harbor"),
    ("rumours", "rumors"),
    ("humour", "humor"),
    ("flavour", "flavor"),
    ("vapour", "vapor"),
    ("endeavour", "endeavor"),
    ("tumour", "tumor"),
    ("odour", "odor"),
    ("saviour", "savior"),
    ("labour-saving", "labor-saving"),
    ("centre", "center"),
    ("centres", "centers"),
    ("centred", "centered"),
    ("centre-left", "center-left"),
    ("theatre", "theater"),
    ("theatres", "theaters"),
    ("metre", "meter"),
    ("kilometres", "kilometers"),
    ("litre", "liter"),
    ("fibre", "fiber"),
    ("calibre", "caliber"),
    ("sombre", "somber"),
    ("spectre", "specter"),
    ("meagre", "meager"),
    ("organise", "organize"),
    ("organised", "organized"),
    ("organising", "organizing"),
    ("organiser", "organizer"),
    ("organisation", "organization"),
    ("organisations", "organizations"),
    ("realise", "realize"),
    ("realised", "realized"),
    ("recognise", "recognize"),
    ("recognisable", "recognizable"),
    ("privatise", "privatize"),
    ("privatisation", "privatization"),
    ("criticise", "criticize"),
    ("criticised", "criticized"),
    ("apologise", "apologize"),
    ("prioritise", "prioritize"),
    ("incentivise", "incentivize"),
    ("stabilisation", "stabilization"),
    ("analyse", "analyze"),
    ("analysed", "analyzed"),
    ("analysing", "analyzing"),
    ("paralyse", "paralyze"),
    ("paralysed", "paralyzed"),
    ("defence", "defense"),
    ("defences", "defenses"),
    ("offence", "offense"),
    ("licence", "license"),
    ("licences", "licenses"),
    ("pretence", "pretense"),
    ("practise", "practice"),
    ("practised", "practiced"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("catalogue", "catalog"),
    ("catalogued", "cataloged"),
    ("dialogue", "dialog"),
    ("analogue", "analog"),
    ("travelled", "traveled"),
    ("travelling", "traveling"),
    ("cancelled", "canceled"),
    ("modelling", "modeling"),
    ("labelled", "labeled"),
    ("fuelled", "fueled"),
    ("refuelling", "refueling"),
    ("counsellor", "counselor"),
    ("councillors", "councilors"),
    ("jewellery", "jewelry"),
    ("woollen", "woolen"),
    ("gruelling", "grueling"),
    ("trialled", "trialed"),
    ("medallist", "medalist"),
    ("skilful", "skillful"),
    ("ageing", "aging"),
    ("judgement", "judgment"),
    ("acknowledgement", "acknowledgment"),
    ("manoeuvre", "maneuver"),
    ("manoeuvres", "maneuvers"),
    ("manoeuvring", "maneuvering"),
    ("paediatric", "pediatric"),
    ("paediatrician", "pediatrician"),
    ("orthopaedic", "orthopedic"),
    ("anaemia", "anemia"),
    ("leukaemia", "leukemia"),
    ("anaesthetic", "anesthetic"),
    ("haemorrhage", "hemorrhage"),
    ("oestrogen", "estrogen"),
    ("oesophagus", "esophagus"),
    ("foetus", "fetus"),
    ("diarrhoea", "diarrhea"),
    ("palaeontologist", "paleontologist"),
    ("aluminium", "aluminum"),
    ("grey", "gray"),
    ("greying", "graying"),
    ("sceptical", "skeptical"),
    ("mould", "mold"),
    ("plough", "plow"),
]

# Words the folding must leave as Snowball alone stems them, a line for each reason.
LEFT_ALONE = [
    "four hour hours hourly your yours tour tours detour contour our ours",  # short, and their family
    "pour downpour pouring sour flour scour scoured course recourse devour amour",
    "genre acre ogre massacre mediocre timbre outre hatred inbred string hamstring",
    "sentence science presence fence pence",
    "advertise advertisement exercise exercised promise promising surprise surprising compromise",
    "enterprise expertise franchise supervise supervision televise television revise revision",
    "devise comprise despise disguise improvise otherwise premises precise concise paradise wise",
    "rise arise sunrise raise praise cruise noise poise bruise merchandise treatise chastise",
    "excise incise circumcise apprise prise",
    "vogue rogue brogue league ideologue synagogue",
    "tyre cheque storey kerb draught",  # British words of their own: tire, check, story, curb, draft
    "called calling killer filled medallion cordially should shoulder haem",  # near the ll, mould, ae rules
]


# A word and one it could be mistaken for after folding: they must keep different stems.
DIFFERENT_WORDS = [
    ("four", "for"),
    ("our", "or"),
    ("tour", "tor"),
    ("pouring", "poring"),
    ("scoured", "scored"),
    ("amour", "amoral"),
    ("timbre", "timber"),
    ("outre", "outer"),
    ("hatred", "hater"),
    ("chartres", "charters"),
    ("prise", "prize"),
    ("prised", "prized"),
    ("tyre", "tire"),
    ("cheque", "check"),
    ("storey", "story"),
    ("defence", "fence"),
    ("sentence", "sense"),
    ("wilful", "will"),
    ("haem", "hem"),
    ("organise", "organ"),
    ("labour", "lab"),
]

# Forms that shared a stem before the folding and must still share one.
STILL_ONE_WORD = [
    "advertise advertised advertises advertising advertisement",
    "revise revised revising revision",
    "televise televised television",
    "supervise supervised supervision",
    "exercise exercised exercises exercising",
    "promise promised promises",
    "surprise surprised surprises",
    "compromise compromised compromises",
    "precise precision",
    "labour labours laboured labouring labor labors labored laboring",
    "centre centres centred center centers centered",
    "organise organised organises organising organize organized organizes organizing",
    "analyse analysed analyses analysing analyze analyzed analyzes analyzing",
    "four fours",
    "hour hours",
]


def _stem(word: str) -> str:
    (term,) = query_terms(word)
    return term.stem


def _snowball(word: str) -> str:
    return snowballstemmer.stemmer("english").stemWord(word)


@pytest.mark.parametrize("british, american", SAME_WORD)
def test_british_and_american_spellings_share_a_stem(british, american):
    assert len(SAME_WORD) >= 40
    assert _stem(british) == _stem(american)


@pytest.mark.parametrize("british, american", SAME_WORD)
def test_each_spelling_finds_a_story_written_with_the_other(british, american):
    for query, text in ((british, f"A story about {american}."), (american, f"A story about {british}.")):
        query_stems = {term.stem for term in query_terms(query)}
        assert query_stems <= {term.stem for term in analyze(text)}, (query, text)


def test_the_exact_form_keeps_the_spelling_as_written():
    assert [t.exact for t in analyze("Labour organised a programme at the Centre")] == [
        "labour",
        "organised",
        "a",
        "programme",
        "at",
        "the",
        "centre",
    ]
    assert [t.exact for t in query_terms("labor center")] == ["labor", "center"]


def test_british_spellings_of_different_words_keep_different_stems():
    # Two rows may share a stem only where Snowball gives their American spellings one.
    american_stems: dict[str, set[str]] = {}
    for british, american in SAME_WORD:
        american_stems.setdefault(_stem(british), set()).add(_snowball(american))
    assert {stem: words for stem, words in american_stems.items() if len(words) > 1} == {}


@pytest.mark.parametrize("words", LEFT_ALONE)
def test_words_with_one_spelling_are_stemmed_as_before(words):
    changed = {word: _stem(word) for word in words.split() if _stem(word) != _snowball(word)}
    assert changed == {}


@pytest.mark.parametrize("word, other", DIFFERENT_WORDS)
def test_a_word_does_not_come_to_share_a_stem_with_another(word, other):
    assert _stem(word) != _stem(other)


@pytest.mark.parametrize("family", STILL_ONE_WORD)
def test_forms_of_one_word_still_share_a_stem(family):
    stems = {form: _stem(form) for form in family.split()}
    assert len(set(stems.values())) == 1, stems


# Through the search itself.


def found(query: str) -> list[str]:
    return [story.slug for story in search(query, languages=("en",)).stories]


def story(slug: str, **fields) -> Article:
    fields.setdefault("dek", "")
    fields.setdefault("body", "<p>Nothing in particular happened.</p>")
    return ArticleFactory(slug=slug, **fields)


@pytest.mark.django_db
def test_a_story_is_found_by_the_other_spelling(committed):
    with committed():
        story("labour", headline="Labour shortage delays the harvest")
        story("organization", headline="Aid group", body="<p>The organization sent tents.</p>")
        story("unrelated", headline="Camel race season opens")
    assert found("labor") == ["labour"]
    assert found("labour") == ["labour"]
    assert found("organisation") == ["organization"]
    assert found("organisations") == ["organization"]


@pytest.mark.django_db
def test_the_spelling_as_typed_ranks_above_the_other(committed):
    now = timezone.now()
    with committed():
        # In each pair the story spelt as the query is the older one: recency would rank it last.
        story("labour", headline="Labour shortage delays harvest", published_at=now - timedelta(days=3))
        story("labor", headline="Labor shortage delays harvest", published_at=now - timedelta(hours=1))
        story("organization", headline="Organization opens clinic", published_at=now - timedelta(days=3))
        story("organisation", headline="Organisation opens clinic", published_at=now - timedelta(hours=1))
    assert found("labour") == ["labour", "labor"]
    assert found("organization") == ["organization", "organisation"]


@pytest.mark.parametrize(("british", "american"), SAME_WORD)
def test_a_skim_of_either_spelling_holds_the_key_of_the_other(british, american):
    for typed, written in ((british, american), (american, british)):
        for term in query_terms(typed):
            assert skim_key(term.stem) in skim(written), (typed, written)
