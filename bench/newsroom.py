"""The bench's newsroom: a throwaway data dir with N stories, built once and reused.

Two stacks serve it: SQLite with the file page cache (one machine), and the same newsroom built
into PostgreSQL, served with the page cache in Redis (the scale-out stack).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTHEAD = ROOT / ".venv" / "bin" / "masthead"
PROBE = Path(__file__).resolve().parent / "site_probe.py"
DEMO_DATA = "masthead demo-data"
# Never point the bench at a real database, cache or queue that happens to be in the environment.
SCRUBBED = ("DATABASE_URL", "REDIS_URL", "MASTHEAD_PAGECACHE_DIR", "MASTHEAD_MEDIA_ROOT", "DJANGO_DEBUG")
# The scale-out stack: a local PostgreSQL with trust auth, and a Redis database of the page
# bench's own (flushed before use, so nothing else may keep data in it).
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
BENCH_REDIS_URL = "redis://127.0.0.1:6379/8"


def site_env(
    data_dir: Path, *, pagecache: str = "files", database_url: str = "", redis_url: str = ""
) -> dict[str, str]:
    """The environment every Masthead process of the bench runs with.

    SQLite in `data_dir` and no Redis, unless `database_url` / `redis_url` name the bench's own.
    """
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    env.update(
        MASTHEAD_DATA_DIR=str(data_dir),
        MASTHEAD_PAGECACHE=pagecache,
        MASTHEAD_LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


@dataclass(frozen=True)
class Stack:
    """Where a newsroom's rows and cached pages live: SQLite and files, or PostgreSQL and Redis."""

    name: str  # "sqlite" or "postgres"
    data_dir: Path  # MASTHEAD_DATA_DIR: the SQLite file (sqlite), pictures and static files (both)
    database_url: str = ""
    redis_url: str = ""

    @property
    def label(self) -> str:
        """How the table names it."""
        return "PostgreSQL + Redis" if self.database_url else "SQLite + files"

    @property
    def services(self) -> tuple[str, ...]:
        """Command names of the servers the stack's Masthead processes use (their CPU is counted apart)."""
        return ("postgres", "redis-server") if self.database_url else ()

    @property
    def page_store(self) -> str:
        """MASTHEAD_PAGECACHE when the page cache is on."""
        return "redis" if self.redis_url else "files"

    def env(self, pagecache: str) -> dict[str, str]:
        """The environment of a Masthead process on this stack, with MASTHEAD_PAGECACHE=`pagecache`."""
        return site_env(
            self.data_dir, pagecache=pagecache, database_url=self.database_url, redis_url=self.redis_url
        )

    def forget_cached(self) -> None:
        """Forget every cached page (on Redis: everything in the bench's own database)."""
        if self.redis_url:
            import redis

            redis.Redis.from_url(self.redis_url).flushdb()
        else:
            clear_page_cache(self.data_dir)


def sqlite_stack(work: Path, articles: int) -> Stack:
    """The single-machine stack: var/bench/newsroom-N/ (SQLite, file page cache)."""
    return Stack("sqlite", work / f"newsroom-{articles}")


def postgres_stack(work: Path, articles: int) -> Stack:
    """The scale-out stack: database masthead_bench_N; pictures and static files in newsroom-N-postgres/."""
    return Stack(
        "postgres",
        work / f"newsroom-{articles}-postgres",
        database_url=f"{PG_SERVER}/masthead_bench_{articles}",
        redis_url=BENCH_REDIS_URL,
    )


def scale_out_missing() -> str:
    """Why the PostgreSQL + Redis stack cannot run on this machine; "" when it can."""
    for module, extra in (("psycopg", "postgres"), ("redis", "redis")):
        if importlib.util.find_spec(module) is None:
            return f"the {module} package is missing (pip install -e '.[{extra}]')"
    for name, port in (("PostgreSQL", 5432), ("Redis", 6379)):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
        except OSError:
            return f"{name} does not answer on 127.0.0.1:{port}"
    import psycopg
    import redis

    try:
        psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3).close()
        redis.Redis.from_url(BENCH_REDIS_URL, socket_timeout=3).ping()
    except (psycopg.Error, redis.RedisError) as problem:
        return f"it does not let the bench in: {problem}"
    return ""


def data_fingerprint() -> str:
    """A hash of the code that shapes the newsroom: the schema and the data generators.

    A newsroom built by other code is rebuilt (a new table may need filling, say).
    """
    package = ROOT / "masthead"
    files = [*package.glob("*/migrations/*.py"), *package.glob("demo/**/*.py")]
    files += [
        *package.glob("*/management/commands/demo-data.py"),
        *package.glob("*/management/commands/rebuild-*.py"),
    ]
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def has_command(name: str, env: dict[str, str]) -> bool:
    """Whether `masthead <name>` exists in the code as it is now."""
    listing = subprocess.run(
        [str(MASTHEAD), "help", "--commands"], env=env, capture_output=True, text=True, check=True
    )
    return name in listing.stdout.split()


def _stale(built: dict | None, articles: int, generator: str, fingerprint: str) -> str:
    """Why a newsroom whose marker says `built` cannot be reused; "" if it can."""
    if built is None:
        return "nothing built yet"
    if built.get("articles") != articles:
        return f"it holds {built.get('articles')} stories, not {articles}"
    if generator == DEMO_DATA and built.get("generator") != DEMO_DATA:
        return "`masthead demo-data` exists now"
    if built.get("fingerprint") != fingerprint:
        return "migrations or data generators changed since it was built"
    return ""


def _read_marker(marker: Path, rebuild: bool) -> dict | None:
    return json.loads(marker.read_text()) if marker.exists() and not rebuild else None


