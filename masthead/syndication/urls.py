"""Feeds under each language (/en/feed/, /ar/feed/, and per section, tag and author)."""

from django.urls import path  # noqa: F401

app_name = "syndication"

urlpatterns: list = []
