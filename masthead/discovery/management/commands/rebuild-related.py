"""`masthead rebuild-related`: learn each language's text model and rank every published story."""

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from masthead.articles.models import Article
from masthead.discovery import build, vectors


class Command(BaseCommand):
    help = (
        "Fit the text model of each language on its published stories, store every story's "
        "vectors, then compute and store every related-stories list, a block of stories at a time "
        "(after an import or a bulk load; publishing and editing keep the lists fresh by themselves)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--language", choices=["en", "ar"], help="only stories in this language")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, language: str | None, no_progress: bool, **options) -> None:
        progress = not no_progress
        languages = [language] if language else ["en", "ar"]
        for code in languages:
            stories = Article.objects.published().filter(language=code).count()
            if stories >= vectors.MIN_STORIES:
                vectors.fit_language(code, progress=progress)
            else:
                self.stdout.write(
                    f"{code}: {stories} published stories, too few for a text model (tags only)."
                )
        total = 0
        for code in languages:
            count = Article.objects.published().filter(language=code).count()
            bar = tqdm(total=count, desc=f"related stories {code}", unit="story", disable=no_progress or None)
            with bar:
                total += build.rebuild_language(code, progress=bar.update)
        self.stdout.write(f"Related stories stored for {total} stories.")
