"""A story page's story, kept per process (`{% story_part %}`): never stale, whatever changes."""

import pytest
from django.test import Client

from masthead.articles.models import Article, Section
from masthead.articles.templatetags.articles import kept_stories
from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, ImageFactory, TagFactory
from masthead.articles.views import preview_token
from masthead.core.tasks import make_renditions_task

# The page cache off: each request renders the page, so only the kept parts could be stale.
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGECACHE = "off"


def page(story: Article) -> str:
    response = Client().get(story.get_absolute_url())
    assert response.status_code == 200
    return response.text


def test_a_kept_story_follows_every_edit_of_what_it_shows(django_capture_on_commit_callbacks):
    tag = TagFactory(name="Ports")
    author = AuthorFactory(name="Huda Salem")
    picture = ImageFactory(caption="The harbour at dawn")
    in_body = ImageFactory()
    body = (
        f'<p>The port reopens.</p><figure data-image="{in_body.pk}"><img src="{in_body.file.url}" '
        'alt="Cranes"></figure>'
    )
    story = ArticleFactory(
        headline="Port reopens", tags=[tag], authors=[author], featured_image=picture, body=body
    )
    page(story)
    assert len(kept_stories._values) == 2  # the story and its description, each kept once
    assert page(story).count("Port reopens") >= 2

    Article.objects.filter(pk=story.pk).update(headline="Port reopens early")  # no save(), no signal
    assert "Port reopens early" in page(story)
    with django_capture_on_commit_callbacks(execute=True):  # committed: every process reloads its copies
        tag.name = "Harbours"
        tag.save()
        author.name = "Huda S. Salem"
        author.save()
        picture.caption = "The harbour at night"
        picture.save()
        Section.objects.filter(pk=story.section_id).update(name="Gulf news")
        story.section.refresh_from_db()
        story.section.save()
    shown = page(story)
    for now in ("Harbours", "Huda S. Salem", "The harbour at night", "Gulf news"):
        assert now in shown, now
    assert "srcset" not in shown.split("story__body")[1]
    with django_capture_on_commit_callbacks(execute=True):
        make_renditions_task.enqueue("articles.Image", in_body.pk, "file", "renditions")
    assert 'srcset="/media/renditions/' in page(story).split("story__body")[1]


def test_a_kept_story_links_its_translation_only_while_it_is_published():
    english = ArticleFactory(slug="pearls", headline="Pearl divers return")
    arabic = ArticleFactory(language="ar", slug="لؤلؤ", translation=english, status=Article.Status.DRAFT)
    Article.objects.filter(pk=english.pk).update(translation=arabic)
    assert "story__translation" not in page(english)
    arabic.status = Article.Status.PUBLISHED
    arabic.save()
    assert "story__translation" in page(english)
    arabic.slug = "لؤلؤ-الخليج"
    arabic.save()
    assert arabic.get_absolute_url() in page(english)
    Article.objects.filter(pk=arabic.pk).update(status=Article.Status.DRAFT)
    assert "story__translation" not in page(english)


def test_a_preview_is_rendered_afresh_and_never_kept(editor_client):
    draft = ArticleFactory(status=Article.Status.DRAFT, headline="Draft headline")
    address = f"/preview/{preview_token(draft)}/"
    assert "Draft headline" in editor_client.get(address).text
    Article.objects.filter(pk=draft.pk).update(headline="Second draft")
    assert "Second draft" in editor_client.get(address).text
    assert not kept_stories._values


def test_a_save_of_some_fields_moves_the_updated_time_so_the_kept_story_follows():
    story = ArticleFactory(dek="Tolls stay as they are.")
    assert "Tolls stay as they are." in page(story)
    story.dek = "Drivers save six dinars a week."
    story.save(update_fields=["dek"])
    assert "Drivers save six dinars a week." in page(story)
    story.save(update_fields=[])  # nothing to save: nothing is written, as Django does it
    assert Article.objects.get(pk=story.pk).updated_at == story.updated_at
