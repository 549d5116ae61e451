"""`masthead related SLUG`: a story's "You May Also Like" list, with each entry's reasons."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.articles.models import Article
from masthead.discovery import services
from masthead.discovery.models import RelatedStory


class Command(BaseCommand):
    help = "Rank a published story's related stories now, store them, and print why each was chosen."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("slug", help="the story's slug (as in its address)")
        parser.add_argument("--language", choices=["en", "ar"], help="when both languages use the slug")

    def handle(self, *args, slug: str, language: str | None, **options) -> None:
        stories = Article.objects.filter(slug=slug)
        if language:
            stories = stories.filter(language=language)
        found = list(stories[:2])
        if not found:
            raise CommandError(f"No story with the slug {slug!r}.")
        if len(found) > 1:
            raise CommandError(f"Both languages have a story {slug!r}: add --language en or --language ar.")
        article = found[0]
        if not article.is_published:
            raise CommandError(f"{article.headline!r} is not published: it has no related stories.")
        services.refresh_related(article_id=article.pk)
        entries = RelatedStory.objects.filter(article=article).select_related("related").order_by("rank")
        self.stdout.write(f"{article.headline}  [{article.language}, {article.section.slug}]")
        for entry in entries:
            self.stdout.write(f"{entry.rank + 1:2d}. {entry.score:.3f}  {entry.related.headline}")
            self.stdout.write(f"      {describe(entry.reasons)}")
        if not entries:
            self.stdout.write("   (no related stories: nothing similar is published yet)")


def describe(reasons: dict) -> str:
    """The reasons of one entry in words."""
    if reasons.get("pinned"):
        return "pinned by an editor"
    parts = [f"text similarity {reasons.get('similarity', 0):.2f}"]
    if reasons.get("shared_tags"):
        parts.append("shared tags: " + ", ".join(reasons["shared_tags"]))
    if reasons.get("same_section"):
        parts.append("same section")
    if "days_apart" in reasons:
        parts.append(f"{reasons['days_apart']:g} days apart")
    return "; ".join(parts)
