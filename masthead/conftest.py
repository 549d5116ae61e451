import pytest
from django.conf import settings
from django.utils import translation


@pytest.fixture(autouse=True)
def fresh_state():
    """Each test starts in English with no cached pages (row ids are reused between tests).

    A request through the test client leaves its language active in the thread afterwards.
    """
    from masthead.core.pagecache.services import clear

    clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
