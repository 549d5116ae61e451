"""WSGI entry point for `masthead serve` and any WSGI server."""

import gc
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


def _stamps_read_once(app):
    # Ad decisions, beacons and cache hits read the stamps of what the process keeps too: once a
    # request, all at once on Redis, as Django's pages do (`core.versions.middleware`).
    from masthead.core.versions import reading_once

    def read_once(environ, start_response):
        with reading_once():
            return app(environ, start_response)

    return read_once


application = _stamps_read_once(_with_ads(_with_beacon(_with_page_cache(django_application))))

# What is loaded by now (Django, the apps, their modules) lives as long as the process: frozen out
# of the collector's sight, so a full collection no longer walks all of it while readers wait
# (one took 100 ms with the site loaded, in a bench of reader pages).
gc.freeze()
