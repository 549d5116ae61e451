"""The demo newsroom: a realistic site on a fresh install (`masthead demo-data`).

Demo text: the desks' phrase banks (`desks/`), `names.py`, `newsroom.py` and the drawings
(`drawing/`). Code: `facts.py` and `writer.py` compose stories from them (no database);
`build.py` writes the newsroom, with `schedule`, `catalog`, `pictures`, `stories`, `audience`
and `advertising` for its steps.
"""
