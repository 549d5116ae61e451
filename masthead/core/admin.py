"""Pieces shared by every app's back office."""

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.forms.formsets import DELETION_FIELD_NAME
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpRequest
from django.utils.text import capfirst
from django.utils.translation import gettext as _


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


class NamedRowsFormSet(BaseInlineFormSet):
    """Rows of a tabular inline whose boxes carry their own names.

    A table row has no labels, only the column headings above it, which a screen reader does not
    give a box in a form: each box is named after its field, the delete box after the row.
    """

    def add_fields(self, form, index) -> None:
        super().add_fields(form, index)
        row = self.model._meta.verbose_name
        for name, field in form.fields.items():
            if field.widget.is_hidden:
                continue
            if name == DELETION_FIELD_NAME:
                label = _("Remove this %(row)s") % {"row": row}
            else:
                label = capfirst(field.label or name)
            field.widget.attrs.setdefault("aria-label", label)
