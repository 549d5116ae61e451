"""Rate limits: fixed windows, counted once for the whole site however many processes serve it."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import time_machine
from django.test import override_settings

from masthead.core.models import RateCount
from masthead.core.ratelimit import allow

MASTHEAD = str(Path(sys.executable).with_name("masthead"))
HOUR = 3600
TEN_PAST = datetime(2026, 3, 1, 10, 10, tzinfo=UTC)


@pytest.fixture(params=["database", "redis"])
def store(request, settings, db):
    """Where counts are kept: the database (no shared cache), or Redis when REDIS_URL is set."""
    if request.param == "database":
        with override_settings(
            CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
        ):
            yield request.param
        return
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set")
    yield request.param


def attempts(n: int, scope: str = "signup", who: str = "192.0.2.7", limit: int = 3) -> list[bool]:
    return [allow(scope, who, limit, HOUR) for _ in range(n)]


def test_attempts_over_the_limit_in_one_window_are_refused(store):
    with time_machine.travel(TEN_PAST, tick=False):
        assert attempts(5) == [True, True, True, False, False]


def test_the_window_is_fixed_and_a_new_one_starts_a_new_count(store):
    with time_machine.travel(TEN_PAST, tick=False):
        assert attempts(3) == [True] * 3
    with time_machine.travel(datetime(2026, 3, 1, 10, 59, 59, tzinfo=UTC), tick=False):
        assert attempts(1) == [False]  # the same clock hour
    with time_machine.travel(datetime(2026, 3, 1, 11, 0, tzinfo=UTC), tick=False):
        assert attempts(4) == [True, True, True, False]


def test_clients_and_scopes_are_counted_apart(store):
    with time_machine.travel(TEN_PAST, tick=False):
        assert attempts(4) == [True, True, True, False]
        assert attempts(1, who="198.51.100.9") == [True]
        assert attempts(1, scope="signup-email") == [True]


def test_counts_outlive_a_process_cache_and_store_no_address(store):
    with time_machine.travel(TEN_PAST, tick=False):
        assert attempts(3) == [True] * 3
        from django.core.cache import cache

        if store == "database":
            cache.clear()  # what another process sees: none of this one's memory
        assert attempts(1) == [False]
    if store == "database":
        row = RateCount.objects.get()
        assert row.count == 4 and "192.0.2.7" not in row.key_hash


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
def test_ended_windows_are_removed_when_a_new_one_opens(db):
    with time_machine.travel(TEN_PAST, tick=False):
        attempts(2, who="192.0.2.1")
        attempts(2, who="192.0.2.2")
    assert RateCount.objects.count() == 2
    with time_machine.travel(datetime(2026, 3, 1, 11, 5, tzinfo=UTC), tick=False):
        attempts(1, who="192.0.2.3")
    assert list(RateCount.objects.values_list("window_start", "count")) == [
        (int(datetime(2026, 3, 1, 11, tzinfo=UTC).timestamp()), 1)
    ]


SIGN_UPS = """
import json, sys
import django

django.setup()
from django.test import Client

client, accepted = Client(), 0
for n in range(int(sys.argv[2])):
    answer = client.post(
        "/en/newsletter/subscribe/",
        {"email": f"reader-{sys.argv[1]}-{n}@example.org"},
        HTTP_ORIGIN="http://testserver",
        HTTP_ACCEPT="application/json",
    )
    assert answer.status_code in (200, 429), answer.content
    accepted += answer.status_code == 200
print(json.dumps({"accepted": accepted}))
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_site(request, tmp_path) -> dict[str, str]:
    """The environment of a site whose processes share a database and nothing else: a SQLite file
    of its own, or the suite's PostgreSQL test database when the suite runs on PostgreSQL."""
    env = {
        **os.environ,
        "MASTHEAD_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "masthead.settings",
        "NEWSLETTER_SIGNUPS_PER_IP_HOUR": "6",
    }
    env.pop("REDIS_URL", None)  # no shared cache: each process has its own memory
    if request.param == "sqlite":
        env.pop("DATABASE_URL", None)
        subprocess.run([MASTHEAD, "migrate", "-v0"], env=env, check=True)
        return env
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("DATABASE_URL is not a PostgreSQL database")
    from django.db import connection  # the test database, its rows committed

    env["DATABASE_URL"] = (
        urlsplit(env["DATABASE_URL"])._replace(path="/" + connection.settings_dict["NAME"]).geturl()
    )
    return env


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_sign_up_limit_holds_across_server_processes(shared_site, tmp_path):
    """Two processes with their own memory (as `masthead serve` runs its workers), one site."""
    (tmp_path / "sign_ups.py").write_text(SIGN_UPS)
    processes = [
        subprocess.Popen(
            [sys.executable, str(tmp_path / "sign_ups.py"), name, "6"],
            env=shared_site,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    accepted = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        accepted.append(json.loads(out.strip().splitlines()[-1])["accepted"])
    assert sum(accepted) == 6, accepted
