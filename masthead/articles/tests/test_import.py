"""`masthead import-articles`: JSON Lines in, articles out, all of them or none."""

import json
import tracemalloc
from datetime import UTC, datetime, timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from masthead.articles import importing
from masthead.articles.models import Article, Section, Tag
from masthead.authors.models import Author

S = Article.Status


@pytest.fixture
def sections(db) -> dict[str, Section]:
    return {
        "world": Section.objects.create(name="World", name_ar="العالم", slug="world"),
        "business": Section.objects.create(name="Business", name_ar="اقتصاد", slug="business"),
        "cartoons": Section.objects.create(
            name="Cartoons", name_ar="كاريكاتير", slug="cartoons", kind=Section.Kind.CARICATURE
        ),
    }


@pytest.fixture
def write_jsonl(tmp_path):
    """Write lines (dicts become JSON, str and bytes are written as they are) to a file."""

    def write(lines: list, name: str = "articles.jsonl") -> Path:
        path = tmp_path / name
        chunks = []
        for line in lines:
            if isinstance(line, dict):
                line = json.dumps(line, ensure_ascii=False)
            chunks.append(line if isinstance(line, bytes) else line.encode("utf-8"))
        path.write_bytes(b"\n".join(chunks) + b"\n")
        return path

    return write


