"""How an import files what it reads: the choices an operator makes on the command line."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from masthead.core.models import Language
from masthead.imports.records import SourceError

# Stories written in one transaction: a crash loses at most this many, which the next run redoes.
BATCH_SIZE = 200


def name_key(value: str) -> str:
    """How names and slugs of categories and sections are compared: case and spacing do not matter."""
    return " ".join(value.replace("-", " ").split()).casefold()


@dataclass
class ImportOptions:
    dry_run: bool = False
    # The language of posts the export does not mark (most single-language sites).
    language: str = field(default_factory=lambda: settings.LANGUAGE_CODE)
    # Category, tag or label (slug or name, any case) -> section (slug or name). Terms named here
    # become sections; the others become tags.
    section_map: dict[str, str] = field(default_factory=dict)
    # Where a post goes when none of its terms is a section; "" = News, or the first section.
    default_section: str = ""
    create_sections: bool = False
    media_dir: Path | None = None
    rehost_images: bool = True
    # Replace stories an editor changed in Masthead since they were imported.
    overwrite: bool = False
    batch_size: int = BATCH_SIZE
    progress: bool = False
    fetch_workers: int = 8
    fetch_timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.language not in Language.values:
            raise SourceError(
                _("--language must be one of %(languages)s, not “%(value)s”.")
                % {"languages": ", ".join(Language.values), "value": self.language}
            )
        self.section_map = {name_key(old): new.strip() for old, new in self.section_map.items()}


def parse_section_pairs(pairs: list[str]) -> dict[str, str]:
    """`--map-section OLD=NEW` values as a mapping; a malformed one is a clear error."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        old, sep, new = pair.partition("=")
        if not sep or not old.strip() or not new.strip():
            raise SourceError(
                _("--map-section takes OLD=NEW (a category and a section), not “%(value)s”.")
                % {"value": pair}
            )
        mapping[old.strip()] = new.strip()
    return mapping


def read_section_map(path: Path) -> dict[str, str]:
    """A mapping file: CSV lines `old,new` (a header line `category,section` is allowed)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except FileNotFoundError as exc:
        raise SourceError(_("%(path)s: no such file.") % {"path": path}) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(_("%(path)s cannot be read: %(error)s") % {"path": path, "error": exc}) from exc
    mapping: dict[str, str] = {}
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if number == 1 and [c.casefold() for c in cells[:2]] == ["category", "section"]:
            continue
        if len(cells) != 2 or not all(cells):
            raise SourceError(
                _("%(path)s, line %(line)d: expected two values, “category,section”.")
                % {"path": path, "line": number}
            )
        mapping[cells[0]] = cells[1]
    return mapping
