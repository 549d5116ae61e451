"""`masthead backup DIR`: the database and the uploaded media in one archive, taken while the site runs."""

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from masthead.core.backups import BackupError, backup, prune


class Command(BaseCommand):
    help = _(
        "Write the database and the media folder into one archive in DIR "
        "(masthead-backup-<UTC time>.tar.gz); `masthead restore FILE` brings them back."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("directory", metavar="DIR", type=Path, help=_("Where to write the archive."))
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help=_("Then delete all but the newest N backups in DIR (default: delete none)."),
        )
        parser.add_argument("--database", default="default", help=_("The database alias (default: default)."))

    def handle(self, *args: Any, directory: Path, keep: int | None, database: str, **options: Any) -> None:
        if keep is not None and keep < 1:
            raise CommandError(_("--keep must be at least 1."))
        try:
            summary = backup(directory, using=database)
        except BackupError as e:
            raise CommandError(str(e)) from e
        size = summary.path.stat().st_size
        done = _("Backed up to %(path)s (%(size).1f MiB).") % {"path": summary.path, "size": size / 2**20}
        self.stdout.write(self.style.SUCCESS(done))
        if summary.media_files is None:
            self.stdout.write(
                _("Uploads are kept by another storage (MASTHEAD_MEDIA_STORAGE): back them up there.")
            )
        else:
            held = _("Database (%(vendor)s) and %(count)d media files.")
            self.stdout.write(held % {"vendor": summary.vendor, "count": summary.media_files})
        if keep is not None:
            for stale in prune(directory, keep):
                self.stdout.write(_("Deleted the older backup %(path)s.") % {"path": stale})
