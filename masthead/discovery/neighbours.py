"""Keeping every stored list exact when one story is published, edited, unpublished or deleted.

A change of a story S moves the lists that hold it, and those it may now enter (its reverse
neighbours). With a text model, a story is a candidate of X only if it is in X's pool, the
CANDIDATES + 1 stories most similar to X (`ranking.pool`). S's text similarity to every story,
before and after the change, takes one `similarities` call each (it is symmetric); each list
keeps a summary of its pool in its first ranked entry (`ranking.pool_summary`): the floor, the
least similarity among its entries (the weakest), and how many stories are more similar (above).

X is ranked again when its list holds or pins S; when S may now enter it (S reaches the floor,
and the list has room or S's best possible score, then its exact score, reaches the last entry);
when S joining the pool pushes the weakest entry out (above passes CANDIDATES); or when S may have
left the pool and the stories that came in instead could reach the list (`_look_again`).
Otherwise at most the summary is brought up to date. The floor kept can fall below the pool's
(S joined it below the weakest): it stays a lower bound, all that the rules ask of it, since the
pool's floor only falls when a story leaves it, and then the summary is computed again.

Only a story's own refresh swaps its vectors (other lists are ranked with those the index
holds), so its old vectors are what the other lists saw. Without a model the candidates are all
the stories sharing a tag (a young archive): the lists to rank are those holding S and those
sharing a tag with it. A refit, or more than REBUILD_ABOVE lists to rank, rebuild the language's
lists at once (`build.rebuild_language`).
"""

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from django.db.models import FloatField, Q
from django.db.models.fields.json import KT
from django.db.models.functions import Cast

from masthead.articles.models import Article, Tag
from masthead.discovery import build, ranking, semantic, vectors
from masthead.discovery.index import StoryIndex, index_for, kept_indexes
from masthead.discovery.models import PinnedStory, RelatedStory
from masthead.discovery.services import RELATED_KEPT, refresh_related

REBUILD_ABOVE = 500  # lists to rank again (or stories imported) past which the language is rebuilt
CLOSE = 1e-5  # a pair's similarity computed from either side differs in the last bits: too close to call
SCORE_CLOSE = 2e-4  # scores are stored rounded to four places
GROUP = 500  # lists read in one query


@dataclass
class Texts:
    """A story's text similarity to every other live story of its language, by story id."""

    ids: np.ndarray  # sorted
    values: np.ndarray

    def at(self, ids: np.ndarray) -> np.ndarray:
        """The similarity to each of `ids`; NaN where a story is not live."""
        out = np.full(len(ids), np.nan)
        if not len(self.ids):
            return out
        where = np.minimum(np.searchsorted(self.ids, ids), len(self.ids) - 1)
        found = self.ids[where] == ids
        out[found] = self.values[where[found]]
        return out


@dataclass
class Stored:
    """What the rules need of one stored list."""

    first: RelatedStory | None = None  # the first ranked entry, which holds the pool's summary
    last: tuple[float, int] | None = None  # the last ranked entry (score, id) of a full list
    has_room: bool = True  # False when pins fill it


def story_changed(article_id: int) -> int:
    """After a story was published or edited: rank its list, then every list it may have entered,
    left or moved in. Returns how many lists were ranked."""
    article = Article.objects.prefetch_related("tags").filter(pk=article_id).first()
    if article is None:
        return 0
    if not article.is_published:  # unpublished since: that refresh follows
        refresh_related(article_id=article_id)
        return 1
    language = article.language
    before = vectors.stored_version(language)
    kept = vectors.ensure_model(language)
    if kept is None:
        return _by_tags(article)
    version, model = kept
    if version != before:  # fitted now: every score changed
        return build.rebuild_language(language)
    index = _index(language, version, model)
    old = _texts(index, index.vectors_of(article_id), article_id)
    vectors.refresh_vector(article, version, model)
    index = _index(language, version, model)
    new = _texts(index, index.vectors_of(article_id), article_id)
    refresh_related(article_id=article_id)
    return 1 + _settle(language, article_id, index, old, new, _holders(article_id), story=article)


