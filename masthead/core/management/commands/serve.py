"""`masthead serve`: the production web server (granian, one worker per core)."""

import os
import shutil
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser


def parse_bind(value: str) -> tuple[str, int]:
    """ "127.0.0.1:8000", "[::1]:8000" or ":8000" -> (host, port)."""
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise CommandError(f"--bind takes HOST:PORT, e.g. 127.0.0.1:8000 (got {value!r})")
    return (host.strip("[]") or "0.0.0.0"), int(port)


# Request threads a process runs when the site waits on other machines (PostgreSQL, Redis): while
# one request waits for an answer, another uses the core. On SQLite and files nothing waits, and
# one thread a process serves cached pages fastest.
NETWORK_THREADS = 4


def default_threads() -> int:
    """One request thread a process on SQLite alone; NETWORK_THREADS with PostgreSQL or Redis."""
    from django.db import connection

    return NETWORK_THREADS if settings.REDIS_URL or connection.vendor != "sqlite" else 1


class Command(BaseCommand):
    help = "Serve Masthead with granian: cached pages in front of Django, static files by whitenoise."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default="127.0.0.1:8000", help="HOST:PORT (default 127.0.0.1:8000)")
        parser.add_argument(
            "--workers", type=int, default=os.cpu_count() or 1, help="processes (default: one per core)"
        )
        parser.add_argument(
            "--threads",
            type=int,
            help=f"request threads per process (default 1; {NETWORK_THREADS} with PostgreSQL or Redis)",
        )
        parser.add_argument(
            "--shutdown-timeout",
            type=int,
            default=3,
            help="seconds that requests in flight get to finish on Ctrl-C or SIGTERM (default 3)",
        )
        parser.add_argument(
            "--skip-collectstatic", action="store_true", help="do not collect static files first"
        )

    def handle(
        self,
        *args,
        bind: str,
        workers: int,
        threads: int | None,
        shutdown_timeout: int,
        skip_collectstatic: bool,
        **options,
    ):
        host, port = parse_bind(bind)
        threads = default_threads() if threads is None else threads
        if workers < 1 or threads < 1 or shutdown_timeout < 1:
            raise CommandError("--workers, --threads and --shutdown-timeout must be at least 1")
        granian = shutil.which("granian", path=os.path.dirname(sys.executable)) or shutil.which("granian")
        if granian is None:
            raise CommandError("granian is not installed: pip install granian")
        if not skip_collectstatic:
            call_command("collectstatic", interactive=False, verbosity=0)
        from masthead.core.pagecache.services import clear_if_code_changed

        if clear_if_code_changed():  # a deploy: pages cached by the old code would show it
            self.stdout.write("The code changed since pages were cached: the page cache was emptied.")
        argv = [
            granian,
            "--interface",
            "wsgi",
            "--host",
            host,
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--blocking-threads",
            str(threads),
            "--no-ws",
            # Without it, granian waits as long as any connection stays open (a browser's kept-alive
            # one, a client slow to send its request), and a worker may miss the stop entirely.
            "--workers-kill-timeout",
            str(shutdown_timeout),
            "--log-level",
            "warning",
            "masthead.wsgi:application",
        ]
        self.stdout.write(
            f"Serving http://{bind} with {workers} workers of {threads} threads (granian); Ctrl-C stops."
        )
        self.stdout.flush()
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
        # Replace this process, so signals from a process manager reach granian directly.
        os.execv(granian, argv)
