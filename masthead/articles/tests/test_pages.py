"""The reader's pages as a reader gets them: markup in both languages, cacheability, keys, queries."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template import Context, Engine
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.views.defaults import server_error
from lxml import html as lxml_html

from masthead.articles import selectors
from masthead.articles.models import Article, Section
from masthead.articles.tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ImageFactory,
    SectionFactory,
    TagFactory,
    image_bytes,
)
from masthead.core.tasks import make_renditions_task
from masthead.discovery import services

pytestmark = pytest.mark.django_db
SITE = "http://127.0.0.1:8000"  # MASTHEAD_SITE_URL's default


def get(url: str):
    response = Client().get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def keys_of(response) -> set[str]:
    return set(getattr(response.wsgi_request, "surrogate_keys", ()))


def linked_pair(**kwargs) -> tuple[Article, Article]:
    """An English story and its published Arabic translation, each pointing at the other."""
    english = ArticleFactory(slug="pearls", headline="Pearl divers return", **kwargs)
    arabic = ArticleFactory(language="ar", slug="لؤلؤ", headline="عودة الغواصين", translation=english)
    Article.objects.filter(pk=english.pk).update(translation=arabic)
    return english, arabic


def photo(name="face.jpg"):
    return SimpleUploadedFile(name, image_bytes(200, 200), content_type="image/jpeg")


@pytest.fixture
def newsroom():
    """A small front page: news, opinion, caricature and report sections with a story each."""
    news = SectionFactory(slug="news", name="News", name_ar="أخبار", order=1)
    opinion = SectionFactory(
        slug="opinion",
        name="Opinion",
        name_ar="رأي",
        kind="opinion",
        order=2,
        disclaimer="The writer's views are their own.",
        disclaimer_ar="الآراء تعبر عن كاتبها.",
    )
    caricature = SectionFactory(
        slug="caricature", name="Caricature", name_ar="كاريكاتير", kind="caricature", order=3
    )
    reports = SectionFactory(slug="reports", name="Reports", name_ar="تقارير", kind="report", order=4)
    columnist = AuthorFactory(name="Huda Al-Mansoori", role="columnist", photo=photo())
    cartoonist = AuthorFactory(name="Nabil Darwish", role="cartoonist")
    return {
        "news": ArticleFactory(section=news, featured_image=ImageFactory(), headline="Causeway reopens"),
        "opinion": ArticleFactory(section=opinion, authors=[columnist], headline="Cities need shade"),
        "caricature": ArticleFactory(
            section=caricature,
            featured_image=ImageFactory(alt_text="A man pushes a giant coin uphill"),
            authors=[cartoonist],
            headline="Coin hill",
        ),
        "report": ArticleFactory(
            section=reports,
            headline="Inside the port",
            body="<p>Intro.</p><h2>The quay</h2><p>One.</p><h2>The cranes</h2><p>Two.</p>",
        ),
    }


# --- every public page: language, alternates, and the same bytes for everyone ---------------

PUBLIC_PAGES = [
    "/en/",
    "/ar/",
    "/en/news/",
    "/ar/news/",
    "/en/opinion/",
    "/en/caricature/",
    "/ar/caricature/",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_are_cacheable_for_everyone(newsroom, url):
    response = get(url)
    assert not response.cookies, "a public page must not set cookies"
    assert "Set-Cookie" not in response.headers
    assert "Cookie" not in response.get("Vary", "")
    assert "csrfmiddlewaretoken" not in response.text
    assert "public" in response["Cache-Control"]
    assert get(url).content == response.content  # same bytes on the next request


def test_story_page_is_cacheable_too(newsroom):
    response = get(newsroom["news"].get_absolute_url())
    assert not response.cookies and "Cookie" not in response.get("Vary", "")
    assert "csrfmiddlewaretoken" not in response.text


@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_home_declares_its_language_direction_and_alternates(newsroom, language, direction):
    html = get(f"/{language}/").text
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f'<link rel="canonical" href="{SITE}/{language}/">' in html
    assert f'<link rel="alternate" hreflang="en" href="{SITE}/en/">' in html
    assert f'<link rel="alternate" hreflang="ar" href="{SITE}/ar/">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="{SITE}/en/">' in html
    other = "ar" if language == "en" else "en"
    assert re.search(rf'class="lang-switch" href="/{other}/" hreflang="{other}"', html)
    assert 'href="#main"' in html and 'id="main"' in html  # skip link and its target
    assert 'aria-current="page"' in html  # "Home" in the nav


def test_home_shows_lead_opinion_caricature_and_reports(newsroom):
    html = get("/en/").text
    assert "Causeway reopens" in html
    assert 'class="front-lead"' in html and 'fetchpriority="high"' in html  # the lead is not lazy
    assert "block--opinion" in html and "Huda Al-Mansoori" in html
    assert "block--caricature" in html and "A man pushes a giant coin uphill" in html
    assert "block--reports" in html and "Inside the port" in html
    assert "Sponsored" not in html and "breaking" not in html  # nothing to announce


def test_breaking_banner_on_home(newsroom):
    ArticleFactory(headline="Storm closes the causeway", is_breaking=True, slug="storm")
    html = get("/en/").text
    assert 'class="breaking"' in html and "Storm closes the causeway" in html


def test_every_page_carries_one_newsletter_box_and_hidden_ad_places(newsroom):
    """Home and section pages have the box above the footer, a story has it in its rail."""
    home = get("/en/").text
    story = get(newsroom["news"].get_absolute_url()).text
    section = get(newsroom["news"].section.get_absolute_url()).text
    for html in (home, story, section):
        assert html.count("Subscribe to our mailing list to get the new updates!") == 1
        assert 'action="/en/newsletter/subscribe/"' in html and "csrfmiddlewaretoken" not in html
        # Ad places are empty and hidden until the page's script gets an ad for them.
        for place in re.findall(r"<aside class=\"ad\"[^>]*>", html):
            assert place.endswith(" hidden>")
        assert re.findall(r'<div class="ad__body"></div>', html)
    assert 'id="nl-email-rail"' in story and 'id="nl-email-page"' in home


def test_home_and_story_pages_carry_the_popular_posts_place(newsroom):
    """Filled by the page's script (the list changes by the minute); a plain link without it."""
    story = newsroom["news"]
    home, page = get("/en/").text, get(story.get_absolute_url()).text
    assert 'data-popular="/en/most-read/block/?window=24h"' in home
    assert f'data-popular="/en/most-read/block/?window=7d&amp;exclude={story.pk}"' in page
    assert f'<meta name="masthead:story" content="{story.pk}" data-beacon="/beacon/">' in page
    assert "Popular Posts" in home and 'href="/en/most-read/?window=7d"' in page
    section = get(story.section.get_absolute_url()).text  # the section's own most read
    assert f'data-popular="/en/most-read/block/?window=7d&amp;section={story.section_id}"' in section


