"""The word lists of the candidate rules, read from masthead/suggestions/data/ once per process.

Each list is a text file: one word a line; blank lines and lines starting with "#" (a note on
what the list is for) are skipped. Editors of the lists need not read Python.
"""

from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of data/`name`.txt."""
    lines = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