def run_import(path: Path, *args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import-articles", str(path), "--no-progress", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def import_error(path: Path, *args: str) -> str:
    with pytest.raises(CommandError) as caught:
        run_import(path, *args)
    return str(caught.value)


def story(**overrides) -> dict:
    """A good line; each test changes only what it is about."""
    line = {
        "headline": "Parliament passes the budget",
        "body_text": "First paragraph.\n\nSecond paragraph.",
        "language": "en",
        "section": "world",
    }
    line.update(overrides)
    return {key: value for key, value in line.items() if value is not ...}


def test_import_creates_articles_with_tags_bylines_and_statuses(sections, write_jsonl):
    future = (timezone.now() + timedelta(days=3)).replace(microsecond=0)
    path = write_jsonl(
        [
            story(
                slug="budget",
                dek="The vote was close.",
                tags=["Economy", "Parliament"],
                authors=["Zainab Saleh", "Adam Brooks"],
                published_at="2024-05-01T09:30:00+03:00",
            ),
            story(
                headline="القمة تبدأ غداً",
                language="ar",
                body_text=...,
                body_html="<p>نص الخبر</p>",
                tags=["قمة"],
                authors=["سارة أحمد"],
                published_at=future.isoformat(),
            ),
            story(headline="A draft for later", section="business"),
        ]
    )

    out, _ = run_import(path)

    assert "Created 3, updated 0" in out
    budget = Article.objects.get(language="en", slug="budget")
    assert budget.headline == "Parliament passes the budget"
    assert budget.dek == "The vote was close."
    assert budget.body == "<p>First paragraph.</p><p>Second paragraph.</p>"
    assert budget.section == sections["world"]
    assert budget.status == S.PUBLISHED
    assert budget.published_at == datetime(2024, 5, 1, 6, 30, tzinfo=UTC)
    assert budget.first_published_at == budget.published_at
    assert sorted(tag.name for tag in budget.tags.all()) == ["Economy", "Parliament"]
    # Byline order is the file's order, not alphabetical.
    assert [author.name for author in budget.byline] == ["Zainab Saleh", "Adam Brooks"]
    assert list(budget.bylines.values_list("author__name", "order")) == [
        ("Zainab Saleh", 0),
        ("Adam Brooks", 1),
    ]

    summit = Article.objects.get(language="ar")
    assert summit.slug == "القمة-تبدأ-غدا"
    assert summit.status == S.SCHEDULED
    assert summit.published_at == future
    arabic_tag = summit.tags.get()
    assert (arabic_tag.name, arabic_tag.name_ar) == ("", "قمة")
    assert [(a.name, a.name_ar) for a in summit.byline] == [("سارة أحمد", "سارة أحمد")]

    draft = Article.objects.get(slug="a-draft-for-later")
    assert draft.status == S.DRAFT
    assert draft.published_at is None
    assert draft.section == sections["business"]
    assert list(draft.tags.all()) == []
    assert draft.byline == []


def test_existing_tags_and_authors_are_matched_ignoring_case(sections, write_jsonl):
    climate = Tag.objects.create(name="Climate", slug="climate")
    gaza = Tag.objects.create(name="Gaza", name_ar="غزة", slug="gaza")
    opec = Tag.objects.create(name="Oil producers", slug="oil-producers", aliases="OPEC, OPEC+")
    jane = Author.objects.create(name="Jane Doe", name_ar="جين دو", slug="jane-doe")
    path = write_jsonl(
        [
            story(tags=["CLIMATE", "  climate ", "opec", "New Topic"], authors=["JANE   DOE", "New Writer"]),
            story(headline="خبر", language="ar", tags=["غزة", "gaza"], authors=["جين دو", "jane-doe"]),
        ]
    )

    run_import(path)

    english = Article.objects.get(language="en")
    assert set(english.tags.all()) == {climate, opec, Tag.objects.get(slug="new-topic")}
    assert english.byline == [jane, Author.objects.get(slug="new-writer")]
    arabic = Article.objects.get(language="ar")
    assert list(arabic.tags.all()) == [gaza]
    assert arabic.byline == [jane]
    assert Tag.objects.count() == 4
    assert Author.objects.count() == 2


def test_a_name_whose_slug_is_taken_reuses_that_row(sections, write_jsonl):
    # A new tag named "Middle East" would need the slug "middle-east", which "Mideast" has.
    mideast = Tag.objects.create(name="Mideast", slug="middle-east")
    jane = Author.objects.create(name="J. Doe", slug="jane-doe")
    path = write_jsonl([story(tags=["Middle East"], authors=["Jane Doe"])])

    out, _ = run_import(path)

    assert "0 new tags, 0 new authors" in out
    article = Article.objects.get()
    assert list(article.tags.all()) == [mideast]
    assert article.byline == [jane]


def test_changing_only_the_byline_order_is_an_update(sections, write_jsonl):
    run_import(write_jsonl([story(slug="s", authors=["Amy", "Zed"], tags=["A"])], name="one.jsonl"))

    out, _ = run_import(write_jsonl([story(slug="s", authors=["Zed", "Amy"], tags=["A"])], name="two.jsonl"))

    assert "Created 0, updated 1" in out
    assert [author.name for author in Article.objects.get().byline] == ["Zed", "Amy"]


def test_changing_only_the_tags_is_an_update(sections, write_jsonl):
    run_import(write_jsonl([story(slug="s", tags=["A", "B"])], name="one.jsonl"))

    out, _ = run_import(write_jsonl([story(slug="s", tags=["B"])], name="two.jsonl"))

    assert "Created 0, updated 1" in out
    assert [tag.name for tag in Article.objects.get().tags.all()] == ["B"]


def test_rerunning_a_changed_file_updates_instead_of_duplicating(sections, write_jsonl):
    first = write_jsonl(
        [
            story(
                slug="budget", tags=["Economy"], authors=["Zainab Saleh"], published_at="2024-05-01T09:30Z"
            ),
            story(headline="Second story"),
        ],
        name="first.jsonl",
    )
    run_import(first)
    second_story = Article.objects.get(slug="second-story")
    untouched_at = second_story.updated_at
    second = write_jsonl(
        [
            story(
                slug="budget",
                headline="Parliament passes a revised budget",
                body_text=...,
                body_html="<p>New text.</p>",
                section="business",
                tags=["Parliament"],
                authors=["Adam Brooks", "Zainab Saleh"],
                published_at="2024-05-01T09:30Z",
            ),
            story(headline="Second story"),
            story(headline="Third story"),
        ],
        name="second.jsonl",
    )

    out, _ = run_import(second)

    assert "Created 1, updated 1 (1 unchanged" in out
    assert Article.objects.count() == 3
    budget = Article.objects.get(slug="budget")
    assert budget.headline == "Parliament passes a revised budget"
    assert budget.body == "<p>New text.</p>"
    assert budget.section == sections["business"]
    assert [tag.name for tag in budget.tags.all()] == ["Parliament"]
    assert list(budget.bylines.values_list("author__name", "order")) == [
        ("Adam Brooks", 0),
        ("Zainab Saleh", 1),
    ]
    # The unchanged story was not saved again, so readers see no "Updated" time on it.
    second_story.refresh_from_db()
    assert second_story.updated_at == untouched_at


def test_rerunning_the_same_file_changes_nothing(sections, write_jsonl):
    path = write_jsonl([story(tags=["Economy"], authors=["Zainab Saleh"]), story(headline="Other")])
    run_import(path)

    out, _ = run_import(path)

    assert "Created 0, updated 0 (2 unchanged; 0 new tags, 0 new authors)" in out
    assert Article.objects.count() == 2
    assert Tag.objects.count() == 1
    assert Author.objects.count() == 1


def test_updating_without_a_time_keeps_the_publication(sections, write_jsonl):
    run_import(write_jsonl([story(slug="budget", published_at="2024-05-01T09:30Z")], name="one.jsonl"))

    run_import(write_jsonl([story(slug="budget", headline="Edited")], name="two.jsonl"))

    budget = Article.objects.get(slug="budget")
    assert budget.headline == "Edited"
    assert budget.status == S.PUBLISHED
    assert budget.published_at == datetime(2024, 5, 1, 9, 30, tzinfo=UTC)


def test_one_bad_line_among_good_ones_imports_nothing(sections, write_jsonl):
    path = write_jsonl(
        [
            story(headline="Good one", tags=["Economy"], authors=["Zainab Saleh"]),
            story(headline=...),
            story(headline="Good two"),
        ]
    )

    message = import_error(path)

    assert "1 bad line, so nothing was imported" in message
    assert 'line 2: "headline" is missing' in message
    assert Article.objects.count() == 0
    assert Tag.objects.count() == 0
    assert Author.objects.count() == 0


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        (
            '{"headline": "Broken", "language": "en" "section": "world"}',
            "invalid JSON at column 41: Expecting ',' delimiter",
        ),
        ('["a", "list"]', "expected a JSON object"),
        (story(language=...), '"language" is missing'),
        (story(language="fr"), '"language" must be "en" or "ar", not "fr"'),
        (story(section="sport"), 'there is no section "sport"; the sections are: business, cartoons, world'),
        (story(headline="   "), '"headline" is empty'),
        (story(headline="x" * 301), '"headline" is 301 characters long; the most is 300'),
        (story(headline=42), '"headline" must be a string, not a number'),
        (story(body_text=...), '"body_html" or "body_text" is missing'),
        (story(body_html="<p>x</p>"), 'give "body_html" or "body_text", not both'),
        (story(published_at="yesterday"), '"published_at" "yesterday" is not an ISO 8601 date'),
        (story(published_at="2024-13-01T10:00:00"), '"published_at" "2024-13-01T10:00:00" is not'),
        (story(tags="Economy"), '"tags" must be a list of names, not a string'),
        (story(authors=["Zainab", 7]), '"authors" item 2 must be a string, not a number'),
        (story(slug="Not a slug!"), '"slug" "Not a slug!" may contain only letters'),
        (story(section="cartoons"), "featured image: A caricature needs its cartoon"),
        ('{"headline": "a", "headline": "b"}', 'the field "headline" appears twice'),
        (b'{"headline": "caf\xe9"}', "not valid UTF-8 (byte 0xE9 at byte 18 of the line)"),
        ('{"headline": ' + "1" * 5000 + "}", "invalid JSON: a number has too many digits"),
        (
            story(body_text="x" * (importing.BODY_MAX + 1)),
            f'"body_text" is {importing.BODY_MAX + 1} characters long; the most is {importing.BODY_MAX}',
        ),
        (
            story(dek="x" * (importing.DEK_MAX + 1)),
            f'"dek" is {importing.DEK_MAX + 1} characters long; the most is {importing.DEK_MAX}',
        ),
        (
            story(tags=[f"Tag {n}" for n in range(importing.MAX_TAGS + 1)]),
            f'"tags" has {importing.MAX_TAGS + 1} names; the most is {importing.MAX_TAGS}',
        ),
        (story(headline="Bad\x00news"), '"headline": Null characters are not allowed'),
        (story(dek="a\x00"), '"dek": Null characters are not allowed'),
        (story(body_text="a\x00"), '"body_text": Null characters are not allowed'),
        (story(body_text=..., body_html="<p>a\x00</p>"), '"body_html": Null characters are not allowed'),
        (story(slug="a\x00"), '"slug": Null characters are not allowed'),
        (story(section="world\x00"), '"section": Null characters are not allowed'),
        (story(tags=["Fine", "B\x00d"]), '"tags" item 2: Null characters are not allowed'),
        (story(authors=["\x00"]), '"authors" item 1: Null characters are not allowed'),
        (story(published_at="2024-05-01\x00"), '"published_at": Null characters are not allowed'),
        (
            json.dumps(story(headline="Half \ud83d a face")),
            '"headline": Text may not contain a lone surrogate',
        ),
        (story(published_at="9999-12-31T23:59:59-12:00"), '"published_at": Give a time between the years'),
        (story(published_at="0001-01-01T00:00:00+14:00"), '"published_at": Give a time between the years'),
        (story(published_at="1500-01-01T00:00:00Z"), '"published_at": Give a time between the years'),
    ],
)
def test_a_bad_line_is_named_with_its_problem(sections, write_jsonl, bad_line, expected):
    path = write_jsonl([story(headline="Good"), bad_line])

    message = import_error(path)

    assert f"line 2: {expected}" in message
    assert "line 1" not in message
    assert Article.objects.count() == 0


