"""An import killed with SIGKILL part-way, then run again, ends exactly as an uninterrupted one.

Both run as real `masthead import wordpress` processes on their own SQLite newsrooms; the test
reads their databases directly.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from masthead.imports.tests.wxrgen import write_wxr

MASTHEAD = str(Path(sys.executable).parent / "masthead")
POSTS = 1200
BATCH = 40


def newsroom(folder: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")}
    env.update(MASTHEAD_DATA_DIR=str(folder), DJANGO_SETTINGS_MODULE="masthead.settings")
    subprocess.run([MASTHEAD, "migrate", "--noinput", "-v", "0"], check=True, env=env)
    subprocess.run(
        [
            MASTHEAD,
            "shell",
            "-c",
            "from masthead.articles.models import Section; "
            "Section.objects.create(slug='news', name='News', name_ar='أخبار')",
        ],
        check=True,
        env=env,
    )
    return env


def command(path: Path) -> list[str]:
    return [MASTHEAD, "import", "wordpress", str(path), "--keep-image-urls", "--no-progress",
            "--batch-size", str(BATCH)]  # fmt: skip


def query(folder: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(folder / "masthead.sqlite3", timeout=30) as db:
        return db.execute(sql).fetchall()


def snapshot(folder: Path) -> dict[str, object]:
    """Everything an import decides, by the stories' addresses (ids differ between newsrooms)."""
    stories = query(
        folder,
        "select a.language, a.slug, a.headline, a.status, a.published_at, a.guid, s.slug, a.body "
        "from articles_article a join articles_section s on s.id = a.section_id",
    )
    tags = query(
        folder,
        "select a.language || '/' || a.slug, t.slug from articles_article_tags at "
        "join articles_article a on a.id = at.article_id join articles_tag t on t.id = at.tag_id",
    )
    bylines = query(
        folder,
        "select a.language || '/' || a.slug, au.slug, b.\"order\" from articles_articleauthor b "
        "join articles_article a on a.id = b.article_id join authors_author au on au.id = b.author_id",
    )
    return {
        "stories": sorted(stories),
        "tags": sorted(tags),
        "bylines": sorted(bylines),
        "authors": sorted(query(folder, "select slug, name from authors_author")),
        "redirects": sorted(row[0] for row in query(folder, "select old_path from redirects_redirect")),
        "items": query(folder, "select kind, count(*) from imports_importeditem group by kind order by kind"),
    }


def test_killed_import_resumes_to_the_same_result(tmp_path):
    export = tmp_path / "export.xml"
    write_wxr(export, posts=POSTS, images=0, seed=7)

    whole = tmp_path / "whole"
    subprocess.run(command(export), check=True, env=newsroom(whole), capture_output=True)

    killed = tmp_path / "killed"
    env = newsroom(killed)
    process = subprocess.Popen(command(export), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    written = 0
    while time.monotonic() < deadline and process.poll() is None:
        written = query(killed, "select count(*) from imports_importeditem where kind = 'post'")[0][0]
        if written >= POSTS // 3:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the import ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    # What the killed run left: whole batches only. Every story it wrote has its record, its
    # byline and its old address; nothing else was written.
    stories = query(killed, "select count(*) from articles_article")[0][0]
    items = query(killed, "select count(*) from imports_importeditem where kind = 'post'")[0][0]
    assert 0 < stories < POSTS and stories == items
    assert query(
        killed,
        "select count(*) from articles_article a where not exists "
        "(select 1 from articles_articleauthor b where b.article_id = a.id)",
    ) == [(0,)]
    assert query(
        killed,
        "select count(*) from articles_article a where not exists "
        "(select 1 from redirects_redirect r where r.article_id = a.id)",
    ) == [(0,)]

    subprocess.run(command(export), check=True, env=env, capture_output=True)
    assert snapshot(killed) == snapshot(whole)
