"""Reading an export's XML safely, a piece at a time, whatever state its bytes are in.

Exports from old platforms are often damaged: WordPress writes whatever its database holds,
so bytes that are not UTF-8 and control characters XML forbids are common, and one of either
makes a strict parser refuse the whole file. `CleanXml` streams the file through a decoder
that replaces the first and drops the second, counting both so the report can say so; the
parser then sees clean UTF-8. `iter_elements` parses it with defusedxml (no entity
declarations, nothing external: an export is untrusted input) and hands out one element at a
time, freeing each after use, so memory stays flat for a file of any size.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from types import TracebackType
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser
from django.utils.translation import gettext as _

from masthead.imports.records import SourceError

CHUNK = 64 * 1024
# Characters XML 1.0 does not allow anywhere, not even escaped (tab, LF and CR are allowed).
_FORBIDDEN = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])
_DECLARED = re.compile(rb"""\A<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']""")
_DECLARATION = re.compile(r"""\A(<\?xml[^>]*?\bencoding\s*=\s*)(["'])[^"']*\2""")
_REPLACEMENT_UTF8 = b"\xef\xbf\xbd"  # U+FFFD as the file itself may hold it
_POSITION = re.compile(r":\s*line \d+, column \d+\s*$")


class XmlError(SourceError):
    """The file is not well-formed XML; `line`/`column` say where the parser gave up."""

    def __init__(self, message: str, *, line: int = 0, column: int = 0, reason: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.reason = reason


class CleanXml:
    """A binary file read as UTF-8 with bad bytes replaced and forbidden characters dropped.

    It has `read(size)`, so a parser reads it like the file itself. After (or during) a
    read-through, `replaced` counts the byte sequences that were not valid in the file's
    encoding (each now U+FFFD), `dropped` the control characters removed. `namespaces` and
    `root` are filled in by `iter_elements` as it parses.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._file = self.path.open("rb")
        except OSError as error:
            raise SourceError(
                _("Cannot open %(path)s: %(error)s") % {"path": self.path, "error": error.strerror}
            ) from error
        self.replaced = 0
        self.dropped = 0
        self.encoding = "utf-8"
        self.namespaces: dict[str, str] = {}  # prefix -> URI, as first declared
        self.root = ""  # the root element's tag, once parsing has reached it
        self._decoder: codecs.IncrementalDecoder | None = None
        self._pending = b""  # clean UTF-8 not handed out yet
        self._tail = b""  # the last bytes read, to count a U+FFFD split across two chunks
        self._first_text = True  # the declaration, if any, is still to come
        self._done = False

    def __enter__(self) -> CleanXml:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def read(self, size: int = -1) -> bytes:
        """Up to `size` bytes of clean UTF-8 (all that is left when size < 0); b"" at the end."""
        while not self._done and (size < 0 or len(self._pending) < size):
            self._fill()
        if size < 0:
            size = len(self._pending)
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def _fill(self) -> None:
        raw = self._file.read(CHUNK)
        if self._decoder is None:
            raw = self._start(raw)
        assert self._decoder is not None
        text = self._decoder.decode(raw, final=not raw)
        if not raw:
            self._done = True
        if "\ufffd" in text:
            genuine = 0
            if self.encoding == "utf-8":
                genuine = (self._tail + raw).count(_REPLACEMENT_UTF8)
                self._tail = raw[-2:]
            self.replaced += max(0, text.count("\ufffd") - genuine)
        elif self.encoding == "utf-8":
            self._tail = raw[-2:]
        clean = text.translate(_FORBIDDEN)
        self.dropped += len(text) - len(clean)
        if self._first_text and clean:
            # The parser now reads UTF-8, so the declaration must say so.
            clean = _DECLARATION.sub(r"\1\2UTF-8\2", clean, count=1)
            self._first_text = False
        self._pending += clean.encode("utf-8")

    def _start(self, raw: bytes) -> bytes:
        """Choose the decoder from a byte-order mark or the XML declaration."""
        if raw.startswith(codecs.BOM_UTF8):
            raw, name = raw[len(codecs.BOM_UTF8) :], "utf-8"
        elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            name = "utf-16"
        else:
            declared = _DECLARED.match(raw)
            name = declared.group(1).decode("ascii") if declared else "utf-8"
        try:
            name = codecs.lookup(name).name
        except LookupError as error:
            raise SourceError(
                _("The file declares an encoding that cannot be read: %(encoding)s") % {"encoding": name}
            ) from error
        # Files declared Latin-1 or ASCII are nearly always Windows-1252 or UTF-8 in practice
        # (as browsers assume): reading them so keeps curly quotes and accents.
        name = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8"}.get(name, name)
        self.encoding = name
        self._decoder = codecs.getincrementaldecoder(name)(errors="replace")
        return raw


def open_xml(path: Path) -> CleanXml:
    """`path` opened for parsing (use it in a `with`)."""
    return CleanXml(path)


def iter_elements(
    source: Path | CleanXml,
    tags: Collection[str] | Callable[[str], bool],
    *,
    depth: int | None = None,
    on_root: Callable[[CleanXml], None] | None = None,
) -> Iterator[Element]:
    """Each complete element whose tag is in `tags` (or passes it), in file order.

    Tags are in ElementTree's form (`{namespace-uri}name`). Only elements outside another
    match are given, and with `depth` only those at that depth (the root is 0). Nothing outside
    a match is kept, and each element is cleared once the caller moves on, so keep what you
    need from it before the next one. `on_root` is called when the root element starts, with
    the namespaces declared so far: raise SourceError there to give up early on a file of
    another kind. Parser errors and refused XML become SourceError.
    """
    stream = source if isinstance(source, CleanXml) else open_xml(source)
    wanted = tags if callable(tags) else frozenset(tags).__contains__
    collector = _Collector(stream, wanted, depth, on_root)
    parser = DefusedXMLParser(target=collector, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        while True:
            try:
                data = stream.read(CHUNK)
                if data:
                    parser.feed(data)
                else:
                    parser.close()
            except ParseError as error:
                raise _parse_error(error, stream) from error
            except DefusedXmlException as error:
                raise _refused(error) from error
            except OSError as error:
                message = _("Cannot read %(path)s: %(error)s")
                raise SourceError(message % {"path": stream.path, "error": error}) from error
            ready, collector.ready = collector.ready, []
            for element in ready:
                yield element
                element.clear()
            if not data:
                return
    finally:
        if stream is not source:
            stream.close()


class _Collector:
    """The parser's target: builds the matching elements only, and notes the root and namespaces."""

    def __init__(
        self,
        stream: CleanXml,
        wanted: Callable[[str], bool],
        depth: int | None,
        on_root: Callable[[CleanXml], None] | None,
    ) -> None:
        self.stream = stream
        self.wanted = wanted
        self.depth = depth
        self.on_root = on_root
        self.level = 0  # how deep the parser is in the document
        self.builder: TreeBuilder | None = None  # building a match
        self.inside = 0  # how deep in the match
        self.ready: list[Element] = []

    def start_ns(self, prefix: str, uri: str) -> None:
        self.stream.namespaces.setdefault(prefix, uri)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self.builder is None:
            if self.level == 0:
                self.stream.root = tag
                if self.on_root is not None:
                    self.on_root(self.stream)
            if (self.depth is None or self.level == self.depth) and self.wanted(tag):
                self.builder = TreeBuilder()
        if self.builder is not None:
            self.builder.start(tag, attrs)
            self.inside += 1
        self.level += 1

    def data(self, text: str) -> None:
        if self.builder is not None:
            self.builder.data(text)

    def end(self, tag: str) -> None:
        self.level -= 1
        if self.builder is not None:
            self.builder.end(tag)
            self.inside -= 1
            if not self.inside:
                self.ready.append(self.builder.close())
                self.builder = None

    def close(self) -> None:
        return None


def _parse_error(error: ParseError, stream: CleanXml) -> XmlError:
    line, column = getattr(error, "position", (0, 0))
    reason = _POSITION.sub("", str(error))
    if reason.startswith(("no element found", "unclosed token")) and stream.root:
        message = _(
            "The file ends too early at line %(line)d, column %(column)d (%(reason)s): "
            "is it a complete export?"
        )
    else:
        message = _("The file is not well-formed XML at line %(line)d, column %(column)d: %(reason)s.")
    return XmlError(
        message % {"line": line, "column": column, "reason": reason}, line=line, column=column, reason=reason
    )


def _refused(error: DefusedXmlException) -> SourceError:
    if isinstance(error, EntitiesForbidden):
        if error.sysid or error.pubid:
            return SourceError(
                _(
                    "The file declares an external entity (“%(name)s”, %(target)s): such references are "
                    "refused, nothing outside the file is read."
                )
                % {"name": error.name, "target": error.sysid or error.pubid}
            )
        return SourceError(
            _("The file declares an entity (“%(name)s”): entity declarations are refused (an XML bomb?).")
            % {"name": error.name}
        )
    if isinstance(error, ExternalReferenceForbidden):
        return SourceError(
            _("The file refers to an external resource (%(target)s): such references are refused.")
            % {"target": error.sysid or error.pubid}
        )
    if isinstance(error, DTDForbidden):
        return SourceError(_("The file has a document type declaration, which is refused."))
    return SourceError(_("The file uses XML features that are refused: %(error)s") % {"error": error})
