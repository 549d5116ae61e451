"""The newsletter's back office: subscriber export and growth, issues' figures, preview, tests, sending."""

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from masthead.articles.models import Article
from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, SectionFactory, UserFactory
from masthead.newsletter.models import Delivery, Issue, Subscriber, Suppression
from masthead.newsletter.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

DESK = [
    "newsletter.view_subscriber",
    "newsletter.add_issue",
    "newsletter.change_issue",
    "newsletter.view_issue",
    "newsletter.add_suppression",
    "newsletter.view_suppression",
]


def staff(username: str, *perms: str, role: str | None = None):
    """A staff user holding exactly these permissions ("app.codename"), on top of a role if given."""
    user = UserFactory(username=username, role=role)
    for name in perms:
        app_label, codename = name.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


def csv_rows(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def edition(**fields) -> Issue:
    defaults = {"subject": "The week in the Gulf", "body": "<p>A note from the editors on the budget.</p>"}
    return Issue.objects.create(kind=Issue.Kind.EDITION, **{**defaults, **fields})


# --- Subscribers ---------------------------------------------------------------------------------


def test_csv_export_follows_the_changelists_filter_and_search_and_defuses_formulas():
    sport = SectionFactory(slug="sport", name="=Sport")
    formula = SubscriberFactory(email="=cmd|'/c calc'!a1@example.org", language="ar")
    formula.sections.set([sport])
    SubscriberFactory(email="reader@example.org")
    SubscriberFactory(email="waiting@example.org", status=Subscriber.Status.PENDING, confirmed_at=None)
    client = login(staff("desk", *DESK))
    changelist = reverse("admin:newsletter_subscriber_changelist")

    # The button carries the changelist's own query string to the export.
    page = client.get(changelist, {"status__exact": "confirmed"}).text
    assert 'href="/admin/newsletter/subscriber/export/?status__exact=confirmed"' in page

    response = client.get(reverse("admin:newsletter_subscriber_export"), {"status__exact": "confirmed"})
    assert response["Content-Type"].startswith("text/csv")
    header, *rows = csv_rows(response)
    assert header[:3] == ["email", "language", "status"] and len(header) == 10
    assert {row[0] for row in rows} == {"'=cmd|'/c calc'!a1@example.org", "reader@example.org"}
    quoted = next(row for row in rows if row[1] == "ar")
    assert quoted[6] == "'=Sport" and quoted[2] == "confirmed" and quoted[3:6] == ["1", "0", "1"]

    searched = client.get(reverse("admin:newsletter_subscriber_export"), {"q": "waiting"})
    assert [row[0] for row in csv_rows(searched)[1:]] == ["waiting@example.org"]


def test_csv_export_action_exports_the_selected_subscribers():
    chosen = SubscriberFactory(email="chosen@example.org")
    SubscriberFactory(email="other@example.org")
    client = login(staff("desk", *DESK))
    response = client.post(
        reverse("admin:newsletter_subscriber_changelist"),
        {"action": "export_selected", "_selected_action": [chosen.pk]},
    )
    assert [row[0] for row in csv_rows(response)[1:]] == ["chosen@example.org"]


def test_export_needs_the_view_permission():
    client = login(staff("nobody"))
    assert client.get(reverse("admin:newsletter_subscriber_export")).status_code == 403


def test_subscriber_changelist_shows_the_growth_of_the_last_90_days():
    now = timezone.now()
    SubscriberFactory(confirmed_at=now - timedelta(days=200))
    SubscriberFactory(confirmed_at=now - timedelta(days=30))
    SubscriberFactory(confirmed_at=now - timedelta(days=3))
    SubscriberFactory(
        confirmed_at=now - timedelta(days=40),
        unsubscribed_at=now - timedelta(days=2),
        status=Subscriber.Status.UNSUBSCRIBED,
    )
    html = login(staff("desk", *DESK)).get(reverse("admin:newsletter_subscriber_changelist")).text
    assert 'class="views-chart"' in html and html.count("<rect ") == 90
    assert "Subscribed readers per day, last 90 days" in html
    assert "3 subscribed now; +2 in 90 days" in html


def test_subscribers_are_not_signed_up_from_the_back_office():
    client = login(staff("desk", *DESK, "newsletter.add_subscriber"))
    assert client.get(reverse("admin:newsletter_subscriber_add")).status_code == 403


# --- Issues: list and form -----------------------------------------------------------------------


def sent_issue(subject: str, readers: list[Subscriber]) -> Issue:
    issue = edition(subject=subject, status=Issue.Status.SENT, queued_at=timezone.now())
    S = Delivery.Status
    statuses = [S.SENT, S.SENT, S.FAILED, S.BOUNCED]
    Delivery.objects.bulk_create(
        Delivery(
            issue=issue,
            subscriber=reader,
            status=status,
            note="550 No such user" if status == S.FAILED else "",
            unsubscribed_at=timezone.now() if i == 0 else None,
        )
        for i, (reader, status) in enumerate(zip(readers, statuses, strict=True))
    )
    return issue


def test_issue_list_shows_figures_in_a_constant_number_of_queries():
    readers = SubscriberFactory.create_batch(4)
    sent_issue("First", readers)
    client = login(staff("desk", *DESK))
    url = reverse("admin:newsletter_issue_changelist")
    client.get(url)  # the session and permissions, cached once
    with CaptureQueriesContext(connection) as one:
        html = client.get(url).text
    assert '<td class="field-sent_count">3</td>' in html  # a bounce was handed over first
    assert '<td class="field-failed_count">1</td>' in html
    assert '<td class="field-bounced_count">1</td>' in html
    assert '<td class="field-unsubscribed_count">1</td>' in html

    for n in range(5):
        sent_issue(f"More {n}", readers)
    edition(subject="A draft")
    with CaptureQueriesContext(connection) as seven:
        html = client.get(url).text
    assert html.count('<td class="field-sent_count">3</td>') == 6
    assert len(seven.captured_queries) == len(one.captured_queries)


def test_a_queued_issue_is_read_only_and_shows_its_figures_and_failures():
    issue = sent_issue("Gone out", SubscriberFactory.create_batch(4))
    draft = edition(subject="Still a draft")
    client = login(staff("desk", *DESK))

    assert 'name="subject"' in client.get(reverse("admin:newsletter_issue_change", args=[draft.pk])).text
    html = client.get(reverse("admin:newsletter_issue_change", args=[issue.pk])).text
    assert 'name="subject"' not in html and 'name="_save"' not in html
    assert '<table class="issue-figures">' in html and "550 No such user" in html
    assert "Send now" not in html

    response = client.post(
        reverse("admin:newsletter_issue_change", args=[issue.pk]), {"subject": "Changed", "language": "en"}
    )
    assert response.status_code == 403
    issue.refresh_from_db()
    assert issue.subject == "Gone out"


def test_editor_writes_an_edition_with_stories():
    story = ArticleFactory(headline="Harbour reopens")
    user = staff("desk", *DESK)
    response = login(user).post(
        reverse("admin:newsletter_issue_add"),
        {
            "language": "en",
            "subject": "Weekend reading",
            "preheader": "Five stories",
            "body": "<p>Hello</p>",
            "stories": [story.pk],
        },
    )
    assert response.status_code == 302
    issue = Issue.objects.get(subject="Weekend reading")
    assert issue.kind == Issue.Kind.EDITION and issue.status == Issue.Status.DRAFT
    assert issue.created_by == user and list(issue.stories.all()) == [story]


# --- Issues: preview, test, send ---------------------------------------------------------------


def test_preview_shows_the_mail_as_subscribers_get_it():
    issue = edition()
    issue.stories.set([ArticleFactory(headline="Harbour reopens to cargo ships")])
    html = login(staff("desk", *DESK)).get(reverse("admin:newsletter_issue_preview", args=[issue.pk])).text
    srcdoc = html.split('srcdoc="', 1)[1].split('"', 1)[0]
    assert "A note from the editors on the budget." in srcdoc
    assert "Harbour reopens to cargo ships" in srcdoc
    assert "<p>" not in srcdoc  # escaped into the attribute, never run as the admin's own page


HOSTILE = '<img src=x onerror="alert(1)">'


@pytest.mark.parametrize("kind", [Issue.Kind.EDITION, Issue.Kind.DAILY, Issue.Kind.ALERT])
def test_preview_never_turns_a_headline_dek_or_subject_into_markup(kind):
    story = ArticleFactory(headline=f"Harbour {HOSTILE} reopens", dek=f"Ships {HOSTILE} return")
    if kind == Issue.Kind.ALERT:
        issue = Issue.objects.create(kind=kind, article=story, subject=f"Alert {HOSTILE}")
    elif kind == Issue.Kind.DAILY:
        issue = Issue.objects.create(kind=kind, subject=f"Digest {HOSTILE}")
    else:
        issue = edition(subject=f"Edition {HOSTILE}", preheader=f"Read {HOSTILE}")
        issue.stories.set([story])
    html = login(staff("desk", *DESK)).get(reverse("admin:newsletter_issue_preview", args=[issue.pk])).text
    assert "Harbour &lt;img" in html  # the plain-text part lists the story, escaped
    # Outside the sandboxed frame (whose markup sits escaped in one attribute), no element came in.
    outside = html.split('srcdoc="', 1)[0] + html.split('srcdoc="', 1)[1].split('"', 1)[1]
    assert "<img src=x" not in outside and "onerror=" not in outside.replace("onerror=&quot;", "")


def test_send_test_mails_one_marked_copy_and_counts_nowhere():
    issue = edition()
    client = login(staff("desk", *DESK))
    url = reverse("admin:newsletter_issue_test", args=[issue.pk])
    assert 'value="desk@newsroom.test"' in client.get(url).text

    response = client.post(url, {"to": "Checker@Newsroom.test"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "[Test] The week in the Gulf"
    assert mail.outbox[0].to == ["checker@newsroom.test"]
    assert not Delivery.objects.exists()
    issue.refresh_from_db()
    assert issue.status == Issue.Status.DRAFT


def test_send_test_to_a_bad_address_says_so_and_sends_nothing():
    issue = edition()
    response = login(staff("desk", *DESK)).post(
        reverse("admin:newsletter_issue_test", args=[issue.pk]), {"to": "not an address"}
    )
    assert response.status_code == 200 and "Enter a valid email address" in response.text
    assert mail.outbox == []


def test_send_test_needs_the_change_permission():
    issue = edition()
    client = login(staff("reader", "newsletter.view_issue"))
    assert (
        client.post(reverse("admin:newsletter_issue_test", args=[issue.pk]), {"to": "a@b.org"}).status_code
        == 403
    )
    assert mail.outbox == []


def test_send_now_confirms_then_sends_the_edition_to_confirmed_subscribers(
    django_capture_on_commit_callbacks,
):
    SubscriberFactory(email="one@example.org")
    SubscriberFactory(email="two@example.org", wants_daily=False, wants_alerts=False)
    SubscriberFactory(email="arabic@example.org", language="ar")
    SubscriberFactory(email="waiting@example.org", status=Subscriber.Status.PENDING, confirmed_at=None)
    issue = edition()
    client = login(staff("chief", *DESK, "newsletter.send_issue"))
    url = reverse("admin:newsletter_issue_send", args=[issue.pk])

    assert "It goes to 2 subscribers reading in English." in client.get(url).text
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT
    assert sorted(m.to[0] for m in mail.outbox) == ["one@example.org", "two@example.org"]
    assert all(m.subject == "The week in the Gulf" for m in mail.outbox)

    again = client.post(url, follow=True)
    assert "This issue was already sent or queued." in again.text
    assert len(mail.outbox) == 2


def test_send_now_needs_the_send_permission():
    SubscriberFactory()
    issue = edition()
    client = login(staff("desk", *DESK))
    assert "Send now" not in client.get(reverse("admin:newsletter_issue_change", args=[issue.pk])).text
    assert client.post(reverse("admin:newsletter_issue_send", args=[issue.pk])).status_code == 403
    issue.refresh_from_db()
    assert issue.status == Issue.Status.DRAFT


# --- Breaking alerts from a story ------------------------------------------------------------------


def test_breaking_alert_from_the_story_needs_the_send_permission():
    story = ArticleFactory(headline="Storm closes the causeway")
    # Editors may send (migration 0003); a desk account that may only edit stories may not.
    client = login(
        staff("desk", "articles.view_article", "articles.change_article", "articles.edit_any_article")
    )
    page = client.get(reverse("admin:articles_article_change", args=[story.pk])).text
    assert "Send as breaking alert" not in page
    assert client.post(reverse("admin:newsletter_issue_alert", args=[story.pk])).status_code == 403
    assert not Issue.objects.exists()


def test_editor_with_the_permission_sends_a_breaking_alert(django_capture_on_commit_callbacks):
    story = ArticleFactory(headline="Storm closes the causeway")
    SubscriberFactory(email="alerts@example.org")
    SubscriberFactory(email="quiet@example.org", wants_alerts=False)
    SubscriberFactory(email="arabic@example.org", language="ar")
    client = login(staff("chief", role="Editor"))
    alert_url = reverse("admin:newsletter_issue_alert", args=[story.pk])

    page = client.get(reverse("admin:articles_article_change", args=[story.pk])).text
    assert f'href="{alert_url}"' in page
    confirm = client.get(alert_url).text
    assert "Storm closes the causeway" in confirm and "It goes to 1 subscriber reading in English." in confirm

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(alert_url)
    assert response["Location"] == reverse("admin:articles_article_change", args=[story.pk])
    issue = Issue.objects.get(kind=Issue.Kind.ALERT, article=story)
    assert issue.status == Issue.Status.SENT and issue.created_by.username == "chief"
    assert [m.to for m in mail.outbox] == [["alerts@example.org"]]
    assert mail.outbox[0].subject == "Breaking: Storm closes the causeway"


def test_a_draft_story_is_not_sent_as_an_alert():
    story = ArticleFactory(status=Article.Status.DRAFT, published_at=None)
    client = login(staff("chief", role="Editor"))
    assert (
        "Send as breaking alert"
        not in client.get(reverse("admin:articles_article_change", args=[story.pk])).text
    )
    response = client.post(reverse("admin:newsletter_issue_alert", args=[story.pk]), follow=True)
    assert "Only a published story can be sent as an alert." in response.text
    assert not Issue.objects.exists()


# --- Suppression list ----------------------------------------------------------------------------


def test_operator_blocks_an_address_as_the_sender_compares_it():
    client = login(staff("desk", *DESK))
    add = reverse("admin:newsletter_suppression_add")
    assert 'value="manual" selected' in client.get(add).text
    response = client.post(add, {"email": " Someone@Example.COM ", "reason": "manual", "detail": "asked"})
    assert response.status_code == 302
    assert Suppression.objects.get().email == "someone@example.com"
