"""The operator's commands: `create-user` and `worker`."""

import logging
import signal
import uuid
from datetime import timedelta
from io import StringIO

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_tasks import TaskResultStatus

from masthead.articles.models import Article, Section
from masthead.articles.tasks import go_live_task
from masthead.authors.models import Author
from masthead.core.tasks import make_renditions_task


def create_user(*args: str) -> str:
    out = StringIO()
    call_command("create-user", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_create_user_makes_a_staff_user_in_the_role_group():
    output = create_user("--username", "amal", "--role", "editor", "--password", "a long enough secret")

    user = User.objects.get(username="amal")
    assert user.is_staff and user.is_active and not user.is_superuser
    assert [g.name for g in user.groups.all()] == ["Editor"]
    assert user.check_password("a long enough secret")
    assert "/admin/" in output and "amal" in output


@pytest.mark.django_db
def test_administrators_get_the_group_not_superuser():
    create_user("--username", "root", "--role", "administrator", "--password", "a long enough secret")

    user = User.objects.get(username="root")
    assert not user.is_superuser
    assert user.has_perm("auth.change_user") and user.has_perm("articles.publish_article")


@pytest.mark.django_db
def test_create_user_generates_and_prints_a_password_for_a_new_user():
    output = create_user("--username", "nadia", "--role", "contributor")

    password = output.split("password:")[1].split()[0]
    assert User.objects.get(username="nadia").check_password(password)


@pytest.mark.django_db
def test_rerunning_create_user_updates_the_same_user():
    create_user("--username", "amal", "--role", "contributor", "--password", "first long secret")
    create_user("--username", "amal", "--role", "editor", "--email", "amal@newsroom.test")
    user = User.objects.get(username="amal")
    assert user.check_password("first long secret"), "no --password keeps the old one"

    create_user("--username", "amal", "--role", "editor", "--password", "second long secret")

    user = User.objects.get(username="amal")
    assert User.objects.filter(username="amal").count() == 1
    assert [g.name for g in user.groups.all()] == ["Editor"]
    assert user.email == "amal@newsroom.test"
    assert user.check_password("second long secret")


@pytest.mark.django_db
def test_create_user_keeps_groups_that_are_not_roles():
    create_user("--username", "amal", "--role", "contributor", "--password", "a long enough secret")
    user = User.objects.get(username="amal")
    user.groups.add(Group.objects.create(name="Newsletter desk"))

    create_user("--username", "amal", "--role", "editor")

    assert sorted(g.name for g in user.groups.all()) == ["Editor", "Newsletter desk"]


@pytest.mark.django_db
def test_create_user_rejects_a_weak_password():
    with pytest.raises(CommandError, match="too short"):
        create_user("--username", "amal", "--role", "editor", "--password", "abc")
    assert not User.objects.filter(username="amal").exists()


@pytest.mark.django_db
def test_create_user_links_an_existing_author_or_creates_one():
    existing = Author.objects.create(name="Amal Haddad", slug="amal-haddad")

    create_user("--username", "amal", "--role", "contributor", "--author-name", "Amal Haddad")
    create_user("--username", "omar", "--role", "contributor", "--author-name", "Omar Saleh")
    create_user("--username", "omar", "--role", "contributor", "--author-name", "Omar Saleh")

    existing.refresh_from_db()
    assert existing.user.username == "amal"
    omar = Author.objects.get(user__username="omar")
    assert (omar.name, omar.slug) == ("Omar Saleh", "omar-saleh")
    assert Author.objects.count() == 2


@pytest.mark.django_db
def test_an_author_of_another_user_is_not_taken_over():
    create_user("--username", "amal", "--role", "contributor", "--author-name", "Amal Haddad")

    with pytest.raises(CommandError, match="another user"):
        create_user("--username", "impostor", "--role", "contributor", "--author-name", "amal haddad")


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
