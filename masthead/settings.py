"""Masthead's settings: one file, driven by the environment, SQLite and no other service by default."""

import os
from pathlib import Path

import dj_database_url
import dj_email_url
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import html_tags
from js_asset import static_lazy

from masthead.core.embeds import FRAME_SOURCES as EMBED_FRAME_SOURCES


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    return env(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env("MASTHEAD_DATA_DIR", str(BASE_DIR / "var")))
(DATA_DIR / "static").mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = env("DJANGO_SECRET_KEY", "django-insecure-local-only")  # `check --deploy` rejects this
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
MASTHEAD_SITE_URL = env("MASTHEAD_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Languages whose stories get sentence embeddings for related stories, when the `embeddings`
# extra is installed (masthead/discovery/embeddings.py says why English alone by default).
MASTHEAD_EMBEDDING_LANGUAGES = env_list("MASTHEAD_EMBEDDING_LANGUAGES", "en")
MASTHEAD_SITE_NAME = env("MASTHEAD_SITE_NAME", "The Gulf Ledger")
# The name on Arabic pages, in Arabic feeds and mail; empty: MASTHEAD_SITE_NAME everywhere. The
# demo newsroom's own Arabic name unless the site was given a name of its own.
MASTHEAD_SITE_NAME_AR = env(
    "MASTHEAD_SITE_NAME_AR", "" if "MASTHEAD_SITE_NAME" in os.environ else "سجل الخليج"
)
# The publication's own profiles elsewhere (comma-separated URLs), named in its structured data.
MASTHEAD_SAME_AS = env_list("MASTHEAD_SAME_AS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "django_prose_editor",
    "reversion",
    "reversion_compare",
    "masthead.core",
    "masthead.authors",
    "masthead.articles",
    "masthead.discovery",
    "masthead.suggestions",
    "masthead.readership",
    "masthead.newsletter",
    "masthead.search",
    "masthead.syndication",
    "masthead.redirects",
    "masthead.ads",
    "masthead.backoffice",
    "masthead.demo",
    "masthead.imports",
    "anymail",
    "csp",
]

MIDDLEWARE = [
    "masthead.core.pagecache.middleware.PageCacheMiddleware",
    # Inside the page cache's timing: the stamps of what the process keeps, read once a request.
    "masthead.core.versions.middleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: an old address's redirect before Locale/CommonMiddleware guess a prefix or a slash.
    "masthead.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "masthead.core.context_processors.site",
                "masthead.articles.context_processors.navigation",
            ],
        },
    },
]

# Database: DATABASE_URL, or a SQLite file in the data directory.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'masthead.sqlite3'}", conn_max_age=600, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and the task worker run beside a writer; IMMEDIATE avoids
    # "database is locked" upgrades from read to write locks inside transactions.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": ("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;"),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache, counters and task queue: Redis when REDIS_URL is set, otherwise this process alone.
REDIS_URL = env("REDIS_URL")
# Every key Masthead writes to Redis starts with this: several sites may share one Redis.
REDIS_KEY_PREFIX = env("MASTHEAD_CACHE_PREFIX", "masthead")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": REDIS_KEY_PREFIX,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The full-page cache: files (nginx can serve them) by default, Redis with REDIS_URL, or off.
PAGECACHE = env("MASTHEAD_PAGECACHE", "redis" if REDIS_URL else "files")
PAGECACHE_DIR = Path(env("MASTHEAD_PAGECACHE_DIR", str(DATA_DIR / "pagecache")))
PAGECACHE_PATH_PREFIXES = ("/en/", "/ar/")
# Render the home pages and section fronts again as soon as a publish purges them (refill.py).
PAGECACHE_REFILL = env("MASTHEAD_PAGECACHE_REFILL", "on") != "off"
PAGECACHE_MAX_AGE = int(env("MASTHEAD_PAGECACHE_MAX_AGE", "60"))  # browsers revalidate after this
PAGECACHE_S_MAXAGE = int(env("MASTHEAD_PAGECACHE_S_MAXAGE", "86400"))  # CDNs: purged by key
PAGECACHE_CDN_BACKEND = env("MASTHEAD_CDN_BACKEND", "masthead.core.pagecache.cdn.DummyCDN")
PAGECACHE_CDN_OPTIONS: dict = {}

# Background work through the Tasks API: a database queue by default, RQ with Redis.
if REDIS_URL:
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# How much lower the task worker's CPU priority is than the web server's (Unix niceness, 0-19):
# background work waits for the cores readers leave free.
WORKER_NICENESS = int(env("MASTHEAD_WORKER_NICENESS", "10"))

