"""Issues sent through a real SMTP server: digests per subscriber, alerts, refusals, exactly once."""

import base64
import io
import json
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, SectionFactory, UserFactory
from masthead.newsletter import mail, queueing, schedule, sending
from masthead.newsletter.backends import newsletter_connection
from masthead.newsletter.models import Delivery, Issue, Subscriber, Suppression
from masthead.newsletter.selectors import issue_stories
from masthead.newsletter.tests.factories import SubscriberFactory

# Serialized rollback: the suite's browser tests restore the database from it after these.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def html_of(message) -> str:
    return message.get_body(("html",)).get_content()


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


@pytest.fixture
def desk():
    """Stories of the last day in two sections and both languages, and a range of subscribers."""
    news, sport = SectionFactory(slug="news", name="News"), SectionFactory(slug="sport", name="Sport")
    now = timezone.now()
    stories = {
        "harbour": ArticleFactory(headline="Harbour reopens to cargo ships", section=news),
        "budget": ArticleFactory(headline="Council passes the budget", section=news),
        "final": ArticleFactory(headline="Muharraq win the cup final", section=sport),
        "arabic": ArticleFactory(language="ar", headline="افتتاح الميناء من جديد", slug="mina", section=news),
        "old": ArticleFactory(
            headline="Last week's story", section=news, published_at=now - timedelta(days=5)
        ),
        "sponsored": ArticleFactory(headline="Bank offers new loans", section=news, is_sponsored=True),
    }
    readers = {
        "all": SubscriberFactory(email="all@example.org"),
        "sport": SubscriberFactory(email="sport@example.org"),
        "arabic": SubscriberFactory(email="arabic@example.org", language="ar"),
        "weekly": SubscriberFactory(email="weekly@example.org", wants_daily=False, wants_weekly=True),
        "pending": SubscriberFactory(email="pending@example.org", status="pending", confirmed_at=None),
        "gone": SubscriberFactory(email="gone@example.org", status="unsubscribed"),
        "bounced": SubscriberFactory(email="bounced@example.org"),
    }
    readers["sport"].sections.set([sport])
    Suppression.objects.create(email="bounced@example.org", reason="bounced")
    return {"stories": stories, "readers": readers, "now": now}


def test_daily_digest_gives_each_subscriber_their_own_stories_once(smtp, desk):
    issues = queueing.queue_digests(kind="daily", slot_at=desk["now"])
    assert {i.language for i in issues} == {"en", "ar"}
    got = {m["To"]: m for m in smtp.messages}
    assert set(got) == {"all@example.org", "sport@example.org", "arabic@example.org"}
    assert len(smtp.messages) == 3

    everything = html_of(got["all@example.org"])
    assert "Harbour reopens to cargo ships" in everything and "Muharraq win the cup final" in everything
    assert "Last week" not in everything and "Bank offers" not in everything  # too old; sponsored
    sport = html_of(got["sport@example.org"])
    assert "Muharraq win the cup final" in sport and "Harbour reopens" not in sport
    arabic = got["arabic@example.org"]
    assert 'dir="rtl"' in html_of(arabic) and "افتتاح الميناء من جديد" in text_of(arabic)

    message = got["all@example.org"]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Unsubscribe"].strip().startswith("<http://127.0.0.1:8000/en/newsletter/unsubscribe/")
    delivery = Delivery.objects.get(subscriber=desk["readers"]["all"], issue__language="en")
    assert message["Message-ID"] == delivery.message_id and delivery.status == "sent"
    assert 'style="' in html_of(message) and "prefers-color-scheme: dark" in html_of(message)
    assert Issue.objects.filter(status="sent").count() == 2

    # Again, for the same slot: nothing is queued and nothing is sent twice.
    assert queueing.queue_digests(kind="daily", slot_at=desk["now"]) == []
    for issue in issues:
        assert sending.send_issue(issue_id=issue.pk) == 0
    assert len(smtp.messages) == 3


