"""Fill the database with a deterministic demo newsroom: sections, tags, authors, pictures, stories."""

import time
from argparse import ArgumentParser
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import ProtectedError

from masthead.articles.models import Article
from masthead.demo.build import DEFAULT_ARTICLES, DEFAULT_SEED, build, reset_content

RELATED_AT_ONCE_UP_TO = 20_000


class Command(BaseCommand):
    help = (
        "Create a demo newsroom in English and Arabic: eight sections, tags, authors with portraits, "
        "drawn pictures and cartoons, and a year of stories (published, scheduled, drafts, in review). "
        "The same seed gives the same newsroom. Does nothing if articles exist, unless --reset."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--articles",
            type=int,
            default=DEFAULT_ARTICLES,
            help=f"Article rows to create, each language version counting once (default {DEFAULT_ARTICLES}).",
        )
        parser.add_argument(
            "--seed", type=int, default=DEFAULT_SEED, help=f"Random seed (default {DEFAULT_SEED})."
        )
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete all articles, tags, authors, images and sections first (not just the demo's).",
        )

    # Computing "You May Also Like" story by story takes about as long as building 100,000
    # stories takes in bulk; a benchmark archive can have it later with `rebuild-related`.
    def handle(self, *args: Any, **options: Any) -> None:
        count, verbosity = options["articles"], options["verbosity"]
        if count < 1:
            raise CommandError("--articles must be at least 1.")
        if not options["reset"] and Article.objects.exists():
            self.stdout.write(
                "The database already has articles; leaving it alone. "
                "Run `masthead demo-data --reset` to replace everything with the demo newsroom."
            )
            return
        started = time.monotonic()
        log = self.stdout.write if verbosity >= 2 else lambda message: None
        try:
            # One transaction: an interrupted run leaves the database as it was (image files aside).
            with transaction.atomic():
                if options["reset"]:
                    deleted = reset_content()
                    if verbosity >= 1:
                        self.stdout.write(
                            "Deleted " + ", ".join(f"{n} {what}" for what, n in deleted.items())
                        )
                summary = build(articles=count, seed=options["seed"], progress=verbosity >= 1, log=log)
        except ProtectedError as e:
            raise CommandError(f"Cannot reset: other records still point at the content ({e.args[0]})") from e
        # The stories were written in bulk, which search does not see: index them all.
        call_command("search-index", "rebuild", no_progress=verbosity < 1, verbosity=verbosity)
        if count <= RELATED_AT_ONCE_UP_TO:
            call_command("rebuild-related", no_progress=verbosity < 1, verbosity=verbosity)
        elif verbosity >= 1:
            self.stdout.write(
                "Related stories were not computed for so large an archive; "
                "run `masthead rebuild-related` when you need them."
            )
        if verbosity >= 1:
            statuses = ", ".join(f"{n} {status}" for status, n in summary.by_status.items())
            languages = ", ".join(f"{n} {language}" for language, n in summary.by_language.items())
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo newsroom ready in {time.monotonic() - started:.1f}s: "
                    f"{summary.articles} articles ({statuses}; {languages}; "
                    f"{summary.translations} translation pairs), {summary.sections} sections, "
                    f"{summary.tags} tags, {summary.authors} authors, {summary.images} images "
                    f"from {summary.image_files} drawn files."
                )
            )