def test_long_headlines_are_cut_on_cards_at_a_word(newsroom):
    long = (
        "Outdoor workers get a longer midday break as forecasters predict "
        "the hottest week of the summer in the interior"
    )
    ArticleFactory(headline=long, slug="long", published_at=timezone.now() - timedelta(minutes=1))
    html = get("/en/").text  # in the "Latest" list, whose cards allow 100 characters
    cut = (
        "Outdoor workers get a longer midday break as forecasters predict the hottest week of the summer in…"
    )
    assert cut in html


def test_cards_show_dates_in_the_page_language(newsroom):
    when = datetime(2025, 3, 15, 9, 0, tzinfo=UTC)
    Article.objects.filter(pk=newsroom["news"].pk).update(published_at=when)
    ArticleFactory(language="ar", section=newsroom["news"].section, published_at=when, slug="ar")
    assert "Mar" in get("/en/news/").text
    assert "مارس" in get("/ar/news/").text


# --- the story page -------------------------------------------------------------------------


def test_story_page_in_english_links_its_published_arabic_version():
    english, arabic = linked_pair()
    html = get(english.get_absolute_url()).text
    assert '<html lang="en" dir="ltr">' in html
    assert f'href="{arabic.get_absolute_url()}" hreflang="ar" lang="ar"' in html  # "Read in Arabic"
    assert f'class="lang-switch" href="{arabic.get_absolute_url()}"' in html
    assert f'hreflang="ar" href="{SITE}{arabic.get_absolute_url()}"' in html
    assert f'hreflang="en" href="{SITE}/en/news/pearls/"' in html
    assert f'hreflang="x-default" href="{SITE}/en/news/pearls/"' in html


