"""Each role, as the README describes it, gets its pages and exactly the story form it should."""

import re

import pytest
from django.urls import reverse

from masthead.articles.models import Article, ArticleAuthor
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, SectionFactory, UserFactory
from masthead.articles.tests.test_admin_workflow import form_data

pytestmark = pytest.mark.django_db
S = Article.Status
STORY_FIELDS = {"language", "headline", "slug", "dek", "body", "section", "tags", "featured_image", "status"}

# Back-office pages the README promises to each role (README: "The back office", "Popular Posts",
# "You May Also Like", "The newsletter", "Ads").
PROMISED = {
    "Contributor": [
        "admin:articles_article_changelist",
        "admin:articles_article_add",
        "admin:articles_image_changelist",
        "admin:articles_image_add",
    ],
    "Editor": [
        "admin:articles_article_changelist",
        "admin:articles_article_add",
        "admin:articles_tag_changelist",
        "admin:articles_tag_add",
        "admin:articles_image_changelist",
        "admin:articles_image_add",
        "admin:authors_author_changelist",
        "admin:authors_author_add",
        "admin:readership_popularchoice_changelist",
        "admin:readership_popularchoice_add",
        "admin:readership_mostread_changelist",
        "admin:newsletter_issue_changelist",
        "admin:newsletter_issue_add",
        "admin:newsletter_subscriber_changelist",
    ],
    "Ad sales": [
        "admin:ads_advertiser_changelist",
        "admin:ads_campaign_changelist",
        "admin:ads_campaign_add",
        "admin:ads_adslot_changelist",
    ],
    "Administrator": [
        "admin:articles_section_changelist",
        "admin:articles_section_add",
        "admin:auth_user_changelist",
        "admin:auth_user_add",
        "admin:readership_popularchoice_add",
        "admin:articles_article_add",
    ],
}


def user_in(role: str):
    return UserFactory(username=role.lower().replace(" ", "-"), role=role)


@pytest.mark.parametrize(
    ("role", "name"), [(role, name) for role, names in PROMISED.items() for name in names]
)
def test_each_role_opens_every_page_the_readme_gives_it(role, name):
    assert login(user_in(role)).get(reverse(name)).status_code == 200


def form_fields(html: str) -> set[str]:
    return set(re.findall(r'name="([a-z_]+)"', html))


def status_choices(html: str) -> list[str]:
    select = re.search(r'<select name="status".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([a-z_]+)"', select)


def test_the_contributors_story_form_offers_bylines_and_only_their_two_statuses():
    html = login(user_in("Contributor")).get(reverse("admin:articles_article_add")).content.decode()
    assert form_fields(html) >= STORY_FIELDS
    assert "bylines-TOTAL_FORMS" in html  # they credit co-authors on their own drafts
    assert "pinned_links-TOTAL_FORMS" not in html  # related-story pins are the desk's
    assert status_choices(html) == [S.DRAFT, S.IN_REVIEW]
    assert 'id="add_id_tags"' not in html  # they choose existing tags; editors create them


def test_the_editors_story_form_offers_bylines_pins_every_status_and_new_tags():
    html = login(user_in("Editor")).get(reverse("admin:articles_article_add")).content.decode()
    assert STORY_FIELDS | {"is_breaking", "translation"} <= form_fields(html)
    assert "bylines-TOTAL_FORMS" in html and "pinned_links-TOTAL_FORMS" in html
    assert status_choices(html) == [choice.value for choice in S]
    assert 'id="add_id_tags"' in html


def test_an_editor_publishes_a_story_with_the_byline_they_set():
    author = AuthorFactory(name="Mariam Saleh")
    editor = user_in("Editor")
    data = form_data(status=S.PUBLISHED, **{"bylines-TOTAL_FORMS": "1", "bylines-0-author": author.pk})
    data["bylines-0-order"] = "0"
    response = login(editor).post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    story = Article.objects.get()
    assert story.status == S.PUBLISHED
    assert list(ArticleAuthor.objects.filter(article=story).values_list("author__name", flat=True)) == [
        "Mariam Saleh"
    ]


def test_a_contributor_cannot_create_a_tag():
    response = login(user_in("Contributor")).get(reverse("admin:articles_tag_add"))
    assert response.status_code == 403


def test_an_editor_pins_and_hides_popular_posts():
    story = ArticleFactory(section=SectionFactory(slug="news"))
    client = login(user_in("Editor"))
    response = client.post(
        reverse("admin:readership_popularchoice_add"), {"article": story.pk, "choice": "hide"}
    )
    assert response.status_code == 302
    assert story.popular_choice.choice == "hide"
