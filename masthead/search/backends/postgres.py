"""Search on PostgreSQL: each entry's analysed words as a `tsvector`, GIN-indexed.

The vector is written from the same analysis as SQLite's FTS5 table (the `simple`
configuration's parser would split and fold words its own way, so the lexemes are given
ready-made). Weights play the part of SQLite's columns: A the exact words of the headline and
tags, B their stems, C the dek and bylines, D the body; a stem is stored with a leading "~"
so it never meets an exact word. Phrases are matched by position (`<->`); fields are kept
apart by a gap in positions, so a phrase never runs from the headline into the body.
"""

from __future__ import annotations

from django.db import connection

from masthead.search.backends.base import (
    Clause,
    Document,
    Filters,
    Hits,
    Query,
    entry_conditions,
    facet_filters,
    fold_counts,
)

# ts_rank's weights for D, C, B, A (its order), and the field gap in positions.
RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}"
FIELD_GAP = 16
MAX_POSITION = 16383  # PostgreSQL's limit; later words share it
MAX_POSITIONS = 256  # per lexeme, PostgreSQL's limit
# ts_rank's scores are about ten times smaller than bm25's: one more decimal for ties.
TIE_DECIMALS = 2


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def vector_text(doc: Document) -> str:
    """The `tsvector` literal of `doc`: every exact word and "~stem" with positions and weights."""
    positions: dict[str, list[str]] = {}
    position = 1
    for terms, exact_weight, stem_weight in (
        (doc.title, "A", "B"),
        (doc.lead, "C", "C"),
        (doc.body, "D", "D"),
    ):
        for term in terms:
            at = min(position, MAX_POSITION)
            for lexeme, weight in ((term.exact, exact_weight), ("~" + term.stem, stem_weight)):
                found = positions.setdefault(lexeme, [])
                if len(found) < MAX_POSITIONS:
                    found.append(f"{at}{weight}")
            position += 1
        position += FIELD_GAP
    return " ".join(f"{_quote(lexeme)}:{','.join(at)}" for lexeme, at in positions.items())


def _clause(clause: Clause, stems: bool = True) -> str:
    exact = " <-> ".join(_quote(t.exact) for t in clause.terms)
    if not stems:
        return f"({exact})"
    stem = " <-> ".join(_quote("~" + t.stem) for t in clause.terms)
    return f"(({exact}) | ({stem}))"


def query_text(query: Query) -> str:
    """The `tsquery` literal of `query`: every lexeme quoted, so no input is read as syntax."""
    text = " & ".join(_clause(c) for c in query.required)
    for clause in query.excluded:
        text += f" & !{_clause(clause)}"
    return text


# The tiers of `base.TIERS`: the weights every clause must match in, and whether stems count.
TIER_WEIGHTS = (("{a}", False), ("{a,b}", True), ("{a,b,c}", True))


def tier_texts(query: Query) -> list[tuple[str, str]]:
    """(weights, `tsquery` literal) of each tier above "anywhere"."""
    return [
        (weights, " & ".join(_clause(c, stems) for c in query.required)) for weights, stems in TIER_WEIGHTS
    ]


def _rows(documents: list[Document]) -> list[tuple[str, int]]:
    return [(vector_text(doc), doc.article_id) for doc in documents]


class PostgresBackend:
    def write(self, documents: list[Document]) -> None:
        if documents:
            with connection.cursor() as cursor:
                cursor.executemany(
                    "UPDATE search_entry SET document = %s::tsvector WHERE article_id = %s", _rows(documents)
                )

    def remove(self, article_ids: list[int]) -> None:
        """Nothing to do: the vector is a column of the entry, which goes with it."""

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE search_entry SET document = NULL")

    def prune(self) -> None:
        """Nothing to do: the words are a column of the entry, so none outlive it."""

    def search(
        self, query: Query, filters: Filters, *, newest: bool, offset: int, limit: int, counts: bool = True
    ) -> Hits:
        text = query_text(query)
        conditions, params = entry_conditions(filters)
        where = " AND ".join(["e.document @@ q", *conditions])
        tiers = tier_texts(query)
        tier = " + ".join('(ts_filter(e.document, %s::"char"[]) @@ %s::tsquery)::int' for _ in tiers)
        order = (
            "published_at DESC, article_id DESC"
            if newest
            else f"tier DESC, round(score::numeric, {TIE_DECIMALS}) DESC, published_at DESC, article_id DESC"
        )
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT article_id, score, tier FROM ("
                "SELECT e.article_id, e.published_at, ts_rank(%s::float4[], e.document, q) AS score, "
                f"{tier} AS tier "
                f"FROM search_entry e, CAST(%s AS tsquery) q WHERE {where}"
                f") matches ORDER BY {order} LIMIT %s OFFSET %s",
                [RANK_WEIGHTS, *(value for pair in tiers for value in pair), text, *params, limit, offset],
            )
            rows = [(pk, tier + score) for pk, score, tier in cursor.fetchall()]
            by_section, by_language, total = _counts(cursor, text, filters) if counts else ({}, {}, len(rows))
        return Hits(
            ids=[pk for pk, _ in rows],
            scores=[float(score) for _, score in rows],
            total=total,
            by_section=by_section,
            by_language=by_language,
        )

    def size(self) -> int | None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size('search_entry')")
            (size,) = cursor.fetchone()
        return size


def _counts(cursor, text: str, filters: Filters) -> tuple[dict[int, int], dict[str, int], int]:
    conditions, params = entry_conditions(facet_filters(filters))
    cursor.execute(
        "SELECT e.section_id, e.language, count(*) FROM search_entry e, CAST(%s AS tsquery) q "
        f"WHERE {' AND '.join(['e.document @@ q', *conditions])} GROUP BY e.section_id, e.language",
        [text, *params],
    )
    return fold_counts(cursor.fetchall(), filters)