def prepare(data_dir: Path, *, articles: int, rebuild: bool) -> dict:
    """Migrate, make `articles` stories (unless this dir already has them) and collect static files.

    Returns what was built ({"articles": N, "generator": ..., "build_seconds": ...}).
    """
    marker = data_dir / "built.json"
    built = _read_marker(marker, rebuild)
    env = site_env(data_dir, pagecache="off")
    generator = DEMO_DATA if has_command("demo-data", env) else "bench/site_probe.py generate"
    fingerprint = data_fingerprint()
    reason = _stale(built, articles, generator, fingerprint)
    if reason and built is not None:
        print(f"bench: {data_dir}: {reason}: rebuilding")
    if reason and data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    _run([str(MASTHEAD), "migrate", "--noinput", "--verbosity", "0"], env)
    if reason:
        started = time.monotonic()
        if generator == DEMO_DATA:
            print(f"bench: building a {articles}-story newsroom with `masthead demo-data` in {data_dir}")
            _run([str(MASTHEAD), "demo-data", "--articles", str(articles)], env)
        else:
            print(
                f"bench: `masthead demo-data` is not there yet; generating {articles} plain stories instead"
            )
            _run([sys.executable, str(PROBE), "generate", "--articles", str(articles)], env)
        built = {
            "articles": articles,
            "generator": generator,
            "build_seconds": time.monotonic() - started,
            "fingerprint": fingerprint,
        }
        marker.write_text(json.dumps(built))
    else:
        print(f"bench: reusing the {articles}-story newsroom in {data_dir} (--rebuild to start over)")
    # Every run: templates may name static files added since the last one.
    _run([str(MASTHEAD), "collectstatic", "--noinput", "--verbosity", "0"], env)
    return built


def prepare_stack(stack: Stack, *, articles: int, rebuild: bool) -> dict:
    """Build or reuse the newsroom of `stack` (`prepare` for SQLite, `prepare_postgres` otherwise)."""
    if stack.database_url:
        return prepare_postgres(stack, articles=articles, rebuild=rebuild)
    return prepare(stack.data_dir, articles=articles, rebuild=rebuild)


def prepare_postgres(stack: Stack, *, articles: int, rebuild: bool) -> dict:
    """The newsroom `prepare` builds, in the PostgreSQL database `stack` names.

    Built by the same `masthead demo-data --articles N` (same seed, same stories), then VACUUM
    ANALYZE, as autovacuum would do soon after a bulk load. What was built is recorded in the
    stack's data dir (built.json) and reused while that database exists.
    """
    name = stack.database_url.rsplit("/", 1)[1]
    marker = stack.data_dir / "built.json"
    built = _read_marker(marker, rebuild)
    # Built without Redis: the rows are the same, and no task is left queued in Redis.
    env = site_env(stack.data_dir, pagecache="off", database_url=stack.database_url)
    fingerprint = data_fingerprint()
    reason = _stale(built, articles, DEMO_DATA, fingerprint)
    if not reason and not _pg_database_exists(name):
        reason = f"the database {name} is gone"
    if reason and built is not None:
        print(f"bench: PostgreSQL newsroom {name}: {reason}: rebuilding")
    if reason:
        shutil.rmtree(stack.data_dir, ignore_errors=True)
        _pg_admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
        _pg_admin("CREATE DATABASE {}", name)
    stack.data_dir.mkdir(parents=True, exist_ok=True)
    _run([str(MASTHEAD), "migrate", "--noinput", "--verbosity", "0"], env)
    if reason:
        print(
            f"bench: building the {articles}-story newsroom into PostgreSQL ({name}) with "
            "`masthead demo-data`; 100,000 stories take a long while (progress below; "
            "--stacks sqlite skips this)",
            flush=True,
        )
        started = time.monotonic()
        _run([str(MASTHEAD), "demo-data", "--articles", str(articles)], env)
        print(f"bench: demo-data done in {time.monotonic() - started:.0f} s; VACUUM ANALYZE …", flush=True)
        _pg_admin("VACUUM ANALYZE", "", database=name)
        built = {
            "articles": articles,
            "generator": DEMO_DATA,
            "build_seconds": time.monotonic() - started,
            "fingerprint": fingerprint,
            "database": name,
        }
        marker.write_text(json.dumps(built))
        print(f"bench: PostgreSQL newsroom built in {built['build_seconds']:.0f} s", flush=True)
    else:
        print(f"bench: reusing the {articles}-story PostgreSQL newsroom {name} (--rebuild to start over)")
    _run([str(MASTHEAD), "collectstatic", "--noinput", "--verbosity", "0"], env)
    return built


def _pg_database_exists(name: str) -> bool:
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
    return found is not None


def _pg_admin(statement: str, name: str, database: str = "postgres") -> None:
    """Run `statement` outside a transaction, `name` quoted into its {} as an identifier."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{PG_SERVER}/{database}", autocommit=True) as connection:
        connection.execute(sql.SQL(statement).format(sql.Identifier(name)))


def clear_page_cache(data_dir: Path) -> None:
    """Forget every cached page, so the cached runs store pages rendered by the code as it is now."""
    shutil.rmtree(data_dir / "pagecache", ignore_errors=True)


def probe(data_dir: Path, *args: str, env: dict[str, str] | None = None) -> None:
    """Run bench/site_probe.py against this newsroom, uncached (`env`: another stack's)."""
    _run([sys.executable, str(PROBE), *args], env or site_env(data_dir, pagecache="off"))


def probe_script(data_dir: Path, script: str, *args: str) -> str:
    """Run bench/`script` against this newsroom (uncached); returns what it printed."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *args],
        env=site_env(data_dir, pagecache="off"),
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


def _run(argv: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(argv, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: {' '.join(argv[:3])} failed with exit code {done.returncode}")
