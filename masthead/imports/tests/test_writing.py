"""The write phase on posts of no platform in particular: what it makes, and what a re-run does."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from masthead.articles.models import Article, Section, Tag
from masthead.articles.signals import stories_imported
from masthead.articles.tests.factories import ArticleFactory, SectionFactory
from masthead.authors.models import Author
from masthead.imports.models import ImportedItem
from masthead.imports.options import ImportOptions
from masthead.imports.records import Catalogue, Person, Post, SourceError, Term
from masthead.imports.writing import Importer
from masthead.redirects.models import Redirect
from masthead.syndication.tests.test_feeds_websub import hub  # noqa: F401 (a fixture)

SITE = "https://old.example.com"
WHEN = datetime(2024, 3, 5, 8, 30, tzinfo=UTC)


class ListSource:
    """An export already read: a catalogue and its posts."""

    platform = "test"

    def __init__(self, catalogue: Catalogue, posts: list[Post]) -> None:
        self.catalogue = catalogue
        self.items = posts

    def scan(self) -> Catalogue:
        return self.catalogue

    def posts(self, catalogue: Catalogue):
        yield from self.items


def catalogue(posts: list[Post]) -> Catalogue:
    found = Catalogue(platform="test", site_url=SITE, title="Old Times")
    found.people = {
        "jane": Person(key="jane", name="Jane Doe", slug="jane", urls=[f"{SITE}/author/jane/"]),
        "omar": Person(key="omar", name="عمر خالد", slug="omar", urls=[f"{SITE}/author/omar/"]),
    }
    found.terms = {
        "category:politics": Term(
            key="category:politics",
            kind="category",
            name="Politics",
            slug="politics",
            urls=[f"{SITE}/category/politics/"],
        ),
        "category:uncategorized": Term(
            key="category:uncategorized", kind="category", name="Uncategorized", slug="uncategorized"
        ),
        "tag:water": Term(
            key="tag:water", kind="tag", name="Water", slug="water", urls=[f"{SITE}/tag/water/"]
        ),
        "tag:gaza": Term(key="tag:gaza", kind="tag", name="غزة", slug="%d8%ba%d8%b2%d8%a9"),
    }
    for post in posts:
        for url in (post.link, *post.old_urls):
            found.addresses[url] = post.key
    found.post_count = sum(post.kind == "post" for post in posts)
    found.page_count = sum(post.kind == "page" for post in posts)
    return found


def post(key: str, **fields) -> Post:
    defaults = dict(
        key=key,
        kind="post",
        headline=f"Desalination plant {key} opens",
        slug=f"plant-{key}",
        body=f"<p>The plant {key} opened on Sunday.</p>",
        status="published",
        published_at=WHEN,
        authors=["jane"],
        terms=["category:politics", "tag:water"],
        link=f"{SITE}/2024/03/plant-{key}/",
        old_urls=[f"{SITE}/?p={key}"],
        guid=f"{SITE}/?p={key}",
    )
    defaults.update(fields)
    return Post(**defaults)


def run(posts: list[Post], **options) -> tuple:
    options.setdefault("section_map", {"politics": "news"})
    report = Importer(ListSource(catalogue(posts), posts), ImportOptions(**options)).run()
    return report


@pytest.fixture
def news(db):
    return SectionFactory(slug="news", name="News", name_ar="أخبار")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_posts_become_stories_with_bylines_tags_and_sections(news):
    report = run([post("1"), post("2", authors=["omar", "jane"], terms=["category:politics", "tag:gaza"])])

    first = Article.objects.get(slug="plant-1")
    assert first.section == news and first.status == Article.Status.PUBLISHED
    assert first.published_at == WHEN and first.guid == f"{SITE}/?p=1"
    assert [a.name for a in first.byline] == ["Jane Doe"]
    assert [t.name for t in first.tags.all()] == ["Water"]
    second = Article.objects.get(slug="plant-2")
    assert [a.name for a in second.byline] == ["عمر خالد", "Jane Doe"]
    arabic_tag = second.tags.get()
    assert arabic_tag.name_ar == "غزة" and arabic_tag.slug == "غزة"
    # "Uncategorized" is neither a section nor a tag; "Politics" is the News section, not a tag.
    assert not Tag.objects.filter(name__in=["Uncategorized", "Politics"]).exists()
    assert report.tallies["stories"].created == 2
    assert report.tallies["authors"].created == 2 and report.tallies["tags"].created == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_rerun_updates_rather_than_duplicates(news):
    posts = [post("1"), post("2")]
    run(posts)
    again = run(posts)
    assert Article.objects.count() == 2 and Author.objects.count() == 1 and Tag.objects.count() == 1
    assert again.tallies["stories"].unchanged == 2 and again.tallies["stories"].created == 0

    changed = run([replace(posts[0], headline="Desalination plant 1 doubles its output"), posts[1]])
    assert changed.tallies["stories"].updated == 1 and changed.tallies["stories"].unchanged == 1
    assert Article.objects.get(slug="plant-1").headline == "Desalination plant 1 doubles its output"
    assert Article.objects.count() == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_editors_change_is_kept_unless_overwrite(news):
    posts = [post("1")]
    run(posts)
    story = Article.objects.get()
    story.headline = "Edited by the desk"
    story.updated_at = timezone.now() + timedelta(minutes=5)
    Article.objects.filter(pk=story.pk).update(headline=story.headline, updated_at=story.updated_at)

    report = run([replace(posts[0], body="<p>New text from the old site.</p>")])
    assert Article.objects.get().headline == "Edited by the desk"
    assert any("edited in Masthead" in skip.reason for skip in report.skips)

    run([replace(posts[0], body="<p>New text from the old site.</p>")], overwrite=True)
    assert Article.objects.get().headline == "Desalination plant 1 opens"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_dry_run_writes_nothing_and_reports_the_same(news):
    posts = [post("1"), post("2", status="draft"), post("3", status="trash")]
    dry = run(posts, dry_run=True)
    assert not Article.objects.exists() and not Author.objects.exists() and not Redirect.objects.exists()
    assert not ImportedItem.objects.exists()
    real = run(posts)
    for kind in ("stories", "authors", "tags"):
        assert dry.tallies[kind] == real.tallies[kind], kind


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_statuses_dates_and_marks(news):
    future = timezone.now() + timedelta(days=2)
    run(
        [
            post("1", status="draft", published_at=None),
            post("2", status="review"),
            post("3", status="private"),
            post("4", status="scheduled", published_at=future),
            post("5", status="published", published_at=future),  # a future date: scheduled
            post("6", status="trash"),
            post("7", is_featured=True, is_members_only=True),
        ]
    )
    status = dict(Article.objects.values_list("slug", "status"))
    assert status == {
        "plant-1": "draft",
        "plant-2": "review",
        "plant-3": "unpublished",
        "plant-4": "scheduled",
        "plant-5": "scheduled",
        "plant-7": "published",
    }
    marked = Article.objects.get(slug="plant-7")
    assert marked.is_featured and marked.visibility == Article.Visibility.MEMBERS
    assert not Article.objects.published().filter(slug__in=["plant-1", "plant-2", "plant-3"]).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_taken_slugs_are_renamed_and_languages_share_slugs(news):
    ArticleFactory(slug="plant-1", section=news)
    report = run(
        [
            post("1"),
            post("2", slug="same", language="en"),
            post("3", slug="same", language="ar", headline="افتتاح محطة تحلية"),
        ]
    )
    assert Article.objects.filter(slug="plant-1-2").exists()
    assert report.renamed == ["en/plant-1 → plant-1-2"]
    assert set(Article.objects.filter(slug="same").values_list("language", flat=True)) == {"en", "ar"}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_translations_are_linked(news):
    run(
        [
            post("1", language="en", translation_group="g1"),
            post("2", language="ar", headline="افتتاح المحطة", translation_group="g1"),
        ]
    )
    english, arabic = Article.objects.get(language="en"), Article.objects.get(language="ar")
    assert english.translation_id == arabic.pk and arabic.translation_id == english.pk


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_old_addresses_answer_one_redirect_to_the_new_one(news, client):
    run([post("1")])
    story = Article.objects.get()
    for old in ("/2024/03/plant-1/", "/2024/03/plant-1", "/?p=1", "/2024/03/plant-1/?m=1"):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"].endswith(story.get_absolute_url()), old
    assert client.get("/category/politics/")["Location"].endswith(news.get_absolute_url())
    assert client.get("/author/jane/")["Location"].endswith(Author.objects.get().get_absolute_url())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_links_between_posts_point_at_the_new_addresses(news):
    report = run(
        [
            post(
                "1",
                body=f'<p>See <a href="{SITE}/2024/03/plant-2/">the second plant</a> and '
                f'<a href="{SITE}/tag/water/">water</a> and <a href="{SITE}/gone/">a lost page</a>.</p>',
            ),
            post("2"),
        ]
    )
    body = Article.objects.get(slug="plant-1").body
    second = Article.objects.get(slug="plant-2")
    assert f'href="{second.get_absolute_url()}"' in body
    assert f'href="{Tag.objects.get(name="Water").get_absolute_url()}"' in body
    assert f'href="{SITE}/gone/"' in body  # left as it was, and reported
    assert list(report.unresolved_links) == [f"{SITE}/gone/"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_one_announcement_per_batch(news):
    batches = []

    def heard(sender, article_ids, **kwargs):
        batches.append(sorted(article_ids))

    stories_imported.connect(heard)
    try:
        run([post(str(n)) for n in range(1, 6)] + [post("9", status="draft")], batch_size=2)
    finally:
        stories_imported.disconnect(heard)
    ids = sorted(Article.objects.published().values_list("pk", flat=True))
    assert len(batches) == 3 and sorted(pk for batch in batches for pk in batch) == ids


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_post_with_no_section_to_go_to(db):
    Section.objects.all().delete()
    report = run([post("1")], section_map={})
    assert not Article.objects.exists()
    assert report.tallies["stories"].skipped == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_hub_hears_once_per_import_about_the_fronts_feeds(news, request, settings):
    listener = request.getfixturevalue("hub")  # the feeds' own test hub
    run([post(str(n)) for n in range(1, 7)], batch_size=2)
    site = settings.MASTHEAD_SITE_URL
    expected = {
        f"{site}/en/{scope}feed/{suffix}" for scope in ("", "news/") for suffix in ("", "atom/", "json/")
    }
    assert sorted(listener.topics()) == sorted(expected)  # each once, not once a story or a batch

    listener.pings.clear()
    run([post(str(n)) for n in range(1, 7)], batch_size=2)  # nothing changed: nothing to tell
    assert listener.topics() == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_bodies_are_sanitized_like_an_editors(news):
    run(
        [
            post(
                "1",
                body='<p onclick="steal()">Hi<script>alert(1)</script></p><iframe src="https://evil.example/"></iframe>'
                '<p><a href="javascript:alert(2)">link</a></p>',
            )
        ]
    )
    body = Article.objects.get().body
    assert "script" not in body and "onclick" not in body and "iframe" not in body
    assert "javascript:" not in body and "Hi" in body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_pictures_kept_on_their_host_only_from_hosts_the_site_shows(news, settings):
    picture = '<figure><img src="https://photos.example.net/dunes.jpg" alt="Dunes"></figure>'
    posts = [post("1"), post("2"), post("3", body=f"<p>Sand.</p>{picture}")]
    settings.MASTHEAD_IMAGE_HOSTS = []
    with pytest.raises(SourceError, match=r"photos\.example\.net"):
        run(posts, rehost_images=False, batch_size=2)
    assert Article.objects.count() == 2  # the batch before it is kept; the next run carries on

    settings.MASTHEAD_IMAGE_HOSTS = ["photos.example.net"]
    run(posts, rehost_images=False, batch_size=2)
    assert 'src="https://photos.example.net/dunes.jpg"' in Article.objects.get(slug="plant-3").body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_tag_named_like_a_section_is_a_section_only_where_there_are_no_categories(news):
    water = SectionFactory(slug="water", name="Water", name_ar="مياه")
    run([post("1")], section_map={})  # categories exist: unmapped ones and "Water" are tags
    story = Article.objects.get()
    assert story.section == news and sorted(t.name for t in story.tags.all()) == ["Politics", "Water"]

    tagged_only = [post("2", terms=["tag:water"], primary_term="tag:water")]
    source = ListSource(catalogue(tagged_only), tagged_only)
    source.catalogue.terms = {k: v for k, v in source.catalogue.terms.items() if v.kind == "tag"}
    Importer(source, ImportOptions()).run()
    assert Article.objects.get(slug="plant-2").section == water
