"""What an import did, counted by kind, with the reason for everything it left out."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from masthead.imports.records import Skip

# How many of each list the command prints; the --report file has them all.
SHOWN = 20


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.skipped


KINDS = ("stories", "pages", "authors", "sections", "tags", "images", "redirects")


@dataclass
class Report:
    platform: str
    site: str
    dry_run: bool
    tallies: dict[str, Tally] = field(default_factory=lambda: {kind: Tally() for kind in KINDS})
    skips: list[Skip] = field(default_factory=list)
    # Links to the old site that reach nothing imported: the address, and the stories that have it.
    unresolved_links: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    missing_images: dict[str, str] = field(default_factory=dict)  # URL -> why
    notes: list[str] = field(default_factory=list)  # repaired bytes, defaults used, …
    comments: int = 0
    images_without_alt: int = 0
    renamed: list[str] = field(default_factory=list)  # "old slug -> new slug" where a slug was taken

    def skip(self, kind: str, what: str, reason: str) -> None:
        self.tallies[kind].skipped += 1
        self.skips.append(Skip(what=what, reason=reason))

    def lines(self) -> list[str]:
        """The report as the command prints it."""
        head = _("Dry run, nothing written. Would have:") if self.dry_run else _("Imported:")
        out = [f"{head} {self.platform} {self.site}"]
        labels = {
            "stories": _("stories"),
            "pages": _("pages"),
            "authors": _("authors"),
            "sections": _("sections"),
            "tags": _("tags"),
            "images": _("images"),
            "redirects": _("old addresses"),
        }
        for kind in KINDS:
            tally = self.tallies[kind]
            out.append(
                "  "
                + _(
                    "%(label)-14s %(created)7d new  %(updated)7d updated  "
                    "%(unchanged)7d unchanged  %(skipped)7d skipped"
                )
                % {"label": labels[kind], **asdict(tally)}
            )
        if self.comments:
            out.append(_("Comments are not imported: %(count)d left behind.") % {"count": self.comments})
        if self.images_without_alt:
            out.append(
                _("%(count)d images have no alt text: add it in the back office (Images).")
                % {"count": self.images_without_alt}
            )
        out += self.notes
        out += self._section(_("Skipped"), [f"{s.what}: {s.reason}" for s in self.skips], grouped=True)
        out += self._section(_("Slugs already taken, renamed"), self.renamed)
        out += self._section(
            _("Images not imported"), [f"{url}: {why}" for url, why in self.missing_images.items()]
        )
        out += self._section(
            _("Links to the old site that reach nothing imported (left as they were)"),
            [
                _("%(url)s (in %(stories)s)") % {"url": url, "stories": ", ".join(stories[:3])}
                for url, stories in self.unresolved_links.items()
            ],
        )
        return out

    def _section(self, title: str, items: list[str], grouped: bool = False) -> list[str]:
        if not items:
            return []
        out = [f"{title} ({len(items)}):"]
        if grouped and len(items) > SHOWN:
            # The reasons, most frequent first: a thousand drafts of one kind are one line.
            reasons = Counter(item.split(": ", 1)[-1] for item in items)
            out += [f"  {count:6d} × {reason}" for reason, count in reasons.most_common(SHOWN)]
            out.append("  " + _("The first of them:"))
        out += [f"  {item}" for item in items[:SHOWN]]
        if len(items) > SHOWN:
            more = len(items) - SHOWN
            out.append("  " + _("… and %(count)d more (all in --report FILE)") % {"count": more})
        return out

    def write_json(self, path: Path) -> None:
        data = {
            "platform": self.platform,
            "site": self.site,
            "dry_run": self.dry_run,
            "counts": {kind: asdict(tally) for kind, tally in self.tallies.items()},
            "skipped": [asdict(skip) for skip in self.skips],
            "renamed": self.renamed,
            "missing_images": self.missing_images,
            "unresolved_links": dict(self.unresolved_links),
            "comments_not_imported": self.comments,
            "images_without_alt": self.images_without_alt,
            "notes": self.notes,
        }
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
