"""The demo newsroom: a realistic site on a fresh install (`masthead demo-data`).

Demo text: the desks' phrase banks (`desks/`, gathered and checked in `banks.py`), `names.py`,
`newsroom.py` and the drawings (`drawing/`). Each desk follows running stories told beat by beat,
so every story of the default demo has its own headline, dek, picture and caption. Code:
`facts.py` and `writer.py` compose stories from the banks (no database); `build.py` writes the
newsroom, with `schedule`, `catalog`, `pictures`, `stories`, `audience` and `advertising` for
its steps.
"""
