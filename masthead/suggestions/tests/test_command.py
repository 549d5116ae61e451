"""`masthead suggest-tags --language en FILE`."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from masthead.articles.tests.factories import TagFactory
from masthead.suggestions.tests.texts import BORDER_AR, BORDER_EN

pytestmark = pytest.mark.django_db


def run(*args: str) -> list[str]:
    out = StringIO()
    call_command("suggest-tags", *args, stdout=out)
    return out.getvalue().splitlines()


def test_prints_the_top_ten_one_label_a_line_existing_tags_first(tmp_path):
    TagFactory(name="Red Hand Brigade", name_ar="لواء اليد الحمراء", slug="red-hand")
    story = tmp_path / "story.txt"
    story.write_text(BORDER_EN, encoding="utf-8")
    lines = run("--language", "en", str(story))
    assert len(lines) == 10
    assert lines[0] == "Red Hand Brigade"
    assert lines[1:4] == ["Karvania", "Ostrel", "Zarin crossing"]


def test_reads_arabic_and_a_byte_order_mark(tmp_path):
    story = tmp_path / "story.txt"
    story.write_bytes(b"\xef\xbb\xbf" + BORDER_AR.encode("utf-8"))
    lines = run("--language", "ar", str(story))
    assert len(lines) == 10
    assert set(lines[:2]) == {"كارفانيا", "أوستريل"}


def test_an_empty_file_prints_nothing(tmp_path):
    story = tmp_path / "empty.txt"
    story.write_text("", encoding="utf-8")
    assert run("--language", "en", str(story)) == []


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match=r"No such file: .*missing\.txt"):
        run("--language", "en", str(tmp_path / "missing.txt"))


def test_a_directory_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="is a directory"):
        run("--language", "en", str(tmp_path))


def test_an_unreadable_file_is_a_clear_error(tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text("Ostrel", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pathlib.Path.read_bytes", refuse)
    with pytest.raises(CommandError, match=r"Cannot read .*story\.txt: Permission denied"):
        run("--language", "en", str(story))


def test_a_file_that_is_not_utf8_is_a_clear_error(tmp_path):
    story = tmp_path / "story.txt"
    story.write_bytes("Karvania reopened the Zarin crossing".encode("utf-16"))
    with pytest.raises(CommandError, match="is not UTF-8 text"):
        run("--language", "en", str(story))
    story.write_bytes("أوستريل".encode("cp1256"))
    with pytest.raises(CommandError, match="save it as UTF-8"):
        run("--language", "ar", str(story))


def test_the_language_is_required_and_must_be_english_or_arabic(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Ostrel", encoding="utf-8")
    with pytest.raises(CommandError, match="--language"):
        run(str(story))
    with pytest.raises(CommandError, match="invalid choice: 'fr'"):
        run("--language", "fr", str(story))
