"""A checked file as a plan of what to write, and the errors that stop an import."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from masthead.articles.importing.limits import MAX_REPORTED_LINES
from masthead.articles.models import Article, Section, Tag
from masthead.authors.models import Author


class ImportFailed(Exception):
    """The file cannot be imported; the message says why. Nothing was written."""


@dataclass(frozen=True)
class Problem:
    """Everything wrong with one line of the file."""

    line: int
    messages: tuple[str, ...]

    def __str__(self) -> str:
        return _("line %(line)d: %(problems)s") % {"line": self.line, "problems": "; ".join(self.messages)}


class InvalidLines(ImportFailed):
    """Some lines are bad; `problems` lists them all, in file order."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        count = len(problems)
        lines = [
            ngettext(
                "%(path)s: %(count)d bad line, so nothing was imported:",
                "%(path)s: %(count)d bad lines, so nothing was imported:",
                count,
            )
            % {"path": path, "count": count}
        ]
        lines += [f"  {problem}" for problem in problems[:MAX_REPORTED_LINES]]
        if count > MAX_REPORTED_LINES:
            hidden = count - MAX_REPORTED_LINES
            lines.append(
                "  "
                + ngettext("… and %(count)d more bad line.", "… and %(count)d more bad lines.", hidden)
                % {"count": hidden}
            )
        super().__init__("\n".join(lines))


@dataclass
class PlannedArticle:
    """One article as it will be saved, and what saving it changes."""

    line: int
    article: Article
    tags: list[Tag]
    authors: list[Author]
    is_new: bool
    is_changed: bool
    was_live: bool
    previous_status: str | None


@dataclass
class ImportPlan:
    """A checked file: what to create and update. Nothing has been written yet."""

    path: Path
    articles: list[PlannedArticle]
    new_tags: list[Tag]
    new_authors: list[Author]
    warnings: list[str] = field(default_factory=list)
    new_sections: list[Section] = field(default_factory=list)

    @property
    def to_create(self) -> list[PlannedArticle]:
        return [item for item in self.articles if item.is_new]

    @property
    def to_update(self) -> list[PlannedArticle]:
        return [item for item in self.articles if item.is_changed and not item.is_new]

    @property
    def unchanged(self) -> list[PlannedArticle]:
        return [item for item in self.articles if not item.is_changed]
