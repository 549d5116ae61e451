"""The `create-user` command: a newsroom login in one of the roles, optionally with its byline."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError

from masthead.authors.models import Author


def create_user(*args: str) -> str:
    out = StringIO()
    call_command("create-user", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_create_user_makes_a_staff_user_in_the_role_group():
    output = create_user("--username", "amal", "--role", "editor", "--password", "a long enough secret")

    user = User.objects.get(username="amal")
    assert user.is_staff and user.is_active and not user.is_superuser
    assert [g.name for g in user.groups.all()] == ["Editor"]
    assert user.check_password("a long enough secret")
    assert "/admin/" in output and "amal" in output


@pytest.mark.django_db
def test_administrators_get_the_group_not_superuser():
    create_user("--username", "root", "--role", "administrator", "--password", "a long enough secret")

    user = User.objects.get(username="root")
    assert not user.is_superuser
    assert user.has_perm("auth.change_user") and user.has_perm("articles.publish_article")


@pytest.mark.django_db
def test_create_user_generates_and_prints_a_password_for_a_new_user():
    output = create_user("--username", "nadia", "--role", "contributor")

    password = output.split("password:")[1].split()[0]
    assert User.objects.get(username="nadia").check_password(password)


@pytest.mark.django_db
def test_rerunning_create_user_updates_the_same_user():
    create_user("--username", "amal", "--role", "contributor", "--password", "first long secret")
    create_user("--username", "amal", "--role", "editor", "--email", "amal@newsroom.test")
    user = User.objects.get(username="amal")
    assert user.check_password("first long secret"), "no --password keeps the old one"

    create_user("--username", "amal", "--role", "editor", "--password", "second long secret")

    user = User.objects.get(username="amal")
    assert User.objects.filter(username="amal").count() == 1
    assert [g.name for g in user.groups.all()] == ["Editor"]
    assert user.email == "amal@newsroom.test"
    assert user.check_password("second long secret")


@pytest.mark.django_db
def test_create_user_keeps_groups_that_are_not_roles():
    create_user("--username", "amal", "--role", "contributor", "--password", "a long enough secret")
    user = User.objects.get(username="amal")
    user.groups.add(Group.objects.create(name="Newsletter desk"))

    create_user("--username", "amal", "--role", "editor")

    assert sorted(g.name for g in user.groups.all()) == ["Editor", "Newsletter desk"]


@pytest.mark.django_db
def test_create_user_rejects_a_weak_password():
    with pytest.raises(CommandError, match="too short"):
        create_user("--username", "amal", "--role", "editor", "--password", "abc")
    assert not User.objects.filter(username="amal").exists()


@pytest.mark.django_db
def test_create_user_links_an_existing_author_or_creates_one():
    existing = Author.objects.create(name="Amal Haddad", slug="amal-haddad")

    create_user("--username", "amal", "--role", "contributor", "--author-name", "Amal Haddad")
    create_user("--username", "omar", "--role", "contributor", "--author-name", "Omar Saleh")
    create_user("--username", "omar", "--role", "contributor", "--author-name", "Omar Saleh")

    existing.refresh_from_db()
    assert existing.user.username == "amal"
    omar = Author.objects.get(user__username="omar")
    assert (omar.name, omar.slug) == ("Omar Saleh", "omar-saleh")
    assert Author.objects.count() == 2


@pytest.mark.django_db
def test_an_author_of_another_user_is_not_taken_over():
    create_user("--username", "amal", "--role", "contributor", "--author-name", "Amal Haddad")

    with pytest.raises(CommandError, match="another user"):
        create_user("--username", "impostor", "--role", "contributor", "--author-name", "amal haddad")