def test_every_bad_line_is_reported_in_file_order(sections, write_jsonl):
    path = write_jsonl(
        [
            story(headline="Same headline"),
            "{not json",
            story(language="xx"),
            "",  # blank lines are skipped but still counted
            story(headline="Same headline"),
            story(slug="explicit"),
            story(headline="Other", slug="explicit"),
        ]
    )

    message = import_error(path)

    assert "4 bad lines" in message
    reported = [line.strip().split(":")[0] for line in message.splitlines()[1:]]
    assert reported == ["line 2", "line 3", "line 5", "line 7"]
    assert 'line 5: the slug "same-headline" is already used by line 1' in message
    assert 'give one of them a "slug"' in message
    assert 'line 7: the slug "explicit" is already used by line 6' in message


def test_the_same_slug_in_both_languages_is_two_articles(sections, write_jsonl):
    path = write_jsonl([story(slug="summit"), story(slug="summit", language="ar")])

    run_import(path)

    assert set(Article.objects.values_list("language", "slug")) == {("en", "summit"), ("ar", "summit")}


def test_a_long_list_of_bad_lines_is_cut_short(sections, write_jsonl):
    path = write_jsonl([story(language="xx")] * (importing.MAX_REPORTED_LINES + 5))

    message = import_error(path)

    assert f"{importing.MAX_REPORTED_LINES + 5} bad lines" in message
    assert f"line {importing.MAX_REPORTED_LINES}:" in message
    assert f"line {importing.MAX_REPORTED_LINES + 1}:" not in message
    assert "… and 5 more bad lines." in message