def test_story_page_in_arabic_is_right_to_left_and_links_back():
    english, arabic = linked_pair()
    html = get(arabic.get_absolute_url()).text
    assert '<html lang="ar" dir="rtl">' in html
    assert f'href="{english.get_absolute_url()}" hreflang="en" lang="en"' in html
    assert f'class="lang-switch" href="{english.get_absolute_url()}"' in html


def test_unpublished_translation_is_not_linked_and_the_switch_goes_home():
    english, arabic = linked_pair()
    Article.objects.filter(pk=arabic.pk).update(status=Article.Status.DRAFT)
    html = get(english.get_absolute_url()).text
    assert arabic.get_absolute_url() not in html
    assert 'class="lang-switch" href="/ar/"' in html
    assert 'hreflang="ar"' in html  # only the switch itself…
    assert '<link rel="alternate" hreflang="ar"' not in html  # …but no alternate


def test_story_page_shows_byline_dates_tags_share_links_and_open_graph():
    tags = [TagFactory(name="Pearling", slug="pearling"), TagFactory(name="Heritage", slug="heritage")]
    authors = [AuthorFactory(name="Layla Haddad"), AuthorFactory(name="Omar Al-Sayed")]
    story = ArticleFactory(
        headline="Pearl divers return",
        dek="The season opens.",
        tags=tags,
        authors=authors,
        featured_image=ImageFactory(caption="Boats at dawn.", credit="Staff photographer"),
    )
    html = get(story.get_absolute_url()).text
    assert "<h1" in html and "Pearl divers return</h1>" in html
    assert f'href="{authors[0].get_absolute_url()}" rel="author">Layla Haddad</a> and ' in html
    assert 'href="/en/tags/pearling/" rel="tag">Pearling</a>' in html
    assert "Boats at dawn." in html and "Staff photographer" in html
    assert 'width="800" height="500"' in html
    assert "Updated" in html  # edited an hour after publication (factory default)
    for share in (
        "x.com/intent/tweet",
        "facebook.com/sharer",
        "wa.me/",
        "linkedin.com/sharing",
        "t.me/share",
        "mailto:?",
    ):
        assert share in html
    # Only Masthead's own deferred script (nothing from another host, nothing render-blocking),
    # and the JSON-LD data block, which no browser runs.
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == [
        '<script src="/static/masthead/reader.js" defer>',
        '<script type="application/ld+json">',
    ]
    assert '<meta property="og:title" content="Pearl divers return">' in html
    assert '<meta property="og:description" content="The season opens.">' in html
    assert f'<meta property="og:image" content="{SITE}/media/images/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_fresh_story_shows_no_updated_time():
    story = ArticleFactory(published_at=timezone.now() - timedelta(minutes=2))
    assert "Updated" not in get(story.get_absolute_url()).text


def test_sponsored_story_is_labelled():
    story = ArticleFactory(is_sponsored=True, sponsor_name="BENEFIT")
    html = get(story.get_absolute_url()).text
    assert "Sponsored by BENEFIT" in html
    assert 'class="label-sponsored"' in html


def test_opinion_piece_shows_columnist_photo_and_section_disclaimer(newsroom):
    html = get(newsroom["opinion"].get_absolute_url()).text
    assert "byline--portraits" in html and 'class="portrait"' in html
    assert "The writer&#x27;s views are their own." in html


def test_arabic_opinion_piece_uses_the_arabic_disclaimer(newsroom):
    column = ArticleFactory(language="ar", section=newsroom["opinion"].section, slug="رأي-1")
    assert "الآراء تعبر عن كاتبها." in get(column.get_absolute_url()).text


def test_own_disclaimer_replaces_the_section_one(newsroom):
    Article.objects.filter(pk=newsroom["opinion"].pk).update(disclaimer="Written in a personal capacity.")
    html = get(newsroom["opinion"].get_absolute_url()).text
    assert "Written in a personal capacity." in html and "their own" not in html


def test_caricature_page_puts_the_cartoon_first(newsroom):
    html = get(newsroom["caricature"].get_absolute_url()).text
    assert html.index('class="story__cartoon"') < html.index("<h1")
    assert "Cartoon by" in html and "Nabil Darwish" in html


