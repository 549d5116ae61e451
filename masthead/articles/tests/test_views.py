from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, ImageFactory, SectionFactory
from masthead.articles.views import preview_token

pytestmark = pytest.mark.django_db


def test_published_story_is_served():
    story = ArticleFactory(headline="Pearl divers return to the banks")
    response = Client().get(story.get_absolute_url())
    assert response.status_code == 200
    assert "Pearl divers return to the banks" in response.text


def test_old_slug_answers_with_a_301_to_the_new_address():
    story = Article.objects.get(pk=ArticleFactory(slug="old").pk)
    story.slug = "new"
    story.save()
    response = Client().get("/en/news/old/")
    assert response.status_code == 301
    assert response["Location"] == "/en/news/new/"


def test_old_section_answers_with_a_301():
    story = Article.objects.get(pk=ArticleFactory(slug="moved").pk)
    story.section = SectionFactory(slug="business")
    story.save()
    response = Client().get("/en/news/moved/")
    assert (response.status_code, response["Location"]) == (301, "/en/business/moved/")


def test_old_address_of_an_unpublished_story_is_gone():
    story = Article.objects.get(pk=ArticleFactory(slug="old").pk)
    story.slug = "new"
    story.save()
    Article.objects.filter(pk=story.pk).update(status=Article.Status.UNPUBLISHED)
    assert Client().get("/en/news/old/").status_code == 404


def test_drafts_and_future_stories_are_not_served():
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None, slug="draft")
    future = ArticleFactory(published_at=timezone.now() + timedelta(hours=1), slug="future")
    assert Client().get(draft.get_absolute_url()).status_code == 404
    assert Client().get(future.get_absolute_url()).status_code == 404


def test_story_in_other_language_is_not_served_under_this_one():
    story = ArticleFactory(language="ar", slug="arabic-only")
    assert Client().get("/en/news/arabic-only/").status_code == 404
    assert Client().get(story.get_absolute_url()).status_code == 200


def test_preview_link_shows_a_draft_and_is_never_cached():
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None, headline="Draft budget")
    response = Client().get(reverse("preview", args=[preview_token(draft)]))
    assert response.status_code == 200
    assert "Draft budget" in response.text
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


def test_preview_link_expires():
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    token = preview_token(draft)
    with time_machine.travel(timezone.now() + timedelta(days=8)):
        response = Client().get(reverse("preview", args=[token]))
        assert response.status_code == 410
        assert "expired" in response.text


def test_tampered_preview_link_is_refused():
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    token = preview_token(draft)
    assert Client().get(reverse("preview", args=[token[:-2] + "xx"])).status_code == 403


def test_arabic_preview_is_right_to_left():
    draft = ArticleFactory(status=Article.Status.DRAFT, published_at=None, language="ar")
    response = Client().get(reverse("preview", args=[preview_token(draft)]))
    assert 'lang="ar" dir="rtl"' in response.text


def test_xss_in_headline_caption_and_alt_text_is_escaped():
    payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    image = ImageFactory(alt_text=payload, caption=payload, credit=payload)
    story = ArticleFactory(headline=payload, dek=payload, featured_image=image)
    html = Client().get(story.get_absolute_url()).text
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x onerror" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
