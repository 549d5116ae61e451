import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import translation

from masthead.articles.selectors import kept_tags
from masthead.authors.selectors import kept_authors
from masthead.core import context_processors
from masthead.core.kept import Kept

# Shared fixtures: `browser` (Debian's chromium through Playwright).
pytest_plugins = ["masthead.core.tests.browser"]


@pytest.fixture(autouse=True)
def fresh_state():
    """Each test starts in English with no cached pages (row ids are reused between tests).

    A request through the test client leaves its language active in the thread afterwards.
    """
    from masthead.core.pagecache.services import clear

    clear()
    connection.__dict__.pop("_masthead_pending_purge", None)  # left by rolled-back tests
    context_processors._sections = (-1, [])  # rolled-back sections never bumped the stamp
    cache.clear()  # counts and rankings kept for minutes describe another test's rows
    Kept.forget_all()  # what each process keeps between requests
    kept_authors.forget()  # nor rolled-back authors and tags
    kept_tags.forget()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