def test_report_has_a_table_of_contents_from_its_subheadings(newsroom):
    html = get(newsroom["report"].get_absolute_url()).text
    assert "story-layout--report" in html
    assert '<a href="#part-1">The quay</a>' in html and '<h2 id="part-2">The cranes</h2>' in html


def test_related_stories_are_listed_under_you_may_also_like():
    tag = TagFactory()
    story = ArticleFactory(tags=[tag])
    other = ArticleFactory(tags=[tag], headline="Oyster beds recover")
    services.refresh_related(article_id=story.pk)
    html = get(story.get_absolute_url()).text
    assert "You May Also Like" in html and "Oyster beds recover" in html
    assert html.count(f'href="{story.get_absolute_url()}"') <= 1 + 0  # never links to itself as a card
    assert other.get_absolute_url() in html


def test_unpublished_story_is_a_404_and_old_slug_a_301():
    story = Article.objects.get(pk=ArticleFactory(slug="old").pk)
    story.slug = "new"
    story.save()
    assert Client().get("/en/news/old/")["Location"] == "/en/news/new/"
    Article.objects.filter(pk=story.pk).update(status=Article.Status.UNPUBLISHED)
    assert Client().get("/en/news/new/").status_code == 404


# --- section, tag and author pages -----------------------------------------------------------


def test_section_page_switches_to_the_same_section_in_arabic(newsroom):
    html = get("/en/news/").text
    assert 'class="lang-switch" href="/ar/news/"' in html
    assert f'<link rel="alternate" hreflang="ar" href="{SITE}/ar/news/">' in html
    assert 'href="/en/news/" aria-current="page"' in html


def test_caricature_section_is_a_grid_of_cartoons(newsroom):
    html = get("/en/caricature/").text
    assert "grid--cartoons" in html and "card--cartoon" in html
    assert "A man pushes a giant coin uphill" in html


def test_opinion_section_lists_columns_by_columnist_with_photos(newsroom):
    html = get("/en/opinion/").text
    assert "Columnists" in html and "card--column" in html
    assert html.count('class="portrait"') >= 2  # in the columnists strip and on the card


def test_sections_are_paginated_by_twenty_with_a_canonical_per_page(newsroom):
    ArticleFactory.create_batch(25, section=newsroom["news"].section)
    first, second = get("/en/news/").text, get("/en/news/?page=2").text
    assert first.count('class="card card--') == 20
    assert 'rel="next"' in first and f'href="{SITE}/en/news/?page=2"' in second


def test_tag_and_author_pages(newsroom):
    tag = TagFactory(name="Pearling", name_ar="اللؤلؤ", slug="pearling")
    author = AuthorFactory(name="Layla Haddad", name_ar="ليلى حداد", bio="Covers the coast.", photo=photo())
    ArticleFactory(tags=[tag], authors=[author], headline="Divers return")
    tag_page = get("/en/tags/pearling/").text
    assert "<h1>Pearling</h1>" in tag_page and "Divers return" in tag_page
    assert 'class="lang-switch" href="/ar/tags/pearling/"' in tag_page
    assert "<h1>اللؤلؤ</h1>" in get("/ar/tags/pearling/").text
    author_page = get(f"/en/authors/{author.slug}/").text
    assert (
        "Layla Haddad" in author_page
        and "Covers the coast." in author_page
        and "Divers return" in author_page
    )
    assert "portrait--large" in author_page


# --- error pages ---------------------------------------------------------------------------


def test_404_in_arabic_with_a_link_home(newsroom):
    response = Client().get("/ar/no-such-section/no-such-story/")
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in response.text
    assert 'href="/ar/"' in response.text
    assert 'class="lang-switch" href="/en/"' in response.text


def test_500_renders_without_context_processors_or_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
        response = server_error(RequestFactory().get("/en/"))
    assert response.status_code == 500
    assert "Something went wrong" in html and "حدث خطأ" in html
    with translation.override("ar"):
        assert '<html lang="ar" dir="rtl">' in render_to_string("500.html")


# --- surrogate keys ------------------------------------------------------------------------


def test_home_records_home_nav_section_blocks_and_every_story(newsroom):
    response = get("/en/")
    keys = keys_of(response)
    assert {"home", "nav", f"section-{newsroom['news'].section_id}"} <= keys
    for story in newsroom.values():
        assert f"article-{story.pk}" in keys
    assert f"image-{newsroom['news'].featured_image_id}" in keys
    assert f"author-{newsroom['opinion'].bylines.get().author_id}" in keys


