"""Old addresses in their one stored form, and the forms a request is looked up under."""

import pytest
from django.test import RequestFactory, override_settings

from masthead.redirects.addresses import candidates, is_web_address, old_path, site_path


@pytest.mark.parametrize(
    ("url", "stored"),
    [
        ("https://old.example.com/2019/05/causeway-tolls/", "/2019/05/causeway-tolls/"),
        ("http://old.example.com", "/"),
        ("/2019/05/causeway-tolls", "/2019/05/causeway-tolls"),
        ("2019/05/causeway-tolls/", "/2019/05/causeway-tolls/"),
        ("https://old.example.com/?p=123", "/?p=123"),
        ("https://old.example.com/?p=123#comments", "/?p=123"),
        ("  /about/  ", "/about/"),
        ("https://old.example.com/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/", "/أخبار/"),
        ("https://old.example.com/أخبار/", "/أخبار/"),
        ("/search/?s=أخبار", "/search/?s=%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1"),
        ("/?s=a%20b&cat=3", "/?s=a%20b&cat=3"),
        ("/broken-%FF/", "/broken-%FF/"),  # not UTF-8: stays encoded, as Django leaves it
    ],
)
def test_an_old_url_is_stored_as_its_decoded_path_and_its_query(url, stored):
    assert old_path(url) == stored


@pytest.mark.parametrize(
    "raw", ["/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/", "/2019/05/slug/", "/broken-%FF/", "/a%20b/"]
)
def test_the_stored_form_is_what_django_gives_as_request_path(raw):
    assert old_path(raw) == RequestFactory().get(raw).path


def test_candidates_go_from_the_whole_address_to_the_bare_path_and_its_slash_twin():
    assert candidates("/", "p=12&utm_source=x") == ["/?p=12&utm_source=x", "/?p=12", "/?utm_source=x", "/"]
    assert candidates("/2019/05/slug/") == ["/2019/05/slug/", "/2019/05/slug"]
    assert candidates("/old-page", "") == ["/old-page", "/old-page/"]


def test_only_the_first_few_pairs_of_a_long_query_are_tried():
    query = "&".join(f"k{n}=v" for n in range(50))
    found = candidates("/", query)
    assert len(found) == 1 + 4 + 1
    assert "/?k49=v" not in found


def test_candidates_longer_than_a_stored_address_are_not_asked_for():
    assert candidates("/a", "q=" + "x" * 1200) == ["/a", "/a/"]


@override_settings(MASTHEAD_SITE_URL="https://news.example.com")
def test_an_address_on_this_site_is_a_path_and_another_sites_is_kept_whole():
    assert site_path("https://news.example.com/en/news/") == "/en/news/"
    assert site_path("/en/pages/%D8%B9%D9%86%D8%A7/") == "/en/pages/عنا/"
    assert site_path("https://elsewhere.example.org/x/") is None
    assert site_path("//elsewhere.example.org/x/") is None


def test_readers_are_only_sent_to_a_path_here_or_an_http_address():
    assert is_web_address("/en/") and is_web_address("https://example.org/a")
    assert not is_web_address("javascript:alert(1)")
    assert not is_web_address("//example.org/x")
    assert not is_web_address("example.org/x")
