"""Old addresses of the site (a newsroom's WordPress, Blogger or Ghost pages) and where each now
leads, and the log of addresses readers asked for that lead nowhere."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from masthead.articles.models import Article, Section, Tag
from masthead.authors.models import Author
from masthead.core.models import Language, TimeStampedModel
from masthead.core.pagecache import keys as surrogate
from masthead.core.paths import page_path
from masthead.redirects.addresses import MAX_LENGTH, is_web_address

# The target fields; a redirect has exactly one of them.
TARGET_FIELDS = ("article", "section", "tag", "author", "target_url")
EDITOR = "editor"  # the source of redirects made or last changed in the back office


def default_language() -> str:
    return settings.LANGUAGE_CODE


def _only(field: str) -> Q:
    """The condition "`field` is the one target set"."""
    others = {f"{name}__isnull": True for name in TARGET_FIELDS[:-1] if name != field}
    if field == "target_url":
        return Q(**others) & ~Q(target_url="")
    return Q(**{f"{field}__isnull": False}, **others, target_url="")


ONE_TARGET = _only("article") | _only("section") | _only("tag") | _only("author") | _only("target_url")


class Redirect(TimeStampedModel):
    """An old address and where it leads now: a story, a section's, tag's or author's page, or
    another address. Answered with one 301 when nothing else on the site answers the address."""

    old_path = models.CharField(
        _("old address"),
        max_length=MAX_LENGTH,
        unique=True,
        help_text=_(
            "The address on the old site: paste the whole URL or only its path, e.g. "
            "https://old.example.com/2019/05/story/ or /?p=123."
        ),
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="redirects",
    )
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="redirects",
    )
    tag = models.ForeignKey(
        Tag, verbose_name=_("tag"), on_delete=models.CASCADE, null=True, blank=True, related_name="redirects"
    )
    author = models.ForeignKey(
        Author,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="redirects",
    )
    target_url = models.CharField(
        _("address"),
        max_length=MAX_LENGTH,
        blank=True,
        help_text=_("A path on this site (/en/pages/about/) or a full address on another site."),
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=Language.choices,
        default=default_language,
        help_text=_("Which language's page of the section, tag or author."),
    )
    source = models.CharField(
        _("source"),
        max_length=200,
        default=EDITOR,
        editable=False,
        help_text=_("Where the redirect comes from: an import (wordpress:example.com) or an editor."),
    )

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")
        constraints = [
            models.CheckConstraint(condition=ONE_TARGET, name="redirect_has_one_target"),
        ]
        indexes = [
            # Finding the redirects that lead to an address that has just become an old one.
            models.Index(fields=["target_url"], condition=~Q(target_url=""), name="redirect_to_address"),
        ]

    def __str__(self) -> str:
        return self.old_path

    def chosen_targets(self) -> list[str]:
        """The names of the target fields that are set (one, for a valid redirect)."""
        values = [self.article_id, self.section_id, self.tag_id, self.author_id, self.target_url]
        return [name for name, value in zip(TARGET_FIELDS, values, strict=True) if value]

    def clean(self) -> None:
        # `old_path` is normalised once, where it comes in (`addresses.old_path`): decoding a
        # decoded path again would change one with a literal "%41" in it.
        chosen = self.chosen_targets()
        if not chosen:
            raise ValidationError(
                _("Choose where the old address leads: a story, a section, a tag, an author or an address.")
            )
        if len(chosen) > 1:
            names = ", ".join(str(self._meta.get_field(name).verbose_name) for name in chosen)
            raise ValidationError(
                _("Choose only one place for the old address to lead to (you chose: %(names)s).")
                % {"names": names}
            )
        if self.target_url:
            if not is_web_address(self.target_url):
                message = _("Give a path on this site starting with / or an address starting with https://.")
                raise ValidationError({"target_url": message})
            if self.target_url == self.old_path:
                raise ValidationError({"target_url": _("A redirect cannot lead to its own old address.")})

    def validate_constraints(self, exclude=None) -> None:
        if len(self.chosen_targets()) != 1:
            return  # clean() has said what is missing or extra, in words an editor reads
        super().validate_constraints(exclude)

    def destination(self) -> str | None:
        """Where the old address leads now, or None if nowhere (its story is not published).

        Worked out at each request from the story, section, tag or author, so one that moves
        later is still reached in one hop.
        """
        if self.article_id:
            return self.article.get_absolute_url() if self.article.is_published else None
        if self.section_id:
            return page_path("articles:section", self.language, section=self.section.slug)
        if self.tag_id:
            return page_path("articles:tag", self.language, slug=self.tag.slug)
        if self.author_id:
            return page_path("authors:detail", self.language, slug=self.author.slug)
        return self.target_url or None

    def surrogate_keys(self) -> list[str]:
        """The redirect's key and its target's, as the page cache names them: an answer filed under
        them is purged when either changes."""
        found = [surrogate.key_for(self)]
        for name in ("article", "section", "tag", "author"):
            target_id = getattr(self, f"{name}_id")
            if target_id:
                found.append(f"{name}-{target_id}")
        return found


class MissingPage(models.Model):
    """An address readers asked for that the site does not have (a 404), and how often.

    Kept to the MASTHEAD_MISSING_PAGES_MAX most useful rows (`services.record_missing`).
    """

    path = models.CharField(_("address"), max_length=MAX_LENGTH, unique=True)
    hits = models.PositiveIntegerField(_("requests"), default=1)
    first_seen_at = models.DateTimeField(_("first asked for"), default=timezone.now)
    last_seen_at = models.DateTimeField(_("last asked for"), default=timezone.now)
    last_referrer = models.CharField(_("last linked from"), max_length=500, blank=True)

    class Meta:
        ordering = ["-hits", "-last_seen_at"]
        verbose_name = _("missing page")
        verbose_name_plural = _("missing pages")
        indexes = [models.Index(fields=["-hits", "-last_seen_at"], name="missing_page_most_asked")]

    def __str__(self) -> str:
        return self.path
