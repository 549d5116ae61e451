"""The write phase: an export's posts written in batches, each batch all or nothing.

A batch is one transaction holding its stories, their bylines and tags, the authors, sections
and tags they brought, their old addresses and the `ImportedItem` rows that say what was
written. A run killed at any moment leaves whole batches; the next run finds their items,
skips what did not change and carries on. Pictures are stored before the batch that needs
them, each in its own transaction, so a crash never loses a fetched file's record.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from itertools import islice
from typing import TypeVar
from urllib.parse import urlsplit

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _
from tqdm import tqdm

from masthead.articles.models import Article
from masthead.articles.purging import purges_deferred
from masthead.articles.signals import stories_imported
from masthead.core.html import is_allowed_image_src
from masthead.imports import links
from masthead.imports.bodies.pictures import picture_urls
from masthead.imports.filing import Filing
from masthead.imports.media import PictureFetcher
from masthead.imports.models import ImportedItem, item_key
from masthead.imports.options import ImportOptions
from masthead.imports.pages import write_page
from masthead.imports.records import Catalogue, Picture, Post, Source, SourceError
from masthead.imports.report import Report
from masthead.imports.stories import StoryWriter
from masthead.redirects.services import Target, save_redirects

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def fingerprint(post: Post, options: ImportOptions) -> str:
    """A digest of everything that decides what a post becomes, so an unchanged one is skipped."""
    filed = [options.language, sorted(options.section_map.items()), options.default_section]
    data = json.dumps([asdict(post), filed, options.rehost_images], default=str, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


class Importer:
    """Reads `source` and writes it (or, in a dry run, works out everything it would write)."""

    def __init__(self, source: Source, options: ImportOptions) -> None:
        self.source = source
        self.options = options

    def run(self) -> Report:
        options = self.options
        catalogue = self.source.scan()
        report = Report(platform=catalogue.platform, site=catalogue.site_url, dry_run=options.dry_run)
        report.comments = catalogue.comment_count
        if not catalogue.site_url:
            report.notes.append(
                _(
                    "The export does not name the old site's address: its old addresses are redirected, "
                    "but links written with the full address cannot be told apart; give --site-url."
                )
            )
        report.skips += catalogue.skipped
        filing = Filing(catalogue, options, report)
        fetcher = PictureFetcher(
            site_key=catalogue.site_key,
            media_dir=options.media_dir,
            dry_run=options.dry_run,
            rehost=options.rehost_images,
            timeout=options.fetch_timeout,
            workers=options.fetch_workers,
        )
        known_links = links.KnownAddresses(catalogue)
        stories = StoryWriter(catalogue, options, report, filing, fetcher, known_links)
        pictures_by_url = {picture.url: picture for picture in catalogue.pictures.values()}
        groups: dict[str, dict[str, int]] = defaultdict(dict)
        imported_live = 0
        total = catalogue.post_count + catalogue.page_count
        with tqdm(total=total, desc=_("Importing"), unit=_("post"), disable=not options.progress) as progress:
            for batch in batched(self.source.posts(catalogue), options.batch_size):
                pictures = self._pictures(batch, pictures_by_url)
                if not options.rehost_images:
                    self._check_kept_hosts(pictures)
                fetcher.store(pictures)
                live_ids = self._write_batch(batch, stories, filing, groups)
                imported_live += len(live_ids)
                progress.update(len(batch))
        if not options.dry_run:
            with transaction.atomic(), purges_deferred():
                self._link_translations(groups)
                self._site_redirects(catalogue, fetcher, report)
            links.rewrite_imported(catalogue, report)
            if imported_live:
                links.announce_feeds(catalogue.site_key)
        images = report.tallies["images"]
        images.created, images.unchanged, images.skipped = (
            fetcher.fetched,
            fetcher.reused,
            len(fetcher.failures),
        )
        report.images_without_alt = getattr(fetcher, "without_alt", 0)
        for url, reason in fetcher.failures.items():
            report.missing_images.setdefault(url, reason)
        report.notes += getattr(self.source, "notes", [])
        return report

    @staticmethod
    def _pictures(batch: list[Post], pictures_by_url: dict[str, Picture]) -> list[Picture]:
        pictures = []
        for post in batch:
            if post.featured_image is not None:
                pictures.append(post.featured_image)
            pictures += [pictures_by_url.get(url) or Picture(url=url) for url in picture_urls(post.body)]
        return pictures

    @staticmethod
    def _check_kept_hosts(pictures: list[Picture]) -> None:
        """Pictures left on their old host show only from hosts the site allows: stop before
        writing a story that would lose them (the run so far is kept; the next one carries on)."""
        for picture in pictures:
            if picture.url.startswith(("http://", "https://")) and not is_allowed_image_src(picture.url):
                host = urlsplit(picture.url).hostname or picture.url
                raise SourceError(
                    _(
                        "Pictures on %(host)s are to stay there (--keep-image-urls), but %(host)s is not "
                        "in MASTHEAD_IMAGE_HOSTS (HTTPS only), so they would not be shown: add it and run "
                        "the import again, or import without --keep-image-urls to store copies."
                    )
                    % {"host": host}
                )

    def _write_batch(
        self, batch: list[Post], stories: StoryWriter, filing: Filing, groups: dict[str, dict[str, int]]
    ) -> list[int]:
        """One transaction: the batch's stories and pages, and everything they bring."""
        site = stories.catalogue.site_key
        items = {
            (item.kind, item.key): item
            for item in ImportedItem.objects.filter(
                site=site,
                kind__in=[ImportedItem.Kind.POST, ImportedItem.Kind.PAGE],
                key__in=[item_key(post.key) for post in batch],
            )
        }
        live_ids: list[int] = []
        with transaction.atomic(), purges_deferred():
            redirects: dict[str, Target] = {}
            for post in batch:
                kind = ImportedItem.Kind.PAGE if post.kind == "page" else ImportedItem.Kind.POST
                item = items.get((kind, item_key(post.key)))
                print_ = fingerprint(post, self.options)
                if post.kind == "page":
                    written = write_page(post, item, print_, stories)
                else:
                    written = stories.write(post, item, print_)
                if written is None or not written.changed:
                    # Unchanged: its links, translation and old addresses were written with it.
                    if written is not None and post.translation_group and post.kind == "post":
                        groups[post.translation_group][written.language] = written.object_id
                    continue
                if post.kind == "page":
                    target = Target(url=written.url)
                else:
                    target = Target(article_id=written.object_id)
                    if post.translation_group:
                        groups[post.translation_group][written.language] = written.object_id
                    if written.is_live:
                        live_ids.append(written.object_id)
                for url in (post.link, *post.old_urls):
                    if url:
                        redirects[url] = target
            for url, (kind, object_id) in filing.take_redirects().items():
                redirects[url] = Target(**{f"{kind}_id": object_id, "language": self.options.language})
            if not self.options.dry_run:
                stories.flush()
                stories.report.tallies["redirects"].created += save_redirects(redirects, source=site)
                if live_ids:
                    # One announcement per batch (related stories), after the batch committed.
                    transaction.on_commit(
                        lambda ids=list(live_ids): stories_imported.send(sender=Article, article_ids=ids)
                    )
            else:
                stories.report.tallies["redirects"].created += len(redirects)
        return live_ids

    @staticmethod
    def _link_translations(groups: dict[str, dict[str, int]]) -> None:
        """Stories the old site marked as one story in two languages become each other's translation."""
        for by_language in groups.values():
            if len(by_language) < 2:
                continue
            first, second = list(by_language.values())[:2]
            # Their own `updated_at` stays: linking is not an editor's change (see StoryWriter.write).
            Article.objects.filter(pk=first).update(translation=second, updated_at=F("updated_at"))
            Article.objects.filter(pk=second).update(translation=first, updated_at=F("updated_at"))

    def _site_redirects(self, catalogue: Catalogue, fetcher: PictureFetcher, report: Report) -> None:
        """Date archives to the home page; attachment pages to the story they belong to, or the picture."""
        home = f"/{self.options.language}/"
        redirects = {
            url: Target(url=home) for url, kind in catalogue.extra_addresses.items() if kind == "home"
        }
        parents = {
            item.key: item.object_id
            for item in ImportedItem.objects.filter(site=catalogue.site_key, kind=ImportedItem.Kind.POST)
            .filter(key__in=[item_key(p.parent) for p in catalogue.pictures.values() if p.parent])
            .only("key", "object_id")
        }
        for picture in catalogue.pictures.values():
            if not picture.page_url:
                continue
            parent = parents.get(item_key(picture.parent)) if picture.parent else None
            stored = fetcher.get(picture.url)
            if parent is not None:
                redirects[picture.page_url] = Target(article_id=parent)
            elif stored is not None:
                redirects[picture.page_url] = Target(url=stored.url)
        report.tallies["redirects"].created += save_redirects(redirects, source=catalogue.site_key)
