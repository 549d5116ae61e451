"""`masthead rebuild-related`: compute every published story's "You May Also Like" list."""

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from masthead.articles import services
from masthead.articles.models import Article


class Command(BaseCommand):
    help = (
        "Compute and store the related-stories list of every published story (after an import "
        "or a bulk load; publishing and editing keep the lists fresh by themselves)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", choices=["en", "ar"], help="only stories in this language")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, language: str | None, no_progress: bool, **options) -> None:
        stories = Article.objects.published().order_by("-published_at")
        if language:
            stories = stories.filter(language=language)
        ids = list(stories.values_list("pk", flat=True))
        for pk in tqdm(ids, desc="related stories", unit="story", disable=no_progress or None):
            services.refresh_related(article_id=pk)
        self.stdout.write(f"Related stories stored for {len(ids)} stories.")
