"""What the site logs for its operators, at the level each thing deserves."""

import logging

import pytest
from django.test import Client

from masthead.articles.tests.factories import UserFactory


@pytest.mark.django_db
def test_a_forbidden_back_office_page_is_one_warning_without_traceback(caplog):
    client = Client()
    client.force_login(UserFactory(role="Contributor"))

    assert client.get("/admin/auth/user/").status_code == 403

    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.levelname == "WARNING" and "/admin/auth/user/" in record.getMessage()
    assert not record.exc_info and "Traceback" not in caplog.text


def test_a_server_error_keeps_its_traceback(caplog):
    try:
        raise ValueError("the database is gone")
    except ValueError:
        logging.getLogger("django.request").error(
            "Internal Server Error: %s", "/en/", exc_info=True, extra={"status_code": 500}
        )

    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info and "the database is gone" in caplog.text
