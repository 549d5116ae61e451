"""Backups: the database and the uploaded media in one archive, and their restore.

An archive is a gzipped tar holding, in this order, a manifest (`masthead-backup.json`), the
database (`database.sqlite3`, made with SQLite's online backup API, or `database.pgdump`, from
`pg_dump --format=custom`) and the media folder (`media/…`). Backups are taken while the site
runs: both databases give a consistent snapshot without stopping writers.

A restore checks everything before it changes anything: the file must be a Masthead backup of
this kind of database, and its database must be whole (SQLite: an integrity check of the copy;
PostgreSQL: `pg_restore --list`). The database is then replaced in one transaction (SQLite: the
checked copy is written into the live file by the backup API; PostgreSQL: `pg_restore --clean
--single-transaction`), so a failure leaves it as it was, and the media folder is swapped by two
renames. Cached pages are dropped afterwards: they show what the database held before.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections
from django.utils.translation import gettext as _

MANIFEST = "masthead-backup.json"
FORMAT = "masthead-backup"
FORMAT_VERSION = 1
DATABASE_MEMBERS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
MEDIA = "media"
PREFIX = "masthead-backup-"
SUFFIX = ".tar.gz"


class BackupError(Exception):
    """A backup could not be made, or a file cannot be restored (nothing was changed)."""


@dataclass(frozen=True)
class Summary:
    path: Path
    vendor: str
    media_files: int | None  # None: uploads are not on this machine's disk, not in the archive
    created_at: str


def backup(directory: Path, *, using: str = "default") -> Summary:
    """Write a new archive of the database and media into `directory`; return what it holds.

    The archive is written under a temporary name and renamed when complete, so a file named
    like a backup is always a whole one.
    """
    directory.mkdir(parents=True, exist_ok=True)
    vendor = connections[using].vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(_("Backups support SQLite and PostgreSQL, not %(vendor)s.") % {"vendor": vendor})
    created = datetime.now(UTC)
    path = directory / f"{PREFIX}{created:%Y%m%dT%H%M%SZ}{SUFFIX}"
    media_root = local_media_root()
    media_files = sum(1 for p in media_root.rglob("*") if p.is_file()) if media_root else None
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": created.isoformat(),
        "masthead_version": masthead_version(),
        "database": {"vendor": vendor, "member": DATABASE_MEMBERS[vendor]},
        "media": media_root is not None,
    }
    with tempfile.TemporaryDirectory(dir=directory, prefix=".backup-") as scratch:
        dump = Path(scratch) / DATABASE_MEMBERS[vendor]
        if vendor == "sqlite":
            dump_sqlite(dump, using=using)
        else:
            dump_postgresql(dump, using=using)
        partial = Path(scratch) / path.name
        with tarfile.open(partial, "w:gz", compresslevel=6, dereference=True) as archive:
            add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
            archive.add(dump, arcname=dump.name)
            if media_root is not None and media_root.is_dir():
                archive.add(media_root, arcname=MEDIA)
        os.chmod(partial, 0o600)  # subscribers' addresses and staff logins: for the site's user only
        os.replace(partial, path)
    return Summary(path, vendor, media_files, manifest["created_at"])


def restore(path: Path, *, using: str = "default") -> Summary:
    """Replace the database and the media folder with those in the archive at `path`.

    Raises BackupError, having changed nothing, if the file is not a whole Masthead backup of
    this site's kind of database.
    """
    from masthead.core.pagecache.services import clear

    connection = connections[using]
    with (
        opened(path) as archive,
        tempfile.TemporaryDirectory(prefix=".restore-", dir=scratch_parent(connection)) as scratch,
    ):
        manifest = read_manifest(archive, path)
        vendor = manifest["database"]["vendor"]
        if vendor != connection.vendor:
            raise BackupError(
                _("%(path)s holds a %(backup)s database; this site uses %(site)s.")
                % {"path": path, "backup": vendor, "site": connection.vendor}
            )
        dump = Path(scratch) / DATABASE_MEMBERS[vendor]
        extract_file(archive, DATABASE_MEMBERS[vendor], dump, path)
        if vendor == "sqlite":
            check_sqlite(dump, path)
        else:
            check_postgresql(dump, path, using=using)

        media_root = local_media_root() if manifest.get("media") else None
        staged, media_files = None, None
        if media_root is not None:
            media_root.parent.mkdir(parents=True, exist_ok=True)
            staged = Path(tempfile.mkdtemp(prefix=f".{media_root.name}-restore-", dir=media_root.parent))
            media_files = extract_media(archive, staged, path)

        with swapped_media(staged, media_root):
            connection.close()
            if vendor == "sqlite":
                load_sqlite(dump, using=using)
            else:
                load_postgresql(dump, using=using)
    clear()
    return Summary(path, vendor, media_files, manifest["created_at"])


def prune(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups in `directory`; return the deleted paths."""
    found = sorted(directory.glob(f"{PREFIX}*{SUFFIX}"))  # names sort by their time
    old = found[: max(len(found) - keep, 0)]
    for stale in old:
        stale.unlink()
    return old


