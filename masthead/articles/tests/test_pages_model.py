"""Standing pages (About us, Privacy policy…): served, linked in both languages, in the footer,
purged on every change, listed in the sitemap, and written by editors."""

from urllib.parse import quote, unquote

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import etree
from lxml import html as lxml_html

from masthead.articles.models import Page, Section
from masthead.articles.models.taxonomy import validate_section_slug
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, UserFactory
from masthead.core.tests.test_pagecache import fetch, is_cached, warm

pytestmark = pytest.mark.django_db
SITE = "http://127.0.0.1:8000"  # MASTHEAD_SITE_URL's default
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
ARABIC_SLUG = "من-نحن"


def make_page(**fields) -> Page:
    values = {
        "language": "en",
        "title": "About us",
        "slug": "about-us",
        "body": "<p>An independent newsroom in Manama.</p>",
        "status": Page.Status.PUBLISHED,
        **fields,
    }
    return Page.objects.create(**values)


def about_in_both() -> tuple[Page, Page]:
    english = make_page()
    arabic = make_page(language="ar", title="من نحن", slug=ARABIC_SLUG, body="<p>غرفة أخبار مستقلة.</p>")
    english.translation = arabic
    english.save()
    arabic.translation = english
    arabic.save()
    return english, arabic


def tree(response):
    return lxml_html.fromstring(response.content)


def keys_of(response) -> set[str]:
    return set(getattr(response.wsgi_request, "surrogate_keys", ()))


# --- the page itself ---------------------------------------------------------------------------


def test_a_published_page_is_served_at_its_address_with_its_keys():
    page = make_page()
    assert page.get_absolute_url() == "/en/pages/about-us/"
    response = Client().get("/en/pages/about-us/")
    assert response.status_code == 200
    doc = tree(response)
    assert doc.cssselect("h1.story__title")[0].text_content() == "About us"
    assert "An independent newsroom in Manama." in doc.cssselect(".prose")[0].text_content()
    assert doc.cssselect("title")[0].text_content().startswith("About us ·")
    assert doc.cssselect('meta[name="description"]')[0].get("content") == "An independent newsroom in Manama."
    assert {"nav", f"page-{page.pk}"} <= keys_of(response)
    assert page.published_at is not None  # set on first publication


def test_a_draft_page_and_a_page_of_the_other_language_are_not_found():
    make_page(status=Page.Status.DRAFT)
    make_page(language="ar", title="سياسة الخصوصية", slug="privacy")
    assert Client().get("/en/pages/about-us/").status_code == 404
    assert Client().get("/en/pages/privacy/").status_code == 404  # only at /ar/pages/privacy/
    assert Client().get("/ar/pages/privacy/").status_code == 200


def test_canonical_and_hreflang_name_both_language_versions():
    _english, arabic = about_in_both()
    doc = tree(Client().get("/en/pages/about-us/"))
    assert doc.cssselect('link[rel="canonical"]')[0].get("href") == f"{SITE}/en/pages/about-us/"
    alternates = {
        link.get("hreflang"): link.get("href") for link in doc.cssselect('link[rel="alternate"][hreflang]')
    }
    assert alternates == {
        "en": f"{SITE}/en/pages/about-us/",
        "ar": f"{SITE}/ar/pages/{quote(ARABIC_SLUG)}/",
        "x-default": f"{SITE}/en/pages/about-us/",
    }
    (read_in,) = doc.cssselect(".story__translation a")
    assert read_in.get("href") == arabic.get_absolute_url() and read_in.get("lang") == "ar"
    assert doc.cssselect(".lang-switch")[0].get("href") == arabic.get_absolute_url()

    response = Client().get(arabic.get_absolute_url())
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.text
    doc = tree(response)
    assert doc.cssselect('link[rel="canonical"]')[0].get("href") == f"{SITE}/ar/pages/{quote(ARABIC_SLUG)}/"
    assert doc.cssselect('link[hreflang="en"]')[0].get("href") == f"{SITE}/en/pages/about-us/"


def test_a_draft_translation_is_not_named():
    _english, arabic = about_in_both()
    arabic.status = Page.Status.DRAFT
    arabic.save()
    doc = tree(Client().get("/en/pages/about-us/"))
    assert not doc.cssselect('link[hreflang="ar"]') and not doc.cssselect(".story__translation")
    assert doc.cssselect(".lang-switch")[0].get("href") == "/ar/"


