"""A page of the old site (About us, Contact…) written as a Masthead page, not a story."""

from __future__ import annotations

from urllib.parse import unquote

from django.utils.translation import gettext as _

from masthead.articles.models import Page
from masthead.core.text import make_slug
from masthead.imports.bodies.pictures import place_pictures
from masthead.imports.models import ImportedItem
from masthead.imports.records import Post
from masthead.imports.stories import StoryWriter, Written, clean_headline, edited_since_import

TITLE_MAX = Page._meta.get_field("title").max_length
SLUG_MAX = Page._meta.get_field("slug").max_length


def write_page(post: Post, item: ImportedItem | None, print_: str, writer: StoryWriter) -> Written | None:
    report, tally = writer.report, writer.report.tallies["pages"]
    label = _("page %(key)s “%(title)s”") % {"key": post.key, "title": clean_headline(post.headline)[:60]}
    language = writer.language_of(post)
    if post.status == "trash":
        report.skip("pages", label, _("in the trash on the old site"))
        return None
    if language is None:
        report.skip(
            "pages",
            label,
            _("written in “%(language)s”, not a language of this site") % {"language": post.language},
        )
        return None
    page = None
    if item is not None:
        page = Page.objects.filter(pk=item.object_id).first()
        if page is None:
            report.skip("pages", label, _("deleted in Masthead since it was imported"))
            return None
        if item.fingerprint == print_ or (
            edited_since_import(page.updated_at, item) and not writer.options.overwrite
        ):
            if item.fingerprint == print_:
                tally.unchanged += 1
            else:
                report.skip("pages", label, _("edited in Masthead since it was imported (add --overwrite)"))
            return Written(page.pk, page.get_absolute_url(), page.is_published, page.language, changed=False)
    is_new = page is None
    if page is None:
        page = Page(language=language)
    page.title = (clean_headline(post.headline) or _("Untitled"))[:TITLE_MAX]
    page.body, _missing = place_pictures(
        post.body, writer.fetcher.get, keep_missing=not writer.options.rehost_images
    )
    page.status = Page.Status.PUBLISHED if post.status == "published" else Page.Status.DRAFT
    page.published_at = post.published_at
    if is_new:
        page.slug = _free_slug(language, post, page.title)
    writer.known.check(post, label, report)
    if is_new:
        tally.created += 1
    else:
        tally.updated += 1
    if writer.options.dry_run:
        return Written(0, "", False, language)
    page.save()
    writer.remember(ImportedItem.Kind.PAGE, post.key, page.pk, print_)
    return Written(page.pk, page.get_absolute_url(), page.is_published, language)


def _free_slug(language: str, post: Post, title: str) -> str:
    base = make_slug(unquote(post.slug or "") or title, SLUG_MAX - 4)
    slug, n = base, 2
    while Page.objects.filter(language=language, slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug
