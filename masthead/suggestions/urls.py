"""Included by the project at admin/suggestions/ (reverse "suggestions:suggest")."""

from django.urls import path

from masthead.suggestions import views

app_name = "suggestions"
urlpatterns = [path("suggest/", views.suggest, name="suggest")]
