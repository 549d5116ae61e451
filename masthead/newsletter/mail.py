"""Newsletter mail: responsive HTML with its CSS inlined (css-inline), a plain-text part, list headers.

Each message is made for one subscriber: their stories and their own signed links. What several
subscribers share (the same stories in the same language) is rendered and inlined once per
issue, and each subscriber's links are then written into it.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import formataddr

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from masthead.articles.models import Article
from masthead.newsletter import tokens
from masthead.newsletter.models import Issue, Subscriber

# Stand-ins written into the shared rendering, replaced per subscriber (plain URL characters,
# which neither the template engine nor the inliner changes).
MANAGE = "https://masthead.invalid/manage-link"
UNSUBSCRIBE = "https://masthead.invalid/unsubscribe-link"

_inliner = css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)


def absolute(path: str) -> str:
    return settings.MASTHEAD_SITE_URL + path


def manage_url(subscriber: Subscriber, delivery_id: int | None = None) -> str:
    with translation.override(subscriber.language):
        return absolute(reverse("newsletter:manage", args=[tokens.manage_token(subscriber, delivery_id)]))


def unsubscribe_url(subscriber: Subscriber, delivery_id: int | None = None) -> str:
    with translation.override(subscriber.language):
        return absolute(
            reverse("newsletter:unsubscribe", args=[tokens.manage_token(subscriber, delivery_id)])
        )


def confirm_url(subscriber: Subscriber) -> str:
    with translation.override(subscriber.language):
        return absolute(reverse("newsletter:confirm", args=[tokens.confirm_token(subscriber)]))


def from_address() -> str:
    return settings.NEWSLETTER_FROM_EMAIL or formataddr(
        (settings.MASTHEAD_SITE_NAME, settings.DEFAULT_FROM_EMAIL.rpartition("<")[2].rstrip(">"))
    )


@dataclass
class Rendered:
    subject: str
    html: str
    text: str


def render(template: str, context: dict, language: str) -> Rendered:
    """`newsletter/mail/<template>.html` and `.txt` in `language`, the HTML's CSS inlined."""
    with translation.override(language):
        context = {
            "SITE_NAME": settings.MASTHEAD_SITE_NAME,
            "SITE_URL": settings.MASTHEAD_SITE_URL,
            "language": language,
            "is_rtl": translation.get_language_bidi(),
            "manage_url": MANAGE,
            "unsubscribe_url": UNSUBSCRIBE,
            **context,
        }
        html = render_to_string(f"newsletter/mail/{template}.html", context)
        text = render_to_string(f"newsletter/mail/{template}.txt", context)
    return Rendered(subject=str(context.get("subject", "")), html=_inliner.inline(html), text=text)


def build(
    rendered: Rendered,
    *,
    to: str,
    links: dict[str, str],
    message_id: str | None = None,
    list_headers: bool = True,
) -> EmailMultiAlternatives:
    """One message to `to`: the shared rendering with this reader's own links written in."""
    html, text = rendered.html, rendered.text
    for stand_in, url in ((MANAGE, links.get("manage", "")), (UNSUBSCRIBE, links.get("unsubscribe", ""))):
        html = html.replace(stand_in, url)
        text = text.replace(stand_in, url)
    headers = {}
    if message_id:
        headers["Message-ID"] = message_id
    if list_headers and links.get("unsubscribe"):
        # RFC 8058: mail programs offer "Unsubscribe" and POST to the link without a visit.
        headers["List-Unsubscribe"] = f"<{links['unsubscribe']}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        headers["List-Id"] = (
            f"{settings.MASTHEAD_SITE_NAME} <newsletter.{settings.NEWSLETTER_MESSAGE_ID_DOMAIN}>"
        )
    message = EmailMultiAlternatives(rendered.subject, text, from_address(), [to], headers=headers)
    message.attach_alternative(html, "text/html")
    return message


@dataclass
class IssueComposer:
    """Renders one issue for each of its subscribers, sharing what they have in common."""

    issue: Issue
    shared: dict[tuple, Rendered] = field(default_factory=dict)

    def subject(self, stories: Sequence[Article]) -> str:
        issue = self.issue
        if issue.subject:
            return issue.subject
        with translation.override(issue.language):
            if issue.kind == Issue.Kind.ALERT:
                return _("Breaking: %(headline)s") % {"headline": issue.article.headline}
            lead = stories[0].headline if stories else ""
            if issue.kind == Issue.Kind.WEEKLY:
                return _("The week: %(headline)s") % {"headline": lead}
            return _("Today: %(headline)s") % {"headline": lead}

    def rendering(self, stories: Sequence[Article]) -> Rendered:
        key = tuple(a.pk for a in stories)
        if key not in self.shared:
            issue = self.issue
            template = {Issue.Kind.ALERT: "alert", Issue.Kind.EDITION: "edition"}.get(issue.kind, "digest")
            self.shared[key] = render(
                template,
                {
                    "issue": issue,
                    "subject": self.subject(stories),
                    "preheader": issue.preheader or (stories[0].dek if stories else ""),
                    "stories": stories,
                    "lead": stories[0] if stories else None,
                    "more": stories[1:],
                },
                issue.language,
            )
        return self.shared[key]

    def message(self, subscriber: Subscriber, stories: Sequence[Article], delivery_id: int, message_id: str):
        links = {
            "manage": manage_url(subscriber, delivery_id),
            "unsubscribe": unsubscribe_url(subscriber, delivery_id),
        }
        return build(self.rendering(stories), to=subscriber.email, links=links, message_id=message_id)
