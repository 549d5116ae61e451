"""The back office as an editor uses it: redirects listed, added and edited with clear refusals,
and the missing pages log with a "Make a redirect" link per address."""

import re

import pytest
from django.urls import reverse

from masthead.articles.tests.factories import ArticleFactory, SectionFactory, TagFactory, UserFactory
from masthead.redirects.models import MissingPage, Redirect
from masthead.redirects.services import record_missing

pytestmark = pytest.mark.django_db
ADD = reverse("admin:redirects_redirect_add")


@pytest.fixture
def story():
    return ArticleFactory(slug="causeway-tolls", section=SectionFactory(slug="news", name="News"))


def form(**values) -> dict:
    data = {
        "old_path": "",
        "article": "",
        "section": "",
        "tag": "",
        "author": "",
        "target_url": "",
        "language": "en",
    }
    return {**data, **values}


def errors(response) -> str:
    """The form's error messages, as the editor reads them."""
    assert response.status_code == 200, "the form should be shown again"
    html = response.content.decode()
    return " ".join(re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S))


def test_an_editor_adds_a_redirect_from_a_pasted_url(editor_client, story):
    response = editor_client.post(
        ADD,
        form(old_path="https://old.example.com/2019/05/%D8%AC%D8%B3%D8%B1/?utm_source=x", article=story.pk),
    )
    assert response.status_code == 302, errors(response)
    made = Redirect.objects.get()
    assert (made.old_path, made.article, made.source) == ("/2019/05/جسر/?utm_source=x", story, "editor")
    listing = editor_client.get(reverse("admin:redirects_redirect_changelist")).content.decode()
    assert "/2019/05/جسر/?utm_source=x" in listing
    assert 'href="/en/news/causeway-tolls/"' in listing


def test_the_list_searches_old_addresses_and_filters_by_source(editor_client, story):
    Redirect.objects.create(
        old_path="/2019/05/causeway-tolls/", article=story, source="wordpress:old.example.com"
    )
    Redirect.objects.create(old_path="/about/", target_url="/en/pages/about/")
    changelist = reverse("admin:redirects_redirect_changelist")
    found = editor_client.get(changelist, {"q": "causeway"}).content.decode()
    assert "/2019/05/causeway-tolls/" in found and "/about/" not in found
    imported = editor_client.get(changelist, {"source": "wordpress:old.example.com"}).content.decode()
    assert "/2019/05/causeway-tolls/" in imported and ">/about/<" not in imported


def test_a_live_page_of_the_site_is_refused_with_a_reason(editor_client, story):
    response = editor_client.post(ADD, form(old_path="/en/news/", article=story.pk))
    assert "is a page of this site" in errors(response)
    response = editor_client.post(
        ADD, form(old_path="https://old.example.com/en/news/causeway-tolls/", tag=TagFactory().pk)
    )
    assert "is a page of this site" in errors(response)
    assert not Redirect.objects.exists()


def test_one_target_and_only_one(editor_client, story):
    none = errors(editor_client.post(ADD, form(old_path="/old/")))
    assert "Choose where the old address leads" in none and "Constraint" not in none
    two = errors(editor_client.post(ADD, form(old_path="/old/", article=story.pk, target_url="/en/")))
    assert "Choose only one place" in two and "story, address" in two and "Constraint" not in two
    assert not Redirect.objects.exists()


def test_a_redirect_to_itself_or_round_a_circle_is_refused(editor_client, story):
    assert "cannot lead to its own old address" in errors(
        editor_client.post(ADD, form(old_path="/old/", target_url="/old/"))
    )
    Redirect.objects.create(old_path="/a/", target_url="/b/")
    response = editor_client.post(ADD, form(old_path="/b/", target_url="/a/"))
    assert "round in a circle" in errors(response)
    assert Redirect.objects.count() == 1