def test_unsafe_html_in_the_body_is_removed(sections, write_jsonl):
    path = write_jsonl(
        [
            story(
                body_text=...,
                body_html=(
                    "<p onclick=\"steal()\">Safe <b>text</b></p><script>alert('x')</script>"
                    '<img src="x" onerror="alert(1)"><a href="javascript:alert(1)">click</a>'
                    '<a href="https://example.com/">ok</a><iframe src="https://evil.test/"></iframe>'
                ),
            ),
            story(headline="Plain text", body_text="Use <script>alert(1)</script> & enjoy"),
        ]
    )

    run_import(path)

    body = Article.objects.get(slug="parliament-passes-the-budget").body
    for unsafe in ("<script", "alert(", "onerror", "onclick", "javascript:", "<img", "<iframe"):
        assert unsafe not in body
    assert "<p>Safe <b>text</b></p>" in body
    assert '<a href="https://example.com/" rel="noopener noreferrer">ok</a>' in body
    # Plain text is escaped, never interpreted as markup.
    plain = Article.objects.get(slug="plain-text").body
    assert plain == "<p>Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; enjoy</p>"


def test_a_body_emptied_by_sanitizing_is_a_warning(sections, write_jsonl):
    path = write_jsonl([story(body_text=..., body_html="<script>alert(1)</script>")])

    _, err = run_import(path)

    assert "the body is empty once unsafe HTML is removed (line 1)" in err
    assert Article.objects.get().body == ""


def test_naive_times_are_in_the_site_time_zone(sections, write_jsonl, settings):
    settings.TIME_ZONE = "Asia/Bahrain"
    path = write_jsonl(
        [
            story(slug="naive", published_at="2024-05-01T09:30:00"),
            story(slug="utc", published_at="2024-05-01T09:30:00Z"),
            story(slug="offset", published_at="2024-05-01T09:30:00+05:30"),
        ]
    )

    run_import(path)

    times = dict(Article.objects.values_list("slug", "published_at"))
    assert times["naive"] == datetime(2024, 5, 1, 6, 30, tzinfo=UTC)  # Bahrain is UTC+3
    assert times["utc"] == datetime(2024, 5, 1, 9, 30, tzinfo=UTC)
    assert times["offset"] == datetime(2024, 5, 1, 4, 0, tzinfo=UTC)


