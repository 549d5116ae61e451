"""The operator's command `worker`."""

import logging
import signal
import uuid
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_tasks import TaskResultStatus

from masthead.articles.models import Article, Section
from masthead.articles.tasks import go_live_task
from masthead.core.tasks import make_renditions_task


@pytest.fixture
def restore_signal_handlers():
    """Workers install their own SIGINT/SIGTERM handlers; give pytest its own back."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {signum: signal.getsignal(signum) for signum in signals}
    yield
    for signum, handler in saved.items():
        signal.signal(signum, handler)


def overdue_scheduled_article() -> Article:
    section = Section.objects.create(name="Economy", name_ar="اقتصاد", slug="economy")
    return Article.objects.create(
        headline="Budget passes",
        slug="budget-passes",
        section=section,
        status=Article.Status.SCHEDULED,
        published_at=timezone.now() - timedelta(minutes=1),
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_runs_due_tasks_from_the_database_queue(settings, restore_signal_handlers):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    article = overdue_scheduled_article()
    result = go_live_task.enqueue(article.pk)

    call_command("worker", "--batch", stdout=StringIO())

    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == "published"


@pytest.fixture
def configured_task_log_levels():
    """The task loggers at the levels LOGGING gives them, whatever an earlier test's worker left."""
    levels = {"django_tasks": settings.LOGGING["loggers"]["django_tasks"]["level"], "django_tasks_db": 0}
    saved = {name: logging.getLogger(name).level for name in levels}
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    yield
    for name, level in saved.items():
        logging.getLogger(name).setLevel(level)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_logs_each_failed_task_but_not_each_task_that_succeeds(
    settings, restore_signal_handlers, configured_task_log_levels, caplog
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    done = go_live_task.enqueue(overdue_scheduled_article().pk)
    failing = make_renditions_task.enqueue("core.NoSuchModel", 1, "picture", "renditions")

    call_command("worker", "--batch", "--no-clock", stdout=StringIO())

    done.refresh()
    failing.refresh()
    assert (done.status, failing.status) == (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED)
    task_lines = [r for r in caplog.records if r.name == "django_tasks"]
    assert [(r.levelname, str(failing.id) in r.getMessage(), bool(r.exc_info)) for r in task_lines] == [
        ("ERROR", True, True)
    ]


@pytest.mark.django_db
def test_worker_refuses_a_backend_that_needs_no_worker(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

    with pytest.raises(CommandError, match="needs no worker"):
        call_command("worker", "--batch")


@pytest.mark.skipif(not settings.REDIS_URL, reason="needs REDIS_URL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_runs_deferred_tasks_from_redis_once_due(settings, restore_signal_handlers):
    import django_rq

    queue_name = f"masthead-test-{uuid.uuid4().hex}"
    settings.RQ_QUEUES = {**settings.RQ_QUEUES, queue_name: {"URL": settings.REDIS_URL}}
    # SimpleWorker runs jobs in this process, so they see this test's database.
    settings.RQ = {"WORKER_CLASS": "rq.SimpleWorker"}
    # Going live queues follow-up work (related stories, CDN purge) on the default queue.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": [queue_name, "default"]}}
    django_rq.get_queue("default").empty()
    article = overdue_scheduled_article()
    # A deferred task whose time has come waits in RQ's scheduled registry until the scheduler moves it.
    result = go_live_task.using(
        queue_name=queue_name, run_after=timezone.now() - timedelta(seconds=2)
    ).enqueue(article.pk)
    try:
        call_command("worker", "--batch", verbosity=0)

        result.refresh()
        assert result.status == TaskResultStatus.SUCCESSFUL
        assert result.return_value == "published"
    finally:
        queue = django_rq.get_queue(queue_name)
        if job := queue.fetch_job(result.id):
            job.delete()
        queue.delete(delete_jobs=True)
        django_rq.get_queue("default").empty()
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED


def test_the_worker_runs_at_a_lower_cpu_priority_than_the_web_server():
    """A real `masthead worker --batch` process reports the niceness it ran at (a task of its own)."""
    import os
    import subprocess
    import sys

    script = (
        "import os, django; os.environ['DJANGO_SETTINGS_MODULE'] = 'masthead.settings'; django.setup();"
        "from django.core.management import call_command;"
        "from masthead.core.management.commands import worker;"
        "seen = [];"
        "worker.call_command = lambda *a, **k: seen.append(os.nice(0));"  # the queue runner, not run
        "call_command('worker', '--batch', '--no-clock'); print(seen[0])"
    )
    env = {**os.environ, "MASTHEAD_WORKER_NICENESS": "7", "MASTHEAD_DATA_DIR": settings.MEDIA_ROOT.as_posix()}
    env.pop("DATABASE_URL", None)
    env.pop("REDIS_URL", None)
    ran = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert int(ran.stdout.split()[-1]) == os.nice(0) + 7
