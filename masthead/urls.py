"""URL wiring: the back office at /admin/, the reader's site under /en/ and /ar/, and the old
addresses of a newsroom's previous site answered instead of a 404 (masthead.redirects)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language
from django.views.static import serve

from masthead.articles import views as article_views
from masthead.redirects import views as redirect_views

urlpatterns = [
    # Before the admin's own patterns, which would otherwise claim admin/suggestions/.
    path("admin/suggestions/", include("masthead.suggestions.urls")),
    path("admin/", admin.site.urls),
    path("i18n/setlang/", set_language, name="set_language"),
    # Providers' delivery reports (bounces, complaints): django-anymail's signed webhooks.
    path("anymail/", include("anymail.urls")),
    path("preview/<str:token>/", article_views.PreviewView.as_view(), name="preview"),
    path("", include("masthead.ads.urls")),
    path("", include("masthead.syndication.site_urls")),
    # The home page in the reader's language, unless an old platform's /?p=123 has a redirect.
    path("", redirect_views.root, name="root"),
]

urlpatterns += i18n_patterns(
    path("authors/", include("masthead.articles.author_urls")),
    path("", include("masthead.search.urls")),
    # Before the articles' patterns: /en/feed/ and /en/<section>/feed/ are not a section or a story.
    path("", include("masthead.syndication.urls")),
    path("", include("masthead.readership.urls")),
    path("", include("masthead.newsletter.urls")),
    path("", include("masthead.articles.urls")),
    prefix_default_language=True,
)

handler404 = redirect_views.page_not_found

if settings.DEBUG or settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage"):
    # Local media for the single-machine install; object storage serves its own URLs.
    urlpatterns.insert(
        0,
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    )
