"""`masthead suggest-tags --language en FILE`: the top ten tag suggestions for a text file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.suggestions.services import LANGUAGES, suggest_tags

LIMIT = 10


class Command(BaseCommand):
    help = (
        "Print the tags suggested for a story in a UTF-8 text file, one per line, best first: "
        "existing tags it mentions, then new names and key phrases."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="a UTF-8 text file (the story's headline, dek and body)")
        parser.add_argument("--language", choices=LANGUAGES, required=True, help="the story's language")

    def handle(self, *args, file: str, language: str, **options) -> None:
        text = read_text(Path(file))
        for suggestion in suggest_tags(text, language, limit=LIMIT):
            self.stdout.write(suggestion.label)


def read_text(path: Path) -> str:
    """The file's text, or a CommandError that says what is wrong with it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CommandError(f"No such file: {path}") from None
    except IsADirectoryError:
        raise CommandError(f"{path} is a directory, not a text file.") from None
    except OSError as error:
        raise CommandError(f"Cannot read {path}: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")  # a byte order mark, as some editors write, is not text
    except UnicodeDecodeError as error:
        raise CommandError(
            f"{path} is not UTF-8 text (invalid byte at position {error.start}); save it as UTF-8."
        ) from None
