"""CSV downloads for the back office, streamed, and safe to open in a spreadsheet."""

import csv
from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse


class _Echo:
    """A file-like object whose write() hands the line back, so csv.writer can feed a stream."""

    def write(self, value: str) -> str:
        return value


# Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A value as a CSV cell that a spreadsheet shows as text, never runs."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_response(rows: Iterable[Iterable[object]], filename: str) -> StreamingHttpResponse:
    """Rows (the header first) streamed as a CSV download, each cell guarded against formulas."""
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        # A byte order mark first: without it Excel reads UTF-8 (Arabic names) as another code page.
        yield "\ufeff"
        for row in rows:
            yield writer.writerow([csv_cell(cell) for cell in row])

    return StreamingHttpResponse(
        lines(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )
