"""Readership in the back office: the week's most read stories, editors' pins and hides, and each
story's views per day (a piece of the story admin, which the back office composes)."""

from datetime import timedelta

from django.contrib import admin
from django.db.models import Q, Subquery, Sum
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from masthead.articles.models import Article
from masthead.core.charts import bar_chart
from masthead.readership.counting import hour_of
from masthead.readership.models import HourlyViews, MostRead, PopularChoice
from masthead.readership.selectors import views_per_day


class StoryViewsMixin:
    """For the story admin: a read-only field, `views_per_day`, charting the last 30 days."""

    @admin.display(description=_("views per day"))
    def views_per_day(self, obj: Article) -> str:
        if not obj.pk:
            return "—"
        return bar_chart(views_per_day(obj.pk, days=30), str(_("Views per day, last 30 days")))


@admin.register(MostRead)
class MostReadAdmin(admin.ModelAdmin):
    """A dashboard: each story read in the last seven days, most read first, with its share."""

    list_display = ["headline", "language", "section", "published_at", "week_views", "share"]
    list_filter = ["language", "section"]
    list_select_related = ["section"]
    list_per_page = 50
    search_fields = ["headline"]
    show_full_result_count = False

    def get_queryset(self, request):
        since = hour_of(timezone.now()) - timedelta(days=7)
        week = Q(hourly_views__hour__gt=since)
        # The most read story's count, for the bars: one uncorrelated subquery, run once.
        top = (
            HourlyViews.objects.filter(hour__gt=since)
            .values("article")
            .annotate(total=Sum("views"))
            .order_by("-total")
            .values("total")[:1]
        )
        queryset = (
            super()
            .get_queryset(request)
            .annotate(week=Sum("hourly_views__views", filter=week), week_top=Subquery(top))
        )
        return queryset.filter(week__gt=0).order_by("-week", "-pk")

    @admin.display(description=_("views, last 7 days"), ordering="-week")
    def week_views(self, obj) -> int:
        return obj.week

    @admin.display(description="")
    def share(self, obj) -> str:
        width = round(120 * obj.week / (obj.week_top or obj.week))
        return format_html(
            '<span style="display:inline-block;height:.7em;width:{}px;background:#417690"></span>', width
        )

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def has_view_permission(self, request, obj=None) -> bool:
        return request.user.has_perm("articles.view_article")

    def has_module_permission(self, request) -> bool:
        return request.user.has_perm("articles.view_article")


@admin.register(PopularChoice)
class PopularChoiceAdmin(admin.ModelAdmin):
    list_display = ["article", "choice", "until"]
    list_filter = ["choice"]
    autocomplete_fields = ["article"]
    search_fields = ["article__headline"]
