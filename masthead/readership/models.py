"""Views counted by Masthead itself: hourly totals per story, and nothing about the readers.

A view is recognised as a repeat by a fingerprint: a hash of the day's random salt, the
reader's address and browser and the story. Only fingerprints of today and yesterday are
kept, to tell repeats apart; no address is stored, and once a day's salt is deleted nobody
can link its fingerprints to anyone.
"""

from datetime import datetime

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from masthead.articles.models import Article


class HourlyViews(models.Model):
    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="hourly_views")
    hour = models.DateTimeField()  # UTC, truncated to the hour
    views = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("hourly views")
        verbose_name_plural = _("hourly views")
        constraints = [models.UniqueConstraint(fields=["article", "hour"], name="views_once_per_hour")]
        indexes = [models.Index(fields=["hour", "article"], name="views_by_hour")]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}h: {self.views}"


class ViewMark(models.Model):
    """A fingerprint seen on `day`: the same reader on the same story counts once a day."""

    day = models.DateField()
    fingerprint = models.CharField(max_length=32)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "fingerprint"], name="mark_once_per_day")]

    def __str__(self) -> str:
        return f"{self.day}: {self.fingerprint}"


class DaySalt(models.Model):
    """The day's random salt, shared by every process; deleted after two days."""

    day = models.DateField(unique=True)
    salt = models.CharField(max_length=64)

    def __str__(self) -> str:
        return str(self.day)


class ViewBatch(models.Model):
    """A batch of counts moved from Redis into the database, so a retry never counts it twice."""

    batch = models.CharField(max_length=64, unique=True)
    stored_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.batch


class PopularChoiceQuerySet(models.QuerySet):
    def in_force(self, now: datetime) -> "PopularChoiceQuerySet":
        """The choices that hold at `now`: without an end, or ending later."""
        return self.filter(Q(until__isnull=True) | Q(until__gt=now))

    def pins(self) -> "PopularChoiceQuerySet":
        return self.filter(choice=PopularChoice.Choice.PIN)

    def hides(self) -> "PopularChoiceQuerySet":
        return self.filter(choice=PopularChoice.Choice.HIDE)


class PopularChoice(models.Model):
    """An editor's word on "Popular Posts": pin a story to the top, or hide it."""

    class Choice(models.TextChoices):
        PIN = "pin", _("Pin to the top")
        HIDE = "hide", _("Never show")

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, related_name="popular_choice", verbose_name=_("story")
    )
    choice = models.CharField(_("choice"), max_length=4, choices=Choice.choices)
    until = models.DateTimeField(_("until"), null=True, blank=True, help_text=_("Empty: until removed."))

    objects = PopularChoiceQuerySet.as_manager()

    class Meta:
        verbose_name = _("popular posts choice")
        verbose_name_plural = _("popular posts choices")

    def __str__(self) -> str:
        return f"{self.get_choice_display()}: {self.article}"


class MostRead(Article):
    """The back office's "most read this week": stories, ranked by their views."""

    class Meta:
        proxy = True
        verbose_name = _("most read story")
        verbose_name_plural = _("most read this week")
