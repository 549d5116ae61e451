import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import translation

from masthead.core.kept import Kept
from masthead.core.pagecache.services import clear

# Shared fixtures: `browser` (Debian's chromium through Playwright).
pytest_plugins = ["masthead.core.tests.browser"]


@pytest.fixture(autouse=True)
def fresh_state():
    """Each test starts in English with no cached pages (row ids are reused between tests).

    A request through the test client leaves its language active in the thread afterwards.
    """
    clear()
    connection.__dict__.pop("_masthead_pending", None)  # left by rolled-back tests
    cache.clear()  # counts and rankings kept for minutes describe another test's rows
    Kept.forget_all()  # what each process keeps between requests (rolled-back rows bump no stamp)
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