def story_unpublished(article_id: int) -> int:
    """After a story was unpublished (its vectors retired): its list goes, and every list it was
    in, or whose pool it was in, is ranked again as needed."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.is_published:  # deleted, or published again: handled there
        return 0
    refresh_related(article_id=article_id)
    vectors.update_vector(article)  # retired already, unless it went without a word
    kept = vectors.current_model(article.language)
    if kept is None:
        return 1 + _settle(article.language, article_id, None, None, None, _holders(article_id))
    index = _index(article.language, *kept)
    old = _texts(index, vectors.stored_vectors(article, *kept), article_id)
    return 1 + _settle(article.language, article_id, index, old, None, _holders(article_id))


def story_deleted(article_id: int, language: str, holders: list[int], vector: dict | None) -> int:
    """After a story was deleted: the lists that held it (`holders`, as recorded before the
    delete removed their entries), and those whose pool held its `vector`
    (`vectors.as_arguments`)."""
    kept = vectors.current_model(language)
    if kept is None:
        return _settle(language, article_id, None, None, None, set(holders))
    version, model = kept
    old = None
    if vector is not None and vector["version"] == version:
        mine = vectors.from_arguments(language, model, vector)
        old = _texts(_index(language, version, model), mine, article_id)
    # Its row is gone from the table, so the index would never see it retired: load it anew.
    kept_indexes[language].forget()
    return _settle(language, article_id, _index(language, version, model), old, None, set(holders))


def stories_imported(article_ids: list[int]) -> int:
    """After an import: story by story, or each language rebuilt at once past REBUILD_ABOVE."""
    by_language: dict[str, list[int]] = {}
    for pk, language in Article.objects.published().filter(pk__in=article_ids).values_list("pk", "language"):
        by_language.setdefault(language, []).append(pk)
    ranked = 0
    for language, ids in sorted(by_language.items()):
        if len(ids) <= REBUILD_ABOVE:
            ranked += sum(story_changed(pk) for pk in sorted(ids))
            continue
        before = vectors.stored_version(language)
        kept = vectors.ensure_model(language)  # a fit stores every story's vectors
        if kept is not None and kept[0] == before:
            vectors.vectorize(sorted(ids), *kept)
        ranked += build.rebuild_language(language)
    return ranked


def _settle(
    language: str,
    story_id: int,
    index: StoryIndex | None,
    old: Texts | None,
    new: Texts | None,
    holders: set[int],
    *,
    story: Article | None = None,
) -> int:
    """Rank again the lists that the change of one story moves: those in `holders`, and those
    its text similarities `old` and `new` say it may have entered or left. Returns how many."""
    affected = set(holders)
    if index is not None and (old is not None or new is not None):
        again, counted = _affected(index, story_id, old, new, story)
        affected |= again
        if counted:
            RelatedStory.objects.bulk_update(list(counted.values()), ["reasons"], batch_size=GROUP)
    elsewhere = set(
        Article.objects.filter(pk__in=affected).exclude(language=language).values_list("pk", flat=True)
    )  # a pin across languages
    if len(affected) - len(elsewhere) > REBUILD_ABOVE or (index is None and _tag_pools_may_fill(language)):
        ranked = build.rebuild_language(language) + _rank_again(elsewhere)
    else:
        ranked = _rank_again(affected)
    if vectors.stored_version(language) != (index.version if index is not None else None):
        ranked += build.rebuild_language(language)  # fitted meanwhile: every score changed
    return ranked


def _affected(
    index: StoryIndex, story_id: int, old: Texts | None, new: Texts | None, story: Article | None
) -> tuple[set[int], dict]:
    """The lists to rank again, and {id: first ranked entry with its pool's summary brought up
    to date} for the lists that only need that."""
    none = np.zeros(0, dtype=np.int64)
    ids = np.union1d(old.ids if old else none, new.ids if new else none)
    before = old.at(ids) if old else np.full(len(ids), np.nan)
    after = new.at(ids) if new else np.full(len(ids), np.nan)
    reach = np.fmax(before, after)
    # A list whose floor S never reaches cannot move (its weakest entry is above the floor).
    floors = _floors()
    near = np.flatnonzero((reach > 0) & (reach >= np.nan_to_num(floors.at(ids)) - CLOSE))
    allowed = story is not None and not story.is_sponsored
    again: set[int] = set()
    summaries: dict[int, tuple[Stored, dict]] = {}
    to_score: dict[int, tuple[float, float]] = {}  # id: (text, the last entry's score)
    to_look: dict[int, tuple[Stored, float]] = {}  # id: (list, S's similarity before)
    for start in range(0, len(near), GROUP):
        rows = near[start : start + GROUP]
        lists = _stored(ids[rows].tolist())
        for row in rows:
            pk, stored = int(ids[row]), lists.get(int(ids[row]), Stored())
            verdict = _verdict(stored, float(before[row]), float(after[row]), allowed)
            if verdict.again:
                again.add(pk)
                continue
            if verdict.score and stored.last is not None:
                to_score[pk] = (float(after[row]), stored.last[0])
            if verdict.look:
                to_look[pk] = (stored, float(before[row]))
            elif verdict.above is not None and stored.first is not None:
                summaries[pk] = (stored, {"pool_above": verdict.above})
    if to_score and story is not None:
        scores = _scores(story, {pk: text for pk, (text, _) in to_score.items()})
        again |= {pk for pk, score in scores.items() if score >= to_score[pk][1] - SCORE_CLOSE}
    for pk, (stored, then) in to_look.items():
        if pk not in again:
            summary = _look_again(index, pk, stored, story_id, then)
            if summary is None:
                again.add(pk)
            else:
                summaries[pk] = (stored, summary)
    changed = {}
    for pk, (stored, summary) in summaries.items():
        if pk not in again and stored.first is not None:
            stored.first.reasons = stored.first.reasons | summary
            changed[pk] = stored.first
    return again, changed


@dataclass
class Verdict:
    """What one list needs after S changed."""

    again: bool = False  # rank it again
    score: bool = False  # S may outscore its last entry: compute S's exact score there
    look: bool = False  # S may have left its pool: look at the pool afresh (`_look_again`)
    above: int | None = None  # its new `pool_above`, when only that changed


def _verdict(stored: Stored, before: float, after: float, allowed: bool) -> Verdict:
    """What one list needs, given S's text similarity to it before and after (NaN: not live)."""
    if not stored.has_room:
        return Verdict()
    if stored.first is None:
        return Verdict(again=True)  # no summary: no ranked entry, or a list stored before summaries
    summary = stored.first.reasons
    floor, weakest, above = summary["pool_floor"], summary["pool_weakest"], summary["pool_above"]
    if abs(before - weakest) <= CLOSE or abs(after - weakest) <= CLOSE:
        return Verdict(again=True)
    count = above - int(before > weakest) + int(after > weakest)
    if count > ranking.CANDIDATES:  # the weakest entry is pushed out of the pool
        return Verdict(again=True)
    verdict = Verdict(above=count if count != above else None)
    if allowed and after > 0 and after >= floor - CLOSE:
        if stored.last is None:
            return Verdict(again=True)
        verdict.score = ranking.ceiling(after) >= stored.last[0] - SCORE_CLOSE
    # S was perhaps in the pool, and is perhaps no longer: another story may have come in.
    verdict.look = before > 0 and before >= floor - CLOSE and not (after >= before or after >= weakest)
    return verdict


