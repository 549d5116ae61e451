""" "Did you mean": the vocabulary's words as the stories write them, and the reader's query corrected."""

import pytest
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, ImageFactory, TagFactory
from masthead.search import selectors, services, spelling
from masthead.search.analysis import analyze
from masthead.search.backends.base import Filters
from masthead.search.documents import document, indexable
from masthead.search.models import Word
from masthead.search.query import parse

pytestmark = pytest.mark.django_db

BOTH = ("en", "ar")


def story(slug: str, **fields) -> Article:
    fields.setdefault("dek", "")
    fields.setdefault("body", "<p>Nothing in particular happened.</p>")
    return ArticleFactory(slug=slug, **fields)


def displays(language: str) -> dict[str, str]:
    return dict(Word.objects.filter(language=language).values_list("word", "display"))


def suggestion(query: str) -> str | None:
    """The spelling a results page offers for `query`: only one that finds stories."""
    return selectors._suggestion(parse(query), Filters(languages=BOTH, now=timezone.now()))


def corrected(query: str) -> str | None:
    parsed = parse(query)
    return spelling.correct(parsed.text, parsed.words)


@pytest.fixture
def newsroom(committed):
    """Stories in both languages whose words are the vocabulary of the tests below."""
    with committed():
        story(
            "landfall",
            headline="Cyclone makes landfall in Norvania",
            dek="Norvania's coast braces for the storm",
            tags=[TagFactory(name="Cyclones", name_ar="الأعاصير", slug="cyclones")],
        )
        story("shelter", headline="Thousands shelter from cyclone in Norvania")
        story(
            "pearl",
            language="ar",
            headline="ارتفاع أرباح شركة لؤلؤة الخليج",
            dek="قال مسؤولٌ في الشركـــة إن الأرباح ارتفعت",
        )
        story("official", language="ar", headline="مسؤول حكومي يزور الميناء")


# The vocabulary


def test_words_are_kept_as_the_stories_write_them(newsroom):
    english, arabic = displays("en"), displays("ar")
    assert english["norvania"] == "Norvania"  # the possessive of the dek is not part of it
    assert english["cyclone"] == "cyclone"  # lower case twice, "Cyclone" once
    assert english["landfall"] == "landfall"
    assert arabic["لؤلؤه"] == "لؤلؤة"  # ة and the hamza on its seats
    assert arabic["ارباح"] == "أرباح"  # hamza on alef
    assert arabic["مسؤول"] == "مسؤول"  # without the vowel mark
    assert arabic["الشركه"] == "الشركة"  # without the tatweel, the article as written
    assert arabic["الاعاصير"] == "الأعاصير"  # an English story's Arabic tag


def test_the_casing_written_most_often_in_a_batch_wins(committed):
    with committed():
        story("a", headline="Monsoon arrives early")
        story("b", headline="Farmers welcome the monsoon", dek="The monsoon rains fill reservoirs")
    assert displays("en")["monsoon"] == "monsoon"


def test_a_word_kept_without_its_written_form_gets_it_on_the_next_rebuild(committed):
    with committed():
        story("landfall", headline="Cyclone makes landfall in Norvania")
    Word.objects.filter(word="norvania").update(display="")
    services.rebuild()
    assert displays("en")["norvania"] == "Norvania"
    assert Word.objects.filter(word="norvania").count() == 1


def test_the_vocabulary_reads_the_texts_the_index_does(committed):
    with committed():
        story(
            "full",
            headline="Harbour reopens",
            dek="Ships return",
            tags=[TagFactory(name="Ports", name_ar="الموانئ", slug="ports")],
            authors=[AuthorFactory(name="Mariam Haddad", name_ar="مريم حداد", slug="mariam")],
            featured_image=ImageFactory(caption="Cranes at dawn", alt_text="Two cranes"),
        )
    (article,) = indexable()
    title, lead = services._vocabulary_texts(article)
    expected = document(article)
    assert analyze(title, article.language) == expected.title
    assert analyze(lead, article.language) == expected.lead


def test_a_drafts_words_are_not_kept(committed):
    with committed():
        story("draft", headline="Quarantine lifted", status=Article.Status.DRAFT)
    assert "quarantine" not in displays("en")


# Nearest word


def test_nearest_is_the_known_word_with_its_written_form_in_one_query(newsroom, django_assert_num_queries):
    with django_assert_num_queries(1):
        found = spelling.nearest("norvnia")
    assert (found.word, found.display, found.language) == ("norvania", "Norvania", "en")
    assert spelling.nearest("qqqqqq") is None


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("لولوه", "لؤلؤه"),  # ؤ typed as و: two letters of five unlike, too few for a likeness
        ("مسوول", "مسؤول"),
        # Each with a word as like it letter by letter, and first in difflib's order.
        ("سوال", "سؤال"),  # سوار
        ("هييه", "هيئه"),  # ئ typed as ي; هيبه
        ("براه", "براءه"),  # a lone ء left out; براهي
        ("برااه", "براءه"),  # or typed as ا; براقه
    ],
)
def test_an_arabic_word_typed_without_its_hamza_finds_the_word(typed, word):
    vocabulary = ("لؤلؤه", "مسؤول", "سؤال", "سوار", "هيئه", "هيبه", "براءه", "براهي", "براقه")
    Word.objects.bulk_create(Word(language="ar", word=w) for w in vocabulary)
    assert spelling.nearest(typed).word == word


# The reader's query corrected


def test_a_misspelt_name_is_offered_as_the_stories_write_it(newsroom):
    assert suggestion("Norvnia cyclone") == "Norvania cyclone"
    assert suggestion("norvnia") == "Norvania"


def test_the_readers_other_words_and_marks_stay_as_typed(newsroom):
    assert suggestion('CYCLONE  in "Norvnia"!') == 'CYCLONE  in "Norvania"!'
    assert suggestion("Norvnia's Cyclone") == "Norvania's Cyclone"


def test_arabic_typed_without_hamza_or_with_haa_for_taa_marbuta(newsroom):
    assert suggestion("لولوة الخليج") == "لؤلؤة الخليج"
    assert suggestion("لولوه الخليج") == "لؤلؤة الخليج"
    assert suggestion("مسوول") == "مسؤول"
    assert suggestion("ارباح لولوه") == "ارباح لؤلؤة"  # a known word stays as typed, without its hamza


def test_a_known_word_is_never_replaced(newsroom):
    Word.objects.create(language="en", word="norvanian", display="Norvanian")
    assert corrected("norvanian cyclone") is None
    assert corrected("NORVANIA cyclne") == "NORVANIA cyclone"


def test_function_words_and_numbers_are_never_replaced(newsroom):
    Word.objects.bulk_create(
        [Word(language="en", word="theo", display="Theo"), Word(language="en", word="2024")]
    )
    assert corrected("the norvnia 2025") == "the Norvania 2025"


def test_a_word_with_no_near_candidate_gives_nothing(newsroom):
    assert corrected("zzqx cyclone") is None
    assert suggestion("qwxz") is None


def test_a_word_kept_without_its_written_form_is_offered_as_kept(newsroom):
    Word.objects.filter(word="norvania").update(display="")
    assert corrected("Norvnia cyclone") == "norvania cyclone"


def test_a_correction_that_finds_no_story_is_not_offered(newsroom):
    Word.objects.create(language="en", word="tornado", display="Tornado")  # its stories since gone
    assert corrected("tornadoo") == "Tornado"
    assert suggestion("tornadoo") is None