def test_next_digest_holds_only_what_is_new_and_nothing_is_sent_when_nothing_is(smtp, desk):
    queueing.queue_digests(kind="daily", slot_at=desk["now"])
    first = len(smtp.messages)
    section = desk["stories"]["harbour"].section
    ArticleFactory(headline="Desalination plant opens", section=section, published_at=timezone.now())
    later = timezone.now() + timedelta(minutes=1)
    queueing.queue_digests(kind="daily", slot_at=later)
    new = smtp.messages[first:]
    assert [m["To"] for m in new] == ["all@example.org"]  # sport and Arabic: nothing new for them
    assert "Desalination plant opens" in html_of(new[0]) and "Harbour reopens" not in html_of(new[0])
    skipped = Delivery.objects.filter(issue__slot_at=later, status="skipped")
    assert set(skipped.values_list("note", flat=True)) == {"nothing new"}


def test_breaking_alert_goes_to_alert_subscribers_in_the_story_language(smtp, desk):
    no_alerts = SubscriberFactory(email="quiet@example.org", wants_alerts=False)
    issue = queueing.queue_alert(article=desk["stories"]["harbour"])
    assert sorted(m["To"] for m in smtp.messages) == [
        "all@example.org",
        "sport@example.org",
        "weekly@example.org",
    ]
    assert smtp.messages[0]["Subject"] == "Breaking: Harbour reopens to cargo ships"
    assert no_alerts.email not in [m["To"] for m in smtp.messages]
    issue.refresh_from_db()
    assert issue.status == "sent"
    with pytest.raises(ValidationError):
        queueing.queue_alert(article=desk["stories"]["harbour"])  # never twice


def test_refused_recipients_fail_for_good_or_wait_for_a_retry(smtp, desk):
    smtp.refuse = {"all@example.org": "550 5.1.1 No such user", "sport@example.org": "451 4.3.0 Try later"}
    issue = queueing.queue_alert(article=desk["stories"]["harbour"])
    by_email = {
        d.subscriber.email: d for d in Delivery.objects.filter(issue=issue).select_related("subscriber")
    }
    assert by_email["all@example.org"].status == "failed" and "550" in by_email["all@example.org"].note
    assert Suppression.objects.filter(email="all@example.org", reason="rejected").exists()
    waiting = by_email["sport@example.org"]
    assert waiting.status == "pending" and waiting.lease_until > timezone.now() and waiting.attempts == 1
    assert [m["To"] for m in smtp.messages] == ["weekly@example.org"]
    issue.refresh_from_db()
    assert issue.status == "sending"  # not done while a retry waits

    # The retry comes due; the server has recovered.
    smtp.refuse = {}
    Delivery.objects.filter(pk=waiting.pk).update(lease_until=timezone.now() - timedelta(seconds=1))
    assert sending.send_issue(issue_id=issue.pk) == 1
    issue.refresh_from_db()
    assert issue.status == "sent" and len(smtp.to("sport@example.org")) == 1


def test_a_row_taken_over_by_another_sender_is_not_sent(smtp, desk):
    """The hand-over record fails, so the message is abandoned before its final dot."""
    issue = Issue.objects.create(kind="alert", article=desk["stories"]["harbour"], status="queued")
    sending.plan(issue.pk)
    sender = sending.Sender(issue)
    sender.digest, sender.composer = None, mail.IssueComposer(issue)
    sender.fixed_stories = issue_stories(issue, None, None)
    sender.connection = newsletter_connection()
    batch = sender.claim()
    Delivery.objects.filter(pk=batch[0].pk).update(claimed_by="another-sender")
    for delivery in batch:
        sender.send(delivery)
    sender.connection.close()
    received = sorted(m["To"] for m in smtp.messages)
    assert batch[0].subscriber.email not in received and len(received) == len(batch) - 1
    assert Delivery.objects.get(pk=batch[0].pk).status == "claimed"


