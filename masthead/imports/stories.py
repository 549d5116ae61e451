"""One post written as a story: the fields, the byline, the tags, and the record of its import."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from html import unescape
from urllib.parse import unquote

from django.core.exceptions import ValidationError
from django.core.validators import validate_unicode_slug
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.articles import services
from masthead.articles.importing.limits import HEADLINE_MAX, SLUG_MAX
from masthead.articles.models import Article, ArticleAuthor
from masthead.articles.models.taxonomy import validate_article_slug
from masthead.articles.purging import defer
from masthead.core.html import plain_text
from masthead.core.models import Language
from masthead.core.pagecache import keys as surrogate
from masthead.core.text import excerpt, make_slug
from masthead.imports.bodies.pictures import place_pictures
from masthead.imports.filing import Filing
from masthead.imports.links import KnownAddresses
from masthead.imports.media import PictureFetcher
from masthead.imports.models import ImportedItem, item_key
from masthead.imports.options import ImportOptions
from masthead.imports.records import Catalogue, Post
from masthead.imports.report import Report

S = Article.Status
STATUSES = {
    "published": S.PUBLISHED,
    "scheduled": S.SCHEDULED,
    "draft": S.DRAFT,
    "review": S.IN_REVIEW,
    # Never public on the old site: kept, and kept from readers.
    "private": S.UNPUBLISHED,
}
GUID_MAX = Article._meta.get_field("guid").max_length
# An editor's change after an import is later than the import's own save by more than this.
EDITED_AFTER = timedelta(seconds=2)
TAGS = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Written:
    object_id: int
    url: str
    is_live: bool
    language: str
    changed: bool = True  # False: found as the last run left it, nothing written


def clean_headline(text: str) -> str:
    """Headlines arrive with entities and stray tags (WordPress titles are HTML): plain text, one line."""
    return " ".join(unescape(TAGS.sub("", text or "")).split())


def edited_since_import(updated_at, item: ImportedItem) -> bool:
    return updated_at is not None and updated_at > item.updated_at + EDITED_AFTER


class StoryWriter:
    """Writes posts as stories; shared by every batch of one run."""

    def __init__(
        self,
        catalogue: Catalogue,
        options: ImportOptions,
        report: Report,
        filing: Filing,
        fetcher: PictureFetcher,
        known: KnownAddresses,
    ) -> None:
        self.catalogue = catalogue
        self.options = options
        self.report = report
        self.filing = filing
        self.fetcher = fetcher
        self.known = known
        # (language, slug) given to a story in this run: a dry run writes none, yet must not
        # plan two stories at one address.
        self.planned: set[tuple[str, str]] = set()
        self.now = timezone.now()
        # Written at the end of each batch, in a few statements (`flush`).
        self.items: list[ImportedItem] = []
        self.bylines: list[ArticleAuthor] = []
        self.tagged: list = []
        self.replaced: list[int] = []  # updated stories, whose old tags and bylines go

    def remember(self, kind: str, key: str, object_id: int, print_: str) -> None:
        self.items.append(
            ImportedItem(
                site=self.catalogue.site_key,
                kind=kind,
                key=item_key(key),
                object_id=object_id,
                fingerprint=print_,
            )
        )

    def flush(self) -> None:
        """The batch's bylines, tags and import records, in a few statements (inside its transaction)."""
        through = Article.tags.through
        if self.replaced:
            tags = through.objects.filter(article_id__in=self.replaced).values_list("tag_id", flat=True)
            bylines = ArticleAuthor.objects.filter(article_id__in=self.replaced)
            authors = bylines.values_list("author_id", flat=True)
            # The lists they may leave: their tags and bylines are written again below.
            defer(self.replaced, keys=surrogate.lists_of("tag", tags) | surrogate.lists_of("author", authors))
            through.objects.filter(article_id__in=self.replaced).delete()
            ArticleAuthor.objects.filter(article_id__in=self.replaced).delete()
        ArticleAuthor.objects.bulk_create(self.bylines)
        through.objects.bulk_create(self.tagged)
        # Last, so each record is newer than what it records (`edited_since_import`).
        ImportedItem.objects.bulk_create(
            self.items,
            update_conflicts=True,
            unique_fields=["site", "kind", "key"],
            update_fields=["object_id", "fingerprint", "updated_at"],
        )
        self.items, self.bylines, self.tagged, self.replaced = [], [], [], []

    def label(self, post: Post) -> str:
        return _("post %(key)s “%(headline)s”") % {
            "key": post.key,
            "headline": clean_headline(post.headline)[:60],
        }

    def language_of(self, post: Post) -> str | None:
        language = post.language or self.options.language
        return language if language in Language.values else None

    def write(self, post: Post, item: ImportedItem | None, print_: str) -> Written | None:
        report, tally = self.report, self.report.tallies["stories"]
        language = self.language_of(post)
        if post.status == "trash":
            report.skip("stories", self.label(post), _("in the trash on the old site"))
            return None
        if language is None:
            report.skip(
                "stories",
                self.label(post),
                _("written in “%(language)s”, not a language of this site") % {"language": post.language},
            )
            return None
        article = None
        if item is not None:
            article = Article.objects.select_related("section").filter(pk=item.object_id).first()
            if article is None:
                report.skip("stories", self.label(post), _("deleted in Masthead since it was imported"))
                return None
            if item.fingerprint == print_:
                tally.unchanged += 1
                self.known.check(post, self.label(post), report)
                return self._as_found(article)
            if edited_since_import(article.updated_at, item) and not self.options.overwrite:
                report.skip(
                    "stories",
                    self.label(post),
                    _("edited in Masthead since it was imported (add --overwrite to replace the edits)"),
                )
                return self._as_found(article)
        section = self.filing.section_for(post.terms, post.primary_term)
        if section is None:
            report.skip("stories", self.label(post), _("no section to file it in: create a section first"))
            return None
        is_new = article is None
        if article is None:
            article = Article(language=language)
        was_live, previous_status = (not is_new and article.is_published), article.status
        self._fill(article, post, language, section)
        self.known.check(post, self.label(post), report)
        try:
            article.clean()
        except ValidationError as exc:
            report.skip("stories", self.label(post), "; ".join(exc.messages))
            return None
        author_ids = self.filing.author_ids_for(post.authors)
        tag_ids = self.filing.tag_ids_for(post.terms, language)
        if is_new:
            tally.created += 1
        else:
            tally.updated += 1
        self.planned.add((language, article.slug))
        if self.options.dry_run:
            return Written(article.pk or 0, "", article.is_published, language)
        article.save()
        if not is_new:
            self.replaced.append(article.pk)
        self.bylines += [
            ArticleAuthor(article_id=article.pk, author_id=author_id, order=position)
            for position, author_id in enumerate(author_ids)
        ]
        self.tagged += [Article.tags.through(article_id=article.pk, tag_id=tag_id) for tag_id in tag_ids]
        self.remember(ImportedItem.Kind.POST, post.key, article.pk, print_)
        if not article.is_published:
            # Scheduled stories get their go-live task; a story that stopped being live leaves
            # the lists. A live one is announced with its batch (`stories_imported`).
            services.after_save(article=article, previous_status=previous_status, was_live=was_live)
        return Written(article.pk, article.get_absolute_url(), article.is_published, language)

    @staticmethod
    def _as_found(article: Article) -> Written:
        url = article.get_absolute_url()
        return Written(article.pk, url, article.is_published, article.language, changed=False)

    def _fill(self, article: Article, post: Post, language: str, section) -> None:
        headline = clean_headline(post.headline)
        if not headline:
            headline = excerpt(plain_text(post.body), 80) or _("Untitled")
        if len(headline) > HEADLINE_MAX:
            self.report.notes.append(
                _("%(post)s: the headline was cut to %(max)d characters")
                % {"post": self.label(post), "max": HEADLINE_MAX}
            )
            headline = excerpt(headline, HEADLINE_MAX)
        article.headline = headline
        article.section = section
        article.dek = " ".join(plain_text(post.dek).split())
        body, missing = place_pictures(
            post.body, self.fetcher.get, keep_missing=not self.options.rehost_images
        )
        for url in missing:
            self.report.missing_images.setdefault(url, self.fetcher.failures.get(url, _("not fetched")))
        article.body = body
        stored = self.fetcher.get(post.featured_image.url) if post.featured_image else None
        article.featured_image_id = stored.image_id if stored else None
        if post.featured_image and not stored and self.options.rehost_images:
            url = post.featured_image.url
            self.report.missing_images.setdefault(url, self.fetcher.failures.get(url, _("not fetched")))
        article.is_featured = post.is_featured
        article.visibility = Article.Visibility.MEMBERS if post.is_members_only else Article.Visibility.PUBLIC
        if article.pk is None:
            article.guid = self._guid(post)
        status = STATUSES.get(post.status, S.DRAFT)
        article.status = status
        if status in Article.LIVE_STATUSES:
            article.published_at = post.published_at or self.now
            services.normalize_live_status(article, now=self.now)
        elif status == S.UNPUBLISHED:
            article.published_at = post.published_at
        else:
            article.published_at = None
        article.slug = self._slug(post, article, headline)

    def _guid(self, post: Post) -> str:
        guid = (post.guid or "").strip()[:GUID_MAX]
        if guid and not Article.objects.filter(guid=guid).exists():
            return guid
        return ""  # Article.save() makes one

    def _slug(self, post: Post, article: Article, headline: str) -> str:
        """The old slug where it is free (decoded: WordPress percent-encodes Arabic ones), else -2, -3…"""
        wanted = unquote(post.slug or "").strip().lower()
        try:
            validate_unicode_slug(wanted)
        except ValidationError:
            wanted = make_slug(wanted or headline, SLUG_MAX)
        wanted = wanted[:SLUG_MAX].strip("-") or make_slug(headline, SLUG_MAX)
        if article.pk is not None and article.slug == wanted:
            return wanted
        slug, n = wanted, 2
        while self._taken(article, slug):
            suffix = f"-{n}"
            slug, n = wanted[: SLUG_MAX - len(suffix)] + suffix, n + 1
        if slug != wanted:
            self.report.renamed.append(f"{article.language}/{wanted} → {slug}")
        return slug

    def _taken(self, article: Article, slug: str) -> bool:
        if (article.language, slug) in self.planned:
            return True
        try:
            validate_article_slug(slug, article.section.slug)  # /feed/ and such are the site's own
        except ValidationError:
            return True
        same = Article.objects.filter(language=article.language, slug__iexact=slug)
        if article.pk is not None:
            same = same.exclude(pk=article.pk)
        return same.exists()
