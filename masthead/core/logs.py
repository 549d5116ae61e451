"""Logging filters used by LOGGING in the settings."""

import logging


class ClientErrorWithoutTraceback(logging.Filter):
    """Log a refused request (4xx) as its one line, without the traceback behind it."""

    def filter(self, record: logging.LogRecord) -> bool:
        # Django logs the PermissionDenied behind a 403 with its traceback, which says nothing the
        # line does not (who was refused what). Server errors (5xx) keep theirs.
        if 400 <= getattr(record, "status_code", 0) < 500:
            record.exc_info = None
            record.exc_text = None
        return True
