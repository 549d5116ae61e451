"""Addresses of reader pages: reversed once per process, and absolute ones for mail.

A story page links to some thirty other pages, and `reverse()` costs more than the rest of a
link's rendering; an address only depends on its name, language and slugs, so each is worked
out once and remembered (bounded). A change of URLconf (tests) forgets them all.
"""

from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri


def page_path(name: str, language: str | None = None, **kwargs: str) -> str:
    """`reverse(name, kwargs=kwargs)` in `language` (the active one by default)."""
    language = language or translation.get_language()
    return _reversed(get_script_prefix(), language, name, tuple(sorted(kwargs.items())))


def absolute(path: str) -> str:
    """The public address of a site path (from settings, never from the request's Host)."""
    return settings.MASTHEAD_SITE_URL + iri_to_uri(path)


@lru_cache(maxsize=100_000)
def _reversed(script_prefix: str, language: str | None, name: str, kwargs: tuple) -> str:
    with translation.override(language):
        return reverse(name, kwargs=dict(kwargs))


@receiver(setting_changed)
def _forget_paths(setting: str, **kwargs) -> None:
    if setting in {"ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "FORCE_SCRIPT_NAME"}:
        _reversed.cache_clear()
