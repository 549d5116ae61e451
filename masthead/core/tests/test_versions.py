import pytest
from django.test import RequestFactory

from masthead.articles.context_processors import request_sections
from masthead.articles.tests.factories import AuthorFactory, SectionFactory
from masthead.authors.selectors import authors_by_id
from masthead.core import versions

pytestmark = pytest.mark.django_db


def test_bump_moves_the_stamp():
    before = versions.current("test-thing")
    versions.bump("test-thing")
    assert versions.current("test-thing") != before


def test_sections_are_kept_between_requests_until_a_section_changes(
    django_assert_num_queries, django_capture_on_commit_callbacks
):
    section = SectionFactory(slug="news", name="News")
    versions.bump("sections")
    with django_assert_num_queries(1):
        assert [s.name for s in request_sections(RequestFactory().get("/en/"))] == ["News"]
    with django_assert_num_queries(0):
        request_sections(RequestFactory().get("/en/"))
    with django_capture_on_commit_callbacks(execute=True):
        section.name = "Headlines"
        section.save()
    assert [s.name for s in request_sections(RequestFactory().get("/en/"))] == ["Headlines"]


def test_authors_are_kept_until_an_author_changes(
    django_assert_num_queries, django_capture_on_commit_callbacks
):
    first, second = AuthorFactory(name="Layla Haddad"), AuthorFactory(name="Omar Nasser")
    versions.bump("authors")
    with django_assert_num_queries(1):
        assert authors_by_id([first.pk])[first.pk].name == "Layla Haddad"
    with django_assert_num_queries(1):  # only the one not met yet is fetched
        assert set(authors_by_id([first.pk, second.pk])) == {first.pk, second.pk}
    with django_assert_num_queries(0):
        authors_by_id([second.pk, first.pk])
    with django_capture_on_commit_callbacks(execute=True):
        first.name = "Layla Haddad-Saleh"
        first.save()
    assert authors_by_id([first.pk])[first.pk].name == "Layla Haddad-Saleh"
    assert authors_by_id([10**9]) == {}  # unknown ids are left out, not errors
