"""The news-day load's staleness check: after each publish, the pages that must show the new
story are read through the server, as readers get them, until the next publish."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import harness

POLL_PAUSE = 0.025  # seconds between reads of a page a publish changed


class EditorLog:
    """Reads the editor's JSON lines as it writes them (its log file, written line by line)."""

    def __init__(self, path: Path):
        self.path = path
        self.offset = 0
        self.pending = b""

    def next_record(self, deadline: float) -> dict | None:
        """The editor's next line as a dict, or None once `deadline` (Unix time) has passed."""
        while True:
            if self.path.exists():
                with self.path.open("rb") as log:
                    log.seek(self.offset)
                    chunk = log.read()
                self.offset += len(chunk)
                self.pending += chunk
            while b"\n" in self.pending:
                line, self.pending = self.pending.split(b"\n", 1)
                if line.startswith(b"{"):
                    return json.loads(line)
            if time.time() >= deadline:
                return None
            time.sleep(0.005)


def check_publish(port: int, record: dict, until: float) -> dict:
    """Read each page of `record` (home, section, story) until `until`, each in a thread of its
    own and over a new connection each time, so every server process gets asked. Any answer
    without the new story's token is stale; each page's first fresh answer is timed from the
    moment the publish returned."""
    token = record["token"].encode()

    def poll(path: str) -> dict:
        page = {"path": path, "reads": 0, "stale": 0, "failed": 0, "statuses": {}, "first_fresh_ms": None}
        while time.time() < until:
            client = harness.Client(port, timeout=10)
            try:
                answer = client.get(path)
            except OSError:
                page["failed"] += 1
                continue
            finally:
                client.close()
            arrived = time.time()
            page["reads"] += 1
            status = str(answer.status)
            page["statuses"][status] = page["statuses"].get(status, 0) + 1
            if answer.status == 200 and token in answer.body:
                if page["first_fresh_ms"] is None:
                    page["first_fresh_ms"] = (arrived - record["published_at"]) * 1000
            else:
                page["stale"] += 1
            time.sleep(POLL_PAUSE)
        return page

    names = list(record["pages"])
    with ThreadPoolExecutor(len(names)) as pool:
        checked = dict(zip(names, pool.map(poll, record["pages"].values()), strict=True))
    return {**record, "checked": checked}


def summarise(checks: list[dict]) -> dict:
    """Totals over every publish: reads, stale answers, failed reads, the slowest to appear."""
    pages = [page for check in checks for page in check["checked"].values()]
    appeared = [page["first_fresh_ms"] for page in pages if page["first_fresh_ms"] is not None]
    publish_ms = sorted(check["publish_ms"] for check in checks)
    return {
        "publishes": len(checks),
        "reads": sum(page["reads"] for page in pages),
        "stale": sum(page["stale"] for page in pages),
        "failed": sum(page["failed"] for page in pages),
        "never_appeared": sum(page["first_fresh_ms"] is None for page in pages),
        "max_ms_to_appear": max(appeared, default=None),
        "publish_ms_p50": publish_ms[len(publish_ms) // 2] if publish_ms else None,
        "publish_ms_max": publish_ms[-1] if publish_ms else None,
    }


def describe(check: dict) -> str:
    """One line per publish for the report: when each page first showed the story, and any stale."""
    parts = []
    for name, page in check["checked"].items():
        seen = page["first_fresh_ms"]
        text = f"{name} {seen:.0f} ms" if seen is not None else f"{name} NEVER"
        if page["stale"] or page["failed"]:
            text += f" ({page['stale']} stale, {page['failed']} failed, statuses {page['statuses']})"
        parts.append(text)
    return (
        f"  #{check['number']:<3} {check['language']}  publish {check['publish_ms']:5.0f} ms  "
        f"shown: {', '.join(parts)}  [{sum(p['reads'] for p in check['checked'].values())} reads]"
    )
