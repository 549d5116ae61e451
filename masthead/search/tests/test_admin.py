"""The story list's search in the back office: the search engine, drafts included, both languages."""

import pytest
from django.test import Client
from django.urls import reverse

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client() -> Client:
    client = Client()
    client.force_login(UserFactory(username="desk-editor", role="Editor"))
    return client


def listed(client: Client, query: str) -> set[str]:
    response = client.get(reverse("admin:articles_article_changelist"), {"q": query})
    assert response.status_code == 200
    return {story.slug for story in response.context["cl"].result_list}


def test_the_story_list_searches_body_bylines_drafts_and_arabic(editor_client, committed):
    with committed():
        ArticleFactory(
            slug="draft",
            headline="Ports",
            body="<p>Dredging starts in June.</p>",
            status=Article.Status.DRAFT,
        )
        ArticleFactory(
            slug="byline", headline="Ports", authors=[AuthorFactory(name="Huda Salem", slug="huda")]
        )
        ArticleFactory(
            slug="arabic", language="ar", headline="الموانئ", body="<p>بدأت أعمال التجريف في الميناء</p>"
        )
        ArticleFactory(slug="other", headline="Weather")
    assert listed(editor_client, "dredging") == {"draft"}
    assert listed(editor_client, "salem") == {"byline"}
    assert listed(editor_client, "التجريف") == {"arabic"}
    assert listed(editor_client, "التَّجريف") == {"arabic"}  # with a shadda, as some editors type
    assert listed(editor_client, "oth") == {"other"}  # the start of a slug, pasted from an address


def test_the_story_list_search_stays_within_its_queries(
    editor_client, committed, django_assert_max_num_queries
):
    with committed():
        ArticleFactory(slug="one", headline="Budget vote")
    editor_client.get(reverse("admin:articles_article_changelist"), {"q": "budget"})
    with django_assert_max_num_queries(30) as few:
        editor_client.get(reverse("admin:articles_article_changelist"), {"q": "budget"})
    with committed():
        for n in range(20):
            ArticleFactory(slug=f"more-{n}", headline=f"Budget vote {n}", authors=[AuthorFactory()])
    with django_assert_max_num_queries(len(few.captured_queries)):
        editor_client.get(reverse("admin:articles_article_changelist"), {"q": "budget"})
