"""The workflow's permissions, exercised as the HTTP requests the back office sends."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, SectionFactory

pytestmark = pytest.mark.django_db
S = Article.Status
ADD = reverse("admin:articles_article_add")


def change_url(article: Article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


def form_data(article: Article | None = None, **overrides) -> dict:
    section = article.section if article else SectionFactory(slug="news")
    data = {
        "language": article.language if article else "en",
        "headline": article.headline if article else "Ministry approves new fishing licences",
        "slug": article.slug if article else "",
        "dek": article.dek if article else "Quotas rise for the first time in a decade.",
        "body": article.body if article else "<p>The ministry said on Monday…</p>",
        "section": section.pk,
        "status": article.status if article else S.DRAFT,
        "published_at_0": "",
        "published_at_1": "",
        "disclaimer": "",
        "sponsor_name": "",
        "loaded_version": article.updated_at.isoformat() if article else "",
        "bylines-TOTAL_FORMS": "0",
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "0",
        "bylines-MAX_NUM_FORMS": "1000",
        "pinned_links-TOTAL_FORMS": "0",
        "pinned_links-INITIAL_FORMS": "0",
        "pinned_links-MIN_NUM_FORMS": "0",
        "pinned_links-MAX_NUM_FORMS": "1000",
    }
    if article and article.published_at:
        local = timezone.localtime(article.published_at)
        data["published_at_0"] = local.strftime("%Y-%m-%d")
        data["published_at_1"] = local.strftime("%H:%M:%S")
    data.update(overrides)
    return data


def test_contributor_writes_a_draft_owned_by_them(contributor_client, contributor):
    response = contributor_client.post(ADD, form_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert (article.status, article.created_by, article.slug) == (
        S.DRAFT,
        contributor,
        "ministry-approves-new-fishing-licences",
    )


def test_contributors_handmade_publish_post_is_refused(contributor_client):
    response = contributor_client.post(
        ADD, form_data(status=S.PUBLISHED, published_at_0="2026-01-01", published_at_1="10:00")
    )
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def test_contributor_cannot_publish_their_own_draft_by_editing_it(contributor_client, contributor):
    draft = ArticleFactory(status=S.DRAFT, published_at=None, created_by=contributor)
    response = contributor_client.post(
        change_url(draft),
        form_data(draft, status=S.PUBLISHED, published_at_0="2026-01-01", published_at_1="10:00"),
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.status == S.DRAFT


def test_contributor_cannot_open_or_change_others_work(contributor_client, editor):
    theirs = ArticleFactory(status=S.DRAFT, published_at=None, created_by=editor)
    assert contributor_client.get(change_url(theirs)).status_code in (302, 403)
    response = contributor_client.post(change_url(theirs), form_data(theirs, headline="Mine now"))
    assert response.status_code in (302, 403)
    theirs.refresh_from_db()
    assert theirs.headline != "Mine now"
    assert theirs.headline not in contributor_client.get(reverse("admin:articles_article_changelist")).text


def test_contributor_publish_action_is_not_available(contributor_client, contributor):
    draft = ArticleFactory(status=S.DRAFT, published_at=None, created_by=contributor)
    response = contributor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_now", "_selected_action": [draft.pk]},
    )
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.status == S.DRAFT


def test_contributor_submits_for_review_then_can_no_longer_edit(contributor_client, contributor):
    draft = ArticleFactory(status=S.DRAFT, published_at=None, created_by=contributor)
    response = contributor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "submit_selected", "_selected_action": [draft.pk]},
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == S.IN_REVIEW
    response = contributor_client.post(change_url(draft), form_data(draft, headline="Sneaky edit"))
    draft.refresh_from_db()
    assert draft.headline != "Sneaky edit"


def test_editor_publishes_a_story_in_review(editor_client, contributor):
    story = ArticleFactory(status=S.IN_REVIEW, published_at=None, created_by=contributor)
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_now", "_selected_action": [story.pk]},
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == S.PUBLISHED and story.is_published


def test_editor_schedules_through_the_form(editor_client, contributor):
    story = ArticleFactory(status=S.IN_REVIEW, published_at=None, created_by=contributor)
    when = timezone.localtime(timezone.now() + timedelta(days=2))
    response = editor_client.post(
        change_url(story),
        form_data(
            story,
            status=S.PUBLISHED,  # a live status with a future time becomes "scheduled"
            published_at_0=when.strftime("%Y-%m-%d"),
            published_at_1=when.strftime("%H:%M:%S"),
        ),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    story.refresh_from_db()
    assert story.status == S.SCHEDULED and not story.is_published


def test_editor_unpublishes(editor_client):
    story = ArticleFactory()
    editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish_selected", "_selected_action": [story.pk]},
    )
    story.refresh_from_db()
    assert story.status == S.UNPUBLISHED
    assert not Article.objects.published().exists()


def test_failed_save_keeps_what_the_editor_typed(editor_client):
    typed = "<p>Three paragraphs the editor spent an hour on.</p>"
    response = editor_client.post(ADD, form_data(headline="", body=typed, dek="A dek worth keeping"))
    assert response.status_code == 200
    assert "headline" in response.context["adminform"].form.errors
    assert "Three paragraphs the editor spent an hour on." in response.text
    assert "A dek worth keeping" in response.text


def test_saving_over_a_newer_version_is_refused_and_keeps_the_text(editor_client):
    story = ArticleFactory()
    stale = form_data(
        story, headline="My edit", loaded_version=(story.updated_at - timedelta(minutes=5)).isoformat()
    )
    response = editor_client.post(change_url(story), stale)
    assert response.status_code == 200
    assert "Someone else saved this story" in response.text
    assert "My edit" in response.text
    story.refresh_from_db()
    assert story.headline != "My edit"


def test_admin_body_is_sanitized(editor_client):
    response = editor_client.post(
        ADD,
        form_data(
            body='<p>Fine</p><script>alert(1)</script><p><a href="javascript:x()">l</a></p>'
            '<p class="MsoNormal" style="mso-line-height:1"><o:p></o:p>Pasted</p>'
        ),
    )
    assert response.status_code == 302
    body = Article.objects.get().body
    assert "<script" not in body and "javascript:" not in body
    assert "Mso" not in body and "style=" not in body and "o:p" not in body
    assert "Pasted" in body


def test_create_translation_opens_a_linked_draft(editor_client):
    story = ArticleFactory(language="en", authors=[AuthorFactory()])
    response = editor_client.post(reverse("admin:articles_article_translate", args=[story.pk]))
    story.refresh_from_db()
    draft = story.translation
    assert draft is not None and draft.language == "ar" and draft.status == S.DRAFT
    assert draft.translation == story
    assert response.url == change_url(draft)
    assert [b.author_id for b in draft.bylines.all()] == [b.author_id for b in story.bylines.all()]
    # The words are the translator's to write: none of the English is copied in.
    assert (draft.headline, draft.dek, draft.body) == ("", "", "")


def test_administrator_manages_users_and_sections(administrator):
    client = login(administrator)
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 200
    assert client.get(reverse("admin:articles_section_add")).status_code == 200


def test_editor_cannot_manage_users(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403


def test_article_list_query_count_does_not_grow(editor_client, django_assert_max_num_queries):
    authors = [AuthorFactory() for _ in range(3)]
    for _ in range(60):
        ArticleFactory(authors=authors)
    url = reverse("admin:articles_article_changelist")
    with django_assert_max_num_queries(14) as small:
        editor_client.get(url + "?status=published&language=en")
    for _ in range(60):
        ArticleFactory(authors=authors)
    editor_client.get(url + "?q=warm")  # the search's per-process copies (synonyms) are loaded once
    with django_assert_max_num_queries(14) as large:
        response = editor_client.get(url + "?q=causeway")
    assert response.status_code == 200
    assert len(large.captured_queries) <= len(small.captured_queries) + 1


def test_publishing_without_a_time_publishes_now(editor_client):
    story = ArticleFactory(status=S.IN_REVIEW, published_at=None)
    response = editor_client.post(change_url(story), form_data(story, status=S.PUBLISHED))
    assert response.status_code == 302, response.context["adminform"].form.errors
    story.refresh_from_db()
    assert story.is_published and story.first_published_at == story.published_at


def test_new_tags_picked_from_suggestions_are_created_only_by_who_may_add_tags(editor_client, editor):
    from django.contrib.auth.models import Permission

    from masthead.articles.models import Tag
    from masthead.articles.tests.factories import UserFactory

    story = ArticleFactory(status=S.DRAFT, published_at=None, created_by=editor)
    response = editor_client.post(
        change_url(story), form_data(story, new_tags="Red Hand Brigade, Zarin crossing")
    )
    assert response.status_code == 302
    assert set(story.tags.values_list("name", flat=True)) == {"Red Hand Brigade", "Zarin crossing"}
    arabic = ArticleFactory(
        status=S.DRAFT, published_at=None, language="ar", slug="ar-draft", created_by=editor
    )
    editor_client.post(change_url(arabic), form_data(arabic, new_tags="معبر زارين"))
    assert list(arabic.tags.values_list("name_ar", flat=True)) == ["معبر زارين"]
    writer = UserFactory(username="stringer")  # may write stories, not make tags
    writer.user_permissions.add(
        *Permission.objects.filter(codename__in=["add_article", "change_article", "view_article"])
    )
    mine = login(writer).post(ADD, form_data(new_tags="Invented tag"))
    assert mine.status_code == 302 and Article.objects.filter(created_by=writer).exists()
    assert not Tag.objects.filter(name="Invented tag").exists()
