"""The back office's start page: each member of the newsroom's desk, and the review loop."""

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from lxml import html as lxml_html

from masthead.articles import services
from masthead.articles.models import Article
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, SectionFactory, UserFactory
from masthead.articles.tests.test_admin_workflow import form_data
from masthead.readership.counting import add_counts, hour_of

pytestmark = pytest.mark.django_db
S = Article.Status
DESK = reverse("admin:index")
# A time of day when stories published in the last hours were published today (site time).
MID_MORNING = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def editor(db):
    return UserFactory(username="mariam", first_name="Mariam", last_name="Saleh", role="Editor")


@pytest.fixture
def writer(db):
    return UserFactory(username="layla", first_name="Layla", last_name="Haddad", role="Contributor")


def page(user, **headers):
    response = login(user).get(DESK, **headers)
    assert response.status_code == 200
    return lxml_html.fromstring(response.content.decode())


def headlines(doc, module: str) -> list[str]:
    return [a.text_content() for a in doc.xpath(f'//*[@id="{module}"]//tbody/tr/th/a')]


def module_text(doc, module: str) -> str:
    (found,) = doc.xpath(f'//*[@id="{module}"]')
    return " ".join(found.text_content().split())


def in_review(headline: str, *, by, minutes_ago: int, **fields) -> Article:
    return ArticleFactory(
        headline=headline,
        **fields,
        status=S.IN_REVIEW,
        published_at=None,
        created_by=by,
        submitted_by=by,
        submitted_at=timezone.now() - timedelta(minutes=minutes_ago),
    )


def test_an_editor_sees_the_review_queue_oldest_first_with_who_submitted_it_and_when(editor, writer):
    other = UserFactory(username="omar", role="Contributor")
    in_review("Port fees rise", by=writer, minutes_ago=30)
    oldest = in_review("Ministry names new auditor", by=other, minutes_ago=300)
    in_review("Heatwave closes schools", by=writer, minutes_ago=5)
    doc = page(editor)
    assert headlines(doc, "desk-review") == [
        "Ministry names new auditor",
        "Port fees rise",
        "Heatwave closes schools",
    ]
    (first_row,) = doc.xpath('//*[@id="desk-review"]//tbody/tr[1]')
    local = timezone.localtime(oldest.submitted_at)
    assert "omar" in first_row.text_content()
    assert first_row.xpath(".//time/@datetime") == [local.isoformat()]
    assert first_row.xpath(".//time")[0].text == local.strftime("%-d %b %Y, %H:%M")
    assert "Layla Haddad" in doc.xpath('//*[@id="desk-review"]//tbody/tr[2]')[0].text_content()


def test_the_schedule_is_soonest_first_and_leaves_out_what_is_already_live(editor):
    now = timezone.now()
    for headline, hours in [("Budget vote", 5), ("Cup final preview", 1), ("Election night", 30)]:
        ArticleFactory(headline=headline, status=S.SCHEDULED, published_at=now + timedelta(hours=hours))
    # Due a minute ago: readers see it already, whether or not the worker has flipped it yet.
    ArticleFactory(headline="Due already", status=S.SCHEDULED, published_at=now - timedelta(minutes=1))
    doc = page(editor)
    assert headlines(doc, "desk-scheduled") == ["Cup final preview", "Budget vote", "Election night"]
    assert "Due already" in headlines(doc, "desk-today")


def test_published_today_is_the_day_in_the_sites_time_zone(editor):
    # 00:30 on 10 March in Bahrain (UTC+3) is still 9 March in UTC.
    now = datetime(2026, 3, 9, 21, 30, tzinfo=UTC)
    ArticleFactory(headline="Just after midnight", published_at=datetime(2026, 3, 9, 21, 10, tzinfo=UTC))
    ArticleFactory(headline="Late last night", published_at=datetime(2026, 3, 9, 20, 50, tzinfo=UTC))
    ArticleFactory(
        headline="Pulled", status=S.UNPUBLISHED, published_at=datetime(2026, 3, 9, 21, 0, tzinfo=UTC)
    )
    with time_machine.travel(now, tick=False):
        doc = page(editor)
    assert headlines(doc, "desk-today") == ["Just after midnight"]


def test_an_editor_sees_their_own_drafts_and_nobody_elses(editor, writer):
    ArticleFactory(headline="My column", status=S.DRAFT, published_at=None, created_by=editor)
    ArticleFactory(headline="Layla's draft", status=S.DRAFT, published_at=None, created_by=writer)
    doc = page(editor)
    assert headlines(doc, "desk-drafts") == ["My column"]
    assert not doc.xpath('//*[@id="desk-sent-back"]')  # nothing of theirs came back


