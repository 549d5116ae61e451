"""Newsletter sending speed: a daily digest to 50,000 subscribers, into a local SMTP sink.

Each subscriber's digest is chosen for them (their language, their sections, what is new since
their last digest) and each message is made for them (their own signed links, headers and
Message-ID), then handed over through the same exactly-once path as in production: a database
record per message before its final dot, over one SMTP connection to an aiosmtpd sink running
in its own process. Sizes are run one after another, each in a fresh process, so that peak
memory can be compared as the list grows.

.venv/bin/python bench/newsletter.py                          # 10,000, 25,000 and 50,000
.venv/bin/python bench/newsletter.py --sizes 2000 --rebuild   # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 400  # messages a second, on 2 cores
SUBSCRIBERS = 50_000
STORIES = 400


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def setup_django(data_dir: Path, port: int | None = None) -> None:
    os.environ["MASTHEAD_DATA_DIR"] = str(data_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings"
    os.environ.pop("DATABASE_URL", None)
    os.environ.pop("REDIS_URL", None)
    os.environ["MASTHEAD_LOG_LEVEL"] = "WARNING"
    if port:
        os.environ["EMAIL_URL"] = f"smtp://127.0.0.1:{port}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build(data_dir: Path) -> None:
    """A newsroom with two days of stories in both languages, read unevenly, and the subscribers."""
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    call_command("migrate", verbosity=0)
    from masthead.articles.models import Article, Section
    from masthead.newsletter.models import Subscriber
    from masthead.readership.counting import hour_of
    from masthead.readership.models import HourlyViews

    rng = random.Random(7)
    names = [
        ("News", "أخبار"),
        ("Business", "اقتصاد"),
        ("Sport", "رياضة"),
        ("Opinion", "رأي"),
        ("Culture", "ثقافة"),
    ]
    sections = [
        Section.objects.get_or_create(slug=en.lower(), defaults={"name": en, "name_ar": ar})[0]
        for en, ar in names
    ]
    now = timezone.now()
    words = [
        "port",
        "council",
        "budget",
        "rain",
        "festival",
        "market",
        "league",
        "court",
        "school",
        "energy",
        "water",
        "bridge",
    ]
    articles = []
    for i in range(STORIES):
        language = "ar" if i % 3 == 0 else "en"
        topic = " ".join(rng.sample(words, 4))
        articles.append(
            Article(
                language=language,
                headline=f"Story {i}: {topic.capitalize()} in the news today",
                slug=f"story-{i}",
                dek=f"What happened with the {topic}, and what comes next for readers across the region.",
                body=f"<p>{topic}.</p>",
                section=rng.choice(sections),
                status=Article.Status.PUBLISHED,
                published_at=now - timedelta(minutes=rng.randint(5, 47 * 60)),
            )
        )
    Article.objects.bulk_create(articles, batch_size=500)
    views = [
        HourlyViews(
            article=a, hour=hour_of(now - timedelta(hours=rng.randint(0, 40))), views=rng.randint(1, 900)
        )
        for a in Article.objects.all()
    ]
    HourlyViews.objects.bulk_create(views, batch_size=1000, ignore_conflicts=True)
    confirmed = now - timedelta(days=3)
    Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"reader{i:06}@example.org",
                language="ar" if i % 3 == 0 else "en",
                status=Subscriber.Status.CONFIRMED,
                confirmed_at=confirmed,
            )
            for i in range(SUBSCRIBERS)
        ],
        batch_size=5000,
    )
    # A third choose one or two sections; the rest take every section.
    through = Subscriber.sections.through
    links = []
    for pk in Subscriber.objects.values_list("pk", flat=True):
        if rng.random() < 0.33:
            for section in rng.sample(sections, rng.randint(1, 2)):
                links.append(through(subscriber_id=pk, section_id=section.pk))
    through.objects.bulk_create(links, batch_size=5000)


def send(size: int, render_each: bool = False) -> dict:
    """Send one daily digest to the first `size` subscribers; figures for this process alone.

    With `render_each`, nothing is shared between subscribers: every message is rendered from
    the templates, inlined and built on its own (the cost without the shared rendering).
    """
    from datetime import timedelta

    from django.db.models import Count
    from django.utils import timezone

    from masthead.newsletter import mail, sending
    from masthead.newsletter.models import Delivery, Issue, Subscriber

    if render_each:

        class RenderEach(mail.IssueComposer):
            def rendering(self, stories):
                self.shared.clear()
                self.wires.clear()
                return super().rendering(stories)

            def wire(self, stories):
                self.wires.clear()
                return super().wire(stories)

        mail.IssueComposer = RenderEach

    Subscriber.objects.update(wants_daily=False, last_daily_at=None)
    first = Subscriber.objects.order_by("pk").values_list("pk", flat=True)[size - 1]
    Subscriber.objects.filter(pk__lte=first).update(wants_daily=True)
    Issue.objects.all().delete()
    slot = timezone.now() - timedelta(seconds=1)
    issue = Issue.objects.create(
        kind=Issue.Kind.DAILY, language="en", slot_at=slot, status=Issue.Status.QUEUED
    )
    arabic = Issue.objects.create(
        kind=Issue.Kind.DAILY, language="ar", slot_at=slot, status=Issue.Status.QUEUED
    )
    start = time.perf_counter()
    for each in (issue, arabic):
        sending.plan(each.pk)
    planned = time.perf_counter() - start
    handed = 0
    renderings = 0
    for each in (issue, arabic):
        sender = sending.Sender(Issue.objects.get(pk=each.pk))
        handed += sender.run()
        renderings += len(sender.composer.shared)
        sending.finish(each)
    elapsed = time.perf_counter() - start
    statuses = dict(Delivery.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    return {
        "render_each": render_each,
        "subscribers": size,
        "handed_over": handed,
        "deliveries": statuses,
        "seconds": round(elapsed, 2),
        "planning_seconds": round(planned, 2),
        "messages_per_s": round(handed / elapsed, 1),
        "distinct_renderings": handed if render_each else renderings,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def sink(port: int, counter: Path) -> None:
    """An SMTP server that accepts everything, keeps nothing, and writes how many it got."""
    import asyncio

    from aiosmtpd.controller import Controller

    class Count:
        received = 0

        async def handle_DATA(self, server, session, envelope):
            self.received += 1
            if self.received % 500 == 0:
                counter.write_text(str(self.received))
            return "250 OK"

    handler = Count()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        asyncio.run(asyncio.sleep(10**9))
    except KeyboardInterrupt:
        pass
    finally:
        counter.write_text(str(handler.received))
        controller.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,25000,50000", help="subscriber counts, comma-separated")
    parser.add_argument("--work-dir", default=str(ROOT / "var" / "bench" / "newsletter"))
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--out", help="write the figures as JSON here")
    parser.add_argument(
        "--render-each-size",
        type=int,
        default=10_000,
        help="also send to this many with every message rendered on its own (0: skip)",
    )
    parser.add_argument(
        "--role", choices=["main", "build", "send", "sink"], default="main", help=argparse.SUPPRESS
    )
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--render-each", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--counter", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    work = Path(options.work_dir)

    if options.role == "sink":
        sink(options.port, Path(options.counter))
        return 0
    if options.role == "build":
        setup_django(work)
        build(work)
        return 0
    if options.role == "send":
        setup_django(work, options.port)
        from django.core.management import call_command

        call_command("migrate", verbosity=0)  # a newsroom built by older code
        print(json.dumps(send(options.size, options.render_each)))
        return 0

    sizes = [int(s) for s in options.sizes.split(",")]
    if max(sizes) > SUBSCRIBERS:
        parser.error(f"at most {SUBSCRIBERS} subscribers")
    me = [sys.executable, __file__, "--work-dir", str(work)]
    if options.rebuild or not (work / "masthead.sqlite3").exists():
        if work.exists():
            for name in ("masthead.sqlite3", "masthead.sqlite3-wal", "masthead.sqlite3-shm"):
                (work / name).unlink(missing_ok=True)
        work.mkdir(parents=True, exist_ok=True)
        print(f"bench: building the newsroom and {SUBSCRIBERS:,} subscribers in {work}", flush=True)
        subprocess.run([*me, "--role", "build"], check=True)

    port = free_port()
    counter = work / "sink-count"
    counter.write_text("0")
    server = subprocess.Popen([*me, "--role", "sink", "--port", str(port), "--counter", str(counter)])
    results = []
    try:
        time.sleep(1.0)
        print(f"\nDaily digest into a local SMTP sink (aiosmtpd, own process); target >= {TARGET} msg/s")
        heads = ("subscribers", 12), ("sent", 8), ("seconds", 8), ("msg/s", 8), ("ratio", 6), ("peak RSS", 9)
        print(" ".join(f"{name:>{width}}" for name, width in heads), f"{'renderings':>11}")
        runs = [(size, []) for size in sizes]
        if options.render_each_size:
            runs.append((options.render_each_size, ["--render-each"]))
        for size, extra in runs:
            done = subprocess.run(
                [*me, "--role", "send", "--size", str(size), "--port", str(port), *extra],
                check=True,
                capture_output=True,
                text=True,
            )
            row = json.loads(done.stdout.strip().splitlines()[-1])
            results.append(row)
            print(
                f"{row['subscribers']:>12,} {row['handed_over']:>8,} {row['seconds']:>8.1f} "
                f"{row['messages_per_s']:>8.0f} {row['messages_per_s'] / TARGET:>6.2f} "
                f"{row['peak_rss_mb']:>7.0f} MB {row['distinct_renderings']:>11}"
                + ("  (each message rendered on its own)" if row["render_each"] else ""),
                flush=True,
            )
    finally:
        server.send_signal(2)
        server.wait(10)
    received = int(counter.read_text() or 0)
    sent = sum(r["handed_over"] for r in results)
    print(f"sink received {received:,} of {sent:,} messages handed over")
    shared = [r for r in results if not r["render_each"]]
    best = shared[-1]
    verdict = "PASS" if best["messages_per_s"] >= TARGET and received == sent else "MISS"
    rss = [r["peak_rss_mb"] for r in shared]
    print(
        f"newsletter: {best['messages_per_s']:.0f} msg/s at {best['subscribers']:,} subscribers "
        f"({verdict}, target {TARGET}); peak memory {min(rss):.0f}-{max(rss):.0f} MB across sizes"
    )
    summary = {"target_per_s": TARGET, "runs": results, "sink_received": received, "verdict": verdict}
    if options.out:
        Path(options.out).write_text(json.dumps(summary, indent=1))
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
