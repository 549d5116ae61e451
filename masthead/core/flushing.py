"""Counts kept in memory and written to the database in batches by a background thread."""

import atexit
import logging
import threading
import time

from django.db import connection

logger = logging.getLogger(__name__)


class FlushedPeriodically:
    """A buffer whose `flush` a background thread calls every `flush_seconds` (none if 0),
    started with the first count; a failed flush is logged and retried on the next round."""

    flush_seconds: float
    thread_name = "masthead-counts"
    thread: threading.Thread | None = None
    _thread_lock = threading.Lock()

    def flush(self) -> int:
        raise NotImplementedError

    def _flush_soon(self) -> None:
        """After a count: write it now if `flush_seconds` is 0 (tests), else leave it to the thread."""
        if self.flush_seconds <= 0:
            self.flush()
        else:
            self._start_flushing()

    def _start_flushing(self) -> None:
        if self.thread is not None or self.flush_seconds <= 0:
            return
        with self._thread_lock:
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
                self.thread.start()
                atexit.register(self.flush)

    def _run(self) -> None:
        while True:
            time.sleep(self.flush_seconds)
            try:
                self.flush()
            except Exception:
                logger.exception("%s: could not write a batch; retrying on the next flush", self.thread_name)
            finally:
                connection.close()