def test_a_translation_draft_on_the_desk_is_named_by_its_source_and_marked(editor):
    source = ArticleFactory(headline="Causeway reopens after repairs", language="en")
    draft = services.create_translation(article=source, by=editor)
    doc = page(editor)
    assert draft.headline == "" and draft.status == S.DRAFT
    assert headlines(doc, "desk-drafts") == ["Needs translation: Causeway reopens after repairs"]


def test_the_most_read_are_ranked_per_language_with_their_views(editor):
    quiet = ArticleFactory(headline="Quiet story")
    busy = ArticleFactory(headline="Busy story")
    arabic = ArticleFactory(headline="خبر مقروء", language="ar", slug="maqru")
    now = timezone.now()
    add_counts({(busy.pk, hour_of(now)): 1200, (quiet.pk, hour_of(now)): 30, (arabic.pk, hour_of(now)): 7})
    add_counts({(busy.pk, hour_of(now - timedelta(hours=30))): 5000})  # outside the last 24 hours
    doc = page(editor)
    tables = doc.xpath('//*[@id="desk-most-read"]//table')
    assert [[a.text_content() for a in t.xpath(".//tbody//a")] for t in tables] == [
        ["Busy story", "Quiet story"],
        ["خبر مقروء"],
    ]
    assert [td.text_content() for td in tables[0].xpath(".//tbody//td")] == ["1,200", "30"]


def test_lists_show_ten_and_link_to_the_whole_filtered_story_list(editor, writer):
    for n in range(12):
        in_review(f"Story waiting {n:02}", by=writer, minutes_ago=100 - n)
    doc = page(editor)
    assert headlines(doc, "desk-review") == [f"Story waiting {n:02}" for n in range(10)]
    assert doc.xpath('//*[@id="desk-review"]//*[@class="desk-count"]')[0].text == "12"
    (more,) = doc.xpath('//*[@id="desk-review"]//p[@class="desk-more"]/a')
    assert more.text == "See all 12"
    url = more.get("href")
    assert urlsplit(url).path == reverse("admin:articles_article_changelist")
    assert parse_qs(urlsplit(url).query) == {"status__exact": ["review"]}
    listed = login(editor).get(url)
    assert listed.status_code == 200
    assert listed.context["cl"].result_count == 12


@time_machine.travel(datetime(2026, 3, 10, 9, 0, tzinfo=UTC), tick=False)
def test_see_all_of_published_today_and_own_drafts_open_working_filters(editor):
    now = timezone.now()
    for n in range(11):
        ArticleFactory(headline=f"Out {n}", published_at=now - timedelta(minutes=n + 1))
        ArticleFactory(headline=f"Draft {n}", status=S.DRAFT, published_at=None, created_by=editor)
    ArticleFactory(headline="Yesterday's", published_at=now - timedelta(days=1))
    ArticleFactory(headline="Not mine", status=S.DRAFT, published_at=None)
    doc = page(editor)
    client = login(editor)
    today = client.get(doc.xpath('//*[@id="desk-today"]//p[@class="desk-more"]/a/@href')[0])
    assert sorted(a.headline for a in today.context["cl"].result_list) == sorted(
        f"Out {n}" for n in range(11)
    )
    drafts = client.get(doc.xpath('//*[@id="desk-drafts"]//p[@class="desk-more"]/a/@href')[0])
    assert sorted(a.headline for a in drafts.context["cl"].result_list) == sorted(
        f"Draft {n}" for n in range(11)
    )


@time_machine.travel(MID_MORNING, tick=False)  # an hour ago is today, in the site's time zone
def test_shortcuts_are_shown_only_to_those_allowed_to_use_them(editor):
    links = page(editor).xpath('//nav[@class="desk-shortcuts"]//a/@href')
    assert links == [
        reverse("admin:articles_article_add"),
        reverse("admin:articles_article_changelist") + "?status__exact=published",
        reverse("admin:newsletter_issue_add"),
        reverse("admin:redirects_missingpage_changelist"),
        reverse("admin:redirects_redirect_changelist"),
        "#all-sections",
    ]
    # Someone who publishes stories but has no say over the newsletter or the redirects.
    publisher = UserFactory(username="publisher")
    publisher.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles", codename__in=["view_article", "publish_article"]
        )
    )
    ArticleFactory(headline="Out now")
    doc = page(publisher)
    assert doc.xpath('//nav[@class="desk-shortcuts"]//a/@href') == ["#all-sections"]
    assert headlines(doc, "desk-today") == ["Out now"]
    assert not doc.xpath('//*[@class="desk-alert"]')


