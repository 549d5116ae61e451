"""Pieces shared by every app's back office."""

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import Http404, HttpRequest


class ObjectViewsMixin:
    """Custom per-object views (`get_urls`) load their object as the change form does.

    Through `get_object()`, so a row the user's queryset leaves out (another contributor's draft)
    is "not found", and through the object's own permission checks, never the model's alone.
    """

    def object_or_deny(self, request: HttpRequest, object_id: int | str, *, needs: str = "view") -> Model:
        obj = self.get_object(request, str(object_id))
        if obj is None:
            raise Http404
        checks = {"view": self.has_view_permission, "change": self.has_change_permission}
        if not checks[needs](request, obj):
            raise PermissionDenied
        return obj


class PageFiguresChangeList(ChangeList):
    """A changelist whose rows carry their figures (`listed_figures`), for the whole page in one query.

    The ModelAdmin gives them: `page_figures(ids)` returns {id: figures} for the ids on the page;
    `figure_column()` makes the list's columns.
    """

    def get_results(self, request):
        super().get_results(request)
        # Evaluating the page's queryset here caches it, so the list shows these very objects.
        rows = list(self.result_list)
        figures = self.model_admin.page_figures([row.pk for row in rows])
        for row in rows:
            row.listed_figures = figures.get(row.pk)


def figure_column(name: str, description: str):
    """A changelist column: one of a row's `listed_figures` (a dash where the row has none)."""

    @admin.display(description=description)
    def column(self, obj: Model) -> int | str:
        figures = getattr(obj, "listed_figures", None)
        return "—" if figures is None else getattr(figures, name)

    return column
