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
from django.core.mail.message import sanitize_address
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from masthead.articles.models import Article
from masthead.core.context_processors import site_name
from masthead.core.paths import absolute, page_path
from masthead.newsletter import tokens
from masthead.newsletter.models import Issue, Subscriber

# Stand-ins written into the shared rendering, replaced per subscriber (plain URL characters,
# which neither the template engine nor the inliner changes).
MANAGE = "https://masthead.invalid/manage-link"
UNSUBSCRIBE = "https://masthead.invalid/unsubscribe-link"
TOKEN = "token-stand-in"

_inliner = css_inline.CSSInliner(keep_style_tags=True, load_remote_stylesheets=False)


def links_for(subscriber: Subscriber, delivery_id: int | None = None) -> dict[str, str]:
    """A subscriber's own "manage" and "unsubscribe" addresses (one signed token serves both)."""
    token = tokens.manage_token(subscriber, delivery_id)
    links = {}
    for name in ("manage", "unsubscribe"):
        # Reversed with a stand-in for the token, so each address is worked out once per process.
        path = page_path(f"newsletter:{name}", subscriber.language, token=TOKEN)
        links[name] = absolute(path).replace(TOKEN, token)
    return links


def manage_url(subscriber: Subscriber, delivery_id: int | None = None) -> str:
    return links_for(subscriber, delivery_id)["manage"]


def unsubscribe_url(subscriber: Subscriber, delivery_id: int | None = None) -> str:
    return links_for(subscriber, delivery_id)["unsubscribe"]


def confirm_url(subscriber: Subscriber) -> str:
    with translation.override(subscriber.language):
        return absolute(reverse("newsletter:confirm", args=[tokens.confirm_token(subscriber)]))


def from_address(language: str | None = None) -> str:
    """The sender, named as the site is in the mail's language (unless NEWSLETTER_FROM_EMAIL says)."""
    return settings.NEWSLETTER_FROM_EMAIL or formataddr(
        (site_name(language), settings.DEFAULT_FROM_EMAIL.rpartition("<")[2].rstrip(">"))
    )


@dataclass
class Rendered:
    """A mail's parts as plain text, never marked safe: wherever a page shows them, they are escaped.

    (`render_to_string` returns HTML-safe strings; a headline in the plain-text part must not become
    markup in the back office's preview.)
    """

    subject: str
    html: str
    text: str
    language: str = ""  # the mail's: it names the site in the sender and list headers

    def __post_init__(self) -> None:
        self.subject, self.html, self.text = (
            str.__str__(part) for part in (self.subject, self.html, self.text)
        )


def render(template: str, context: dict, language: str) -> Rendered:
    """`newsletter/mail/<template>.html` and `.txt` in `language`, the HTML's CSS inlined."""
    with translation.override(language):
        context = {
            "SITE_NAME": site_name(language),
            "SITE_URL": settings.MASTHEAD_SITE_URL,
            "language": language,
            "is_rtl": translation.get_language_bidi(),
            "manage_url": MANAGE,
            "unsubscribe_url": UNSUBSCRIBE,
            **context,
        }
        html = render_to_string(f"newsletter/mail/{template}.html", context)
        text = render_to_string(f"newsletter/mail/{template}.txt", context)
    return Rendered(
        subject=str(context.get("subject", "")), html=_inliner.inline(html), text=text, language=language
    )


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
            f"{site_name(rendered.language or None)} <newsletter.{settings.NEWSLETTER_MESSAGE_ID_DOMAIN}>"
        )
    sender = from_address(rendered.language or None)
    message = EmailMultiAlternatives(rendered.subject, text, sender, [to], headers=headers)
    message.attach_alternative(html, "text/html")
    return message


@dataclass
class IssueComposer:
    """Renders one issue for each of its subscribers, sharing what they have in common."""

    issue: Issue
    shared: dict[tuple, Rendered] = field(default_factory=dict)
    wires: dict[tuple, "Wire | None"] = field(default_factory=dict)

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
        links = links_for(subscriber, delivery_id)
        return build(self.rendering(stories), to=subscriber.email, links=links, message_id=message_id)

    def wire(self, stories: Sequence[Article]) -> "Wire | None":
        """The shared rendering as the bytes sent over SMTP, stand-ins in place of personal parts."""
        key = tuple(a.pk for a in stories)
        if key not in self.wires:
            self.wires[key] = Wire.of(self.rendering(stories))
        return self.wires[key]

    def wire_message(
        self, subscriber: Subscriber, stories: Sequence[Article], delivery_id: int, message_id: str
    ) -> bytes | None:
        """The message for one subscriber as SMTP bytes, or None where only a full build will do."""
        if not subscriber.email.isascii():
            return None  # an internationalised address needs its headers encoded
        wire = self.wire(stories)
        if wire is None:
            return None
        return wire.personalise(
            to=subscriber.email, message_id=message_id, links=links_for(subscriber, delivery_id)
        )


@dataclass(frozen=True)
class Wire:
    """A message serialised once, with stand-ins for the recipient, Message-ID and links.

    Writing each subscriber's values into the bytes gives the same message a full build would,
    at a small part of the cost; it is used only when every stand-in came out whole (8-bit
    parts, not quoted-printable or base64, which could split them).
    """

    data: bytes
    sender: str

    TO = "recipient-stand-in@masthead.invalid"
    MESSAGE_ID = "<message-id-stand-in@masthead.invalid>"

    @classmethod
    def of(cls, rendered: Rendered) -> "Wire | None":
        links = {"manage": MANAGE, "unsubscribe": UNSUBSCRIBE}
        message = build(rendered, to=cls.TO, links=links, message_id=cls.MESSAGE_ID)
        data = message.message().as_bytes(linesep="\r\n")
        if (
            b"Content-Transfer-Encoding: quoted-printable" in data
            or b"Content-Transfer-Encoding: base64" in data
        ):
            return None
        if data.count(cls.TO.encode()) != 1 or data.count(cls.MESSAGE_ID.encode()) != 1:
            return None
        return cls(data, sanitize_address(message.from_email, message.encoding or settings.DEFAULT_CHARSET))

    def personalise(self, *, to: str, message_id: str, links: dict[str, str]) -> bytes:
        return (
            self.data.replace(self.TO.encode(), to.encode())
            .replace(self.MESSAGE_ID.encode(), message_id.encode())
            .replace(MANAGE.encode(), links["manage"].encode())
            .replace(UNSUBSCRIBE.encode(), links["unsubscribe"].encode())
        )
