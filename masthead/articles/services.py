"""Editorial workflow: who may move a story between states, and what follows when it moves."""

from datetime import datetime, timedelta

import reversion
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.articles import tasks
from masthead.articles.models import Article, ArticleAuthor
from masthead.articles.signals import article_changed, article_published, article_unpublished
from masthead.core.html import plain_text
from masthead.core.models import Language
from masthead.core.text import unique_slug

S = Article.Status

# from-state -> states an article may move to.
TRANSITIONS: dict[str, set[str]] = {
    S.DRAFT: {S.IN_REVIEW, S.SCHEDULED, S.PUBLISHED},
    S.IN_REVIEW: {S.DRAFT, S.SCHEDULED, S.PUBLISHED},
    S.SCHEDULED: {S.DRAFT, S.PUBLISHED, S.UNPUBLISHED},
    S.PUBLISHED: {S.UNPUBLISHED},
    S.UNPUBLISHED: {S.DRAFT, S.SCHEDULED, S.PUBLISHED},
}
EDITORIAL_ONLY = {S.SCHEDULED, S.PUBLISHED, S.UNPUBLISHED}


def can_publish(user: AbstractBaseUser) -> bool:
    return user.has_perm("articles.publish_article")


def can_view(user: AbstractBaseUser, article: Article) -> bool:
    """Editors see every story in the back office; a contributor only their own."""
    return user.has_perm("articles.edit_any_article") or (
        user.has_perm("articles.view_article") and (article.pk is None or article.created_by_id == user.pk)
    )


def can_edit(user: AbstractBaseUser, article: Article) -> bool:
    """Editors edit any story; a contributor only their own drafts."""
    if user.has_perm("articles.edit_any_article"):
        return True
    if article.pk is None:
        return user.has_perm("articles.add_article")
    return (
        user.has_perm("articles.change_article")
        and article.created_by_id == user.pk
        and article.status == S.DRAFT
    )


def check_transition(*, user: AbstractBaseUser, article: Article, current: str, target: str) -> None:
    """Raise PermissionDenied or ValidationError unless `user` may move `article` to `target`."""
    if current == target:
        return
    if target not in TRANSITIONS.get(current, set()):
        raise ValidationError(
            _("A story that is %(current)s cannot become %(target)s.")
            % {"current": S(current).label.lower(), "target": S(target).label.lower()}
        )
    if (target in EDITORIAL_ONLY or current in EDITORIAL_ONLY) and not can_publish(user):
        raise PermissionDenied(_("Only editors can publish, schedule or unpublish stories."))
    # A story being written for the first time is its writer's own (recorded when it is saved).
    own = article.pk is None or article.created_by_id == user.pk
    if not user.has_perm("articles.edit_any_article") and not own:
        raise PermissionDenied(_("You can only change the state of your own stories."))


def normalize_live_status(article: Article, *, now: datetime | None = None) -> None:
    """A live story with a future time is scheduled; a scheduled one whose time passed is live."""
    now = now or timezone.now()
    if article.status in Article.LIVE_STATUSES:
        if article.published_at is None:
            article.published_at = now
        article.status = S.SCHEDULED if article.published_at > now else S.PUBLISHED


def after_save(*, article: Article, previous_status: str | None, was_live: bool) -> None:
    """Tell the rest of the system what changed, once the transaction has committed."""
    if article.status == S.SCHEDULED:
        # RQ keeps schedule times in whole seconds, rounded down: round up, or the task could
        # run a moment early, find the story not yet due, and never run again.
        published_at = article.published_at.replace(microsecond=0) + timedelta(
            seconds=1 if article.published_at.microsecond else 0
        )
        go_live_task = tasks.go_live_task
        if go_live_task.get_backend().supports_defer:
            transaction.on_commit(lambda: go_live_task.using(run_after=published_at).enqueue(article.pk))
    is_live = article.is_published
    if is_live and not was_live:
        transaction.on_commit(lambda: article_published.send(sender=Article, article=article))
    elif was_live and not is_live:
        transaction.on_commit(lambda: article_unpublished.send(sender=Article, article=article))
    elif is_live:
        transaction.on_commit(lambda: article_changed.send(sender=Article, article=article))


@transaction.atomic
def transition(*, article: Article, target: str, by: AbstractBaseUser, at: datetime | None = None) -> Article:
    """Move `article` to `target` (publishing at `at`, or now), as `by` is allowed to."""
    current = article.status
    was_live = article.is_published
    check_transition(user=by, article=article, current=current, target=target)
    article.status = target
    note_hand_off(article=article, current=current, by=by)
    if target in Article.LIVE_STATUSES:
        article.published_at = (
            at or (article.published_at if target == S.SCHEDULED else None) or timezone.now()
        )
        if target == S.SCHEDULED and article.published_at <= timezone.now():
            raise ValidationError(_("A scheduled time must be in the future."))
    normalize_live_status(article)
    article.full_clean()
    with reversion.create_revision():
        article.save()
        reversion.set_user(by)
        reversion.set_comment(_("Status: %(status)s") % {"status": article.get_status_display()})
    after_save(article=article, previous_status=current, was_live=was_live)
    return article


