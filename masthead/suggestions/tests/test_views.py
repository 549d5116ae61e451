"""The back office's JSON endpoint: who may ask, what it refuses, what it answers."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from masthead.articles.tests.factories import TagFactory, UserFactory
from masthead.suggestions.tests.texts import BORDER_EN
from masthead.suggestions.views import MAX_TEXT_LENGTH, draft_text

pytestmark = [pytest.mark.django_db, pytest.mark.urls("masthead.suggestions.tests.urls")]


@pytest.fixture
def url() -> str:
    return reverse("suggestions:suggest")


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor_client() -> Client:
    return client_for(UserFactory(username="editor", role="Editor"))


def test_the_address_is_under_admin_suggestions(url):
    assert url == "/admin/suggestions/suggest/"


def test_anonymous_users_are_refused_with_403_not_a_redirect(url):
    response = Client().post(url, {"text": "Ostrel", "language": "en"})
    assert response.status_code == 403
    assert response.json() == {"error": "You may not suggest tags."}


def test_users_who_are_not_staff_are_refused_even_with_the_permission(url):
    user = UserFactory(username="reader", is_staff=False, role="Editor")
    response = client_for(user).post(url, {"text": "Ostrel", "language": "en"})
    assert response.status_code == 403


def test_staff_without_the_permission_to_change_stories_are_refused(url):
    user = UserFactory(username="viewer")
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    response = client_for(user).post(url, {"text": "Ostrel", "language": "en"})
    assert response.status_code == 403


def test_contributors_may_ask_since_they_edit_stories(url):
    response = client_for(UserFactory(username="writer", role="Contributor")).post(
        url, {"text": "Ostrel and Karvania met in Ostrel.", "language": "en"}
    )
    assert response.status_code == 200


def test_only_post_is_accepted(url, editor_client):
    response = editor_client.get(url, {"text": "Ostrel", "language": "en"})
    assert response.status_code == 405
    assert response["Allow"] == "POST"


@pytest.mark.parametrize("language", ["", "fr", "EN"])
def test_a_bad_language_is_a_400(url, editor_client, language):
    response = editor_client.post(url, {"text": "Ostrel", "language": language})
    assert response.status_code == 400
    assert "language" in response.json()["error"]


def test_a_text_over_the_limit_is_a_400(url, editor_client):
    at_limit = editor_client.post(url, {"text": "a" * MAX_TEXT_LENGTH, "language": "en"})
    assert at_limit.status_code == 200
    over = editor_client.post(url, {"text": "a" * (MAX_TEXT_LENGTH + 1), "language": "en"})
    assert over.status_code == 400
    assert "too long" in over.json()["error"]
    assert MAX_TEXT_LENGTH == 200_000


def test_the_answer_lists_suggestions_with_label_kind_tag_id_and_score(url, editor_client):
    tag = TagFactory(name="Ostrel", name_ar="أوستريل", slug="ostrel")
    response = editor_client.post(url, {"text": BORDER_EN, "language": "en"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    suggestions = response.json()["suggestions"]
    assert len(suggestions) == 10
    assert suggestions[0] == {"label": "Ostrel", "kind": "existing", "tag_id": tag.pk, "score": 5.0}
    assert suggestions[1]["label"] == "Karvania"
    assert all(set(s) == {"label", "kind", "tag_id", "score"} for s in suggestions)
    assert all(s["tag_id"] is None and s["kind"] in {"name", "phrase"} for s in suggestions[1:])
    assert "no-cache" in response["Cache-Control"]


def test_html_is_stripped_and_blocks_end_sentences(url, editor_client):
    text = (
        "Crossing reopens\n\nKarvania agrees\n\n"
        "<p>The <strong>Zarin</strong> crossing opened, said Karvania and Ostrel.</p><h2>Ostrel</h2>"
        "<p>Karvania officials <a href='x'>said</a> the Zarin crossing was calm.</p>"
        "<script>Secret Plan</script>"
    )
    response = editor_client.post(url, {"text": text, "language": "en"})
    labels = [s["label"] for s in response.json()["suggestions"]]
    assert set(labels) == {"Zarin crossing", "Karvania", "Ostrel"}
    # Without the heading's end, "Ostrel" and "Karvania" would run together as one name.
    assert not [
        label for label in labels if "Ostrel Karvania" in label or "strong" in label or "Secret" in label
    ]


def test_draft_text_keeps_paragraphs_apart():
    assert draft_text("Headline\n\nDek\n\n<p>One.</p><p>Two <em>three</em></p><ul><li>Four</li></ul>") == (
        "Headline\nDek\nOne.\nTwo three\nFour"
    )


def test_an_empty_draft_has_no_suggestions(url, editor_client):
    response = editor_client.post(url, {"text": "<p> </p>", "language": "ar"})
    assert response.json() == {"suggestions": []}
