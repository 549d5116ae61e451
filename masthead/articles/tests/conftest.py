import pytest
from django.test import Client

from masthead.articles.tests.factories import UserFactory


@pytest.fixture
def contributor(db):
    return UserFactory(username="contributor", role="Contributor")


@pytest.fixture
def editor(db):
    return UserFactory(username="editor", role="Editor")


@pytest.fixture
def administrator(db):
    return UserFactory(username="administrator", role="Administrator")


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def contributor_client(contributor) -> Client:
    return login(contributor)


@pytest.fixture
def editor_client(editor) -> Client:
    return login(editor)
