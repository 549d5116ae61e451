"""Paragraphs for text written the classic WordPress editor's way, as WordPress adds them.

WordPress stores a classic post without paragraph tags and adds them on display ("wpautop"):
a blank line ends a paragraph, a single newline is a line break. The importer does the same
once, for good, so the stored body needs nothing done on display.

Text is set aside while the rest is rewritten behind markers made of Unicode noncharacters
(which no text holds; private-use characters would clash with icon fonts): `NONCHARACTERS`
drops them from the input so the markers are the only ones.
"""

from __future__ import annotations

import re

__all__ = ["NONCHARACTERS", "autop", "wpautop"]

NONCHARACTERS = dict.fromkeys(range(0xFDD0, 0xFDF0))  # for str.translate: drops them all
_ALLBLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|"
    r"blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|"
    r"nav|figure|figcaption|details|menu|summary)"
)
_PROTECTED = re.compile(r"(<(pre|script|style|svg|math|figure)\b[^>]*>)(.*?)(</\2>)", re.S | re.I)
_NEWLINE_IN_TAG = "\ufdd4"


def wpautop(text: str) -> str:
    """Paragraphs for text written the classic editor's way, as WordPress adds them on display.

    A blank line ends a paragraph and a single newline is a line break, except next to tags of
    block elements (lists, tables, figures, headings…), which are never wrapped; <pre>,
    <script>, <style> and <figure> are left as they are inside.
    """
    return autop(text.translate(NONCHARACTERS))


def autop(text: str) -> str:
    """`wpautop` for text whose only noncharacters are the caller's own markers (U+FDD0 and
    U+FDD1), which pass through untouched; U+FDD2 to U+FDD4 are this function's."""
    if not text.strip():
        return ""
    protected: list[str] = []

    def protect(match: re.Match[str]) -> str:
        protected.append(match.group(3))
        return f"{match.group(1)}\ufdd2{len(protected) - 1}\ufdd3{match.group(4)}"

    text = _PROTECTED.sub(protect, text + "\n")
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text)
    text = re.sub(rf"(<{_ALLBLOCKS}[\s/>])", r"\n\n\1", text)
    text = re.sub(rf"(</{_ALLBLOCKS}>)", r"\1\n\n", text)
    text = re.sub(r"(<hr\s*?/?>)", r"\1\n\n", text)
    text = re.sub(r"<[^>]*>", lambda m: m.group(0).replace("\n", _NEWLINE_IN_TAG), text)
    text = re.sub(r"\n\n+", "\n\n", text)
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text)]
    text = "".join(f"<p>{part}</p>\n" for part in paragraphs if part.strip())
    text = re.sub(r"<p>\s*</p>", "", text)
    text = re.sub(r"<p>([^<]+)</(div|address|form)>", r"<p>\1</p></\2>", text)
    text = re.sub(rf"<p>\s*(</?{_ALLBLOCKS}[^>]*>)\s*</p>", r"\1", text)
    text = re.sub(r"<p>(<li.+?)</p>", r"\1", text)
    text = re.sub(r"<p><blockquote([^>]*)>", r"<blockquote\1><p>", text, flags=re.I)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = re.sub(rf"<p>\s*(</?{_ALLBLOCKS}[^>]*>)", r"\1", text)
    text = re.sub(rf"(</?{_ALLBLOCKS}[^>]*>)\s*</p>", r"\1", text)
    text = re.sub(r"<br\s*/?>", "<br />", text)
    text = re.sub(r"(?<!<br />)\s*\n", "<br />\n", text)
    text = re.sub(rf"(</?{_ALLBLOCKS}[^>]*>)\s*<br />", r"\1", text)
    text = re.sub(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", r"\1", text)
    text = re.sub(r"\n</p>$", "</p>", text)
    text = re.sub(r"\ufdd2(\d+)\ufdd3", lambda m: protected[int(m.group(1))], text)
    return text.replace(_NEWLINE_IN_TAG, "\n")
