"""Small charts for the back office, drawn as inline SVG (no script, no outside library)."""

from datetime import date

from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

WIDTH, HEIGHT, GAP = 600, 120, 2


def bar_chart(days: list[tuple[date, int]], label: str, caption: str | None = None) -> SafeString:
    """One bar per day, each with its date and count as a tooltip, and a caption underneath.

    The caption defaults to the views' one (total, days, busiest day); counts that are not
    added up day to day, like subscribers, pass their own.
    """
    peak = max((n for _, n in days), default=0) or 1
    bar = WIDTH / max(len(days), 1)
    bars = format_html_join(
        "",
        '<rect x="{}" y="{}" width="{}" height="{}" rx="1"><title>{}: {}</title></rect>',
        (
            (
                f"{i * bar:.1f}",
                f"{HEIGHT - n / peak * HEIGHT:.1f}",
                f"{bar - GAP:.1f}",
                f"{max(n / peak * HEIGHT, 0.5):.1f}",
                date_format(day),
                n,
            )
            for i, (day, n) in enumerate(days)
        ),
    )
    if caption is None:
        caption = _("%(total)s views in %(days)s days, at most %(peak)s a day") % {
            "total": sum(n for _, n in days),
            "days": len(days),
            "peak": max((n for _, n in days), default=0),
        }
    return format_html(
        '<figure class="views-chart" style="margin:0">'
        '<svg viewBox="0 0 {} {}" width="100%" height="{}" role="img" aria-label="{}" '
        'style="max-width:{}px;fill:#417690">{}</svg>'
        "<figcaption>{}</figcaption></figure>",
        WIDTH,
        HEIGHT,
        HEIGHT,
        label,
        WIDTH,
        bars,
        caption,
    )
