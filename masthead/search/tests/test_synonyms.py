"""Editors' synonyms, words typed together that stories write as one, and corrected queries."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from masthead.articles.tests.factories import ArticleFactory, UserFactory
from masthead.search.models import Synonym
from masthead.search.selectors import search

pytestmark = pytest.mark.django_db


def found(query: str, language: str = "en") -> list[str]:
    return sorted(story.slug for story in search(query, languages=(language,)).stories)


@pytest.fixture
def stories(committed):
    with committed():
        ArticleFactory(slug="spelled-out", headline="Airline sets the range for its initial public offering")
        ArticleFactory(slug="abbreviated", headline="Airline IPO priced at the top of the range")
        ArticleFactory(slug="other", headline="Airline adds routes to the islands")
        ArticleFactory(slug="un", language="ar", headline="الأمم المتحدة تدعو إلى التهدئة")


def test_a_synonym_finds_the_stories_that_write_another_entry_of_its_set(stories, committed):
    assert found("IPO") == ["abbreviated"]
    with committed():
        Synonym.objects.create(words="IPO, initial public offering")
    assert found("IPO") == ["abbreviated", "spelled-out"]
    assert found("IPOs") == ["abbreviated", "spelled-out"]  # compared by stem
    assert found("initial public offering") == ["abbreviated", "spelled-out"]
    assert found('"initial public offering"') == ["abbreviated", "spelled-out"]
    assert found("airline -IPO") == ["other"]  # an exclusion excludes the whole set


def test_a_change_to_the_synonyms_applies_to_the_next_search(stories, committed):
    with committed():
        synonym = Synonym.objects.create(words="UN، الأمم المتحدة")  # the Arabic comma separates too
    assert found("UN", "ar") == ["un"]
    with committed():
        synonym.delete()
    assert found("UN", "ar") == []


@pytest.mark.parametrize(
    ("words", "problem"),
    [
        ("IPO", "at least two"),
        ("IPO, IPOs", "at least two"),
        (", ,", "at least two"),
        ("IPO, " + " ".join(["word"] * 9), "at most 8"),
    ],
)
def test_a_set_needs_two_different_entries_of_a_few_words(words, problem):
    with pytest.raises(ValidationError) as error:
        Synonym(words=words).full_clean()
    assert problem in str(error.value)


def test_editors_keep_the_synonyms_in_the_back_office(stories, committed):
    client = Client()
    client.force_login(UserFactory(username="desk-editor", role="Editor"))
    with committed():
        response = client.post(reverse("admin:search_synonym_add"), {"words": "IPO, initial public offering"})
    assert response.status_code == 302
    assert found("IPO") == ["abbreviated", "spelled-out"]
    response = client.post(reverse("admin:search_synonym_add"), {"words": "IPO"})
    assert response.status_code == 200 and "at least two" in response.content.decode()


def test_two_words_typed_apart_find_the_story_that_writes_them_as_one(committed):
    with committed():
        ArticleFactory(slug="joined", headline="Heatwave grips the coast")
        ArticleFactory(slug="hyphenated", headline="Heat-wave warning for the islands")
        ArticleFactory(slug="apart", headline="A heat wave is coming")
        ArticleFactory(slug="heat-only", headline="Heat rises in the markets")
    assert found("heat wave") == ["apart", "hyphenated", "joined"]
    assert found("heatwave") == ["hyphenated", "joined"]


def test_a_query_that_finds_nothing_shows_its_correction_unless_asked_not_to(committed):
    with committed():
        ArticleFactory(slug="desal", headline="Desalination plants expand")
    corrected = search("desalinaton", languages=("en",))
    assert [s.slug for s in corrected.stories] == ["desal"]
    assert (corrected.corrected_from, corrected.parsed.text) == ("desalinaton", "Desalination")
    as_typed = search("desalinaton", languages=("en",), correct=False)
    assert (as_typed.stories, as_typed.suggestion) == ([], "Desalination")
