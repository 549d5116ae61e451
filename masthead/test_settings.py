"""Test settings: the real settings with a fast hasher and tasks run in-process."""

from masthead.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# Uploads from the suite go to a throwaway folder, never into the data directory.
import tempfile  # noqa: E402

MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="masthead-test-media-"))  # noqa: F405
PAGECACHE_DIR = Path(tempfile.mkdtemp(prefix="masthead-test-pagecache-"))  # noqa: F405
# Threads of the live server must not keep connections open past a test (they would block
# dropping the test database on PostgreSQL).
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Tests flush view counts themselves (no background thread).
READERSHIP_FLUSH_SECONDS = 0
ADS_FLUSH_SECONDS = 0
# One name in both languages unless a test gives the Arabic one (the demo's default is not assumed).
MASTHEAD_SITE_NAME_AR = ""
# Fronts are not rendered again in a thread after a purge, except by the tests of that
# (a thread's connection would not see a test's transaction).
PAGECACHE_REFILL = False
# A worker run in the suite's own process leaves its priority alone (the worker's tests ask for it).
WORKER_NICENESS = 0