def test_dry_run_writes_nothing_and_says_what_it_would_do(sections, write_jsonl):
    run_import(write_jsonl([story(slug="existing")], name="before.jsonl"))
    path = write_jsonl(
        [
            story(slug="existing", headline="Changed headline"),
            story(slug="fresh", tags=["Brand new tag"], authors=["New Writer"]),
        ]
    )

    out, _ = run_import(path, "--dry-run")

    assert "line 1: would update en/existing" in out
    assert "line 2: would create en/fresh" in out
    assert "New tags: Brand new tag" in out
    assert "would create 1, update 1" in out
    assert Article.objects.count() == 1
    assert Article.objects.get().headline == "Parliament passes the budget"
    assert not Tag.objects.exists()
    assert not Author.objects.exists()


def test_dry_run_still_reports_bad_lines(sections, write_jsonl):
    message = import_error(write_jsonl([story(), story(section="nope")]), "--dry-run")

    assert 'line 2: there is no section "nope"' in message


def test_unknown_fields_are_a_warning_not_an_error(sections, write_jsonl):
    path = write_jsonl([story(headlin="typo", source="wire"), story(headline="Two", source="wire")])

    out, err = run_import(path)

    assert 'unknown field "headlin" ignored (did you mean "headline"?) (line 1)' in err
    assert 'unknown field "source" ignored (lines 1, 2)' in err
    assert "Created 2" in out


def test_blank_lines_and_a_byte_order_mark_are_fine(sections, write_jsonl):
    first = b"\xef\xbb\xbf" + json.dumps(story(headline="One")).encode()
    path = write_jsonl([first, "", "   ", story(headline="Two"), "\r"])

    out, _ = run_import(path)

    assert "Created 2" in out
    assert set(Article.objects.values_list("slug", flat=True)) == {"one", "two"}


def test_windows_line_endings_are_fine(sections, tmp_path):
    path = tmp_path / "crlf.jsonl"
    path.write_bytes(b"".join(json.dumps(story(headline=h)).encode() + b"\r\n" for h in ("One", "Two")))

    out, _ = run_import(path)

    assert "Created 2" in out


def test_a_file_that_is_not_utf8_is_refused(sections, tmp_path):
    path = tmp_path / "cp1256.jsonl"
    path.write_bytes(json.dumps(story(headline="خبر", language="ar"), ensure_ascii=False).encode("cp1256"))

    message = import_error(path)

    assert "line 1: not valid UTF-8" in message
    assert "save the file as UTF-8" in message


def test_a_utf16_file_is_refused_as_a_whole(sections, tmp_path):
    path = tmp_path / "utf16.jsonl"
    path.write_text(json.dumps(story()) + "\n", encoding="utf-16")

    assert "is not UTF-8 text (it looks like UTF-16" in import_error(path)


