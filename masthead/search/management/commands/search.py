"""`masthead search "QUERY"`: what readers would find, with each story's score."""

from django.core.management.base import BaseCommand, CommandParser

from masthead.core.models import Language
from masthead.search.selectors import search


class Command(BaseCommand):
    help = "Search the published stories as readers do, and print the results with their scores."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query", help='the words, "phrases" and -exclusions, as typed in the search box')
        parser.add_argument("--language", choices=[*Language.values, "all"], default="all")
        parser.add_argument("--newest", action="store_true", help="newest first instead of most relevant")
        parser.add_argument("--limit", type=int, default=10)

    def handle(self, *args, query: str, language: str, newest: bool, limit: int, **options) -> None:
        languages = tuple(Language.values) if language == "all" else (language,)
        results = search(query, languages=languages, newest=newest, page_size=max(1, limit))
        if not results.has_query:
            self.stdout.write("Nothing to search for: type a word.")
            return
        self.stdout.write(f"{results.total} found")
        for rank, (story, score) in enumerate(zip(results.stories, results.scores, strict=True), start=1):
            self.stdout.write(
                f"{rank:2d}. {score:7.3f}  {story.headline}  "
                f"[{story.language}, {story.section.slug}, {story.published_at:%Y-%m-%d}]"
            )
        if results.suggestion:
            self.stdout.write(f"Did you mean: {results.suggestion}")
