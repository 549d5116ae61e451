"""Run the background task worker for whichever TASKS backend is configured."""

import os
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.exceptions import InvalidTaskBackendError
from django_tasks_db import DatabaseBackend
from django_tasks_db.management.commands.db_worker import Command as DBWorkerCommand

from masthead.core import clock


class DBWorker(DBWorkerCommand):
    """django-tasks-db's `db_worker`, leaving the log levels to LOGGING unless asked for more."""

    def configure_logging(self, verbosity: int) -> None:
        # db_worker sets its loggers to INFO at the default verbosity, which logs a line as each
        # task starts and another as it ends. LOGGING already shows failures, with tracebacks.
        if verbosity != 1:
            super().configure_logging(verbosity)


class Command(BaseCommand):
    help = (
        "Run the task worker: django-tasks-db's `db_worker` for the database queue, "
        "or django-rq's `rqworker` (with its scheduler, for deferred tasks) when REDIS_URL is set."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--backend",
            default=DEFAULT_TASK_BACKEND_ALIAS,
            help="The TASKS backend to work for (default: %(default)r).",
        )
        parser.add_argument(
            "--queue-name",
            help="Queues to process, comma-separated (default: every queue the backend declares).",
        )
        parser.add_argument(
            "--batch",
            action="store_true",
            help="Run the tasks that are due, then exit (RQ: burst mode).",
        )
        parser.add_argument(
            "--interval",
            default="1",
            help="Database queue only: seconds to wait between polls of an empty queue (default: 1).",
        )
        parser.add_argument(
            "--no-clock",
            action="store_true",
            help="Do not run the periodic jobs (digests at their hour, clean-ups, resuming stopped sends).",
        )
        parser.add_argument(
            "--max-tasks",
            type=int,
            help="Exit after running this many tasks.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        alias = options["backend"]
        try:
            backend = task_backends[alias]
        except InvalidTaskBackendError as e:
            raise CommandError(str(e)) from e
        queues = options["queue_name"] or ",".join(sorted(backend.queues))
        verbosity = options["verbosity"]
        lower_priority(settings.WORKER_NICENESS)
        if not options["no_clock"]:
            if options["batch"]:
                clock.run_due()  # once, so that a batch run also queues what is due
            else:
                clock.start()

        if isinstance(backend, DatabaseBackend):
            # Passed as arguments, so that db_worker's own parser validates them.
            argv = ["--backend", alias, "--queue-name", queues, "--interval", str(options["interval"])]
            if options["batch"]:
                # A one-off batch has no herd of workers to spread out.
                argv += ["--batch", "--no-startup-delay"]
            if options["max_tasks"] is not None:
                argv += ["--max-tasks", str(options["max_tasks"])]
            call_command(DBWorker(), *argv, verbosity=verbosity)
        elif _is_rq_backend(backend):
            call_command(
                "rqworker",
                *queues.split(","),
                job_class="django_tasks_rq.Job",
                # The scheduler moves tasks enqueued with run_after onto the queue when they are due.
                with_scheduler=True,
                burst=options["batch"],
                max_jobs=options["max_tasks"],
                verbosity=verbosity,
            )
        else:
            raise CommandError(
                f"The {alias!r} task backend ({type(backend).__module__}.{type(backend).__name__}) "
                "runs tasks itself and needs no worker."
            )


def lower_priority(niceness: int) -> int:
    """Give this process (and the processes it starts) `niceness` more; the niceness it has now.

    Background work (related lists after a publish, digests, imports) then takes the CPU only
    when readers' requests leave it free: on a small machine a burst of it would otherwise stretch
    every page's answer. The system may refuse (a niceness it does not allow): the worker then
    runs as it is.
    """
    try:
        return os.nice(niceness)
    except OSError:
        return os.nice(0)


def _is_rq_backend(backend: object) -> bool:
    try:
        from django_tasks_rq import RQBackend
    except ImportError:  # The `redis` extra is not installed.
        return False
    return isinstance(backend, RQBackend)
