"""Search on SQLite: an FTS5 table of analysed words, joined to the entries for the facets.

SQLite's own tokenizer splits Arabic words at vowel marks and folds none of the letters writers
use interchangeably, so the words are analysed in Python (`masthead.search.analysis`) and FTS5
only splits them at spaces. Each field has two columns: the words as written (normalised) and
their stems, so an exact form scores above another form of the same word.
"""

from __future__ import annotations

from django.db import connection

from masthead.search.analysis import Term
from masthead.search.backends import base
from masthead.search.backends.base import (
    TIE_DECIMALS,
    TIERS,
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
    forms = []
    for terms in clause.phrases:
        forms.append(f"{exact_columns} : {_phrase([t.exact for t in terms])}")
        if stem_columns is not None:
            forms.append(f"{stem_columns} : {_phrase([t.stem for t in terms])}")
    return "(" + " OR ".join(forms) + ")"


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
        """One statement: the matches with their tiers, the facet counts, the first candidates by
        tier and date, and bm25 of the first `base.CANDIDATES` of them alone (ranked by
        `base.ranked_page`, as PostgreSQL ranks them)."""
        match = match_expression(query)
        scope = facet_filters(filters) if counts else filters
        conditions, params = entry_conditions(scope)
        page_conditions, page_params = page_filters(filters, scope)
        where = " AND ".join([f"{TABLE} MATCH %s", *conditions])
        order = "published_at DESC, article_id DESC"
        tier_params: list = []
        if newest:
            tier = "0"  # the order needs no tiers
        else:
            order = "tier DESC, " + order
            # Only for the page's matches: the counts take in other languages and sections too.
            # Each tier is an IN over its own match: SQLite computes each set once per statement.
            on_page, on_page_params = page_filters(filters, scope, alias="e")
            tiers = " + ".join(
                f"(e.article_id IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s))" for _ in TIERS
            )
            tier = f"CASE WHEN {on_page} THEN {tiers} END"
            tier_params = [*on_page_params, *tier_expressions(query)]
        window = base.window(newest=newest, offset=offset, limit=limit)
        # CROSS JOIN keeps the match first: otherwise a narrow facet (a date range) can lead SQLite
        # to walk the entries and re-run the match for each.
        statement = (
            "WITH m AS MATERIALIZED (SELECT e.article_id, e.published_at, e.section_id, e.language, "
            f"{tier} AS tier FROM {TABLE} CROSS JOIN search_entry e ON e.article_id = {TABLE}.rowid "
            f"WHERE {where}), "
            f"top AS MATERIALIZED (SELECT article_id, tier, published_at FROM m WHERE {page_conditions} "
            f"ORDER BY {order} LIMIT %s)"
        )
        statement_params = [*tier_params, match, *params, *page_params, window]
        if newest or offset >= base.CANDIDATES:
            statement += f" SELECT * FROM (SELECT article_id, tier, NULL, NULL, 0 FROM top ORDER BY {order})"
        else:
            # bm25 reads each match's word positions: only the candidates' are read. The match runs
            # again for them (bm25 needs its cursor); `+rowid` keeps SQLite from handing FTS5 the
            # ids one at a time, each a new query that would count every word's matches again.
            weights = ", ".join(str(w) for w in WEIGHTS)
            statement += (
                f", scored AS MATERIALIZED (SELECT rowid AS article_id, bm25({TABLE}, {weights}) AS score "
                f"FROM {TABLE} WHERE {TABLE} MATCH %s AND +rowid IN "
                f"(SELECT article_id FROM top ORDER BY {order} LIMIT %s)) "
                "SELECT * FROM (SELECT top.article_id, top.tier, scored.score, NULL, 0 FROM top "
                "LEFT JOIN scored ON scored.article_id = top.article_id "
                "ORDER BY top.tier DESC, top.published_at DESC, top.article_id DESC)"
            )
            statement_params += [match, base.CANDIDATES]
        if counts:
            statement += base.COUNTS_OF_MATCHES
        with connection.cursor() as cursor:
            cursor.execute(statement, statement_params)
            rows = cursor.fetchall()
        candidates = [Candidate(pk, tier) for pk, tier, _, _, _ in rows if pk is not None]
        # bm25 is lower for better matches; scaled to about ts_rank's size, higher is better.
        scores = {pk: -score / 100 for pk, _, score, _, _ in rows if pk is not None and score is not None}
        return page_of_hits(
            rows,
            candidates,
            scores,
            filters,
            newest=newest,
            counts=counts,
            offset=offset,
            limit=limit,
            decimals=TIE_DECIMALS + 2,
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