def test_story_page_records_itself_its_tags_and_its_related_stories():
    tags = [TagFactory(), TagFactory()]
    author = AuthorFactory()
    story = ArticleFactory(tags=tags, authors=[author], featured_image=ImageFactory())
    related = ArticleFactory(tags=tags[:1])
    services.refresh_related(article_id=story.pk)
    keys = keys_of(get(story.get_absolute_url()))
    assert {
        "nav",
        f"article-{story.pk}",
        f"author-{author.pk}",
        f"image-{story.featured_image_id}",
        f"tag-{tags[0].pk}",
        f"tag-{tags[1].pk}",
        f"article-{related.pk}",
    } <= keys


def test_section_tag_and_author_pages_record_what_they_list(newsroom):
    news = newsroom["news"]
    assert {"nav", f"section-{news.section_id}", f"article-{news.pk}"} <= keys_of(get("/en/news/"))
    tag = TagFactory(slug="t")
    author = AuthorFactory()
    story = ArticleFactory(tags=[tag], authors=[author])
    tag_page = {"nav", f"tag-{tag.pk}", f"tag-{tag.pk}-list", f"article-{story.pk}"}
    assert tag_page <= keys_of(get("/en/tags/t/"))
    author_page = {"nav", f"author-{author.pk}", f"author-{author.pk}-list", f"article-{story.pk}"}
    assert author_page <= keys_of(get(f"/en/authors/{author.slug}/"))


def test_a_story_page_names_its_tags_and_authors_but_lists_neither():
    # Lists are purged on every publish; a story page must not be among them.
    tag, author = TagFactory(), AuthorFactory()
    story = ArticleFactory(tags=[tag], authors=[author])
    keys = keys_of(get(story.get_absolute_url()))
    assert {f"tag-{tag.pk}", f"author-{author.pk}"} <= keys
    assert not {f"tag-{tag.pk}-list", f"author-{author.pk}-list"} & keys


# --- a fixed number of queries, however much a page shows -----------------------------------


def count_queries(url: str) -> int:
    """Queries of one request in a running process: once it has its copies of the sections,
    authors and tags it met (kept between requests), as it has after its first request."""
    get("/en/")
    get(url)
    with CaptureQueriesContext(connection) as queries:
        get(url)
    return len(queries)


def story_with(n: int) -> Article:
    tags = TagFactory.create_batch(n)
    story = ArticleFactory(tags=tags, authors=AuthorFactory.create_batch(n), featured_image=ImageFactory())
    for i in range(n):  # n related stories, each with its own byline and picture
        ArticleFactory(tags=tags[i : i + 1], authors=[AuthorFactory()], featured_image=ImageFactory())
    assert len(services.refresh_related(article_id=story.pk)) == n
    return story


def test_story_page_queries_do_not_grow_with_tags_authors_or_related(django_assert_max_num_queries):
    few, many = story_with(3), story_with(12)
    assert count_queries(few.get_absolute_url()) == count_queries(many.get_absolute_url())
    with django_assert_max_num_queries(8):
        get(many.get_absolute_url())


def test_list_pages_queries_do_not_grow_with_the_number_of_stories(newsroom):
    section = newsroom["news"].section
    tag = TagFactory(slug="t")
    author = AuthorFactory(slug="a")
    urls = ["/en/", "/en/news/", "/en/tags/t/", "/en/authors/a/"]
    ArticleFactory(section=section, tags=[tag], authors=[author])
    before = [count_queries(url) for url in urls]
    for _ in range(15):
        ArticleFactory(
            section=section, tags=[tag], authors=[author, AuthorFactory()], featured_image=ImageFactory()
        )
    after = [count_queries(url) for url in urls]
    assert before == after
    assert after[0] <= 3 and max(after) <= 5


def test_arabic_bylines_are_joined_with_the_arabic_comma(newsroom):
    writers = [AuthorFactory(name=f"Writer {n}", name_ar=f"كاتب {n}") for n in range(3)]
    story = ArticleFactory(language="ar", slug="ar-three-writers", authors=writers)
    page = get(story.get_absolute_url()).text
    assert "كاتب 0</a>، <a" in page and "كاتب 1</a> و<a" in page  # "A، B وC": the waw joins the name
    assert "كاتب 0</a>, <a" not in page
    english = get(ArticleFactory(slug="en-three", authors=writers).get_absolute_url()).text
    assert "Writer 0</a>, <a" in english


