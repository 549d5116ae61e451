"""`masthead restore FILE`: put back the database and the media folder from a `masthead backup` archive."""

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from masthead.core.backups import BackupError, restore


class Command(BaseCommand):
    help = _(
        "Replace the database and the media folder with those in a backup made by `masthead backup`. "
        "Stop `masthead serve` and `masthead worker` first, and start them again afterwards."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("file", metavar="FILE", type=Path, help=_("The backup archive (.tar.gz)."))
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help=_("Do not ask for confirmation."),
        )
        parser.add_argument("--database", default="default", help=_("The database alias (default: default)."))

    def handle(self, *args: Any, file: Path, interactive: bool, database: str, **options: Any) -> None:
        if not file.is_file():
            raise CommandError(_("%(path)s does not exist.") % {"path": file})
        if interactive:
            question = _(
                "Everything in the database and the media folder will be replaced by %(path)s. "
                "Type 'yes' to go on: "
            )
            try:
                answer = input(question % {"path": file})
            except EOFError:  # no terminal to answer from: --no-input says it was meant
                answer = ""
            if answer.strip().lower() != "yes":
                raise CommandError(_("Nothing was restored."))
        try:
            summary = restore(file, using=database)
        except BackupError as e:
            raise CommandError(str(e)) from e
        done = _("Restored the backup of %(time)s (%(vendor)s).")
        self.stdout.write(self.style.SUCCESS(done % {"time": summary.created_at, "vendor": summary.vendor}))
        if summary.media_files is not None:
            self.stdout.write(_("Media: %(count)d files.") % {"count": summary.media_files})
        else:
            self.stdout.write(
                _("Media were left alone: uploads are kept by another storage, or the backup has none.")
            )
        self.stdout.write(_("Cached pages were dropped. Run `masthead migrate`, then start the site again."))
