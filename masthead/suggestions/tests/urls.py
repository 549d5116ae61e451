"""The suggestion view where the project mounts it (admin/suggestions/), for the view tests."""

from django.urls import include, path

urlpatterns = [path("admin/suggestions/", include("masthead.suggestions.urls"))]
