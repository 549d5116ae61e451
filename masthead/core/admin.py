"""Pieces shared by every app's back office."""

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
