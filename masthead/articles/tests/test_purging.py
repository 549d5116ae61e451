"""Every write path purges the pages that show a story: the ORM, a shell or a command, not only the admin."""

import pytest

from masthead.articles.models import Article, ArticleAuthor
from masthead.articles.models.keys import page_keys
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    SectionFactory,
    TagFactory,
)
from masthead.core.tests.test_pagecache import fetch, is_cached, warm

pytestmark = pytest.mark.django_db
S = Article.Status


@pytest.fixture
def story(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # set up and committed before pages are read
        return ArticleFactory(
            headline="Causeway tolls cut for commuters",
            section=SectionFactory(slug="news", name="News"),
            tags=[TagFactory(name="Causeway")],
            authors=[AuthorFactory(name="Mariam Saleh")],
        )


def pages_of(story: Article) -> list[str]:
    return [
        "/en/",
        story.get_absolute_url(),
        story.section.get_absolute_url(),
        story.tags.get().get_absolute_url(),
        story.bylines.get().author.get_absolute_url(),
    ]


def test_a_plain_save_purges_its_page_and_every_list(story, django_capture_on_commit_callbacks):
    pages = pages_of(story)
    warm(*pages)
    story.headline = "Causeway tolls scrapped"
    with django_capture_on_commit_callbacks(execute=True):
        story.save()
    for path in pages:
        assert not is_cached(path), path
        assert "Causeway tolls scrapped" in fetch(path).text, path


def test_a_save_of_some_fields_purges_too(story, django_capture_on_commit_callbacks):
    warm(*pages_of(story))
    story.dek = "Drivers save six dinars a week."
    with django_capture_on_commit_callbacks(execute=True):
        story.save(update_fields=["dek"])
    assert "Drivers save six dinars a week." in fetch(story.get_absolute_url()).text


def test_a_slug_and_section_change_purges_the_old_section_and_address(
    story, django_capture_on_commit_callbacks
):
    old_address, old_section = story.get_absolute_url(), story.section.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        business = SectionFactory(slug="business", name="Business")
    warm(old_address, old_section)
    story.slug = "tolls-cut"
    story.section = business
    with django_capture_on_commit_callbacks(execute=True):
        story.save()
    assert not is_cached(old_address) and not is_cached(old_section)
    assert "Causeway tolls cut" not in fetch(old_section).text
    assert fetch(old_address).status_code == 301  # the old address leaves a redirect
    assert "Causeway tolls cut" in fetch(story.get_absolute_url()).text


def test_a_queryset_update_purges_the_stories_it_changed(story, django_capture_on_commit_callbacks):
    pages = pages_of(story)
    warm(*pages)
    with django_capture_on_commit_callbacks(execute=True):
        changed = Article.objects.filter(pk=story.pk).update(status=S.UNPUBLISHED)
    assert changed == 1
    for path in pages:
        assert not is_cached(path), path
        assert "Causeway tolls cut" not in fetch(path).text, path


def test_tags_and_bylines_set_through_the_orm_purge_their_pages(story, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ports, author = TagFactory(name="Ports"), AuthorFactory(name="Omar Haddad")
    warm(story.get_absolute_url(), ports.get_absolute_url(), author.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        story.tags.add(ports)
    assert "Causeway tolls cut" in fetch(ports.get_absolute_url()).text
    assert "Ports" in fetch(story.get_absolute_url()).text
    with django_capture_on_commit_callbacks(execute=True):
        ArticleAuthor.objects.create(article=story, author=author, order=1)
    assert "Causeway tolls cut" in fetch(author.get_absolute_url()).text
    with django_capture_on_commit_callbacks(execute=True):
        story.tags.remove(ports)
    assert "Causeway tolls cut" not in fetch(ports.get_absolute_url()).text


def test_a_deleted_story_leaves_every_list(story, django_capture_on_commit_callbacks):
    pages = pages_of(story)
    warm(*pages)
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()
    for path in pages[2:]:
        assert "Causeway tolls cut" not in fetch(path).text, path
    assert fetch(pages[1]).status_code == 404


def test_saving_a_draft_purges_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(headline="Live")
        draft = ArticleFactory(status=S.DRAFT, published_at=None)
    warm("/en/")
    draft.headline = "Still a draft"
    with django_capture_on_commit_callbacks(execute=True):
        draft.save()
    assert is_cached("/en/")


def test_publishing_purges_the_lists_of_its_tags_and_authors_not_the_pages_naming_them(
    story, django_capture_on_commit_callbacks
):
    tag, author = story.tags.get(), story.bylines.get().author
    lists = ["/en/", tag.get_absolute_url(), author.get_absolute_url()]
    warm(story.get_absolute_url(), *lists)
    with django_capture_on_commit_callbacks(execute=True):
        second = ArticleFactory(headline="Second bridge approved", section=story.section, tags=[tag])
        ArticleAuthor.objects.create(article=second, author=author, order=0)
    for path in lists:
        assert "Second bridge approved" in fetch(path).text, path
    # Not the keys every story page naming the tag or author carries (test_pages checks those).
    keys = page_keys([story.pk])
    assert {f"tag-{tag.pk}-list", f"author-{author.pk}-list"} <= keys
    assert not {f"tag-{tag.pk}", f"author-{author.pk}"} & keys


def test_renaming_a_tag_or_an_author_purges_every_page_naming_them(story, django_capture_on_commit_callbacks):
    tag, author = story.tags.get(), story.bylines.get().author
    warm("/en/", story.get_absolute_url(), tag.get_absolute_url(), author.get_absolute_url())
    tag.name, author.name = "Causeway Link", "Mariam Al Saleh"
    with django_capture_on_commit_callbacks(execute=True):
        tag.save()
        author.save()
    assert "Causeway Link" in fetch(story.get_absolute_url()).text
    assert "Causeway Link" in fetch(tag.get_absolute_url()).text
    assert "Mariam Al Saleh" in fetch("/en/").text  # the card's byline
    assert "Mariam Al Saleh" in fetch(author.get_absolute_url()).text


def test_a_byline_removed_takes_the_story_off_the_authors_page(story, django_capture_on_commit_callbacks):
    byline = story.bylines.get()
    warm(byline.author.get_absolute_url())
    with django_capture_on_commit_callbacks(execute=True):
        byline.delete()
    assert "Causeway tolls cut" not in fetch(byline.author.get_absolute_url()).text