def note_hand_off(*, article: Article, current: str, by: AbstractBaseUser) -> None:
    """A story going into review: who handed it in and when (the editors' queue is oldest first).
    The note it came back with answered the previous version, so it goes."""
    if article.status != S.IN_REVIEW or current == S.IN_REVIEW:
        return
    article.submitted_at = timezone.now()
    article.submitted_by = by
    article.review_note, article.review_note_at, article.review_note_by = "", None, None


def submit_for_review(*, article: Article, by: AbstractBaseUser) -> Article:
    return transition(article=article, target=S.IN_REVIEW, by=by)


@transaction.atomic
def send_back(*, article: Article, by: AbstractBaseUser, note: str) -> Article:
    """Return a story in review to its writer as a draft, with the editor's note on what to change."""
    note = note.strip()
    if article.status != S.IN_REVIEW:
        raise ValidationError(_("Only a story in review can be sent back to its writer."))
    if not can_publish(by):
        raise PermissionDenied(_("Only editors can send a story back to its writer."))
    if not note:
        raise ValidationError(_("Write a note for the writer: what to change before submitting it again."))
    check_transition(user=by, article=article, current=article.status, target=S.DRAFT)
    article.review_note, article.review_note_at, article.review_note_by = note, timezone.now(), by
    return transition(article=article, target=S.DRAFT, by=by)


def publish(*, article: Article, by: AbstractBaseUser, at: datetime | None = None) -> Article:
    target = S.SCHEDULED if at and at > timezone.now() else S.PUBLISHED
    return transition(article=article, target=target, by=by, at=at)


def unpublish(*, article: Article, by: AbstractBaseUser) -> Article:
    return transition(article=article, target=S.UNPUBLISHED, by=by)


def go_live(*, article_id: int) -> str:
    """Flip a scheduled story whose time has come to published, and announce it."""
    now = timezone.now()
    flipped = Article.objects.filter(pk=article_id, status=S.SCHEDULED, published_at__lte=now).update(
        status=S.PUBLISHED
    )
    if not flipped:
        # Rescheduled (a later task exists), unscheduled, or deleted: nothing to do.
        return "not due"
    article = Article.objects.select_related("section").get(pk=article_id)
    article_published.send(sender=Article, article=article)
    return "published"


# What a translator writes; everything else of a story (section, tags, picture, byline) carries over.
TRANSLATED_FIELDS = ("headline", "dek", "body")


@transaction.atomic
def create_translation(*, article: Article, by: AbstractBaseUser) -> Article:
    """Open a linked draft of `article` in the other language (or return the existing one).

    Its headline, dek and body start empty, never as copies of the original's words (which a
    translator would have to delete, and which could go out untranslated): the change form shows
    the original beside them and marks the draft as needing translation (`untranslated`). Its slug
    is the original's until its first headline is saved.
    """
    if article.translation_id:
        return article.translation
    language = Language.other(article.language)
    draft = Article(
        language=language,
        headline="",
        slug=unique_slug(Article.objects.filter(language=language), article.slug, 200),
        dek="",
        body="",
        featured_image=article.featured_image,
        section=article.section,
        is_sponsored=article.is_sponsored,
        sponsor_name=article.sponsor_name,
        status=S.DRAFT,
        created_by=by,  # type: ignore[misc]
        translation=article,
    )
    draft.save()
    draft.tags.set(article.tags.all())
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=draft, author_id=b.author_id, order=b.order) for b in article.bylines.all()
    )
    Article.objects.filter(pk=article.pk).update(translation=draft)
    article.translation = draft
    return draft


def untranslated(article: Article, values: dict[str, str] | None = None) -> list[str]:
    """The fields (`TRANSLATED_FIELDS`) of a translation still empty where the other version has
    text: what its translator has left to write. [] once the story was ever published.

    `values`: the fields as a form is about to save them, instead of the story's own.
    """
    source = article.translation if article.translation_id else None
    if source is None or article.first_published_at:
        return []
    values = values if values is not None else {name: getattr(article, name) for name in TRANSLATED_FIELDS}
    return [
        name
        for name in TRANSLATED_FIELDS
        if plain_text(getattr(source, name)) and not plain_text(values.get(name) or "")
    ]


def link_translations(*, article: Article, other: Article | None) -> None:
    """Make `article` and `other` each other's translation, unlinking any previous partner."""
    with transaction.atomic():
        Article.objects.filter(translation=article).exclude(pk=getattr(other, "pk", None)).update(
            translation=None
        )
        if other is not None:
            Article.objects.filter(translation=other).exclude(pk=article.pk).update(translation=None)
            Article.objects.filter(pk=other.pk).update(translation=article)
