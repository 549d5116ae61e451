"""The bench's newsroom: a throwaway data dir with N stories, built once and reused."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTHEAD = ROOT / ".venv" / "bin" / "masthead"
PROBE = Path(__file__).resolve().parent / "site_probe.py"
DEMO_DATA = "masthead demo-data"
# Never point the bench at a real database, cache or queue that happens to be in the environment.
SCRUBBED = ("DATABASE_URL", "REDIS_URL", "MASTHEAD_PAGECACHE_DIR", "MASTHEAD_MEDIA_ROOT", "DJANGO_DEBUG")


def site_env(data_dir: Path, *, pagecache: str = "files") -> dict[str, str]:
    """The environment every Masthead process of the bench runs with."""
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    env.update(
        MASTHEAD_DATA_DIR=str(data_dir),
        MASTHEAD_PAGECACHE=pagecache,
        MASTHEAD_LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
    )
    return env


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


def prepare(data_dir: Path, *, articles: int, rebuild: bool) -> dict:
    """Migrate, make `articles` stories (unless this dir already has them) and collect static files.

    Returns what was built ({"articles": N, "generator": ..., "build_seconds": ...}).
    """
    marker = data_dir / "built.json"
    built = json.loads(marker.read_text()) if marker.exists() and not rebuild else None
    env = site_env(data_dir, pagecache="off")
    use_demo_data = has_command("demo-data", env)
    if built is not None and built.get("articles") != articles:
        print(f"bench: {data_dir} holds {built.get('articles')} stories, not {articles}: rebuilding")
        built = None
    if built is not None and use_demo_data and built.get("generator") != DEMO_DATA:
        print("bench: `masthead demo-data` exists now: rebuilding the newsroom with it")
        built = None
    fingerprint = data_fingerprint()
    if built is not None and built.get("fingerprint") != fingerprint:
        print("bench: migrations or data generators changed since the newsroom was built: rebuilding")
        built = None
    if built is None and data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    _run([str(MASTHEAD), "migrate", "--noinput", "--verbosity", "0"], env)
    if built is None:
        started = time.monotonic()
        if use_demo_data:
            generator = DEMO_DATA
            print(f"bench: building a {articles}-story newsroom with `masthead demo-data` in {data_dir}")
            _run([str(MASTHEAD), "demo-data", "--articles", str(articles)], env)
        else:
            generator = "bench/site_probe.py generate"
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


def clear_page_cache(data_dir: Path) -> None:
    """Forget every cached page, so the cached runs store pages rendered by the code as it is now."""
    shutil.rmtree(data_dir / "pagecache", ignore_errors=True)


def probe(data_dir: Path, *args: str) -> None:
    """Run bench/site_probe.py against this newsroom, uncached."""
    _run([sys.executable, str(PROBE), *args], site_env(data_dir, pagecache="off"))


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
