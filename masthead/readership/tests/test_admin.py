"""Readership in the back office: a story's views per day, and the week's most read."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, UserFactory
from masthead.readership.counting import add_counts, hour_of

pytestmark = pytest.mark.django_db


def test_a_story_shows_its_views_per_day_as_a_chart():
    story = ArticleFactory(slug="story")
    now = datetime.now(UTC)
    add_counts({(story.pk, hour_of(now)): 7, (story.pk, hour_of(now - timedelta(days=2))): 3})
    client = login(UserFactory(username="desk", role="Editor"))
    html = client.get(reverse("admin:articles_article_change", args=[story.pk])).text
    assert 'class="views-chart"' in html and html.count("<rect ") == 30
    assert "10 views in 30 days, at most 7 a day" in html


def test_the_dashboard_ranks_the_weeks_most_read_for_editors_only():
    now = datetime.now(UTC)
    quiet, busy, old = (
        ArticleFactory(slug="quiet", headline="Quiet one"),
        ArticleFactory(slug="busy", headline="Busy one"),
        ArticleFactory(slug="old", headline="Old one"),
    )
    add_counts(
        {
            (quiet.pk, hour_of(now)): 2,
            (busy.pk, hour_of(now)): 9,
            (old.pk, hour_of(now - timedelta(days=9))): 50,
        }
    )
    url = reverse("admin:readership_mostread_changelist")
    html = login(UserFactory(username="desk", role="Editor")).get(url).text
    assert html.index("Busy one") < html.index("Quiet one") and "Old one" not in html
    assert login(UserFactory(username="nobody", is_staff=True)).get(url).status_code == 403