def _look_again(index: StoryIndex, pk: int, stored: Stored, story_id: int, before: float) -> dict | None:
    """After S (`story_id`, `before` as similar) may have left the pool of `pk`'s list: its
    pool's summary as ranking it again would store it, or None if a story that came into the
    pool might enter its ranked entries. Only S changed, so the pool before the change is the
    pool of the same similarities with S's as it was (taken a little higher: when in doubt, a
    story counts as come in)."""
    mine = index.vectors_of(pk)
    if mine is None or stored.first is None:
        return None
    scores = index.similarities(*mine)
    rows = ranking.pool(scores)
    summary = ranking.pool_summary(
        ranking.pool_floor(scores, rows), scores, stored.first.reasons["pool_weakest"]
    )
    if summary["pool_above"] > ranking.CANDIDATES:
        return None
    then = np.append(scores, np.float32(before + CLOSE))
    row = index.position.get(story_id)
    if row is not None:
        then[row] = -1.0
    came = np.setdiff1d(rows, ranking.pool(then))
    came = came[came != row]
    if len(came) and (
        stored.last is None or ranking.ceiling(scores[came].max()) >= stored.last[0] - SCORE_CLOSE
    ):
        return None
    return summary


def _floors() -> Texts:
    """The floor kept by every stored list; none for a list without one or whose first entry
    is a pin (taken as 0: such lists are read in full, and they are few)."""
    # One pass over the first entries, the floor read by the database (not decoded row by row).
    floor = Cast(KT("reasons__pool_floor"), FloatField())
    lists = RelatedStory.objects.filter(rank=0, reasons__has_key="pool_floor").order_by()
    rows = lists.values_list("article_id", floor)
    found = np.array(list(rows), dtype=np.float64).reshape(-1, 2)
    order = np.argsort(found[:, 0], kind="stable")
    return Texts(found[order, 0].astype(np.int64), found[order, 1])