def status_figures(issue: Issue) -> dict[str, int]:
    """An issue's figures as `masthead newsletter status` prints them: "label n; label n; …"."""
    out = io.StringIO()
    call_command("newsletter", "status", stdout=out)
    line = next(line for line in out.getvalue().splitlines() if line.startswith(f"#{issue.pk} "))
    parts = line.split("] ", 1)[1].split("; ")
    return {label: int(n) for label, n in (part.rsplit(" ", 1) for part in parts)}


def test_a_message_whose_reply_never_came_counts_as_handed_over_not_as_sent(smtp, desk):
    """The server read the whole message and hung up before answering: it may or may not deliver."""
    smtp.hang_up = {"sport@example.org"}
    issue = queueing.queue_alert(article=desk["stories"]["harbour"])
    lost = Delivery.objects.get(issue=issue, subscriber=desk["readers"]["sport"])
    assert lost.status == "handed" and lost.note.startswith("connection lost after hand-over")
    assert sorted(m["To"] for m in smtp.messages) == [
        "all@example.org",
        "sport@example.org",
        "weekly@example.org",
    ]
    issue.refresh_from_db()
    assert issue.status == "sent"
    assert sending.send_issue(issue_id=issue.pk) == 0 and len(smtp.messages) == 3  # never sent again

    figures = status_figures(issue)
    assert figures["sent"] == 2 and figures["handed over, not confirmed"] == 1

    client = login(UserFactory(username="chief", is_superuser=True))
    listing = client.get(reverse("admin:newsletter_issue_changelist")).text
    assert '<td class="field-sent_count">2</td>' in listing
    assert '<td class="field-unconfirmed_count">1</td>' in listing
    page = client.get(reverse("admin:newsletter_issue_change", args=[issue.pk])).text
    assert "<tr><th>sent</th><td>2</td></tr>" in page
    assert "<tr><th>handed over, not confirmed</th><td>1</td></tr>" in page


def test_stalled_issue_is_resumed_and_finished(smtp, desk, settings):
    issue = Issue.objects.create(kind="alert", article=desk["stories"]["harbour"], status="queued")
    sending.plan(issue.pk)
    # A sender died holding every row: its lease and heartbeat are old.
    past = timezone.now() - timedelta(seconds=settings.NEWSLETTER_LEASE_SECONDS + 5)
    Delivery.objects.filter(issue=issue).update(status="claimed", claimed_by="dead", lease_until=past)
    Issue.objects.filter(pk=issue.pk).update(heartbeat_at=past)
    assert queueing.resume_stalled() == [issue.pk]
    issue.refresh_from_db()
    assert issue.status == "sent" and len(smtp.messages) == 3
    assert queueing.resume_stalled() == []


def test_digests_are_queued_at_the_configured_local_time_once(settings, smtp, desk):
    settings.NEWSLETTER_DIGEST_TIME, settings.NEWSLETTER_WEEKLY_DAY = "07:00", "sunday"
    tz = timezone.get_current_timezone()
    from datetime import datetime

    before = datetime(2026, 11, 25, 6, 59, tzinfo=tz)  # a Wednesday
    assert schedule.latest_slot("daily", before) == datetime(2026, 11, 24, 7, 0, tzinfo=tz)
    at = datetime(2026, 11, 25, 7, 0, 30, tzinfo=tz)
    assert schedule.latest_slot("daily", at) == datetime(2026, 11, 25, 7, 0, tzinfo=tz)
    assert schedule.latest_slot("weekly", at) == datetime(2026, 11, 22, 7, 0, tzinfo=tz)
    # 06:59 is past yesterday's grace: nothing is queued; at 07:00:30 both languages are, once.
    assert schedule.queue_due_digests(before) == []
    assert len(schedule.queue_due_digests(at)) == 2
    assert schedule.queue_due_digests(at + timedelta(minutes=1)) == []