# --- teaser cards kept per process ----------------------------------------------------------


def cards_through(card_template: str, stories) -> str:
    """`{% card %}` for each story, with `card_template` standing in for `_article_card.html`."""
    engine = Engine(
        loaders=[("django.template.loaders.locmem.Loader", {"articles/_article_card.html": card_template})],
        libraries={
            "articles": "masthead.articles.templatetags.articles",
            "masthead": "masthead.core.templatetags.masthead",
        },
    )
    page = engine.from_string("{% load articles %}{% for article in stories %}{% card article %}{% endfor %}")
    return page.render(Context({"stories": stories}))


def test_a_kept_card_follows_every_edit_of_what_it_shows_whatever_its_template_shows(
    django_capture_on_commit_callbacks,
):
    """A card is kept under what it depends on, not under the fields its template shows today:
    a template showing other fields (here: ones no card shows yet) is never served stale. The
    stories come as a list page loads them (`as_cards`: sections, pictures and authors from the
    copies each process keeps until a change commits)."""
    shows = (
        "{{ article.sponsor_name }}|{{ article.section.disclaimer }}|{{ article.featured_image.credit }}|"
        "{% for author in article.byline %}{{ author.bio }}{% endfor %}"
    )
    author = AuthorFactory(bio="Writes on the sea.")
    image = ImageFactory(credit="Staff photographer")
    story = ArticleFactory(authors=[author], featured_image=image)
    section = story.section

    def cards() -> str:
        stories = list(selectors.section_articles(section=section, language="en"))
        return cards_through(shows, selectors.as_cards(stories, list(Section.objects.all())))

    assert cards() == "||Staff photographer|Writes on the sea."
    Article.objects.filter(pk=story.pk).update(sponsor_name="Pearl Bank")  # no save(), no signal
    assert cards() == "Pearl Bank||Staff photographer|Writes on the sea."
    section.disclaimer = "Views are the writers."
    image.credit = "Gulf Photo Agency"
    author.bio = "Writes on ports."
    with django_capture_on_commit_callbacks(execute=True):  # committed: every process reloads
        section.save()
        image.save()
        author.save()
    assert cards() == "Pearl Bank|Views are the writers.|Gulf Photo Agency|Writes on ports."


def test_a_queryset_update_moves_the_stories_updated_time():
    story = ArticleFactory()
    before = Article.objects.get(pk=story.pk).updated_at
    Article.objects.filter(pk=story.pk).update(headline="Causeway reopens at dawn")
    assert Article.objects.get(pk=story.pk).updated_at > before
    when = datetime(2025, 3, 15, 9, 0, tzinfo=UTC)  # given explicitly, it is kept
    Article.objects.filter(pk=story.pk).update(updated_at=when)
    assert Article.objects.get(pk=story.pk).updated_at == when


def test_a_kept_card_offers_a_pictures_renditions_once_they_are_made():
    story = ArticleFactory(featured_image=ImageFactory())
    section = story.section

    def card() -> str:
        stories = selectors.section_articles(section=section, language="en")
        return cards_through("{% load masthead %}{% picture article.featured_image %}", stories)

    assert "srcset" not in card()
    make_renditions_task.enqueue("articles.Image", story.featured_image_id, "file", "renditions")
    assert 'srcset="/media/renditions/' in card()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_kind_of_reader_page_describes_itself_to_search_engines(client, language):

    tag = TagFactory(slug="ports", name="Ports", name_ar="الموانئ")
    author = AuthorFactory(slug="huda", name="Huda Salem")
    story = ArticleFactory(language=language, slug="dredging", tags=[tag], authors=[author])
    pages = [
        f"/{language}/",
        story.get_absolute_url(),
        story.section.get_absolute_url(),
        f"/{language}/tags/ports/",
        f"/{language}/authors/huda/",
        f"/{language}/search/?q=dredging",
    ]
    for address in pages:
        response = client.get(address)
        assert response.status_code == 200, address
        (description,) = lxml_html.fromstring(response.content).xpath('//meta[@name="description"]/@content')
        assert len(description.strip()) > 20, (address, description)
