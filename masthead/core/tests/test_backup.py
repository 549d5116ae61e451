"""`masthead backup` and `masthead restore`: stories, pictures and subscribers come back whole.

Runs on whichever database the suite uses: SQLite, or PostgreSQL when DATABASE_URL names one.
"""

import io
import json
import shutil
import sqlite3
import tarfile
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from masthead.articles.models import Article, Image
from masthead.articles.tests.factories import ArticleFactory, ImageFactory, SectionFactory
from masthead.core.backups import DATABASE_MEMBERS, MANIFEST
from masthead.newsletter.models import Subscriber
from masthead.newsletter.tests.factories import SubscriberFactory

# Schema changes (pg_restore, SQLite's backup API) happen outside the test's transaction.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def make_newsroom() -> Image:
    """Two stories (one with a picture), one in Arabic, and three subscribers; returns the picture."""
    picture = ImageFactory(caption="Dhows at the old harbour.")
    section = SectionFactory(slug="economy", name="Economy", name_ar="اقتصاد")
    ArticleFactory(headline="Port traffic rises for a third month", section=section, featured_image=picture)
    ArticleFactory(headline="الميناء يسجل ارتفاعا في الحركة", language="ar", slug="port-ar", section=section)
    SubscriberFactory(email="layla@example.org")
    SubscriberFactory(email="omar@example.org", language="ar")
    SubscriberFactory(email="sara@example.org", status=Subscriber.Status.PENDING, confirmed_at=None)
    return picture


def take_backup(directory: Path) -> Path:
    out = StringIO()
    call_command("backup", str(directory), stdout=out)
    (archive,) = directory.glob("masthead-backup-*.tar.gz")
    assert str(archive) in out.getvalue()
    return archive


def restore(archive: Path) -> str:
    out = StringIO()
    call_command("restore", str(archive), "--no-input", stdout=out)
    return out.getvalue()


def headlines() -> set[str]:
    return set(Article.objects.values_list("headline", flat=True))


def subscribers() -> set[tuple[str, str]]:
    return set(Subscriber.objects.values_list("email", "status"))


def rewrite(archive: Path, target: Path, replace: dict[str, bytes | None]) -> Path:
    """A copy of `archive` with members replaced (bytes) or left out (None), in the same order."""
    with tarfile.open(archive, "r:gz") as source, tarfile.open(target, "w:gz") as copy:
        for member in source:
            if member.name in replace:
                data = replace[member.name]
                if data is None:
                    continue
                member.size = len(data)
                copy.addfile(member, io.BytesIO(data))
            else:
                copy.addfile(member, source.extractfile(member) if member.isfile() else None)
    return target


def test_restore_brings_back_stories_pictures_and_subscribers(tmp_path):
    picture = make_newsroom()
    picture_path = Path(picture.file.path)
    picture_bytes = picture_path.read_bytes()
    stories, readers = headlines(), subscribers()
    assert len(stories) == 2 and len(readers) == 3

    archive = take_backup(tmp_path / "backups")

    # Everything goes, and something new arrives after the backup.
    Article.objects.all().delete()
    Image.objects.all().delete()
    Subscriber.objects.all().delete()
    shutil.rmtree(settings.MEDIA_ROOT)
    ArticleFactory(headline="Written after the backup")
    SubscriberFactory(email="late@example.org")

    output = restore(archive)

    assert headlines() == stories
    assert subscribers() == readers
    restored = Article.objects.get(headline="Port traffic rises for a third month")
    assert restored.featured_image.caption == "Dhows at the old harbour."
    assert Path(restored.featured_image.file.path).read_bytes() == picture_bytes
    assert Article.objects.get(language="ar").section.name_ar == "اقتصاد"
    assert "Restored the backup" in output


