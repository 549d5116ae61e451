"""The story itself, and the one definition of "published" every page, feed and count uses."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from masthead.articles.editor import PROSE_EXTENSIONS
from masthead.articles.models.taxonomy import Section, validate_article_slug
from masthead.articles.purging import defer
from masthead.authors.selectors import authors_by_id
from masthead.core.html import sanitize_html
from masthead.core.models import Language, TimeStampedModel
from masthead.core.pagecache.services import purge_on_commit
from masthead.core.paths import page_path


def new_guid() -> str:
    """A story's feed identifier: a random URN, so it says nothing about the story's address."""
    return f"urn:uuid:{uuid.uuid4()}"


class ArticleQuerySet(models.QuerySet):
    def published(self, now=None) -> "ArticleQuerySet":
        """Stories a reader may see now: published, or scheduled and past their time.

        Scheduled stories count from the second their time comes, not from when the worker
        flips their status, so visibility never depends on how busy the queue is.
        """
        return self.filter(status__in=Article.LIVE_STATUSES, published_at__lte=now or timezone.now())

    def in_language(self, language: str) -> "ArticleQuerySet":
        return self.filter(language=language)

    def in_section(self, section) -> "ArticleQuerySet":
        return self.filter(section=section)

    def update(self, **kwargs) -> int:
        """Update the rows, and purge every cached page that shows them once the transaction commits.

        `save()` purges through the model's signals (masthead.articles.signals); `update()` sends
        none, so it purges here: the pages of the stories before the change and after it. Like
        `save()`, it moves `updated_at` (unless given): what is kept of a story (its rendered
        cards) is kept under it.
        """
        kwargs.setdefault("updated_at", timezone.now())
        before = list(self.values_list("pk", "section_id"))
        count = super().update(**kwargs)
        if before:
            ids, sections = [pk for pk, _ in before], [s for _, s in before]
            if not defer(ids, section_ids=sections):
                # Imported here: `keys` queries Article and ArticleAuthor, defined below.
                from masthead.articles.models.keys import page_keys

                purge_on_commit(page_keys(ids, section_ids=sections))
        return count

    def for_listing(self) -> "ArticleQuerySet":
        """What a teaser card shows, fetched in a fixed number of queries."""
        # The bylines' rows alone: their authors come from this process's copy (`byline`).
        bylines = ArticleAuthor.objects.only("article_id", "author_id", "order")
        return self.select_related("section", "featured_image").prefetch_related(
            models.Prefetch("bylines", queryset=bylines)
        )


class Article(TimeStampedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        IN_REVIEW = "review", _("In review")
        SCHEDULED = "scheduled", _("Scheduled")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        MEMBERS = "members", _("Members")
        PAID = "paid", _("Paying members")

    LIVE_STATUSES = (Status.PUBLISHED, Status.SCHEDULED)

    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    headline = models.CharField(_("headline"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        allow_unicode=True,
        help_text=_("The last part of the story's address. Changing it later keeps old links working."),
    )
    dek = models.TextField(
        _("dek"), blank=True, help_text=_("The standfirst: one or two sentences under the headline.")
    )
    body = ProseEditorField(_("body"), extensions=PROSE_EXTENSIONS, sanitize=sanitize_html, blank=True)
    featured_image = models.ForeignKey(
        "articles.Image",
        verbose_name=_("featured image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    section = models.ForeignKey(
        "articles.Section",
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="articles",
    )
    tags = models.ManyToManyField("articles.Tag", verbose_name=_("tags"), blank=True, related_name="articles")
    authors = models.ManyToManyField(
        "authors.Author",
        verbose_name=_("authors"),
        through="articles.ArticleAuthor",
        blank=True,
        related_name="articles",
    )
    translation = models.OneToOneField(
        "self",
        verbose_name=_("translation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The same story in the other language."),
    )
    guid = models.CharField(
        _("feed identifier"),
        max_length=500,
        blank=True,
        unique=True,
        default=new_guid,
        editable=False,
        help_text=_(
            "The story's identifier in feeds (RSS guid, Atom id, JSON Feed id), so feed readers "
            "know an edited story is the same story. Made once when the story is created and never "
            "changed, not even by a new slug or section; an imported story keeps the identifier "
            "its old platform gave it (e.g. a WordPress guid), so readers do not see it twice."
        ),
    )
    is_sponsored = models.BooleanField(_("sponsored"), default=False)
    sponsor_name = models.CharField(_("sponsor"), max_length=120, blank=True)
    is_breaking = models.BooleanField(_("breaking news"), default=False)
    is_featured = models.BooleanField(
        _("featured"),
        default=False,
        help_text=_("Leads the home page while it is among the newest stories (WordPress's “sticky”)."),
    )

    visibility = models.CharField(
        _("who may read it"),
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        blank=True,  # a form that leaves it out keeps the story public (see save())
        help_text=_(
            "Kept for a paywall: today every published story is shown to everyone. Stories imported "
            "as members-only (Ghost) keep their mark here."
        ),
    )
    disclaimer = models.TextField(
        _("disclaimer"),
        blank=True,
        help_text=_("For opinion pieces; the section's disclaimer is used when this is empty."),
    )

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("publication time"), null=True, blank=True)
    first_published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    # The review loop, written by the workflow (services.py) alone: who handed the story in and
    # when (the editors' queue is oldest first), and the editor's note when it was sent back.
    submitted_at = models.DateTimeField(_("submitted for review"), null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    review_note = models.TextField(
        _("note from the editor"),
        blank=True,
        editable=False,
        help_text=_("Why the story was sent back to its writer; cleared when it is submitted again."),
    )
    review_note_at = models.DateTimeField(_("sent back"), null=True, blank=True, editable=False)
    review_note_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent back by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Can publish, schedule and unpublish articles")),
            ("edit_any_article", _("Can edit articles written by others")),
        ]
        constraints = [
            models.UniqueConstraint(fields=["language", "slug"], name="article_slug_per_language"),
            models.CheckConstraint(
                condition=~Q(status__in=["published", "scheduled"]) | Q(published_at__isnull=False),
                name="live_article_has_publication_time",
            ),
        ]
        indexes = [
            # Section and tag pages walk these newest first and stop after a page of stories.
            models.Index(
                fields=["section", "language", "-published_at", "-id"], name="article_section_newest"
            ),
            models.Index(fields=["language", "-published_at", "-id"], name="article_language_newest"),
            models.Index(fields=["-published_at", "-id"], name="article_newest_first"),
            models.Index(fields=["-updated_at"], name="article_recently_updated"),
        ]

    def __str__(self) -> str:
        return self.headline

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Remember the address it was loaded with, so a change can leave a redirect behind.
        instance._loaded_path = (instance.__dict__.get("slug"), instance.__dict__.get("section_id"))
        instance.remember_as_loaded()
        return instance

    def remember_as_loaded(self) -> None:
        """Note what decides where the story is listed, to purge where it was after a change."""
        fields = self.__dict__
        self._loaded_listing = (fields.get("status"), fields.get("published_at"), fields.get("section_id"))

    def shown_as_loaded(self) -> tuple[bool, int | None]:
        """(Was the story public as loaded, its section then); (False, None) for a new story."""
        status, published_at, section_id = getattr(self, "_loaded_listing", (None, None, None))
        shown = status in self.LIVE_STATUSES and published_at is not None and published_at <= timezone.now()
        return shown, section_id

    def clean(self) -> None:
        errors: dict[str, list] = {}
        if self.is_sponsored and not self.sponsor_name.strip():
            errors.setdefault("sponsor_name", []).append(_("Name the sponsor of a sponsored story."))
        if self.status in self.LIVE_STATUSES and not self.published_at:
            errors.setdefault("published_at", []).append(_("Give the publication time."))
        section = self.section if self.section_id else None
        if section and section.kind == section.Kind.CARICATURE and not self.featured_image_id:
            errors.setdefault("featured_image", []).append(
                _("A caricature needs its cartoon: choose the featured image.")
            )
        if self.translation_id and self.translation_id == self.pk:
            errors.setdefault("translation", []).append(_("A story cannot translate itself."))
        if self.translation_id and self.translation and self.translation.language == self.language:
            errors.setdefault("translation", []).append(_("A translation must be in the other language."))
        if self.slug and section:
            try:
                validate_article_slug(self.slug, section.slug)
            except ValidationError as error:
                errors.setdefault("slug", []).extend(error.messages)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs) -> None:
        self.body = sanitize_html(self.body)
        self.visibility = self.visibility or self.Visibility.PUBLIC
        if not self.guid:  # given as "" by an importer with no identifier from the old platform
            self.guid = new_guid()
        if self.status in self.LIVE_STATUSES and self.published_at and not self.first_published_at:
            self.first_published_at = self.published_at
        super().save(*args, **kwargs)
        self._remember_old_address()

    def _remember_old_address(self) -> None:
        """After a published story's slug or section changes, its old URL must redirect."""
        old_slug, old_section_id = getattr(self, "_loaded_path", (None, None))
        self._loaded_path = (self.slug, self.section_id)
        if old_slug is None or (old_slug, old_section_id) == (self.slug, self.section_id):
            return
        if not self.first_published_at:
            return  # never public: nobody can have linked to it
        old_section_slug = Section.objects.filter(pk=old_section_id).values_list("slug", flat=True).first()
        redirects = self.old_addresses.model.objects  # SlugRedirect, whose module imports this one
        redirects.update_or_create(
            language=self.language,
            section_slug=old_section_slug or "",
            slug=old_slug,
            defaults={"article": self},
        )
        # The story may have moved back to an address it had before.
        redirects.filter(language=self.language, section_slug=self.section.slug, slug=self.slug).delete()

    def get_absolute_url(self) -> str:
        return page_path("articles:detail", self.language, section=self.section.slug, slug=self.slug)

    @property
    def is_published(self) -> bool:
        """The same rule as `Article.objects.published()`, for one loaded story."""
        return (
            self.status in self.LIVE_STATUSES
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def byline(self) -> list:
        """Authors in byline order: as attached by a selector (`attach_bylines`), else from the
        byline rows (prefetched by `for_listing()`, else one query) and this process's authors."""
        attached = self.__dict__.get("_byline")
        if attached is not None:
            return attached
        rows = list(self.bylines.all())
        authors = authors_by_id(row.author_id for row in rows)
        return [authors[row.author_id] for row in rows if row.author_id in authors]

    @byline.setter
    def byline(self, authors: list) -> None:
        self._byline = authors

    @property
    def shown_tags(self) -> list:
        """Tags in display order: as attached by a selector (`attach_tags_and_byline`), else queried."""
        attached = self.__dict__.get("_shown_tags")
        return list(self.tags.all()) if attached is None else attached

    @shown_tags.setter
    def shown_tags(self, tags: list) -> None:
        self._shown_tags = tags

    @property
    def kind(self) -> str:
        return self.section.kind

    @property
    def effective_disclaimer(self) -> str:
        if self.disclaimer:
            return self.disclaimer
        if self.language == Language.ARABIC:
            return self.section.disclaimer_ar or self.section.disclaimer
        return self.section.disclaimer

    @property
    def was_updated(self) -> bool:
        """Edited noticeably after publication (readers see an "Updated" time)."""
        if not self.first_published_at or not self.updated_at:
            return False
        return (self.updated_at - self.first_published_at).total_seconds() > 600


class ArticleAuthor(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey("authors.Author", on_delete=models.CASCADE, related_name="bylines")
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("byline")
        verbose_name_plural = _("byline")
        constraints = [models.UniqueConstraint(fields=["article", "author"], name="author_once_per_article")]

    def __str__(self) -> str:
        return str(self.author)