def test_saving_a_redirect_to_an_old_address_goes_straight_to_its_end(editor_client, story):
    Redirect.objects.create(old_path="/2019/05/causeway-tolls/", article=story)
    assert (
        editor_client.post(ADD, form(old_path="/?p=12", target_url="/2019/05/causeway-tolls/")).status_code
        == 302
    )
    made = Redirect.objects.get(old_path="/?p=12")
    assert (made.article, made.target_url) == (story, "")


def test_redirects_that_led_to_an_address_now_an_old_one_are_repointed(editor_client, story):
    earlier = Redirect.objects.create(old_path="/x/", target_url="/2019/05/causeway-tolls/")
    assert (
        editor_client.post(ADD, form(old_path="/2019/05/causeway-tolls/", article=story.pk)).status_code
        == 302
    )
    earlier.refresh_from_db()
    assert (earlier.article, earlier.target_url) == (story, "")


def test_an_editor_changes_a_redirect(editor_client, story):
    made = Redirect.objects.create(old_path="/old/", target_url="/en/", source="wordpress:old.example.com")
    tag = TagFactory(slug="causeway")
    change = reverse("admin:redirects_redirect_change", args=[made.pk])
    assert editor_client.get(change).status_code == 200
    response = editor_client.post(change, form(old_path="/old/", tag=tag.pk, language="ar"))
    assert response.status_code == 302, errors(response)
    made.refresh_from_db()
    assert (made.tag, made.target_url, made.language, made.source) == (tag, "", "ar", "editor")


def test_the_target_pickers_search_as_you_type(editor_client, story):
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {"term": "causeway", "app_label": "redirects", "model_name": "redirect", "field_name": "article"},
    )
    assert response.status_code == 200
    assert [int(hit["id"]) for hit in response.json()["results"]] == [story.pk]


def test_missing_pages_most_requested_first_each_with_a_make_a_redirect_link(editor_client, story):
    for _ in range(3):
        record_missing("/2019/05/causeway-tolls/")
    record_missing("/rarely/")
    listing = editor_client.get(reverse("admin:redirects_missingpage_changelist")).content.decode()
    assert listing.index("/2019/05/causeway-tolls/") < listing.index("/rarely/")
    link = re.search(r'href="([^"]*)">Make a redirect', listing).group(1).replace("&amp;", "&")
    assert link == ADD + "?old_path=%2F2019%2F05%2Fcauseway-tolls%2F"

    add_form = editor_client.get(link).content.decode()
    assert 'value="/2019/05/causeway-tolls/"' in add_form
    assert (
        editor_client.post(ADD, form(old_path="/2019/05/causeway-tolls/", article=story.pk)).status_code
        == 302
    )
    assert list(MissingPage.objects.values_list("path", flat=True)) == ["/rarely/"]


def test_editors_read_and_clear_the_log_but_never_write_it(editor_client, editor):
    record_missing("/gone/")
    page = MissingPage.objects.get()
    assert editor_client.get(reverse("admin:redirects_missingpage_add")).status_code == 403
    detail = editor_client.get(reverse("admin:redirects_missingpage_change", args=[page.pk]))
    assert detail.status_code == 200 and 'name="path"' not in detail.content.decode()
    delete = reverse("admin:redirects_missingpage_delete", args=[page.pk])
    assert editor_client.post(delete, {"post": "yes"}).status_code == 302
    assert not MissingPage.objects.exists()
    assert editor.has_perms(
        ["redirects.add_redirect", "redirects.change_redirect", "redirects.delete_redirect"]
    )


def test_administrators_have_every_redirect_permission_and_contributors_none():
    administrator = UserFactory(username="chief", role="Administrator")
    contributor = UserFactory(username="writer", role="Contributor")
    everything = [
        "add_redirect",
        "change_redirect",
        "delete_redirect",
        "view_redirect",
        "view_missingpage",
        "delete_missingpage",
    ]
    assert administrator.has_perms([f"redirects.{name}" for name in everything])
    assert not any(contributor.has_perm(f"redirects.{name}") for name in everything)
