"""`masthead import …` from end to end: real exports, pictures over HTTP from 127.0.0.1, old addresses."""

from __future__ import annotations

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from masthead.articles.models import Article, Image, Page
from masthead.articles.tests.factories import SectionFactory, image_bytes
from masthead.imports.tests.wxrgen import write_wxr
from masthead.redirects.models import Redirect

FIXTURES = Path(__file__).parent / "fixtures"
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run(*args: str) -> str:
    out = StringIO()
    call_command("import", *args, "--no-progress", stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def news(db):
    return SectionFactory(slug="news", name="News", name_ar="أخبار")


def test_wordpress_pictures_are_fetched_once_and_a_rerun_fetches_nothing(news, file_server, tmp_path):
    export = write_wxr(tmp_path / "export.xml", posts=12, images=4, image_base=file_server.base_url, seed=2)
    wanted = sorted(set(re.findall(r"wp-content/uploads/[\w/.-]+\.jpg", export.read_text())))
    for number, path in enumerate(wanted):  # distinct files: identical ones are stored once
        file_server.put(path, image_bytes(320, 200, color=f"#{number * 40:02x}6f97"))
    missing = wanted[0]
    file_server.answer("/" + missing, 404)

    report = run("wordpress", str(export))

    assert Article.objects.count() == 12
    assert Image.objects.count() == len(wanted) - 1
    assert all(count == 1 for path, count in file_server.requests.items() if path != "/" + missing)
    with_picture = Article.objects.exclude(featured_image=None).count()
    assert 0 < with_picture < 12  # the stories whose picture 404s have none, and say so
    assert missing in report and "404" in report

    fetched = dict(file_server.requests)
    again = run("wordpress", str(export))
    assert re.search(r"stories\s+0 new\s+0 updated\s+12 unchanged", again)
    assert Image.objects.count() == len(wanted) - 1 and Article.objects.count() == 12
    assert {p: n for p, n in file_server.requests.items() if p != "/" + missing} == {
        p: n for p, n in fetched.items() if p != "/" + missing
    }


def test_polylang_site_from_a_local_uploads_folder(news, tmp_path, client):
    uploads = tmp_path / "uploads"
    for name in ("manama-skyline.jpg", "port.jpg"):
        (uploads / "2024" / "02").mkdir(parents=True, exist_ok=True)
        (uploads / "2024" / "02" / name).write_bytes(image_bytes(400, 300))
    report_file = tmp_path / "report.json"
    run(
        "wordpress",
        str(FIXTURES / "wordpress-polylang.xml"),
        "--media-dir",
        str(uploads),
        "--create-sections",
        "--report",
        str(report_file),
    )
    report = json.loads(report_file.read_text())
    assert report["counts"]["stories"]["created"] >= 2 and report["counts"]["pages"]["created"] >= 1

    english = Article.objects.get(language="en", slug="talks-resume-in-manama")
    arabic = english.translation
    assert arabic is not None and arabic.language == "ar" and arabic.translation_id == english.pk
    assert english.featured_image is not None and english.featured_image.alt_text
    assert Page.objects.filter(slug="about").exists()

    old = (
        "/2024/02/12/%d8%a7%d8%b3%d8%aa%d8%a6%d9%86%d8%a7%d9%81-"
        "%d8%a7%d9%84%d9%85%d8%ad%d8%a7%d8%af%d8%ab%d8%a7%d8%aa/"
    )
    if arabic.is_published:
        response = client.get(old)
        assert response.status_code == 301 and response["Location"].endswith(arabic.get_absolute_url())
    response = client.get("/2024/02/12/talks-resume-in-manama/")
    assert response.status_code == 301 and response["Location"].endswith(english.get_absolute_url())
    # One hop: where it leads answers 200 itself.
    assert client.get(response["Location"]).status_code == 200
    # The attachment page leads to the story it was uploaded to.
    attachment = client.get("/2024/02/12/talks-resume-in-manama/manama-skyline/")
    assert attachment.status_code == 301 and attachment["Location"].endswith(english.get_absolute_url())


def test_a_dry_run_reports_and_writes_nothing(news, tmp_path):
    out = run("wordpress", str(FIXTURES / "wordpress-polylang.xml"), "--dry-run", "--create-sections")
    assert out.startswith("Dry run, nothing written")
    assert not Article.objects.exists() and not Redirect.objects.exists() and not Image.objects.exists()


@pytest.mark.parametrize(
    ("fixture", "platform", "message"),
    [
        ("wordpress-bomb.xml", "wordpress", "entit"),
        ("wordpress-external-entity.xml", "wordpress", "entit"),
        ("wordpress-rss-feed.xml", "wordpress", "WordPress"),
        ("wordpress-html-page.xml", "wordpress", "WordPress"),
        ("blogger-bomb.xml", "blogger", "entit"),
        ("ghost-5.json", "wordpress", ""),  # JSON handed to the XML reader
        ("wordpress-polylang.xml", "ghost", "JSON"),
    ],
)
def test_unusable_files_are_refused_with_a_reason(news, fixture, platform, message):
    with pytest.raises(CommandError) as refused:
        run(platform, str(FIXTURES / fixture))
    assert message.lower() in str(refused.value).lower()
    assert not Article.objects.exists()


def test_a_missing_file_and_bad_options(news, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run("wordpress", str(tmp_path / "nope.xml"))
    with pytest.raises(CommandError, match="OLD=NEW"):
        run("wordpress", str(FIXTURES / "wordpress-wpml.xml"), "--map-section", "news")
    with pytest.raises(CommandError, match="does not exist"):
        run("wordpress", str(FIXTURES / "wordpress-wpml.xml"), "--map-section", "prices=nowhere", "--dry-run")


def test_blogger_and_ghost_exports(news, client):
    run("blogger", str(FIXTURES / "blogger-classic.xml"), "--site-url", "https://blog.example.com")
    run("ghost", str(FIXTURES / "ghost-5.json"), "--site-url", "https://ghost.example.com")
    members = Article.objects.filter(visibility=Article.Visibility.MEMBERS)
    assert members.exists()
    story = Article.objects.published().filter(language="en").exclude(slug="").first()
    assert story is not None
    found = Redirect.objects.filter(article=story).first()
    assert found is not None
    response = client.get(found.old_path)
    assert response.status_code == 301 and response["Location"].endswith(story.get_absolute_url())
    assert "__GHOST_URL__" not in "".join(Article.objects.values_list("body", flat=True))


def test_jsonl_keeps_working_under_import(news, tmp_path):
    lines = tmp_path / "stories.jsonl"
    lines.write_text(
        json.dumps(
            {"headline": "Port traffic rises", "body_text": "Busy.", "language": "en", "section": "news"}
        )
        + "\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command("import", "jsonl", str(lines), stdout=out, stderr=StringIO())
    assert Article.objects.filter(headline="Port traffic rises").exists()
    assert "Created 1" in out.getvalue()
