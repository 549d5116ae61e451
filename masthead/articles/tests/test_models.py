from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import timezone, translation

from masthead.articles.models import Article, Section, SlugRedirect, Tag
from masthead.articles.tests.factories import ArticleFactory, ImageFactory, SectionFactory

pytestmark = pytest.mark.django_db
S = Article.Status


def test_published_is_status_and_time():
    now = timezone.now()
    live = ArticleFactory(status=S.PUBLISHED, published_at=now - timedelta(minutes=5))
    due = ArticleFactory(status=S.SCHEDULED, published_at=now - timedelta(seconds=1))
    ArticleFactory(status=S.SCHEDULED, published_at=now + timedelta(hours=1))
    ArticleFactory(status=S.DRAFT, published_at=None)
    ArticleFactory(status=S.IN_REVIEW, published_at=None)
    ArticleFactory(status=S.UNPUBLISHED, published_at=now - timedelta(days=1))
    assert set(Article.objects.published()) == {live, due}
    assert [a.is_published for a in (live, due)] == [True, True]


def test_future_published_time_is_not_published_yet():
    article = ArticleFactory(status=S.PUBLISHED, published_at=timezone.now() + timedelta(days=1))
    assert not article.is_published
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_live_article_needs_a_publication_time():
    with pytest.raises(IntegrityError):
        ArticleFactory(status=S.PUBLISHED, published_at=None)


def test_slug_is_unique_per_language_only():
    ArticleFactory(slug="same", language="en")
    ArticleFactory(slug="same", language="ar")
    with pytest.raises(IntegrityError):
        ArticleFactory(slug="same", language="en")


def test_body_is_sanitized_on_save():
    article = ArticleFactory(
        body='<p onclick="steal()">Hi <script>alert(1)</script><a href="javascript:alert(1)">x</a>'
        '<img src=x onerror=alert(1)><span style="color:red">red</span></p>'
    )
    article.refresh_from_db()
    assert "script" not in article.body
    assert "onclick" not in article.body
    assert "javascript:" not in article.body
    assert "onerror" not in article.body
    assert "style" not in article.body
    assert "Hi" in article.body and "red" in article.body


def test_changing_a_published_slug_leaves_a_redirect():
    article = ArticleFactory(slug="old-slug")
    article = Article.objects.get(pk=article.pk)
    article.slug = "new-slug"
    article.save()
    old = SlugRedirect.objects.get()
    assert (old.language, old.section_slug, old.slug, old.article) == ("en", "news", "old-slug", article)


def test_changing_section_leaves_a_redirect():
    article = Article.objects.get(pk=ArticleFactory(slug="story").pk)
    article.section = SectionFactory(slug="world")
    article.save()
    assert SlugRedirect.objects.filter(section_slug="news", slug="story", article=article).exists()


def test_moving_back_removes_the_redirect_for_the_current_address():
    article = Article.objects.get(pk=ArticleFactory(slug="first").pk)
    article.slug = "second"
    article.save()
    article.slug = "first"
    article.save()
    assert list(SlugRedirect.objects.values_list("slug", flat=True)) == ["second"]


def test_renaming_a_draft_that_was_never_published_leaves_no_redirect():
    draft = Article.objects.get(pk=ArticleFactory(status=S.DRAFT, published_at=None, slug="a").pk)
    draft.slug = "b"
    draft.save()
    assert not SlugRedirect.objects.exists()


def test_caricature_needs_its_cartoon():
    section = SectionFactory(slug="caricature", kind="caricature")
    article = ArticleFactory.build(section=section, featured_image=None)
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "featured_image" in error.value.message_dict
    article.featured_image = ImageFactory()
    article.full_clean()


def test_sponsored_story_names_its_sponsor():
    article = ArticleFactory.build(is_sponsored=True, sponsor_name=" ")
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert "sponsor_name" in error.value.message_dict


def test_translation_must_be_in_the_other_language():
    english = ArticleFactory(language="en")
    other_english = ArticleFactory.build(language="en", translation=english)
    with pytest.raises(ValidationError) as error:
        other_english.full_clean()
    assert "translation" in error.value.message_dict


def test_tag_needs_a_name_in_one_language():
    with pytest.raises(IntegrityError):
        Tag.objects.create(slug="nameless")


def test_url_carries_language_and_section():
    article = ArticleFactory(language="ar", slug="عنوان")
    assert article.get_absolute_url() == "/ar/news/%D8%B9%D9%86%D9%88%D8%A7%D9%86/"


@pytest.mark.parametrize("language", ["en", "ar"])  # the editor's language does not matter
@pytest.mark.parametrize("slug", ["search", "tags", "authors", "feed"])
def test_a_section_cannot_take_the_address_of_a_site_page(db, slug, language):
    section = Section(name="X", name_ar="س", slug=slug)
    with translation.override(language), pytest.raises(ValidationError) as refused:
        section.full_clean()
    assert refused.value.error_dict["slug"][0].code == "reserved"


def test_an_ordinary_section_slug_is_accepted(db):
    Section(name="Sport", name_ar="رياضة", slug="sport").full_clean()
