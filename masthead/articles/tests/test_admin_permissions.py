"""Every back-office view of one story checks that story's permissions, not just the model's."""

import pytest
import reversion
from django.contrib import admin
from django.urls import reverse
from reversion.models import Version

from masthead.articles.models import Article
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db
S = Article.Status
EMBARGOED = "Embargoed: the minister resigns"


@pytest.fixture
def embargoed():
    """Another reporter's draft, with two saved versions."""
    owner = UserFactory(username="owner", role="Contributor")
    with reversion.create_revision():
        story = ArticleFactory(headline=EMBARGOED, status=S.DRAFT, published_at=None, created_by=owner)
    with reversion.create_revision():
        story.dek = "Sources say the letter is written."
        story.save()
    return story


def test_a_contributor_cannot_open_a_translation_of_someone_elses_draft(contributor_client, embargoed):
    before = Article.objects.count()
    response = contributor_client.post(reverse("admin:articles_article_translate", args=[embargoed.pk]))
    assert response.status_code in (403, 404)
    assert Article.objects.count() == before
    embargoed.refresh_from_db()
    assert embargoed.translation_id is None


def test_a_contributor_translates_their_own_draft(contributor, contributor_client):
    own = ArticleFactory(status=S.DRAFT, published_at=None, created_by=contributor)
    response = contributor_client.post(reverse("admin:articles_article_translate", args=[own.pk]))
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.translation is not None and own.translation.created_by == contributor


def test_a_contributor_cannot_compare_versions_of_someone_elses_draft(contributor_client, embargoed):
    first, second = Version.objects.get_for_object(embargoed).order_by("pk")
    url = reverse("admin:articles_article_compare", args=[embargoed.pk])
    response = contributor_client.get(url, {"version_id1": first.pk, "version_id2": second.pk})
    assert response.status_code in (403, 404)
    assert EMBARGOED not in response.content.decode()


def test_deleted_stories_are_listed_and_restored_only_by_editors(
    contributor_client, editor_client, embargoed
):
    version = Version.objects.get_for_object(embargoed).first()
    with reversion.create_revision():
        embargoed.delete()
    assert contributor_client.get(reverse("admin:articles_article_recoverlist")).status_code == 403
    assert (
        contributor_client.get(reverse("admin:articles_article_recover", args=[version.pk])).status_code
        == 403
    )
    assert EMBARGOED in editor_client.get(reverse("admin:articles_article_recoverlist")).content.decode()


def test_no_per_story_view_shows_a_contributor_someone_elses_draft(contributor_client, embargoed):
    """Walks every admin address of one story, so that a view added later is checked too."""
    version = Version.objects.get_for_object(embargoed).first()
    versions = {"version_id1": version.pk, "version_id2": version.pk}
    checked = 0
    for pattern in admin.site.get_model_admin(Article).get_urls():
        route = str(pattern.pattern)
        if "object_id" not in route and not route.startswith("^(["):
            continue
        args = [embargoed.pk, version.pk] if route.startswith("^([") else [embargoed.pk]
        url = (
            reverse(f"admin:{pattern.name}", args=args)
            if pattern.name
            else f"/admin/articles/article/{embargoed.pk}/"
        )
        for method in ("get", "post"):
            response = getattr(contributor_client, method)(url, versions if method == "get" else {})
            body = response.content.decode()
            assert EMBARGOED not in body, f"{method.upper()} {url} shows the draft"
            if response.status_code == 302:
                assert str(embargoed.pk) not in response["Location"].replace(url, ""), url
            checked += 1
    embargoed.refresh_from_db()
    assert embargoed.headline == EMBARGOED and embargoed.translation_id is None
    assert Article.objects.count() == 1
    assert checked >= 12  # translate, compare, revision, history, delete, change, and the bare address


def test_an_alert_cannot_be_prepared_for_an_unpublished_story(embargoed):
    editor = UserFactory(username="desk", role="Editor")
    response = login(editor).get(reverse("admin:newsletter_issue_alert", args=[embargoed.pk]))
    assert response.status_code == 302 and EMBARGOED not in response.content.decode()
