"""`masthead import-articles FILE.jsonl`: load articles from JSON Lines, all of them or none."""

from argparse import ArgumentParser, RawDescriptionHelpFormatter
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, DjangoHelpFormatter
from django.utils.translation import gettext as _

from masthead.articles import importing
from masthead.core import validators


class HelpFormatter(RawDescriptionHelpFormatter, DjangoHelpFormatter):
    """Django's argument order, with the description's line breaks kept."""


class Command(BaseCommand):
    help = f"""Import articles from a JSON Lines file: one JSON object per line.

Fields:
  headline      required, at most {importing.HEADLINE_MAX} characters
  body_html     the body as HTML (unsafe tags, attributes and links are removed), or
  body_text     the body as plain text (blank lines separate paragraphs); give one of
                the two, at most {importing.BODY_MAX:,} characters
  language      required: "en" or "ar"
  section       required: a section's slug, English name or Arabic name, ignoring
                case; with --create-sections a missing one is created (a name of at
                most {importing.SECTION_NAME_MAX} characters, with Latin letters or digits for
                its address)
  tags          list of at most {importing.MAX_TAGS} tag names or slugs, each at most
                {importing.TAG_NAME_MAX} characters; matched ignoring case by slug, name,
                Arabic name or alias, created when missing (for an Arabic article
                with the Arabic name)
  authors       list of at most {importing.MAX_AUTHORS} author names, each at most
                {importing.AUTHOR_NAME_MAX} characters; matched ignoring case by name,
                Arabic name or slug, created when missing; the byline keeps the
                list's order
  published_at  ISO 8601 time, e.g. 2025-05-01T09:30:00+03:00 (without an offset it
                is the site's TIME_ZONE), in the years {validators.EARLIEST_YEAR} to
                {validators.LATEST_YEAR}. Given, the article is published, or scheduled
                when the time is in the future. Left out, a new article is a draft
                and an existing one keeps its status and time.
  slug          optional, at most {importing.SLUG_MAX} characters; made from the headline when
                left out
  dek           optional standfirst, at most {importing.DEK_MAX:,} characters

An article is identified by its language and slug, the slug compared ignoring case (an
existing article keeps its own spelling), so importing a file again updates the articles
it made: their fields, tags and bylines are replaced (a left-out dek, tags or authors
empties them; only a left-out published_at keeps what the article has). Articles whose
content did not change are not saved again. Give a "slug" if headlines may change between
imports: a slug made from a changed headline is a new article.

Every line is checked before anything is written; if any line is bad, all bad lines are
listed (with their line numbers) and nothing is imported, so --dry-run finds every problem
a real run would. A line may be at most {importing.MAX_LINE_BYTES // 2**20} MiB
({importing.MAX_LINE_BYTES:,} bytes); text may not contain NUL characters (\\u0000).
Blank lines are skipped. Unknown fields are not an error: they are ignored with a
warning. The file must be UTF-8 (a byte order mark is allowed)."""

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> ArgumentParser:
        kwargs.setdefault("formatter_class", HelpFormatter)
        return super().create_parser(prog_name, subcommand, **kwargs)

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("path", metavar="FILE.jsonl", help="The file to import.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and show what would be created and updated, without writing.",
        )
        parser.add_argument(
            "--create-sections",
            action="store_true",
            help=(
                "Create the sections that match none, named as the file gives them (edit their "
                "names in the admin later). With --dry-run, list the sections that would be created."
            ),
        )
        parser.add_argument(
            "--no-progress",
            action="store_true",
            help="No progress bars (they are shown only when the output is a terminal anyway).",
        )

    def handle(
        self,
        *args: Any,
        path: str,
        dry_run: bool,
        create_sections: bool,
        no_progress: bool,
        **options: Any,
    ) -> None:
        verbosity = options["verbosity"]
        progress = not no_progress and self.stderr.isatty()
        try:
            plan = importing.import_articles(
                path=Path(path), dry_run=dry_run, create_sections=create_sections, progress=progress
            )
        except importing.ImportFailed as exc:
            raise CommandError(str(exc)) from exc

        for warning in plan.warnings:
            self.stderr.write(self.style.WARNING(_("Warning: %(warning)s") % {"warning": warning}))
        if dry_run or verbosity >= 2:
            self._list(plan, dry_run=dry_run, verbosity=verbosity)

        counts = {
            "created": len(plan.to_create),
            "updated": len(plan.to_update),
            "unchanged": len(plan.unchanged),
            "tags": len(plan.new_tags),
            "authors": len(plan.new_authors),
            "sections": len(plan.new_sections),
        }
        if dry_run and create_sections:
            summary = _(
                "Dry run, nothing written: would create %(created)d, update %(updated)d "
                "(%(unchanged)d unchanged; %(tags)d new tags, %(authors)d new authors, "
                "%(sections)d new sections)."
            )
        elif create_sections:
            summary = _(
                "Created %(created)d, updated %(updated)d "
                "(%(unchanged)d unchanged; %(tags)d new tags, %(authors)d new authors, "
                "%(sections)d new sections)."
            )
        elif dry_run:
            summary = _(
                "Dry run, nothing written: would create %(created)d, update %(updated)d "
                "(%(unchanged)d unchanged; %(tags)d new tags, %(authors)d new authors)."
            )
        else:
            summary = _(
                "Created %(created)d, updated %(updated)d "
                "(%(unchanged)d unchanged; %(tags)d new tags, %(authors)d new authors)."
            )
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(summary % counts))

    def _list(self, plan: importing.ImportPlan, *, dry_run: bool, verbosity: int) -> None:
        if verbosity < 1:
            return
        for item in plan.articles:
            if item.is_new:
                action = _("would create") if dry_run else _("created")
            elif item.is_changed:
                action = _("would update") if dry_run else _("updated")
            elif verbosity >= 2:
                action = _("unchanged")
            else:
                continue
            article = item.article
            self.stdout.write(
                _("line %(line)d: %(action)s %(language)s/%(slug)s (%(status)s)")
                % {
                    "line": item.line,
                    "action": action,
                    "language": article.language,
                    "slug": article.slug,
                    "status": article.status,
                }
            )
        if plan.new_sections:
            names = ", ".join(f"{section} ({section.slug})" for section in plan.new_sections)
            self.stdout.write(_("New sections: %(names)s") % {"names": names})
        if plan.new_tags:
            names = ", ".join(str(tag) for tag in plan.new_tags)
            self.stdout.write(_("New tags: %(names)s") % {"names": names})
        if plan.new_authors:
            names = ", ".join(str(author) for author in plan.new_authors)
            self.stdout.write(_("New authors: %(names)s") % {"names": names})