def test_an_empty_file_is_an_error(sections, tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n  \n\n")

    assert "has no articles in it" in import_error(empty)
    assert "has no articles in it" in import_error(blank)


def test_a_missing_file_is_an_error(sections, tmp_path):
    assert "no such file" in import_error(tmp_path / "nope.jsonl")
    assert "is a folder, not a file" in import_error(tmp_path)


def test_a_failure_while_writing_leaves_nothing_behind(sections, write_jsonl):
    path = write_jsonl(
        [story(headline=f"Story {n}", tags=["Economy"], authors=["Zainab Saleh"]) for n in range(5)]
    )
    plan = importing.check_file(path)
    # Someone else takes the fourth story's address between the check and the write.
    Article.objects.create(language="en", slug="story-3", headline="Taken", section=sections["world"])

    with pytest.raises(importing.ImportFailed, match="nothing was imported"):
        importing.write_plan(plan)

    assert list(Article.objects.values_list("headline", flat=True)) == ["Taken"]
    assert not Tag.objects.exists()
    assert not Author.objects.exists()


def test_import_does_not_query_once_per_tag_or_author(sections, write_jsonl, django_assert_max_num_queries):
    lines = [
        story(headline=f"Story {n}", tags=[f"Tag {n % 7}", "Economy"], authors=[f"Writer {n % 5}", "Desk"])
        for n in range(200)
    ]
    path = write_jsonl(lines)

    # One INSERT per article (save() keeps the model's rules); everything else is a fixed
    # number of bulk queries, whatever the number of lines, tags and authors.
    with django_assert_max_num_queries(200 + 20):
        run_import(path)

    assert Article.objects.count() == 200
    assert Tag.objects.count() == 8
    assert Author.objects.count() == 6


def test_a_time_out_of_range_fails_the_dry_run_as_it_fails_the_real_run(sections, write_jsonl, settings):
    settings.TIME_ZONE = "America/Los_Angeles"  # a naive time at the end of 9999 is past it in UTC
    path = write_jsonl(
        [
            story(headline="Good"),
            story(headline="Late", published_at="9999-12-31T23:59:59-12:00"),
            story(headline="Early", published_at="0001-01-01T00:00:00+14:00"),
            story(headline="Naive", published_at="9999-12-31T23:59:59"),
        ]
    )

    dry_run = import_error(path, "--dry-run")
    real_run = import_error(path)

    assert dry_run == real_run
    assert "3 bad lines" in real_run
    for line in (2, 3, 4):
        assert f'line {line}: "published_at": Give a time between the years 1800 and 2200' in real_run
    assert Article.objects.count() == 0


def test_a_nul_character_is_refused_before_anything_is_written(sections, write_jsonl):
    # PostgreSQL refuses NUL in text at write time; SQLite stores it. Both must refuse it up front.
    path = write_jsonl([story(headline="Good"), story(headline="Bad\x00", tags=["Fine"], authors=["Writer"])])

    message = import_error(path)

    assert 'line 2: "headline": Null characters are not allowed' in message
    assert Article.objects.count() == 0
    assert not Tag.objects.exists()


def test_an_over_long_line_is_refused_with_its_number_and_reading_goes_on(sections, write_jsonl):
    too_long = json.dumps(story(body_text="x" * (importing.MAX_LINE_BYTES + 10)))
    path = write_jsonl([story(headline="Good"), too_long, story(language="xx"), story(headline="Also good")])

    message = import_error(path)

    size = len(too_long.encode())
    assert (
        f"line 2: the line is {size} bytes long; the most is {importing.MAX_LINE_BYTES} bytes (4 MiB)"
        in message
    )
    # The lines after it are still read and numbered.
    assert 'line 3: "language" must be "en" or "ar"' in message
    assert "2 bad lines" in message


def test_a_line_of_exactly_the_limit_is_read(sections, write_jsonl):
    line = json.dumps(story(body_text="x"))
    padded = line[:-1] + " " * (importing.MAX_LINE_BYTES - len(line)) + "}"
    assert len(padded.encode()) == importing.MAX_LINE_BYTES
    path = write_jsonl([padded, story(headline="Two")])
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))

    out, _ = run_import(path)

    assert "Created 2" in out


