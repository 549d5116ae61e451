"""WordPress shortcodes as writers type them: `[name attr="value"]…[/name]`.

Only how one is written and how its attributes read; what each one becomes is the converter's
(`bodies.wordpress`). Writers type them by hand, so the reading is lenient: quotes of any kind,
curly ones too (the editor's "smart quotes"), values without quotes, values without names.
"""

from __future__ import annotations

import re
from html import unescape

__all__ = ["SHORTCODE", "shortcode_attrs"]

# An opening (or self-closing) shortcode. Groups: a second "[" before it ("[[name]]" shows a
# shortcode as text), its name, its attributes, "/" if self-closing, a second "]" after it.
SHORTCODE = re.compile(r"\[(\[?)([A-Za-z][\w-]*)(?=[\s\]/=])([^\[\]]*?)(/?)\](\]?)")
_ATTR = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"]+))|"([^"]*)"|'([^']*)'|(\S+)""")


def shortcode_attrs(raw: str) -> dict[str, str]:
    """Named values by name; unnamed ones as "0", "1"… (a leading "=value" as "")."""
    raw = raw.strip()
    attrs: dict[str, str] = {}
    if raw.startswith("="):  # [youtube=https://…]
        attrs[""] = raw[1:].strip().strip("\"'")
        return attrs
    position = 0
    for match in _ATTR.finditer(raw.replace("\u201c", '"').replace("\u201d", '"')):
        if match.group(1):
            value = next((g for g in match.group(2, 3, 4) if g is not None), "")
            attrs[match.group(1).lower()] = unescape(value)
        else:
            attrs[str(position)] = unescape(next(g for g in match.group(5, 6, 7) if g is not None))
            position += 1
    return attrs
