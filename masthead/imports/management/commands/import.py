"""`masthead import wordpress|blogger|ghost|jsonl FILE`: move a newsroom's archive into Masthead."""

from __future__ import annotations

from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from masthead.core.models import Language
from masthead.imports.options import ImportOptions, parse_section_pairs, read_section_map
from masthead.imports.records import Source, SourceError
from masthead.imports.sources.blogger import BloggerSource
from masthead.imports.sources.ghost import GhostSource
from masthead.imports.sources.wordpress import WordPressSource
from masthead.imports.writing import Importer

PLATFORMS = {
    "wordpress": _("a WordPress export (Tools → Export → All content), a WXR .xml file"),
    "blogger": _("a Blogger export (Settings → Back up content), an Atom .xml file"),
    "ghost": _("a Ghost export (Settings → Labs → Export your content), a .json file"),
}


def make_source(platform: str, path: Path, options: dict[str, Any]) -> Source:
    if platform == "wordpress":
        return WordPressSource(path, time_zone=options.get("time_zone"))
    if platform == "blogger":
        return BloggerSource(path, site_url=options.get("site_url") or None)
    return GhostSource(path, site_url=options.get("site_url") or None)


class Command(BaseCommand):
    help = _(
        "Import a newsroom's archive: stories, pages, authors, sections, tags and pictures, with every "
        "old address answering a redirect. Run it again to pick up changes: it updates what it made "
        "and never makes copies; stopped half-way, the next run finishes the job."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        platforms = parser.add_subparsers(dest="platform", metavar="PLATFORM", required=True)
        for platform, what in PLATFORMS.items():
            sub = platforms.add_parser(platform, help=what, description=what)
            sub.add_argument("path", metavar="FILE", help=_("The export file."))
            self._common(sub)
            if platform == "wordpress":
                sub.add_argument(
                    "--time-zone",
                    help=_(
                        "The old site's time zone (e.g. Asia/Amman), for posts whose GMT time is missing."
                    ),
                )
                sub.add_argument(
                    "--media-dir",
                    type=Path,
                    help=_(
                        "A copy of the old site's wp-content/uploads folder: pictures are read from it first."
                    ),
                )
            if platform in ("blogger", "ghost"):
                sub.add_argument(
                    "--site-url",
                    help=_(
                        "The old site's address (e.g. https://example.blogspot.com): Ghost's exports and "
                        "Blogger's newer ones do not name it, and old links are redirected only with it."
                    ),
                )
        jsonl = platforms.add_parser(
            "jsonl",
            help=_("Masthead's own JSON Lines (as import-articles)"),
            description=_("See `masthead import-articles --help`."),
        )
        jsonl.add_argument("path", metavar="FILE")
        jsonl.add_argument("--dry-run", action="store_true")
        jsonl.add_argument("--create-sections", action="store_true")
        jsonl.add_argument("--no-progress", action="store_true")

    @staticmethod
    def _common(sub: ArgumentParser) -> None:
        sub.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Read everything and report what would change; write nothing."),
        )
        sub.add_argument(
            "--language",
            choices=Language.values,
            help=_("The language of posts the export does not mark (default: the site's)."),
        )
        sub.add_argument(
            "--map-section",
            action="append",
            default=[],
            metavar="OLD=NEW",
            help=_(
                "File posts of the category, tag or label OLD in the section NEW (slugs or names). "
                "Repeat it for each; the terms not mapped become tags."
            ),
        )
        sub.add_argument(
            "--section-map", type=Path, metavar="FILE.csv", help=_("Lines of “category,section” pairs.")
        )
        sub.add_argument(
            "--default-section",
            metavar="SECTION",
            default="",
            help=_("The section of posts none of whose terms is a section (default: News, else the first)."),
        )
        sub.add_argument(
            "--create-sections", action="store_true", help=_("Create mapped sections that do not exist.")
        )
        sub.add_argument(
            "--keep-image-urls",
            action="store_true",
            help=_(
                "Leave pictures on the old host instead of storing copies (their host must be in "
                "MASTHEAD_IMAGE_HOSTS to be shown)."
            ),
        )
        sub.add_argument(
            "--overwrite",
            action="store_true",
            help=_("Also replace stories edited in Masthead since the last import."),
        )
        sub.add_argument("--batch-size", type=int, default=200, help=_("Stories written per transaction."))
        sub.add_argument(
            "--report", type=Path, metavar="FILE.json", help=_("Write the full report to this file.")
        )
        sub.add_argument("--no-progress", action="store_true", help=_("No progress bar."))

    def handle(self, *args: Any, platform: str, path: str, **options: Any) -> None:
        if platform == "jsonl":
            call_command(
                "import-articles",
                path,
                dry_run=options["dry_run"],
                create_sections=options["create_sections"],
                no_progress=options["no_progress"],
                verbosity=options["verbosity"],
                stdout=self.stdout,
                stderr=self.stderr,
            )
            return
        if options["batch_size"] < 1:
            raise CommandError(_("--batch-size must be at least 1."))
        try:
            section_map = parse_section_pairs(options["map_section"])
            if options["section_map"]:
                section_map = {**read_section_map(options["section_map"]), **section_map}
            media_dir = options.get("media_dir")
            if media_dir is not None and not media_dir.is_dir():
                raise SourceError(_("--media-dir %(path)s is not a folder.") % {"path": media_dir})
            settings_language = {"language": options["language"]} if options["language"] else {}
            import_options = ImportOptions(
                dry_run=options["dry_run"],
                section_map=section_map,
                default_section=options["default_section"],
                create_sections=options["create_sections"],
                media_dir=media_dir,
                rehost_images=not options["keep_image_urls"],
                overwrite=options["overwrite"],
                batch_size=options["batch_size"],
                progress=not options["no_progress"] and self.stderr.isatty(),
                **settings_language,
            )
            source_path = Path(path)
            if source_path.is_dir():
                raise SourceError(_("%(path)s is a folder, not a file.") % {"path": path})
            if not source_path.is_file():
                raise SourceError(_("%(path)s: no such file.") % {"path": path})
            if import_options.progress:
                self.stderr.write(_("Reading %(path)s…") % {"path": source_path})
            report = Importer(make_source(platform, source_path, options), import_options).run()
        except SourceError as exc:
            raise CommandError(str(exc)) from exc
        if options["report"]:
            report.write_json(options["report"])
        if options["verbosity"] >= 1:
            for line in report.lines():
                self.stdout.write(line)
