"""The site's own files at the root: robots.txt, the favicon and home screen icons, the web app
manifest and humans.txt."""

from django.urls import path

from masthead.syndication import views_files

urlpatterns = [
    path("robots.txt", views_files.robots_txt, name="robots-txt"),
    path("favicon.ico", views_files.favicon, name="favicon"),
    path("apple-touch-icon.png", views_files.apple_touch_icon, name="apple-touch-icon"),
    path("apple-touch-icon-precomposed.png", views_files.apple_touch_icon),
    path("site.webmanifest", views_files.webmanifest, name="webmanifest"),
    path("humans.txt", views_files.humans_txt, name="humans-txt"),
]
