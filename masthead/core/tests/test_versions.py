import pytest
from django.test import RequestFactory

from masthead.articles.tests.factories import SectionFactory
from masthead.core import versions
from masthead.core.context_processors import request_sections

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