def test_a_backup_is_one_archive_with_the_database_and_the_media(tmp_path):
    picture = make_newsroom()
    archive = take_backup(tmp_path)

    with tarfile.open(archive, "r:gz") as opened:
        names = opened.getnames()
        manifest = json.load(opened.extractfile(MANIFEST))
    assert names[0] == MANIFEST
    assert manifest["database"]["vendor"] == connection.vendor
    assert DATABASE_MEMBERS[connection.vendor] in names
    media_name = Path(picture.file.path).relative_to(settings.MEDIA_ROOT).as_posix()
    assert f"media/{media_name}" in names
    # Only whole archives carry the name: nothing half-written is left beside it.
    assert [p.name for p in tmp_path.iterdir()] == [archive.name]
    # It holds subscribers' addresses and password hashes: for the site's own user alone.
    assert archive.stat().st_mode & 0o077 == 0


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    make_newsroom()
    text = tmp_path / "notes.txt"
    text.write_text("Not an archive at all.")
    foreign = tmp_path / "photos.tar.gz"
    with tarfile.open(foreign, "w:gz") as archive:
        archive.add(text, arcname="notes.txt")
    mislabelled = tmp_path / "other.tar.gz"
    with tarfile.open(mislabelled, "w:gz") as archive:
        data = json.dumps({"format": "another-tool", "database": {"vendor": "sqlite"}}).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))

    for path in (text, foreign, mislabelled):
        with pytest.raises(CommandError, match="is not a Masthead backup"):
            restore(path)
    assert len(headlines()) == 2


def test_a_damaged_backup_changes_nothing(tmp_path):
    picture = make_newsroom()
    picture_bytes = Path(picture.file.path).read_bytes()
    archive = take_backup(tmp_path / "backups")
    member = DATABASE_MEMBERS[connection.vendor]
    damaged = rewrite(archive, tmp_path / "damaged.tar.gz", {member: b"\x00garbage" * 4096})
    missing = rewrite(archive, tmp_path / "missing.tar.gz", {member: None})
    ArticleFactory(headline="Written after the backup")

    for path in (damaged, missing):
        with pytest.raises(CommandError, match="is damaged"):
            restore(path)

    assert "Written after the backup" in headlines() and len(headlines()) == 3
    assert Path(picture.file.path).read_bytes() == picture_bytes
    media = Path(settings.MEDIA_ROOT)
    assert list(media.parent.glob(f".{media.name}-*")) == []  # no staged or set-aside folder left


@pytest.mark.skipif(connection.vendor != "sqlite", reason="a page size SQLite cannot copy into this database")
def test_a_database_that_cannot_be_replaced_leaves_the_media_as_it_was(tmp_path):
    picture = make_newsroom()
    picture_path = Path(picture.file.path)
    archive = take_backup(tmp_path / "backups")
    # A whole, valid database that SQLite refuses to copy into the live one: another page size.
    with tarfile.open(archive, "r:gz") as opened:
        (tmp_path / "db").write_bytes(opened.extractfile(DATABASE_MEMBERS["sqlite"]).read())
    copy = sqlite3.connect(tmp_path / "db")
    copy.execute("PRAGMA journal_mode=DELETE")
    copy.execute("PRAGMA page_size=8192")
    copy.execute("VACUUM")
    copy.close()
    database = {DATABASE_MEMBERS["sqlite"]: (tmp_path / "db").read_bytes()}
    refused = rewrite(archive, tmp_path / "refused.tar.gz", database)
    picture_path.unlink()
    ArticleFactory(headline="Written after the backup")

    with pytest.raises(CommandError, match="could not be replaced"):
        restore(refused)

    assert "Written after the backup" in headlines()
    assert not picture_path.exists()  # the backup's media were put aside again, not left in place
    media = Path(settings.MEDIA_ROOT)
    assert media.is_dir() and list(media.parent.glob(f".{media.name}-*")) == []


def test_restore_refuses_a_backup_of_another_kind_of_database(tmp_path):
    make_newsroom()
    archive = take_backup(tmp_path / "backups")
    with tarfile.open(archive, "r:gz") as opened:
        manifest = json.load(opened.extractfile(MANIFEST))
    other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
    manifest["database"] = {"vendor": other, "member": DATABASE_MEMBERS[other]}
    foreign = rewrite(archive, tmp_path / "foreign.tar.gz", {MANIFEST: json.dumps(manifest).encode()})

    with pytest.raises(CommandError, match=f"holds a {other} database"):
        restore(foreign)
    assert len(headlines()) == 2


def test_backup_keeps_the_newest_backups_when_asked(tmp_path):
    old = ["masthead-backup-20250101T030000Z.tar.gz", "masthead-backup-20250102T030000Z.tar.gz"]
    for name in old:
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "notes.txt").write_text("kept")

    call_command("backup", str(tmp_path), "--keep", "2", stdout=StringIO())

    names = sorted(p.name for p in tmp_path.iterdir())
    assert names[0] == old[1] and names[-1] == "notes.txt" and len(names) == 3
