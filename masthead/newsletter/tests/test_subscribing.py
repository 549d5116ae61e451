"""Signing up from the box, double opt-in, the preferences page, unsubscribing and deleting."""

import json
import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.utils import timezone

from masthead.articles.tests.factories import SectionFactory
from masthead.newsletter import subscriptions, tokens
from masthead.newsletter.mail import manage_url, unsubscribe_url
from masthead.newsletter.models import Delivery, Issue, Subscriber, Suppression
from masthead.newsletter.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db
ORIGIN = "http://testserver"
DONE = "check your inbox"


def sign_up(client=None, origin=ORIGIN, json_answer=False, **data):
    client = client or Client()
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    if json_answer:
        headers["HTTP_ACCEPT"] = "application/json"
    return client.post("/en/newsletter/subscribe/", {"email": "new@example.org", **data}, **headers)


def link_in(message, name: str) -> str:
    """The path of the first link to /<lang>/newsletter/<name>/ in a mail's text part."""
    found = re.search(rf"https?://[^/\s]+(/\w\w/newsletter/{name}/[^\s]+/)", message.body)
    assert found, message.body
    return found.group(1)


@pytest.fixture
def committed(transactional_db, django_db_serialized_rollback):
    """Real commits, so the mail tasks queued on commit run (at once, in tests)."""


def test_box_sign_up_sends_a_confirmation_and_nothing_else(committed):
    news = SectionFactory(slug="news")
    response = sign_up(language="ar", sections=[news.pk])
    assert response.status_code == 200 and DONE in response.text
    subscriber = Subscriber.objects.get(email="new@example.org")
    assert subscriber.status == "pending" and subscriber.language == "ar"
    assert list(subscriber.sections.all()) == [news]
    assert len(mail.outbox) == 1
    confirmation = mail.outbox[0]
    assert confirmation.to == ["new@example.org"] and "List-Unsubscribe" not in confirmation.extra_headers
    assert "/ar/newsletter/confirm/" in confirmation.body
    html = confirmation.alternatives[0][0]
    assert 'dir="rtl"' in html and 'style="' in html  # Arabic, CSS inlined


def test_the_answer_is_the_same_for_a_known_address(committed):
    SubscriberFactory(email="known@example.org")
    known = sign_up(email="known@example.org", json_answer=True)
    new = sign_up(email="someone@example.org", json_answer=True)
    assert known.status_code == new.status_code == 200
    assert known.json() == new.json()
    # The known reader is told (by mail, not on the page) where to manage the subscription.
    already = [m for m in mail.outbox if m.to == ["known@example.org"]]
    assert len(already) == 1 and "/en/newsletter/manage/" in already[0].body


def test_invalid_address_gets_a_clear_message_and_keeps_what_was_typed():
    response = sign_up(email="not-an-address")
    assert response.status_code == 400
    assert "Enter a valid email address" in response.text and 'value="not-an-address"' in response.text
    assert sign_up(email="x@", json_answer=True).json()["errors"]["email"]
    assert not Subscriber.objects.exists()


def test_sign_up_from_another_site_or_without_origin_is_refused():
    assert sign_up(origin="https://evil.example").status_code == 403
    assert sign_up(origin=None).status_code == 403
    assert Client().get("/en/newsletter/subscribe/").status_code == 405
    ok = Client().post(
        "/en/newsletter/subscribe/", {"email": "r@example.org"}, HTTP_REFERER="http://testserver/en/news/x/"
    )
    assert ok.status_code == 200 and not Subscriber.objects.exclude(email="r@example.org").exists()


def test_filled_trap_field_looks_accepted_but_stores_nothing(committed):
    response = sign_up(website="http://spam.example")
    assert response.status_code == 200 and DONE in response.text
    assert not Subscriber.objects.exists() and not mail.outbox


def test_rate_limits_per_connection_and_per_address(settings, committed):
    settings.NEWSLETTER_SIGNUPS_PER_IP_HOUR = 5
    for _ in range(5):
        assert sign_up(email="same@example.org").status_code == 200
    assert len(mail.outbox) == settings.NEWSLETTER_MAILS_PER_EMAIL_HOUR  # no inbox is flooded
    assert sign_up(email="other@example.org").status_code == 429


def test_confirmation_link_asks_for_a_press_then_confirms_and_welcomes(committed):
    sign_up()
    path = link_in(mail.outbox[0], "confirm")
    client = Client()
    page = client.get(path)  # a mail scanner following the link confirms nothing
    assert page.status_code == 200 and "Confirm my subscription" in page.text
    assert Subscriber.objects.get().status == "pending"
    assert page["Referrer-Policy"] == "same-origin" and "no-store" in page["Cache-Control"]
    done = client.post(path)
    subscriber = Subscriber.objects.get()
    assert done.status_code == 200 and subscriber.status == "confirmed" and subscriber.confirmed_at
    welcome = mail.outbox[-1]
    assert welcome.subject.startswith("Welcome") and "List-Unsubscribe" in welcome.extra_headers


