"""Write today's digest and a breaking alert as subscribers would get them, in both languages,
to HTML files for bench/screenshots.py (run with MASTHEAD_DATA_DIR set to a newsroom).

    .venv/bin/python bench/mail_preview.py --out var/screenshots/mail
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    import django

    django.setup()
    from django.utils import timezone

    from masthead.articles.models import Article
    from masthead.newsletter.models import Issue
    from masthead.newsletter.queueing import render_preview

    args.out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ar"):
        digest = Issue(kind=Issue.Kind.DAILY, language=language, slot_at=timezone.now())
        story = Article.objects.published().in_language(language).exclude(featured_image=None).first()
        alert = Issue(kind=Issue.Kind.ALERT, language=language, article=story)
        for name, issue in (("digest", digest), ("alert", alert)):
            path = args.out / f"mail-{name}-{language}.html"
            path.write_text(render_preview(issue=issue).html)
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