def test_a_translation_must_be_in_the_other_language():
    english = make_page()
    other = make_page(slug="about-the-team")
    other.translation = english
    with pytest.raises(ValidationError) as refused:
        other.full_clean()
    assert "translation" in refused.value.message_dict


def test_a_slug_is_unique_per_language_only():
    make_page()
    make_page(language="ar", title="About us (Arabic edition)")  # the same slug, the other language
    with pytest.raises(ValidationError):
        Page(language="en", title="About", slug="about-us").full_clean()


# --- the footer --------------------------------------------------------------------------------


def footer_links(path: str) -> list[tuple[str, str]]:
    doc = tree(Client().get(path))
    return [(a.text_content(), a.get("href")) for a in doc.cssselect(".site-footer .footer-pages a")]


def test_the_footer_lists_the_published_footer_pages_of_the_language_in_order():
    make_page(title="Privacy policy", slug="privacy", is_in_footer=True, order=2)
    make_page(title="Contact", slug="contact", is_in_footer=True, order=1)
    make_page(title="Terms", slug="terms", is_in_footer=True, status=Page.Status.DRAFT)
    make_page(title="Our history", slug="history")  # published, not in the footer
    make_page(language="ar", title="اتصل بنا", slug="contact", is_in_footer=True)
    assert footer_links("/en/") == [
        ("Contact", "/en/pages/contact/"),
        ("Privacy policy", "/en/pages/privacy/"),
    ]
    assert footer_links("/ar/") == [("اتصل بنا", "/ar/pages/contact/")]


