"""The Django side of the beacon bench, run with MASTHEAD_DATA_DIR set to a newsroom.

python bench/beacon_probe.py ids --count 1000 --out ids.txt   # published story ids, one a line
python bench/beacon_probe.py total                            # stored views, printed
"""

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["ids", "total"])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out")
    options = parser.parse_args()
    import django

    django.setup()
    from django.db.models import Sum

    from masthead.articles.models import Article
    from masthead.readership.models import HourlyViews

    if options.what == "ids":
        ids = Article.objects.published().order_by("?").values_list("pk", flat=True)[: options.count]
        Path(options.out).write_text("".join(f"{pk}\n" for pk in ids))
    else:
        print(HourlyViews.objects.aggregate(n=Sum("views"))["n"] or 0)


if __name__ == "__main__":
    main()
