"""The sign-up box on every page: one rendering per language and place, fresh when sections change."""

import pytest
from django.test import Client

from masthead.articles.tests.factories import SectionFactory

pytestmark = pytest.mark.django_db


def box_of(html: str) -> str:
    return html.split('<section class="newsletter"', 1)[1].split("</section>", 1)[0]


def test_box_offers_the_sections_as_they_are_once_a_change_is_committed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sport = SectionFactory(slug="sport", name="Sport", name_ar="رياضة")
    assert "Sport" in box_of(Client().get("/en/").text)
    assert "رياضة" in box_of(Client().get("/ar/").text)
    with django_capture_on_commit_callbacks(execute=True):
        sport.name = "Sports"
        sport.save()
    assert "Sports" in box_of(Client().get("/en/").text)
    assert "رياضة" in box_of(Client().get("/ar/").text)
