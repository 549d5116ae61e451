"""The wording of every newsletter mail: the site's name is used as given, whatever it is."""

import re

import pytest
from django.core import mail
from django.utils import translation

from masthead.articles.tests.factories import ArticleFactory
from masthead.newsletter import notices, queueing
from masthead.newsletter.models import Issue, Subscriber
from masthead.newsletter.tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def every_mail(language: str) -> list:
    """One of each mail a reader can get: the three notices, and an issue of each kind."""
    pending = SubscriberFactory(
        email=f"pending-{language}@example.org",
        language=language,
        status=Subscriber.Status.PENDING,
        confirmed_at=None,
    )
    confirmed = SubscriberFactory(email=f"reader-{language}@example.org", language=language)
    notices.send_notice(subscriber_id=pending.pk, notice="confirm")
    notices.send_notice(subscriber_id=confirmed.pk, notice="welcome")
    notices.send_notice(subscriber_id=confirmed.pk, notice="already")
    story = ArticleFactory(language=language, headline=f"Harbour reopens ({language})", slug=f"h-{language}")
    issues = [
        Issue.objects.create(kind=Issue.Kind.ALERT, language=language, article=story),
        Issue.objects.create(kind=Issue.Kind.DAILY, language=language),
        Issue.objects.create(kind=Issue.Kind.EDITION, language=language, subject="A note", body="<p>Hi</p>"),
    ]
    for issue in issues:
        queueing.send_test(issue=issue, to=confirmed.email)
    assert len(mail.outbox) == 6
    return mail.outbox


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("name", ["The Gulf Ledger", "Gulf Ledger"])
def test_every_mail_names_the_site_as_given_without_an_article_in_front(settings, name, language):
    settings.MASTHEAD_SITE_NAME = name
    for message in every_mail(language):
        html = message.alternatives[0][0]
        for part in (message.subject, message.body, html):
            assert not re.search(r"\bthe\s+the\b", part, re.IGNORECASE), part
            assert not re.search(rf"\bthe\s+{re.escape(name)}", part, re.IGNORECASE), part
        assert name in html  # the masthead at the top of every mail


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("en", "Please confirm your subscription to The Gulf Ledger"),
        ("ar", "يُرجى تأكيد اشتراكك في The Gulf Ledger"),
    ],
)
def test_notice_subject_is_in_the_readers_language_whatever_language_is_active(settings, language, subject):
    settings.MASTHEAD_SITE_NAME = "The Gulf Ledger"
    reader = SubscriberFactory(language=language, status=Subscriber.Status.PENDING, confirmed_at=None)
    with translation.override("en" if language == "ar" else "ar"):  # a page or a worker in the other one
        notices.send_notice(subscriber_id=reader.pk, notice="confirm")
    assert mail.outbox[0].subject == subject