@time_machine.travel(MID_MORNING, tick=False)  # an hour ago is today, in the site's time zone
def test_an_editor_can_send_an_alert_from_a_story_published_today(editor):
    story = ArticleFactory(headline="Out now")
    doc = page(editor)
    assert doc.xpath('//*[@id="desk-today"]//a[@class="desk-alert"]/@href') == [
        reverse("admin:newsletter_issue_alert", args=[story.pk])
    ]


def test_a_contributor_sees_what_came_back_with_the_note_their_drafts_and_what_waits(editor, writer):
    returned = in_review("Harbour dredging", by=writer, minutes_ago=60)
    services.send_back(article=returned, by=editor, note="Two sources for the cost, please.\nAnd a map.")
    ArticleFactory(headline="Notes on the souq", status=S.DRAFT, published_at=None, created_by=writer)
    in_review("Waiting story", by=writer, minutes_ago=10)
    ArticleFactory(headline="Someone else's draft", status=S.DRAFT, published_at=None)
    ArticleFactory(headline="Published story", created_by=writer)
    doc = page(writer)
    assert headlines(doc, "desk-sent-back") == ["Harbour dredging"]
    assert "Mariam Saleh" in module_text(doc, "desk-sent-back")
    (note,) = doc.xpath('//*[@id="desk-sent-back"]//blockquote[@class="desk-note"]')
    assert [note.text, len(note.xpath("br")), note.xpath("br")[0].tail] == [
        "Two sources for the cost, please.",
        1,
        "And a map.",
    ]
    assert headlines(doc, "desk-drafts") == ["Notes on the souq"]
    assert headlines(doc, "desk-review") == ["Waiting story"]
    for module in ("desk-scheduled", "desk-today", "desk-most-read"):
        assert not doc.xpath(f'//*[@id="{module}"]')
    hrefs = doc.xpath('//nav[@class="desk-shortcuts"]//a/@href')
    assert hrefs == [reverse("admin:articles_article_add"), "#all-sections"]


def test_staff_who_write_no_stories_get_the_plain_start_page():
    seller = UserFactory(username="sales", role="Ad sales")
    doc = page(seller)
    assert not doc.xpath('//*[contains(@class, "desk")]')
    assert doc.xpath('//*[contains(@class, "app-ads")]')


def test_the_list_of_every_section_stays_below_the_desk(editor):
    doc = page(editor)
    (content,) = doc.xpath('//div[@id="content-main"]')
    assert content.xpath('.//h2[@id="all-sections"]/following::*[contains(@class, "app-articles")]')


@time_machine.travel(MID_MORNING, tick=False)  # an hour ago is today, in the site's time zone
def test_the_desk_in_arabic_is_right_to_left_with_arabic_names(editor):
    section = SectionFactory(slug="economy", name="Economy", name_ar="اقتصاد")
    ArticleFactory(headline="خبر اليوم", language="ar", slug="khabar", section=section)
    doc = page(editor, HTTP_ACCEPT_LANGUAGE="ar")
    assert doc.xpath("/html/@dir") == ["rtl"]
    (meta,) = doc.xpath('//*[@id="desk-today"]//*[@class="desk-meta"]')
    assert "اقتصاد" in meta.text_content()
    (link,) = doc.xpath('//*[@id="desk-today"]//tbody//a[@lang]')
    assert (link.get("lang"), link.get("dir")) == ("ar", "auto")


def busy_newsroom(editor, writer, n: int) -> None:
    """`n` stories in every list of both desks, each with its own section and people."""
    now = timezone.now()
    for i in range(n):
        section = SectionFactory()
        person = UserFactory(first_name=f"Person {i}")
        in_review(f"Review {i}", by=person, minutes_ago=i + 1, section=section)
        ArticleFactory(section=section, status=S.SCHEDULED, published_at=now + timedelta(hours=i + 1))
        for language in ("en", "ar"):
            live = ArticleFactory(section=section, language=language, published_at=now - timedelta(minutes=i))
            add_counts({(live.pk, hour_of(now)): i + 1})
        for owner in (editor, writer):
            ArticleFactory(section=section, status=S.DRAFT, published_at=None, created_by=owner)
            ArticleFactory(
                section=section,
                status=S.DRAFT,
                published_at=None,
                created_by=owner,
                review_note=f"Note {i}",
                review_note_by=person,
                review_note_at=now,
            )
        in_review(f"Mine {i}", by=writer, minutes_ago=i + 2)


def desk_queries(user) -> int:
    cache.clear()  # the most read ranking is kept for a minute
    client = login(user)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(DESK).status_code == 200
    return len(queries)