def masthead_version() -> str:
    try:
        return version("masthead")
    except PackageNotFoundError:
        return "unknown"


def local_media_root() -> Path | None:
    """MEDIA_ROOT when uploads are files on this machine; None with another storage (a bucket)."""
    if not isinstance(storages["default"], FileSystemStorage):
        return None
    return Path(settings.MEDIA_ROOT)


def scratch_parent(connection) -> Path | None:
    """Next to the SQLite file, so the copy shares its disk; the system's temp folder otherwise."""
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        parent = Path(connection.settings_dict["NAME"]).parent
        parent.mkdir(parents=True, exist_ok=True)
        return parent
    return None


def add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    import io

    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(data))


@contextmanager
def opened(path: Path) -> Iterator[tarfile.TarFile]:
    try:
        archive = tarfile.open(path, "r:gz")  # noqa: SIM115 (closed by the `with` below)
    except (OSError, tarfile.TarError) as e:
        raise BackupError(_("%(path)s is not a Masthead backup.") % {"path": path}) from e
    with archive:
        yield archive


def read_manifest(archive: tarfile.TarFile, path: Path) -> dict:
    not_ours = BackupError(_("%(path)s is not a Masthead backup.") % {"path": path})
    try:
        first = archive.next()
    except (OSError, EOFError, tarfile.TarError) as e:
        raise not_ours from e
    if first is None or first.name != MANIFEST or not first.isfile():
        raise not_ours
    try:
        manifest = json.load(archive.extractfile(first))
    except (ValueError, OSError) as e:
        raise not_ours from e
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise not_ours
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            _("%(path)s is a backup in format %(version)s, which this version of Masthead cannot read.")
            % {"path": path, "version": manifest.get("format_version")}
        )
    database = manifest.get("database")
    if not isinstance(database, dict) or database.get("vendor") not in DATABASE_MEMBERS:
        raise not_ours
    return manifest


def extract_file(archive: tarfile.TarFile, name: str, target: Path, path: Path) -> None:
    try:
        member = archive.getmember(name)
        source = archive.extractfile(member) if member.isfile() else None
        if source is None:
            raise KeyError(name)
        with source, open(target, "wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
    except (KeyError, OSError, EOFError, tarfile.TarError) as e:
        raise BackupError(_("%(path)s is damaged: its database cannot be read.") % {"path": path}) from e


def extract_media(archive: tarfile.TarFile, target: Path, path: Path) -> int:
    """Write the archive's media files under `target`, refusing any name that would leave it."""
    count = 0
    try:
        for member in archive:
            parts = PurePosixPath(member.name).parts
            if not parts or parts[0] != MEDIA or len(parts) == 1:
                continue
            if PurePosixPath(member.name).is_absolute() or ".." in parts:
                raise BackupError(_("%(path)s names a file outside its media folder.") % {"path": path})
            destination = target.joinpath(*parts[1:])
            if member.isdir():
                destination.mkdir(parents=True, exist_ok=True)
            elif member.isfile():
                destination.parent.mkdir(parents=True, exist_ok=True)
                with archive.extractfile(member) as source, open(destination, "wb") as out:
                    shutil.copyfileobj(source, out, 1 << 20)
                os.utime(destination, (member.mtime, member.mtime))
                count += 1
    except (OSError, EOFError, tarfile.TarError) as e:
        shutil.rmtree(target, ignore_errors=True)
        raise BackupError(_("%(path)s is damaged: its media cannot be read.") % {"path": path}) from e
    except BackupError:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return count


@contextmanager
def swapped_media(staged: Path | None, media_root: Path | None) -> Iterator[None]:
    """Put `staged` in the media folder's place; put the old folder back if the body fails."""
    if staged is None or media_root is None:
        yield
        return
    previous = None
    if media_root.exists():
        previous = media_root.with_name(f".{media_root.name}-before-restore-{os.getpid()}")
        os.replace(media_root, previous)
    os.replace(staged, media_root)
    try:
        yield
    except BaseException:
        shutil.rmtree(media_root, ignore_errors=True)
        if previous is not None:
            os.replace(previous, media_root)
        raise
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)


