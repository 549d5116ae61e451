"""Related stories by meaning, ranked in a real database: who is chosen, who never is, and why."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from masthead.articles import services as article_services
from masthead.articles.models import Article
from masthead.articles.tests.factories import ArticleFactory, SectionFactory, TagFactory
from masthead.discovery import services, vectors
from masthead.discovery.models import PinnedStory, RelatedStory, StoryVector
from masthead.discovery.ranking import related_by_meaning

pytestmark = pytest.mark.django_db

TOPICS = {
    "port": [
        "Dock workers strike at the container port as wage talks collapse",
        "Ships queue outside the harbour while the dockers' strike enters its third day",
        "Port authority and dock unions agree to resume wage talks",
        "Cranes idle at the container terminal as the port strike spreads",
    ],
    "football": [
        "The national football team wins the regional cup on penalties",
        "Fans fill the streets to welcome the cup-winning football squad",
        "Football coach names an unchanged squad for the cup final",
        "Goalkeeper's penalty save decides the football cup semi-final",
    ],
    "budget": [
        "Parliament debates the budget and cuts to fuel subsidies",
        "Finance minister defends the budget deficit target before parliament",
        "Fuel subsidy reform passes its first budget vote in parliament",
        "Economists question the budget's oil price assumption",
    ],
}


def newsroom(language="en"):
    """Twelve stories on three topics, with a tag per topic; the model fitted on them."""
    news = SectionFactory(slug="news", name="News")
    stories = {}
    for topic, headlines in TOPICS.items():
        tag = TagFactory(name=topic.title(), slug=f"{topic}-{language}")
        stories[topic] = [
            ArticleFactory(
                language=language,
                headline=headline,
                slug=f"{topic}-{language}-{n}",
                dek="",
                body=f"<p>{headline}. More on this story as it develops.</p>",
                section=news,
                tags=[tag],
                published_at=timezone.now() - timedelta(days=n),
            )
            for n, headline in enumerate(headlines)
        ]
    vectors.fit_language(language)
    return stories


def ranked_ids(article, limit=6):
    return [r.article_id for r in related_by_meaning(article, limit)]


def test_the_stories_on_the_same_topic_come_first_with_their_reasons():
    stories = newsroom()
    for topic, group in stories.items():
        for article in group:
            top = ranked_ids(article, 3)
            assert set(top) == {a.pk for a in group if a != article}, (topic, article.headline)
    first = related_by_meaning(stories["port"][0], 1)[0]
    assert first.reasons["similarity"] > 0 and first.reasons["shared_tags"] == ["Port"]
    assert first.reasons["same_section"] is True


def test_never_itself_its_translation_a_sponsored_or_an_unpublished_story():
    stories = newsroom()
    port = stories["port"]
    story = port[0]
    port[1].is_sponsored, port[1].sponsor_name = True, "Shipping Co"
    port[1].save()
    Article.objects.filter(pk=port[2].pk).update(status=Article.Status.DRAFT)
    Article.objects.filter(pk=port[3].pk).update(translation=story)  # its translation, say
    chosen = ranked_ids(story, 11)
    assert story.pk not in chosen
    assert not {port[1].pk, port[2].pk, port[3].pk} & set(chosen)
    assert len(chosen) == 8  # everything else is still there


def test_arabic_stories_get_arabic_neighbours_by_meaning():
    english = newsroom("en")
    arabic_texts = {
        "port": [
            "إضراب عمال الميناء بعد انهيار محادثات الأجور",
            "السفن تنتظر خارج الميناء مع استمرار إضراب العمال",
        ],
        "football": [
            "المنتخب الوطني لكرة القدم يفوز بالكأس",
            "الجماهير تستقبل منتخب كرة القدم الفائز بالكأس",
        ],
        "budget": [
            "البرلمان يناقش الميزانية ودعم الوقود",
            "وزير المالية يدافع عن عجز الميزانية أمام البرلمان",
        ],
    }
    arabic = {
        topic: [
            ArticleFactory(
                language="ar", headline=text, slug=f"ar-{topic}-{n}", dek="", body=f"<p>{text}</p>"
            )
            for n, text in enumerate(texts)
        ]
        for topic, texts in arabic_texts.items()
    }
    vectors.fit_language("ar")
    for topic, (first, second) in arabic.items():
        top = ranked_ids(first, 5)
        assert top[0] == second.pk, topic
        assert not set(top) & {a.pk for group in english.values() for a in group}


def test_pinned_stories_come_first_in_the_editors_order_even_sponsored(settings):
    stories = newsroom()
    story = stories["port"][0]
    advert = stories["budget"][3]
    advert.is_sponsored, advert.sponsor_name = True, "Bank"
    advert.save()
    PinnedStory.objects.create(article=story, related=advert, order=0)
    PinnedStory.objects.create(article=story, related=stories["football"][0], order=1)
    stored = services.refresh_related(article_id=story.pk)
    assert stored[:2] == [advert.pk, stories["football"][0].pk]
    assert set(stored[2:5]) == {a.pk for a in stories["port"][1:]}
    assert RelatedStory.objects.get(article=story, related=advert).reasons == {"pinned": True}
    assert len(stored) == len(set(stored))


def test_an_edited_story_is_ranked_by_its_new_text():
    stories = newsroom()
    story = stories["budget"][0]
    assert set(ranked_ids(story, 3)) == {a.pk for a in stories["budget"][1:]}
    story.headline = "Dockers and the port authority trade blame as the harbour strike drags on"
    story.body = "<p>Container ships wait; the port strike and the wage talks go nowhere.</p>"
    story.tags.set([])
    story.save()
    assert set(ranked_ids(story, 3)) <= {a.pk for a in stories["port"]}


def test_a_story_published_elsewhere_reaches_this_process_index():
    stories = newsroom()
    ranked_ids(stories["port"][0])  # loads this process's index
    late = ArticleFactory(
        headline="Dockers return to the container port as the strike ends with a wage deal",
        slug="strike-ends",
        dek="",
        body="<p>The port strike is over.</p>",
    )
    vectors.update_vector(late)  # as another worker would, on publication
    assert late.pk in ranked_ids(stories["port"][0], 4)


def test_an_unpublished_story_leaves_the_index(django_capture_on_commit_callbacks):
    stories = newsroom()
    gone = stories["port"][1]
    with django_capture_on_commit_callbacks(execute=True):
        article_services.transition(article=gone, target=Article.Status.UNPUBLISHED, by=editor())
    assert StoryVector.objects.get(article=gone).is_live is False
    assert gone.pk not in ranked_ids(stories["port"][0], 11)


def test_without_a_text_model_the_ranking_falls_back_to_shared_tags():
    tag = TagFactory(name="Pearling", slug="pearling")
    a = ArticleFactory(slug="a", tags=[tag])
    b = ArticleFactory(slug="b", tags=[tag])
    ArticleFactory(slug="c")
    assert ranked_ids(a) == [b.pk]  # too few stories for a model: tags, section and time decide


def test_the_related_command_prints_each_entry_with_its_reasons(capsys):
    stories = newsroom()
    call_command("related", stories["football"][0].slug)
    out = capsys.readouterr().out
    assert "The national football team wins the regional cup" in out.splitlines()[0]
    assert "text similarity" in out and "shared tags: Football" in out
    with pytest.raises(CommandError, match="No story"):
        call_command("related", "no-such-story")


def editor():
    from masthead.articles.tests.factories import UserFactory

    return UserFactory(username="desk", role="Editor")
