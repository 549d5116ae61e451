import pytest
from django.urls import reverse
from reversion.models import Version

from masthead.articles import services
from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory
from masthead.articles.tests.test_admin_workflow import change_url, form_data

pytestmark = pytest.mark.django_db


def test_every_admin_save_is_kept_and_can_be_compared_and_restored(editor_client):
    story = ArticleFactory(headline="First headline", body="<p>First body.</p>")
    for headline in ("Second headline", "Third headline"):
        story.refresh_from_db()
        response = editor_client.post(change_url(story), form_data(story, headline=headline))
        assert response.status_code == 302, response.context["adminform"].form.errors
    versions = Version.objects.get_for_object(story)
    assert [v.field_dict["headline"] for v in versions] == ["Third headline", "Second headline"]

    compare = editor_client.get(
        reverse("admin:articles_article_compare", args=[story.pk]),
        {"version_id1": versions[1].pk, "version_id2": versions[0].pk},
    )
    assert compare.status_code == 200
    assert "Second headline" in compare.text and "Third headline" in compare.text

    restore_url = reverse("admin:articles_article_revision", args=[story.pk, versions[1].pk])
    page = editor_client.get(restore_url)
    assert page.status_code == 200
    story.refresh_from_db()
    response = editor_client.post(restore_url, form_data(story, headline="Second headline"))
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.headline == "Second headline"


def test_workflow_changes_are_revisions_too(editor):
    story = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    services.publish(article=story, by=editor)
    version = Version.objects.get_for_object(story).get()
    assert version.revision.user == editor
    assert "Published" in version.revision.comment


def test_back_office_speaks_arabic_right_to_left(editor_client):
    editor_client.cookies["django_language"] = "ar"
    html = editor_client.get(reverse("admin:index")).text
    assert 'dir="rtl"' in html and 'lang="ar"' in html