def test_confirmation_link_expires_after_seven_days(committed):
    sign_up()
    path = link_in(mail.outbox[0], "confirm")
    with time_machine.travel(timezone.now() + timedelta(days=7, minutes=1)):
        response = Client().post(path)
    assert response.status_code == 400 and "expired" in response.text
    assert Subscriber.objects.get().status == "pending"


def test_forged_or_revoked_links_are_refused():
    subscriber = SubscriberFactory()
    token = tokens.manage_token(subscriber)
    assert Client().get(f"/en/newsletter/manage/{token}/").status_code == 200
    assert Client().get(f"/en/newsletter/manage/{token[:-2]}xx/").status_code == 400
    assert Client().get(f"/en/newsletter/confirm/{token}/").status_code == 400  # wrong purpose
    subscriber.key = "new-key"
    subscriber.save()
    assert Client().get(f"/en/newsletter/manage/{token}/").status_code == 400


def test_unconfirmed_sign_ups_are_removed_after_thirty_days():
    old = SubscriberFactory(status="pending", confirmed_at=None)
    Subscriber.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    recent = SubscriberFactory(status="pending", confirmed_at=None)
    confirmed = SubscriberFactory()
    Subscriber.objects.filter(pk=confirmed.pk).update(created_at=timezone.now() - timedelta(days=90))
    assert subscriptions.purge_unconfirmed(dry_run=True) == 1 and Subscriber.objects.count() == 3
    assert subscriptions.purge_unconfirmed() == 1
    assert set(Subscriber.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}


def test_preferences_page_saves_choices_and_follows_the_language():
    news, sport = SectionFactory(slug="news"), SectionFactory(slug="sport")
    subscriber = SubscriberFactory()
    path = manage_url(subscriber).removeprefix("http://127.0.0.1:8000")
    client = Client()
    response = client.post(
        path, {"wants_weekly": "on", "wants_alerts": "on", "language": "ar", "sections": [sport.pk]}
    )
    subscriber.refresh_from_db()
    assert (subscriber.wants_daily, subscriber.wants_weekly, subscriber.wants_alerts) == (False, True, True)
    assert subscriber.language == "ar" and list(subscriber.sections.all()) == [sport]
    assert response.status_code == 302 and response["Location"].startswith("/ar/newsletter/manage/")
    assert news not in subscriber.sections.all()
    bad = client.post(path, {"language": "fr"})
    assert bad.status_code == 400 and Subscriber.objects.get().language == "ar"


def test_download_my_data_holds_what_is_kept():
    subscriber = SubscriberFactory(email="me@example.org", signup_page="/en/news/harbour/")
    response = Client().get(f"/en/newsletter/manage/{tokens.manage_token(subscriber)}/data/")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["email"] == "me@example.org" and data["signed_up_on"] == "/en/news/harbour/"


def test_delete_me_really_deletes_and_keeps_only_anonymous_figures():
    subscriber = SubscriberFactory(email="gone@example.org")
    issue = Issue.objects.create(kind="edition", subject="Hello", status="sent")
    Delivery.objects.create(issue=issue, subscriber=subscriber, status="sent")
    token = tokens.manage_token(subscriber)
    client = Client()
    assert "cannot be undone" in client.get(f"/en/newsletter/manage/{token}/delete/").text
    assert Subscriber.objects.exists()
    client.post(f"/en/newsletter/manage/{token}/delete/")
    assert not Subscriber.objects.filter(email="gone@example.org").exists()
    assert Delivery.objects.get().subscriber is None  # the issue's figures stay right
    assert client.get(f"/en/newsletter/manage/{token}/").status_code == 400


def test_one_click_unsubscribe_by_rfc_8058_post():
    subscriber = SubscriberFactory()
    issue = Issue.objects.create(kind="edition", subject="Hello", status="sent")
    delivery = Delivery.objects.create(issue=issue, subscriber=subscriber, status="sent")
    path = unsubscribe_url(subscriber, delivery.pk).removeprefix("http://127.0.0.1:8000")
    # As a mail program sends it: no cookie, no CSRF token, no Origin.
    response = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    delivery.refresh_from_db()
    assert subscriber.status == "unsubscribed" and delivery.unsubscribed_at is not None
    page = Client().get(path)
    assert "You are unsubscribed" in page.text


def test_unsubscribe_page_needs_a_press():
    subscriber = SubscriberFactory()
    path = unsubscribe_url(subscriber).removeprefix("http://127.0.0.1:8000")
    assert "Stop every newsletter" in Client().get(path).text
    assert Subscriber.objects.get().status == "confirmed"


def test_suppressed_address_gets_no_confirmation(committed):
    Suppression.objects.create(email="bounced@example.org", reason="bounced")
    assert sign_up(email="Bounced@Example.org").status_code == 200
    assert not mail.outbox and not Subscriber.objects.exists()


def test_addresses_are_stored_trimmed_and_lower_case(committed):
    sign_up(email="  Mixed.Case@Example.ORG ")
    assert Subscriber.objects.get().email == "mixed.case@example.org"
