"""Finding the redirect of an address: one indexed query, the best of its forms, and a target
worked out at request time so nothing is ever more than one hop away."""

import pytest
from django.test import Client

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, AuthorFactory, SectionFactory, TagFactory
from masthead.redirects.models import Redirect
from masthead.redirects.selectors import find_redirect

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    return ArticleFactory(slug="causeway-tolls", section=SectionFactory(slug="news", name="News"))


def redirect(old: str, **target) -> Redirect:
    return Redirect.objects.create(old_path=old, **target)


def test_a_query_identifies_the_page_even_with_tracking_pairs_around_it(story, django_assert_num_queries):
    wanted = redirect("/?p=12", article=story)
    redirect("/?p=13", article=ArticleFactory())
    with django_assert_num_queries(1):
        assert find_redirect("/", "p=12&utm_source=newsletter") == wanted
    assert find_redirect("/", "utm_source=x&p=12") == wanted
    assert find_redirect("/", "p=14") is None


def test_the_whole_address_wins_over_one_of_its_pairs_and_the_bare_path(story):
    whole = redirect("/index.php?p=12&lang=ar", article=story)
    redirect("/index.php?p=12", article=ArticleFactory())
    redirect("/index.php", target_url="/en/")
    assert find_redirect("/index.php", "p=12&lang=ar") == whole
    assert find_redirect("/index.php", "p=12&lang=en").old_path == "/index.php?p=12"
    assert find_redirect("/index.php", "p=99").old_path == "/index.php"


def test_an_address_is_found_with_or_without_its_trailing_slash(story):
    with_slash = redirect("/2019/05/causeway-tolls/", article=story)
    without = redirect("/about", target_url="/en/pages/about/")
    assert find_redirect("/2019/05/causeway-tolls") == with_slash
    assert find_redirect("/about/") == without
    assert find_redirect("/about") == without


def test_the_exact_spelling_wins_over_the_slash_twin(story):
    redirect("/feedback/", target_url="/en/pages/contact/")
    exact = redirect("/feedback", target_url="/en/pages/feedback/")
    assert find_redirect("/feedback") == exact


def test_an_arabic_address_is_found_from_its_percent_encoded_request(story):
    redirect("/أخبار/رسوم-الجسر/", article=story)
    response = Client().get(
        "/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%B1%D8%B3%D9%88%D9%85-%D8%A7%D9%84%D8%AC%D8%B3%D8%B1/"
    )
    assert response.status_code == 301
    assert response["Location"] == "/en/news/causeway-tolls/"


def test_a_story_that_changes_slug_after_the_import_is_still_one_hop_away(story):
    redirect("/2019/05/causeway-tolls/", article=story)
    story.slug = "causeway-tolls-cut"
    story.save()

    response = Client().get("/2019/05/causeway-tolls/")

    assert response.status_code == 301
    assert response["Location"] == "/en/news/causeway-tolls-cut/"  # not the old address, which redirects too
    assert Client().get(response["Location"]).status_code == 200


def test_an_unpublished_story_leads_nowhere_so_its_old_address_is_a_404(story):
    redirect("/2019/05/causeway-tolls/", article=story)
    Article.objects.filter(pk=story.pk).update(status=Article.Status.UNPUBLISHED)
    assert Client().get("/2019/05/causeway-tolls/").status_code == 404


def test_a_deleted_target_takes_its_redirects_with_it(story):
    redirect("/2019/05/causeway-tolls/", article=story)
    tag = TagFactory(slug="bahrain")
    redirect("/tag/bahrain/feed/", tag=tag)
    story.delete()
    tag.delete()
    assert not Redirect.objects.exists()
    assert Client().get("/2019/05/causeway-tolls/").status_code == 404
    assert Client().get("/tag/bahrain/feed/").status_code == 404


def test_sections_tags_and_authors_lead_to_their_page_in_the_redirects_language():
    section = SectionFactory(slug="sport", name="Sport")
    tag = TagFactory(slug="formula-1")
    author = AuthorFactory(slug="mariam-saleh")
    redirect("/category/sport/", section=section, language="ar")
    redirect("/tag/f1/", tag=tag)
    redirect("/author/mariam/", author=author, language="ar")
    redirect("/shop/", target_url="https://shop.example.org/")
    assert find_redirect("/category/sport/").destination() == "/ar/sport/"
    assert find_redirect("/tag/f1/").destination() == "/en/tags/formula-1/"
    assert find_redirect("/author/mariam/").destination() == "/ar/authors/mariam-saleh/"
    assert find_redirect("/shop/").destination() == "https://shop.example.org/"
