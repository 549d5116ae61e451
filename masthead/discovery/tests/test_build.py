"""Building every story's list at once gives the lists ranking story by story gives."""

import random
from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, SectionFactory, TagFactory
from masthead.discovery import build, services, vectors
from masthead.discovery.models import PinnedStory, RelatedStory

pytestmark = pytest.mark.django_db

WORDS = {
    "port": [
        "dock",
        "workers",
        "strike",
        "container",
        "harbour",
        "cranes",
        "wages",
        "union",
        "ships",
        "terminal",
        "cargo",
    ],
    "football": [
        "football",
        "cup",
        "squad",
        "coach",
        "goalkeeper",
        "penalty",
        "final",
        "fans",
        "stadium",
        "league",
    ],
    "budget": [
        "budget",
        "parliament",
        "deficit",
        "subsidies",
        "finance",
        "minister",
        "taxes",
        "spending",
        "oil",
        "vote",
    ],
    "heat": [
        "heatwave",
        "temperatures",
        "hospitals",
        "water",
        "power",
        "outage",
        "schools",
        "summer",
        "warning",
    ],
}


def stored(article_id: int) -> list[tuple[int, float]]:
    rows = RelatedStory.objects.filter(article_id=article_id).order_by("rank")
    return list(rows.values_list("related_id", "score"))


def same_ignoring_ties(a: list[tuple[int, float]], b: list[tuple[int, float]]) -> bool:
    """The same stories in the same order, where stories with equal scores may change places
    (and the last places may differ among stories tied on the last score)."""
    if [round(s, 3) for _, s in a] != [round(s, 3) for _, s in b]:
        return False
    groups_a: dict[float, set[int]] = {}
    groups_b: dict[float, set[int]] = {}
    for pk, score in a:
        groups_a.setdefault(round(score, 3), set()).add(pk)
    for pk, score in b:
        groups_b.setdefault(round(score, 3), set()).add(pk)
    last = round(a[-1][1], 3) if a else None
    return all(groups_a[k] == groups_b[k] or k == last for k in groups_a)


def newsroom(seed: int, language: str = "en") -> list[Article]:
    """Sixty stories of four topics with their tags, sections, times, a sponsored story or two,
    translations, an unpublished story and pins: everything the score looks at."""
    rng = random.Random(seed)
    sections = [SectionFactory(slug=f"s{i}", name=f"Section {i}") for i in range(3)]
    tags = {topic: TagFactory(name=topic.title(), slug=f"{topic}-{seed}") for topic in WORDS}
    extra = [TagFactory(name=f"Extra {i}", slug=f"extra-{seed}-{i}") for i in range(4)]
    stories = []
    for n in range(60):
        topic = rng.choice(list(WORDS))
        words = rng.sample(WORDS[topic], 6) + rng.sample(WORDS[rng.choice(list(WORDS))], 2)
        story = ArticleFactory(
            language=language,
            headline=" ".join(words[:5]).capitalize(),
            slug=f"story-{seed}-{n}",
            dek="",
            body="<p>" + " ".join(rng.choices(words, k=30)) + ".</p>",
            section=rng.choice(sections),
            tags=[tags[topic], *rng.sample(extra, rng.randint(0, 2))] if rng.random() < 0.7 else [],
            published_at=timezone.now() - timedelta(hours=rng.randint(1, 2000)),
            is_sponsored=rng.random() < 0.05,
        )
        stories.append(story)
    ArticleFactory(language=language, status=Article.Status.DRAFT, published_at=None, headline="A draft")
    for a, b in zip(stories[:6:2], stories[1:6:2], strict=True):
        Article.objects.filter(pk=a.pk).update(translation=b)  # as linked by an import (one way)
    PinnedStory.objects.create(article=stories[10], related=stories[20], order=0)
    PinnedStory.objects.create(article=stories[10], related=stories[30], order=1)
    vectors.fit_language(language)
    return stories


@pytest.mark.parametrize(("seed", "block", "workers"), [(1, 256, 1), (2, 16, 1), (3, 16, 2)])
def test_the_whole_build_stores_what_ranking_each_story_stores(seed, block, workers, monkeypatch):
    """In one block, in many, and in many ranked by two processes."""
    monkeypatch.setattr(build, "BLOCK", block)
    stories = newsroom(seed)
    expected = {}
    for story in stories:
        services.refresh_related(article_id=story.pk)
        expected[story.pk] = stored(story.pk)
    RelatedStory.objects.all().delete()

    ranked = build.rebuild_language("en", workers=workers)

    assert ranked == len(stories)
    differing = [pk for pk in expected if not same_ignoring_ties(stored(pk), expected[pk])]
    assert not differing, [(pk, stored(pk), expected[pk]) for pk in differing[:3]]
    assert [pk for pk, _ in stored(stories[10].pk)[:2]] == [stories[20].pk, stories[30].pk]
    assert all(len(expected[pk]) == services.RELATED_KEPT for pk in expected)


def test_a_language_without_a_model_is_ranked_by_its_tags():
    tag = TagFactory(slug="harbour")
    few = [ArticleFactory(language="ar", tags=[tag]) for _ in range(3)]
    assert vectors.current_model("ar") is None
    assert build.rebuild_language("ar") == 3
    assert {pk for pk, _ in stored(few[0].pk)} == {few[1].pk, few[2].pk}