def test_the_footer_costs_no_query_until_a_page_changes(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        privacy = make_page(title="Privacy policy", slug="privacy", is_in_footer=True)
    story = ArticleFactory()
    Client().get("/en/")  # the process keeps the footer's pages from here on
    with CaptureQueriesContext(connection) as queries:
        assert Client().get(story.get_absolute_url()).status_code == 200
    assert not [q for q in queries if "articles_page" in q["sql"]]

    privacy.title = "Privacy notice"
    with django_capture_on_commit_callbacks(execute=True):
        privacy.save()
    assert footer_links(story.get_absolute_url()) == [("Privacy notice", "/en/pages/privacy/")]
    privacy.is_in_footer = False
    with django_capture_on_commit_callbacks(execute=True):
        privacy.save()
    assert footer_links(story.get_absolute_url()) == []


# --- purges ------------------------------------------------------------------------------------


def test_editing_a_page_purges_its_address_and_its_translation(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        english, arabic = about_in_both()
        story = ArticleFactory()
    arabic_path = unquote(arabic.get_absolute_url())  # as the server gets it (PATH_INFO)
    warm(english.get_absolute_url(), arabic_path, story.get_absolute_url())
    english.title = "Who we are"
    with django_capture_on_commit_callbacks(execute=True):
        english.save()
    assert not is_cached(english.get_absolute_url()) and not is_cached(arabic_path)
    assert is_cached(story.get_absolute_url())  # not in the footer: other pages keep their copy
    assert "Who we are" in fetch(english.get_absolute_url()).text


def test_changing_a_footer_page_purges_every_page(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        terms = make_page(title="Terms", slug="terms", is_in_footer=True)
        story = ArticleFactory()
    warm("/en/", story.get_absolute_url())
    terms.title = "Terms of use"
    with django_capture_on_commit_callbacks(execute=True):
        terms.save()
    assert not is_cached("/en/") and not is_cached(story.get_absolute_url())
    assert "Terms of use" in fetch(story.get_absolute_url()).text


def test_unpublishing_or_deleting_a_page_removes_it(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = make_page(is_in_footer=True)
        contact = make_page(title="Contact", slug="contact")
    warm(page.get_absolute_url(), contact.get_absolute_url(), "/en/")
    page.status = Page.Status.DRAFT
    with django_capture_on_commit_callbacks(execute=True):
        page.save()
    assert fetch(page.get_absolute_url()).status_code == 404
    assert "About us" not in fetch("/en/").text
    with django_capture_on_commit_callbacks(execute=True):
        contact.delete()
    assert not is_cached("/en/pages/contact/")
    assert fetch("/en/pages/contact/").status_code == 404


def test_a_draft_saved_again_purges_nothing(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_page(title="Terms", slug="terms", is_in_footer=True)
        draft = make_page(title="Careers", slug="careers", status=Page.Status.DRAFT, is_in_footer=True)
    warm("/en/", "/en/pages/terms/")
    draft.title = "Jobs"
    with django_capture_on_commit_callbacks(execute=True):
        draft.save()
    assert is_cached("/en/") and is_cached("/en/pages/terms/")


# --- addresses, sitemap, roles -------------------------------------------------------------------


def test_pages_is_not_a_section_slug():
    with pytest.raises(ValidationError):
        validate_section_slug("pages")
    with pytest.raises(ValidationError) as refused:
        Section(name="Pages", name_ar="صفحات", slug="pages").full_clean()
    assert "slug" in refused.value.message_dict
    Section(name="Pageant", name_ar="مسابقة", slug="pageant").full_clean()  # a neighbour is fine


def sitemap(client: Client, path: str):
    response = client.get(path)
    assert response.status_code == 200, path
    return etree.fromstring(response.content)


def test_the_sitemap_lists_published_pages_with_their_translations(
    client, django_capture_on_commit_callbacks
):
    assert client.get("/sitemaps/pages.xml").status_code != 200  # nothing published yet
    index = sitemap(client, "/sitemap.xml")
    assert f"{SITE}/sitemaps/pages.xml" not in index.xpath("//s:loc/text()", namespaces=SITEMAP)

    about_in_both()
    make_page(title="Careers", slug="careers", status=Page.Status.DRAFT)
    make_page(title="Contact", slug="contact")
    index = sitemap(client, "/sitemap.xml")
    assert f"{SITE}/sitemaps/pages.xml" in index.xpath("//s:loc/text()", namespaces=SITEMAP)
    urls = sitemap(client, "/sitemaps/pages.xml").xpath("//s:url", namespaces=SITEMAP)
    listed = {url.xpath("s:loc/text()", namespaces=SITEMAP)[0]: url for url in urls}
    arabic = f"{SITE}/ar/pages/{quote(ARABIC_SLUG)}/"
    assert set(listed) == {f"{SITE}/en/pages/about-us/", arabic, f"{SITE}/en/pages/contact/"}
    alternates = listed[arabic].xpath("xhtml:link/@hreflang", namespaces=SITEMAP)
    assert alternates == ["ar", "en", "x-default"]
    assert not listed[f"{SITE}/en/pages/contact/"].xpath("xhtml:link", namespaces=SITEMAP)


def test_publishing_a_page_purges_the_cached_sitemap(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_page()
    warm("/sitemap.xml", "/sitemaps/pages.xml")
    with django_capture_on_commit_callbacks(execute=True):
        make_page(title="Contact", slug="contact")
    assert not is_cached("/sitemaps/pages.xml") and not is_cached("/sitemap.xml")
    assert f"{SITE}/en/pages/contact/" in fetch("/sitemaps/pages.xml").text


def test_editors_write_pages_and_an_arabic_title_makes_an_arabic_slug():
    editor = Group.objects.get(name="Editor")
    assert {"add_page", "change_page", "delete_page", "view_page"} <= set(
        editor.permissions.values_list("codename", flat=True)
    )
    client = login(UserFactory(username="desk", role="Editor"))
    assert client.get(reverse("admin:articles_page_changelist")).status_code == 200
    response = client.post(
        reverse("admin:articles_page_add"),
        {
            "language": "ar",
            "title": "سياسة الخصوصية",
            "slug": "",
            "body": "<p>لا نبيع بياناتك.</p>",
            "status": "published",
            "order": "0",
            "is_in_footer": "on",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    page = Page.objects.get()
    assert page.slug == "سياسة-الخصوصية" and page.is_in_footer and page.published_at
    assert Client().get(page.get_absolute_url()).status_code == 200
    contributor = login(UserFactory(username="writer", role="Contributor"))
    assert contributor.get(reverse("admin:articles_page_changelist")).status_code == 403


def test_linking_a_translation_in_the_admin_links_it_both_ways():
    english = make_page()
    arabic = make_page(language="ar", title="من نحن", slug=ARABIC_SLUG)
    client = login(UserFactory(username="desk", role="Editor"))
    response = client.post(
        reverse("admin:articles_page_change", args=[english.pk]),
        {
            "language": "en",
            "title": "About us",
            "slug": "about-us",
            "body": english.body,
            "status": "published",
            "published_at_0": "2026-01-01",
            "published_at_1": "10:00:00",
            "translation": str(arabic.pk),
            "order": "0",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    arabic.refresh_from_db()
    assert arabic.translation_id == english.pk
