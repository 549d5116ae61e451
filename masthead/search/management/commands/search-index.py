"""`masthead search-index rebuild|status`: index every live story again, or say what is indexed."""

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from masthead.search import services
from masthead.search.backends import get_backend
from masthead.search.documents import indexable
from masthead.search.models import Entry


class Command(BaseCommand):
    help = "Rebuild the search index from the stories (readers keep searching meanwhile), or show its state."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["rebuild", "status"])
        parser.add_argument("--no-progress", action="store_true", help="no progress bar (for logs)")

    def handle(self, *args, action: str, no_progress: bool, **options) -> None:
        if action == "rebuild":
            total = indexable().count()
            with tqdm(total=total, unit="story", disable=no_progress, file=self.stderr._out) as bar:
                done = services.rebuild(progress=bar.update)
            self.stdout.write(f"Indexed {done} stories.")
        size = get_backend().size()
        shown = f"{size / 2**20:.1f} MiB" if size is not None else "size unknown"
        self.stdout.write(f"Search index: {Entry.objects.count()} stories ({shown}).")
