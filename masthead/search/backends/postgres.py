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

from masthead.search.backends import base
from masthead.search.backends.base import (
    Candidate,
    Clause,
    Document,
    Filters,
    Hits,
    Query,
    entry_conditions,
    facet_filters,
    page_filters,
    page_of_hits,
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


def vector_texts(doc: Document) -> tuple[str, str]:
    """The `tsvector` literals of `doc`: every exact word and "~stem" with positions and
    weights; then the same of the headline, tags, dek and bylines alone (the tiers' column)."""
    positions: dict[str, list[str]] = {}
    position = 1
    heading = ""
    for terms, exact_weight, stem_weight in (
        (doc.title, "A", "B"),
        (doc.lead, "C", "C"),
        (doc.body, "D", "D"),
    ):
        if exact_weight == "D":
            heading = _literal(positions)
        for term in terms:
            at = min(position, MAX_POSITION)
            for lexeme, weight in ((term.exact, exact_weight), ("~" + term.stem, stem_weight)):
                found = positions.setdefault(lexeme, [])
                if len(found) < MAX_POSITIONS:
                    found.append(f"{at}{weight}")
            position += 1
        position += FIELD_GAP
    return _literal(positions), heading


def _literal(positions: dict[str, list[str]]) -> str:
    return " ".join(f"{_quote(lexeme)}:{','.join(at)}" for lexeme, at in positions.items())


def _clause(clause: Clause, exact_weights: str = "", stem_weights: str | None = "") -> str:
    """A clause as `tsquery` text: its exact lexemes (limited to `exact_weights`, if any), or its
    stems (limited likewise; None: stems do not count), for its own terms and each alternative."""
    forms = []
    for terms in clause.phrases:
        forms.append(_phrase([t.exact for t in terms], exact_weights))
        if stem_weights is not None:
            forms.append(_phrase(["~" + t.stem for t in terms], stem_weights))
    return "(" + " | ".join(forms) + ")"


def _phrase(lexemes: list[str], weights: str) -> str:
    label = f":{weights}" if weights else ""
    return "(" + " <-> ".join(_quote(lexeme) + label for lexeme in lexemes) + ")"


def query_text(query: Query) -> str:
    """The `tsquery` literal of `query`: every lexeme quoted, so no input is read as syntax."""
    text = " & ".join(_clause(c) for c in query.required)
    for clause in query.excluded:
        text += f" & !{_clause(clause)}"
    return text


# The tiers of `base.TIERS` as the weights every clause must match in: the headline's exact words
# (A), any form there (A or its stems, B), anywhere in the heading (which holds A, B and C).
TIER_WEIGHTS = (("A", None), ("A", "B"), ("", ""))


def tier_texts(query: Query) -> list[str]:
    """The `tsquery` literal of each tier above "anywhere", matched against the heading."""
    return [" & ".join(_clause(c, exact, stem) for c in query.required) for exact, stem in TIER_WEIGHTS]


def _rows(documents: list[Document]) -> list[tuple[str, str, int]]:
    return [(*vector_texts(doc), doc.article_id) for doc in documents]


class PostgresBackend:
    def write(self, documents: list[Document]) -> None:
        if documents:
            with connection.cursor() as cursor:
                cursor.executemany(
                    "UPDATE search_entry SET document = %s::tsvector, heading = %s::tsvector "
                    "WHERE article_id = %s",
                    _rows(documents),
                )

    def remove(self, article_ids: list[int]) -> None:
        """Nothing to do: the vector is a column of the entry, which goes with it."""

    def clear(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE search_entry SET document = NULL, heading = NULL")

    def prune(self) -> None:
        """Nothing to do: the words are a column of the entry, so none outlive it."""

    def search(
        self, query: Query, filters: Filters, *, newest: bool, offset: int, limit: int, counts: bool = True
    ) -> Hits:
        """Two statements: the matches (their tiers from the small heading vector, the facet
        counts, the first candidates by tier and date), then `ts_rank` of the candidates alone."""
        text = query_text(query)
        # The tiers nest (a headline match as typed is a headline match), so the first that holds
        # is the story's: the heading is read once for most matches.
        whens = " ".join(f"WHEN e.heading @@ %s::tsquery THEN {n}" for n in range(len(TIER_WEIGHTS), 0, -1))
        scope = facet_filters(filters) if counts else filters
        conditions, params = entry_conditions(scope)
        page_conditions, page_params = page_filters(filters, scope)
        order = "published_at DESC, article_id DESC"
        if newest:
            tiers, tier_params = "0", []  # the order needs no tiers
        else:
            order = "tier DESC, " + order
            # Only for the page's matches: the counts take in other languages and sections too.
            on_page, on_page_params = page_filters(filters, scope, alias="e")
            tiers = f"CASE WHEN {on_page} THEN CASE {whens} ELSE 0 END END"
            tier_params = [*on_page_params, *tier_texts(query)]
        window = base.window(newest=newest, offset=offset, limit=limit)
        where = " AND ".join(["e.document @@ %s::tsquery", *conditions])
        statement = (
            "WITH m AS MATERIALIZED (SELECT e.article_id, e.published_at, e.section_id, e.language, "
            f"{tiers} AS tier FROM search_entry e WHERE {where}) "
            f"(SELECT article_id, tier, NULL::int, NULL, 0 FROM m WHERE {page_conditions} "
            f"ORDER BY {order} LIMIT %s)"
        )
        statement_params = [*tier_params, text, *params, *page_params, window]
        if counts:
            statement += base.COUNTS_OF_MATCHES
        with connection.cursor() as cursor:
            cursor.execute(statement, statement_params)
            rows = cursor.fetchall()
            candidates = [Candidate(pk, tier) for pk, tier, _, _, _ in rows if pk is not None]
            scores = _scores(cursor, text, candidates) if not newest and offset < base.CANDIDATES else {}
        return page_of_hits(
            rows,
            candidates,
            scores,
            filters,
            newest=newest,
            counts=counts,
            offset=offset,
            limit=limit,
            decimals=TIE_DECIMALS,
        )

    def size(self) -> int | None:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_total_relation_size('search_entry')")
            (size,) = cursor.fetchone()
        return size


def _scores(cursor, text: str, candidates: list[Candidate]) -> dict[int, float]:
    """`ts_rank` of the first `base.CANDIDATES` matches (it reads their whole vectors)."""
    ids = [c.article_id for c in candidates[: base.CANDIDATES]]
    if not ids:
        return {}
    cursor.execute(
        "SELECT e.article_id, ts_rank(%s::float4[], e.document, %s::tsquery) FROM search_entry e "
        "WHERE e.article_id = ANY(%s)",
        [RANK_WEIGHTS, text, ids],
    )
    return {pk: float(score) for pk, score in cursor.fetchall()}
