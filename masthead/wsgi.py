"""WSGI entry point for `masthead serve` and any WSGI server."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

django_application = get_wsgi_application()


def _with_page_cache(app):
    # Cache hits are answered in front of Django, without walking its middleware stack.
    from masthead.core.pagecache.backend import get_store
    from masthead.core.pagecache.wsgi import CachedPagesApp

    store = get_store()
    return CachedPagesApp(app, store) if store is not None else app


def _with_beacon(app):
    # View beacons are counted before anything else looks at the request.
    from django.conf import settings

    from masthead.readership.wsgi import BeaconApp

    return BeaconApp(app, settings.READERSHIP_BEACON_PATH)


def _with_ads(app):
    # Ad decisions and viewable impressions: one per ad on every page, answered before Django.
    from masthead.ads.wsgi import AdsApp

    return AdsApp(app)


application = _with_ads(_with_beacon(_with_page_cache(django_application)))