def test_an_over_long_line_is_not_read_into_memory_whole(sections, tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"headline": "')
        for _ in range(40):
            handle.write(b"x" * 1024 * 1024)
        handle.write(b'"}\n')

    tracemalloc.start()
    try:
        with pytest.raises(importing.InvalidLines, match="line 1: the line is"):
            importing.check_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # Reading a 40 MiB line costs a couple of copies of one line's allowance, never the whole line.
    assert peak < 3 * importing.MAX_LINE_BYTES


def test_slugs_that_differ_only_in_case_are_one_slug_within_a_file(sections, write_jsonl):
    path = write_jsonl([story(slug="Dupe-Case"), story(headline="Other", slug="dupe-case")])

    message = import_error(path)

    assert 'line 2: the slug "dupe-case" is already used by line 1 as "Dupe-Case"' in message
    assert Article.objects.count() == 0


def test_a_slug_that_differs_only_in_case_updates_the_existing_story(sections, write_jsonl):
    existing = Article.objects.create(
        language="en", slug="Dupe-Case", headline="Before", section=sections["world"]
    )
    path = write_jsonl([story(slug="dupe-case", headline="After"), story(headline="Parliament-Passes")])
    Article.objects.create(
        language="en", slug="PARLIAMENT-PASSES", headline="Made here", section=sections["world"]
    )

    out, _ = run_import(path)

    assert "Created 0, updated 2" in out
    assert Article.objects.count() == 2
    existing.refresh_from_db()
    assert existing.headline == "After"
    assert existing.slug == "Dupe-Case"  # the address readers know is kept
    assert Article.objects.get(slug="PARLIAMENT-PASSES").headline == "Parliament-Passes"


def test_a_section_is_found_by_its_slug_or_either_name_ignoring_case(sections, write_jsonl):
    path = write_jsonl(
        [
            story(slug="a", section="World"),
            story(slug="b", section="  WORLD "),
            story(slug="c", section="العالم", language="ar"),
            story(slug="d", section="business"),
            story(slug="e", section="Business"),
            story(slug="f", section="اقتصاد"),
        ]
    )

    out, _ = run_import(path)

    assert "Created 6" in out
    found = dict(Article.objects.values_list("slug", "section__slug"))
    assert found == {
        "a": "world",
        "b": "world",
        "c": "world",
        "d": "business",
        "e": "business",
        "f": "business",
    }


def test_an_empty_database_is_told_about_create_sections(db, write_jsonl):
    message = import_error(write_jsonl([story()]))

    assert 'line 1: there is no section "world"' in message
    assert "--create-sections" in message


def test_create_sections_dry_run_says_what_it_would_create_and_writes_nothing(db, write_jsonl):
    path = write_jsonl(
        [
            story(slug="a", section="World News"),
            story(slug="b", section="world news"),
            story(slug="c", section="business"),
            story(slug="d", section="world-news", language="ar"),
        ]
    )

    out, _ = run_import(path, "--dry-run", "--create-sections")

    assert "New sections: World News (world-news), business (business)" in out
    assert "would create 4, update 0" in out
    assert "2 new sections" in out
    assert not Section.objects.exists()
    assert not Article.objects.exists()


def test_create_sections_creates_each_missing_section_once(db, write_jsonl):
    world = Section.objects.create(name="World", name_ar="العالم", slug="world")
    path = write_jsonl(
        [
            story(slug="a", section="World News"),
            story(slug="b", section="WORLD NEWS"),
            story(slug="c", section="Business & Money"),
            story(slug="d", section="World"),
            story(slug="e", section="Business & Money", language="ar"),
        ]
    )

    out, _ = run_import(path, "--create-sections")

    assert "Created 5, updated 0" in out
    assert "2 new sections" in out
    news, money = Section.objects.exclude(pk=world.pk).order_by("pk")
    assert (news.slug, news.name, news.name_ar) == ("world-news", "World News", "")
    assert (money.slug, money.name) == ("business-money", "Business & Money")
    sections_of = dict(Article.objects.values_list("slug", "section_id"))
    assert sections_of == {"a": news.pk, "b": news.pk, "c": money.pk, "d": world.pk, "e": money.pk}

    again, _ = run_import(path, "--create-sections")

    assert "Created 0, updated 0 (5 unchanged; 0 new tags, 0 new authors, 0 new sections)" in again
    assert Section.objects.count() == 3


def test_a_section_that_cannot_be_created_is_a_bad_line(db, write_jsonl):
    path = write_jsonl(
        [
            story(section="Sport"),
            story(headline="Two", section="العالم", language="ar"),
            story(headline="Three", section="x" * 81),
        ]
    )

    message = import_error(path, "--create-sections")

    assert "2 bad lines" in message
    assert 'line 2: cannot create the section "العالم": its address needs Latin letters or digits' in message
    assert 'line 3: cannot create the section "xxxx' in message
    assert "is 81 characters long; the most is 80" in message
    assert not Section.objects.exists()


def test_a_slug_matching_several_stories_by_case_only_must_be_exact(sections, write_jsonl):
    for slug in ("Dupe", "DUPE"):
        Article.objects.create(language="en", slug=slug, headline=slug, section=sections["world"])

    message = import_error(write_jsonl([story(slug="dupe")], name="vague.jsonl"))
    out, _ = run_import(write_jsonl([story(slug="DUPE", headline="Exact")], name="exact.jsonl"))

    assert (
        'line 1: the slug "dupe" matches several stories that differ only in case ("Dupe", "DUPE")' in message
    )
    assert "Created 0, updated 1" in out
    assert Article.objects.get(slug="DUPE").headline == "Exact"
    assert Article.objects.get(slug="Dupe").headline == "Dupe"
