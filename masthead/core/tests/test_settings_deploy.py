"""Production settings pass `masthead check --deploy` with no warning, and it names what is missing."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

MASTHEAD = str(Path(sys.executable).with_name("masthead"))

HSTS = {
    "DJANGO_SECURE_HSTS_SECONDS": "31536000",
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "DJANGO_SECURE_HSTS_PRELOAD": "true",
}
PRODUCTION = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "DJANGO_DEBUG": "false",
    "DJANGO_ALLOWED_HOSTS": "news.example.com",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://news.example.com",
    "MASTHEAD_SITE_URL": "https://news.example.com",
    "DJANGO_SECURE_SSL_REDIRECT": "true",
    **HSTS,
}


def check_deploy(data_dir: Path, settings: dict[str, str]) -> subprocess.CompletedProcess:
    """`masthead check --deploy --fail-level WARNING` with exactly `settings` from the environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "MASTHEAD_", "NEWSLETTER_"))
        and key not in ("DATABASE_URL", "REDIS_URL")
    }
    env.update(settings, DJANGO_SETTINGS_MODULE="masthead.settings", MASTHEAD_DATA_DIR=str(data_dir))
    return subprocess.run(
        [MASTHEAD, "check", "--deploy", "--fail-level", "WARNING"], env=env, capture_output=True, text=True
    )


def test_production_settings_pass_the_deploy_check_with_no_warning(tmp_path):
    result = check_deploy(tmp_path, PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_reports_missing_hsts_and_https_redirect(tmp_path):
    settings = {key: value for key, value in PRODUCTION.items() if key not in HSTS}
    del settings["DJANGO_SECURE_SSL_REDIRECT"]
    result = check_deploy(tmp_path, settings)
    assert result.returncode != 0
    assert "security.W004" in result.stderr and "security.W008" in result.stderr


def test_hsts_without_subdomains_or_preload_is_reported(tmp_path):
    settings = {**PRODUCTION, "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS": "", "DJANGO_SECURE_HSTS_PRELOAD": ""}
    result = check_deploy(tmp_path, settings)
    assert "security.W005" in result.stderr and "security.W021" in result.stderr