# Mail: EMAIL_URL (smtp://user:pass@host:587/?tls=True, or console://); without it, each mail
# is written to a file in the data directory's mail/ folder, so nothing is lost or sent by mistake.
if env("EMAIL_URL"):
    EMAIL_CONFIG = dj_email_url.parse(env("EMAIL_URL"))
else:
    EMAIL_CONFIG = {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(DATA_DIR / "mail"),
    }
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DJANGO_DEFAULT_FROM_EMAIL", "Masthead <newsroom@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Media: the local data directory by default; any Django storage backend by dotted path.
MEDIA_ROOT = Path(env("MASTHEAD_MEDIA_ROOT", str(DATA_DIR / "media")))
MEDIA_URL = env("MASTHEAD_MEDIA_URL", "/media/")
STATIC_ROOT = DATA_DIR / "static"
STATIC_URL = "/static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
STORAGES = {
    "default": {
        "BACKEND": env("MASTHEAD_MEDIA_STORAGE", "django.core.files.storage.FileSystemStorage"),
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        ),
    },
}
WHITENOISE_USE_FINDERS = DEBUG
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

# Languages: English and Arabic, every public URL under /en/ or /ar/.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("ar", _("Arabic"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
# Arabic dates and numbers as the newsroom prints them (masthead/formats/ar/formats.py).
FORMAT_MODULE_PATH = ["masthead.formats"]
USE_TZ = True
TIME_ZONE = env("MASTHEAD_TIME_ZONE", "Asia/Bahrain")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

# Production hardening; `masthead check --deploy` reports what is still missing.
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG and bool(CSRF_TRUSTED_ORIGINS))
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# HTTPS only: plain requests are redirected and browsers told to use HTTPS (HSTS). Off until set,
# as HSTS cannot be taken back for its max-age; where nginx terminates TLS it sends its own HSTS.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = int(env("DJANGO_SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD")
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"


# Content-Security-Policy on every page (django-csp), so that markup slipped into a page cannot run:
# scripts only from this site's own files, or inline with the request's nonce (back-office widgets);
# third-party ad tags run in a sandboxed frame served with a policy of its own (masthead.ads).
def _origin(url: str) -> str:
    parts = url.split("/")
    return "/".join(parts[:3]) if url.startswith(("http://", "https://")) else ""


# Uploads may come from a CDN or bucket (MASTHEAD_MEDIA_URL); deploy/nginx.conf repeats this policy.
_OWN = ["'self'", *([_origin(MEDIA_URL)] if _origin(MEDIA_URL) else [])]
# Hosts whose pictures stories may show without a copy here, for a newsroom that keeps its pictures
# where an old platform put them (e.g. blogger.googleusercontent.com,*.bp.blogspot.com): HTTPS only.
MASTHEAD_IMAGE_HOSTS = [
    h.lower().removeprefix("https://").removeprefix("http://").strip("/")
    for h in env_list("MASTHEAD_IMAGE_HOSTS")
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],  # the nonce only when a page used it (never a cached page)
        # Inline style attributes are used by the admin and by mail previews; styles cannot run code.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [*_OWN, *(f"https://{host}" for host in MASTHEAD_IMAGE_HOSTS), "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "media-src": _OWN,
        "connect-src": ["'self'"],
        # Embeds open only on a reader's click, from these players and map pages (core.embeds).
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "filters": {"client_error": {"()": "masthead.core.logs.ClientErrorWithoutTraceback"}},
    "root": {"handlers": ["console"], "level": env("MASTHEAD_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # A 403 or 400 is one warning line; tracebacks are for server errors.
        "django.request": {"filters": ["client_error"]},
        # One line per task start and finish drowns the worker's log; failures still show.
        "django_tasks": {"level": "WARNING"},
    },
}

# The story editor's own nodes (static/masthead/admin/story-editor.js), named in the body's
# extensions (articles.editor.PROSE_EXTENSIONS) and stored as masthead.core.html allows:
# pictures from the library, pull quotes, embeds.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("masthead/admin/story-editor.js")],
        "extensions": {
            "PullQuote": html_tags(["blockquote", "p"], {"blockquote": ["data-pull"]}),
            "StoryPicture": html_tags(
                ["figure", "img", "figcaption"],
                {"figure": ["data-image"], "img": ["src", "alt", "width", "height"]},
            ),
            "StoryEmbed": html_tags(["figure", "a"], {"figure": ["data-embed"], "a": ["href"]}),
        },
    }
]

