"""Addresses outside the languages: sitemaps, robots.txt, icons, the manifest, old feed addresses."""

from django.urls import include, path

urlpatterns = [
    path("", include("masthead.syndication.urls_sitemaps")),
    path("", include("masthead.syndication.urls_files")),
    path("", include("masthead.syndication.urls_redirects")),
]
