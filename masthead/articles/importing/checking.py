"""The check phase: read the whole file, check every line, and plan what writing it would change.

Nothing is written; a line's problems are all collected, so one run reports every bad line.
"""

import os
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from tqdm import tqdm

from masthead.articles import services
from masthead.articles.importing.directory import slug_key
from masthead.articles.importing.fields import quote
from masthead.articles.importing.limits import MAX_LINE_BYTES, chunks
from masthead.articles.importing.lines import LineChecker, Row
from masthead.articles.importing.plan import ImportFailed, ImportPlan, InvalidLines, PlannedArticle, Problem
from masthead.articles.importing.reading import read_lines, strip_bom
from masthead.articles.models import Article, ArticleAuthor


def check_file(
    path: Path | str,
    *,
    create_sections: bool = False,
    progress: bool = False,
    now: datetime | None = None,
) -> ImportPlan:
    """Read and validate every line of `path`; raises InvalidLines naming each bad one.

    With `create_sections`, a section that matches none is planned as a new one.
    """
    path = Path(path)
    try:
        handle = path.open("rb")
        size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError as exc:
        raise ImportFailed(_("%(path)s: no such file.") % {"path": path}) from exc
    except IsADirectoryError as exc:
        raise ImportFailed(_("%(path)s is a folder, not a file.") % {"path": path}) from exc
    except OSError as exc:
        raise ImportFailed(
            _("%(path)s cannot be read: %(error)s") % {"path": path, "error": exc.strerror}
        ) from exc

    checker = LineChecker(create_sections=create_sections)
    with handle, tqdm(total=size, unit="B", unit_scale=True, desc=_("Checking"), disable=not progress) as bar:
        for line in read_lines(handle):
            bar.update(line.size)
            if line.raw is None:
                checker.problems[line.number] = [
                    _("the line is %(size)d bytes long; the most is %(max)d bytes (%(mib)d MiB)")
                    % {"size": line.length, "max": MAX_LINE_BYTES, "mib": MAX_LINE_BYTES // 2**20}
                ]
                continue
            raw = strip_bom(path, line.raw) if line.number == 1 else line.raw
            checker.add_line(line.number, raw)
    if not checker.rows and not checker.problems:
        raise ImportFailed(
            _("%(path)s has no articles in it: it is empty or has only blank lines.") % {"path": path}
        )
    return _plan(checker, path, now=now or timezone.now())


def _plan(checker: LineChecker, path: Path, *, now: datetime) -> ImportPlan:
    """The checked lines against the database: what each creates or updates, and the model's rules."""
    existing = _existing_articles(checker.rows)
    ids = [article.pk for candidates in existing.values() for article in candidates]
    current_tags = _current_tag_ids(ids)
    current_bylines = _current_byline_author_ids(ids)
    planned: list[PlannedArticle] = []
    for row in checker.rows:
        candidates = existing.get((row.language, slug_key(row.slug)), [])
        # An existing story keeps its address even when the file spells the slug in other case.
        article = next((a for a in candidates if a.slug == row.slug), None)
        if article is None and len(candidates) > 1:
            checker.problems[row.line] = [
                _(
                    "the slug %(slug)s matches several stories that differ only in case "
                    "(%(slugs)s); give one of them exactly"
                )
                % {"slug": quote(row.slug), "slugs": ", ".join(quote(a.slug) for a in candidates)}
            ]
            continue
        if article is None and candidates:
            article = candidates[0]
        is_new = article is None
        if article is None:
            article = Article(language=row.language, slug=row.slug)
            before = None
        else:
            before = _snapshot(article)
        was_live, previous_status = (not is_new and article.is_published), article.status
        article.headline, article.dek, article.body = row.headline, row.dek, row.body
        article.section = row.section
        if row.published_at is not None:
            article.status, article.published_at = Article.Status.PUBLISHED, row.published_at
            services.normalize_live_status(article, now=now)
        try:
            # The model's own rules (a caricature needs its cartoon, …), with no queries.
            article.clean()
        except ValidationError as exc:
            checker.problems[row.line] = _validation_messages(exc)
            continue
        is_changed = (
            is_new
            or _snapshot(article) != before
            or any(tag.pk is None for tag in row.tags)
            or {tag.pk for tag in row.tags} != current_tags[article.pk]
            or [author.pk for author in row.authors] != current_bylines[article.pk]
        )
        planned.append(
            PlannedArticle(
                line=row.line,
                article=article,
                tags=row.tags,
                authors=row.authors,
                is_new=is_new,
                is_changed=is_changed,
                was_live=was_live,
                previous_status=None if is_new else previous_status,
            )
        )
    if checker.problems:
        problems = [Problem(line, tuple(checker.problems[line])) for line in sorted(checker.problems)]
        raise InvalidLines(path, problems)
    return ImportPlan(
        path=path,
        articles=planned,
        new_tags=checker.tags.new,
        new_authors=checker.authors.new,
        warnings=[_warning_text(message, lines) for message, lines in checker.warnings.items()],
        new_sections=checker.sections.new,
    )


def _snapshot(article: Article) -> tuple:
    return (
        article.headline,
        article.dek,
        article.body,
        article.section_id,
        article.status,
        article.published_at,
    )


def _validation_messages(exc: ValidationError) -> list[str]:
    messages = []
    for name, errors in exc.message_dict.items():
        label = "" if name == NON_FIELD_ERRORS else f"{Article._meta.get_field(name).verbose_name}: "
        messages += [f"{label}{error}" for error in errors]
    return messages


def _warning_text(message: str, lines: list[int]) -> str:
    shown = ", ".join(str(line) for line in lines[:10])
    if len(lines) > 10:
        shown += " " + _("and %(count)d more") % {"count": len(lines) - 10}
    return ngettext("%(message)s (line %(lines)s)", "%(message)s (lines %(lines)s)", len(lines)) % {
        "message": message,
        "lines": shown,
    }


def _existing_articles(rows: list[Row]) -> defaultdict[tuple[str, str], list[Article]]:
    """The stories the rows may update, by (language, slug key); several if they differ only in case."""
    slugs_by_language: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        slugs_by_language[row.language].append(row.slug)
    found: defaultdict[tuple[str, str], list[Article]] = defaultdict(list)
    for language, slugs in slugs_by_language.items():
        for chunk in chunks(slugs):
            # The exact slugs as well: SQLite's LOWER() leaves letters outside ASCII as they are.
            matches = Q(slug__in=chunk) | Q(slug_key__in=[slug_key(slug) for slug in chunk])
            # `translation` is loaded with it because Article.clean() looks at it.
            queryset = (
                Article.objects.alias(slug_key=Lower("slug"))
                .filter(matches, language=language)
                .select_related("section", "translation")
                .order_by("pk")
            )
            for article in queryset:
                found[(article.language, slug_key(article.slug))].append(article)
    return found


def _current_tag_ids(article_ids: list[int]) -> defaultdict[int | None, set[int]]:
    current: defaultdict[int | None, set[int]] = defaultdict(set)
    through = Article.tags.through
    for chunk in chunks(article_ids):
        for article_id, tag_id in through.objects.filter(article_id__in=chunk).values_list(
            "article_id", "tag_id"
        ):
            current[article_id].add(tag_id)
    return current


def _current_byline_author_ids(article_ids: list[int]) -> defaultdict[int | None, list[int]]:
    current: defaultdict[int | None, list[int]] = defaultdict(list)
    for chunk in chunks(article_ids):
        bylines = (
            ArticleAuthor.objects.filter(article_id__in=chunk)
            .order_by("article_id", "order", "id")
            .values_list("article_id", "author_id")
        )
        for article_id, author_id in bylines:
            current[article_id].append(author_id)
    return current