# Newsroom settings.
ARTICLES_PREVIEW_MAX_AGE = int(env("ARTICLES_PREVIEW_MAX_AGE", str(7 * 24 * 3600)))
# Every uploaded picture (article images, author photos, ad creatives): masthead.core.images.
MASTHEAD_IMAGE_MAX_BYTES = 15 * 1024 * 1024
MASTHEAD_IMAGE_MAX_PIXELS = 50_000_000
ARTICLES_RENDITION_WIDTHS = [320, 640, 960, 1280, 1920]
# The missing pages log (masthead.redirects): the addresses readers asked for that lead nowhere,
# at most this many rows (the least requested go first).
MASTHEAD_MISSING_PAGES_MAX = 5000

# Search (masthead.search): each process keeps the results of its last readers' searches for at
# most this many seconds (a change to what they show drops them sooner); 0 searches every time.
SEARCH_KEEP_SECONDS = float(env("MASTHEAD_SEARCH_KEEP_SECONDS", "60"))

# Feeds (masthead.syndication): whole stories, or only their summaries with MASTHEAD_FEED_FULL_TEXT=false;
# with a WebSub hub (e.g. https://pubsubhubbub.appspot.com/), feeds name it and every change pings it.
FEED_FULL_TEXT = env_bool("MASTHEAD_FEED_FULL_TEXT", True)
WEBSUB_HUB = env("MASTHEAD_WEBSUB_HUB")

# "Popular Posts": views counted by Masthead's own beacon (masthead.readership).
READERSHIP_BEACON_PATH = "/beacon/"
# "redis" counts in Redis and moves counts to the database in batches; "embedded" buffers them
# in each process and writes them every READERSHIP_FLUSH_SECONDS (a crash loses at most that).
READERSHIP_COUNTER = env("MASTHEAD_VIEW_COUNTER", "redis" if REDIS_URL else "embedded")
READERSHIP_FLUSH_SECONDS = float(env("MASTHEAD_VIEW_FLUSH_SECONDS", "1"))
# Behind a proxy, the header holding the reader's address (e.g. HTTP_X_REAL_IP, which
# deploy/nginx.conf sets); empty: the connection's own address.
READERSHIP_ADDRESS_HEADER = env("MASTHEAD_READER_ADDRESS_HEADER", "")

# The newsletter (masthead.newsletter): sent through EMAIL_URL's SMTP server by default, or a
# provider's API through django-anymail, e.g. NEWSLETTER_EMAIL_BACKEND=anymail.backends.postmark.EmailBackend
# with ANYMAIL_POSTMARK_SERVER_TOKEN; bounce and complaint webhooks at /anymail/<provider>/tracking/.
NEWSLETTER_EMAIL_BACKEND = env("NEWSLETTER_EMAIL_BACKEND")
NEWSLETTER_FROM_EMAIL = env("NEWSLETTER_FROM_EMAIL")
NEWSLETTER_MESSAGE_ID_DOMAIN = env(
    "NEWSLETTER_MESSAGE_ID_DOMAIN", MASTHEAD_SITE_URL.split("//")[-1].split("/")[0].split(":")[0]
)
NEWSLETTER_DIGEST_TIME = env("NEWSLETTER_DIGEST_TIME", "07:00")  # local time (MASTHEAD_TIME_ZONE)
NEWSLETTER_WEEKLY_DAY = env("NEWSLETTER_WEEKLY_DAY", "sunday").lower()
NEWSLETTER_RATE = float(env("NEWSLETTER_RATE", "0"))  # messages a second per sender; 0: as fast as it goes
NEWSLETTER_BATCH_SIZE = int(env("NEWSLETTER_BATCH_SIZE", "200"))
NEWSLETTER_LEASE_SECONDS = int(env("NEWSLETTER_LEASE_SECONDS", "120"))
NEWSLETTER_MAX_ATTEMPTS = 5
NEWSLETTER_CONFIRM_DAYS = 7
NEWSLETTER_PENDING_DAYS = 30
NEWSLETTER_SIGNUPS_PER_IP_HOUR = int(env("NEWSLETTER_SIGNUPS_PER_IP_HOUR", "20"))
NEWSLETTER_MAILS_PER_EMAIL_HOUR = 3
ANYMAIL = {
    key.removeprefix("ANYMAIL_"): value for key, value in os.environ.items() if key.startswith("ANYMAIL_")
}

# Ads (masthead.ads): chosen per impression at /ads/decide/; counts written every this many seconds.
ADS_FLUSH_SECONDS = float(env("MASTHEAD_ADS_FLUSH_SECONDS", "1"))
# Where capped campaigns are counted (masthead.ads.caps): "database", or "redis" (one round trip
# an ad instead of a transaction; the database catches up every ADS_FLUSH_SECONDS).
ADS_CAPS = env("MASTHEAD_ADS_CAPS", "redis" if REDIS_URL else "database")
