"""Content-Security-Policy: every page says where scripts may come from, cached copies included."""

import re

import pytest
from django.urls import reverse

from masthead.articles.tests.conftest import login
from masthead.articles.tests.factories import ArticleFactory, UserFactory
from masthead.core.pagecache.backend import get_store
from masthead.core.pagecache.wsgi import CachedPagesApp
from masthead.core.tests.test_pagecache import django_must_not_be_called, fetch

pytestmark = pytest.mark.django_db


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def test_public_pages_run_only_the_sites_own_scripts_and_cached_copies_say_so_too():
    story = ArticleFactory(headline="Causeway tolls cut for commuters")
    first = fetch(story.get_absolute_url())
    policy = directives(first.headers["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]  # no 'unsafe-inline', no nonce on a shared page
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"]
    hit = fetch(story.get_absolute_url(), app=CachedPagesApp(django_must_not_be_called, get_store()))
    assert hit.headers["X-Cache"] == "HIT"
    assert hit.headers["Content-Security-Policy"] == first.headers["Content-Security-Policy"]


def test_the_back_office_runs_inline_scripts_only_with_the_requests_nonce():
    story = ArticleFactory()
    client = login(UserFactory(username="desk", role="Editor"))
    response = client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assert response.status_code == 200
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    html = response.content.decode()
    # The story editor's import map is the admin's inline script; it carries the nonce.
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    executable = [attrs for attrs in inline if "application/json" not in attrs]
    assert executable and all(f'nonce="{nonce}"' in attrs for attrs in executable)
    again = client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assert nonce not in again["Content-Security-Policy"]  # one per request


def test_every_page_may_be_framed_only_by_the_site():
    story = ArticleFactory()
    for response in (fetch(story.get_absolute_url()), fetch("/admin/login/")):
        assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
