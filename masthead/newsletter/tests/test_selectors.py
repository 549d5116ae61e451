"""What a digest holds: its stories ranked like "Popular Posts", then chosen per subscriber."""

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.articles.tests.factories import ArticleFactory
from masthead.newsletter.models import Issue
from masthead.newsletter.selectors import DigestStories
from masthead.readership.counting import add_counts, hour_of
from masthead.readership.models import PopularChoice

pytestmark = pytest.mark.django_db


def test_digest_puts_pins_and_breaking_news_first_then_the_most_read_and_leaves_hidden_stories_out():
    now = timezone.now()
    hours_ago = iter(range(1, 20))

    def story(slug: str, views: int = 0, **fields):
        article = ArticleFactory(slug=slug, published_at=now - timedelta(hours=next(hours_ago)), **fields)
        if views:
            add_counts({(article.pk, hour_of(now)): views})
        return article

    story("quiet")
    story("read", views=50)
    story("most-read", views=90)
    pinned = story("pinned", views=1)
    story("breaking", is_breaking=True)
    hidden = story("hidden", views=500)
    was_hidden = story("was-hidden", views=70)
    PopularChoice.objects.create(article=pinned, choice="pin")
    PopularChoice.objects.create(article=hidden, choice="hide")
    PopularChoice.objects.create(article=was_hidden, choice="hide", until=now - timedelta(minutes=5))

    digest = DigestStories(Issue(kind=Issue.Kind.DAILY, language="en"), now)
    assert [a.slug for a in digest.for_subscriber(None, [])] == [
        "pinned",
        "breaking",
        "most-read",
        "was-hidden",
        "read",
        "quiet",
    ]
