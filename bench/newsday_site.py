"""The news-day load's Django side, run in subprocesses with the newsroom's environment.

pick_pages(): what readers read (the fronts and 1,000 stories). publish_loop(): the editor, who
writes a story and publishes it through the newsroom's own services on a schedule, printing
one JSON line as each publish returns (committed, purges done). remove_stories(): takes the
editor's stories out again, so the newsroom stays what the other benches measure.
"""

from __future__ import annotations

import json
import secrets
import time

EDITOR = "newsday-editor"
FRONT_TAGS = 3  # the busiest tags of each language, among the fronts
HEADLINES = {
    "en": "Bulletin {token}: harbour traffic resumes after the storm closes the port for a day",
    "ar": "نشرة {token}: استئناف حركة الملاحة في الميناء بعد يوم من الإغلاق بسبب العاصفة",
}
BODIES = {
    "en": "<p>Ships queued overnight began moving at dawn, the port authority said.</p>"
    "<p>Officials expect the backlog to clear by the end of the week.</p>",
    "ar": "<p>بدأت السفن التي انتظرت طوال الليل بالتحرك مع الفجر، بحسب سلطة الميناء.</p>"
    "<p>ويتوقع المسؤولون انتهاء التكدس بنهاية الأسبوع.</p>",
}


def pick_pages(stories: int) -> dict:
    """The fronts (both homes, every section in both languages, the busiest tags) and `stories`
    published stories spread over the whole archive, with their ids (for the view beacons)."""
    from django.db.models import Count
    from django.urls import reverse
    from django.utils import translation
    from django.utils.encoding import iri_to_uri

    from masthead.articles.models import Article, Section

    published = Article.objects.published()
    ids = list(published.order_by("pk").values_list("pk", flat=True))
    if not ids:
        raise SystemExit("no published stories: build the newsroom first")
    chosen = ids[:: max(1, len(ids) // stories)][:stories]
    fronts = {"home": [], "section": [], "tag": []}
    for language in ("en", "ar"):
        busiest = (
            published.in_language(language)
            .filter(tags__isnull=False)
            .values("tags__slug")
            .annotate(n=Count("id"))
            .order_by("-n")[:FRONT_TAGS]
        )
        with translation.override(language):
            fronts["home"].append(reverse("articles:home"))
            sections = Section.objects.order_by("order")
            fronts["section"] += [reverse("articles:section", kwargs={"section": s.slug}) for s in sections]
            fronts["tag"] += [reverse("articles:tag", kwargs={"slug": row["tags__slug"]}) for row in busiest]
    found = published.filter(pk__in=chosen).select_related("section").order_by("pk")
    return {
        "fronts": {kind: [iri_to_uri(url) for url in urls] for kind, urls in fronts.items()},
        "stories": [{"url": iri_to_uri(story.get_absolute_url()), "id": story.pk} for story in found],
        "published": len(ids),
    }


def editor_user():
    """The newsroom login that publishes (an editor, as in the back office)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user, _ = get_user_model().objects.get_or_create(username=EDITOR, defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="Editor"))
    return get_user_model().objects.get(pk=user.pk)  # fresh: permissions are cached per object


def remove_stories() -> int:
    """Delete every story the editor wrote (their pages are purged as for any deleted story)."""
    from masthead.articles.models import Article

    return Article.objects.filter(created_by__username=EDITOR).delete()[1].get("articles.Article", 0)


def clear_page_cache() -> None:
    """Forget every cached page, in whichever store this newsroom's settings name."""
    from masthead.core.pagecache.services import clear

    clear()


def write_story(editor, number: int, token: str):
    """A draft as the back office's story form saves it: a news section's story with a byline,
    tags and a picture taken from that section's newest story in the same language."""
    from django.db import transaction

    from masthead.articles import services
    from masthead.articles.admin.stories import slug_from_headline
    from masthead.articles.models import Article, ArticleAuthor, Section

    language = "ar" if number % 2 else "en"
    sections = list(Section.objects.filter(kind=Section.Kind.NEWS).order_by("order"))
    section = sections[number // 2 % len(sections)]
    model = (
        Article.objects.published()
        .filter(language=language, section=section)
        .order_by("-published_at")
        .exclude(created_by=editor)
        .first()
    )
    with transaction.atomic():
        article = Article(
            language=language,
            headline=HEADLINES[language].format(token=token),
            body=BODIES[language],
            section=section,
            featured_image=model.featured_image if model else None,
            created_by=editor,
        )
        article.slug = slug_from_headline(article)
        services.normalize_live_status(article)
        article.save()
        if model is not None:
            article.tags.set(model.tags.all())
            for byline in model.bylines.all():
                ArticleAuthor.objects.create(article=article, author_id=byline.author_id, order=byline.order)
        services.after_save(article=article, previous_status=None, was_live=False)
    return article


def publish_one(editor, number: int, prefix: str) -> dict:
    """Write a draft, publish it, and say where it must now show (home, its section, its page)."""
    from django.urls import reverse
    from django.utils import translation
    from django.utils.encoding import iri_to_uri

    from masthead.articles import services

    token = f"{prefix}-{number:03d}"
    article = write_story(editor, number, token)
    started = time.perf_counter()
    services.publish(article=article, by=editor)  # commits, then purges (on commit) before returning
    done = time.time()
    with translation.override(article.language):
        section_url = reverse("articles:section", kwargs={"section": article.section.slug})
    return {
        "number": number,
        "token": token,
        "language": article.language,
        "published_at": done,
        "publish_ms": (time.perf_counter() - started) * 1000,
        "pages": {
            "home": f"/{article.language}/",
            "section": iri_to_uri(section_url),
            "story": iri_to_uri(article.get_absolute_url()),
        },
    }


def publish_loop(*, start_at: float, every: float, stop_by: float) -> None:
    """Publish a story at `start_at`, then every `every` seconds until `stop_by` (Unix times),
    printing one JSON line as each publish returns."""
    editor = editor_user()
    prefix = "nd" + secrets.token_hex(3)
    print(json.dumps({"ready": time.time()}), flush=True)
    number = 0
    while (due := start_at + number * every) <= stop_by:
        time.sleep(max(0.0, due - time.time()))
        print(json.dumps(publish_one(editor, number, prefix), ensure_ascii=False), flush=True)
        number += 1