def test_a_desk_costs_the_same_queries_however_busy_the_newsroom(editor, writer, django_assert_num_queries):
    busy_newsroom(editor, writer, 1)
    few = desk_queries(editor), desk_queries(writer)
    busy_newsroom(editor, writer, 14)
    assert (desk_queries(editor), desk_queries(writer)) == few
    cache.clear()
    client = login(editor)
    # Session and user (2), permissions (2), the queues' totals (1), five lists (5), the most read
    # per language (2 x 4: pins, ranking, stories, bylines), their views (1), the admin's log (1).
    with django_assert_num_queries(20):
        client.get(DESK)
    client = login(writer)
    # Session, user, permissions (4), totals (1), three lists (3), the admin's log (1).
    with django_assert_num_queries(9):
        client.get(DESK)


def send_back_url(story: Article) -> str:
    return reverse("admin:articles_article_send_back", args=[story.pk])


def change_url(story: Article) -> str:
    return reverse("admin:articles_article_change", args=[story.pk])


def test_a_note_goes_back_to_the_writer_and_is_cleared_when_they_submit_again(editor, writer):
    writer_client, editor_client = login(writer), login(editor)
    response = writer_client.post(reverse("admin:articles_article_add"), form_data(status=S.IN_REVIEW))
    assert response.status_code == 302, response.context["adminform"].form.errors
    story = Article.objects.get()
    assert (story.submitted_by, story.status) == (writer, S.IN_REVIEW)

    form = editor_client.get(change_url(story)).content.decode()
    assert f'href="{send_back_url(story)}"' in form
    refused = editor_client.post(send_back_url(story), {"note": "   "})
    assert refused.status_code == 200 and refused.context["form"].errors["note"]
    assert Article.objects.get().status == S.IN_REVIEW
    sent = editor_client.post(send_back_url(story), {"note": "Name the <b>ministry</b>'s source."})
    assert sent.status_code == 302 and sent.url == DESK
    story.refresh_from_db()
    assert (story.status, story.review_note, story.review_note_by) == (
        S.DRAFT,
        "Name the <b>ministry</b>'s source.",
        editor,
    )

    # On the writer's desk, and atop the story's form before the headline, escaped.
    assert headlines(page(writer), "desk-sent-back") == [story.headline]
    form = writer_client.get(change_url(story)).content.decode()
    assert "Name the &lt;b&gt;ministry&lt;/b&gt;&#x27;s source." in form
    assert form.index("review-note") < form.index('name="headline"')

    resubmitted = writer_client.post(change_url(Article.objects.get()), form_data(story, status=S.IN_REVIEW))
    assert resubmitted.status_code == 302
    story.refresh_from_db()
    assert (story.status, story.review_note, story.review_note_by, story.submitted_by) == (
        S.IN_REVIEW,
        "",
        None,
        writer,
    )
    assert not page(writer).xpath('//*[@id="desk-sent-back"]//tbody')
    assert "review-note" not in writer_client.get(change_url(story)).content.decode()
    assert headlines(page(editor), "desk-review") == [story.headline]


def test_only_editors_send_back_and_only_stories_in_review(editor, writer):
    waiting = in_review("Waiting", by=writer, minutes_ago=5)
    # The writer may see the story (their own), not send it back to themselves.
    assert login(writer).post(send_back_url(waiting), {"note": "Fine by me"}).status_code == 403
    assert f'href="{send_back_url(waiting)}"' not in login(writer).get(change_url(waiting)).content.decode()
    draft = ArticleFactory(status=S.DRAFT, published_at=None, created_by=writer)
    response = login(editor).post(send_back_url(draft), {"note": "Too late"}, follow=True)
    assert "Only a story in review can be sent back" in response.content.decode()
    assert f'href="{send_back_url(draft)}"' not in login(editor).get(change_url(draft)).content.decode()
    draft.refresh_from_db()
    assert (draft.status, draft.review_note) == (S.DRAFT, "")
    with pytest.raises(PermissionDenied):
        services.send_back(article=waiting, by=writer, note="A note")
    with pytest.raises(ValidationError):
        services.send_back(article=waiting, by=editor, note="")
    waiting.refresh_from_db()
    assert (waiting.status, waiting.review_note) == (S.IN_REVIEW, "")


def test_the_workflow_notes_who_submitted_and_forgets_an_old_note(editor, writer):
    story = ArticleFactory(
        status=S.DRAFT,
        published_at=None,
        created_by=writer,
        review_note="Shorter, please",
        review_note_by=editor,
    )
    before = timezone.now()
    services.submit_for_review(article=story, by=writer)
    story.refresh_from_db()
    assert story.submitted_by == writer and story.submitted_at >= before
    assert (story.review_note, story.review_note_by, story.review_note_at) == ("", None, None)
    services.publish(article=story, by=editor)
    story.refresh_from_db()
    assert story.submitted_by == writer  # who handed it in stays on record