# SQLite ------------------------------------------------------------------------------------------


def dump_sqlite(target: Path, *, using: str) -> None:
    """A consistent copy of the live database, taken while readers and writers carry on."""
    connection = connections[using]
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()


def check_sqlite(dump: Path, path: Path) -> None:
    damaged = BackupError(_("%(path)s is damaged: its database cannot be read.") % {"path": path})
    try:
        copy = sqlite3.connect(dump)
        try:
            (result,) = copy.execute("PRAGMA integrity_check(1)").fetchone()
            tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            copy.close()
    except sqlite3.DatabaseError as e:
        raise damaged from e
    if result != "ok" or "django_migrations" not in tables:
        raise damaged


def load_sqlite(dump: Path, *, using: str) -> None:
    """Write the checked copy into the live database in one transaction.

    Not a rename of the file: a running process would go on writing to the old, unlinked file,
    and the old write-ahead log could be replayed into the new one. The backup API replaces every
    page under one write lock, and a failure rolls all of it back.
    """
    connection = connections[using]
    connection.ensure_connection()
    copy = sqlite3.connect(dump)
    try:
        copy.backup(connection.connection)
    except sqlite3.Error as e:
        raise BackupError(_("The database could not be replaced: %(error)s") % {"error": e}) from e
    finally:
        copy.close()
        connection.close()


# PostgreSQL --------------------------------------------------------------------------------------


def postgresql_environment(using: str) -> dict[str, str]:
    """libpq's variables for Django's connection settings, so no password is on a command line."""
    settings_dict = connections[using].settings_dict
    env = dict(os.environ)
    values = {
        "PGHOST": settings_dict.get("HOST"),
        "PGPORT": settings_dict.get("PORT"),
        "PGUSER": settings_dict.get("USER"),
        "PGPASSWORD": settings_dict.get("PASSWORD"),
        "PGDATABASE": settings_dict.get("NAME"),
    }
    options = settings_dict.get("OPTIONS") or {}
    for option, variable in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        values[variable] = options.get(option)
    env.update({key: str(value) for key, value in values.items() if value})
    return env


def run_postgresql_tool(argv: list[str], *, using: str) -> subprocess.CompletedProcess:
    if shutil.which(argv[0]) is None:
        raise BackupError(
            _("%(tool)s is not installed (Debian: apt install postgresql-client).") % {"tool": argv[0]}
        )
    return subprocess.run(argv, env=postgresql_environment(using), capture_output=True, text=True)


def dump_postgresql(target: Path, *, using: str) -> None:
    result = run_postgresql_tool(
        ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--file={target}"], using=using
    )
    if result.returncode != 0:
        raise BackupError(_("pg_dump could not back up the database.") + "\n" + result.stderr.strip())


def check_postgresql(dump: Path, path: Path, *, using: str) -> None:
    result = run_postgresql_tool(["pg_restore", "--list", str(dump)], using=using)
    if result.returncode != 0 or "django_migrations" not in result.stdout:
        raise BackupError(_("%(path)s is damaged: its database cannot be read.") % {"path": path})


def load_postgresql(dump: Path, *, using: str) -> None:
    """Drop and recreate every object of the dump in one transaction: all of it, or nothing."""
    result = run_postgresql_tool(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            f"--dbname={connections[using].settings_dict['NAME']}",
            str(dump),
        ],
        using=using,
    )
    if result.returncode != 0:
        raise BackupError(
            _("pg_restore could not restore the database; it is unchanged.") + "\n" + result.stderr.strip()
        )
