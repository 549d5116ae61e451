"""Search on SQLite: an FTS5 table of analysed words, joined to the entries for the facets.

SQLite's own tokenizer splits Arabic words at vowel marks and folds none of the letters writers
use interchangeably, so the words are analysed in Python (`masthead.search.analysis`) and FTS5
only splits them at spaces. Each field has two columns: the words as written (normalised) and
their stems, so an exact form scores above another form of the same word.
"""

from __future__ import annotations

from django.db import connection

from masthead.search.analysis import Term
from masthead.search.backends.base import (
    TIE_DECIMALS,
    TIERS,
    Clause,
    Document,
    Filters,
    Hits,
    Query,
    entry_conditions,
    facet_filters,
    fold_counts,
)

TABLE = "search_words"
COLUMNS = ("title", "title_stem", "lead", "lead_stem", "body", "body_stem")
# bm25 weights, column by column: what a match in each is worth.
WEIGHTS = (10.0, 5.0, 3.0, 2.0, 1.0, 0.7)
EXACT_COLUMNS = "{title lead body}"
STEM_COLUMNS = "{title_stem lead_stem body_stem}"
# The tiers of `base.TIERS`, as the columns every clause must match in (exact, any form).
TIER_COLUMNS = (("{title}", None), ("{title}", "{title_stem}"), ("{title lead}", "{title_stem lead_stem}"))


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def _clause(
    clause: Clause, exact_columns: str = EXACT_COLUMNS, stem_columns: str | None = STEM_COLUMNS
) -> str:
    exact = f"{exact_columns} : {_phrase([t.exact for t in clause.terms])}"
    if stem_columns is None:
        return f"({exact})"
    return f"({exact} OR {stem_columns} : {_phrase([t.stem for t in clause.terms])})"


def match_expression(query: Query) -> str:
    """The FTS5 MATCH text for `query`: every word quoted, so no input is read as syntax."""
    expression = "(" + " AND ".join(_clause(c) for c in query.required) + ")"
    for clause in query.excluded:
        expression += f" NOT {_clause(clause)}"
    return expression


def tier_expressions(query: Query) -> list[str]:
    """MATCH texts for the tiers above "anywhere": every clause in the headline as typed, in the
    headline in any form, in the headline or lead."""
    return [" AND ".join(_clause(c, exact, stem) for c in query.required) for exact, stem in TIER_COLUMNS]


def _text(terms: list[Term], stems: bool) -> str:
    return " ".join(t.stem if stems else t.exact for t in terms)


class SQLiteBackend:
    def write(self, documents: list[Document]) -> None:
        if not documents:
            return
        rows = []
        for doc in documents:
            rows.append(
                (
                    doc.article_id,
                    *(
                        _text(terms, stems)
                        for terms in (doc.title, doc.lead, doc.body)
                        for stems in (False, True)
                    ),
                )
            )
        with connection.cursor() as cursor:
            cursor.executemany(
                f"DELETE FROM {TABLE} WHERE rowid = %s", [(doc.article_id,) for doc in documents]
            )
            cursor.executemany(
                f"INSERT INTO {TABLE} (rowid, {', '.join(COLUMNS)}) VALUES (%s, %s, %s, %s, %s, %s, %s)", rows
            )

    def remove(self, article_ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {TABLE} WHERE rowid = %s", [(pk,) for pk in article_ids])

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")

    def prune(self) -> None:
        """Drop words left without an entry (a story deleted by raw SQL), and merge FTS5's segments."""
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE} WHERE rowid NOT IN (SELECT article_id FROM search_entry)")
            cursor.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")

    def search(
        self, query: Query, filters: Filters, *, newest: bool, offset: int, limit: int, counts: bool = True
    ) -> Hits:
        match = match_expression(query)
        conditions, params = entry_conditions(filters)
        where = " AND ".join([f"{TABLE} MATCH %s", *conditions])
        weights = ", ".join(str(w) for w in WEIGHTS)
        # CROSS JOIN keeps the match first: otherwise a narrow facet (a date range) can lead SQLite
        # to walk the entries and re-run the match for each. Each tier is an IN over its own
        # match: SQLite computes each set once per statement.
        tier_sets = [f"(e.article_id IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s))" for _ in TIERS]
        tier = " + ".join(tier_sets)
        order = (
            "e.published_at DESC, e.article_id DESC"
            if newest
            else f"tier DESC, round(score, {TIE_DECIMALS}), e.published_at DESC, e.article_id DESC"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.article_id, bm25({TABLE}, {weights}) AS score, {tier} AS tier FROM {TABLE} "
                f"CROSS JOIN search_entry e ON e.article_id = {TABLE}.rowid WHERE {where} "
                f"ORDER BY {order} LIMIT %s OFFSET %s",
                [*tier_expressions(query), match, *params, limit, offset],
            )
            rows = [(pk, tier - score / 100) for pk, score, tier in cursor.fetchall()]
            by_section, by_language, total = (
                _counts(cursor, match, filters) if counts else ({}, {}, len(rows))
            )
        return Hits(
            ids=[pk for pk, _ in rows],
            scores=[score for _, score in rows],  # the tier, plus bm25 (lower is better) as a fraction
            total=total,
            by_section=by_section,
            by_language=by_language,
        )

    def size(self) -> int | None:
        """Bytes of the FTS5 table's pages (its shadow tables), where SQLite can say."""
        with connection.cursor() as cursor:
            try:
                cursor.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE %s", [f"{TABLE}%"])
            except Exception:  # dbstat is a compile-time option of SQLite
                return None
            (size,) = cursor.fetchone()
        return size


def _counts(cursor, match: str, filters: Filters) -> tuple[dict[int, int], dict[str, int], int]:
    conditions, params = entry_conditions(facet_filters(filters))
    cursor.execute(
        f"SELECT e.section_id, e.language, count(*) FROM {TABLE} "
        f"CROSS JOIN search_entry e ON e.article_id = {TABLE}.rowid "
        f"WHERE {' AND '.join([f'{TABLE} MATCH %s', *conditions])} GROUP BY e.section_id, e.language",
        [match, *params],
    )
    return fold_counts(cursor.fetchall(), filters)
