"""Exactly once, for real: the task worker is killed (SIGKILL) mid-issue and started again.

A real SMTP server (aiosmtpd, in this process) records every message that arrives. The worker is
`masthead worker` in its own process group, on its own SQLite file (or on the suite's PostgreSQL
database, with RQ when REDIS_URL is set), sending at a set rate so that the kill lands mid-issue.
"""

import ast
import logging
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.db import connection

from masthead.newsletter.tests.conftest import Recorder, free_port

MASTHEAD = str(Path(sys.executable).with_name("masthead"))
READERS = 120


def postgres_url() -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER'] or 'postgres'}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.fixture
def site(tmp_path, transactional_db, django_db_serialized_rollback):
    """Environment for the worker's processes: the database, the SMTP server, the sending pace."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "masthead.settings",
        "MASTHEAD_DATA_DIR": str(tmp_path),
        "MASTHEAD_CACHE_PREFIX": f"killtest-{os.getpid()}-{time.time_ns()}",
        "NEWSLETTER_RATE": "40",
        "NEWSLETTER_BATCH_SIZE": "10",
        "NEWSLETTER_LEASE_SECONDS": "2",
        "MASTHEAD_LOG_LEVEL": "WARNING",
    }
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = postgres_url()  # the suite's test database, committed to
    else:
        env.pop("DATABASE_URL", None)
        subprocess.run([MASTHEAD, "migrate", "-v0"], env=env, check=True)
    return env


def shell(env: dict, script: str) -> str:
    done = subprocess.run([MASTHEAD, "shell", "-v0", "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def start_worker(env: dict) -> subprocess.Popen:
    # Its own process group: RQ runs each task in a child, and the whole worker is killed.
    return subprocess.Popen(
        [MASTHEAD, "worker", "--interval", "0.1"],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def kill(worker: subprocess.Popen) -> None:
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(10)


def wait_for(check, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return False


def test_killed_worker_restarted_sends_each_subscriber_exactly_one_copy(site):
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    recorder = Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    site["EMAIL_URL"] = f"smtp://127.0.0.1:{controller.port}"
    worker = None
    try:
        shell(
            site,
            "from django.utils import timezone\n"
            "from masthead.articles.models import Article, Section\n"
            "from masthead.newsletter.models import Subscriber\n"
            "from masthead.newsletter import queueing\n"
            "s = Section.objects.create(name='News', name_ar='أخبار', slug='news')\n"
            "a = Article.objects.create(headline='Storm closes the causeway', slug='storm', section=s,"
            " body='<p>Stay home.</p>', status='published', published_at=timezone.now())\n"
            "Subscriber.objects.bulk_create([Subscriber(email=f'reader{i:03}@example.org',"
            f" status='confirmed', confirmed_at=timezone.now()) for i in range({READERS})])\n"
            "queueing.queue_alert(article=a)\n",
        )
        worker = start_worker(site)
        assert wait_for(lambda: len(recorder.messages) >= 30, 60), "the worker sent nothing"
        kill(worker)
        at_kill = len(recorder.messages)
        assert at_kill < READERS, "the issue finished before the kill: nothing was interrupted"

        time.sleep(2.5)  # the dead worker's lease runs out
        worker = start_worker(site)
        assert wait_for(lambda: len({m["To"] for m in recorder.messages}) >= READERS, 90), (
            f"{len({m['To'] for m in recorder.messages})} of {READERS} readers got the alert"
        )
        time.sleep(1.5)  # room for a duplicate to show up
        kill(worker)
        worker = None

        copies = Counter(m["To"] for m in recorder.messages)
        assert len(copies) == READERS
        assert {n for n in copies.values()} == {1}, [a for a, n in copies.items() if n > 1]
        statuses = shell(
            site,
            "from masthead.newsletter.models import Delivery, Issue\n"
            "d = Delivery.objects.filter(issue__kind='alert')\n"
            "alert = Issue.objects.get(kind='alert')\n"
            "print(sorted(set(d.values_list('status', flat=True))), alert.status)\n",
        )
        # Handed over and answered, or handed over when the kill came: never waiting, never failed.
        found, issue_status = statuses.strip().rsplit(" ", 1)
        assert set(ast.literal_eval(found)) <= {"handed", "sent"} and issue_status == "sent", statuses
    finally:
        if worker is not None:
            kill(worker)
        controller.stop()
