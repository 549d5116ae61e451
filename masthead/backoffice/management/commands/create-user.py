"""Create or update a newsroom login in one of the roles, optionally with its byline."""

from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import get_random_string

from masthead.authors.models import Author
from masthead.core.text import unique_slug

# --role value -> the Group made by masthead/articles/migrations/0002_roles.py
# (and, for the ad desk, masthead/ads/migrations/0003_roles.py).
ROLES = {
    "contributor": "Contributor",
    "editor": "Editor",
    "administrator": "Administrator",
    "ad-sales": "Ad sales",
}


class Command(BaseCommand):
    help = (
        "Create a staff user in the Contributor, Editor, Administrator or Ad sales group, or bring an "
        "existing one to that role. Rerunning is safe: a given --password replaces the old one."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--username", required=True)
        parser.add_argument("--role", required=True, choices=sorted(ROLES))
        parser.add_argument(
            "--password",
            help="The password (default: keep an existing user's, generate one for a new user).",
        )
        parser.add_argument("--email", help="The login's email address.")
        parser.add_argument(
            "--author-name",
            help="Link the user to the author with this name, creating the author if needed.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        User = get_user_model()
        username, password = options["username"], options["password"]
        try:
            group = Group.objects.get(name=ROLES[options["role"]])
        except Group.DoesNotExist as e:
            raise CommandError("The role groups are missing: run `masthead migrate` first.") from e

        with transaction.atomic():
            user = User.objects.filter(username=username).first()
            created = user is None
            if created:
                user = User(username=username)
                password = password or get_random_string(20)
            if options["email"] is not None:
                user.email = options["email"]
            user.is_staff = True
            user.is_active = True
            if password:
                try:
                    validate_password(password, user)
                except ValidationError as e:
                    raise CommandError("; ".join(e.messages)) from e
                user.set_password(password)
            user.save()
            # One role at a time: leave groups that are not roles alone.
            user.groups.remove(*Group.objects.filter(name__in=ROLES.values()).exclude(pk=group.pk))
            user.groups.add(group)
            author = self.link_author(user, options["author_name"]) if options["author_name"] else None

        self.stdout.write(
            self.style.SUCCESS(f"{'Created' if created else 'Updated'} {username} ({group.name}).")
        )
        if author is not None:
            self.stdout.write(f"Byline: {author.name}")
        self.stdout.write(f"Log in at {settings.MASTHEAD_SITE_URL}{reverse('admin:index')}")
        self.stdout.write(f"  username: {username}")
        self.stdout.write(f"  password: {password if password else '(unchanged)'}")

    def link_author(self, user: Any, name: str) -> Author:
        """The user's author, renamed to `name`; else the unlinked author called `name`; else a new one."""
        author = Author.objects.filter(user=user).first()
        if author is None:
            author = Author.objects.filter(name__iexact=name).order_by("pk").first()
            if author is not None and author.user_id is not None:
                raise CommandError(f"The author {author.name!r} already belongs to another user.")
        if author is None:
            author = Author(slug=unique_slug(Author.objects.all(), name, 140))
        author.name = name
        author.user = user
        author.save()
        return author