def test_provider_bounce_webhook_suppresses_the_address(settings, desk):
    settings.ANYMAIL = {"WEBHOOK_SECRET": "hook:secret"}
    issue = Issue.objects.create(kind="alert", article=desk["stories"]["harbour"], status="sent")
    delivery = Delivery.objects.create(
        issue=issue, subscriber=desk["readers"]["all"], status="sent", provider_id="883953f4-6105-42a2"
    )
    payload = {
        "RecordType": "Bounce",
        "ID": 4323372036854775807,
        "Type": "HardBounce",
        "TypeCode": 1,
        "MessageID": "883953f4-6105-42a2",
        "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found).",
        "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
        "Email": "all@example.org",
        "BouncedAt": "2026-11-25T09:00:00Z",
        "DumpAvailable": False,
        "Inactive": True,
        "CanActivate": True,
        "Subject": "Breaking",
    }
    auth = "Basic " + base64.b64encode(b"hook:secret").decode()
    url = "/anymail/postmark/tracking/"
    assert Client().post(url, json.dumps(payload), content_type="application/json").status_code == 400
    assert not Suppression.objects.filter(email="all@example.org").exists()  # unsigned: ignored
    response = Client().post(
        url, json.dumps(payload), content_type="application/json", HTTP_AUTHORIZATION=auth
    )
    assert response.status_code == 200
    assert Suppression.objects.get(email="all@example.org").reason == "bounced"
    delivery.refresh_from_db()
    assert delivery.status == "bounced"
    assert "all@example.org" not in Subscriber.objects.receiving("daily").values_list("email", flat=True)


def test_provider_api_backend_sends_each_once_and_matches_its_reports(settings, desk):
    """Through django-anymail (its test backend stands in for a paid provider's API)."""
    from anymail.signals import AnymailTrackingEvent, tracking
    from django.core import mail as outbox

    settings.NEWSLETTER_EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    issue = queueing.queue_alert(article=desk["stories"]["harbour"])
    sent = {m.to[0]: m for m in outbox.outbox}
    assert sorted(sent) == ["all@example.org", "sport@example.org", "weekly@example.org"]
    message = sent["all@example.org"]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    delivery = Delivery.objects.get(issue=issue, subscriber=desk["readers"]["all"])
    assert delivery.status == "sent" and delivery.provider_id == str(message.anymail_status.message_id)

    event = AnymailTrackingEvent(
        event_type="complained", recipient="all@example.org", message_id=delivery.provider_id
    )
    tracking.send(sender=object, event=event, esp_name="Test")
    delivery.refresh_from_db()
    assert delivery.status == "complained"
    assert Suppression.objects.get(email="all@example.org").reason == "complained"
    assert sending.send_issue(issue_id=issue.pk) == 0 and len(outbox.outbox) == 3


def test_unreachable_mail_server_pauses_the_issue_without_failing_anyone(smtp, desk, settings):
    port = settings.EMAIL_PORT
    from masthead.newsletter.tests.conftest import free_port

    settings.EMAIL_PORT = free_port()  # nothing listens there
    issue = queueing.queue_alert(article=desk["stories"]["harbour"])
    issue.refresh_from_db()
    assert issue.status == "sending" and not smtp.messages
    rows = Delivery.objects.filter(issue=issue)
    assert set(rows.values_list("status", flat=True)) == {"pending"}
    assert set(rows.values_list("attempts", flat=True)) == {0}

    settings.EMAIL_PORT = port  # the server is back; the clock resumes the issue
    Issue.objects.filter(pk=issue.pk).update(heartbeat_at=timezone.now() - timedelta(hours=1))
    assert queueing.resume_stalled() == [issue.pk]
    issue.refresh_from_db()
    assert issue.status == "sent" and len(smtp.messages) == 3


def test_misconfigured_digest_time_is_reported_by_check(settings):
    from django.core.checks import run_checks

    settings.NEWSLETTER_DIGEST_TIME, settings.NEWSLETTER_WEEKLY_DAY = "7am", "friyay"
    settings.NEWSLETTER_EMAIL_BACKEND = "anymail.backends.nowhere.EmailBackend"
    ids = {e.id for e in run_checks()}
    assert {"newsletter.E001", "newsletter.E002", "newsletter.E003"} <= ids
