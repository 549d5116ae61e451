"""Sitemaps at the root, as search engines look for them: the index at /sitemap.xml, its files
under /sitemaps/ (a file's second page and on: -2.xml, -3.xml…; the first has no number)."""

from django.conf import settings
from django.urls import path, re_path

from masthead.syndication import views_sitemaps

LANGUAGE = "|".join(code for code, _name in settings.LANGUAGES)
PAGE = r"(?:-(?P<page>[2-9]|[1-9][0-9]+))?"  # never "-1" or "-02": one address per file

urlpatterns = [
    path("sitemap.xml", views_sitemaps.index, name="sitemap-index"),
    re_path(
        rf"^sitemaps/stories-(?P<language>{LANGUAGE})-(?P<year>[0-9]{{4}})-(?P<month>0[1-9]|1[0-2]){PAGE}\.xml\Z",
        views_sitemaps.stories,
        name="sitemap-stories",
    ),
    re_path(
        rf"^sitemaps/(?P<name>sections|tags|authors){PAGE}\.xml\Z", views_sitemaps.lists, name="sitemap-lists"
    ),
    re_path(rf"^sitemaps/pages{PAGE}\.xml\Z", views_sitemaps.pages, name="sitemap-pages"),
    re_path(rf"^sitemaps/news-(?P<language>{LANGUAGE})\.xml\Z", views_sitemaps.news, name="sitemap-news"),
]