def _stored(ids: list[int]) -> dict[int, Stored]:
    """The first and the last entries of these stories' lists, in one query."""
    lists: dict[int, Stored] = {}
    entries = (
        RelatedStory.objects.filter(article_id__in=ids)
        .filter(Q(reasons__has_key="pool_floor") | Q(rank__gte=RELATED_KEPT - 1))
        .order_by("article_id", "rank")
    )
    for entry in entries:
        stored = lists.setdefault(entry.article_id, Stored())
        if "pool_floor" in entry.reasons:
            stored.first = entry
        if entry.rank >= RELATED_KEPT - 1:  # the list is full; pins fill it if the last is one
            stored.has_room = not entry.reasons.get("pinned", False)
            stored.last = (entry.score, entry.related_id) if stored.has_room else None
    return lists


def _scores(story: Article, texts: dict[int, float]) -> dict[int, float]:
    """The score `story` would have in the list of each story of `texts` (its text similarity
    to them), as `ranking._blend` computes it from their side; stories whose list it may not
    enter (its translation) are left out."""
    rows = Article.objects.filter(pk__in=list(texts)).values_list(
        "pk", "section_id", "published_at", "translation_id"
    )
    their_tags: dict[int, set[int]] = {}
    through = Article.tags.through.objects.filter(article_id__in=list(texts))
    for article_id, tag_id in through.values_list("article_id", "tag_id"):
        their_tags.setdefault(article_id, set()).add(tag_id)
    weights = ranking.tag_weights(
        list(Tag.objects.filter(pk__in=set().union(*their_tags.values()))), story.language
    )
    mine = {tag.pk for tag in story.tags.all()}
    scores = {}
    for pk, section_id, published_at, translation_id in rows:
        if pk == story.translation_id or translation_id == story.pk:
            continue
        theirs = their_tags.get(pk, set()) & set(weights)
        share = sum(weights[t] for t in theirs & mine) / (sum(weights[t] for t in theirs) or 1.0)
        days = ranking.days_apart(story, published_at)
        scores[pk] = round(float(ranking.blended(texts[pk], share, section_id == story.section_id, days)), 4)
    return scores


def _by_tags(article: Article) -> int:
    """Without a text model: the lists holding the story and those of the stories sharing a tag."""
    sharing = Article.objects.published().filter(
        language=article.language, tags__in=[tag.pk for tag in article.tags.all()]
    )
    affected = {article.pk} | _holders(article.pk) | set(sharing.values_list("pk", flat=True))
    return _settle(article.language, article.pk, None, None, None, affected)


def _tag_pools_may_fill(language: str) -> bool:
    """Without a model, whether a list's candidates (the CANDIDATES stories sharing most of its
    tags) may leave some sharing stories out, so that a change moves lists sharing no tag with
    the story as it is now: only in an archive past CANDIDATES stories (its model is on its way)."""
    return Article.objects.published().filter(language=language).count() > ranking.CANDIDATES + 1


def _holders(article_id: int) -> set[int]:
    """The stories whose stored list holds this one, or that pin it (published again, it is
    shown first there)."""
    ids: set[int] = set()
    for model in (RelatedStory, PinnedStory):
        entries = model.objects.filter(related_id=article_id).order_by()
        ids.update(entries.values_list("article_id", flat=True))
    return ids


def _rank_again(ids: Iterable[int]) -> int:
    ids = sorted(set(ids))
    for pk in ids:
        refresh_related(article_id=pk, refresh_vector=False)
    return len(ids)


def _index(language: str, version: int, model: semantic.Semantics) -> StoryIndex:
    return index_for(language, version, model.concepts.shape[0])


def _texts(index: StoryIndex, mine: tuple | None, story_id: int) -> Texts | None:
    """A story's text similarity to every other live story of the index, from its vectors."""
    if mine is None:
        return None
    scores = index.similarities(*mine)
    live = index.live & (index.ids != story_id)
    ids, values = index.ids[live], scores[live].astype(np.float64)
    order = np.argsort(ids, kind="stable")
    return Texts(ids[order], values[order])
