"""`masthead newsletter …`: queue digests by hand, remove stale sign-ups, resume stopped sends."""

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count
from django.utils import timezone

from masthead.newsletter import queueing, subscriptions
from masthead.newsletter.models import Issue, Subscriber
from masthead.newsletter.selectors import IssueFigures, issue_figures

# The figures `status` prints per issue, with their labels ("; " between them, as labels hold commas).
STATUS_FIGURES = [
    ("sent", "sent"),
    ("unconfirmed", "handed over, not confirmed"),
    ("waiting", "waiting"),
    ("failed", "failed"),
    ("bounced", "bounced"),
    ("unsubscribed", "unsubscribed"),
]


class Command(BaseCommand):
    help = "Operate the newsletter: send-digest, purge-unconfirmed, resume, status."

    def add_arguments(self, parser: ArgumentParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
        digest = commands.add_parser(
            "send-digest", help="Queue a digest now, in each language (the worker sends it)."
        )
        digest.add_argument("--frequency", choices=["daily", "weekly"], required=True)
        purge = commands.add_parser(
            "purge-unconfirmed",
            help="Delete sign-ups not confirmed within 30 days (the worker does it hourly).",
        )
        purge.add_argument("--dry-run", action="store_true", help="Only count them.")
        commands.add_parser(
            "resume", help="Queue again the issues whose sending stopped (a worker was lost)."
        )
        commands.add_parser("status", help="Subscribers by status, and the last issues with their figures.")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "send-digest":
            # The slot is this minute: a second call within it queues nothing more.
            slot = timezone.now().replace(second=0, microsecond=0)
            issues = queueing.queue_digests(kind=options["frequency"], slot_at=slot)
            if not issues:
                raise CommandError(f"A {options['frequency']} digest for {slot:%H:%M} is already queued.")
            for issue in issues:
                self.stdout.write(f"Queued issue {issue.pk}: {issue} for {issue.get_language_display()}.")
        elif action == "purge-unconfirmed":
            count = subscriptions.purge_unconfirmed(dry_run=options["dry_run"])
            verb = "Would delete" if options["dry_run"] else "Deleted"
            self.stdout.write(f"{verb} {count} unconfirmed sign-up(s).")
        elif action == "resume":
            resumed = queueing.resume_stalled()
            self.stdout.write(
                f"Resumed {len(resumed)} issue(s): {resumed}" if resumed else "Nothing to resume."
            )
        else:
            self.status()

    def status(self) -> None:
        counts = dict(
            Subscriber.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
        )
        self.stdout.write(
            ", ".join(f"{label}: {counts.get(value, 0)}" for value, label in Subscriber.Status.choices)
        )
        issues = list(Issue.objects.order_by("-created_at")[:10])
        figures = issue_figures([i.pk for i in issues])
        for issue in issues:
            each = figures.get(issue.pk, IssueFigures())
            numbers = "; ".join(f"{label} {getattr(each, name)}" for name, label in STATUS_FIGURES)
            self.stdout.write(f"#{issue.pk} {issue} [{issue.status}] {numbers}")
