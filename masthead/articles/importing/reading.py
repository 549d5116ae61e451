"""Reading the file: lines of bounded length (a longer one is skipped in pieces), and its encoding."""

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from django.utils.translation import gettext as _

from masthead.articles.importing.limits import MAX_LINE_BYTES, READ_SIZE
from masthead.articles.importing.plan import ImportFailed


@dataclass(frozen=True)
class Line:
    """One line of the file, or only its size when it is too long to hold."""

    number: int
    raw: bytes | None  # None when the line is longer than the limit
    size: int  # bytes read, line ending included
    length: int  # bytes without the line ending


def read_lines(handle: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """The lines of `handle`; one longer than `limit` bytes is read past in pieces, never whole."""
    number = 0
    # `limit + 2` leaves room for the "\r\n" after a line of exactly `limit` bytes.
    while head := handle.readline(limit + 2):
        number += 1
        size, last = len(head), head
        while not last.endswith(b"\n"):
            piece = handle.readline(READ_SIZE)
            if not piece:
                break
            size, last = size + len(piece), piece
        length = size - (len(last) - len(last.rstrip(b"\r\n")))
        is_whole = last is head and length <= limit
        yield Line(number=number, raw=head if is_whole else None, size=size, length=length)


def strip_bom(path: Path, raw: bytes) -> bytes:
    """Drop a UTF-8 byte order mark; refuse UTF-16 outright rather than report every line."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw:
        raise ImportFailed(
            _("%(path)s is not UTF-8 text (it looks like UTF-16 or a binary file); save it as UTF-8.")
            % {"path": path}
        )
    return raw.removeprefix(codecs.BOM_UTF8)
