"""Served, seen and clicked counts per creative and day, buffered in each process.

Reports need them by the minute, not by the microsecond: each process adds up what it served
and writes the sums once a second in one transaction (ADS_FLUSH_SECONDS; 0 writes at once).
Caps never depend on these (see masthead.ads.caps).
"""

import threading
from collections import Counter
from datetime import date

from django.conf import settings
from django.db import IntegrityError, connection, transaction

from masthead.ads.models import Creative, CreativeDay
from masthead.core.flushing import FlushedPeriodically

FIELDS = ("served", "impressions", "clicks")


class Tally(FlushedPeriodically):
    thread_name = "masthead-ads"

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.lock = threading.Lock()

    @property
    def flush_seconds(self) -> float:  # read when used, so settings may change it (tests)
        return settings.ADS_FLUSH_SECONDS

    def add(self, creative_id: int, day: date, what: str, n: int = 1) -> None:
        with self.lock:
            self.counts[(creative_id, day, what)] += n
        self._flush_soon()

    def flush(self) -> int:
        """Write what was counted; a failed write keeps its counts for the next try."""
        with self.lock:
            counts, self.counts = self.counts, Counter()
        if not counts:
            return 0
        rows: dict[tuple[int, date], dict[str, int]] = {}
        for (creative_id, day, what), n in counts.items():
            rows.setdefault((creative_id, day), dict.fromkeys(FIELDS, 0))[what] += n
        table = CreativeDay._meta.db_table
        sql = (
            f"INSERT INTO {table} (creative_id, day, served, impressions, clicks) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (creative_id, day) DO UPDATE SET "
            f"served = {table}.served + excluded.served, "
            f"impressions = {table}.impressions + excluded.impressions, "
            f"clicks = {table}.clicks + excluded.clicks"
        )
        params = [[cid, day.isoformat(), *(v[f] for f in FIELDS)] for (cid, day), v in rows.items()]
        try:
            try:
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.executemany(sql, params)
            except IntegrityError:
                # A creative deleted since it was served: its counts go with it.
                known = set(
                    Creative.objects.filter(pk__in=[p[0] for p in params]).values_list("pk", flat=True)
                )
                with transaction.atomic(), connection.cursor() as cursor:
                    cursor.executemany(sql, [p for p in params if p[0] in known])
        except Exception:
            with self.lock:
                self.counts.update(counts)
            raise
        return len(params)


tally = Tally()
